// A change of rank is the difference of the two ranks: a province that rises D places ("tăng D
// bậc") went from rank R1 to R1 − D, one that falls ("giảm", "tụt", "xuống" D bậc) to R1 + D.
// "Năm 2021, tỉnh đứng thứ 25 …, sang năm 2022 đã đứng thứ 8 cả nước, tăng 17 bậc" (both ranks
// before the change, the earlier first, a year between them, no ';' and no parenthesis); "xếp thứ 32 …, tăng 4 bậc so với năm 2019 (xếp thứ 36)
// và 10 bậc so với năm 2018 (xếp thứ 42)" (the earlier rank in the parenthesis after each change,
// the later one the nearest rank before the change outside parentheses, in its sentence or the
// sentence before in the paragraph: "… đứng thứ 18/63 …. Với số điểm này, tỉnh tăng 3 bậc so với
// năm trước (năm 2023 đứng thứ 21/63 …)"). Ranks are figures after `thứ` or `hạng`. Not read: a
// change per year, a change with no verb of rising or falling, a sentence with more than two
// ranks outside parentheses (two rankings), a hedged figure.
#include "analysis/relations/reading.hpp"

namespace soat::analysis::relations {

namespace {

// Depth of parentheses at byte `at` of `t`.
int depth_at(std::string_view t, std::size_t at) {
    int d = 0;
    for (std::size_t i = 0; i < at && i < t.size(); ++i) {
        if (t[i] == '(') ++d;
        if (t[i] == ')' && d > 0) --d;
    }
    return d;
}

bool rank(const Reading& r, std::size_t k) { return r.qs[k].role == Role::Rank && !r.qs[k].ambiguous && r.qs[k].hedge == Hedge::None; }

}  // namespace

void read_rank_change(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    for (const auto& [d, first] : r.candidates()) {
        const Quantity& dq = qs[d];
        if (!dq.is_count() || dq.noun != "bậc" || dq.hedge != Hedge::None || r.per_period(d)) continue;
        // The verb: right before D, or before the change D continues ("tăng 4 bậc … và 10 bậc").
        std::string verb = r.word_before(d);
        if (verb == "và") {
            const std::size_t prev = r.previous_of_kind(d, d, false);
            if (prev == std::string::npos || !r.same_sentence(prev, d)) continue;
            verb = r.word_before(prev);
        }
        bool up = false;
        if (verb == "tăng" || verb == "lên") {
            up = true;
        } else if (verb != "giảm" && verb != "tụt" && verb != "xuống") {
            continue;
        }
        const std::string_view t = r.text(d);
        const auto sentence = r.quantities.sentence_at(dq.paragraph, dq.byte_begin);
        const auto [pfirst, plast] = r.quantities.in(dq.paragraph);
        // The earlier rank in the parenthesis that follows D's comparison, no figure but years
        // and dates between.
        std::size_t prior = std::string::npos;
        for (std::size_t j = d + 1; j < plast && qs[j].byte_begin < sentence.end; ++j) {
            if (qs[j].role == Role::Year || qs[j].role == Role::Date) continue;
            if (rank(r, j) && depth_at(t, qs[j].byte_begin) > depth_at(t, dq.byte_begin)) {
                const std::size_t open = t.rfind('(', qs[j].byte_begin);
                const std::size_t end = std::max(dq.unit_end, dq.noun_end);
                if (open != std::string_view::npos && open >= end && t.substr(end, open - end).find_first_of(",;.") == std::string_view::npos) {
                    prior = j;
                }
            }
            break;
        }
        // Ranks before D outside parentheses: in its sentence, else in the sentence before.
        std::vector<std::size_t> before;
        for (std::size_t j = pfirst; j < d; ++j) {
            if (rank(r, j) && depth_at(t, qs[j].byte_begin) == 0 && qs[j].byte_begin >= sentence.begin) before.push_back(j);
        }
        if (before.empty() && prior != std::string::npos) {
            for (std::size_t j = pfirst; j < d; ++j) {
                if (rank(r, j) && depth_at(t, qs[j].byte_begin) == 0) before.push_back(j);
            }
            if (before.size() > 1) before.erase(before.begin(), before.end() - 1);
        }
        std::size_t current = std::string::npos;
        if (prior != std::string::npos) {
            if (before.empty() || before.size() > 1) continue;
            current = before.back();
        } else {
            // One ranking at two times: the change outside parentheses, the later rank dated by a
            // year between the two, no ';' between the first rank and the change.
            if (before.size() != 2 || depth_at(t, dq.byte_begin) > 0) continue;
            prior = before[0];
            current = before[1];
            if (t.substr(qs[prior].byte_end, dq.byte_begin - qs[prior].byte_end).find(';') != std::string_view::npos) continue;
            bool dated = false;
            for (std::size_t j = prior + 1; j < current && !dated; ++j) dated = qs[j].role == Role::Year;
            if (!dated) continue;
        }
        Relation rel;
        rel.family = Relation::Family::Difference;
        rel.stated = d;
        rel.terms = {current, prior};
        rel.decrease = up;  // rising in rank lowers its number: D = R1 − R2
        rel.rank = true;
        out.push_back(std::move(rel));
    }
}

}  // namespace soat::analysis::relations
