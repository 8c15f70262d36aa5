// A change between two rates: "Tỷ lệ … giảm từ R1% … xuống còn R2%, giảm D điểm phần trăm",
// "đạt R2%, tăng D điểm phần trăm so với năm 2022 (R1%)", or R1 stated earlier for the same
// rate ("Năm 2022, tỷ lệ đô thị hóa đạt R1%. Năm 2023, tỷ lệ đô thị hóa đạt R2%, tăng D điểm
// phần trăm"). With "tăng/giảm d%" between two stated rates the change may be relative or in
// points (reconcile.md §3): a RateChange.
#include "analysis/relations/reading.hpp"

#include <cctype>

namespace soat::analysis::relations {

namespace {

bool in_points(const Reading& r, std::size_t k) {
    if (r.qs[k].unit != "điểm") return false;
    const std::string a = r.after(k, 16);
    return phrases::starts(a, " phần trăm") || phrases::starts(a, " %") || phrases::starts(a, "%");
}

// The previous figure in the paragraph that is not a year or a date.
std::size_t previous_figure(const Reading& r, std::size_t k) {
    const auto [first, last] = r.quantities.in(r.qs[k].paragraph);
    for (std::size_t j = k; j > first; --j) {
        const Role role = r.qs[j - 1].role;
        if (role != Role::Year && role != Role::Date) return j - 1;
    }
    return std::string::npos;
}

bool rate(const Reading& r, std::size_t k) { return k != std::string::npos && r.usable(k) && r.qs[k].percent() && !r.qs[k].negative; }

}  // namespace

void read_points(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    for (const auto& [s, first] : r.candidates()) {
        const std::string verb = r.word_before(s);
        if (verb != "tăng" && verb != "giảm") continue;
        const bool pts = in_points(r, s);
        if (!pts && !qs[s].percent()) continue;
        std::size_t r2 = previous_figure(r, s);
        if (!rate(r, r2) || !r.same_sentence(r2, s)) continue;
        std::string gap = r.between(r2, s);
        std::size_t r1 = std::string::npos;
        // "còn R2% (đầu năm là R1%), giảm D": the earlier rate in parentheses right after R2,
        // named by an earlier time.
        if (gap == ")," + verb) {
            const std::size_t r2p = previous_figure(r, r2);
            if (!rate(r, r2p) || !r.same_sentence(r2p, r2)) continue;
            const std::string inside = r.between(r2p, r2);
            if (inside.empty() || inside[0] != '(' || inside.size() > 40 || phrases::contains(inside, ")")) continue;
            if (!phrases::contains(inside, "năm") && !phrases::contains(inside, "cùngkỳ") && !phrases::contains(inside, "kỳtrước")) continue;
            if (phrases::contains(inside, "kếhoạch") || phrases::contains(inside, "mụctiêu") || phrases::contains(inside, "chỉtiêu")) continue;
            r1 = r2;
            r2 = r2p;
            gap = "," + verb;
        }
        // "còn R2%, đầu năm R1%, giảm D": the earlier rate after R2, named by an earlier time.
        if (r1 == std::string::npos && (gap == "," + verb || gap == ";" + verb)) {
            const std::size_t r2p = previous_figure(r, r2);
            if (rate(r, r2p) && r.same_sentence(r2p, r2)) {
                const std::string when = r.between(r2p, r2);
                if (when == ",đầunăm" || when == ",nămtrước" || when == ",cùngkỳ" || when == ",cùngkỳnămtrước" ||
                    when == ",đầukỳ" || when == ",cuốinămtrước" ||
                    (phrases::starts(when, ",năm20") && when.size() == std::string_view(",năm2023").size())) {
                    r1 = r2;
                    r2 = r2p;
                }
            }
        }
        // "… xuống còn R2% năm 2023, giảm D": the year of R2 between.
        if (phrases::starts(gap, "năm") && gap.size() >= 8 && std::isdigit(static_cast<unsigned char>(gap[4]))) gap.erase(0, 8);
        // "… lên R2% năm 2024 (tăng D điểm phần trăm)".
        if (gap == "(" + verb && pts) gap = "," + verb;
        if (gap != "," + verb && gap != ";" + verb) continue;
        const std::size_t before2 = previous_figure(r, r2);
        const std::string w2 = r.word_before(r2);
        if (r1 == std::string::npos && rate(r, before2) && r.word_before(before2) == "từ" && r.same_sentence(before2, r2) &&
            (w2 == "còn" || w2 == "lên" || w2 == "xuống" || w2 == "mức" || w2 == "đạt")) {
            r1 = before2;  // "từ R1% … xuống còn R2%"
        }
        if (r1 == std::string::npos) {
            const std::size_t n = r.next_figure(s);
            if (rate(r, n) && r.same_sentence(s, n)) {
                const std::string g = r.between(s, n);
                if (phrases::contains(g, "sovới") && !g.empty() && g.back() == '(' && g.size() < 60) r1 = n;
                // "so với năm 2023 (năm 2023 là R1%)": the earlier period named again inside.
                const std::size_t open = g.find('(');
                if (phrases::contains(g, "sovới") && open != std::string::npos && g.find(')') == std::string::npos && g.size() < 60) {
                    std::string inside = g.substr(open + 1);
                    for (const char* v : {"là", "đạt"}) {
                        if (inside.ends_with(v)) inside.erase(inside.size() - std::string_view(v).size());
                    }
                    if (inside == "cùngkỳ" || inside == "nămtrước" || inside == "cùngkỳnămtrước" ||
                        (phrases::starts(inside, "năm20") && inside.size() == std::string_view("năm2023").size())) {
                        r1 = n;
                    }
                }
            }
        }
        const std::string label = r.rate_label(r2);
        if (r1 == std::string::npos && !label.empty() && w2 != "từ") {
            // The same rate stated earlier, as a level.
            std::size_t j = r.previous_of_kind(r2, r2, true);
            if (j != std::string::npos && rate(r, j) && r.rate_label(j) == label) {
                const std::string wj = r.word_before(j);
                if (wj != "tăng" && wj != "giảm" && wj != "từ" && !r.same_sentence(j, r2)) r1 = j;
            }
        }
        if (r1 == std::string::npos) continue;
        if (!pts && label.empty()) continue;  // "tăng d%" between rates not named as rates
        Relation rel;
        rel.family = pts ? Relation::Family::Points : Relation::Family::RateChange;
        rel.stated = s;
        rel.terms = {r2, r1};
        rel.decrease = verb == "giảm";
        out.push_back(std::move(rel));
    }
}

}  // namespace soat::analysis::relations
