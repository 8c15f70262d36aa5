// Reporting periods written in a document: quarters ("quý IV năm 2022", "Quý II"), months
// ("tháng 9", "tháng 13"), spans of months ("9 tháng đầu năm", "6 tháng cuối năm 2023"), and
// programme spans ("giai đoạn 2021-2025", "thời kỳ 2021-2030"); plus the document title
// (trích yếu) under the document type line, whose period is the report's own.
//
// Only upper-case Roman numerals and digits make a quarter: "Quý Mão", "quý báu", "hàng quý với",
// "quỹ" are not quarters.
#pragma once

#include <soat/analysis.hpp>
#include <soat/model.hpp>

#include <optional>
#include <string>
#include <vector>

namespace soat::analysis {

struct PeriodMention {
    enum class Kind { Quarter, Month, Months };
    model::Range range;           // "quý VI năm 2022", "tháng 13", "9 tháng đầu năm"
    Kind kind = Kind::Quarter;
    std::string numeral;          // as written: "VI", "13", "9"
    int value = 0;                // 0 when the numeral is not a well-formed number
    std::string qualifier;        // Months only: "đầu năm", "cuối năm" or ""
    int year = 0;                 // "năm 2022" right after it, 0 when absent
    bool in_title = false;
    std::vector<std::string> before;  // lower-case words before it in its clause, nearest last

    [[nodiscard]] bool valid() const;
};

struct SpanMention {
    model::Range range;  // "giai đoạn 2021-2025"
    int from = 0, to = 0;
    std::vector<std::string> before;  // words before it in its sentence (original case), nearest last
};

class Periods {
public:
    explicit Periods(const Analysis& analysis);

    [[nodiscard]] const std::vector<PeriodMention>& all() const { return periods_; }
    [[nodiscard]] const std::vector<SpanMention>& spans() const { return spans_; }
    // Other ranges of years, closing their phrase: "từ (năm) 2021 - 2023", "từ năm 2021 đến năm
    // 2023", "(2015 - 2025)".
    [[nodiscard]] const std::vector<SpanMention>& year_ranges() const { return year_ranges_; }
    // The trích yếu paragraph under the document type line ("BÁO CÁO", "KẾ HOẠCH", …).
    [[nodiscard]] std::optional<std::size_t> title() const { return title_; }

private:
    std::vector<PeriodMention> periods_;
    std::vector<SpanMention> spans_;
    std::vector<SpanMention> year_ranges_;
    std::optional<std::size_t> title_;
};

// 1..3999 for a well-formed upper-case Roman numeral, else 0.
int roman_value(std::string_view numeral);

}  // namespace soat::analysis
