// inconsistent-figure: a total named as one of its own parts — "tổng kim ngạch xuất khẩu 60 tỷ
// USD (trong đó xuất khẩu 33 tỷ USD, nhập khẩu 27 tỷ USD)" adds imports into "xuất khẩu".
#include "analysis/claims.hpp"
#include "analysis/phrases.hpp"
#include "analysis/syllable.hpp"
#include "analysis/vi_words.hpp"
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

// "kim ngạch xuất, nhập khẩu": a word cut off before a comma shares the head of the label after
// it ("xuất khẩu" and "nhập khẩu"); the label read from the comma on names only the second.
bool elided_pair(std::string_view t, std::size_t at, const std::vector<std::string>& label) {
    if (label.size() < 2) return false;
    const std::string before = analysis::lower(t.substr(0, at));
    const std::size_t start = before.rfind(" " + label.front() + " ");
    if (start == std::string::npos) return false;
    std::size_t comma = start;
    while (comma > 0 && before[comma - 1] == ' ') --comma;
    if (comma == 0 || before[comma - 1] != ',') return false;
    const auto words = analysis::phrases::words_of(std::string_view(before).substr(0, comma - 1));
    if (words.empty()) return false;
    const auto e = analysis::vi_words::lookup(analysis::canonical(words.back()), analysis::canonical(label[1]));
    return analysis::vi_words::tier(e.score) > 0;
}

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

// "xây mới, sửa chữa 1.246 căn (xây mới 985 căn, sửa chữa 261 căn)": the total's name lists the
// other part's name too, before a comma or "và" ahead of the words read as its label.
bool lists_other(std::string_view t, std::size_t at, const std::vector<std::string>& label, const std::vector<std::string>& other) {
    const std::string before = analysis::lower(t.substr(0, at));
    const std::size_t start = before.rfind(" " + joined(label) + " ");
    if (start == std::string::npos) return false;
    std::string head = before.substr(0, start);
    while (!head.empty() && head.back() == ' ') head.pop_back();
    if (head.ends_with(",")) head.pop_back();
    else if (head.ends_with(" và")) head.erase(head.size() - 3);
    else return false;
    while (!head.empty() && head.back() == ' ') head.pop_back();
    const std::string name = " " + joined(other);
    return head.ends_with(name);
}

}  // namespace

void compare_total_labels(const engine::Context& context, engine::Sink& sink) {
    const auto& qs = context.analysis.get<analysis::Quantities>().all();
    for (const auto& c : context.analysis.get<analysis::Claims>().sums()) {
        const auto& total = qs[c.total];
        if (c.parts.size() < 2 || qs[c.parts.front()].paragraph != total.paragraph) continue;
        const std::string_view t = context.document.paragraphs[total.paragraph].text;
        const auto total_label = analysis::phrases::label_before(t, total.byte_begin, 0);
        if (elided_pair(t, total.byte_begin, total_label)) continue;
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
        if (other == labels.end() || lists_other(t, total.byte_begin, total_label, *other)) continue;
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
