// A multiple against a base named after it: "C, gấp N lần mức khởi điểm B", "C, gấp N lần nguồn
// vốn cấp huyện (B)", "C, gấp N lần so với B". C closes the clause right before "gấp"; B is the
// next figure of the sentence, of C's kind, after words naming it (no figure, no clause break
// between), closing its clause or the parenthesis it opens (after "so với", whatever follows). N = C/B, a bound on N ("gấp hơn 3
// lần") kept as its interval. Not read: a base named by a period ("gấp 2 lần năm 2020 (B)", the
// growth reader's), a change as the base ("gấp 2 lần mức tăng …"), a base of another kind.
#include "analysis/relations/reading.hpp"

#include <algorithm>

namespace soat::analysis::relations {

namespace {

// The squeezed words naming B after "lần": no figure or clause break, not a period or a change;
// `paren` when they end by opening B's parenthesis.
bool names_base(std::string name, bool& paren) {
    paren = !name.empty() && name.back() == '(';
    if (paren) name.pop_back();
    if (name.size() > 60 || name.find_first_of(",;:.()0123456789") != std::string::npos) return false;
    for (const char* period : {"năm", "cùngkỳ", "sovớinăm", "sovớicùngkỳ", "kỳ", "tháng", "quý", "sovớitháng", "sovớiquý", "sovớikỳ"}) {
        if (phrases::starts(name, period)) return false;
    }
    return !phrases::contains(name, "tăng") && !phrases::contains(name, "giảm") && !phrases::contains(name, "trongđó");
}

}  // namespace

void read_named_multiple(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    for (const auto& [s, first] : r.candidates()) {
        if (qs[s].unit != "lần" || s == first || r.verb_before(s) != "gấp") continue;
        if (std::any_of(out.begin(), out.end(), [stated = s](const Relation& rel) { return rel.stated == stated; })) continue;
        const std::size_t c = s - 1;
        if (!r.usable(c) || qs[c].percent() || qs[c].negative || !r.same_sentence(c, s)) continue;
        std::string lead = r.between(c, s);
        for (std::string_view bound : {"gần", "hơn", "trên", "khoảng", "xấpxỉ"}) {
            if (qs[s].hedge != Hedge::None && lead.ends_with(bound)) lead.erase(lead.size() - bound.size());
        }
        if (lead != ",gấp" && lead != ",tănggấp") continue;
        const std::size_t b = r.next_figure(s);
        if (b == std::string::npos || !r.usable(b) || qs[b].percent() || qs[b].negative || !r.same_sentence(s, b) || !r.same_kind(c, b)) continue;
        bool paren = false;
        if (!names_base(r.between(s, b), paren)) continue;
        std::string rest = r.after(b, 8);
        rest.erase(0, rest.find_first_not_of(' '));
        // (After "so với", B is the base whatever follows it: "so với B khi trồng lúa".)
        const bool closes = rest.empty() || rest[0] == ',' || rest[0] == ';' || rest[0] == '.' || r.between(s, b) == "sovới";
        if (paren ? (rest.empty() || rest[0] != ')') : !closes) continue;
        Relation rel;
        rel.family = Relation::Family::Multiple;
        rel.stated = s;
        rel.terms = {c, b};
        out.push_back(std::move(rel));
    }
}

}  // namespace soat::analysis::relations
