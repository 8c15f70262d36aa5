#include "checks/comparison_year.hpp"

#include "analysis/matched_digits.hpp"
#include "analysis/periods.hpp"
#include "analysis/quantities.hpp"
#include "analysis/syllable.hpp"
#include "engine/messages.hpp"

#include <soat/utf8.hpp>

#include <re2/re2.h>

#include <optional>
#include <string>

namespace soat::checks {

namespace {

struct YearAt {
    int year = 0;                    // 0: a period without its year (`quý II`), the year unknown
    std::size_t begin = 0, end = 0;  // bytes of the period in its paragraph
};

// The words before a period that make it no period compared: a base of comparison right before
// it (`so với năm 2024`, `bằng … năm 2024`), or a target its clause names (`đạt 60% chỉ tiêu
// điều hành năm 2022`, `kế hoạch năm 2025`).
bool not_compared(std::string_view before) {
    static LazyRE2 base = {R"((?:so với|cùng kỳ|với|bằng|hơn|trước|\()\s*(?:(?:cuối|đầu|giữa)\s*)?$)"};
    static LazyRE2 target = {R"((?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|kịch bản|nghị quyết)[^,;:()]*$)"};
    std::size_t cut = before.size() > 64 ? before.size() - 64 : 0;
    while (cut < before.size() && (static_cast<unsigned char>(before[cut]) & 0xC0) == 0x80) ++cut;
    const std::string lower = analysis::lower(before.substr(cut));
    return RE2::PartialMatch(lower, *base) || RE2::PartialMatch(lower, *target);
}

// The nearest period in text[from, to) that is compared: `năm 2025` with its head (`2 tháng đầu
// năm 2025`, `quý III năm 2025`), `tháng 10/2025`, `quý III/2025`, a date `30/9/2025` (not a
// symbol, `12/2025/NQ-HĐND`), or one without its year (`quý II`, `9 tháng`). A parenthesis open
// before `to` holds a statement of its own: the search starts in it.
std::optional<YearAt> period_before(std::string_view text, std::size_t from, std::size_t to) {
    static LazyRE2 period = {
        R"((?i:(?:(?:\d{1,2}\s+)?tháng(?:\s+\d{1,2})?(?:\s+(?:đầu|cuối))?|quý\s+\w+)\s+)?(?i:năm)\s+(\d{4})\b|)"
        R"((?:(?i:tháng|quý)\s+\w+|\d{1,2})\s*/\s*(\d{4})\b(?:[^/]|$)|)"
        R"((?i:quý)\s+(?:IV|I{1,3}|[1-4])\b|(?i:tháng)\s+\d{1,2}\b|\d{1,2}\s+(?i:tháng)\b)"};
    int depth = 0;
    for (std::size_t i = to; i-- > from;) {
        if (text[i] == ')') ++depth;
        if (text[i] == '(' && depth-- == 0) {
            from = i + 1;
            break;
        }
    }
    std::optional<YearAt> found;
    re2::StringPiece input(text.data(), to), g[3];
    std::size_t pos = from;
    while (pos < to && period->Match(input, pos, to, RE2::UNANCHORED, g, 3)) {
        const std::size_t b = static_cast<std::size_t>(g[0].data() - text.data());
        const std::size_t e = b + g[0].size();
        if (!not_compared(text.substr(from, b - from))) {
            const auto& year = g[1].data() ? g[1] : g[2];
            found = year.data() ? YearAt{analysis::matched_int(year), b, static_cast<std::size_t>(year.data() - text.data()) + year.size()}
                                : YearAt{0, b, e};
        }
        pos = e > pos ? e : pos + 1;
    }
    return found;
}

// The latest year the title names, with where it is.
std::optional<std::pair<YearAt, std::size_t>> title_year(const engine::Context& context) {
    const auto title = context.analysis.get<analysis::Periods>().title();
    if (!title) return std::nullopt;
    const std::string& text = context.document.paragraphs[*title].text;
    static LazyRE2 year = {R"((?i:năm)\s+(\d{4})\b)"};
    std::optional<std::pair<YearAt, std::size_t>> latest;
    re2::StringPiece input(text), g[2];
    std::size_t pos = 0;
    while (pos < text.size() && year->Match(input, pos, text.size(), RE2::UNANCHORED, g, 2)) {
        const std::size_t b = static_cast<std::size_t>(g[0].data() - text.data());
        const int y = analysis::matched_int(g[1]);
        if (!latest || y > latest->first.year) latest = {{y, b, b + g[0].size()}, *title};
        pos = b + g[0].size();
    }
    return latest;
}

// A period's words folded for comparison: lower case, no spaces, `năm` and `/` alike
// (`4 tháng đầu năm 2019` and `4 tháng đầu/2019`, `tháng 4/2018` and `tháng 4 năm 2018`).
std::string folded(std::string_view period) {
    std::string out;
    for (char c : analysis::lower(period)) {
        if (c != ' ') out += c;
    }
    for (std::size_t at = out.find("năm"); at != std::string::npos; at = out.find("năm", at)) out.replace(at, std::string_view("năm").size(), "/");
    return out;
}

// Each match of `base` in paragraph p, given with the period its sentence names before it. The
// base compared is the match's first group, its year the second.
template <class Visit>
void each_comparison(const RE2& base, const std::string& text, std::size_t p, const analysis::Quantities& quantities, Visit visit) {
    re2::StringPiece input(text), g[3];
    std::size_t pos = 0;
    while (pos < text.size() && base.Match(input, pos, text.size(), RE2::UNANCHORED, g, 3)) {
        const std::size_t b = static_cast<std::size_t>(g[0].data() - text.data());
        pos = b + g[0].size();
        const std::size_t start = std::min(quantities.sentence_at(p, b).begin, b);
        visit(g[1], analysis::matched_int(g[2]), period_before(text, start, b));
    }
}

// A finding on the base `compared` in paragraph p, pointing to the period `own` of paragraph
// `own_paragraph` it is compared from.
void emit(const engine::Context& context, std::size_t p, re2::StringPiece compared, const char* message, std::size_t own_paragraph,
          const YearAt& own, engine::Sink& sink) {
    const std::string& text = context.document.paragraphs[p].text;
    const std::string& own_text = context.document.paragraphs[own_paragraph].text;
    const std::string period = own_text.substr(own.begin, own.end - own.begin);
    const auto at = static_cast<std::size_t>(compared.data() - text.data());
    engine::Draft d;
    d.range = model::Range{p, utf8::cp_offset(text, at), utf8::cp_offset(text, at + compared.size())};
    d.message = message;
    d.args = {{"compared", std::string(compared.data(), compared.size())}, {"period", period}};
    d.related.push_back({engine::render_message(context.rule, "related_period", {{"period", period}}, context.config.lang),
                         model::Range{own_paragraph, utf8::cp_offset(own_text, own.begin), utf8::cp_offset(own_text, own.end)}});
    sink.emit(std::move(d));
}

}  // namespace

void comparison_years(const engine::Context& context, engine::Sink& sink) {
    // The period a clause is compared with, named in full (`so với 4 tháng đầu năm 2019`, `so với
    // tháng 3/2024`), when it is the clause's own period: the same words and year. (A later year
    // is left alone here: the nearest period before a named base may be a landmark, `kể từ tháng
    // 2/2016`.)
    static LazyRE2 explicit_base = {R"((?:so với|so)\s+((?:\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?|tháng\s+\d{1,2}|quý\s+(?:IV|I{1,3}|[1-4]))\s*(?:/|năm)\s*(\d{4}))\b)"};
    // The base of a comparison: `so với cùng kỳ năm 2024`, `bằng 96,5% cùng kỳ 2024`; not a subject
    // (`cùng kỳ năm 2024 tăng 2,57%`). Its year must be before the clause's own period's, or the
    // title's latest year when the sentence names none.
    static LazyRE2 same_period = {R"((?:so với|%)\s*(cùng kỳ\s+(?:năm\s+)?(\d{4}))\b)"};
    const analysis::Quantities* quantities = nullptr;  // (its sentences, asked once needed)
    std::optional<std::optional<std::pair<YearAt, std::size_t>>> title;  // looked up once, when needed
    const auto& paragraphs = context.document.paragraphs;
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
        const std::string& text = paragraphs[p].text;
        const bool named = text.find("so ") != std::string::npos &&
                           (text.find("tháng") != std::string::npos || text.find("quý") != std::string::npos);
        const bool same = text.find("cùng kỳ") != std::string::npos;
        if (!named && !same) continue;
        if (!quantities) quantities = &context.analysis.get<analysis::Quantities>();
        if (named) {
            each_comparison(*explicit_base, text, p, *quantities, [&](re2::StringPiece compared, int year, const std::optional<YearAt>& own) {
                if (!own || own->year != year) return;
                if (folded(text.substr(own->begin, own->end - own->begin)) != folded(std::string_view(compared.data(), compared.size()))) return;
                emit(context, p, compared, "same_period", p, *own, sink);
            });
        }
        if (!same) continue;
        each_comparison(*same_period, text, p, *quantities, [&](re2::StringPiece compared, int year, std::optional<YearAt> own) {
            std::size_t own_paragraph = p;
            if (!own) {
                if (!title) title = title_year(context);
                if (!*title || (*title)->second == p) return;
                own = (*title)->first;
                own_paragraph = (*title)->second;
            }
            if (own->year == 0 || year < own->year) return;
            emit(context, p, compared, "prior_year", own_paragraph, *own, sink);
        });
    }
}

}  // namespace soat::checks
