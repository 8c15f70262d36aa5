// percent-mismatch: a percentage that contradicts the figures beside it — a change against its
// base ("168 vụ, giảm 35 vụ (-17,2%)"), the growth of a total against its parts' growth,
// attainment of a plan stated elsewhere ("đạt 16,8 tỷ đồng, bằng 5% kế hoạch" with the plan 8),
// a/b and the percentage it makes, a part's share of its total, and a change against the prior
// value printed beside it ("giảm 5% so với cùng kỳ (494/520 vụ)").
#include "analysis/claims.hpp"
#include "analysis/numbers.hpp"
#include "analysis/ratios.hpp"
#include "checks/kinds.hpp"
#include "checks/relation_findings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>

namespace soat::checks {

namespace {

using analysis::Interval;

// The number a message argument prints ("46,42%" → 46.42, 2 decimals), read as the document's
// figures are (analysis::parse_numeral); nullopt for a bounded or worded figure ("hơn 76%").
std::optional<std::pair<double, int>> printed_percent(std::string text) {
    while (!text.empty() && (text.back() == '%' || text.back() == ' ')) text.pop_back();
    if (!text.empty() && text.front() == '-') text.erase(0, 1);
    const auto n = analysis::parse_numeral(text);
    if (!n) return std::nullopt;
    return std::pair{n->value, n->decimals};
}

// Passes findings on; a stated percentage one unit of its last digit under the recomputed one
// ("46,42%" for 46,428…%, "29%" for 29,6%) is the writer's truncation, not a slip: a warning.
class TruncationSink final : public engine::Sink {
public:
    explicit TruncationSink(engine::Sink& next) : next_(next) {}
    void emit(engine::Draft d) override {
        const auto stated = d.args.count("percent") ? printed_percent(d.args["percent"]) : std::nullopt;
        const auto again = d.args.count("recomputed") ? printed_percent(d.args["recomputed"]) : std::nullopt;
        if (!d.severity && stated && again) {
            const double gap = std::fabs(again->first) - std::fabs(stated->first), unit = std::pow(10.0, -stated->second);
            const bool truncated = stated->second == 0 ? gap > 0 && gap < 1 : std::fabs(gap - unit) < unit / 100;
            // Just under 100 %, the last value below it is how a whole not yet complete is written
            // (174.163/174.171 = 99,9954…%, "99,99%": "100,00%" would say every one): no finding.
            if (truncated && std::fabs(again->first - 100.0) < 1e-9) return;
            if (truncated) d.severity = Severity::Warning;
        }
        next_.emit(std::move(d));
    }

private:
    engine::Sink& next_;
};

class PercentMismatch : public engine::Check {
public:
    void run(const engine::Context& context, engine::Sink& out) const override {
        TruncationSink sink(out);
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
            // "bằng X%" is the value against its base, or (rarely) the change itself.
            const Interval index = vi / base * 100.0;
            if (c.index && index.meets(analysis::interval_of(x, tol))) continue;
            const double base_mid = c.decrease ? v.value() + n.value() : v.value() - n.value();
            const bool as_index = c.index && x.value() >= 50;
            engine::Draft d;
            d.message = as_index ? "change_index" : "change";
            d.range = analysis::range_of(x);
            d.args["percent"] = analysis::printed(doc, x);
            d.args["delta"] = analysis::printed(doc, n);
            d.args["base"] = analysis::format_like(v, base_mid, v.numeral.decimals);
            d.args["value"] = analysis::printed(doc, v);
            d.args["recomputed"] =
                analysis::format_vn((as_index ? v.value() : n.value()) / base_mid * 100.0, std::max(1, x.numeral.decimals)) + "%";
            sink.emit(std::move(d));
        }
        for (const auto& g : claims.growths()) {
            const auto& sum = claims.sums()[g.sum];
            // A rate read with its direction: "giảm 5,9%" is −5,9 %.
            const auto signed_rate = [&](std::size_t k, int sign) {
                const Interval r = analysis::interval_of(qs[k], tol);
                return sign < 0 ? Interval{-r.hi, -r.lo} : r;
            };
            const auto part_sign = [&](std::size_t i) { return i < g.part_sign.size() ? g.part_sign[i] : 1; };
            Interval bounds = signed_rate(g.part_growth.front(), part_sign(0));
            double now = 0, before = 0;
            // The total's rate weighted by the parts' levels: Σ c / Σ c/(1 + g) − 1, each level and
            // rate an interval (the widest reading of the printed figures).
            Interval now_iv{0, 0}, before_iv{0, 0};
            std::string parts;
            for (std::size_t i = 0; i < sum.parts.size(); ++i) {
                const auto& gi = qs[g.part_growth[i]];
                const Interval r = signed_rate(g.part_growth[i], part_sign(i));
                bounds = analysis::hull(bounds, r);
                now += qs[sum.parts[i]].value();
                before += qs[sum.parts[i]].value() / (1 + part_sign(i) * gi.value() / 100.0);
                const Interval c = analysis::interval_of(qs[sum.parts[i]], tol);
                now_iv = now_iv + c;
                before_iv = before_iv + Interval{c.lo / (1 + r.hi / 100.0), c.hi / (1 + r.lo / 100.0)};
                if (!parts.empty()) parts += ", ";
                parts += (part_sign(i) < 0 ? "-" : "") + analysis::printed(doc, gi);
            }
            const auto& tg = qs[g.total_growth];
            const Interval weighted = before_iv.lo > 0 ? Interval{(now_iv.lo / before_iv.hi - 1) * 100.0, (now_iv.hi / before_iv.lo - 1) * 100.0}
                                                       : Interval{-1e300, 1e300};
            const Interval stated = signed_rate(g.total_growth, g.total_sign);
            if (stated.meets(bounds) && stated.meets(weighted)) continue;
            if (g.other_total_growth < qs.size()) {
                const Interval other = signed_rate(g.other_total_growth, g.other_total_sign);
                if (other.meets(bounds) && other.meets(weighted)) continue;
            }
            engine::Draft d;
            // Between its parts' rates, yet off their weighted mean.
            d.message = stated.meets(bounds) ? "growth_weighted" : "growth";
            d.range = analysis::range_of(tg);
            d.args["percent"] = (g.total_sign < 0 ? "-" : "") + analysis::printed(doc, tg);
            d.args["parts"] = parts;
            d.args["recomputed"] = analysis::format_vn((now / before - 1) * 100.0, std::max(1, tg.numeral.decimals)) + "%";
            sink.emit(std::move(d));
        }
        const auto& ratios = context.analysis.get<analysis::Ratios>();
        for (const auto& r : ratios.fraction_percents()) {
            const auto& f = qs[r.fraction];
            // "160/206 trường", "46/51 (đạt tỷ lệ 88,46%) phiếu": a count of items is exact
            // (reconcile.md §2), only the percentage is rounded; whole numbers with no unit or
            // scale word count items whether their noun is written right after them or not.
            const bool counted = f.is_count() && f.scale_word.empty() && f.numeral.decimals == 0 && f.fraction_denominator_decimals == 0 &&
                                 f.hedge == analysis::Hedge::None;
            // "14.714.669.968/9,5 tỷ đồng": the figure reached written out in đồng, the plan with
            // the scale word; the scale is the denominator's alone.
            const double scale = f.scale > 1 && f.numeral.value > 1000 * f.fraction_denominator ? f.scale : 1.0;
            const Interval ratio = counted ? Interval{f.numeral.value / f.fraction_denominator * 100.0, f.numeral.value / f.fraction_denominator * 100.0}
                                           : Interval::printed(f.numeral.value, f.numeral.decimals) / (analysis::denominator_interval(f) * scale) * 100.0;
            // "552.693/513.672 (đạt 92,94%)": the terms swapped, the percentage right; invalid-fraction says so.
            const Interval swapped = analysis::denominator_interval(f) / Interval::printed(f.numeral.value, f.numeral.decimals) * 100.0;
            if (f.numeral.value > f.fraction_denominator && analysis::interval_of(qs[r.percent], tol).meets(swapped)) continue;
            emit_unless_meets(context, sink, ratio, qs[r.percent], "fraction", f.numeral.value / (f.fraction_denominator * scale) * 100.0,
                              {{"fraction", analysis::printed(doc, f)}});
        }
        for (const auto& r : ratios.part_shares()) {
            const auto& part = qs[r.part];
            const auto& total = qs[r.total];
            const Interval ratio = analysis::interval_of(part, tol) / analysis::interval_of(total, tol) * 100.0;
            const auto fits = [&](std::size_t w) { return (analysis::interval_of(part, tol) / analysis::interval_of(qs[w], tol) * 100.0).meets(analysis::interval_of(qs[r.percent], tol)); };
            if (std::any_of(r.other_wholes.begin(), r.other_wholes.end(), fits)) continue;
            if (r.whole_share && (analysis::interval_of(part, tol) / (analysis::interval_of(total, tol) / analysis::interval_of(qs[*r.whole_share], tol)))
                                     .meets(analysis::interval_of(qs[r.percent], tol))) {
                continue;
            }
            emit_unless_meets(context, sink, ratio, qs[r.percent], "share", part.value() / total.value() * 100.0,
                              {{"part", analysis::printed(doc, part)}, {"total", analysis::printed(doc, total)}});
        }
        for (const auto& r : ratios.priors()) {
            if (!r.percent || r.prior.lo <= 0) continue;
            const bool pair = r.current_at == r.prior_at;  // "178/205"
            Interval ratio = r.current / r.prior * 100.0;
            ratio = r.decrease ? Interval{100 - ratio.hi, 100 - ratio.lo} : Interval{ratio.lo - 100, ratio.hi - 100};
            const double mid = (r.current.mid() / r.prior.mid() - 1) * 100.0;
            emit_unless_meets(context, sink, ratio, qs[*r.percent], "prior", std::fabs(mid),
                              {{"current", pair ? analysis::format_vn_auto(r.current.mid()) : analysis::printed(doc, qs[r.current_at])},
                               {"prior", pair ? analysis::format_vn_auto(r.prior.mid()) : analysis::printed(doc, qs[r.prior_at])},
                               {"direction", mid < 0 ? "giảm" : "tăng"}},
                              pair ? nullptr : &qs[r.prior_at]);
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
        report_relations(context, sink, RelationRule::Percent);
    }

private:
    // Reports the stated percentage unless it meets the recomputed interval.
    static void emit_unless_meets(const engine::Context& context, engine::Sink& sink, const Interval& recomputed,
                                  const analysis::Quantity& stated, const char* message, double value,
                                  std::map<std::string, std::string> args, const analysis::Quantity* elsewhere = nullptr) {
        if (recomputed.meets(analysis::interval_of(stated, context.config.approx_tolerance))) return;
        engine::Draft d;
        d.message = message;
        d.range = analysis::range_of(stated);
        d.args = std::move(args);
        d.args["percent"] = analysis::printed(context.document, stated);
        d.args["recomputed"] = analysis::format_vn(value, std::max(1, stated.numeral.decimals)) + "%";
        if (elsewhere && elsewhere->paragraph != stated.paragraph) {
            d.related.push_back({"Số liệu kỳ trước nêu ở đây", analysis::range_of(*elsewhere)});
        }
        sink.emit(std::move(d));
    }
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_percent_mismatch(const engine::RuleSpec&) {
    return std::unique_ptr<engine::Check>(std::make_unique<PercentMismatch>());
}

}  // namespace soat::checks
