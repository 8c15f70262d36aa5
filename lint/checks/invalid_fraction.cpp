// invalid-fraction: "a/b <noun>" read as part of a whole with a > b ("19/18 chỉ tiêu"). Only
// nouns listed in the rule (params.wholes) make a part-of-whole; ranks, dates, scales and
// current/prior pairs ("131/108 (tăng 23 …)") carry none.
#include "analysis/quantities.hpp"
#include "analysis/ratios.hpp"
#include "checks/kinds.hpp"

#include <fmt/format.h>

#include <set>

namespace soat::checks {

namespace {

class InvalidFraction : public engine::Check {
public:
    explicit InvalidFraction(std::set<std::string> wholes) : wholes_(std::move(wholes)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        // "tăng 9 xã (47/38 xã)": a pair beside its change is now against before.
        std::set<std::size_t> pairs;
        for (const auto& r : context.analysis.get<analysis::Ratios>().priors()) {
            if (r.current_at == r.prior_at) pairs.insert(r.current_at);
        }
        const auto& qs = context.analysis.get<analysis::Quantities>().all();
        for (std::size_t k = 0; k < qs.size(); ++k) {
            const auto& q = qs[k];
            if (q.role != analysis::Role::Fraction || q.numeral.value <= q.fraction_denominator) continue;
            if (q.fraction_denominator <= 0 || pairs.count(k) != 0) continue;
            if (!wholes_.count(q.noun)) continue;
            engine::Draft d;
            d.range = analysis::range_of(q);
            d.args["fraction"] = analysis::printed(context.document, q);
            d.args["part"] = analysis::format_vn(q.numeral.value, q.numeral.decimals);
            d.args["whole"] = analysis::format_vn(q.fraction_denominator, 0);
            sink.emit(std::move(d));
        }
    }

private:
    std::set<std::string> wholes_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_invalid_fraction(const engine::RuleSpec& spec) {
    std::set<std::string> wholes;
    const engine::Params list = spec.params["wholes"];
    if (!list || !list.IsSequence() || list.size() == 0) {
        return Error{"E203", fmt::format("{}: params.wholes must list the nouns of a part-of-whole", spec.source)};
    }
    for (const auto& w : list) wholes.insert(analysis::lower(w.as<std::string>()));
    return std::unique_ptr<engine::Check>(std::make_unique<InvalidFraction>(std::move(wholes)));
}

}  // namespace soat::checks
