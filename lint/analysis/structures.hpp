// Structures (cơ cấu) stated as shares of one whole, made comparable across the document: the
// whole they divide ("lao động", "kinh tế"), the year they describe, the period qualifier
// ("6 tháng"), and a key per part ("công nghiệp", "dịch vụ", "nông lâm"). The same structure
// stated twice for one year must agree, and a structure with a change for every part implies
// the previous year's.
#pragma once

#include <soat/analysis.hpp>

#include <string>
#include <vector>

namespace soat::analysis {

struct Structure {
    std::size_t group = 0;          // index into Claims::shares()
    std::string whole;              // the words after "cơ cấu"
    int year = 0;                   // 0 when the text does not tell
    std::string qualifier;          // "6 tháng", "9 tháng", "quý", or ""
    std::vector<std::string> keys;  // one per share, in order
};

class Structures {
public:
    explicit Structures(const Analysis& analysis);

    [[nodiscard]] const std::vector<Structure>& all() const { return structures_; }

private:
    std::vector<Structure> structures_;
};

}  // namespace soat::analysis
