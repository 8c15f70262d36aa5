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

// An amount or a count stated as a sentence of its own, named by its indicator and dated by an
// explicit year: "Tổng thu ngân sách nhà nước trên địa bàn năm 2024 đạt A tỷ đồng", "Năm 2024,
// tổng vốn đầu tư … là A tỷ đồng", "Đến hết năm 2024, toàn tỉnh có N xã đạt chuẩn nông thôn mới",
// "Số xã đạt chuẩn nông thôn mới của tỉnh đến hết năm 2024 là N xã". Keyed by the indicator
// phrase without the report's own territory and the date. Not read: a part of a period ("tháng",
// "quý"), a plan, target or estimate, a bound, a figure inside a longer clause.
struct AmountStatement {
    std::string phrase;        // "tổng thu ngân sách nhà nước", "xã đạt chuẩn nông thôn mới"
    int year = 0;
    std::size_t quantity = 0;  // index into Quantities::all()
};

class Indicators {
public:
    explicit Indicators(const Analysis& analysis);

    [[nodiscard]] const std::vector<RateStatement>& rates() const { return rates_; }
    [[nodiscard]] const std::vector<AmountStatement>& amounts() const { return amounts_; }

private:
    void read_amounts(const Analysis& analysis);

    std::vector<RateStatement> rates_;
    std::vector<AmountStatement> amounts_;
};

}  // namespace soat::analysis
