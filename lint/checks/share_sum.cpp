// share-sum: shares of one whole that do not make 100 %, and share changes of one structure
// that do not net to zero (read both as points and as relative changes; flag when both fail).
#include "analysis/claims.hpp"
#include "analysis/complements.hpp"
#include "checks/kinds.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>

namespace soat::checks {

namespace {

using analysis::Interval;

// The words naming each share: from the separator (";", ":", ",") or the share before it, to its figure.
std::vector<std::string_view> labels(const model::Document& doc, const std::vector<analysis::Quantity>& qs, const std::vector<std::size_t>& shares) {
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i < shares.size(); ++i) {
        const auto& q = qs[shares[i]];
        const std::string_view t = doc.paragraphs[q.paragraph].text;
        std::size_t from = i > 0 && qs[shares[i - 1]].paragraph == q.paragraph ? qs[shares[i - 1]].unit_end : 0;
        const std::size_t cut = t.substr(0, q.byte_begin).find_last_of(";:");
        if (cut != std::string_view::npos && cut + 1 > from) from = cut + 1;
        out.push_back(t.substr(from, q.byte_begin - from));
    }
    return out;
}

class ShareSum : public engine::Check {
public:
    explicit ShareSum(double near) : near_(near) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& qs = context.analysis.get<analysis::Quantities>().all();
        const double tol = context.config.approx_tolerance;
        for (const auto& g : context.analysis.get<analysis::Claims>().shares()) {
            Interval sum{0, 0};
            double mid = 0;
            int decimals = 0;
            std::string terms;
            for (std::size_t i = 0; i < g.shares.size(); ++i) {
                const std::size_t k = g.shares[i];
                Interval share = analysis::interval_of(qs[k], tol);
                if (g.remainder == i) {
                    share.lo = std::max(0.0, share.lo);  // "dưới 5%" is at least 0
                    if (g.remainder_each) share.hi = std::numeric_limits<double>::infinity();
                }
                sum = sum + share;
                mid += qs[k].value();
                decimals = std::max(decimals, qs[k].numeral.decimals);
                if (!terms.empty()) terms += " + ";
                terms += analysis::format_vn(qs[k].numeral.value, qs[k].numeral.decimals) + "%";
            }
            const auto& first = qs[g.shares.front()];
            const auto& last = qs[g.shares.back()];
            // Shares one a line: the first line's share stands for the group.
            const model::Range range{first.paragraph, first.begin, last.paragraph == first.paragraph ? last.end : first.end};
            // Shares well below 100 % are likely a partial list, unless the rest is named ("còn
            // lại"); above 100 % they cannot be one whole. The three economic sectors may leave the
            // taxes on products unnamed.
            const auto named = labels(context.document, qs, g.shares);
            const bool short_by_taxes = sum.hi < 100.0 && analysis::sectors_without_taxes(named);
            if (!sum.contains(100.0) && !short_by_taxes && !analysis::mixed_traits(named) &&
                (sum.lo > 100.0 || 100.0 - sum.hi <= near_ || g.remainder)) {
                engine::Draft d;
                d.range = range;
                d.args["shares"] = terms;
                d.args["sum"] = analysis::format_vn(mid, std::max(1, decimals)) + "%";
                sink.emit(std::move(d));
            }
            if (!g.structure) continue;
            bool all = true;
            for (const auto& c : g.changes) all = all && c.has_value();
            if (!all) continue;
            Interval points{0, 0}, prior{0, 0};
            double net = 0;
            std::string changes;
            for (std::size_t i = 0; i < g.shares.size(); ++i) {
                const auto& [k, sign] = *g.changes[i];
                const Interval delta = analysis::interval_of(qs[k], tol) * sign;
                points = points + delta;
                net += sign * qs[k].value();
                prior = prior + analysis::interval_of(qs[g.shares[i]], tol) / Interval{1 + delta.hi / 100, 1 + delta.lo / 100};
                const char* op = sign > 0 ? (changes.empty() ? "" : " + ") : (changes.empty() ? "−" : " − ");
                changes += op + analysis::format_vn(qs[k].numeral.value, qs[k].numeral.decimals);
            }
            if (points.contains(0.0) || prior.meets(sum)) continue;
            engine::Draft d;
            d.message = "changes";
            d.range = range;
            d.args["changes"] = changes;
            d.args["net"] = analysis::format_vn(net, 2);
            sink.emit(std::move(d));
        }
    }

private:
    double near_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_share_sum(const engine::RuleSpec& spec) {
    double near = 5.0;
    if (const engine::Params n = spec.params["near_whole"]) {
        try {
            near = n.as<double>();
        } catch (const YAML::Exception&) {
            return Error{"E203", fmt::format("{}: params.near_whole must be a number of percentage points", spec.source)};
        }
    }
    return std::unique_ptr<engine::Check>(std::make_unique<ShareSum>(near));
}

}  // namespace soat::checks
