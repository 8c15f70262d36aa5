// count-mismatch: a stated count ("04 điểm tại 04 huyện:") against the items listed after it.
#include "analysis/claims.hpp"
#include "checks/kinds.hpp"

namespace soat::checks {

namespace {

class CountMismatch : public engine::Check {
public:
    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& qs = context.analysis.get<analysis::Quantities>().all();
        for (const auto& c : context.analysis.get<analysis::Claims>().counts()) {
            const auto& q = qs[c.count];
            const int stated = static_cast<int>(q.numeral.value);
            if (c.items == stated || (c.partial && c.items < stated)) continue;
            engine::Draft d;
            d.range = analysis::range_of(q);
            d.args["count"] = analysis::printed(context.document, q);
            d.args["stated"] = std::to_string(stated);
            d.args["items"] = std::to_string(c.items);
            sink.emit(std::move(d));
        }
    }
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_count_mismatch(const engine::RuleSpec&) {
    return std::unique_ptr<engine::Check>(std::make_unique<CountMismatch>());
}

}  // namespace soat::checks
