// A trade balance: exports less imports. "Tháng 10, xuất khẩu đạt X triệu USD, nhập khẩu đạt M
// triệu USD; xuất siêu của tỉnh đạt B triệu USD" (B = X − M), "xuất khẩu X … nhập khẩu M, nên
// nhập siêu B" / "cán cân thương mại thâm hụt B" (B = M − X), "(xuất siêu B)". Read in one
// sentence: B named by one word of a surplus (`xuất siêu`, `thặng dư`) or of a deficit (`nhập
// siêu`, `thâm hụt`, `thâm hụt thương mại`) in the words since the figure before it; X and M the
// two figures of B's kind right before it, each named by `xuất khẩu` or `nhập khẩu` alone in the
// words since the figure before it (not `xuất nhập khẩu`). Not read: a change (`tăng`, `giảm`,
// `so với`), another period (`cùng kỳ`, `năm trước`, a year or a date between the figures), or a
// part of the whole (`trong đó`, `riêng`, `khu vực`, `khối`, `nhóm`, `mặt hàng`) in the words
// naming any of the three (the balance of a group is not the whole's), unless those words open
// the sentence and name the subject of all three ("Khối FDI xuất khẩu X và nhập khẩu M, …").
#include "analysis/relations/reading.hpp"

#include <array>

namespace soat::analysis::relations {

namespace {

enum class Side { None, Exports, Imports, Surplus, Deficit };

// The squeezed words naming figure k: from the figure before it in its sentence (or the sentence's
// start) to k.
std::string naming(const Reading& r, std::size_t k, std::size_t first, bool* opens = nullptr) {
    const auto& q = r.qs[k];
    const auto s = r.quantities.sentence_at(q.paragraph, q.byte_begin);
    std::size_t from = s.begin;
    for (std::size_t j = k; j-- > first;) {
        const std::size_t end = std::max({r.qs[j].byte_end, r.qs[j].unit_end, r.qs[j].noun_end});
        if (end <= q.byte_begin) {
            from = std::max(from, end);
            break;
        }
    }
    if (opens) *opens = from == s.begin;
    if (from >= q.byte_begin) return {};
    return phrases::squeeze(r.text(k), from, q.byte_begin);
}

bool has(const std::string& s, std::string_view w) { return phrases::contains(s, w); }

// `subject`: the words open the sentence, and a group they name is the subject of all three
// figures ("Khối FDI xuất khẩu X và nhập khẩu M, cán cân thương mại thặng dư B").
Side side_of(const std::string& words, bool subject = false) {
    for (std::string_view w : {"tăng", "giảm", "sovới", "bìnhquân", "kếhoạch", "cùngkỳ", "kỳtrước", "nămtrước", "thángtrước", "quýtrước"}) {
        if (has(words, w)) return Side::None;
    }
    for (std::string_view w : {"trongđó", "riêng", "khuvực", "khối", "nhóm", "mặthàng"}) {
        if (!subject && has(words, w)) return Side::None;
    }
    const bool surplus = has(words, "xuấtsiêu") || has(words, "thặngdư");
    const bool deficit = has(words, "nhậpsiêu") || has(words, "thâmhụt");
    const bool trade = has(words, "xuấtnhậpkhẩu") || has(words, "xuất,nhậpkhẩu") || has(words, "xnk");
    const bool exports = !trade && has(words, "xuấtkhẩu");
    const bool imports = !trade && has(words, "nhậpkhẩu");
    if (surplus + deficit + exports + imports != 1) return Side::None;
    if (surplus) return Side::Surplus;
    if (deficit) return Side::Deficit;
    return exports ? Side::Exports : Side::Imports;
}

// An amount of money or goods (no count of things).
bool plain(const Reading& r, std::size_t k) { return r.exact_level(k) && !r.qs[k].is_count(); }

}  // namespace

void read_trade_balance(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    for (const auto& [c, first] : r.candidates()) {
        if (!plain(r, c)) continue;
        const Side balance = side_of(naming(r, c, first));
        if (balance != Side::Surplus && balance != Side::Deficit) continue;
        // The two figures of B's kind right before it, in its sentence.
        std::array<std::size_t, 2> found{std::string::npos, std::string::npos};
        std::size_t got = 0;
        for (std::size_t j = c; j-- > first && got < 2;) {
            if (qs[j].role != Role::Quantity || qs[j].percent() || !r.same_sentence(j, c)) continue;
            if (!r.same_kind(j, c)) continue;
            found[got++] = j;
        }
        if (got < 2 || !plain(r, found[0]) || !plain(r, found[1])) continue;
        bool opens0 = false, opens1 = false;
        const std::string n0 = naming(r, found[0], first, &opens0), n1 = naming(r, found[1], first, &opens1);
        const Side s0 = side_of(n0, opens0), s1 = side_of(n1, opens1);
        std::size_t x = std::string::npos, m = std::string::npos;
        for (const auto& [k, s] : {std::pair{found[0], s0}, std::pair{found[1], s1}}) {
            if (s == Side::Exports) x = k;
            if (s == Side::Imports) m = k;
        }
        if (x == std::string::npos || m == std::string::npos) continue;
        // A year or a date among the three dates one of them apart ("…; năm 2023 xuất khẩu …").
        bool dated = false;
        for (std::size_t j = found[1] + 1; j < c && !dated; ++j) dated = qs[j].role == Role::Year || qs[j].role == Role::Date;
        if (dated) continue;
        Relation rel;
        rel.family = Relation::Family::Balance;
        rel.stated = c;
        rel.terms = balance == Side::Surplus ? std::vector<std::size_t>{x, m} : std::vector<std::size_t>{m, x};
        out.push_back(std::move(rel));
    }
}

}  // namespace soat::analysis::relations
