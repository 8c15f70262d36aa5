// The whole a verb examined and the part found among it: "kiểm tra T cơ sở, phát hiện A cơ sở vi
// phạm", "thanh tra T doanh nghiệp, qua đó phát hiện A doanh nghiệp …", "tiếp nhận T hồ sơ, có A
// hồ sơ …", and a whole named back ("Trong số các vụ án đã thụ lý, có A vụ án …", named_back()).
// T is the object of a verb of examining or receiving, A the object of a verb of
// finding in the next clause of the sentence, both counts of one noun, adjacent (no figure
// between). Reported: A ≤ T (a subset), and the share A stated beside it ("…, chiếm X%", "(X%)",
// "chiếm tỷ lệ X%"). Not read: a change ("tăng A cơ sở"), a comparison or plan between them, a
// result verb that may count other things ("giải quyết A hồ sơ": earlier files too).
#include "analysis/relations/reading.hpp"

#include <algorithm>

namespace soat::analysis::relations {

namespace {

// The squeezed words of the clause before T end with a verb of examining or receiving.
bool examined(const Reading& r, std::size_t t) {
    return r.led_by(t, {"tổngsố", "được", "tổngcộng", "cho"},
                    {"kiểmtra", "thanhtra", "ràsoát", "khám", "khámsànglọc", "khámsứckhỏe", "xétnghiệm", "điềutra", "khảosát", "giámsát",
                     "thẩmđịnh", "tiếpnhận", "thụlý", "sànglọc", "tầmsoát", "kiểmđịnh", "đánhgiá"});
}

// The words after the last comma before A are a verb of finding ("đã phát hiện", "qua đó phát
// hiện", "có"), and the span from T holds no other relation.
bool found_in(const Reading& r, std::size_t t, std::size_t a) {
    const std::string span = r.between(t, a);
    if (span == "\x01" || span.find_first_of(";().:") != std::string::npos) return false;
    for (const char* w : {"sovới", "tăng", "giảm", "kếhoạch", "chỉtiêu", "cùngkỳ", "trướcđó", "kỳtrước", "chuyểnsang", "lũykế"}) {
        if (phrases::contains(span, w)) return false;
    }
    // "khám cho T người cao tuổi và phát hiện A người …": "và" joins the verb of finding as a
    // comma does.
    std::size_t comma = span.rfind(',');
    std::size_t skip = 1;
    if (comma == std::string::npos) {
        comma = span.rfind("và");
        skip = std::string_view("và").size();
        if (comma == std::string::npos) return false;
        const std::string joined = span.substr(comma + skip);
        if (!phrases::starts(joined, "pháthiện") && !phrases::starts(joined, "đãpháthiện") && !phrases::starts(joined, "xácđịnh") &&
            !phrases::starts(joined, "ghinhận")) {
            return false;
        }
    }
    std::string verb = span.substr(comma + skip);
    for (const char* lead : {"quađó", "trongđó", "đã"}) {
        if (phrases::starts(verb, lead)) verb.erase(0, std::string_view(lead).size());
    }
    if (phrases::starts(verb, "đã")) verb.erase(0, std::string_view("đã").size());
    for (const char* v : {"pháthiện", "pháthiệnvàxửlý", "pháthiện,xửlý", "xửlý", "xửphạt", "có", "xácđịnh", "ghinhận"}) {
        if (verb == v) return true;
    }
    return false;
}

// The share stated right after A's naming words: "…, chiếm X%", "…, chiếm tỷ lệ X%", "(X%)",
// "(chiếm X%)", "…, bằng X%", "…, tỷ lệ X%"; ending its clause or naming A's whole ("số cơ sở
// được kiểm tra", "tổng số cơ sở …"); npos when none.
std::size_t share_of(const Reading& r, std::size_t a) {
    const auto& qs = r.qs;
    const std::size_t x = r.next_figure(a);
    if (x == std::string::npos || !qs[x].percent() || !r.usable(x) || !r.same_sentence(a, x) || qs[x].negative) return std::string::npos;
    std::string gap = r.between_to_bound(a, x);
    const std::size_t cut = gap.find_first_of(",(");
    if (cut == std::string::npos) return std::string::npos;
    if (phrases::words_of(std::string_view(r.text(a)).substr(std::max(qs[a].unit_end, qs[a].noun_end),
                                                             qs[x].byte_begin - std::max(qs[a].unit_end, qs[a].noun_end)))
            .size() > 14) {
        return std::string::npos;
    }
    gap.erase(0, cut);
    static const char* const kGaps[] = {",chiếm", ",chiếmtỷlệ", ",chiếmtỉlệ", ",bằng", ",tỷlệ", ",tỉlệ", ",tươngđương", "(", "(chiếm", "(chiếmtỷlệ", "(tỷlệ"};
    bool ok = false;
    for (const char* g : kGaps) ok = ok || gap == g;
    if (!ok) return std::string::npos;
    std::string rest = r.after(x);
    rest.erase(0, rest.find_first_not_of(' '));
    if (gap[0] == '(') {
        if (rest.empty()) return std::string::npos;
        if (rest[0] == ')') return x;
        // "(chiếm X% số người được khám)": A's whole named again inside the parenthesis.
        const std::size_t close = rest.find(')');
        if (close == std::string::npos || rest.substr(0, close).find_first_of("(,;") != std::string::npos) return std::string::npos;
        rest.erase(close);
        // Named back by the passive of its verb ("số người được khám", "số cơ sở được kiểm tra"),
        // not another whole ("số cơ sở vi phạm của tỉnh").
        if (!phrases::contains(rest, " được ")) return std::string::npos;
    } else if (rest.empty() || rest[0] == ',' || rest[0] == ';' || rest[0] == '.') {
        return x;
    }
    // "chiếm X% số cơ sở được kiểm tra", "chiếm X% tổng số cơ sở": A's noun named again.
    if ((phrases::starts(rest, "số ") || phrases::starts(rest, "tổng số ") || phrases::starts(rest, "so với tổng số ")) &&
        phrases::contains(rest, qs[a].noun)) {
        return x;
    }
    return std::string::npos;
}

// "… thụ lý T vụ án hình sự. Trong số các vụ án đã thụ lý, có A vụ án …": A's clause opens with
// "Trong số (các|những) <A's noun> <words>," naming back the whole; T is the one figure of A's
// noun in the sentence before, its clause holding one of those words. npos when none.
std::size_t named_back(const Reading& r, std::size_t a) {
    const auto& qs = r.qs;
    const std::string_view t = r.text(a);
    const auto s = r.quantities.sentence_at(qs[a].paragraph, qs[a].byte_begin);
    std::string lead = lower(t.substr(s.begin, qs[a].byte_begin - s.begin));
    auto words = phrases::words_of(lead);
    if (words.size() < 5 || words[0] != "trong" || words[1] != "số") return std::string::npos;
    const std::size_t comma = lead.find(',');
    if (comma == std::string::npos || lead.find_first_of(",;:()", comma + 1) != std::string::npos) return std::string::npos;
    auto named = phrases::words_of(std::string_view(lead).substr(0, comma));
    named.erase(named.begin(), named.begin() + 2);
    if (!named.empty() && (named.front() == "các" || named.front() == "những")) named.erase(named.begin());
    const auto noun = phrases::words_of(qs[a].noun);
    if (noun.empty() || named.size() <= noun.size() || !std::equal(noun.begin(), noun.end(), named.begin())) return std::string::npos;
    named.erase(named.begin(), named.begin() + static_cast<std::ptrdiff_t>(noun.size()));
    // After the comma only "có" (or nothing) before A.
    auto rest = phrases::words_of(std::string_view(lead).substr(comma + 1));
    if (rest.size() > 1 || (rest.size() == 1 && rest[0] != "có")) return std::string::npos;
    // The sentence before: one figure of A's noun, its clause holding a word of the named whole.
    if (s.begin == 0) return std::string::npos;
    std::size_t back = s.begin - 1;
    while (back > 0 && t[back] == ' ') --back;
    const auto pb = r.quantities.sentence_at(qs[a].paragraph, back);
    if (pb.begin >= s.begin) return std::string::npos;
    const auto [first, last] = r.quantities.in(qs[a].paragraph);
    std::size_t found = std::string::npos;
    int count = 0;
    for (std::size_t k = first; k < a; ++k) {
        if (qs[k].byte_begin < pb.begin || qs[k].byte_begin >= pb.end || !r.usable(k) || qs[k].percent()) continue;
        if (qs[k].noun != qs[a].noun) continue;
        ++count;
        found = k;
    }
    if (count != 1 || qs[found].hedge != Hedge::None || after_verb(r, found, {"tăng", "giảm"})) return std::string::npos;
    const std::size_t cs = Reading::clause_start(t, qs[found].byte_begin, true);
    const std::size_t to = std::min(pb.end, std::max(qs[found].unit_end, qs[found].noun_end) + 40);  // T's clause, to its sentence end
    const std::string clause = lower(t.substr(cs, to - cs));
    const auto clause_words = phrases::words_of(clause);
    // The words continuing the noun in both ("vụ án …" read as "vụ" and "án") name no act.
    const std::size_t noun_end = std::max(qs[found].unit_end, qs[found].noun_end);
    const auto continuing = phrases::words_of(lower(t.substr(noun_end, to > noun_end ? to - noun_end : 0)));
    for (std::size_t i = 0; i < continuing.size() && !named.empty() && named.front() == continuing[i]; ++i) named.erase(named.begin());
    int shared = 0;
    for (const auto& w : named) {
        if (w == "đã" || w == "được" || w == "trong" || w == "năm") continue;
        shared += static_cast<int>(std::find(clause_words.begin(), clause_words.end(), w) != clause_words.end());
    }
    return shared >= 1 ? found : std::string::npos;
}

// "… lập biên bản T trường hợp …, tạm giữ phương tiện đối với A trường hợp trong số đó": "trong số
// đó|này" right after A's noun, closing its clause, names the whole back — the nearest earlier
// figure of A's kind in the sentence (no change, no percentage). npos when none.
std::size_t among_those(const Reading& r, std::size_t a) {
    const auto& qs = r.qs;
    std::string rest = r.after(a, 24);
    rest.erase(0, rest.find_first_not_of(' '));
    bool back = false;
    for (const char* w : {"trong số đó", "trong số này"}) {
        // After the rest of A's noun ("trường hợp"): at most two words, no punctuation.
        const std::size_t at = rest.find(w);
        if (at == std::string::npos || rest.substr(0, at).find_first_of(",;.()") != std::string::npos || phrases::word_count(rest.substr(0, at)) > 2) continue;
        const std::string tail = rest.substr(at + std::string_view(w).size());
        back = tail.empty() || tail[0] == '.' || tail[0] == ',' || tail[0] == ';';
    }
    if (!back) return std::string::npos;
    const std::size_t first = r.quantities.in(qs[a].paragraph).first;
    for (std::size_t j = a; j-- > first;) {
        if (!r.same_sentence(j, a)) break;
        if (!r.usable(j) || qs[j].percent() || qs[j].noun != qs[a].noun) continue;
        const std::string w = r.word_before(j);
        if (w == "tăng" || w == "giảm" || qs[j].hedge != Hedge::None) return std::string::npos;
        return j;
    }
    return std::string::npos;
}

// "Trong tổng số T lao động được giải quyết việc làm, lao động đi làm việc ở nước ngoài là A người":
// the whole opening the sentence after "Trong (tổng) số", and the next clause naming a kind of
// it by the whole's own noun before its figure (counted in that noun or in "người"). npos when
// none.
std::size_t kind_of_whole(const Reading& r, std::size_t a) {
    const auto& qs = r.qs;
    const std::size_t first = r.quantities.in(qs[a].paragraph).first;
    if (a == first || !qs[a].is_count()) return std::string::npos;
    const std::size_t t = a - 1;
    if (!r.usable(t) || qs[t].percent() || !qs[t].is_count() || qs[t].noun.empty() || qs[t].hedge != Hedge::None || !r.same_sentence(t, a)) {
        return std::string::npos;
    }
    if (!(qs[a].noun == qs[t].noun || qs[a].noun == "người")) return std::string::npos;
    const std::string_view text = r.text(t);
    const auto s = r.quantities.sentence_at(qs[t].paragraph, qs[t].byte_begin);
    const std::string lead = phrases::squeeze(text, s.begin, qs[t].byte_begin);
    if (lead != "trongtổngsố" && lead != "trongsố") return std::string::npos;
    // One comma between: T's naming words, then the part's clause opened by T's noun.
    const std::string span = r.between(t, a);
    if (std::count(span.begin(), span.end(), ',') != 1 || span.find_first_of(";:()") != std::string::npos) return std::string::npos;
    const std::string part = span.substr(span.find(',') + 1);
    const std::string noun = phrases::squeeze(qs[t].noun, 0, qs[t].noun.size());
    if (!phrases::starts(part, noun) || part.size() == noun.size()) return std::string::npos;
    if (!part.ends_with("là") && !part.ends_with("có") && !part.ends_with("đạt")) return std::string::npos;
    for (const char* w : {"sovới", "tăng", "giảm", "kếhoạch", "chỉtiêu", "cùngkỳ"}) {
        if (phrases::contains(part, w)) return std::string::npos;
    }
    return t;
}

}  // namespace

void read_examined(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    for (const auto& [a, first] : r.candidates()) {
        const std::size_t t = a - 1;
        if (qs[a].percent() || !qs[a].is_count() || qs[a].noun.empty() || qs[a].hedge != Hedge::None) continue;
        std::size_t whole = named_back(r, a);
        if (whole == std::string::npos) whole = among_those(r, a);
        if (whole == std::string::npos) whole = kind_of_whole(r, a);
        if (whole != std::string::npos) {
            Relation subset;
            subset.family = Relation::Family::Subset;
            subset.stated = a;
            subset.terms = {a, whole};
            out.push_back(std::move(subset));
            continue;
        }
        if (!r.usable(t) || qs[t].percent() || !qs[t].is_count() || qs[t].noun != qs[a].noun || qs[t].hedge != Hedge::None) continue;
        if (!r.same_sentence(t, a) || !examined(r, t) || !found_in(r, t, a)) continue;
        Relation subset;
        subset.family = Relation::Family::Subset;
        subset.stated = a;
        subset.terms = {a, t};
        out.push_back(std::move(subset));
        const std::size_t x = share_of(r, a);
        if (x == std::string::npos || r.covered[x]) continue;
        add_part_share(out, x, a, t);
    }
}

}  // namespace soat::analysis::relations
