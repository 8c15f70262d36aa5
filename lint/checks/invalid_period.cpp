// invalid-period: a quarter outside I–IV / 1–4 or a month outside 1–12. When the title states a
// period of the same kind, the finding names it and points at it.
#include "analysis/periods.hpp"
#include "checks/kinds.hpp"
#include "engine/messages.hpp"

#include <soat/utf8.hpp>

namespace soat::checks {

namespace {

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
    }
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_invalid_period(const engine::RuleSpec&) {
    return std::unique_ptr<engine::Check>(std::make_unique<InvalidPeriod>());
}

}  // namespace soat::checks
