// One change stated twice, as a rate and as a multiple: "tăng 142,4%, gấp 2,4 lần" and "gấp 2,4
// lần, tăng 142,4%" (also "tức là", "tương đương", "hay"): the multiple is 1 + rate/100. Only a
// rise: "giảm X%" and a multiple compare other things. Not read when a figure stands between the
// two statements, or when the multiple names a base other than a period (`gấp 2 lần mức tăng`).
#include "analysis/relations/reading.hpp"

namespace soat::analysis::relations {

namespace {

// Figure k is "gấp N lần", the base after it a period or a value ("so với cùng kỳ", "năm
// trước", "cùng kỳ"), or nothing: not a rate's own level ("gấp 2 lần mức tăng …").
bool multiple(const Reading& r, std::size_t k) {
    const auto& q = r.qs[k];
    if ((!q.unit.empty() && q.unit != "lần") || !r.usable(k) || q.negative || r.word_before(k) != "gấp") return false;
    std::string after = r.after(k, 24);
    if (q.unit != "lần" && q.noun != "lần") {
        if (!phrases::starts(after, " lần")) return false;
        after.erase(0, std::string_view(" lần").size());
    }
    const std::size_t b = after.find_first_not_of(' ');
    if (b == std::string::npos || after[b] == ',' || after[b] == '.' || after[b] == ';' || after[b] == '(') return true;
    const std::string_view base = std::string_view(after).substr(b);
    return phrases::starts(base, "so với") || phrases::starts(base, "cùng kỳ") || phrases::starts(base, "năm") ||
           phrases::starts(base, "kỳ") || phrases::starts(base, "tháng");
}

// Figure k is "tăng X%" (past a qualifier).
bool rise(const Reading& r, std::size_t k) {
    return r.qs[k].percent() && r.usable(k) && !r.qs[k].negative && r.verb_before(k) == "tăng";
}

// The squeezed words between the rate and the multiple join two statements of one change.
bool joins(const std::string& between) {
    for (const char* j : {",", ",tứclà", ",tươngđương", ",hay", ",haynói", "haygấp", "tươngđương", "(", ",tăng"}) {
        if (between == j) return true;
    }
    return false;
}

}  // namespace

void read_change_multiple(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    for (std::size_t k = 1; k < qs.size(); ++k) {
        const std::size_t j = k - 1;
        if (qs[j].paragraph != qs[k].paragraph || r.covered[k] || r.covered[j]) continue;
        std::string between = r.between(j, k);
        std::size_t rate = qs.size(), times = qs.size();
        if (rise(r, j) && multiple(r, k)) {
            rate = j;
            times = k;
            // "tăng X%, gấp N lần": the words before "gấp" after the rate.
            if (between.size() >= std::string_view("gấp").size() && between.ends_with("gấp")) between.resize(between.size() - std::string_view("gấp").size());
        } else if (multiple(r, j) && rise(r, k)) {
            rate = k;
            times = j;
            if (between.size() >= std::string_view("tăng").size() && between.ends_with("tăng")) between.resize(between.size() - std::string_view("tăng").size());
            if (between.starts_with("lần")) between.erase(0, std::string_view("lần").size());
        } else {
            continue;
        }
        if (!joins(between)) continue;
        Relation rel;
        rel.family = Relation::Family::ChangeMultiple;
        rel.stated = times;
        rel.terms = {rate};
        out.push_back(rel);
    }
}

}  // namespace soat::analysis::relations
