#include "analysis/dates.hpp"

#include "analysis/matched_digits.hpp"
#include "analysis/words.hpp"

#include <soat/utf8.hpp>

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <tuple>

namespace soat::analysis {

namespace {

bool is_digit_byte(char c) { return c >= '0' && c <= '9'; }

// Calls `f(groups)` for every match of `re` in `text`; groups[0] is the whole match.
template <typename F>
void each_match(const RE2& re, std::string_view text, F f) {
    const int n = re.NumberOfCapturingGroups() + 1;
    std::vector<re2::StringPiece> groups(static_cast<std::size_t>(n));
    std::size_t pos = 0;
    while (pos <= text.size() &&
           re.Match(re2::StringPiece(text.data(), text.size()), pos, text.size(), RE2::UNANCHORED, groups.data(), n)) {
        f(groups);
        const std::size_t end = static_cast<std::size_t>(groups[0].data() - text.data()) + groups[0].size();
        pos = std::max(end, pos + 1);
    }
}

DateMention::Problem check(int day, int month, int year, int year_digits, int slashes) {
    if (slashes > 1) return DateMention::Problem::ExtraSlash;
    if (year_digits != 0 && year_digits != 4) return DateMention::Problem::YearDigits;
    if (month < 1 || month > 12 || day < 1 || day > 31) return DateMention::Problem::OutOfRange;
    if (day > days_in_month(month, year)) return DateMention::Problem::NoSuchDay;
    return DateMention::Problem::None;
}

// ^[#*\s]*\p{Lu}[^,\d]{1,40},\s*[Nn]gày … năm \d{4}: the capital read by hand (\p{Lu} was most of
// the pattern's compilation, 3,4 M of 4,7 M), the rest matched from it.
bool is_header_line(std::string_view text) {
    if (text.size() >= 160) return false;
    std::size_t i = text.find_first_not_of("#*\t\n\f\r ");  // RE2's \s
    if (i == std::string_view::npos || !words::is_upper(utf8::next(text, i))) return false;
    static LazyRE2 rest = {R"([^,\d]{1,40},\s*[Nn]gày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*\.?\**\s*)"};
    return RE2::FullMatch(re2::StringPiece(text.data() + i, text.size() - i), *rest);
}

}  // namespace

int days_in_month(int month, int year) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    if (month == 2) {
        const bool leap = year == 0 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
        return leap ? 29 : 28;
    }
    return days[month - 1];
}

Dates::Dates(const Analysis& analysis) {
    // Compiled at their first use: a document without digits needs none.
    static LazyRE2 slash = {R"((\d{1,2})/(\d{1,2})(/+)(\d+))"};
    static LazyRE2 day_month = {R"([Nn]gày\s+(\d{1,2})/(\d{1,2}))"};
    // "ngày 5 tháng 3 năm 2024", "ngày: 5 tháng 3", and with its year "5 tháng 3 năm 2024" alone
    // ("Cần Thơ, 19 tháng 3 năm 2025", "Sinh ngày: 15 tháng 3 năm 1997").
    static LazyRE2 long_form = {R"(((?:[Nn]gày\s*:?\s*)?)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d+))?)"};
    const auto& paragraphs = analysis.document().paragraphs;
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
        const std::string& text = paragraphs[p].text;
        if (text.find_first_of("0123456789") == std::string::npos) continue;
        const std::string_view view(text);
        auto add = [&](re2::StringPiece whole, DateMention d) {
            const auto b = static_cast<std::size_t>(whole.data() - text.data());
            d.range = {p, utf8::cp_offset(view, b), utf8::cp_offset(view, b + whole.size())};
            d.text = std::string(whole);
            d.problem = check(d.day, d.month, d.year, d.year_digits, d.slashes);
            dates_.push_back(std::move(d));
        };
        // (Each pattern searched only in a paragraph that holds its literal: '/', "tháng".)
        const bool slashed = view.find('/') != std::string_view::npos;
        if (slashed) each_match(*slash, view, [&](const std::vector<re2::StringPiece>& g) {
            const auto b = static_cast<std::size_t>(g[0].data() - text.data());
            const std::size_t e = b + g[0].size();
            if (b > 0 && (is_digit_byte(text[b - 1]) || text[b - 1] == '/' || text[b - 1] == '.' || text[b - 1] == ',')) return;
            if (e < text.size() && (text[e] == '/' || text[e] == '-')) return;  // a symbol: 12/5/2022/QĐ
            if (g[4].size() <= 2) return;  // "3/5/10" is not a date
            DateMention d;
            d.day = matched_int(g[1]);
            d.month = matched_int(g[2]);
            d.day_digits = static_cast<int>(g[1].size());
            d.month_digits = static_cast<int>(g[2].size());
            d.slashes = static_cast<int>(g[3].size());
            d.year_digits = static_cast<int>(g[4].size());
            d.year = d.year_digits == 4 ? matched_int(g[4]) : 0;
            add(g[0], d);
        });
        if (slashed) each_match(*day_month, view, [&](const std::vector<re2::StringPiece>& g) {
            const std::size_t e = static_cast<std::size_t>(g[0].data() - text.data()) + g[0].size();
            if (e < text.size() && (text[e] == '/' || is_digit_byte(text[e]))) return;
            DateMention d;
            d.day = matched_int(g[1]);
            d.month = matched_int(g[2]);
            d.day_digits = static_cast<int>(g[1].size());
            d.month_digits = static_cast<int>(g[2].size());
            const auto digits = static_cast<std::size_t>(g[1].data() - g[0].data());
            add(re2::StringPiece(g[1].data(), g[0].size() - digits), d);
        });
        if (view.find("tháng") == std::string_view::npos) continue;  // (a header line holds it too)
        const bool header = is_header_line(view);
        each_match(*long_form, view, [&](const std::vector<re2::StringPiece>& g) {
            const auto b = static_cast<std::size_t>(g[0].data() - text.data());
            const std::size_t e = b + g[0].size();
            if (e < text.size() && is_digit_byte(text[e])) return;
            // Without "ngày", only a whole date that stands as a word: "(1)5 tháng", "2.5 tháng" are
            // no days.
            if (g[1].empty() && (g[4].size() != 4 || (b > 0 && (std::isalnum(static_cast<unsigned char>(text[b - 1])) ||
                                                               std::strchr("/.,-()", text[b - 1]) != nullptr ||
                                                               (static_cast<unsigned char>(text[b - 1]) & 0x80) != 0)))) {
                return;
            }
            DateMention d;
            d.form = DateMention::Form::Long;
            d.day = matched_int(g[2]);
            d.month = matched_int(g[3]);
            d.day_digits = static_cast<int>(g[2].size());
            d.month_digits = static_cast<int>(g[3].size());
            d.year_digits = static_cast<int>(g[4].size());
            d.year = d.year_digits == 4 ? matched_int(g[4]) : 0;
            d.header = header;
            add(g[0], d);
        });
    }
    std::sort(dates_.begin(), dates_.end(), [](const DateMention& a, const DateMention& b) {
        return std::tie(a.range.paragraph, a.range.begin) < std::tie(b.range.paragraph, b.range.begin);
    });
}

}  // namespace soat::analysis
