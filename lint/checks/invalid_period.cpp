// invalid-period: a quarter outside I–IV / 1–4 or a month outside 1–12 (when the title states a
// period of the same kind, the finding names it and points at it), and a range that ends before it
// begins: two dates joined by `đến`, `tới` or a dash (`từ ngày 05/11/2025 đến ngày 25/10/2025`), or
// a span of years (`giai đoạn 2025-2021`, `từ năm 2021 đến năm 2013`, `(2025 - 2015)`).
#include "analysis/dates.hpp"
#include "analysis/periods.hpp"
#include "checks/kinds.hpp"
#include "engine/messages.hpp"

#include <soat/utf8.hpp>

#include <re2/re2.h>

#include <fmt/format.h>

#include <tuple>

namespace soat::checks {

namespace {

std::string written(const analysis::DateMention& d) {
    return d.year ? fmt::format("{:02}/{:02}/{}", d.day, d.month, d.year) : fmt::format("{:02}/{:02}", d.day, d.month);
}

int day_of_year(const analysis::DateMention& d) {
    int days = d.day;
    for (int m = 1; m < d.month; ++m) days += analysis::days_in_month(m, 0);
    return days;
}

// The range ends before it begins. A date without its year takes the other's; when neither
// gives one, the range may cross the new year (`từ ngày 15/12 đến ngày 15/02`), and is read so
// unless that makes it longer than half a year (`từ ngày 12/4 đến ngày 10/4`).
bool ends_before(const analysis::DateMention& from, const analysis::DateMention& to) {
    const int from_year = from.year ? from.year : to.year;
    const int to_year = to.year ? to.year : from.year;
    if (std::tie(to_year, to.month, to.day) >= std::tie(from_year, from.month, from.day)) return false;
    if (from.year && to.year) return true;
    return day_of_year(to) + 366 - day_of_year(from) > 183;
}

// Two dates, one after the other, joined only by a range's link (`đến`, a dash, `và kết thúc`).
void reversed_dates(const engine::Context& context, engine::Sink& sink) {
    static LazyRE2 link = {R"(\s*(?:đến|tới|-|–|,?\s*(?:và\s+)?kết thúc(?:\s+vào)?)\s*(?:hết\s+)?(?:ngày\s*)?)"};
    const auto& dates = context.analysis.get<analysis::Dates>().all();
    for (std::size_t i = 0; i + 1 < dates.size(); ++i) {
        const auto& from = dates[i];
        const auto& to = dates[i + 1];
        if (from.range.paragraph != to.range.paragraph || !from.valid() || !to.valid() || !ends_before(from, to)) {
            continue;
        }
        const auto& text = context.document.paragraphs[from.range.paragraph].text;
        const auto between = utf8::slice(text, from.range.end, to.range.begin);
        if (!RE2::FullMatch(re2::StringPiece(between.data(), between.size()), *link)) continue;
        engine::Draft d;
        d.range = model::Range{from.range.paragraph, from.range.begin, to.range.end};
        d.message = "reversed";
        d.args = {{"from", written(from)}, {"to", written(to)}};
        sink.emit(std::move(d));
    }
}

void reversed_spans(const engine::Context& context, engine::Sink& sink) {
    const auto& periods = context.analysis.get<analysis::Periods>();
    for (const auto* list : {&periods.spans(), &periods.year_ranges()}) {
        for (const auto& s : *list) {
            if (s.to >= s.from) continue;
            engine::Draft d;
            d.range = s.range;
            d.message = "reversed";
            d.args = {{"from", std::to_string(s.from)}, {"to", std::to_string(s.to)}};
            sink.emit(std::move(d));
        }
    }
}

class InvalidPeriod final : public engine::Check {
public:
    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& periods = context.analysis.get<analysis::Periods>();
        for (const auto& m : periods.all()) {
            if (m.kind == analysis::PeriodMention::Kind::Months || m.valid()) continue;
            const bool quarter = m.kind == analysis::PeriodMention::Kind::Quarter;
            engine::Draft d;
            d.range = m.range;
            d.message = quarter ? "default" : "month";
            d.args = {{"value", m.numeral}};
            for (const auto& t : periods.all()) {
                if (!t.in_title || t.kind != m.kind || !t.valid()) continue;
                const auto& title = context.document.paragraphs[t.range.paragraph].text;
                const std::string written(utf8::slice(title, t.range.begin, t.range.end));
                d.message = quarter ? "quarter_title" : "month_title";
                d.args["title"] = written;
                d.related.push_back({engine::render_message(context.rule, "related_title", {{"title", written}},
                                                            context.config.lang),
                                     t.range});
                break;
            }
            sink.emit(std::move(d));
        }
        reversed_dates(context, sink);
        reversed_spans(context, sink);
    }
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_invalid_period(const engine::RuleSpec&) {
    return std::unique_ptr<engine::Check>(std::make_unique<InvalidPeriod>());
}

}  // namespace soat::checks
