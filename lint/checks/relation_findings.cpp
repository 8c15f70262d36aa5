#include "checks/relation_findings.hpp"

#include "analysis/claims.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace soat::checks {

namespace {

using analysis::Interval;
using analysis::Relation;
using Family = Relation::Family;

RelationRule rule_of(Family f) {
    switch (f) {
        case Family::Difference:
        case Family::Average:
        case Family::Subset:
        case Family::Balance:
        case Family::Classification:
        case Family::Contribution: return RelationRule::Sum;
        case Family::YearSpan: return RelationRule::Count;
        default: return RelationRule::Percent;
    }
}

std::string pct(double v, int decimals) { return analysis::format_vn(v, std::max(1, decimals)) + "%"; }

}  // namespace

void report_relations(const engine::Context& context, engine::Sink& sink, RelationRule rule) {
    const auto& qs = context.analysis.get<analysis::Quantities>().all();
    const auto& relations = context.analysis.get<analysis::Relations>().all();
    const double tol = context.config.approx_tolerance;
    const auto& doc = context.document;
    auto iv = [&](std::size_t k) { return analysis::interval_of(qs[k], tol); };
    auto printed = [&](std::size_t k) { return analysis::printed(doc, qs[k]); };
    auto bounded = [&](std::size_t k) { return analysis::printed_bounded(doc, qs[k]); };
    // Attainments and shares read the figures "hơn N", "trên N" and "gần N" as the writer rounds:
    // N to one unit of its last significant digit, up or down ("hơn 2,4 nghìn tỷ": 2,4 to 2,5;
    // "hơn 6.500 tỷ": 6.500 to 6.600; "gần 73%": 72 to 73%), not open-ended; a share's stated
    // percentage stays open ("chiếm hơn 21%" of a whole misread is no slip).
    auto rounded = [&](std::size_t k) {
        Interval v = iv(k);
        const auto& q = qs[k];
        if (q.hedge != analysis::Hedge::Above && q.hedge != analysis::Hedge::Below) return v;
        const double step = analysis::last_digit_step(q);
        if (step <= 0) return v;
        if (q.hedge == analysis::Hedge::Above) v.hi = std::max(v.lo, q.value()) + step;
        else v.lo = std::max(0.0, std::min(v.hi, q.value()) - step);
        return v;
    };
    for (const Relation& r : relations) {
        if (rule_of(r.family) != rule) continue;
        const auto& stated = qs[r.stated];
        const Interval s = iv(r.stated);
        engine::Draft d;
        d.range = analysis::range_of(stated);
        d.args["stated"] = d.args["percent"] = bounded(r.stated);
        auto related = [&](std::size_t k, const char* what) {
            if (qs[k].paragraph != stated.paragraph) d.related.push_back({fmt::format("{} {} nêu ở đây", what, printed(k)), analysis::range_of(qs[k])});
        };
        switch (r.family) {
            case Family::Attainment:
            case Family::Exceed: {
                const std::size_t a = r.terms[0], p = r.terms[1];
                Interval ratio = rounded(a) / rounded(p) * 100.0;
                double mid = qs[a].value() / qs[p].value() * 100.0;
                if (r.family == Family::Exceed) {
                    ratio = {ratio.lo - 100, ratio.hi - 100};
                    mid -= 100;
                }
                if (ratio.meets(rounded(r.stated))) continue;
                if (r.by_proximity) {
                    const double level = r.family == Family::Exceed ? mid + 100 : mid;
                    const double said = r.family == Family::Exceed ? stated.value() + 100 : stated.value();
                    if (level <= 0 || said <= 0 || level > 3 * said || said > 3 * level) continue;
                }
                d.message = r.family == Family::Exceed ? "exceed" : "plan";
                d.args["achieved"] = printed(a);
                d.args["plan"] = printed(p);
                d.args["recomputed"] = pct(mid, stated.numeral.decimals);
                related(p, "Kế hoạch");
                break;
            }
            case Family::PartShare: {
                const std::size_t a = r.terms[0], t = r.terms[1];
                if ((rounded(a) / rounded(t) * 100.0).meets(s)) continue;
                // A part above its whole is misread (the share is of another whole); a part that
                // truly exceeds its total is sum-mismatch's to report.
                if (iv(a).lo > iv(t).hi && qs[t].role != analysis::Role::Fraction) continue;
                if (std::any_of(r.other_wholes.begin(), r.other_wholes.end(), [&](std::size_t w) { return (iv(a) / iv(w) * 100.0).meets(s); })) continue;
                if (r.whole_share && (iv(a) / (iv(t) / iv(*r.whole_share))).meets(s)) continue;
                if (r.by_proximity) {
                    const double share = qs[a].value() / qs[t].value() * 100.0, said = stated.value();
                    if (share <= 0 || said <= 0 || share > 3 * said || said > 3 * share) continue;
                }
                // A whole written N/M: the part may be of N or of M.
                if (qs[t].role == analysis::Role::Fraction) {
                    const double den = qs[t].fraction_denominator * qs[t].scale;
                    const Interval m = qs[t].fraction_denominator_decimals > 0
                                           ? Interval::printed(qs[t].fraction_denominator, qs[t].fraction_denominator_decimals, qs[t].scale)
                                           : Interval::point(den);
                    if ((iv(a) / m * 100.0).meets(s)) continue;
                }
                d.message = "share";
                d.args["part"] = printed(a);
                d.args["total"] = printed(t);
                // The rest of an N/M ("N/M …, thiếu R"): its share is of M.
                const bool rest_of_m = qs[t].role == analysis::Role::Fraction && qs[t].numeral.value + qs[a].numeral.value == qs[t].fraction_denominator;
                const double whole = rest_of_m ? qs[t].fraction_denominator * qs[t].scale : qs[t].value();
                d.args["recomputed"] = pct(qs[a].value() / whole * 100.0, stated.numeral.decimals);
                related(t, "Tổng");
                break;
            }
            case Family::WholePrior: {
                // The earlier counts B the printed rate allows: C/(1 + X/100) after "tăng", C/(1 − X/100)
                // after "giảm"; one whole number among them and the rate is possible.
                const double c = qs[r.terms[0]].value();
                auto prior_at = [&](double x) { return r.decrease ? c / (1 - x / 100) : c / (1 + x / 100); };
                if (r.decrease && s.hi >= 100) continue;
                // The prior is inferred, not stated: a rate rounded twice (from a rounded rate, or
                // from an unrounded count) may miss its printed interval by half a step more.
                const double half_step = 0.5 * std::pow(10.0, -stated.numeral.decimals);
                const Interval loose{std::max(0.0, s.lo - half_step), s.hi + half_step};
                if (r.decrease && loose.hi >= 100) continue;
                const double b1 = std::min(prior_at(loose.lo), prior_at(loose.hi)), b2 = std::max(prior_at(loose.lo), prior_at(loose.hi));
                if (std::ceil(b1 - 1e-9) <= std::floor(b2 + 1e-9)) continue;
                const double below = std::floor(b1), above = std::ceil(b2);
                if (below < 1) continue;
                auto rate_of = [&](double b) { return std::fabs(c / b - 1) * 100.0; };
                const double nearest = std::fabs(rate_of(below) - stated.value()) <= std::fabs(rate_of(above) - stated.value()) ? below : above;
                d.message = "whole_prior";
                d.args["value"] = printed(r.terms[0]) + " " + qs[r.terms[0]].noun;
                d.args["verb"] = r.decrease ? "giảm" : "tăng";
                d.args["below"] = analysis::format_vn(below, 0);
                d.args["below_rate"] = pct(rate_of(below), stated.numeral.decimals);
                d.args["above"] = analysis::format_vn(above, 0);
                d.args["above_rate"] = pct(rate_of(above), stated.numeral.decimals);
                d.args["recomputed"] = pct(rate_of(nearest), stated.numeral.decimals);
                break;
            }
            case Family::ImpliedWhole: {
                // Each share's count over its share is the whole; the others agree on one whole
                // and this item's misses it (by at most a factor of 2: farther, another whole).
                auto whole = [&](std::size_t a, std::size_t x) { return rounded(a) / iv(x) * 100.0; };
                if (s.lo <= 0) continue;
                const Interval own = whole(r.terms[0], r.stated);
                Interval others{0, std::numeric_limits<double>::infinity()};
                bool usable = true;
                for (std::size_t j = 1; j + 1 < r.terms.size(); j += 2) {
                    if (iv(r.terms[j + 1]).lo <= 0) usable = false;
                    if (!usable) break;
                    const Interval w = whole(r.terms[j], r.terms[j + 1]);
                    others = {std::max(others.lo, w.lo), std::min(others.hi, w.hi)};
                }
                if (!usable || others.lo > others.hi || own.meets(others)) continue;
                const double mine = qs[r.terms[0]].value() / stated.value() * 100.0;
                const double theirs = qs[r.terms[1]].value() / qs[r.terms[2]].value() * 100.0;
                if (mine <= 0 || theirs <= 0 || mine > 2 * theirs || theirs > 2 * mine) continue;
                // Wholes within 2 % of each other: a share taken of a whole stated loosely, no slip.
                if (std::fabs(mine - theirs) <= 0.02 * std::max(mine, theirs)) continue;
                d.message = "implied_whole";
                d.args["part"] = printed(r.terms[0]);
                d.args["whole"] = analysis::format_vn(std::round(mine), 0);
                d.args["other"] = printed(r.terms[1]);
                d.args["other_share"] = printed(r.terms[2]);
                d.args["other_whole"] = analysis::format_vn(std::round(theirs), 0);
                d.args["recomputed"] = pct(qs[r.terms[0]].value() / theirs * 100.0, stated.numeral.decimals);
                break;
            }
            case Family::Growth: {
                const std::size_t c = r.terms[0], b = r.terms[1];
                auto change_to = [&](std::size_t current) {
                    const Interval ratio = iv(current) / iv(b) * 100.0;
                    return r.decrease ? Interval{100 - ratio.hi, 100 - ratio.lo} : Interval{ratio.lo - 100, ratio.hi - 100};
                };
                if (change_to(c).meets(s)) continue;
                // "T, trong đó: a …, b …, tăng X% so với cùng kỳ (P)": a change after a breakdown's
                // last part may be the whole's.
                const auto& sums = context.analysis.get<analysis::Claims>().sums();
                if (std::any_of(sums.begin(), sums.end(), [&](const analysis::SumClaim& w) {
                        return !w.parts.empty() && w.parts.back() == c && change_to(w.total).meets(s);
                    })) {
                    continue;
                }
                const double mid = (qs[c].value() / qs[b].value() - 1) * 100.0;
                d.message = r.compared ? "compared" : "prior";
                d.args["current"] = printed(c);
                d.args["prior"] = printed(b);
                d.args["direction"] = r.compared ? (mid < 0 ? "thấp hơn" : "cao hơn") : (mid < 0 ? "giảm" : "tăng");
                d.args["recomputed"] = pct(std::fabs(mid), stated.numeral.decimals);
                related(b, r.compared ? "Số liệu so sánh" : "Số liệu kỳ trước");
                break;
            }
            case Family::Ratio: {
                const std::size_t c = r.terms[0], b = r.terms[1];
                if ((iv(c) / iv(b) * 100.0).meets(s)) continue;
                d.message = "ratio";
                d.args["current"] = printed(c);
                d.args["prior"] = printed(b);
                d.args["recomputed"] = pct(qs[c].value() / qs[b].value() * 100.0, stated.numeral.decimals);
                related(b, "Số liệu kỳ trước");
                break;
            }
            case Family::Multiple: {
                const std::size_t c = r.terms[0], b = r.terms[1];
                if ((iv(c) / iv(b)).meets(s)) continue;
                d.message = "multiple";
                d.args["current"] = printed(c);
                d.args["prior"] = printed(b);
                d.args["recomputed"] = analysis::format_vn(qs[c].value() / qs[b].value(), std::max(1, stated.numeral.decimals));
                related(b, "Số liệu kỳ trước");
                break;
            }
            case Family::YearlyMean: {
                // The compound rate over n years (n + 1 too: the years of a period counted); a
                // rate that only the simple mean ((B/A − 1)/n) gives is a warning.
                const std::size_t b = r.terms[0], a = r.terms[1];
                const Interval later = iv(b);
                const Interval earlier = r.by_multiple ? later / iv(a) : r.by_difference ? later - iv(a) : iv(a);
                if (earlier.lo <= 0 || later.lo <= 0) continue;
                const Interval ratio = later / earlier;
                const int n = r.last_year - r.first_year;
                auto compound = [&](int years, Interval q) {
                    const double lo = (std::pow(q.lo, 1.0 / years) - 1) * 100.0, hi = (std::pow(q.hi, 1.0 / years) - 1) * 100.0;
                    return r.decrease ? Interval{-hi, -lo} : Interval{lo, hi};
                };
                if (compound(n, ratio).meets(s) || compound(n + 1, ratio).meets(s)) continue;
                // "tăng N lần" may read as N + 1 times.
                if (r.by_multiple && (compound(n, ratio + Interval{1, 1}).meets(s) || compound(n + 1, ratio + Interval{1, 1}).meets(s))) continue;
                const Interval simple = r.decrease ? Interval{(1 - ratio.hi) * 100.0 / n, (1 - ratio.lo) * 100.0 / n}
                                                   : Interval{(ratio.lo - 1) * 100.0 / n, (ratio.hi - 1) * 100.0 / n};
                if (simple.meets(s)) d.severity = Severity::Warning;
                const double from = r.by_multiple ? qs[b].value() / qs[a].value() : r.by_difference ? qs[b].value() - qs[a].value() : qs[a].value();
                const double mid = (std::pow(qs[b].value() / from, 1.0 / n) - 1) * 100.0;
                d.message = "yearly_mean";
                d.args["prior"] = r.by_difference || r.by_multiple ? analysis::format_like(qs[b], from, std::max(1, qs[b].numeral.decimals)) : printed(a);
                d.args["current"] = printed(b);
                d.args["first_year"] = std::to_string(r.first_year);
                d.args["last_year"] = std::to_string(r.last_year);
                d.args["years"] = std::to_string(n);
                d.args["recomputed"] = pct(std::fabs(mid), stated.numeral.decimals);
                break;
            }
            case Family::ChangeMultiple: {
                const std::size_t x = r.terms[0];
                const Interval rate = iv(x);
                if ((Interval{1 + rate.lo / 100.0, 1 + rate.hi / 100.0}).meets(s)) continue;
                d.message = "change_multiple";
                d.args["rate"] = printed(x);
                d.args["recomputed"] = analysis::format_vn(1 + qs[x].value() / 100.0, std::max(1, stated.numeral.decimals));
                break;
            }
            case Family::Difference: {
                const std::size_t c = r.terms[0], b = r.terms[1];
                const Interval diff = r.decrease ? iv(b) - iv(c) : iv(c) - iv(b);
                if (diff.meets(s)) continue;
                const double mid = qs[c].value() - qs[b].value();
                d.message = r.rank ? "rank" : "change";
                d.args["current"] = printed(c);
                d.args["prior"] = printed(b);
                // A rank rises as its number falls.
                d.args["direction"] = (mid < 0) != r.rank ? "giảm" : "tăng";
                d.args["difference"] = analysis::format_like(stated, std::fabs(mid), stated.numeral.decimals);
                d.args["delta"] = printed(r.stated);
                related(b, "Số liệu kỳ trước");
                break;
            }
            case Family::Contribution: {
                Interval sum{0, 0};
                double mid = 0;
                std::string parts;
                for (std::size_t i = 0; i < r.terms.size(); ++i) {
                    const auto& q = qs[r.terms[i]];
                    const Interval t = Interval::printed(std::fabs(q.numeral.value), q.numeral.decimals);
                    const bool neg = r.negative[i];
                    sum = neg ? sum - t : sum + t;
                    mid += (neg ? -1 : 1) * std::fabs(q.numeral.value);
                    if (!parts.empty()) parts += neg ? " - " : " + ";
                    parts += analysis::format_vn(std::fabs(q.numeral.value), q.numeral.decimals);
                }
                if (sum.meets(s)) continue;
                d.message = "contribution";
                // Taxes on products less subsidies, when the text leaves them out, make the sum
                // short of the headline: only a sum above it, or short with every sector named, is
                // an error. A shortfall under a quarter of a point (what real releases that omit the
                // tax line leave) passes; a larger one is a warning that names the gap.
                constexpr double kRoundingRemainder = 0.25;
                if (sum.hi < s.lo && !r.complete) {
                    if (s.lo - sum.hi < kRoundingRemainder) continue;
                    d.severity = Severity::Warning;
                    d.message = "contribution_short";
                    d.args["gap"] = analysis::format_vn(qs[r.stated].value() - mid, 2);
                }
                d.args["parts"] = parts;
                d.args["sum"] = analysis::format_vn(mid, 2);
                d.args["total"] = printed(r.stated);
                break;
            }
            case Family::Points:
            case Family::RateChange: {
                const std::size_t r2 = r.terms[0], r1 = r.terms[1];
                // A target is set, not measured: "(32%)" is 32 exactly (reconcile.md §2, exact by definition).
                const Interval v1 = r.target ? Interval::point(qs[r1].value()) : iv(r1);
                const Interval points = r.decrease ? v1 - iv(r2) : iv(r2) - v1;
                const double pmid = std::fabs(qs[r2].value() - qs[r1].value());
                d.args["from"] = printed(r1);
                d.args["to"] = printed(r2);
                d.args["points"] = analysis::format_vn(pmid, std::max(1, stated.numeral.decimals));
                related(r1, r.target ? "Chỉ tiêu" : "Tỷ lệ kỳ trước");
                if (r.family == Family::Points) {
                    if (points.meets(s)) continue;
                    d.message = r.target ? "target_points" : "points";
                } else {
                    const Interval ratio = iv(r2) / v1 * 100.0;
                    const Interval relative = r.decrease ? Interval{100 - ratio.hi, 100 - ratio.lo} : Interval{ratio.lo - 100, ratio.hi - 100};
                    if (relative.meets(s)) continue;
                    d.args["relative"] = pct(std::fabs(qs[r2].value() / qs[r1].value() - 1) * 100.0, stated.numeral.decimals);
                    if (points.meets(s) && r.points_fit) continue;
                    if (points.meets(s)) {
                        d.message = "points_as_percent";
                        d.severity = Severity::Warning;
                    } else if (r.points_warning_only) {
                        continue;
                    } else {
                        d.message = r.target ? "target_rate" : "rate_change";
                    }
                }
                break;
            }
            case Family::ChangeByDifference: {
                // "C, tăng X% (+D)": the prior is C − D (C + D after "giảm"), the change D over it.
                const std::size_t c = r.terms[0], dd = r.terms[1];
                const Interval dv = iv(dd);
                const Interval delta{std::fabs(dv.lo) < std::fabs(dv.hi) ? std::fabs(dv.lo) : std::fabs(dv.hi),
                                     std::max(std::fabs(dv.lo), std::fabs(dv.hi))};
                const Interval base = r.decrease ? iv(c) + delta : iv(c) - delta;
                if (base.lo <= 0) continue;
                if ((delta / base * 100.0).meets(s)) continue;
                const double b = r.decrease ? qs[c].value() + std::fabs(qs[dd].value()) : qs[c].value() - std::fabs(qs[dd].value());
                d.message = "change";
                d.args["value"] = printed(c);
                d.args["delta"] = printed(dd);
                d.args["base"] = analysis::format_like(qs[c], b, qs[c].numeral.decimals);
                d.args["recomputed"] = pct(std::fabs(qs[dd].value()) / b * 100.0, stated.numeral.decimals);
                break;
            }
            case Family::Average: {
                const std::size_t t = r.terms[0], n = r.terms[1];
                // An average is a quotient rounded for print, never an exact count: "6.785" stands
                // for 6.784,5 too, and "97.800" for 97.816 rounded to its hundreds.
                int decimals = stated.numeral.decimals;
                if (decimals == 0) {
                    for (double v = stated.numeral.value; v >= 10 && std::fmod(v, 10) == 0 && decimals > -3; v /= 10) --decimals;
                }
                const Interval printed_average = Interval::printed(stated.numeral.value, decimals, stated.scale);
                const Interval quotient = iv(t) / iv(n) * r.factor;
                if (quotient.meets(printed_average) || quotient.meets(s)) continue;
                d.message = "average";
                d.args["total"] = printed(t);
                d.args["count"] = printed(n);
                d.args["recomputed"] = analysis::format_like(stated, qs[t].value() / qs[n].value() * r.factor, std::max(1, stated.numeral.decimals));
                break;
            }
            case Family::Remainder: {
                Interval rest;
                double mid = 0;
                if (r.terms.size() == 1) {
                    const Interval x = iv(r.terms[0]);
                    rest = {100 - x.hi, 100 - x.lo};
                    mid = 100 - qs[r.terms[0]].value();
                    d.args["whole"] = "100%";
                    d.args["part"] = printed(r.terms[0]);
                } else {
                    const std::size_t a = r.terms[0], t = r.terms[1];
                    const Interval ta = iv(t), aa = iv(a);
                    if (ta.lo <= 0) continue;
                    rest = Interval{std::max(0.0, ta.lo - aa.hi) / ta.hi, std::max(0.0, ta.hi - aa.lo) / ta.lo} * 100.0;
                    mid = (qs[t].value() - qs[a].value()) / qs[t].value() * 100.0;
                    d.args["whole"] = printed(t);
                    d.args["part"] = printed(a);
                    related(t, "Tổng");
                }
                if (rest.meets(s)) continue;
                d.message = "remainder";
                d.args["recomputed"] = pct(mid, stated.numeral.decimals);
                break;
            }
            case Family::Subset: {
                const std::size_t a = r.terms[0], t = r.terms[1];
                if (iv(a).lo <= iv(t).hi) continue;
                d.message = "subset";
                d.args["part"] = printed(a);
                d.args["total"] = printed(t);
                break;
            }
            case Family::Balance: {
                // What came in less what went out.
                const std::size_t a = r.terms[0], b = r.terms[1];
                if ((iv(a) - iv(b)).meets(s)) continue;
                d.message = "balance";
                d.args["in"] = printed(a);
                d.args["out"] = printed(b);
                d.args["rest"] = analysis::format_like(stated, qs[a].value() - qs[b].value(), stated.numeral.decimals);
                related(a, "Số liệu nhận vào");
                break;
            }
            case Family::Classification: {
                // Disjoint classes of one whole: together no more than it.
                const std::size_t m = r.terms.back();
                Interval sum = iv(r.terms[0]);
                std::string parts = printed(r.terms[0]);
                for (std::size_t i = 1; i + 1 < r.terms.size(); ++i) {
                    sum = sum + iv(r.terms[i]);
                    parts += " + " + printed(r.terms[i]);
                }
                if (r.complete && sum.meets(iv(m))) continue;
                if (!r.complete && sum.lo <= iv(m).hi) continue;
                // Two classes that split the whole (a condition and its negation) fall short of it too.
                d.message = sum.lo > iv(m).hi ? "partial" : "default";
                d.args["parts"] = parts;
                d.args["sum"] = analysis::format_vn(sum.lo, 0);
                d.args["total"] = printed(m);
                break;
            }
            case Family::TotalGrowth: {
                auto signed_iv = [&](std::size_t k, bool falls) {
                    const Interval i = iv(k);
                    return falls ? Interval{-i.hi, -i.lo} : i;
                };
                Interval bounds = signed_iv(r.terms[0], r.negative[0]);
                std::string parts;
                for (std::size_t i = 0; i < r.terms.size(); ++i) {
                    bounds = analysis::hull(bounds, signed_iv(r.terms[i], r.negative[i]));
                    parts += (parts.empty() ? "" : ", ") + std::string(r.negative[i] ? "-" : "") + printed(r.terms[i]);
                }
                const Interval total = signed_iv(r.stated, r.decrease);
                if (total.meets(bounds)) continue;
                // Rates only: the parts' weights are unknown, and a "trong đó" list may leave parts out.
                d.message = r.group_rates ? "group_rates" : "growth";
                d.args["parts"] = parts;
                d.args["recomputed"] = pct(total.lo > bounds.hi ? bounds.hi : bounds.lo, stated.numeral.decimals);
                d.severity = Severity::Warning;
                break;
            }
            case Family::YearSpan: {
                const int years = r.last_year - r.first_year + 1;
                if (static_cast<int>(stated.numeral.value) == years) continue;
                if (r.years_between_too && static_cast<int>(stated.numeral.value) == years - 1) continue;
                d.message = r.years_between_too ? "years_either" : "years";
                d.args["between"] = std::to_string(years - 1);
                d.args["first"] = std::to_string(r.first_year);
                d.args["last"] = std::to_string(r.last_year);
                d.args["years"] = std::to_string(years);
                d.severity = Severity::Warning;
                break;
            }
            case Family::RateBound: {
                if (s.lo <= 100) continue;  // "khoảng 101%" may be 99 %
                d.message = "above_whole";
                if (!r.firm) d.severity = Severity::Warning;
                break;
            }
        }
        sink.emit(std::move(d));
    }
}

}  // namespace soat::checks
