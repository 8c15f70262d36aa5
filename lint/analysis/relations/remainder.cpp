// The rest of a whole after a stated part: what remains is the whole minus the part.
//   - a rate's complement: "…, đạt tỷ lệ x%. Như vậy, còn X% số phòng học chưa được kiên cố hóa"
//     (X = 100 − x): X after "còn", its clause negated ("chưa", "không"), the whole named after X
//     ("số <noun>") among the words of x's sentence, x a level (not a change, a plan or a prior
//     period) in X's sentence or the one before, no percentage between;
//   - the rest's share: "chỉ có A người được đưa vào cơ sở, số còn lại …, chiếm X%" (X = (T − A)/T),
//     T the nearest earlier figure of A's kind (its sentence or the one before);
// (The rest counted after N/M, "còn lại R", is Claims' count-mismatch.) Not read: a rest after a
// change ("tăng A"), a whole of another noun, a rate of a plan or a prior period.
#include "analysis/relations/reading.hpp"

#include <algorithm>

namespace soat::analysis::relations {

namespace {

bool negated(const std::string& squeezed) { return phrases::contains(squeezed, "chưa") || phrases::contains(squeezed, "không"); }

// The squeezed words after k to its clause's end (",", ";", "." or a parenthesis).
std::string clause_after(const Reading& r, std::size_t k) {
    std::string a = r.after(k, 80);
    a = a.substr(0, std::min(a.size(), a.find_first_of(",;.()")));
    return phrases::squeeze(a, 0, a.size());
}

bool other_base(const std::string& squeezed_after) {
    for (const char* w : {"kếhoạch", "dựtoán", "chỉtiêu", "sovới", "cùngkỳ", "nghịquyết", "mụctiêu"}) {
        if (phrases::starts(squeezed_after, w)) return true;
    }
    return false;
}

// The sentence holding k starts at or after the one before `later`'s.
bool near_before(const Reading& r, std::size_t k, std::size_t later) {
    if (r.qs[k].paragraph != r.qs[later].paragraph || k >= later) return false;
    if (r.same_sentence(k, later)) return true;
    const std::string_view t = r.text(later);
    const auto s = r.quantities.sentence_at(r.qs[later].paragraph, r.qs[later].byte_begin);
    if (s.begin == 0) return false;
    std::size_t back = s.begin - 1;
    while (back > 0 && t[back] == ' ') --back;
    const auto prev = r.quantities.sentence_at(r.qs[later].paragraph, back);
    return prev.begin < s.begin && r.qs[k].byte_begin >= prev.begin;
}

// "còn X%", "còn lại X%".
bool after_remains(const Reading& r, std::size_t k) {
    const std::string_view t = r.text(k);
    std::size_t b = r.qs[k].byte_begin;
    std::string w = lower(analysis::word_before(t, b, &b));
    if (w == "lại") w = lower(analysis::word_before(t, b, &b));
    return w == "còn";
}

void complement_rate(const Reading& r, std::size_t x, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    if (!after_remains(r, x)) return;
    std::string rest = r.after(x);
    rest.erase(0, rest.find_first_not_of(' '));
    if (!phrases::starts(rest, "số ")) return;
    if (!negated(clause_after(r, x))) return;
    // The whole's first two words after "số".
    auto named = phrases::words_of(rest.substr(0, rest.find_first_of(",;.()")));
    named.erase(named.begin());
    // The whole's noun ends at the verb of the rest's clause ("số hộ chưa được …").
    const auto verb = std::find_if(named.begin(), named.end(), [](const std::string& w) {
        return w == "chưa" || w == "không" || w == "được" || w == "đã" || w == "đang" || w == "có" || w == "còn";
    });
    named.erase(verb, named.end());
    if (named.empty()) return;
    named.resize(std::min<std::size_t>(named.size(), 2));
    const std::size_t first = r.quantities.in(qs[x].paragraph).first;
    for (std::size_t j = x; j-- > first;) {
        if (!qs[j].percent()) continue;
        if (!r.usable(j) || qs[j].negative || !near_before(r, j, x)) return;
        const std::string verb = r.verb_before(j);
        if (verb == "tăng" || verb == "giảm" || verb == "còn" || verb == "lại") return;
        if (other_base(clause_after(r, j)) || negated(clause_after(r, j))) return;
        // "A chiếm a%, B chiếm b%, C chiếm c%, còn X% …": the rest of several shares is
        // 100 − Σ (share-sum's), not of the last one.
        for (std::size_t i = j; i-- > first;) {
            if (!r.same_sentence(i, j)) break;
            if (qs[i].percent()) return;
        }
        const auto s = r.quantities.sentence_at(qs[j].paragraph, qs[j].byte_begin);
        const auto words = phrases::words_of(lower(r.text(j).substr(s.begin, qs[j].byte_begin - s.begin)));

        for (std::size_t i = 0; i + named.size() <= words.size(); ++i) {
            if (std::equal(named.begin(), named.end(), words.begin() + static_cast<std::ptrdiff_t>(i))) {
                Relation rel;
                rel.family = Relation::Family::Remainder;
                rel.stated = x;
                rel.terms = {j};
                // x read as a part's share A/T: the rest is (T − A)/T, exact where x is rounded.
                const auto share = std::find_if(out.begin(), out.end(), [&](const Relation& e) {
                    return e.stated == j && e.family == Relation::Family::PartShare && e.terms.size() == 2 && e.other_wholes.empty() &&
                           r.qs[e.terms[1]].role != Role::Fraction;
                });
                if (share != out.end()) rel.terms = share->terms;
                out.push_back(std::move(rel));
                return;
            }
        }
        return;
    }
}

void rest_share(const Reading& r, std::size_t x, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    const std::size_t first = r.quantities.in(qs[x].paragraph).first;
    if (x == first) return;
    const std::size_t a = x - 1;
    if (!r.usable(a) || qs[a].percent() || qs[a].hedge != Hedge::None || !r.same_sentence(a, x)) return;
    if (after_verb(r, a, {"tăng", "giảm"})) return;
    std::string gap = r.between(a, x);
    for (const char* h : {"hơn", "gần", "khoảng", "trên", "dưới"}) {
        if (qs[x].hedge != Hedge::None && gap.ends_with(h)) gap.erase(gap.size() - std::string_view(h).size());
    }
    // A's naming words, then ", số còn lại …, chiếm".
    const std::size_t rest_at = gap.find(",sốcònlại");
    if (rest_at == std::string::npos || gap.find_first_of(",;()") != rest_at || gap.find_first_of(";()") != std::string::npos) return;
    if (!gap.ends_with(",chiếm") && !gap.ends_with(",chiếmtỷlệ") && !gap.ends_with(",chiếmtỉlệ")) return;
    for (const char* w : {"tăng", "giảm", "sovới", "trongđó"}) {
        if (phrases::contains(gap, w)) return;
    }
    std::string after = r.after(x);
    after.erase(0, after.find_first_not_of(' '));
    const bool ends = after.empty() || after[0] == '.' || after[0] == ',' || after[0] == ';';
    const bool names = (phrases::starts(after, "tổng số ") || phrases::starts(after, "số ")) && !qs[a].noun.empty() &&
                       phrases::contains(after.substr(0, after.find_first_of(",;.()")), qs[a].noun);
    if (!ends && !names) return;
    const std::size_t t = r.previous_of_kind(a, a, false);
    if (t == std::string::npos || !near_before(r, t, a) || qs[t].percent() || after_verb(r, t, {"tăng", "giảm"})) return;
    if (qs[t].interval.hi <= qs[a].interval.lo) return;
    Relation rel;
    rel.family = Relation::Family::Remainder;
    rel.stated = x;
    rel.terms = {a, t};
    out.push_back(std::move(rel));
}

}  // namespace

// "bầu được 12.640/12.900 đại biểu …, thiếu 260 đại biểu (2,2%)", "có N/M hộ đăng ký, còn R hộ
// chưa đăng ký, chiếm X%": the rest R of an N/M just before it, of its noun, said to be what is
// missing ("thiếu", "còn", "chưa", "không"), with N + R = M, rated at once: X = R/M.
static void fraction_rest(const Reading& r, std::size_t x, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    if (qs[x].hedge != Hedge::None || x < 2) return;
    const std::size_t rest = x - 1, f = x - 2;
    if (!r.usable(rest) || qs[rest].percent() || !qs[rest].is_count() || qs[rest].noun.empty() || qs[rest].hedge != Hedge::None) return;
    if (qs[f].role != Role::Fraction || qs[f].ambiguous || qs[f].paragraph != qs[x].paragraph || !r.same_sentence(f, x)) return;
    if (qs[f].noun != qs[rest].noun || qs[f].scale != 1 || qs[f].numeral.decimals != 0) return;
    if (qs[f].numeral.value + qs[rest].numeral.value != qs[f].fraction_denominator) return;
    // Between N/M and R: a comma, then the words saying R is missing.
    const std::string lead = r.between(f, rest);
    const std::size_t comma = lead.rfind(',');
    if (comma == std::string::npos || lead.find_first_of(";()") != std::string::npos) return;
    const std::string said = lead.substr(comma + 1) + "|" + clause_after(r, rest);
    if (!phrases::contains(said, "thiếu") && !phrases::contains(said, "còn") && !negated(said)) return;
    if (phrases::contains(lead, "tăng") || phrases::contains(lead, "giảm") || phrases::contains(lead, "sovới")) return;
    // R's share right after it: "(X%)", "(chiếm X%)", ", chiếm X%", ", tỷ lệ X%", closing its clause.
    std::string gap = r.between(rest, x);
    const std::size_t cut = gap.find_first_of(",(");
    if (cut == std::string::npos) return;
    const std::string link = gap.substr(cut);
    if (link != "(" && link != "(chiếm" && link != "(tỷlệ" && link != ",chiếm" && link != ",chiếmtỷlệ" && link != ",tỷlệ") return;
    if (phrases::word_count(r.text(rest).substr(std::max(qs[rest].unit_end, qs[rest].noun_end), qs[x].byte_begin - std::max(qs[rest].unit_end, qs[rest].noun_end))) > 8) return;
    std::string after = r.after(x, 8);
    after.erase(0, after.find_first_not_of(' '));
    if (link[0] == '(' ? (after.empty() || after[0] != ')') : !(after.empty() || after[0] == ',' || after[0] == ';' || after[0] == '.')) return;
    Relation rel;
    rel.family = Relation::Family::PartShare;
    rel.stated = x;
    rel.terms = {rest, f};
    out.push_back(std::move(rel));
}

void read_remainder(const Reading& r, std::vector<Relation>& out) {
    for (const auto& candidate : r.candidates()) {
        const std::size_t k = candidate.figure;  // not a structured binding: lambdas capture it
        if (std::any_of(out.begin(), out.end(), [&](const Relation& e) { return e.stated == k; })) continue;
        if (!r.qs[k].percent()) continue;
        complement_rate(r, k, out);
        if (!std::any_of(out.begin(), out.end(), [&](const Relation& e) { return e.stated == k; })) rest_share(r, k, out);
        if (!std::any_of(out.begin(), out.end(), [&](const Relation& e) { return e.stated == k; })) fraction_rest(r, k, out);
    }
}

}  // namespace soat::analysis::relations
