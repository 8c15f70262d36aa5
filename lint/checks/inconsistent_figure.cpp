// inconsistent-figure: one indicator given two values: within a clause, the same verb phrase
// stated twice with different figures ("tiếp nhận và giải quyết 76.228 lượt hồ sơ và giải quyết
// 74.503 hồ sơ"); across the document, one rate ("Tỷ lệ …") or one structure (cơ cấu) given for
// the same year with another value, or a year's structure that the next year's shares and
// changes contradict.
#include "analysis/claims.hpp"
#include "analysis/indicators.hpp"
#include "analysis/structures.hpp"
#include "checks/kinds.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>
#include <set>

namespace soat::checks {

namespace {

class InconsistentFigure : public engine::Check {
public:
    explicit InconsistentFigure(std::set<std::string> generic) : generic_(std::move(generic)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& qs = context.analysis.get<analysis::Quantities>().all();
        const auto& doc = context.document;
        const double tol = context.config.approx_tolerance;
        for (std::size_t k = 0; k + 1 < qs.size(); ++k) {
            const auto& a = qs[k];
            if (a.role != analysis::Role::Quantity || a.percent()) continue;
            const std::string& t = doc.paragraphs[a.paragraph].text;
            const std::string verb = analysis::words_before(t, a.byte_begin, 2);
            if (verb.find(' ') == std::string::npos || generic_.count(verb)) continue;
            for (std::size_t j = k + 1; j < qs.size() && qs[j].paragraph == a.paragraph && j == k + 1; ++j) {
                const auto& b = qs[j];
                if (b.role != analysis::Role::Quantity || b.unit != a.unit) continue;
                const std::string between = analysis::lower(t.substr(a.unit_end, b.byte_begin - a.unit_end));
                if (between.find(" và ") == std::string::npos || between.find_first_of(",;.()") != std::string::npos) continue;
                if (std::count(between.begin(), between.end(), ' ') > 7) continue;
                if (analysis::words_before(t, b.byte_begin, 2) != verb) continue;
                if (analysis::interval_of(a, tol).meets(analysis::interval_of(b, tol))) continue;
                engine::Draft d;
                d.range = analysis::range_of(b);
                d.args["indicator"] = verb;
                d.args["first"] = analysis::printed(doc, a);
                d.args["second"] = analysis::printed(doc, b);
                d.related.push_back({fmt::format("“{}” đã nêu {}", verb, d.args["first"]), analysis::range_of(a)});
                sink.emit(std::move(d));
            }
        }
        structures(context, sink);
        rates(context, sink);
    }

private:
    using Structure = analysis::Structure;

    // Share index in `s` of each key of `other`, or empty when the parts differ.
    static std::vector<std::size_t> matching(const Structure& s, const Structure& other) {
        if (s.keys.size() != other.keys.size()) return {};
        std::vector<std::size_t> at;
        for (const auto& key : other.keys) {
            const auto it = std::find(s.keys.begin(), s.keys.end(), key);
            if (it == s.keys.end()) return {};
            at.push_back(static_cast<std::size_t>(it - s.keys.begin()));
        }
        return at;
    }

    static void structures(const engine::Context& context, engine::Sink& sink) {
        const auto& qs = context.analysis.get<analysis::Quantities>().all();
        const auto& groups = context.analysis.get<analysis::Claims>().shares();
        const auto& all = context.analysis.get<analysis::Structures>().all();
        const double tol = context.config.approx_tolerance;
        auto span = [&](const Structure& s) {
            const auto& g = groups[s.group];
            const auto& first = qs[g.shares.front()];
            return model::Range{first.paragraph, first.begin, qs[g.shares.back()].end};
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

    // The first statement of each rate, year, period and kind is the reference for later ones.
    static void rates(const engine::Context& context, engine::Sink& sink) {
        const auto& qs = context.analysis.get<analysis::Quantities>().all();
        const double tol = context.config.approx_tolerance;
        std::map<std::tuple<std::string, int, std::string, bool>, const analysis::RateStatement*> first;
        for (const auto& r : context.analysis.get<analysis::Indicators>().rates()) {
            if (!r.year) continue;
            const auto [it, inserted] = first.emplace(std::make_tuple(r.phrase, r.year, r.qualifier, r.target), &r);
            if (inserted) continue;
            const auto& a = qs[it->second->quantity];
            const auto& b = qs[r.quantity];
            if (analysis::interval_of(a, tol).meets(analysis::interval_of(b, tol))) continue;
            engine::Draft d;
            d.message = "rate";
            d.range = analysis::range_of(b);
            d.args["indicator"] = "tỷ lệ " + r.phrase;
            d.args["year"] = std::to_string(r.year);
            d.args["first"] = analysis::printed(context.document, a);
            d.args["second"] = analysis::printed(context.document, b);
            d.related.push_back({fmt::format("Tỷ lệ {} năm {} đã nêu {}", r.phrase, r.year, d.args["first"]), analysis::range_of(a)});
            sink.emit(std::move(d));
        }
    }

    std::set<std::string> generic_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_inconsistent_figure(const engine::RuleSpec& spec) {
    std::set<std::string> generic;
    if (const YAML::Node n = spec.params["generic_phrases"]) {
        if (!n.IsSequence()) return Error{"E203", fmt::format("{}: params.generic_phrases must be a list", spec.source)};
        for (const auto& w : n) generic.insert(analysis::lower(w.as<std::string>()));
    }
    return std::unique_ptr<engine::Check>(std::make_unique<InconsistentFigure>(std::move(generic)));
}

}  // namespace soat::checks
