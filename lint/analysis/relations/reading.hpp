// What the relation readers share: the document's figures, the text around a figure, and
// which figures another analysis has already judged.
#pragma once

#include "analysis/phrases.hpp"
#include "analysis/quantities.hpp"
#include "analysis/relations/relations.hpp"

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace soat::analysis::relations {

struct Reading {
    const model::Document& doc;
    const Quantities& quantities;
    const std::vector<Quantity>& qs;
    std::vector<bool> covered;  // by index: a stated figure Claims or Ratios already judge

    struct Candidate {
        std::size_t figure;
        std::size_t first;  // the first figure of its paragraph
    };
    // candidates(), listed once on first use (covered is set before any reader runs).
    // The figures a reader may judge, in order: in Vietnamese paragraphs, after their paragraph's
    // first figure, usable, not judged elsewhere, not negative. Listed once by list_candidates(),
    // after `covered` is set, and shared by every reader.
    [[nodiscard]] const std::vector<Candidate>& candidates() const { return candidate_list; }
    void list_candidates();
    std::vector<Candidate> candidate_list;

    [[nodiscard]] std::string_view text(std::size_t k) const { return doc.paragraphs[qs[k].paragraph].text; }
    // A plain figure arithmetic may use.
    [[nodiscard]] bool usable(std::size_t k) const { return qs[k].role == Role::Quantity && !qs[k].ambiguous; }
    // A usable amount or count a difference may use: no rate, not negative, no one-sided bound
    // (`ước` is fine: an estimate is still the figure meant).
    [[nodiscard]] bool exact_level(std::size_t k) const {
        const auto& q = qs[k];
        return usable(k) && !q.percent() && !q.negative && (q.hedge == Hedge::None || q.hedge == Hedge::Estimate);
    }
    // Lowercased text right after the figure's unit, `n` bytes, leading spaces kept.
    [[nodiscard]] std::string after(std::size_t k, std::size_t n = 48) const;
    // Lowercased text before the figure, back to `n` bytes.
    [[nodiscard]] std::string before(std::size_t k, std::size_t n = 48) const;
    // Squeezed text between the end of a's unit and the start of b (same paragraph). Kept by (a, b):
    // the readers ask for the same gaps again and again.
    [[nodiscard]] const std::string& between(std::size_t a, std::size_t b) const;
    mutable std::unordered_map<std::uint64_t, std::string> between_memo;
    // Squeezed text from the start of k's clause (commas included) to k, kept by k: several readers
    // read it.
    [[nodiscard]] const std::string& clause_before(std::size_t k) const;
    mutable std::unordered_map<std::size_t, std::string> clause_memo;
    // between(a, x) without the one-sided hedge that ends it when x carries it (",đạthơn" -> ",đạt"):
    // x's interval already holds the bound ("đạt hơn 76%" is above 76 %, "đạt gần 70%" below 70 %).
    [[nodiscard]] std::string between_to_bound(std::size_t a, std::size_t x) const;
    // The lowercased word right before the figure.
    [[nodiscard]] std::string word_before(std::size_t k) const;
    // The lowercased word before the figure past its qualifier ("ước đạt khoảng X" → đạt).
    [[nodiscard]] std::string verb_before(std::size_t k) const;
    // Same unit and, for counts, the same noun (or none on one side).
    [[nodiscard]] bool same_kind(std::size_t a, std::size_t b) const;
    [[nodiscard]] bool same_sentence(std::size_t a, std::size_t b) const;
    // A count of people by its noun ("đại biểu", "công chức", "người", …), which "người" may count again.
    [[nodiscard]] bool counts_people(std::size_t k) const;
    // The start of the clause holding byte `at` (after ; : . ( or , when `commas`).
    [[nodiscard]] static std::size_t clause_start(std::string_view t, std::size_t at, bool commas);
    // The nearest figure before k of the same kind as `like`, in k's paragraph or else the one
    // before it (a prior paragraph only when k's paragraph has none before k). npos if none.
    [[nodiscard]] std::size_t previous_of_kind(std::size_t k, std::size_t like, bool previous_paragraph) const;
    // The figure a breakdown after "trong đó" in k's sentence details ("T buổi, trong đó a …, b …
    // và k …"): the nearest figure of k's kind whose span to k holds "trong đó"; npos when none.
    // `siblings`: the parts between it and k.
    [[nodiscard]] std::size_t breakdown_parent(std::size_t k, int& siblings) const;
    // The next figure in k's paragraph that is not a year or a date, npos when none.
    [[nodiscard]] std::size_t next_figure(std::size_t k) const;
    // The previous one, npos when none.
    [[nodiscard]] std::size_t previous_figure(std::size_t k) const;
    // Figure k is itself rated by a percentage right after it ("giải ngân T, đạt 60%", "T ha, bằng
    // 47,5% diện tích …"): a result measured against a base of its own, whose "trong đó" parts
    // are rated the same way (against their own bases), not as shares of k.
    [[nodiscard]] bool rated(std::size_t k) const;
    // Figure k is the count a rate right before it stands for ("tỷ lệ … là 1,20%, tức là 3.500
    // người"): k's parts' rates are their own too.
    [[nodiscard]] bool rated_before(std::size_t k) const;
    // Figure k carries a share of its own ("12.432 doanh nghiệp (chiếm 91,8%)", "T, chiếm 40%"):
    // it is a part of something, never the named whole of the next part.
    [[nodiscard]] bool has_share(std::size_t k) const;
    // The squeezed clause before figure k, one of `fillers` taken off its end ("tổngsố",
    // "được"), ends with one of `verbs` ("thụlý", "kiểmtra").
    [[nodiscard]] bool led_by(std::size_t k, std::initializer_list<std::string_view> fillers, std::initializer_list<std::string_view> verbs) const;
    // "T đại biểu tham gia biểu quyết; … A … (chiếm X% tổng số đại biểu)": the words after the
    // whole T name those taking part (phrases::names_participants) while the share x names "tổng
    // số …", the whole body: x is no share of T.
    [[nodiscard]] bool of_whole_body(std::size_t whole, std::size_t x) const;
    // The change k is per period: "mỗi năm, hằng năm, hàng năm, mỗi tháng" in its clause before
    // it, or right after it ("tăng 0,2 năm mỗi năm"): a rate per year, no difference between two levels.
    [[nodiscard]] bool per_period(std::size_t k) const;
    // Figure k is a difference in percentage points ("2,5 điểm phần trăm", "0,3 điểm %").
    [[nodiscard]] bool in_points(std::size_t k) const;
    // Share x ("chiếm X%") is followed by its own part alone in parentheses ("chiếm 40% (200 tỷ
    // đồng)"): the figure before x is another part's.
    [[nodiscard]] bool part_after(std::size_t x) const;
    // Figure k is followed in its sentence by its own rate: "P, đạt|bằng X%", "P (đạt X%)".
    [[nodiscard]] bool rated_by_next(std::size_t k) const;
    // Figure k is a level to fall to ("chỉ tiêu … là giảm còn P"): no plan to attain or exceed.
    [[nodiscard]] bool falls_to(std::size_t k) const { return word_before(k) == "còn"; }
    // Lowercased label after "tỷ lệ"/"tỷ trọng" in the clause before figure k, "" when none.
    [[nodiscard]] std::string rate_label(std::size_t k) const;
};

// A figure directly after one of the verbs (the lowercased word before it).
bool after_verb(const Reading& r, std::size_t k, std::initializer_list<const char*> verbs);

// Adds "X = A/T·100" for the stated share X unless X is stated by a relation already read.
void add_part_share(std::vector<Relation>& out, std::size_t stated, std::size_t part, std::size_t whole);

// Adds "C = A − B": the rest C of what came in (A) less what was taken out (B).
void add_balance(std::vector<Relation>& out, std::size_t rest, std::size_t in, std::size_t taken);

void read_attainment(const Reading& r, std::vector<Relation>& out);
void read_part_share(const Reading& r, std::vector<Relation>& out);
void read_examined(const Reading& r, std::vector<Relation>& out);
void read_resolution(const Reading& r, std::vector<Relation>& out);
void read_remainder(const Reading& r, std::vector<Relation>& out);
void read_balance(const Reading& r, std::vector<Relation>& out);
void read_exclusion(const Reading& r, std::vector<Relation>& out);
void read_repeated_action(const Reading& r, std::vector<Relation>& out);
void read_trade_balance(const Reading& r, std::vector<Relation>& out);
void read_rank_change(const Reading& r, std::vector<Relation>& out);
void read_month_cumulative(const Reading& r, std::vector<Relation>& out);
void read_stock_share(const Reading& r, std::vector<Relation>& out);
void read_listed_shares(const Reading& r, std::vector<Relation>& out);
void read_composition(const Reading& r, std::vector<Relation>& out);
void read_classification(const Reading& r, std::vector<Relation>& out);
void read_growth(const Reading& r, std::vector<Relation>& out);
void read_parallel_change(const Reading& r, std::vector<Relation>& out);
void read_contribution(const Reading& r, std::vector<Relation>& out);
void read_points(const Reading& r, std::vector<Relation>& out);
void read_year_span(const Reading& r, std::vector<Relation>& out);
void read_rate_bound(const Reading& r, std::vector<Relation>& out);
void read_average(const Reading& r, std::vector<Relation>& out);
void read_total_growth(const Reading& r, std::vector<Relation>& out);
void read_change_multiple(const Reading& r, std::vector<Relation>& out);
void read_named_multiple(const Reading& r, std::vector<Relation>& out);
void read_paired_comparison(const Reading& r, std::vector<Relation>& out);
void read_group_rates(const Reading& r, std::vector<Relation>& out);
void read_yearly_mean(const Reading& r, std::vector<Relation>& out);
// Runs last: percentages no family reader took, read by role and agreement (general.cpp).
void read_target_gap(const Reading& r, std::vector<Relation>& out);
void read_whole_prior(const Reading& r, std::vector<Relation>& out);
void read_general(const Reading& r, std::vector<Relation>& out);
void read_share_whole(const Reading& r, std::vector<Relation>& out);
void read_implied_whole(const Reading& r, std::vector<Relation>& out);

}  // namespace soat::analysis::relations
