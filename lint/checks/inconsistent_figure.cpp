// inconsistent-figure: one indicator given two values: within a clause, the same verb phrase
// stated twice with different figures ("tiếp nhận và giải quyết 76.228 lượt hồ sơ và giải quyết
// 74.503 hồ sơ"); across the document, one rate ("Tỷ lệ …") or one structure (cơ cấu) given for
// the same year with another value, a year's structure that the next year's shares and changes
// contradict, and a total named as one of its own parts (figure_comparisons.hpp).
#include "analysis/claims.hpp"
#include "checks/figure_comparisons.hpp"
#include "checks/kinds.hpp"
#include "analysis/phrases.hpp"
#include "analysis/words.hpp"

#include <soat/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace soat::checks {

namespace {

// A bare number before a name ("khu vực 2 Thuận An"), "và" or nothing labels an item ("Nghị định
// 178 và Nghị định 67", "phiên tháng 9 và phiên tháng 11"): no amount, no count (a count is
// written before its noun).
bool names_item(std::string_view t, const analysis::Quantity& q) {
    if (!q.unit.empty()) return false;
    std::size_t i = q.byte_end;
    while (i < t.size() && t[i] == ' ') ++i;
    if (i >= t.size()) return true;
    std::size_t k = i;
    return q.noun.empty() || q.noun == "và" || analysis::words::is_upper(utf8::next(t, k));
}

// The words naming the figure at `at`, back to "và", eight at most: "vận chuyển hành khách" and
// "luân chuyển hành khách" differ in their fifth word from the figure.
std::vector<std::string> phrase_before(std::string_view t, std::size_t at) {
    const auto words = analysis::phrases::words_of(analysis::words_before(t, at, 8));
    std::vector<std::string> out;
    for (auto w = words.rbegin(); w != words.rend() && *w != "và"; ++w) out.insert(out.begin(), *w);
    return out;
}

// One figure's naming ends the other's: "đã giải quyết 120 … và giải quyết 118" names one
// indicator twice, "xuất khẩu đạt … và nhập khẩu đạt" two.
bool same_phrase(std::string_view t, std::size_t a, std::size_t b) {
    const auto x = phrase_before(t, a), y = phrase_before(t, b);
    const auto& shorter = x.size() <= y.size() ? x : y;
    const auto& longer = x.size() <= y.size() ? y : x;
    return std::equal(shorter.rbegin(), shorter.rend(), longer.rbegin());
}

class InconsistentFigure : public engine::Check {
public:
    explicit InconsistentFigure(std::set<std::string> generic) : generic_(std::move(generic)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& qs = context.analysis.get<analysis::Quantities>().all();
        const auto& doc = context.document;
        const double tol = context.config.approx_tolerance;
        for (std::size_t k = 0; k + 1 < qs.size(); ++k) {
            const auto& a = qs[k];
            if (a.role != analysis::Role::Quantity || a.percent() || names_item(doc.paragraphs[a.paragraph].text, a)) continue;
            const std::string& t = doc.paragraphs[a.paragraph].text;
            const std::string verb = analysis::words_before(t, a.byte_begin, 2);
            if (verb.find(' ') == std::string::npos || generic_.count(verb)) continue;
            for (std::size_t j = k + 1; j < qs.size() && qs[j].paragraph == a.paragraph && j == k + 1; ++j) {
                const auto& b = qs[j];
                if (b.role != analysis::Role::Quantity || b.unit != a.unit) continue;
                const std::string between = analysis::lower(t.substr(a.unit_end, b.byte_begin - a.unit_end));
                if (between.find(" và ") == std::string::npos || between.find_first_of(",;.()") != std::string::npos) continue;
                if (std::count(between.begin(), between.end(), ' ') > 7) continue;
                if (analysis::words_before(t, b.byte_begin, 2) != verb || !same_phrase(t, a.byte_begin, b.byte_begin)) continue;
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
        compare_structures(context, sink);
        compare_rates(context, sink);
        compare_total_labels(context, sink);
        compare_restated(context, sink);
    }

private:
    std::set<std::string> generic_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_inconsistent_figure(const engine::RuleSpec& spec) {
    std::set<std::string> generic;
    if (const engine::Params n = spec.params["generic_phrases"]) {
        if (!n.IsSequence()) return Error{"E203", fmt::format("{}: params.generic_phrases must be a list", spec.source)};
        for (const auto& w : n) generic.insert(analysis::lower(w.as<std::string>()));
    }
    return std::unique_ptr<engine::Check>(std::make_unique<InconsistentFigure>(std::move(generic)));
}

}  // namespace soat::checks
