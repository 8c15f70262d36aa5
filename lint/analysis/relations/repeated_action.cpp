// One action named twice, asked then done: "kiến nghị thu hồi P tỷ đồng; (đến nay) đã thu hồi A tỷ
// đồng, đạt X%", "phải thi hành P việc …, đã thi hành xong A việc (đạt X%)": A is the part of P
// done, X = A/P·100. A's clause ends in "đã" and the action's verb (one to three words, "được" or
// "xong" after it), X follows A as its rate ("đạt", "bằng", "đạt tỷ lệ", in parentheses or not) and
// names no other base. P is the nearest earlier figure of A's kind in A's paragraph whose clause
// ends in the same verb asked for ("kiến nghị", "yêu cầu", "phải", …).
#include "analysis/relations/reading.hpp"

#include <algorithm>
#include <set>

namespace soat::analysis::relations {

namespace {

// The words of the clause before figure k, lowercased, qualifiers of k left out.
std::vector<std::string> clause_words(const Reading& r, std::size_t k) {
    const std::string_view t = r.text(k);
    const std::size_t from = Reading::clause_start(t, r.qs[k].byte_begin, true);
    auto words = phrases::words_of(lower(t.substr(from, r.qs[k].byte_begin - from)));
    static const std::set<std::string_view> kQualifiers = {"khoảng", "gần", "trên", "hơn", "ước", "được", "xong", "là"};
    while (!words.empty() && kQualifiers.count(words.back())) words.pop_back();
    return words;
}

// The verb A's clause ends in after "đã" (at most three words), empty when none.
std::vector<std::string> done_verb(const std::vector<std::string>& words) {
    for (std::size_t n = 1; n <= 3 && n < words.size(); ++n) {
        if (words[words.size() - n - 1] == "đã") return {words.end() - static_cast<std::ptrdiff_t>(n), words.end()};
    }
    return {};
}

bool ends_with(const std::vector<std::string>& words, const std::vector<std::string>& tail) {
    return words.size() > tail.size() && std::equal(tail.begin(), tail.end(), words.end() - static_cast<std::ptrdiff_t>(tail.size()));
}

}  // namespace

void read_repeated_action(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    for (const auto& candidate : r.candidates()) {
        const std::size_t x = candidate.figure, first = candidate.first;  // (no structured binding: clang 14 captures none)
        if (!qs[x].percent() || x < first + 1 || qs[x].hedge != Hedge::None) continue;
        const std::size_t a = x - 1;
        if (!r.exact_level(a) || !r.same_sentence(a, x)) continue;
        static const std::set<std::string_view> kRates = {",đạt", "(đạt", ",đạttỷlệ", "(đạttỷlệ", ",bằng", "(bằng", "("};
        if (!kRates.count(r.between(a, x))) continue;
        // (Not "đạt X% kế hoạch", "bằng X% so với cùng kỳ": another base.)
        std::string rest = r.after(x, 24);
        rest.erase(0, rest.find_first_not_of(' '));
        if (!rest.empty() && std::string_view(",;.)").find(rest[0]) == std::string_view::npos && !phrases::starts(rest, "số ")) continue;
        const auto verb = done_verb(clause_words(r, a));
        if (verb.empty()) continue;
        // (Not in the paragraph before: a report of follow-up results rates what fell due then, from
        // every year, not the amounts asked this year.)
        for (std::size_t k = a; k-- > first;) {
            if (!r.exact_level(k) || !r.same_kind(k, a)) continue;
            const auto words = clause_words(r, k);
            if (!ends_with(words, verb)) continue;
            // P asked or due: "kiến nghị|đề nghị|yêu cầu|quyết định|phải|cần|buộc <verb> P" (not "đã
            // thu hồi P", "nguồn vốn trung ương giải ngân P": other results).
            static const std::set<std::string_view> kAsked = {"nghị", "cầu", "định", "phải", "cần", "buộc"};
            // (add_part_share skips a rate another reader took.)
            if (kAsked.count(words[words.size() - verb.size() - 1]) && qs[k].interval.hi >= qs[a].interval.lo) add_part_share(out, x, a, k);
            break;
        }
    }
}

}  // namespace soat::analysis::relations
