// A comparison followed by the pair it compares: "A cao gấp N lần B (C so với D)", "gấp N lần so
// năm 2015 (C/D tỷ đồng)", "cao hơn X% so với B, lần lượt là C so với D". The words after the
// multiple or the rate name its base (no figure, no clause break); then the pair, in parentheses
// or after "lần lượt là"/"tương ứng là", two figures of one kind joined by "so với" or "/", closing
// the parenthesis or the clause. N = C/D; X = ±(C/D − 1)·100 ("thấp hơn" a fall).
#include "analysis/relations/reading.hpp"

#include <algorithm>
#include <cctype>

namespace soat::analysis::relations {

namespace {

// The squeezed words naming the base, up to where the pair opens: `opening` is "(" or a
// "lần lượt là"-like lead. No figure or clause break, no change named.
bool names_base_then_pair(std::string name, std::string_view& opening) {
    for (std::string_view lead : {"(", ",lầnlượtlà", ",tươngứnglà", ",tươngứng", "(lầnlượtlà", "(tươngứnglà", "(tươngứng"}) {
        if (name.ends_with(lead)) {
            opening = lead;
            name.erase(name.size() - lead.size());
            break;
        }
    }
    // A year may date the base ("so năm 2015 (C/D)").
    for (std::size_t i = 0; i + 4 <= name.size(); ++i) {
        if ((name.compare(i, 2, "19") == 0 || name.compare(i, 2, "20") == 0) && std::isdigit(static_cast<unsigned char>(name[i + 2])) &&
            std::isdigit(static_cast<unsigned char>(name[i + 3])) && (i == 0 || !std::isdigit(static_cast<unsigned char>(name[i - 1]))) &&
            (i + 4 == name.size() || !std::isdigit(static_cast<unsigned char>(name[i + 4])))) {
            name.erase(i, 4);
        }
    }
    if (opening.empty() || name.size() > 90 || name.find_first_of(",;:.()0123456789") != std::string::npos) return false;
    return !phrases::contains(name, "tăng") && !phrases::contains(name, "giảm") && !phrases::contains(name, "trongđó");
}

}  // namespace

void read_paired_comparison(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    for (std::size_t s = 0; s < qs.size(); ++s) {
        // (The comparison may be its paragraph's first figure: the pair follows it.)
        if (!r.usable(s) || r.covered[s] || qs[s].negative || !r.quantities.vietnamese(qs[s].paragraph)) continue;
        const Quantity& q = qs[s];
        if (q.unit != "lần" && !q.percent()) continue;
        {
            // (A cheap look first: the verb stands within a few words before.)
            const std::string_view t = r.text(s);
            const std::size_t from = q.byte_begin > 24 ? q.byte_begin - 24 : 0;
            if (t.substr(from, q.byte_begin - from).find(q.percent() ? "hơn" : "gấp") == std::string_view::npos) continue;
        }
        bool multiple = false, fall = false;
        if (q.unit == "lần" && r.verb_before(s) == "gấp") {
            multiple = true;
        } else if (q.percent() && r.verb_before(s) == "hơn") {
            const std::string b = r.before(s, 24);
            if (!b.ends_with("cao hơn ") && !b.ends_with("thấp hơn ") && !b.ends_with("lớn hơn ") && !b.ends_with("nhỏ hơn ")) continue;
            fall = b.ends_with("thấp hơn ") || b.ends_with("nhỏ hơn ");
        } else {
            continue;
        }
        if (std::any_of(out.begin(), out.end(), [stated = s](const Relation& rel) { return rel.stated == stated; })) continue;
        const std::size_t c = r.next_figure(s);
        if (c == std::string::npos || !r.usable(c) || qs[c].negative || !r.same_sentence(s, c)) continue;
        std::string_view opening;
        if (!names_base_then_pair(r.between(s, c), opening)) continue;
        const std::size_t d = r.next_figure(c);
        if (d == std::string::npos || !r.usable(d) || qs[d].negative || !r.same_sentence(c, d)) continue;
        const std::string join = r.between(c, d);
        if (join != "sovới" && join != "/" && join != "và") continue;
        // "C/D tỷ đồng": the unit written once, after D.
        if (!r.same_kind(c, d) && !(join == "/" && qs[c].unit.empty())) continue;
        // Two rates compared by "cao hơn X%" may be compared in points: left to the points reader.
        if (qs[c].percent() != qs[d].percent() || (!multiple && qs[c].percent())) continue;
        std::string rest = r.after(d, 8);
        rest.erase(0, rest.find_first_not_of(' '));
        const bool in_paren = opening.front() == '(';
        if (in_paren ? (rest.empty() || rest[0] != ')') : !(rest.empty() || rest[0] == ',' || rest[0] == ';' || rest[0] == '.')) continue;
        Relation rel;
        rel.family = multiple ? Relation::Family::Multiple : Relation::Family::Growth;
        rel.stated = s;
        rel.terms = {c, d};
        rel.decrease = fall;
        rel.compared = !multiple;
        out.push_back(std::move(rel));
    }
}

}  // namespace soat::analysis::relations
