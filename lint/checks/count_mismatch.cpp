// count-mismatch: a stated count ("04 điểm tại 04 huyện:") against the items listed after it,
// and an N/M count against its parts ("17/18 chỉ tiêu; trong đó 09 … và 08 …; có 01 …").
#include "analysis/claims.hpp"
#include "analysis/ratios.hpp"
#include "checks/kinds.hpp"
#include "checks/relation_findings.hpp"

#include <algorithm>

namespace soat::checks {

namespace {

class CountMismatch : public engine::Check {
public:
    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& qs = context.analysis.get<analysis::Quantities>().all();
        for (const auto& c : context.analysis.get<analysis::Claims>().counts()) {
            const auto& q = qs[c.count];
            const int stated = static_cast<int>(q.numeral.value);
            if ((c.items <= stated && stated <= c.items + c.joined) || (c.partial && c.items < stated)) continue;
            if (std::find(c.other_counts.begin(), c.other_counts.end(), c.items) != c.other_counts.end()) continue;
            engine::Draft d;
            d.range = analysis::range_of(q);
            d.args["count"] = analysis::printed(context.document, q);
            d.args["stated"] = std::to_string(stated);
            d.args["items"] = std::to_string(c.items);
            sink.emit(std::move(d));
        }
        for (const auto& t : context.analysis.get<analysis::Ratios>().tallies()) tally(context, qs, t, sink);
        report_relations(context, sink, RelationRule::Count);
    }

private:
    // "Kiểm tra M cơ sở: có N cơ sở đạt, R cơ sở chưa đạt": when the sums reader read M with N and
    // the rest as its parts, that one relation is judged once, by sum-mismatch.
    static bool read_as_sum(const engine::Context& context, const analysis::Tally& t) {
        if (!t.whole) return false;
        const auto& sums = context.analysis.get<analysis::Claims>().sums();
        return std::any_of(sums.begin(), sums.end(), [&](const analysis::SumClaim& c) {
            auto in = [&](std::size_t k) { return std::find(c.parts.begin(), c.parts.end(), k) != c.parts.end(); };
            return c.total == *t.whole && in(t.fraction) && std::all_of(t.rest.begin(), t.rest.end(), in);
        });
    }

    static void tally(const engine::Context& context, const std::vector<analysis::Quantity>& qs, const analysis::Tally& t,
                      engine::Sink& sink) {
        const auto& f = qs[t.fraction];
        auto add = [&](const std::vector<std::size_t>& ks, std::string& terms) {
            double sum = 0;
            for (std::size_t k : ks) {
                sum += qs[k].numeral.value;
                terms += (terms.empty() ? "" : " + ") + analysis::format_vn(qs[k].numeral.value, 0);
            }
            return sum;
        };
        std::string parts, rest;
        const double done = add(t.parts, parts);
        const double left = add(t.rest, rest);
        const double n = f.numeral.value;
        engine::Draft d;
        const double whole = t.whole ? qs[*t.whole].numeral.value : f.fraction_denominator;
        // M may stand before N ("M xã thì có N xã") or after it ("N trong số M xã").
        d.range = t.whole ? model::Range{f.paragraph, std::min(f.begin, qs[*t.whole].begin), std::max(f.end, qs[*t.whole].end)}
                          : analysis::range_of(f);
        d.args["fraction"] = t.whole ? analysis::format_vn(n, 0) + "/" + analysis::printed(context.document, qs[*t.whole])
                                     : analysis::printed(context.document, f);
        // One part above N but within M ("03/20 chỉ tiêu …, trong đó có 12 chỉ tiêu …") is M's.
        if (t.parts.size() >= 2 ? done > n || (done < n && !t.some) : done > n && done > whole) {
            d.message = t.parts.size() >= 2 ? "tally" : "tally_part";
            d.args["parts"] = parts;
            d.args["sum"] = analysis::format_vn(done, 0);
            d.args["stated"] = analysis::format_vn(n, 0);
            sink.emit(std::move(d));
        } else if (!t.rest.empty() && n + left != whole && (t.parts.empty() || done == n) && !read_as_sum(context, t)) {
            // (Items of the list that make no split of N may be more of the rest: "…, trong đó: chưa
            // kiểm điểm 28 người; miễn sinh hoạt 252 người" is all outside N.)
            d.message = "tally_rest";
            d.args["rest"] = rest;
            d.args["sum"] = analysis::format_vn(n + left, 0);
            d.args["stated"] = analysis::format_vn(n, 0);
            d.args["whole"] = analysis::format_vn(whole, 0);
            sink.emit(std::move(d));
        }
    }
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_count_mismatch(const engine::RuleSpec&) {
    return std::unique_ptr<engine::Check>(std::make_unique<CountMismatch>());
}

}  // namespace soat::checks
