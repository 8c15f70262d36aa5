// sum-mismatch: a total and its breakdown that do not add up (reconcile.md §3, total = Σ parts;
// part ≤ total for partial lists and overlapping subsets), and a stated change that is not the
// difference of the current and prior values beside it ("giảm 27 vụ (178/205)").
#include "analysis/claims.hpp"
#include "analysis/ratios.hpp"
#include "checks/kinds.hpp"
#include "checks/relation_findings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace soat::checks {

namespace {

// Is `value` stated as a figure earlier in the paragraph of `at`?
bool stated_before(const std::vector<analysis::Quantity>& qs, const analysis::Quantity& at, double value) {
    for (const auto& q : qs) {
        if (q.paragraph == at.paragraph && q.byte_end <= at.byte_begin && q.value() == value) return true;
    }
    return false;
}

// A bare parenthesis whose parts reach less than this share of the total lists some of it.
constexpr double kBareShare = 0.8;

// Subsets ("trong đó" without a colon) adding up to at most this much of their whole, past it.
constexpr double kSlightlyOver = 1.03;

using analysis::Interval;
using analysis::SumClaim;

// Subsets, three groups or more, all exact, passing the whole by a hair split it by one trait (a
// slip in a figure): groups by several traits overlap by chance, rarely that close. (A bound,
// "gần", "trên", leaves the figures too loose to tell.)
bool split_by_one_trait(const std::vector<analysis::Quantity>& qs, const SumClaim& c, const Interval& sum, const Interval& whole) {
    auto exact = [&](std::size_t k) { return qs[k].hedge == analysis::Hedge::None || qs[k].hedge == analysis::Hedge::Estimate; };
    return c.parts.size() >= 3 && c.maybe_parts.empty() && sum.lo > whole.hi && sum.lo <= kSlightlyOver * whole.hi && exact(c.total) &&
           std::all_of(c.parts.begin(), c.parts.end(), exact);
}

int max_decimals(const std::vector<analysis::Quantity>& qs, const std::vector<std::size_t>& parts) {
    int d = 0;
    for (std::size_t p : parts) d = std::max(d, qs[p].numeral.decimals);
    return d;
}

// A run of items that breaks down an earlier item rather than the total ("Tổng số 2.527 việc,
// trong đó: + chưa có điều kiện 1.735; + có điều kiện 792; + đã xong 536; + đang thi hành 256"):
// it follows its parent item directly or closes the list, is worth no more than that item, and
// without it the other items (two at least) make the total.
bool nested_breakdown(const std::vector<Interval>& items, const Interval& total) {
    const std::size_t n = items.size();
    for (std::size_t s = 1; s < n; ++s) {
        for (std::size_t e = s; e < n && n - (e - s + 1) >= 2; ++e) {
            Interval run{0, 0}, rest{0, 0};
            for (std::size_t i = 0; i < n; ++i) {
                Interval& into = i >= s && i <= e ? run : rest;
                into = into + items[i];
            }
            if (!rest.meets(total)) continue;
            if (run.lo <= items[s - 1].hi) return true;
            for (std::size_t k = 0; e + 1 == n && k + 1 < s; ++k) {
                if (run.lo <= items[k].hi) return true;
            }
        }
    }
    return false;
}

// "T lao động, trong đó có S lao động nữ, gồm: a …; b …; c …" where a + b + c = T: the list
// breaks down the first total of its sentence, not the subset named last.
bool earlier_total_meets(const analysis::Quantities& quantities, const SumClaim& c, const Interval& sum, double tol) {
    const auto& qs = quantities.all();
    const auto& total = qs[c.total];
    const auto sentence = quantities.sentence_at(total.paragraph, total.byte_begin);
    for (std::size_t k = quantities.in(total.paragraph).first; k < c.total; ++k) {
        const auto& q = qs[k];
        if (q.byte_begin < sentence.begin || q.role != analysis::Role::Quantity || q.unit != total.unit || q.noun != total.noun) continue;
        if (analysis::interval_of(q, tol).meets(sum)) return true;
    }
    return false;
}

// A part of a whole written "trên X", "hơn X" or "gần X" is a little above or below X, not any
// amount: in a sum that must make the whole it moves X by at most this share.
constexpr double kHedgedPart = 0.05;

Interval bounded_part(const model::Document& document, const analysis::Quantity& q, double tol) {
    Interval iv = analysis::interval_of(q, tol);
    if (q.hedge != analysis::Hedge::Above && q.hedge != analysis::Hedge::Below) return iv;
    if (q.paragraph >= document.paragraphs.size()) return iv;
    const std::string_view t = document.paragraphs[q.paragraph].text;
    std::size_t e = std::min<std::size_t>(q.byte_begin, t.size());
    while (e > 0 && t[e - 1] == ' ') --e;
    const std::string_view before = t.substr(0, e);
    auto ends = [&](std::string_view w) {
        return before.size() >= w.size() && before.compare(before.size() - w.size(), w.size(), w) == 0 &&
               (before.size() == w.size() || before[before.size() - w.size() - 1] == ' ');
    };
    // One unit of the figure's last significant digit ("trên 1 tỷ" may be 1,9 tỷ, "trên 15.000 tấn"
    // 15.900 tấn), or the share, whichever is more.
    const double unit = analysis::last_digit_step(q);
    if (unit <= 0) return iv;
    const double x = q.value(), step = std::max(kHedgedPart * x, unit);
    if (q.hedge == analysis::Hedge::Above && (ends("trên") || ends("hơn"))) iv.hi = x + step;
    if (q.hedge == analysis::Hedge::Below && ends("gần")) iv.lo = x - step;
    return iv;
}

class SumMismatch : public engine::Check {
public:
    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& quantities = context.analysis.get<analysis::Quantities>();
        const auto& claims = context.analysis.get<analysis::Claims>();
        const auto& qs = quantities.all();
        const double tol = context.config.approx_tolerance;
        // "Quảng Ngãi 3.6803" among "7.029", "3.549": a point and other than three digits in
        // Vietnamese notation is a mistyped group or an English decimal; its value is unknown.
        auto unsure_notation = [&](std::size_t k) {
            return qs[k].numeral.style == analysis::Numeral::Style::EnglishDecimal && !quantities.english_style() &&
                   quantities.vietnamese_at(qs[k].paragraph, qs[k].byte_begin);
        };
        for (const SumClaim& c : claims.sums()) {
            if (c.missing_scale) continue;  // unit-format reports the missing scale word
            if (unsure_notation(c.total) || std::any_of(c.parts.begin(), c.parts.end(), unsure_notation)) continue;
            const auto& total = qs[c.total];
            const Interval t = analysis::interval_of(total, tol);
            Interval sum{static_cast<double>(c.named_members), static_cast<double>(c.named_members)};
            std::string terms;
            for (int i = 0; i < c.named_members; ++i) terms += terms.empty() ? "1" : " + 1";
            for (std::size_t p : c.parts) {
                sum = sum + analysis::interval_of(qs[p], tol);
                if (!terms.empty()) terms += " + ";
                terms += analysis::format_vn(qs[p].numeral.value, qs[p].numeral.decimals) +
                         (qs[p].scale != total.scale ? " " + qs[p].scale_word : "");
            }
            const double mid = [&] {
                double m = c.named_members;
                for (std::size_t p : c.parts) m += qs[p].value();
                return m;
            }();
            const int decimals = max_decimals(qs, c.parts);
            engine::Draft d;
            d.args["parts"] = terms;
            d.args["sum"] = analysis::format_like(total, mid, decimals);
            d.args["total"] = analysis::printed_bounded(context.document, total);
            if (c.kind != SumClaim::Kind::Subsets && sum.lo > t.hi && c.parts.size() >= 3) {
                std::vector<Interval> items;
                for (std::size_t p : c.parts) items.push_back(analysis::interval_of(qs[p], tol));
                if (nested_breakdown(items, t)) continue;
            }
            Interval near{static_cast<double>(c.named_members), static_cast<double>(c.named_members)};
            for (std::size_t p : c.parts) near = near + bounded_part(context.document, qs[p], tol);
            if (c.kind == SumClaim::Kind::Exhaustive) {
                if (near.meets(t) || (c.bare && sum.hi < kBareShare * t.lo)) continue;
                if (earlier_total_meets(quantities, c, sum, tol)) continue;
                Interval with_maybe = sum;
                for (std::size_t m : c.maybe_parts) with_maybe = with_maybe + analysis::interval_of(qs[m], tol);
                if (!c.maybe_parts.empty() && with_maybe.meets(t)) continue;
                if (c.near_only && (sum.hi * 1.5 < t.lo || sum.lo > 1.5 * t.hi)) continue;
            } else {
                // A part alone above the whole is named in the finding (several there, their sum is).
                std::optional<std::size_t> over;
                int above = 0;
                for (std::size_t k : c.parts) {
                    if (analysis::interval_of(qs[k], tol).lo > t.hi) over = k, ++above;
                }
                if (c.kind == SumClaim::Kind::Partial && above > 1) over.reset();
                if (c.kind == SumClaim::Kind::Partial) {
                    if (near.lo <= t.hi) continue;
                    if (c.kinds && sum.lo > 1.5 * t.hi) continue;
                } else if (!over && !split_by_one_trait(qs, c, sum, t)) {
                    continue;  // subsets may overlap
                }
                d.message = over ? "subset" : "partial";
                if (over) d.args["part"] = analysis::printed(context.document, qs[*over]);
            }
            const bool elsewhere = qs[c.parts.front()].paragraph != total.paragraph;
            if (elsewhere) {
                // The breakdown sits in a footnote: point at it, and at the total it explains.
                const auto& first = qs[c.parts.front()];
                const auto& last = qs[c.parts.back()];
                d.range = model::Range{first.paragraph, first.begin, last.paragraph == first.paragraph ? last.end : first.end};
                d.related.push_back({fmt::format("Tổng {} nêu ở đây", d.args["total"]), analysis::range_of(total)});
            } else {
                d.range = analysis::range_of(total);
            }
            sink.emit(std::move(d));
        }
        for (const auto& r : context.analysis.get<analysis::Ratios>().priors()) {
            if (!r.delta) continue;
            const auto& n = qs[*r.delta];
            const Interval diff = r.decrease ? r.prior - r.current : r.current - r.prior;
            if (diff.meets(analysis::interval_of(n, tol))) continue;
            const double actual = r.current.mid() - r.prior.mid();
            const bool pair = r.current_at == r.prior_at;
            // "… bắt giữ 322 vụ … giảm 16 vụ (338/322)": the pair written prior first (its second
            // figure is the current one stated before); the figures agree.
            const Interval reversed = r.decrease ? r.current - r.prior : r.prior - r.current;
            if (pair && reversed.meets(analysis::interval_of(n, tol)) && stated_before(qs, n, r.prior.mid())) continue;
            engine::Draft d;
            d.message = "change";
            d.range = analysis::range_of(n);
            d.args["delta"] = analysis::printed(context.document, n);
            d.args["current"] = pair ? analysis::format_vn_auto(r.current.mid()) : analysis::printed(context.document, qs[r.current_at]);
            d.args["prior"] = pair ? analysis::format_vn_auto(r.prior.mid()) : analysis::printed(context.document, qs[r.prior_at]);
            d.args["direction"] = actual < 0 ? "giảm" : "tăng";
            d.args["difference"] = analysis::format_like(n, std::fabs(actual), n.numeral.decimals);
            sink.emit(std::move(d));
        }
        report_relations(context, sink, RelationRule::Sum);
    }
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_sum_mismatch(const engine::RuleSpec&) {
    return std::unique_ptr<engine::Check>(std::make_unique<SumMismatch>());
}

}  // namespace soat::checks
