// Citations of other documents: "Nghị quyết số 233-NQ/TU ngày 25/7/2022 của Ban Chấp hành Đảng
// bộ tỉnh về …". Party symbols have the form 233-NQ/TU, state ones 58/NQ-CP or 06/2020/NQ-HĐND.
#pragma once

#include <soat/analysis.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace soat::analysis {

struct Citation {
    std::size_t paragraph = 0;
    std::uint32_t begin = 0, end = 0;  // code points: type word to the end of the symbol
    std::string type;          // folded type word: "nghi quyet"
    std::string type_text;     // as written: "Nghị quyết"
    bool has_so = false;       // "số" before the symbol
    std::string symbol;        // "233-NQ/TU", "06/2020/NQ-HĐND"
    bool party = false;        // number-type/body form
    int day = 0, month = 0, year = 0;  // 0 when no date follows (or it does not parse)
    bool dated = false;        // "ngày" follows the symbol, well-formed or not
    std::uint32_t date_begin = 0, date_end = 0;
    std::string issuer;        // after "của", "" when absent
    std::string title;         // after "về", "" when absent
    bool title_complete = false;  // the title ends at the end of a sentence or clause
};

class Citations {
public:
    explicit Citations(const Analysis& analysis);
    std::vector<Citation> all;  // reading order
};

}  // namespace soat::analysis
