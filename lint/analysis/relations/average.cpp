// Averages: "N dự án với tổng vốn T tỷ đồng, bình quân M tỷ đồng/dự án", "N lớp cho T lượt
// người, trung bình M người/lớp", "… bình quân mỗi dự án M tỷ đồng": M = T/N. M follows
// "bình quân" or "trung bình" and names what it is per ("/dự án", "mỗi dự án"); T is the one
// figure of M's measure (the same unit, or for counts a noun one ends the other) and N the one
// count of that per-noun (or the one measure in the per-unit: "năng suất bình quân K tấn/ha" over
// the hectares) in M's sentence, both before M. A growth rate ("tăng bình
// quân 7%/năm") and a per-capita figure without its count are not read.
#include "analysis/relations/reading.hpp"

#include <algorithm>

namespace soat::analysis::relations {

namespace {

// "đồng/dự" -> "đồng"; the measure before the slash.
std::string base_unit(const std::string& unit) { return unit.substr(0, unit.find('/')); }

// The words after '/' at byte `at` of t (up to a delimiter or a figure), lowercased.
std::vector<std::string> per_words(std::string_view t, std::size_t at) {
    std::size_t end = t.find_first_of(",;.()0123456789", at);
    if (end == std::string_view::npos) end = t.size();
    auto words = phrases::words_of(t.substr(at, end - at));
    if (words.size() > 3) words.resize(3);
    return words;
}

bool begins_with(const std::string& noun, const std::vector<std::string>& per) {
    if (per.empty() || noun.empty()) return false;
    const auto words = phrases::words_of(noun);
    // The count's noun starts the per-words, or the per-words start the noun ("dự án" / "dự án").
    const std::size_t n = std::min(words.size(), per.size());
    return std::equal(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(n), per.begin());
}

// The factor from unit `from` to unit `to` when both are masses ("tấn" in "tạ": 10), 0 otherwise.
double mass_factor(const std::string& from, const std::string& to) {
    auto kg = [](const std::string& u) {
        if (u == "tấn") return 1000.0;
        if (u == "tạ") return 100.0;
        if (u == "yến") return 10.0;
        if (u == "kg") return 1.0;
        return 0.0;
    };
    const double a = kg(from), b = kg(to);
    return a > 0 && b > 0 && a != b ? a / b : 0.0;
}

bool noun_agrees(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty()) return a == b;
    const std::string& x = a.size() <= b.size() ? a : b;
    const std::string& y = a.size() <= b.size() ? b : a;
    if (x == y) return true;
    // "người" / "lượt người", "lượt" / "lượt khách": one noun starts or ends the other, by words.
    return (y.compare(0, x.size(), x) == 0 && y[x.size()] == ' ') ||
           (y.size() > x.size() && y.compare(y.size() - x.size(), x.size(), x) == 0 && y[y.size() - x.size() - 1] == ' ');
}

}  // namespace

void read_average(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    // Every figure, a paragraph's first too: the total and the divisor may follow the average.
    std::vector<Reading::Candidate> figures;
    for (std::size_t p = 0; p < r.doc.paragraphs.size(); ++p) {
        if (!r.quantities.vietnamese(p)) continue;
        const auto [pf, pl] = r.quantities.in(p);
        for (std::size_t k = pf; k < pl; ++k) {
            if (r.usable(k) && !r.covered[k] && !qs[k].negative) figures.push_back({k, pf});
        }
    }
    for (const auto& [m, first] : figures) {
        if (qs[m].percent() || qs[m].hedge != Hedge::None) continue;
        // A yield per hectare is an average by its name ("năng suất lúa đạt K tạ/ha").
        const bool yield = qs[m].unit.ends_with("/ha");
        {
            const std::string near = r.before(m, 72);
            if (!phrases::contains(near, "bình quân") && !phrases::contains(near, "trung bình") && !(yield && phrases::contains(near, "năng suất"))) continue;
        }
        const std::string_view t = r.text(m);
        const std::string& before = r.clause_before(m);
        std::vector<std::string> per;
        std::string lead = before;
        // "bình quân mỗi dự án M": the per-noun before M.
        const std::size_t each = lead.rfind("mỗi");
        if (each != std::string::npos && (phrases::contains(lead, "bìnhquânmỗi") || phrases::contains(lead, "trungbìnhmỗi"))) {
            const std::size_t at = lower(t.substr(0, qs[m].byte_begin)).rfind("mỗi ");
            if (at == std::string::npos) continue;
            per = per_words(t, at + std::string_view("mỗi ").size());
            lead.erase(each);
        }
        for (const char* v : {"đạt", "là", "khoảng"}) {
            if (lead.ends_with(v)) lead.erase(lead.size() - std::string_view(v).size());
        }
        // "năng suất bình quân cả năm đạt K": the period the average is of may stand between
        // "bình quân" and its verb.
        for (const char* period : {"cảnăm", "cảvụ", "nămnay"}) {
            if (lead.ends_with(period)) lead.erase(lead.size() - std::string_view(period).size());
        }
        if (lead.size() > 7 && lead.substr(lead.size() - 7, 3) == "năm" &&
            std::all_of(lead.end() - 4, lead.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            lead.erase(lead.size() - 7);
        }
        std::string head = lead;
        bool averaged = false;
        for (const char* w : {"bìnhquân", "trungbình"}) {
            if (!averaged && head.ends_with(w)) {
                head.erase(head.size() - std::string_view(w).size());
                averaged = true;
            }
        }
        // "năng suất (lúa) đạt K tạ/ha": the crop may be named between.
        if (!averaged && yield) {
            const std::size_t at = head.rfind("năngsuất");
            if (at != std::string::npos && head.size() - at <= std::string_view("năngsuất").size() + 16 &&
                head.find_first_of("0123456789,;()", at) == std::string::npos) {
                head.erase(at);
                averaged = true;
            }
        }
        if (!averaged) continue;
        if (head.ends_with("tăng") || head.ends_with("giảm") || head.ends_with("tốcđộ")) continue;
        // "M tỷ đồng/dự án", "M người/lớp": the per-noun after a slash.
        if (per.empty()) {
            const std::size_t slash = qs[m].unit.find('/');
            std::size_t at = std::string::npos;
            if (slash != std::string::npos) {
                at = t.find('/', qs[m].byte_end);
            } else {
                const std::size_t tail = std::max(qs[m].unit_end, qs[m].noun_end);
                if (tail < t.size() && t[tail] == '/') at = tail;
            }
            if (at == std::string::npos || at > std::max(qs[m].unit_end, qs[m].noun_end) + 1) continue;
            per = per_words(t, at + 1);
        }
        if (per.empty()) continue;
        const std::string unit = base_unit(qs[m].unit);
        std::size_t total = std::string::npos, count = std::string::npos;
        int totals = 0, counts = 0;
        const auto s = r.quantities.sentence_at(qs[m].paragraph, qs[m].byte_begin);
        // The total and the divisor anywhere in M's sentence: before it ("T … cho N dự án, bình
        // quân M"), or after it ("Bình quân mỗi xã M (tổng kinh phí T, N xã)").
        const std::size_t last = r.quantities.in(qs[m].paragraph).second;
        double factor = 1;
        for (std::size_t k = first; k < last; ++k) {
            if (k == m) continue;
            if (qs[k].byte_begin >= s.end) break;
            // An estimate ("ước đạt") has the same arithmetic (reconcile.md §1); a bound does not,
            // and leaves the total unsure ("đạt hơn 145.723 tấn (tăng 7.844 tấn …)").
            if (!r.usable(k) || qs[k].byte_begin < s.begin || qs[k].percent()) continue;
            // A change ("…, tăng 21,8 nghìn ha so với vụ trước") is no level of either.
            if (phrases::after_change_word(t, qs[k])) continue;
            if (qs[k].hedge != Hedge::None && qs[k].hedge != Hedge::Estimate) {
                if ((qs[k].unit == unit && qs[k].unit.find('/') == std::string::npos) || (mass_factor(qs[k].unit, unit) > 0 && per.size() == 1)) ++totals;
                continue;
            }
            // The divisor: a count of the per-noun, or a measure in the per-unit ("tấn/ha" over ha).
            if ((qs[k].is_count() && begins_with(qs[k].noun, per)) || (!qs[k].is_count() && qs[k].unit == per.front() && per.size() == 1)) {
                ++counts;
                count = k;
            } else if (qs[k].unit == unit && qs[k].unit.find('/') == std::string::npos &&
                       (!qs[m].is_count() || noun_agrees(qs[k].noun, qs[m].noun))) {
                ++totals;
                total = k;
                factor = 1;
            } else if (const double f = mass_factor(qs[k].unit, unit); f > 0 && per.size() == 1) {
                // "năng suất K tạ/ha" over "Y tấn": one measure of mass in another unit.
                ++totals;
                total = k;
                factor = f;
            }
        }
        // "… trên tổng diện tích đã xuống giống là 1,684 triệu ha. Năng suất bình quân 5,5 tấn/ha, sản
        // lượng 9,262 triệu tấn": a measure's divisor named in the sentence before, when it is the one
        // there, no change.
        if (counts == 0 && !qs[m].is_count() && per.size() == 1 && s.begin > 0) {
            std::size_t end = s.begin;
            while (end > 0 && t[end - 1] == ' ') --end;
            const auto prev = r.quantities.sentence_at(qs[m].paragraph, end > 0 ? end - 1 : 0);
            for (std::size_t k = first; k < m && qs[k].byte_begin < s.begin; ++k) {
                if (qs[k].byte_begin < prev.begin || !r.usable(k) || qs[k].percent() || qs[k].hedge != Hedge::None) continue;
                if (qs[k].unit == per.front() && !phrases::after_change_word(t, qs[k])) {
                    ++counts;
                    count = k;
                }
            }
        }
        // (A bound counts among the totals but is none: `total` stays unset, the total is unsure.)
        if (totals != 1 || counts != 1 || total == std::string::npos || qs[count].value() < 2) continue;
        // "sản lượng lương thực có hạt (lúa và ngô) đạt T": a total naming several things in
        // parentheses is more than the divisor's one.
        {
            const std::string named = lower(t.substr(s.begin, qs[total].byte_begin - s.begin));
            const std::size_t open = named.rfind('('), close = named.rfind(')');
            if (open != std::string::npos && close != std::string::npos && close > open && named.find(" và ", open) < close &&
                named.find_first_of(",;", close) == std::string::npos) {
                continue;
            }
        }
        // "Diện tích lúa … ha, năng suất … tạ/ha; sản lượng lương thực … tấn": the grain output
        // adds several crops (rice, maize …), no product of one crop's area.
        if (!qs[count].is_count()) {
            // The words after the measure's name ("diện tích gieo trồng lúa" -> gieo, trồng, lúa).
            auto named = [&](std::size_t k, std::string_view measure) {
                const std::string_view tk = r.text(k);
                const std::size_t cs = Reading::clause_start(tk, qs[k].byte_begin, true);
                const std::string clause = lower(tk.substr(cs, qs[k].byte_begin - cs));
                const std::size_t at = clause.find(measure);
                auto words = at == std::string::npos ? std::vector<std::string>() : phrases::words_of(std::string_view(clause).substr(at + measure.size()));
                if (words.size() > 3) words.resize(3);
                return words;
            };
            const auto sown = named(count, "diện tích "), harvested = named(total, "sản lượng ");
            auto grain = [](const std::vector<std::string>& w) { return std::find(w.begin(), w.end(), "lương") != w.end(); };
            if (grain(harvested) && !grain(sown)) continue;
        }
        Relation rel;
        rel.family = Relation::Family::Average;
        rel.stated = m;
        rel.terms = {total, count};
        rel.factor = factor;
        out.push_back(std::move(rel));
    }
}

}  // namespace soat::analysis::relations
