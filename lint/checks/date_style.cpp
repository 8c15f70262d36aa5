// date-style: slash dates zero-padded in more than one way in one document ("08/8/2021" next to
// "15/07/2021"), and a header date line that does not pad days below 10 and months 1–2
// (Decree 30). Each feature (day < 10, month 1–2, month 3–9) follows the document's majority,
// Decree 30 breaking ties; each minority form is reported once.
#include "analysis/dates.hpp"
#include "checks/kinds.hpp"

#include <fmt/format.h>

#include <set>
#include <string>

namespace soat::checks {

namespace {

struct Feature {
    int padded = 0;
    int plain = 0;
    bool decree_pads = true;
    [[nodiscard]] bool established() const { return padded + plain >= 2; }
    [[nodiscard]] bool pads() const { return padded == plain ? decree_pads : padded > plain; }
};

// Safe when the range lies inside one text span (one run), so formatting is kept.
bool inside_one_run(const model::Paragraph& p, const model::Range& r) {
    for (const auto& s : p.spans) {
        if (s.begin <= r.begin && r.end <= s.begin + s.length) return s.kind == model::Span::Kind::Text;
    }
    return false;
}

class DateStyle final : public engine::Check {
public:
    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& dates = context.analysis.get<analysis::Dates>().all();
        Feature day{0, 0, true}, early_month{0, 0, true}, month{0, 0, false};
        auto feature_of_month = [&](int m) -> Feature* {
            if (m <= 2) return &early_month;
            if (m <= 9) return &month;
            return nullptr;
        };
        auto counted = [](const analysis::DateMention& d) {
            return d.valid() && d.form == analysis::DateMention::Form::Slash && d.year != 0;
        };
        for (const auto& d : dates) {
            if (!counted(d)) continue;
            if (d.day < 10) (d.day_digits == 2 ? day.padded : day.plain)++;
            if (Feature* f = feature_of_month(d.month)) (d.month_digits == 2 ? f->padded : f->plain)++;
        }
        std::set<std::string> reported;
        for (const auto& d : dates) {
            if (d.header && d.valid()) {
                report_header(context, d, sink);
                continue;
            }
            if (!counted(d) || reported.count(d.text)) continue;
            bool off = false;
            if (d.day < 10 && day.established() && (d.day_digits == 2) != day.pads()) off = true;
            const Feature* f = feature_of_month(d.month);
            if (f && f->established() && (d.month_digits == 2) != f->pads()) off = true;
            if (!off) continue;
            const bool pad_day = d.day < 10 && (day.established() ? day.pads() : d.day_digits == 2);
            const bool pad_month = f && (f->established() ? f->pads() : d.month_digits == 2);
            const std::string expected = fmt::format("{}{}/{}{}/{}", pad_day ? "0" : "", d.day, pad_month ? "0" : "",
                                                     d.month, d.year);
            reported.insert(d.text);
            engine::Draft draft;
            draft.range = d.range;
            draft.args = {{"date", d.text}, {"expected", expected}};
            draft.fix = Fix{expected, inside_one_run(context.document.paragraphs[d.range.paragraph], d.range)};
            sink.emit(std::move(draft));
        }
    }

private:
    static void report_header(const engine::Context& context, const analysis::DateMention& d, engine::Sink& sink) {
        const bool day_ok = d.day >= 10 || d.day_digits == 2;
        const bool month_ok = d.month > 2 || d.month_digits == 2;
        if (day_ok && month_ok) return;
        const std::string expected = fmt::format("ngày {:02} tháng {} năm {}", d.day,
                                                 d.month <= 2 ? fmt::format("{:02}", d.month) : std::to_string(d.month), d.year);
        engine::Draft draft;
        draft.range = d.range;
        draft.message = "header";
        draft.args = {{"date", d.text}, {"expected", expected}};
        draft.fix = Fix{expected, inside_one_run(context.document.paragraphs[d.range.paragraph], d.range)};
        sink.emit(std::move(draft));
    }
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_date_style(const engine::RuleSpec&) {
    return std::unique_ptr<engine::Check>(std::make_unique<DateStyle>());
}

}  // namespace soat::checks
