// What is left once a part is taken out: "Thu nội địa đạt A tỷ đồng. Không tính số thu tiền sử
// dụng đất (B tỷ đồng) thì thu nội địa thực hiện C tỷ đồng": C = A − B. A clause opening with
// "không tính", "không kể", "loại trừ" or "trừ" (after "nếu") names B, the one figure of C's kind
// before "thì"; the words between "thì" and C name the indicator. A is the nearest earlier figure of
// C's kind outside C's sentence, in its paragraph or the one before, whose naming words hold that
// indicator's, and is above C. Not read: figures past a bound (an estimate is read), two figures
// of C's kind before "thì".
#include "analysis/relations/reading.hpp"

#include <algorithm>

namespace soat::analysis::relations {

namespace {

// The words naming C after "thì", the verb linking them to C left out ("thu nội địa thực hiện").
std::vector<std::string> indicator(std::string_view named) {
    auto words = phrases::words_of(lower(named));
    static const std::vector<std::vector<std::string>> kLinks = {{"thực", "hiện"}, {"đạt"}, {"là"}, {"ước"}, {"được"}, {"còn"}, {"chỉ"}};
    for (bool cut = true; cut && !words.empty();) {
        cut = false;
        for (const auto& link : kLinks) {
            if (words.size() >= link.size() && std::equal(link.begin(), link.end(), words.end() - static_cast<std::ptrdiff_t>(link.size()))) {
                words.resize(words.size() - link.size());
                cut = true;
            }
        }
    }
    return words;
}

}  // namespace

void read_exclusion(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    for (const auto& [c, first] : r.candidates()) {
        if (!r.exact_level(c)) continue;
        const std::string_view t = r.text(c);
        const auto sentence = r.quantities.sentence_at(qs[c].paragraph, qs[c].byte_begin);
        const std::string_view raw = t.substr(sentence.begin, qs[c].byte_begin - sentence.begin);
        // (Most sentences hold no "thì": looked for as written before lowercasing.)
        if (raw.find(" thì ") == std::string_view::npos && raw.find(" Thì ") == std::string_view::npos &&
            raw.find(" THÌ ") == std::string_view::npos) {
            continue;
        }
        const std::string lead = lower(raw);
        const std::size_t then = lead.rfind(" thì ");
        if (then == std::string::npos) continue;
        std::string_view opening = std::string_view(lead).substr(0, then);
        opening.remove_prefix(std::min(opening.size(), opening.find_first_not_of(" -+")));
        if (phrases::starts(opening, "nếu ")) opening.remove_prefix(std::string_view("nếu ").size());
        if (!phrases::starts(opening, "không tính ") && !phrases::starts(opening, "không kể ") && !phrases::starts(opening, "loại trừ ") &&
            !phrases::starts(opening, "trừ ")) {
            continue;
        }
        // B: the one figure of C's kind before "thì".
        std::size_t b = std::string::npos;
        int excluded = 0;
        for (std::size_t k = first; k < c; ++k) {
            if (qs[k].byte_begin < sentence.begin || qs[k].byte_begin >= sentence.begin + then || qs[k].percent() || !r.same_kind(k, c)) continue;
            ++excluded;
            b = k;
        }
        if (excluded != 1 || !r.exact_level(b)) continue;
        const auto named = indicator(t.substr(sentence.begin + then + std::string_view(" thì ").size(),
                                              qs[c].byte_begin - sentence.begin - then - std::string_view(" thì ").size()));
        if (named.size() < 2) continue;
        // A: named alike before C's sentence, in its paragraph or the one before.
        const std::size_t p = qs[c].paragraph;
        const std::size_t floor = p > 0 && r.quantities.vietnamese(p - 1) ? r.quantities.in(p - 1).first : first;
        std::size_t a = std::string::npos;
        for (std::size_t j = std::min(b, c); j-- > floor;) {
            if (qs[j].paragraph == p && qs[j].byte_begin >= sentence.begin) continue;
            if (!r.exact_level(j) || !r.same_kind(j, c)) continue;
            const auto js = r.quantities.sentence_at(qs[j].paragraph, qs[j].byte_begin);
            const auto label = phrases::label_before(r.text(j), qs[j].byte_begin, js.begin);
            if (std::search(label.begin(), label.end(), named.begin(), named.end()) != label.end()) {
                a = j;
                break;
            }
        }
        if (a == std::string::npos || qs[a].interval.lo <= qs[c].interval.hi) continue;
        add_balance(out, c, a, b);
    }
}

}  // namespace soat::analysis::relations
