// inconsistent-figure: a total named as one of its own parts — "tổng kim ngạch xuất khẩu 60 tỷ
// USD (trong đó xuất khẩu 33 tỷ USD, nhập khẩu 27 tỷ USD)" adds imports into "xuất khẩu".
#include "analysis/claims.hpp"
#include "analysis/phrases.hpp"
#include "checks/figure_comparisons.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace soat::checks {

namespace {

// The total's name ends with the part's, right after a measure word ("tổng", "kim ngạch",
// "giá trị", "diện tích", "sản lượng") or as the whole name: "tổng kim ngạch xuất khẩu" names
// "xuất khẩu"; "xuất nhập khẩu" does not name "nhập khẩu", nor "doanh thu từ vải thiều" "doanh
// thu từ vải".
bool names_part(const std::vector<std::string>& total, const std::vector<std::string>& part) {
    static const std::set<std::string> kMeasure = {"tổng", "ngạch", "trị", "số", "tích", "lượng", "thu"};
    if (part.empty() || part.size() > total.size()) return false;
    const std::size_t i = total.size() - part.size();
    return std::equal(part.begin(), part.end(), total.begin() + static_cast<std::ptrdiff_t>(i)) && (i == 0 || kMeasure.count(total[i - 1]));
}

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

}  // namespace

void compare_total_labels(const engine::Context& context, engine::Sink& sink) {
    const auto& qs = context.analysis.get<analysis::Quantities>().all();
    for (const auto& c : context.analysis.get<analysis::Claims>().sums()) {
        const auto& total = qs[c.total];
        if (c.parts.size() < 2 || qs[c.parts.front()].paragraph != total.paragraph) continue;
        const std::string_view t = context.document.paragraphs[total.paragraph].text;
        const auto total_label = analysis::phrases::label_before(t, total.byte_begin, 0);
        std::vector<std::vector<std::string>> labels;
        std::size_t floor = total.unit_end;
        for (std::size_t p : c.parts) {
            labels.push_back(analysis::phrases::label_before(t, qs[p].byte_begin, floor));
            floor = qs[p].noun_end;
        }
        const auto named = std::find_if(labels.begin(), labels.end(), [&](const auto& l) { return names_part(total_label, l); });
        if (named == labels.end()) continue;
        // A part named like the total after words of its own ("sở đã thực hiện 9 cuộc kiểm tra
        // đối với" under "kiểm tra đối với") counts the same thing.
        const auto other = std::find_if(labels.begin(), labels.end(), [&](const auto& l) {
            const bool same_after_own_words = l.size() > total_label.size() && std::equal(total_label.rbegin(), total_label.rend(), l.rbegin());
            return !l.empty() && !names_part(total_label, l) && !same_after_own_words;
        });
        if (other == labels.end()) continue;
        engine::Draft d;
        d.message = "label";
        d.range = analysis::range_of(total);
        d.args["total"] = analysis::printed(context.document, total);
        d.args["named"] = joined(*named);
        d.args["other"] = joined(*other);
        sink.emit(std::move(d));
    }
}

}  // namespace soat::checks
