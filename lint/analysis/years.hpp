// The year and period each paragraph speaks of, so figures from two places can be compared
// only when they describe the same time: a paragraph's own "năm 20xx" (not a comparison base
// "so với năm …"), else the nearest preceding heading or capitalised title line that names one;
// a footnote takes its reference's. The period qualifier ("6 tháng", "hiện nay") tells a
// half-year figure or a figure "as of now" from the year's.
#pragma once

#include <soat/analysis.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace soat::analysis {

class Years {
public:
    explicit Years(const Analysis& analysis);

    // 0 when the text does not tell.
    [[nodiscard]] int of(std::size_t paragraph) const { return years_[paragraph]; }

private:
    std::vector<int> years_;
};

// The first "năm 19xx/20xx" in bytes [from, to) of a lowercased text that is not a comparison
// base ("so với năm 2023", "cùng kỳ năm 2023", "từ năm 2020"); 0 when none.
int own_year(std::string_view lowered, std::size_t from, std::size_t to);

// "6 tháng", "9 tháng", "quý", "hiện nay" (also "đến nay", "hiện có"), or "" for a whole year.
std::string period_qualifier(std::string_view lowered);

}  // namespace soat::analysis
