// inconsistent-figure: a figure that points back to one stated before ("Trong 321 vụ nói trên",
// "Số 1.351 doanh nghiệp mới này") restates it, so it must be one of the earlier figures of its
// kind nearby, or their sum or difference.
#include "analysis/phrases.hpp"
#include "analysis/quantities.hpp"
#include "checks/figure_comparisons.hpp"

#include <fmt/format.h>

#include <set>
#include <string>
#include <vector>

namespace soat::checks {

namespace {

using analysis::Interval;
using analysis::Quantity;

// How many paragraphs back the restated figure is looked for (its own and the two before).
constexpr std::size_t kParagraphsBack = 2;

// The words after figure q up to its clause's end point back to a figure said before: "nói trên",
// "kể trên" within three words of its noun that name no period or place ("trong tháng này" is
// this month), or "này", "đó" right after its noun.
bool points_back(std::string_view t, const Quantity& q) {
    const std::size_t from = std::max(q.unit_end, q.noun_end);
    std::size_t end = t.find_first_of(",;.:()", from);
    if (end == std::string_view::npos) end = t.size();
    const auto words = analysis::phrases::words_of(analysis::lower(t.substr(from, end - from)));
    static const std::set<std::string> kNotOfTheFigure = {"tháng", "năm", "quý", "kỳ", "đợt", "ngày", "tuần", "lần", "địa", "bàn",
                                                          "xã", "huyện", "tỉnh", "giai", "đoạn", "trường", "hợp", "lĩnh", "vực", "cấp",
                                                          "trong", "tại", "của", "với", "là", "có", "được", "đã"};
    for (std::size_t i = 0; i < words.size() && i <= 3; ++i) {
        const std::string& w = words[i];
        // Right after the figure's noun ("321 vụ này"), not after another noun ("14 mã nhóm này").
        if (w == "này" || w == "đó") return i == 0 && !q.noun.empty();
        if ((w == "nói" || w == "kể") && i + 1 < words.size() && words[i + 1] == "trên") return true;
        if (kNotOfTheFigure.count(w)) return false;
    }
    return false;
}

// The first word of a count's noun ("vụ" of "vụ tai nạn giao thông"), or its unit.
std::string kind_of(const Quantity& q) {
    if (!q.is_count()) return q.unit;
    const auto words = analysis::phrases::words_of(q.noun);
    return words.empty() ? std::string() : words.front();
}

}  // namespace

void compare_restated(const engine::Context& context, engine::Sink& sink) {
    const auto& quantities = context.analysis.get<analysis::Quantities>();
    const auto& qs = quantities.all();
    const auto& doc = context.document;
    const double tol = context.config.approx_tolerance;
    for (std::size_t k = 0; k < qs.size(); ++k) {
        const Quantity& q = qs[k];
        if (q.role != analysis::Role::Quantity || q.percent() || q.hedge != analysis::Hedge::None || !quantities.vietnamese(q.paragraph)) continue;
        const std::string_view t = doc.paragraphs[q.paragraph].text;
        const std::string kind = kind_of(q);
        if (kind.empty() || !points_back(t, q)) continue;
        std::vector<std::size_t> earlier;
        for (std::size_t j = k; j-- > 0;) {
            const Quantity& e = qs[j];
            if (e.paragraph + kParagraphsBack < q.paragraph) break;
            if (e.role != analysis::Role::Quantity || e.percent() || e.is_count() != q.is_count() || kind_of(e) != kind) continue;
            if (analysis::phrases::after_change_word(doc.paragraphs[e.paragraph].text, e)) continue;
            earlier.push_back(j);
        }
        if (earlier.empty()) continue;
        const Interval v = analysis::interval_of(q, tol);
        bool fits = false;
        for (std::size_t a = 0; a < earlier.size() && !fits; ++a) {
            const Interval x = analysis::interval_of(qs[earlier[a]], tol);
            fits = x.meets(v);
            for (std::size_t b = a + 1; b < earlier.size() && !fits; ++b) {
                const Interval y = analysis::interval_of(qs[earlier[b]], tol);
                fits = (x + y).meets(v) || (x - y).meets(v) || (y - x).meets(v);
            }
        }
        if (fits) continue;
        const std::size_t first = earlier.front();
        engine::Draft d;
        d.message = "restated";
        d.range = analysis::range_of(q);
        d.args["first"] = analysis::printed(doc, qs[first]);
        d.args["second"] = analysis::printed(doc, q);
        d.related.push_back({fmt::format("đã nêu {}", d.args["first"]), analysis::range_of(qs[first])});
        sink.emit(std::move(d));
    }
}

}  // namespace soat::checks
