// Calendar dates written in a document: "15/7/2021" and "ngày 5 tháng 01 năm 2024", parsed with
// how they are written (slashes, zero padding, year digits) and what is wrong with them.
// Slash pairs without a year ("30/4", "7/63", "1/500") are not dates unless "ngày" precedes them.
// Document symbols ("06/2020/NQ-HĐND", "510/NQ-UBTVQH15") never match.
#pragma once

#include <soat/analysis.hpp>
#include <soat/model.hpp>

#include <string>
#include <vector>

namespace soat::analysis {

struct DateMention {
    enum class Form { Slash, Long };
    enum class Problem { None, ExtraSlash, YearDigits, OutOfRange, NoSuchDay };
    model::Range range;       // the date text ("11/3//2024", "ngày 5 tháng 1 năm 2024")
    Form form = Form::Slash;
    std::string text;
    int day = 0, month = 0, year = 0;  // year 0: not written
    int day_digits = 0, month_digits = 0, year_digits = 0;
    int slashes = 1;                   // longest run of slashes between month and year
    bool header = false;               // the place-and-date line under the national title
    Problem problem = Problem::None;

    [[nodiscard]] bool valid() const { return problem == Problem::None; }
};

int days_in_month(int month, int year);  // year 0: any year (29 days in February)

class Dates {
public:
    explicit Dates(const Analysis& analysis);
    [[nodiscard]] const std::vector<DateMention>& all() const { return dates_; }

private:
    std::vector<DateMention> dates_;
};

}  // namespace soat::analysis
