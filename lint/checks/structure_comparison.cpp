// inconsistent-figure across the document: one structure stated twice for a year, or a year's
// structure against the next year's shares and changes (points or relative, reconcile.md §3).
#include "analysis/claims.hpp"
#include "analysis/structures.hpp"
#include "checks/figure_comparisons.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace soat::checks {

namespace {

using analysis::Structure;

// Share index in `s` of each key of `other`, or empty when the parts differ.
std::vector<std::size_t> matching(const Structure& s, const Structure& other) {
    if (s.keys.size() != other.keys.size()) return {};
    std::vector<std::size_t> at;
    for (const auto& key : other.keys) {
        const auto it = std::find(s.keys.begin(), s.keys.end(), key);
        if (it == s.keys.end()) return {};
        at.push_back(static_cast<std::size_t>(it - s.keys.begin()));
    }
    return at;
}

}  // namespace

void compare_structures(const engine::Context& context, engine::Sink& sink) {
    const auto& qs = context.analysis.get<analysis::Quantities>().all();
    const auto& groups = context.analysis.get<analysis::Claims>().shares();
    const auto& all = context.analysis.get<analysis::Structures>().all();
    const double tol = context.config.approx_tolerance;
    auto span = [&](const Structure& s) {
        const auto& g = groups[s.group];
        const auto& first = qs[g.shares.front()];
        const auto& last = qs[g.shares.back()];
        return model::Range{first.paragraph, first.begin, last.paragraph == first.paragraph ? last.end : first.end};
    };
    auto shares = [](const std::vector<double>& values) {
        std::string out;
        for (double v : values) out += (out.empty() ? "" : " / ") + analysis::format_vn_auto(v, 2) + "%";
        return out;
    };
    for (std::size_t i = 0; i < all.size(); ++i) {
        for (std::size_t j = 0; j < all.size(); ++j) {
            const Structure& a = all[i];
            const Structure& b = all[j];
            if (i == j || a.whole != b.whole || !a.year || !b.year) continue;
            const bool same_year = a.year == b.year && i < j && a.qualifier == b.qualifier;
            // Next year's changes are against the base year as the report knows it: the
            // structure "hiện nay" (as of the report) stands for that base.
            const bool next_year = a.year == b.year + 1 && a.qualifier.empty() && (b.qualifier.empty() || b.qualifier == "hiện nay");
            if (!same_year && !next_year) continue;
            const auto at = matching(a, b);  // a's share for each of b's parts
            if (at.empty()) continue;
            const auto& ga = groups[a.group];
            const auto& gb = groups[b.group];
            std::vector<double> stated, expected;
            bool comparable = true, agree = true;
            for (std::size_t k = 0; k < at.size() && comparable; ++k) {
                const auto& sb = qs[gb.shares[k]];
                const auto& sa = qs[ga.shares[at[k]]];
                const analysis::Interval ib = analysis::interval_of(sb, tol), ia = analysis::interval_of(sa, tol);
                stated.push_back(sb.numeral.value);
                if (same_year) {
                    expected.push_back(sa.numeral.value);
                    agree = agree && ia.meets(ib);
                    continue;
                }
                const auto& change = ga.changes[at[k]];
                comparable = change.has_value();
                if (!comparable) break;
                // The change is in points or relative: try both (reconcile.md §3).
                const analysis::Interval c = analysis::interval_of(qs[change->first], tol) * change->second;
                const analysis::Interval points = ia - c;
                const analysis::Interval relative = ia / analysis::Interval{1 + c.hi / 100, 1 + c.lo / 100};
                expected.push_back(sa.numeral.value - change->second * qs[change->first].numeral.value);
                agree = agree && (points.meets(ib) || relative.meets(ib));
            }
            if (!comparable || agree) continue;
            engine::Draft d;
            d.message = same_year ? "structure" : "structure_prior";
            d.range = span(b);
            d.args["whole"] = b.whole;
            d.args["year"] = std::to_string(b.year);
            d.args["next_year"] = std::to_string(a.year);
            d.args["stated"] = shares(stated);
            d.args["expected"] = shares(expected);
            d.related.push_back({same_year ? fmt::format("Cơ cấu {} năm {} đã nêu ở đây", b.whole, b.year)
                                           : fmt::format("Cơ cấu {} năm {} và mức thay đổi nêu ở đây", a.whole, a.year),
                                 span(a)});
            sink.emit(std::move(d));
        }
    }
}

}  // namespace soat::checks
