// One month's flow within the months that hold it: "Riêng tháng 4, hàng container qua các bến đạt
// A triệu TEU. Tính chung 4 tháng đầu năm, hàng container qua các bến đạt T triệu TEU", "Trong tháng
// 9 đón 41 lượt khách …; tính từ đầu năm đã đón 296 lượt khách": what came in during one month is
// part of what came in since the year began, A ≤ T (family Subset).
//
// A's words, from its sentence's start, date it to one month ("tháng 4", "tháng 9/2024") and to
// nothing cumulative; T is the one figure of A's unit and noun after the first cumulative marker
// after A ("tính chung", "lũy kế", "từ đầu năm", "cộng dồn", "N tháng đầu năm" with N at least the
// month), in that marker's sentence; A is the one figure of its kind between its sentence's start
// and the marker. Not read: a change ("tăng A"), a mean, an index, a balance or a stock
// ("xuất siêu", "dư nợ", "tồn"), a prior period's figure ("cùng kỳ", "năm trước"), a per-unit rate.
#include "analysis/relations/reading.hpp"

#include <cctype>

namespace soat::analysis::relations {

namespace {

bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// The number right after "tháng " at `at` (the byte after the space), 0 when none.
int number_at(std::string_view s, std::size_t at) {
    int n = 0;
    std::size_t i = at;
    for (; i < s.size() && digit(s[i]) && i - at < 3; ++i) n = n * 10 + (s[i] - '0');
    return i == at ? 0 : n;
}

// "N tháng" at `at` ("4 tháng đầu năm"): the count of months before "tháng", 0 when none.
int months_before(std::string_view s, std::size_t at) {
    if (at < 2 || s[at - 1] != ' ' || !digit(s[at - 2])) return 0;
    std::size_t b = at - 1;
    while (b > 0 && digit(s[b - 1])) --b;
    if (b > 0 && (digit(s[b - 1]) || s[b - 1] == '.' || s[b - 1] == ',' || s[b - 1] == '/')) return 0;
    return number_at(s, b);
}

constexpr std::string_view kMonth = "tháng ";

// Lowercased words dating a figure to one month: "tháng N" (not "N tháng", not a range "từ tháng",
// "đến tháng"), with no cumulative or comparative word. The month, 0 when not so dated.
int single_month(std::string_view s) {
    for (const char* w : {"tính chung", "lũy kế", "luỹ kế", "đầu năm", "cộng dồn", "từ tháng", "đến tháng", "đến nay", "cùng kỳ",
                          "năm trước", "bình quân", "trung bình", "chỉ số", "siêu", "dư nợ", "tồn", "so với", "kế hoạch"}) {
        if (s.find(w) != std::string_view::npos) return 0;
    }
    int month = 0;
    for (std::size_t at = s.find(kMonth); at != std::string_view::npos; at = s.find(kMonth, at + 1)) {
        if (months_before(s, at) > 0) return 0;
        const int n = number_at(s, at + kMonth.size());
        if (n < 1 || n > 12 || (month != 0 && month != n)) return 0;
        month = n;
    }
    return month;
}

// The first cumulative marker in s from `from`, npos when none; `months` the N of "N tháng đầu
// năm" (0 for the other markers).
std::size_t cumulative_marker(std::string_view s, std::size_t from, int& months) {
    std::size_t best = std::string_view::npos;
    months = 0;
    for (const char* w : {"tính chung", "lũy kế", "luỹ kế", "từ đầu năm", "cộng dồn"}) {
        const std::size_t at = s.find(w, from);
        if (at < best) best = at;
    }
    for (std::size_t at = s.find(kMonth, from); at != std::string_view::npos && at < best; at = s.find(kMonth, at + 1)) {
        const int n = months_before(s, at);
        const std::string_view rest = s.substr(at + kMonth.size());
        if (n >= 2 && n <= 12 && (rest.starts_with("đầu năm") || rest.starts_with("năm") || rest.starts_with("qua"))) {
            std::size_t b = at - 1;
            while (b > 0 && digit(s[b - 1])) --b;
            best = b;
            months = n;
            break;
        }
    }
    return best;
}

}  // namespace

void read_month_cumulative(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    for (std::size_t p = 0; p < r.doc.paragraphs.size(); ++p) {
        if (!r.quantities.vietnamese(p)) continue;
        const auto [pf, pl] = r.quantities.in(p);
        if (pl - pf < 2) continue;
        const std::string_view t = r.doc.paragraphs[p].text;
        // Cheap test first: a month and a cumulative word somewhere in the paragraph.
        if (t.find("tháng") == std::string_view::npos) continue;
        // One kind: the same unit and the same count noun ("Tháng 7" names no count).
        auto kind = [&qs](std::size_t k, std::size_t like) {
            return qs[k].role == Role::Quantity && qs[k].unit == qs[like].unit && qs[k].noun == qs[like].noun;
        };
        std::string low;  // lowercased once, on demand (same byte offsets: ASCII and Vietnamese letters keep their length)
        for (std::size_t a = pf; a < pl; ++a) {
            const auto& qa = qs[a];
            if (!r.usable(a) || r.covered[a] || qa.percent() || qa.unit.find('/') != std::string::npos || qa.negative) continue;
            if (qa.is_count() && qa.noun.empty()) continue;
            if (phrases::after_change_word(t, qa)) continue;
            if (low.empty()) {
                low = lower(t);
                if (low.size() != t.size()) break;
            }
            const auto sa = r.quantities.sentence_at(p, qa.byte_begin);
            const int month = single_month(std::string_view(low).substr(sa.begin, qa.byte_begin - sa.begin));
            if (month == 0) continue;
            int months = 0;
            const std::size_t m = cumulative_marker(low, qa.byte_end, months);
            if (m == std::string_view::npos || (months != 0 && months < month)) continue;
            // The marker in a later clause: a later sentence, or after a ";".
            if (m < sa.end && std::string_view(low).substr(qa.byte_end, m - qa.byte_end).find(';') == std::string_view::npos) continue;
            const auto sm = r.quantities.sentence_at(p, m);
            // A alone of its kind between its sentence's start and the marker.
            bool alone = true;
            for (std::size_t k = pf; k < pl && alone; ++k) {
                if (k != a && qs[k].byte_begin >= sa.begin && qs[k].byte_begin < m && kind(k, a)) alone = false;
            }
            if (!alone) continue;
            // T: the one figure of A's kind after the marker in its sentence.
            std::size_t total = std::string::npos;
            int found = 0;
            for (std::size_t k = a + 1; k < pl; ++k) {
                if (qs[k].byte_begin < m) continue;
                if (qs[k].byte_begin >= sm.end) break;
                if (kind(k, a)) {
                    ++found;
                    total = k;
                }
            }
            if (found != 1 || !r.usable(total) || phrases::after_change_word(t, qs[total])) continue;
            const std::string_view named = std::string_view(low).substr(m, qs[total].byte_begin - m);
            bool other = false;
            for (const char* w : {"cùng kỳ", "năm trước", "bình quân", "trung bình", "chỉ số", "siêu", "dư nợ", "tồn", "kế hoạch", "so với"}) {
                other = other || named.find(w) != std::string_view::npos;
            }
            if (other) continue;
            // "Tính chung 6 tháng đầu năm" after "tháng 7": months that do not hold the month.
            bool before_month = false;
            for (std::size_t at = named.find(kMonth); at != std::string_view::npos; at = named.find(kMonth, at + 1)) {
                const int n = months_before(low, m + at);
                if (n > 0 && n < month) before_month = true;
            }
            if (before_month) continue;
            Relation rel;
            rel.family = Relation::Family::Subset;
            rel.stated = a;
            rel.terms = {a, total};
            out.push_back(std::move(rel));
        }
    }
}

}  // namespace soat::analysis::relations
