// inconsistent-figure across the document: one rate ("Tỷ lệ …") given two values for the same
// year, period and kind.
#include "analysis/indicators.hpp"
#include "analysis/quantities.hpp"
#include "checks/figure_comparisons.hpp"

#include <fmt/format.h>

#include <map>
#include <tuple>

namespace soat::checks {

// The first statement of each rate, year, period and kind is the reference for later ones.
void compare_rates(const engine::Context& context, engine::Sink& sink) {
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

}  // namespace soat::checks
