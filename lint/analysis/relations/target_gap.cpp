// A rate against its target, the gap between them stated: "Tỷ lệ … đạt R%, vượt D% so với chỉ
// tiêu (T%)", "đạt R%, thấp hơn D điểm phần trăm so với kế hoạch năm (T%)", "đạt R%, thấp hơn chỉ
// tiêu Nghị quyết (T%) D điểm phần trăm". R is the rate right before the verb of comparison
// (nothing but a comma between), T the target's rate in the parenthesis after the target's name
// (chỉ tiêu, kế hoạch, mục tiêu, Nghị quyết; a few words, no other figure), D = R − T in points
// (T − R after "thấp hơn", "hụt"). Written with "%" the gap may also be relative, as between two
// rates of two years (reconcile.md §3): reported only when it is neither.
#include "analysis/relations/reading.hpp"

#include <algorithm>

namespace soat::analysis::relations {

namespace {

bool rate(const Reading& r, std::size_t k) {
    return k != std::string::npos && r.usable(k) && r.qs[k].percent() && !r.qs[k].negative && r.qs[k].hedge == Hedge::None;
}

// The verb of comparison ending the squeezed text before D: +1 above the target, −1 below, 0 none.
int direction(const std::string& lead) {
    for (const char* up : {"vượt", "caohơn"}) {
        if (lead.ends_with(up)) return 1;
    }
    for (const char* down : {"thấphơn", "hụt"}) {
        if (lead.ends_with(down)) return -1;
    }
    return 0;
}

bool names_target(const std::string& s) {
    return phrases::contains(s, "chỉtiêu") || phrases::contains(s, "kếhoạch") || phrases::contains(s, "mụctiêu") ||
           phrases::contains(s, "nghịquyết");
}

// The words of a target's name before its parenthesis: the target word, a few words (a citation
// of the resolution setting it may stand there: "Nghị quyết số 03-NQ/TU ngày 10/12/2021"), no mark
// ending the clause.
bool target_name(const std::string& s) { return names_target(s) && s.size() <= 120 && s.find_first_of(",;.:)%") == std::string::npos; }

}  // namespace

void read_target_gap(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    for (const Reading::Candidate& c : r.candidates()) {
        const std::size_t d = c.figure, first = c.first;
        const bool points = r.in_points(d);
        if (!points && !rate(r, d)) continue;
        if (std::any_of(out.begin(), out.end(), [d](const Relation& rel) { return rel.stated == d; })) continue;
        const std::size_t prev = r.previous_figure(d);
        // (Past the citation of the document setting the target: "Quyết định số 546/QĐ-TTg ngày …".)
        std::size_t next = r.next_figure(d);
        while (next != std::string::npos && (qs[next].role == Role::Code || qs[next].role == Role::Name || qs[next].role == Role::Label ||
                                             qs[next].role == Role::Fraction)) {
            next = r.next_figure(next);
        }
        std::size_t target = std::string::npos, level = std::string::npos;
        std::string lead;
        if (rate(r, next) && rate(r, prev)) {
            // "R%, vượt D% so với chỉ tiêu (T%)": the target after D.
            std::string named = r.between(d, next);
            if (points) {
                for (const char* unit : {"phầntrăm", "%"}) {
                    if (phrases::starts(named, unit)) {
                        named.erase(0, std::string_view(unit).size());
                        break;
                    }
                }
            }
            // The target's name before the parenthesis ("so với chỉ tiêu (T%)", "kế hoạch (T%)") or
            // inside it ("so với năm (kế hoạch T%)").
            const std::size_t open = named.rfind('(');
            const std::string name = open == std::string::npos ? std::string() : named.substr(0, open);
            const std::string inside = open == std::string::npos ? std::string() : named.substr(open + 1);
            const bool named_before = target_name(name) && inside.empty();
            const bool named_inside = (name.empty() || target_name(name) || phrases::starts(name, "sovới")) && inside.size() <= 30 &&
                                      target_name(inside);
            if (open != std::string::npos && (named_before || named_inside) && phrases::starts(r.after(next, 4), ")")) {
                target = next;
                level = prev;
                lead = r.between(prev, d);
                // "…, thấp hơn D1% so với chỉ tiêu A (T1%) và thấp hơn D2% so với chỉ tiêu B (T2%)": the
                // second gap is of the same rate.
                if (phrases::starts(lead, ")và")) {
                    for (const Relation& rel : out) {
                        if (rel.target && rel.terms.size() == 2 && rel.terms[1] == prev) {
                            level = rel.terms[0];
                            lead = lead.substr(std::string_view(")và").size());
                        }
                    }
                }
            }
        } else if (rate(r, prev) && prev > first && rate(r, r.previous_figure(prev)) && phrases::starts(r.after(prev, 4), ")")) {
            // "R%, thấp hơn chỉ tiêu Nghị quyết (T%) D điểm phần trăm": the target before D.
            const std::size_t rr = r.previous_figure(prev);
            const std::string named = r.between(rr, prev);
            const std::size_t open = named.rfind('(');
            std::string head = open == std::string::npos ? std::string() : named.substr(0, open);
            if (phrases::starts(head, ",")) head.erase(0, 1);
            for (const char* verb : {"vượt", "caohơn", "thấphơn", "hụt"}) {
                if (!phrases::starts(head, verb)) continue;
                const std::string name = head.substr(std::string_view(verb).size());
                if (open + 1 == named.size() && r.between(prev, d) == ")" && target_name(name)) {
                    target = prev;
                    level = rr;
                    lead = verb;
                }
                break;
            }
        }
        if (target == std::string::npos || !r.same_sentence(level, d) || !r.same_sentence(target, d)) continue;
        // Between the rate and the verb a comma, after at most what the rate is of ("đạt 96,5%, vượt
        // …", "chiếm tỷ lệ 32,48% lực lượng lao động, cao hơn …").
        const std::size_t comma = lead.find(',');
        const std::string verb = comma == std::string::npos ? lead : lead.substr(comma + 1);
        const std::string object = comma == std::string::npos ? std::string() : lead.substr(0, comma);
        const int dir = direction(verb);
        if (dir == 0 || (verb != "vượt" && verb != "caohơn" && verb != "thấphơn" && verb != "hụt")) continue;
        if (object.size() > 30 || object.find_first_of(";:()0123456789") != std::string::npos) continue;
        Relation rel;
        rel.family = points ? Relation::Family::Points : Relation::Family::RateChange;
        rel.stated = d;
        rel.terms = {level, target};
        rel.decrease = dir < 0;
        rel.points_fit = true;
        rel.target = true;
        out.push_back(std::move(rel));
    }
}

}  // namespace soat::analysis::relations
