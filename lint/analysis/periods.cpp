#include "analysis/periods.hpp"
#include "analysis/matched_digits.hpp"
#include "analysis/syllable.hpp"

#include "analysis/words.hpp"

#include <soat/utf8.hpp>

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <tuple>

namespace soat::analysis {

namespace {

constexpr std::array<std::string_view, 20> kDocumentTypes = {
    "BÁO CÁO",    "KẾ HOẠCH",  "NGHỊ QUYẾT", "QUYẾT ĐỊNH", "THÔNG CÁO BÁO CHÍ", "THÔNG CÁO", "CHỈ THỊ",
    "TỜ TRÌNH",   "CHƯƠNG TRÌNH", "ĐỀ ÁN",  "THÔNG BÁO",  "KẾT LUẬN",  "HƯỚNG DẪN",  "QUY CHẾ",
    "QUY ĐỊNH",   "PHƯƠNG ÁN", "DỰ ÁN",      "CÔNG ĐIỆN", "BIÊN BẢN",  "CÔNG VĂN"};

std::string_view trim_marks(std::string_view s) {
    const auto first = s.find_first_not_of("#* \t");
    if (first == std::string_view::npos) return {};
    const auto last = s.find_last_not_of("#* \t");
    return s.substr(first, last - first + 1);
}

std::optional<std::size_t> find_title(const model::Document& document) {
    const auto& ps = document.paragraphs;
    const std::size_t limit = std::min<std::size_t>(ps.size(), 40);
    for (std::size_t i = 0; i < limit; ++i) {
        if (ps[i].area != model::Area::Body) continue;
        const auto text = trim_marks(ps[i].text);
        if (std::find(kDocumentTypes.begin(), kDocumentTypes.end(), text) == kDocumentTypes.end()) continue;
        for (std::size_t j = i + 1; j < std::min(ps.size(), i + 4); ++j) {
            if (ps[j].area != model::Area::Body || trim_marks(ps[j].text).empty()) continue;
            return j;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

// Start of the clause holding byte `at`: after the last . ; : ! ? ( or ).
std::size_t clause_start(std::string_view text, std::size_t at) {
    const std::string_view stops = ".;:!?()";
    std::size_t b = at;
    while (b > 0) {
        const char c = text[b - 1];
        if (stops.find(c) != std::string_view::npos) {
            // A dot between digits is a number ("1.080"), not a sentence end.
            const bool numeric = c == '.' && b >= 2 && b < text.size() && std::isdigit(static_cast<unsigned char>(text[b - 2])) &&
                                 std::isdigit(static_cast<unsigned char>(text[b]));
            if (!numeric) break;
        }
        --b;
    }
    return b;
}

std::vector<std::string> words_before(std::string_view text, std::size_t at, bool keep_case) {
    const std::size_t b = clause_start(text, at);
    std::vector<std::string> out;
    for (const auto& w : words::split(text.substr(b, at - b))) {
        out.push_back(keep_case ? std::string(w.text) : analysis::lower(w.text));
    }
    return out;
}

bool letter_or_digit_at(std::string_view text, std::size_t byte) {
    if (byte >= text.size()) return false;
    std::size_t i = byte;
    const char32_t c = utf8::next(text, i);
    return words::is_letter(c) || words::is_digit(c);
}

// Whether `t` holds `before`, a letter of Latin-1 (`lower`, the second byte of its lower case) and
// `after` in any case, as (?i:quý) and (?i:tháng) match them (their ASCII letters fold to no other
// letter): the patterns are searched only in a paragraph that holds their word.
bool holds_any_case(std::string_view t, std::string_view before, char lower, std::string_view after) {
    auto same = [](char c, char w) { return c == w || c == static_cast<char>(w - 0x20); };  // w: a-z
    for (std::size_t at = t.find('\xC3'); at != std::string_view::npos; at = t.find('\xC3', at + 1)) {
        if (at < before.size() || at + 2 + after.size() > t.size() || !same(t[at + 1], lower)) continue;
        bool whole = true;
        for (std::size_t k = 0; k < before.size() && whole; ++k) whole = same(t[at - before.size() + k], before[k]);
        for (std::size_t k = 0; k < after.size() && whole; ++k) whole = same(t[at + 2 + k], after[k]);
        if (whole) return true;
    }
    return false;
}

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

}  // namespace

int roman_value(std::string_view numeral) {
    static LazyRE2 canonical = {R"(M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3}))"};
    if (numeral.empty() || !RE2::FullMatch(re2::StringPiece(numeral.data(), numeral.size()), *canonical)) return 0;
    auto value = [](char c) {
        switch (c) {
            case 'I': return 1;
            case 'V': return 5;
            case 'X': return 10;
            case 'L': return 50;
            case 'C': return 100;
            case 'D': return 500;
            default: return 1000;
        }
    };
    int total = 0;
    for (std::size_t i = 0; i < numeral.size(); ++i) {
        const int v = value(numeral[i]);
        total += i + 1 < numeral.size() && value(numeral[i + 1]) > v ? -v : v;
    }
    return total;
}

bool PeriodMention::valid() const {
    switch (kind) {
        case Kind::Quarter: return value >= 1 && value <= 4;
        case Kind::Month: return value >= 1 && value <= 12;
        case Kind::Months: return value >= 1;
    }
    return true;
}

Periods::Periods(const Analysis& analysis) {
    const auto& document = analysis.document();
    title_ = find_title(document);
    // Compiled at their first use: a document without digits or roman numerals needs none.
    static LazyRE2 quarter = {R"(((?i:quý))\s+([IVXL]+|\d{1,2})(?:\s*(?:(?i:năm)|/)\s*(\d{4}))?)"};
    static LazyRE2 month = {R"(((?i:tháng))\s+(\d{1,2})(?:\s*(?:(?i:năm)|/)\s*(\d{4}))?)"};
    static LazyRE2 months = {R"((\d{1,2})\s+(?i:tháng)(?:\s+((?i:đầu|cuối))\s+(?i:năm)|\s+(?i:năm))?(?:\s+(\d{4}))?)"};
    static LazyRE2 span = {R"((?:[Gg]iai đoạn|[Tt]hời kỳ)\s+(\d{4})\s*[-–]\s*(\d{4}))"};
    // (Closed by a mark, not a word: "từ 2000 - 1500 người" is a range of counts.)
    static LazyRE2 years = {R"(((?:[Tt]ừ\s+(?:năm\s+)?|\()((?:19|20)\d\d)\s*(?:[-–]|đến(?:\s+năm)?)\s*((?:19|20)\d\d))\s*(?:$|[),.;:]))"};
    const auto& ps = document.paragraphs;
    for (std::size_t p = 0; p < ps.size(); ++p) {
        const std::string& text = ps[p].text;
        if (text.find_first_of("0123456789IVX") == std::string::npos) continue;
        const std::string_view view(text);
        auto range_of = [&](re2::StringPiece whole) {
            const auto b = static_cast<std::size_t>(whole.data() - text.data());
            return model::Range{p, utf8::cp_offset(view, b), utf8::cp_offset(view, b + whole.size())};
        };
        auto start_of = [&](re2::StringPiece s) { return static_cast<std::size_t>(s.data() - text.data()); };
        auto end_of = [&](re2::StringPiece s) { return start_of(s) + s.size(); };
        auto add = [&](const std::vector<re2::StringPiece>& g, PeriodMention m) {
            m.range = range_of(g[0]);
            m.numeral = std::string(g[2]);
            m.in_title = title_ && *title_ == p;
            m.before = words_before(view, start_of(g[0]), false);
            periods_.push_back(std::move(m));
        };
        const bool month_word = holds_any_case(view, "th", '\xA1', "ng");  // tháng
        if (holds_any_case(view, "qu", '\xBD', "")) each_match(*quarter, view, [&](const std::vector<re2::StringPiece>& g) {
            const std::size_t b = start_of(g[0]);
            if (b > 0 && letter_or_digit_at(view, utf8::byte_offset(view, utf8::cp_offset(view, b) - 1))) return;
            const std::size_t e = end_of(g[2]);
            if (letter_or_digit_at(view, e)) return;  // "Quý Vị", "quý V1"
            // "Nguyễn Quý 27/03/2024": a figure opening a date (a slash and a day or month, not a year)
            // is a day; "Quý" is a name.
            if (g[3].empty() && e + 1 < text.size() && text[e] == '/' && std::isdigit(static_cast<unsigned char>(text[e + 1]))) return;
            if (e < text.size() && (text[e] == '%' || ((text[e] == ',' || text[e] == '.') && e + 1 < text.size() &&
                                                       std::isdigit(static_cast<unsigned char>(text[e + 1]))))) return;
            // "kim loại quý 6 tháng đầu năm": a figure before "tháng" counts months; "quý" is "precious".
            if (std::isdigit(static_cast<unsigned char>(g[2][0])) && lower(view.substr(e, 8)).starts_with(" tháng")) return;
            PeriodMention m;
            m.kind = PeriodMention::Kind::Quarter;
            m.value = std::isdigit(static_cast<unsigned char>(g[2][0])) ? matched_int(g[2]) : roman_value(std::string_view(g[2].data(), g[2].size()));
            m.year = g[3].empty() ? 0 : matched_int(g[3]);
            add(g, m);
        });
        if (month_word) each_match(*month, view, [&](const std::vector<re2::StringPiece>& g) {
            const std::size_t b = start_of(g[0]);
            const std::size_t e = end_of(g[2]);
            if (b > 0 && letter_or_digit_at(view, utf8::byte_offset(view, utf8::cp_offset(view, b) - 1))) return;
            if (e < text.size() && (text[e] == '%' || letter_or_digit_at(view, e))) return;
            if (e + 1 < text.size() && (text[e] == ',' || text[e] == '.') && std::isdigit(static_cast<unsigned char>(text[e + 1]))) return;
            // "hồ sơ/tháng 18:30 21/03/2023": a clock time after a unit, no month.
            if (e + 2 < text.size() && text[e] == ':' && std::isdigit(static_cast<unsigned char>(text[e + 1])) &&
                std::isdigit(static_cast<unsigned char>(text[e + 2]))) {
                return;
            }
            // "18 tháng 24 ngày" and "tháng 3 ngày" are durations, "ngày 5 tháng 13" a date (invalid-date's business).
            const auto before = words_before(view, b, false);
            if (!before.empty()) {
                const std::string& last = before.back();
                if (std::all_of(last.begin(), last.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) return;
            }
            static LazyRE2 duration = {R"(^\s+ngày\b)"};
            if (RE2::PartialMatch(re2::StringPiece(text.data() + e, text.size() - e), *duration) && g[3].empty()) return;
            PeriodMention m;
            m.kind = PeriodMention::Kind::Month;
            m.value = matched_int(g[2]);
            m.year = g[3].empty() ? 0 : matched_int(g[3]);
            add(g, m);
        });
        if (month_word) each_match(*months, view, [&](const std::vector<re2::StringPiece>& g) {
            const std::size_t b = start_of(g[0]);
            if (b > 0 && (std::isdigit(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == ',' || text[b - 1] == '.' || text[b - 1] == '/')) return;
            if (letter_or_digit_at(view, end_of(g[0]))) {
                // "9 tháng" must end at a word boundary: not "9 thángs".
                std::size_t i = end_of(g[0]);
                if (words::is_letter(utf8::next(view, i)) && g[2].empty() && g[3].empty()) return;
            }
            const auto before = words_before(view, b, false);
            if (!before.empty() && before.back() == "ngày") return;  // "ngày 5 tháng 1" is a date
            PeriodMention m;
            m.kind = PeriodMention::Kind::Months;
            m.value = matched_int(g[1]);
            m.qualifier = g[2].empty() ? "" : analysis::lower(std::string_view(g[2].data(), g[2].size())) + " năm";
            m.year = g[3].empty() ? 0 : matched_int(g[3]);
            m.range = range_of(g[0]);
            m.numeral = std::string(g[1]);
            m.in_title = title_ && *title_ == p;
            m.before = before;
            periods_.push_back(std::move(m));
        });
        auto span_of = [&](const std::vector<re2::StringPiece>& g) {
            SpanMention s;
            s.range = range_of(g[0]);
            s.from = matched_int(g[1]);
            s.to = matched_int(g[2]);
            s.before = words_before(view, start_of(g[0]), true);
            return s;
        };
        if (view.find("ừ ") != std::string_view::npos || view.find('(') != std::string_view::npos) {
            each_match(*years, view, [&](const std::vector<re2::StringPiece>& g) { year_ranges_.push_back(span_of({g[1], g[2], g[3]})); });
        }
        if (view.find("iai đoạn") == std::string_view::npos && view.find("hời kỳ") == std::string_view::npos) continue;
        each_match(*span, view, [&](const std::vector<re2::StringPiece>& g) { spans_.push_back(span_of(g)); });
    }
    std::sort(periods_.begin(), periods_.end(), [](const PeriodMention& a, const PeriodMention& b) {
        return std::tie(a.range.paragraph, a.range.begin) < std::tie(b.range.paragraph, b.range.begin);
    });
}

}  // namespace soat::analysis
