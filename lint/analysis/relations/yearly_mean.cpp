// A yearly mean rate between two dated levels of one indicator: "từ 310 nghìn con năm 2016 tăng
// lên 360 nghìn con năm 2021, tăng bình quân 3,0%/năm"; "Năm 2016 là 500.174 người, năm 2020 là
// 761.081 người, bình quân mỗi năm tăng 11,1%"; a series "năm 2023 là A, năm 2024 là … (tăng
// 10%), …, năm 2026 là B, bình quân mỗi năm tăng khoảng 10%"; the levels in the sentence before
// ("Năm 2021 … đón A …, năm 2023 đón B … . Như vậy … mức tăng bình quân … là 20%/năm"); the prior
// as a difference ("năm 2020 đạt C, tăng D so với năm 2015, bình quân tăng X%/năm": B = C − D), or
// the ratio as a multiple ("năm 2023 đạt C, tăng 2,4 lần so với năm 2019. Tốc độ tăng trưởng bình
// quân giai đoạn 2020-2023 đạt X%/năm": B/A = 2,4, or 3,4 read as "tăng thêm").
// The rate is the compound one over the years between, X = (B/A)^(1/n) − 1, n = Y2 − Y1 (n + 1
// is accepted too: some writers count the years of the period). Read only with "bình quân" and a
// yearly word ("/năm", "mỗi năm", "hằng năm", "hàng năm") before or at the rate, every level of
// the scope of one kind and dated, years rising in the order written, and nothing between two
// levels but their years and linking words (not two indicators: "xuất khẩu năm 2016 đạt A, nhập
// khẩu năm 2020 đạt B").
#include "analysis/relations/reading.hpp"

#include <cctype>

namespace soat::analysis::relations {

namespace {

bool is_year(const Reading& r, std::size_t k) { return r.qs[k].role == Role::Year; }

bool same_paragraph(const Reading& r, std::size_t a, std::size_t b) { return r.qs[a].paragraph == r.qs[b].paragraph; }

// The year dating level k: right after it ("310 nghìn con năm 2016"), or right before it with a
// few words between ("Năm 2016 là 500.174 người", "năm 2020 ước đạt 520 tỷ đồng"); 0 when none.
int year_of(const Reading& r, std::size_t k) {
    const auto& qs = r.qs;
    if (k + 1 < qs.size() && same_paragraph(r, k, k + 1) && is_year(r, k + 1) && r.between(k, k + 1) == "năm") {
        return static_cast<int>(qs[k + 1].numeral.value);
    }
    if (k > 0 && same_paragraph(r, k - 1, k) && is_year(r, k - 1) && r.word_before(k - 1) == "năm") {
        const std::string gap = r.between(k - 1, k);
        // "Năm 2023, tổng kim ngạch … đạt C": a year opening the sentence dates its first level.
        const auto sentence = r.quantities.sentence_at(qs[k].paragraph, qs[k].byte_begin);
        const bool opening = gap.starts_with(",") && phrases::squeeze(r.text(k), sentence.begin, qs[k - 1].byte_begin) == "năm";
        if ((gap.size() <= 24 || (opening && gap.size() <= 100)) && gap.find_first_of(";:()0123456789") == std::string::npos) {
            return static_cast<int>(qs[k - 1].numeral.value);
        }
    }
    return 0;
}

// Nothing but years and linking words between two levels ("tăng lên", ", năm 2020 là", "(tăng
// 10%), năm 2025 là"): at most one other word.
bool linked(const Reading& r, std::size_t a, std::size_t b) {
    const std::string_view t = r.text(a);
    const std::size_t from = std::max(r.qs[a].unit_end, r.qs[a].noun_end);
    if (from > r.qs[b].byte_begin) return false;
    std::string gap(t.substr(from, r.qs[b].byte_begin - from));
    // Parentheses hold a rate of the year ("(tăng 10%)").
    for (std::size_t open = gap.find('('); open != std::string::npos; open = gap.find('(')) {
        const std::size_t close = gap.find(')', open);
        if (close == std::string::npos) return false;
        gap.erase(open, close - open + 1);
    }
    if (gap.find_first_of(";:") != std::string::npos) return false;
    static const char* const kLinks[] = {"năm", "tăng", "lên", "là", "đạt", "đến", "thì", "còn", "có", "và", "ước", "mức", "ở", "tới",
                                         "giảm", "xuống", "so", "với", "đón", "toàn", "tỉnh", "huyện"};
    int other = 0;
    for (const std::string& w : phrases::words_of(gap)) {
        if (w.empty() || std::isdigit(static_cast<unsigned char>(w[0]))) continue;
        bool link = false;
        for (const char* l : kLinks) link = link || w == l;
        if (!link) ++other;
    }
    return other <= 1;
}

// Rate k is a yearly mean: "bình quân" in its clause before it and a yearly word, before it or
// "/năm" after it. `sign` −1 after "giảm".
bool yearly_mean(const Reading& r, std::size_t k, int& sign) {
    const auto& q = r.qs[k];
    // "3,0%/năm" carries its period in its unit.
    if ((!q.percent() && !q.unit.starts_with("%/")) || q.negative) return false;
    const std::string& clause = r.clause_before(k);
    if (!phrases::contains(clause, "bìnhquân")) return false;
    const bool yearly = q.unit.starts_with("%/năm") || r.after(k, 8).starts_with("/năm") || phrases::contains(clause, "mỗinăm") ||
                        phrases::contains(clause, "hằngnăm") || phrases::contains(clause, "hàngnăm");
    if (!yearly) return false;
    const std::size_t up = clause.rfind("tăng"), down = clause.rfind("giảm");
    if (up == std::string::npos && down == std::string::npos) return false;
    sign = down != std::string::npos && (up == std::string::npos || down > up) ? -1 : 1;
    // Another base than the indicator's own years ("so với cả nước", "cao hơn …") is no mean.
    return !phrases::contains(clause, "sovới") && !phrases::contains(clause, "caohơn") && !phrases::contains(clause, "thấphơn");
}

}  // namespace

void read_yearly_mean(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    for (const auto& candidate : r.candidates()) {
        // Plain names, not a structured binding: the lambdas below capture them (clang 14).
        const std::size_t x = candidate.figure, first = candidate.first;
        int sign = 1;
        if (!yearly_mean(r, x, sign)) continue;
        const std::size_t p = qs[x].paragraph;
        auto sentence = r.quantities.sentence_at(p, qs[x].byte_begin);
        // The levels before the rate in its sentence, else in the sentence before (a conclusion
        // "Như vậy …" of the figures just given).
        std::vector<std::size_t> levels, multiples;
        auto collect = [&](std::size_t begin, std::size_t end) {
            levels.clear();
            multiples.clear();
            bool other = false;
            for (std::size_t k = first; k < x; ++k) {
                if (qs[k].byte_begin < begin || qs[k].byte_begin >= end) continue;
                if (qs[k].role != Role::Quantity || qs[k].percent()) continue;
                if (qs[k].unit == "lần" || (qs[k].unit.empty() && qs[k].noun == "lần")) {
                    multiples.push_back(k);
                    continue;
                }
                // "giai đoạn 2016-2021": a span of years, no level.
                if (qs[k].unit.empty() && qs[k].noun.empty() && qs[k].numeral.decimals == 0 && qs[k].numeral.value >= 1900 &&
                    qs[k].numeral.value <= 2100) {
                    continue;
                }
                if (qs[k].ambiguous || qs[k].negative) {
                    other = true;
                    continue;
                }
                levels.push_back(k);
            }
            return !other;
        };
        if (!collect(sentence.begin, qs[x].byte_begin)) continue;
        std::size_t end_before = sentence.begin;
        while (end_before > 0 && r.text(x)[end_before - 1] == ' ') --end_before;
        if (levels.empty() && end_before > 0) {
            const auto before = r.quantities.sentence_at(p, end_before - 1);
            if (before.begin >= sentence.begin || !collect(before.begin, before.end)) continue;
        }
        if (levels.empty()) continue;
        Relation rel;
        rel.family = Relation::Family::YearlyMean;
        rel.stated = x;
        rel.decrease = sign < 0;
        bool ok = true;
        for (std::size_t i = 1; i < levels.size() && ok; ++i) ok = r.same_kind(levels[0], levels[i]);
        if (!ok) continue;
        const bool by_difference = levels.size() == 2 && r.between(levels[0], levels[1]) == ",tăng" && levels[1] == levels[0] + 1;
        if (!multiples.empty() && !(levels.size() == 1 && multiples.size() == 1)) continue;
        if (levels.size() == 1 && multiples.size() == 1) {
            // "năm 2023 đạt C, tăng 2,4 lần so với năm 2019": the ratio is stated.
            const std::size_t c = levels[0], m = multiples[0];
            const int y2 = year_of(r, c);
            const std::string gap = r.between(c, m);
            if (y2 == 0 || m != c + 1 || m + 1 >= qs.size() || !same_paragraph(r, m, m + 1) || !is_year(r, m + 1) ||
                (gap != ",tăng" && gap != ",gấp" && gap != ",tănggấp") || r.between(m, m + 1) != "sovớinăm") {
                continue;
            }
            rel.terms = {c, m};
            rel.by_multiple = true;
            rel.first_year = static_cast<int>(qs[m + 1].numeral.value);
            rel.last_year = y2;
        } else if (by_difference) {
            // "năm 2020 đạt C, tăng D so với năm 2015": the prior is C − D.
            const std::size_t c = levels[0], d = levels[1];
            const int y2 = year_of(r, c);
            if (y2 == 0 || d + 1 >= x || !is_year(r, d + 1) || r.between(d, d + 1) != "sovớinăm") continue;
            rel.terms = {c, d};
            rel.by_difference = true;
            rel.first_year = static_cast<int>(qs[d + 1].numeral.value);
            rel.last_year = y2;
        } else if (levels.size() >= 2) {
            // Every level dated, the years rising as written, nothing between but years and links.
            int last_year = 0;
            for (std::size_t i = 0; i < levels.size() && ok; ++i) {
                const int y = year_of(r, levels[i]);
                ok = y > last_year && (last_year == 0 || linked(r, levels[i - 1], levels[i]));
                last_year = y;
            }
            if (!ok) continue;
            rel.terms = {levels.back(), levels.front()};
            rel.first_year = year_of(r, levels.front());
            rel.last_year = last_year;
        } else {
            continue;
        }
        if (rel.last_year - rel.first_year < 1 || rel.last_year - rel.first_year > 50) continue;
        out.push_back(rel);
    }
}

}  // namespace soat::analysis::relations
