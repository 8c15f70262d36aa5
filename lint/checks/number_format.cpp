// number-format: figures written against Vietnamese notation — an English decimal point
// ("2.7%"), a missing thousands separator ("3359 giấy"), a level list that reads as a decimal
// ("mức độ 3,4"), two figures side by side ("119,7 66,8 tỷ đồng"), and "26,7 %" mixed with
// "26,7%" in one document, a sign written twice ("giảm -0,9%"), a percentage without its
// sign ("bằng 99,4 cùng kỳ"), and a decimal split by a space ("65, 27%").
#include "analysis/quantities.hpp"
#include "analysis/tokens.hpp"
#include "checks/kinds.hpp"

#include <algorithm>
#include <cmath>

namespace soat::checks {

namespace {

using analysis::Numeral;
using analysis::Role;

// "mục 1.50", "Điều 2.10": a numbered reference, not a value.
bool reference_word(const std::string& t, const analysis::Quantity& q) {
    if (q.byte_begin > 0 && t[q.byte_begin - 1] == '(') return true;  // "(2.10)": an equation or item number
    if (analysis::words_before(t, q.byte_begin, 2) == "hệ số") return false;  // "hệ số: 2.34" is a value
    // "từ ngày 13 đến 20.11": the end of a range of days, a day and its month.
    if (q.numeral.decimals == 2 && q.numeral.value >= 1 && q.numeral.value < 32 &&
        analysis::words_before(t, q.byte_begin, 4).find("ngày") != std::string::npos) {
        const int month = static_cast<int>(std::lround((q.numeral.value - std::floor(q.numeral.value)) * 100));
        if (month >= 1 && month <= 12) return true;
    }
    // "cuối 3.2019": a month and its year.
    if (q.numeral.decimals == 4 && q.numeral.value >= 1 && q.numeral.value < 13) {
        const long year = std::lround((q.numeral.value - std::floor(q.numeral.value)) * 10000);
        if (year >= 1900 && year <= 2100) return true;
    }
    const std::string raw = analysis::word_before(t, q.byte_begin);
    // "mã số TTHC 1.011963": a code after an abbreviation or "mã".
    if (raw.size() >= 2 && std::all_of(raw.begin(), raw.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); })) return true;
    if (analysis::words_before(t, q.byte_begin, 3).find("mã") != std::string::npos) return true;
    const std::string w = analysis::lower(raw);
    // "tháng 6.2018", "quý 2.2024": a month or a quarter and its year, not a decimal; "sáng 9.12":
    // a day and its month after a time of day.
    for (const char* r : {"mục", "điều", "khoản", "lục", "bảng", "biểu", "hình", "tiết", "ngày", "tháng", "quý", "chương", "phần", "số",
                          "sáng", "trưa", "chiều", "tối", "đêm", "hôm"}) {
        if (w == r) return true;
    }
    // "Hôm qua 21.12", "sáng nay 9.12", "ngày mai 5.6": a day named by its distance from today.
    if (w == "qua" || w == "nay" || w == "mai") {
        const std::string two = analysis::lower(analysis::words_before(t, q.byte_begin, 2));
        const std::string day = two.substr(0, two.find(' '));
        for (const char* r : {"hôm", "ngày", "sáng", "trưa", "chiều", "tối", "đêm"}) {
            if (day == r) return true;
        }
    }
    return false;
}

// "bằng 99,4 cùng kỳ", "đạt 113,07 chỉ tiêu dự toán": a decimal measured against a reference
// (a prior period, a plan, a target) after a verb of attainment is a percentage whose sign was
// dropped.
bool percent_sign_missing(const std::string& t, const analysis::Quantity& q) {
    if (q.percent() || !q.unit.empty() || q.numeral.style != Numeral::Style::Vietnamese || q.numeral.decimals == 0 ||
        q.numeral.comma_three) {
        return false;
    }
    const std::string verb = analysis::lower(analysis::word_before(t, q.byte_begin));
    if (verb != "bằng" && verb != "đạt" && verb != "vượt") return false;
    std::size_t at = q.byte_end;
    while (at < t.size() && t[at] == ' ') ++at;
    if (at == q.byte_end) return false;
    const std::string rest = analysis::lower(std::string_view(t).substr(at, 24));
    for (const char* reference : {"cùng kỳ", "kế hoạch", "dự toán", "chỉ tiêu", "mục tiêu", "nghị quyết"}) {
        if (rest.rfind(reference, 0) == 0) return true;
    }
    return false;  // ("bằng 7,25 so với 7,1 năm trước": a score compared, not a ratio)
}

// "đạt 65, 27% kế hoạch", "hơn 37, 38 tỷ đồng": a decimal comma followed by a space, the figure
// split in two (before a percent sign or a scale word). Not a list
// (`1, 2, 3%`, `12, 15 và 20%`): the first figure stands alone, after no other figure with a comma.
bool split_decimal(const std::string& t, const std::vector<analysis::Quantity>& qs, std::size_t k) {
    const auto& q = qs[k];
    if (k + 1 >= qs.size() || qs[k + 1].paragraph != q.paragraph || !q.unit.empty() || q.numeral.decimals > 0 ||
        q.numeral.digits > 3 || q.negative) {
        return false;
    }
    const auto& r = qs[k + 1];
    if ((!r.percent() && r.scale_word.empty()) || r.byte_begin != q.byte_end + 2 || t.compare(q.byte_end, 2, ", ") != 0 ||
        r.numeral.digits != 2 || r.numeral.decimals > 0 || r.numeral.style != Numeral::Style::Plain) {
        return false;
    }
    if (k > 0 && qs[k - 1].paragraph == q.paragraph && qs[k - 1].byte_end + 2 >= q.byte_begin) return false;
    // A list goes on after the second figure: ", 20%", " và 20%".
    const std::size_t after = r.unit_end;
    if (after >= t.size()) return true;
    if (t.compare(after, 4, " và") == 0) return false;
    if (t[after] != ',') return true;
    const std::size_t next = t.find_first_not_of(' ', after + 1);
    return next == std::string::npos || !std::isdigit(static_cast<unsigned char>(t[next]));
}

// "238,000 TEU", "214,560 giáo dân": one comma and three digits after it, in Vietnamese text,
// is a thousands group written the English way when no decimal can be meant: three zeros after
// the comma (a decimal drops them), or a count of whole things (people, items) in the hundreds
// with thousandths. Not a scale word ("1,500 tỷ"), not a mean ("bình quân 4,125 người"), not a
// noun a fraction fits (times, points, spans of time).
bool thousands_comma(const std::string& t, const analysis::Quantity& q, const std::string& numeral) {
    if (!q.numeral.comma_three || q.scale != 1 || !q.scale_word.empty() || q.negative) return false;
    if (q.unit.empty() && q.noun.empty()) return false;
    if (q.unit == "%" || q.unit.find('/') != std::string::npos) return false;
    const std::string before = analysis::lower(analysis::words_before(t, q.byte_begin, 3));
    for (const char* mean : {"bình quân", "trung bình", "hệ số", "chỉ số"}) {
        if (before.find(mean) != std::string::npos) return false;
    }
    if (numeral.ends_with(",000")) return true;
    if (!q.unit.empty() || q.numeral.value < 100 || q.glued) return false;
    const std::string noun = q.noun.substr(0, q.noun.find(' '));
    // A word (a vowel in it), not a unit symbol read as a noun ("374,925 g").
    const bool word = std::any_of(noun.begin(), noun.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x80 || u == 'a' || u == 'e' || u == 'i' || u == 'o' || u == 'u' || u == 'y';
    });
    if (noun.size() < 2 || !word) return false;
    for (const char* fractional : {"lần", "điểm", "năm", "tháng", "ngày", "giờ", "phút", "giây", "tuần", "quý", "bậc", "độ", "vòng", "kỳ"}) {
        if (noun == fractional) return false;
    }
    return true;
}

// "1. Đất nông nghiệp 1.680,00 70,0": figures closing a line with nothing after them, not even a
// full stop, are the columns of a table row pasted as text (outside a table), not a slip.
bool row_end(const std::string& t, const analysis::Quantity& q) {
    const std::size_t after = std::max(q.unit_end, q.byte_end);
    return t.find_first_not_of(" \t", after) == std::string::npos;
}

// "số ca chuyển nặng là 4270,": a figure after a verb stating a value ("là", "đạt") is an
// amount, with no unit or noun after it to say so.
bool states_value(const std::string& t, const analysis::Quantity& q) {
    const std::string verb = analysis::lower(analysis::word_before(t, q.byte_begin));
    return verb == "là" || verb == "đạt";
}

class NumberFormat : public engine::Check {
public:
    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& quantities = context.analysis.get<analysis::Quantities>();
        const auto& qs = quantities.all();
        const auto& doc = context.document;
        bool grouped = false;  // the document groups thousands with "." somewhere
        int spaced = 0, tight = 0;
        for (const auto& q : qs) {
            grouped = grouped || (q.numeral.style == Numeral::Style::Vietnamese && q.numeral.digits >= 4);
            if (q.percent() && q.role == Role::Quantity) (q.unit_end - 1 > q.byte_end ? spaced : tight)++;
        }
        const bool english = quantities.english_style();
        // The document writes decimals with a comma somewhere ("98,5%"): "8.00", "1.50" are slips.
        // Only as the minority: a document (or its tables) that writes most decimals with a point
        // has chosen that style, and the rule does not flag every cell.
        const auto comma_decimals = std::count_if(qs.begin(), qs.end(), [](const analysis::Quantity& q) {
            return q.numeral.style == Numeral::Style::Vietnamese && q.numeral.decimals > 0 && !q.numeral.comma_three;
        });
        const auto point_decimals = std::count_if(qs.begin(), qs.end(), [](const analysis::Quantity& q) {
            return q.role == Role::Quantity && q.numeral.style == Numeral::Style::EnglishDecimal && q.numeral.decimals != 1;
        });
        const bool decimal_commas = comma_decimals > 0 && (point_decimals <= 2 || point_decimals * 4 <= comma_decimals);
        // A text that writes a decimal with a point ("1.7 triệu") writes English notation on
        // purpose: its "40,000" groups thousands as the rest of it does.
        const bool any_point_decimal = std::any_of(qs.begin(), qs.end(), [](const analysis::Quantity& q) {
            return q.role == Role::Quantity && q.numeral.style == Numeral::Style::EnglishDecimal;
        });
        // Figure i and the next one, separated by one space (the next one's sign after it: "-0,44 1,12
        // -1,05" are three cells of a row).
        auto adjacent = [&](std::size_t i) {
            if (i + 1 >= qs.size() || qs[i + 1].paragraph != qs[i].paragraph) return false;
            const std::string& t = doc.paragraphs[qs[i].paragraph].text;
            const std::size_t gap = qs[i + 1].byte_begin - qs[i].byte_end;
            if (qs[i + 1].byte_begin <= qs[i].byte_end || t[qs[i].byte_end] != ' ') return false;
            return gap == 1 || (gap == 2 && (t[qs[i].byte_end + 1] == '-' || t[qs[i].byte_end + 1] == '+'));
        };
        // Paragraphs holding two or more pairs of figures side by side: a table flattened into text
        // ("a. Ia 40,00 2,0 b. Ib 200,00 10,0"), whose pairs are columns.
        std::vector<int> pairs(doc.paragraphs.size(), 0);
        for (std::size_t i = 0; i + 1 < qs.size(); ++i) {
            if (adjacent(i) && (i == 0 || !adjacent(i - 1))) ++pairs[qs[i].paragraph];
        }
        for (std::size_t k = 0; k < qs.size(); ++k) {
            const auto& q = qs[k];
            if (!quantities.vietnamese_at(q.paragraph, q.byte_begin)) continue;  // English notation is right in English text
            const std::string& t = doc.paragraphs[q.paragraph].text;
            const std::string numeral = t.substr(q.byte_begin, q.byte_end - q.byte_begin);
            engine::Draft d;
            d.range = model::Range{q.paragraph, q.begin, q.begin + static_cast<std::uint32_t>(numeral.size())};
            d.args["number"] = numeral;
            std::string verb;
            if (q.negative && q.byte_begin > 0 && t[q.byte_begin - 1] == '-') {
                std::size_t at = q.byte_begin - 1;
                if (at > 0 && t[at - 1] == '(') --at;
                verb = analysis::lower(analysis::word_before(t, at));
            }
            if (q.role == Role::Quantity && q.negative && (verb == "giảm" || verb == "tăng")) {
                // "giảm -0,9%", "giảm (-0,3%)": the verb already says which way.
                d.message = "sign";
                d.args["verb"] = verb;
                d.args["suggestion"] = verb + " " + numeral + (q.percent() ? "%" : "");
            } else if (q.role == Role::Quantity && q.numeral.style == Numeral::Style::EnglishDecimal && q.numeral.decimals > 3 &&
                       !q.numeral.zero_padded && numeral.find('.') != numeral.rfind('.')) {
                // "3.923.7448": thousands groups, then a group of four.
                d.message = "digit-group";
            } else if (q.role == Role::Quantity && (q.numeral.comma_grouped || (!any_point_decimal && thousands_comma(t, q, numeral)))) {
                // "1,189,5 tỷ đồng": commas group thousands before a decimal comma; "238,000 TEU",
                // "214,560 giáo dân": three digits after a comma that no decimal has.
                d.message = "english-grouping";
                d.args["suggestion"] = q.numeral.comma_grouped ? analysis::format_vn(q.numeral.value, q.numeral.decimals)
                                                               : analysis::format_vn(q.numeral.alt_value, 0);
                d.fix = Fix{d.args["suggestion"], false};
            } else if (q.numeral.style == Numeral::Style::EnglishGrouped &&
                       (grouped || comma_decimals > 0 ||
                        (std::count(numeral.begin(), numeral.end(), ',') >= 2 && (!q.unit.empty() || !q.noun.empty()) && !any_point_decimal))) {
                // "1,588,505" in a text that writes "1.234" or "12,5": a comma cannot group thousands.
                // Two commas in one amount ("2,475,318 USD") are no Vietnamese decimal in any
                // Vietnamese sentence (bare figures of a table pasted as text are left alone, and a
                // text writing decimals with a point, "8.5%", writes English notation throughout).
                d.message = "english-grouping";
                d.args["suggestion"] = analysis::format_vn(q.numeral.value, q.numeral.decimals);
                d.fix = Fix{d.args["suggestion"], true};
            } else if (q.role == Role::Quantity && split_decimal(t, qs, k)) {
                d.message = "split-decimal";
                const auto& r = qs[k + 1];
                d.args["suggestion"] = numeral + "," + t.substr(r.byte_begin, std::max(r.unit_end, r.byte_end) - r.byte_begin);
                d.range->end = qs[k + 1].end;
                d.fix = Fix{d.args["suggestion"], false};
            } else if (q.role == Role::Quantity && q.numeral.style == Numeral::Style::EnglishDecimal && !english &&
                       (!q.unit.empty() || (q.numeral.decimals == 2 && grouped && point_decimals <= 2 && !reference_word(t, q)) ||
                        ((q.numeral.decimals == 2 || (q.numeral.decimals >= 4 && !q.numeral.zero_padded)) && decimal_commas &&
                         !reference_word(t, q)))) {
                // (Two digits after a point are no group of thousands: in a text grouping them with
                // points and with one or two such figures, "14.37 con" is a decimal written the
                // English way, or a group that lost a digit.)
                d.message = "decimal-point";
                d.args["suggestion"] = analysis::format_vn(q.numeral.value, q.numeral.decimals);
                // "134.7000 ha" may be a decimal or a mistyped group (134.700): a suggestion, no safe fix.
                d.fix = Fix{d.args["suggestion"], q.numeral.decimals <= 2};
            } else if (q.role == Role::Quantity && q.numeral.digits >= 4 && !q.numeral.zero_padded && grouped &&
                       (!q.unit.empty() || !q.noun.empty() || states_value(t, q)) &&
                       (q.numeral.style == Numeral::Style::Plain ||
                        (q.numeral.style == Numeral::Style::Vietnamese && q.numeral.decimals > 0 && !q.numeral.comma_three &&
                         numeral.find('.') == std::string::npos))) {
                // "6300 tỷ", and the integer part of a decimal: "25418,6 nghìn con".
                d.message = "thousands";
                d.args["suggestion"] = analysis::format_vn(q.numeral.value, q.numeral.decimals);
                d.fix = Fix{d.args["suggestion"], true};
            } else if (q.role == Role::Level && q.numeral.style == Numeral::Style::Vietnamese && q.numeral.decimals == 1 &&
                       q.unit.empty() && analysis::lower(analysis::word_before(t, q.byte_begin)) == "độ") {
                d.message = "levels";
                d.args["suggestion"] = numeral.substr(0, numeral.find(',')) + ", " + numeral.substr(numeral.find(',') + 1);
            } else if (q.role == Role::Quantity && q.unit.empty() && q.noun.empty() && q.numeral.decimals > 0 && adjacent(k) &&
                       qs[k + 1].numeral.decimals > 0 && (k == 0 || !adjacent(k - 1)) && !adjacent(k + 1) &&
                       !analysis::has_line_break(context.document.paragraphs[q.paragraph], d.range->end, qs[k + 1].begin) &&
                       (context.document.paragraphs[q.paragraph].cell || !row_end(t, qs[k + 1])) && pairs[q.paragraph] < 2) {
                // Exactly two figures: three or more in a row are the columns of a table row. Two
                // figures on two lines of a cell are a column of values, not a slip.
                d.message = "juxtaposed";
                d.args["other"] = t.substr(qs[k + 1].byte_begin, qs[k + 1].byte_end - qs[k + 1].byte_begin);
            } else if (q.role == Role::Quantity && percent_sign_missing(t, q)) {
                d.message = "percent-sign";
                d.args["suggestion"] = numeral + "%";
                d.fix = Fix{d.args["suggestion"], false};
            } else if (q.percent() && q.role == Role::Quantity && spaced > 0 && spaced < tight && q.unit_end - 1 > q.byte_end) {
                // Only toward the sign written tight, as the spacing rule asks, even where most
                // figures of the document put a space before it.
                d.message = "percent-spacing";
                d.args["suggestion"] = numeral + "%";
                d.range->end = q.end;
                d.severity = Severity::Info;
            } else {
                continue;
            }
            sink.emit(std::move(d));
        }
    }
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_number_format(const engine::RuleSpec&) {
    return std::unique_ptr<engine::Check>(std::make_unique<NumberFormat>());
}

}  // namespace soat::checks
