// percent-mismatch: a percentage that contradicts the figures beside it — a change against its
// base ("168 vụ, giảm 35 vụ (-17,2%)"), the growth of a total against its parts' growth, and
// attainment of a plan stated elsewhere ("đạt 16,8 tỷ đồng, bằng 5% kế hoạch" with the plan 8).
#include "analysis/claims.hpp"
#include "checks/kinds.hpp"

#include <fmt/format.h>

#include <cmath>

namespace soat::checks {

namespace {

using analysis::Interval;

class PercentMismatch : public engine::Check {
public:
    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& qs = context.analysis.get<analysis::Quantities>().all();
        const auto& claims = context.analysis.get<analysis::Claims>();
        const double tol = context.config.approx_tolerance;
        const auto& doc = context.document;
        for (const auto& c : claims.changes()) {
            const auto& v = qs[c.value];
            const auto& n = qs[c.delta];
            const auto& x = qs[c.percent];
            const Interval vi = analysis::interval_of(v, tol), ni = analysis::interval_of(n, tol);
            const Interval base = c.decrease ? vi + ni : vi - ni;
            if (base.hi <= 0) continue;
            const Interval pct = ni / base * 100.0;
            if (pct.meets(analysis::interval_of(x, tol))) continue;
            const double base_mid = c.decrease ? v.value() + n.value() : v.value() - n.value();
            engine::Draft d;
            d.message = "change";
            d.range = analysis::range_of(x);
            d.args["percent"] = analysis::printed(doc, x);
            d.args["delta"] = analysis::printed(doc, n);
            d.args["base"] = analysis::format_like(v, base_mid, v.numeral.decimals);
            d.args["value"] = analysis::printed(doc, v);
            d.args["recomputed"] = analysis::format_vn(n.value() / base_mid * 100.0, std::max(1, x.numeral.decimals)) + "%";
            sink.emit(std::move(d));
        }
        for (const auto& g : claims.growths()) {
            const auto& sum = claims.sums()[g.sum];
            Interval bounds = analysis::interval_of(qs[g.part_growth.front()], tol);
            double now = 0, before = 0;
            std::string parts;
            for (std::size_t i = 0; i < sum.parts.size(); ++i) {
                const auto& gi = qs[g.part_growth[i]];
                bounds = analysis::hull(bounds, analysis::interval_of(gi, tol));
                now += qs[sum.parts[i]].value();
                before += qs[sum.parts[i]].value() / (1 + gi.value() / 100.0);
                if (!parts.empty()) parts += ", ";
                parts += analysis::printed(doc, gi);
            }
            const auto& tg = qs[g.total_growth];
            if (analysis::interval_of(tg, tol).meets(bounds)) continue;
            engine::Draft d;
            d.message = "growth";
            d.range = analysis::range_of(tg);
            d.args["percent"] = analysis::printed(doc, tg);
            d.args["parts"] = parts;
            d.args["recomputed"] = analysis::format_vn((now / before - 1) * 100.0, std::max(1, tg.numeral.decimals)) + "%";
            sink.emit(std::move(d));
        }
        for (const auto& a : claims.attainments()) {
            const auto& av = qs[a.achieved];
            const auto& x = qs[a.percent];
            const auto& plan = qs[a.plan];
            Interval ratio = analysis::interval_of(av, tol) / analysis::interval_of(plan, tol) * 100.0;
            double recomputed = av.value() / plan.value() * 100.0;
            if (a.exceed) {
                ratio = {ratio.lo - 100, ratio.hi - 100};
                recomputed -= 100;
            }
            if (ratio.meets(analysis::interval_of(x, tol))) continue;
            engine::Draft d;
            d.message = a.exceed ? "exceed" : "plan";
            d.range = analysis::range_of(x);
            d.args["percent"] = analysis::printed(doc, x);
            d.args["achieved"] = analysis::printed(doc, av);
            d.args["plan"] = analysis::printed(doc, plan);
            d.args["recomputed"] = analysis::format_vn(recomputed, 1) + "%";
            d.related.push_back({fmt::format("Kế hoạch {} nêu ở đây", d.args["plan"]), analysis::range_of(plan)});
            sink.emit(std::move(d));
        }
    }
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_percent_mismatch(const engine::RuleSpec&) {
    return std::unique_ptr<engine::Check>(std::make_unique<PercentMismatch>());
}

}  // namespace soat::checks
