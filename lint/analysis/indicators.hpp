// Rates stated as "Tỷ lệ <indicator> [đạt|là|còn|khoảng …] X%" at the start of a clause, keyed
// by the indicator phrase, the year, the period qualifier and whether the text sets a target,
// so that one rate stated in two places can be compared ("(14) Tỷ lệ hộ nghèo còn 1,2%" in the
// targets and "phấn đấu tỷ lệ hộ nghèo còn 1,5%" under the same year's targets). A rate inside a
// clause ("04 KCN đạt tỷ lệ lấp đầy 100%") names a scope and is left out; so are changes
// ("tỷ lệ hộ nghèo giảm 0,5%").
#pragma once

#include <soat/analysis.hpp>

#include <string>
#include <vector>

namespace soat::analysis {

struct RateStatement {
    std::string phrase;     // "lao động qua đào tạo" (lowercased, after "tỷ lệ")
    int year = 0;           // 0 when unknown; such statements are not compared
    std::string qualifier;  // period qualifier (see years.hpp)
    bool target = false;    // a plan or target: "phấn đấu", "kế hoạch", "mục tiêu", "chỉ tiêu"
    std::size_t quantity = 0;  // index into Quantities::all()
};

class Indicators {
public:
    explicit Indicators(const Analysis& analysis);

    [[nodiscard]] const std::vector<RateStatement>& rates() const { return rates_; }

private:
    std::vector<RateStatement> rates_;
};

}  // namespace soat::analysis
