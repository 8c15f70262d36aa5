// A whole's rate against the rates of the two groups that split it: "tỷ lệ hộ dùng Internet đạt
// X%, trong đó thành thị a%, nông thôn b%" (also "X%. Trong đó, …"), "tỷ lệ lao động qua đào tạo X%; trong đó nam a% và nữ
// b%". The whole's rate is a mean of its groups' rates weighted by their sizes, so it lies between
// them. Read only when the two groups take both values of a classification of two (nam/nữ, thành
// thị/nông thôn, trong/ngoài nước, …: complements.hpp), so nothing is left out; not a change
// ("tăng X%") or rates of changes, not a third rate after the two, not labels holding figures.
#include "analysis/complements.hpp"
#include "analysis/relations/reading.hpp"

#include <algorithm>

namespace soat::analysis::relations {

namespace {

// A plain rate of a whole or a group: a percentage not stated as a change.
bool rate(const Reading& r, std::size_t k) {
    if (k == std::string::npos || !r.qs[k].percent() || !r.usable(k) || r.qs[k].negative) return false;
    const std::string w = r.verb_before(k);
    return w != "tăng" && w != "giảm" && w != "gấp";
}

// The words naming a group between figures k and n as written (a capitalised "Nam" names a
// place), past "trong đó", separators and linking words; "" when a figure or a clause break stands
// between.
std::string group_label(const Reading& r, std::size_t k, std::size_t n) {
    const auto& qs = r.qs;
    if (qs[k].paragraph != qs[n].paragraph) return {};
    const std::size_t from = std::max(qs[k].unit_end, qs[k].noun_end);
    if (from > qs[n].byte_begin) return {};
    std::string gap(r.text(k).substr(from, qs[n].byte_begin - from));
    auto trim = [&] {
        const std::size_t b = gap.find_first_not_of(" .,;:");
        gap = b == std::string::npos ? std::string() : gap.substr(b);
        while (!gap.empty() && (gap.back() == ' ' || gap.back() == ':')) gap.pop_back();
    };
    trim();
    for (std::string_view lead : {"trong đó", "Trong đó", "và"}) {
        if (gap.starts_with(lead)) {
            gap.erase(0, lead.size());
            trim();
        }
    }
    for (std::string_view link : {" đạt", " là", " chiếm", " có"}) {
        if (gap.ends_with(link)) gap.erase(gap.size() - link.size());
    }
    trim();
    if (gap.empty() || gap.find_first_of(",;:().0123456789") != std::string::npos) return {};
    return gap;
}

}  // namespace

void read_group_rates(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    // (Every figure: the whole's rate often opens its paragraph, before the candidates start.)
    for (std::size_t x = 0; x < qs.size(); ++x) {
        if (!r.quantities.vietnamese(qs[x].paragraph) || r.covered[x] || !rate(r, x)) continue;
        const std::size_t a = r.next_figure(x);
        if (!rate(r, a)) continue;
        // "X%, trong đó …", "X%; trong đó …", or the next sentence opened by "Trong đó".
        const std::string opening = r.between(x, a);
        const std::size_t marker = opening.find("trongđó");
        if (marker == std::string::npos || marker > 1 || (!r.same_sentence(x, a) && opening[0] != '.')) continue;
        const std::string label_a = group_label(r, x, a);
        const std::size_t b = r.next_figure(a);
        if (label_a.empty() || !rate(r, b) || !r.same_sentence(a, b)) continue;
        const std::string label_b = group_label(r, a, b);
        if (label_b.empty() || !exhaustive_pair(label_a, label_b)) continue;
        // The two rates end the list: no third rate joined after them.
        const std::size_t c = r.next_figure(b);
        if (c != std::string::npos && qs[c].percent() && r.same_sentence(b, c)) {
            const std::string more = r.between(b, c);
            if (more.size() < 40 && more.find_first_of(".;") == std::string::npos) continue;
        }
        Relation rel;
        rel.family = Relation::Family::TotalGrowth;
        rel.group_rates = true;
        rel.stated = x;
        rel.terms = {a, b};
        rel.negative = {false, false};
        out.push_back(std::move(rel));
    }
}

}  // namespace soat::analysis::relations
