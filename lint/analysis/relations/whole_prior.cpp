// A count's rate of change implies its earlier count, and a count is whole: "62 doanh nghiệp giải
// thể, giảm 32,6%" was 62/(1 − 0,326) ≈ 92 before (62/92 = giảm 32,6 %), but "29 vụ cháy, tăng
// 11,15%" came from no whole number of fires (26 gives 11,54 %, 27 gives 7,41 %). Read when the
// rate follows the count in its clause, the count exact (no hedge, no scale, no decimals, no
// estimate), only its naming words and a comma or parenthesis between, then "tăng"/"giảm"; not a
// rate against a plan or per year, not a round count (a multiple of 100, maybe rounded itself), and
// only after every other reader (a prior stated beside it is read as such). The check
// (relation_findings.cpp) says something only when no whole earlier count fits the printed rate.
#include "analysis/relations/reading.hpp"

#include <algorithm>

namespace soat::analysis::relations {

void read_whole_prior(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    for (const Reading::Candidate& cand : r.candidates()) {
        const std::size_t x = cand.figure;
        const Quantity& xq = qs[x];
        if (!xq.percent() || xq.hedge != Hedge::None || xq.value() <= 0) continue;
        if (std::any_of(out.begin(), out.end(), [x](const Relation& rel) { return rel.stated == x; })) continue;
        const std::string verb = r.word_before(x);
        if (verb != "tăng" && verb != "giảm") continue;
        const std::size_t c = r.previous_figure(x);
        if (c == std::string::npos || c < cand.first || !r.usable(c) || !r.same_sentence(c, x)) continue;
        const Quantity& cq = qs[c];
        if (!cq.is_count() || cq.noun.empty() || cq.percent() || cq.hedge != Hedge::None || cq.scale != 1 || cq.numeral.decimals != 0 ||
            cq.value() < 1 || cq.negative || r.rated(c) || phrases::after_change_word(r.text(c), cq) || phrases::duration_noun(cq.noun)) {
            continue;
        }
        // An estimate anywhere before it in its clause ("Ước tính có 62 …", "dự ước") is no exact count.
        {
            const std::string_view t = r.text(c);
            const std::size_t cs = Reading::clause_start(t, cq.byte_begin, true);
            if (phrases::contains(" " + lower(t.substr(cs, cq.byte_begin - cs)), " ước")) continue;
        }
        // A round count ("500 doanh nghiệp") may itself be rounded in a release.
        if (cq.value() >= 100 && static_cast<long long>(cq.value()) % 100 == 0) continue;
        // Between: the count's naming words, then "," or "(" and the verb ("doanh nghiệp đăng ký
        // thành lập mới, giảm 8,2%").
        std::string gap = r.between(c, x);
        if (!gap.ends_with(verb)) continue;
        gap.erase(gap.size() - verb.size());
        if (gap.empty() || (gap.back() != ',' && gap.back() != '(')) continue;
        gap.pop_back();
        if (gap.size() > 48 || gap.find_first_of(",;:.()%/0123456789") != std::string::npos) continue;
        // Not against a plan ("tăng 5% so với kế hoạch"), per year ("tăng 7%/năm"), nor a mean.
        const std::string rest = r.after(x, 40);
        // The rate names what changed ("tăng 16,8% số mắc"), or pairs with a second change for two
        // counts joined by "và" ("a ca mắc và c ca tử vong, tăng X% và D ca"): respectively, X is
        // the first count's.
        if (phrases::starts(rest, " số ")) continue;
        if (phrases::starts(rest, " và ") && c > cand.first && r.same_sentence(c - 1, c) && r.between(c - 1, c).ends_with("và")) continue;
        // Nor against a mean ("so với trung bình 4 tuần trước"), which no count states whole.
        if (phrases::starts(rest, "/") || phrases::contains(rest, "kế hoạch") || phrases::contains(rest, "dự toán") ||
            phrases::contains(rest, "chỉ tiêu") || phrases::contains(rest, "trung bình") || phrases::contains(rest, "bình quân") ||
            phrases::contains(r.before(c, 40), "bình quân") || r.per_period(x)) {
            continue;
        }
        Relation rel;
        rel.family = Relation::Family::WholePrior;
        rel.stated = x;
        rel.terms = {c};
        rel.decrease = verb == "giảm";
        out.push_back(std::move(rel));
    }
}

}  // namespace soat::analysis::relations
