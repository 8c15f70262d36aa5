// Growth against a prior value: "C, tăng|giảm X% so với cùng kỳ|năm trước|năm YYYY" with the
// prior B in parentheses after the comparison ("(B)", "(năm 2022 đạt B)", "(cùng kỳ B)"), before
// the verb ("so với cùng kỳ năm trước (B) tăng X%"), or stated for that year earlier in the
// paragraph ("Năm 2022 có B …; năm 2023 có C …, tăng X% so với năm 2022"). The same readings
// give "gấp N lần" (N = C/B) and a difference "tăng D tỷ đồng" (D = C − B).
#include "analysis/relations/reading.hpp"

#include <algorithm>
#include <cctype>

namespace soat::analysis::relations {

namespace {

// Drops a linking word (`là`, `đạt`, …) that ends the squeezed text; true when one did.
bool drop_link(std::string& text, std::initializer_list<const char*> links) {
    for (const char* link : links) {
        if (text.ends_with(link)) {
            text.erase(text.size() - std::string_view(link).size());
            return true;
        }
    }
    return false;
}

// The year named after "so với năm" ("2022"), "" for "cùng kỳ"/"năm trước".
std::string compared_year(const std::string& after) {
    constexpr std::string_view kMark = "so với năm ";
    const std::size_t at = after.find(kMark);
    if (at == std::string::npos || at > 3) return {};
    const std::string y = after.substr(at + kMark.size(), 4);
    if (y.size() == 4 && std::isdigit(static_cast<unsigned char>(y[0])) && std::isdigit(static_cast<unsigned char>(y[3]))) return y;
    return {};
}

// Squeezed words naming the prior period: "cùngkỳ", "cùngkỳnămtrước", "nămtrước", "đầunăm",
// "cùngkỳnăm2023", "năm2022", "cuốinămtrước", "kỳtrước", "cùngthờiđiểmnămtrước".
bool prior_period(const std::string& named) {
    if (named.size() > 40 || named.find_first_of(";,.:()") != std::string::npos) return false;
    for (const char* w : {"cùngkỳ", "nămtrước", "đầunăm", "cuốinămtrước", "kỳtrước", "cùngthờiđiểm", "đầukỳ"}) {
        // "cùng kỳ năm trước và luân chuyển đạt B": "và" joins another indicator, B is its value.
        // "(năm trước tăng D)": the prior period's change, not its level.
        if (phrases::starts(named, w)) {
            return !phrases::contains(named, "kếhoạch") && !phrases::contains(named, "tháng") && !phrases::contains(named, "và") &&
                   !phrases::contains(named, "tăng") && !phrases::contains(named, "giảm");
        }
    }
    return phrases::starts(named, "năm20") && named.size() == std::string_view("năm2023").size();
}

bool comparison_follows(const std::string& after, bool ratio) {
    const std::size_t at = after.find("so với");
    if (at != std::string::npos && at <= 3) return true;
    // "bằng 108,8% so cùng kỳ", "so năm 2023": "so" alone before the compared period.
    for (const char* period : {" so cùng kỳ", " so kỳ", " so năm", " so đầu năm", " so tháng", " so quý"}) {
        if (phrases::starts(after, period)) return true;
    }
    // The prior period named bare ("bằng 96,5% cùng kỳ năm trước (B)", "bằng 103% năm 2024 (B)": the
    // index form; a year after a change may be its own period), or opening the parenthesis that
    // holds B ("giảm 15% (năm 2024: B)", "(cùng kỳ: B)").
    for (const char* period : {" cùng kỳ", " kỳ trước", " năm trước", " (cùng kỳ", " (năm trước", " (kỳ trước"}) {
        if (phrases::starts(after, period)) return true;
    }
    const std::size_t year = phrases::starts(after, " (năm 20") ? 6 : ratio && phrases::starts(after, " năm 20") ? 5 : std::string::npos;
    return year != std::string::npos && after.size() >= year + 4 && std::isdigit(static_cast<unsigned char>(after[year + 2])) &&
           std::isdigit(static_cast<unsigned char>(after[year + 3]));
}

// The figure before k in its sentence that is not a year, npos when none.
std::size_t previous_figure(const Reading& r, std::size_t k) {
    const std::size_t first = r.quantities.in(r.qs[k].paragraph).first;
    for (std::size_t j = k; j-- > first;) {
        if (!r.same_sentence(j, k)) return std::string::npos;
        if (r.qs[j].role != Role::Year && r.qs[j].role != Role::Date) return j;
    }
    return std::string::npos;
}

// The word naming figure k's place in "từ B … lên C": the word before k past "mức", "còn" and
// k's own bound ("từ mức 40 tỷ", "lên hơn 140 tỷ", "xuống còn 6,05%").
std::string level_word(const Reading& r, std::size_t k) {
    const std::string_view t = r.text(k);
    std::size_t at = r.qs[k].byte_begin;
    for (int i = 0; i < 3; ++i) {
        std::size_t begin = at;
        const std::string w = lower(analysis::word_before(t, at, &begin));
        const bool bound = r.qs[k].hedge != Hedge::None && (w == "hơn" || w == "gần" || w == "trên" || w == "khoảng" || w == "dưới");
        if (w != "mức" && w != "còn" && !bound) return w;
        at = begin;
    }
    return lower(analysis::word_before(t, at));
}

// The squeezed words between a change and "từ B" after it: nothing, a comma or a parenthesis,
// after the compared period or not ("gấp 3,5 lần cùng kỳ, từ mức B lên C", "tăng X% (từ B lên C)",
// "tăng X% so với năm 2020, từ B lên C").
bool opens_levels(std::string lead) {
    if (lead.ends_with("mức")) lead.erase(lead.size() - std::string_view("mức").size());
    if (!lead.ends_with("từ")) return false;
    lead.erase(lead.size() - std::string_view("từ").size());
    if (lead.empty() || lead == "," || lead == "(") return true;
    if (lead.back() != ',' && lead.back() != '(') return false;
    lead.pop_back();
    if (phrases::starts(lead, "sovới")) lead.erase(0, std::string_view("sovới").size());
    return prior_period(lead);
}

// "tăng|giảm từ B … lên|xuống C …": the prior and the current named by "từ" and "lên|xuống",
// right before the change ("…, tương ứng tăng X%", "…, gấp N lần") or right after it ("tăng X%,
// từ B lên C", "tăng X% (từ B lên C)", "gấp N lần cùng kỳ, từ mức B lên hơn C").
bool from_to(const Reading& r, std::size_t s, const std::string& verb, std::size_t& prior, std::size_t& current) {
    auto pair_at = [&](std::size_t b, std::size_t c) {
        if (b == std::string::npos || c == std::string::npos || !r.usable(b) || !r.usable(c) || !r.same_kind(b, c) || !r.same_sentence(b, c)) return false;
        const std::string to = level_word(r, c);
        if (level_word(r, b) != "từ" || (to != "lên" && to != "xuống")) return false;
        prior = b;
        current = c;
        return true;
    };
    // Before: "từ B vụ năm 2023 lên C vụ năm 2024, tương ứng tăng X%".
    const std::size_t c = previous_figure(r, s);
    if (c != std::string::npos) {
        std::string g = r.between(c, s);
        constexpr std::size_t kYear = std::string_view("năm").size();
        if (g.starts_with("năm") && g.size() > kYear + 4 && std::isdigit(static_cast<unsigned char>(g[kYear]))) g.erase(0, kYear + 4);
        for (const char* link : {",", ",tươngứng", ",tức", ",tứclà"}) {
            if (g == link + verb && pair_at(previous_figure(r, c), c)) return true;
        }
    }
    // After: "tăng X%, từ B thuê bao lên C thuê bao".
    const std::size_t b = r.next_figure(s);
    if (b == std::string::npos || !r.same_sentence(s, b) || !opens_levels(r.between(s, b))) return false;
    const std::size_t c2 = r.next_figure(b);
    return c2 != std::string::npos && pair_at(b, c2);
}

// "gấp N lần" that names no base of its own after it: the end of its clause, or a period
// ("cùng kỳ", "so với năm 2020") before "từ B lên C". Not "gấp 2 lần mức bình quân cả nước".
bool multiple_of_levels(const Reading& r, std::size_t s) {
    std::string after = r.after(s, 40);
    if (r.qs[s].unit != "lần") return false;
    const std::size_t b = after.find_first_not_of(' ');
    if (b == std::string::npos || after[b] == ',' || after[b] == '.' || after[b] == ';' || after[b] == '(') return true;
    const std::size_t n = r.next_figure(s);
    return n != std::string::npos && r.same_sentence(s, n) && opens_levels(r.between(s, n));
}

// "gấp N lần năm 2020 (C so với B)", "tăng X% (C/B)": both figures in the parenthesis right
// after the change and its comparison, the current first; the parenthesis closes after B.
bool pair_in_parens(const Reading& r, std::size_t s, std::size_t& prior, std::size_t& current) {
    const std::size_t c = r.next_figure(s);
    if (c == std::string::npos || !r.same_sentence(s, c)) return false;
    const std::size_t b = r.next_figure(c);
    if (b == std::string::npos || !r.same_sentence(c, b) || !r.usable(b) || !r.usable(c) || !r.same_kind(b, c)) return false;
    const std::string lead = r.between(s, c);
    if (lead.empty() || lead.back() != '(' || lead.find_first_of(";:)") != std::string::npos || lead.size() > 48 ||
        std::count(lead.begin(), lead.end(), '(') != 1) {
        return false;
    }
    // The words before the parenthesis compare with a period or nothing ("so với cùng kỳ", "năm 2020").
    const std::string compared = lead.substr(0, lead.size() - 1);
    if (!compared.empty() && !phrases::starts(compared, "sovới") && !phrases::starts(compared, "năm") && !phrases::starts(compared, "cùngkỳ")) {
        return false;
    }
    const std::string join = r.between(c, b);
    if (join != "sovới" && join != "/" && join != "sovớimức") return false;
    std::string rest = r.after(b, 8);
    rest.erase(0, rest.find_first_not_of(' '));
    if (rest.empty() || rest[0] != ')') return false;
    prior = b;
    current = c;
    return true;
}

// The change verb before figure s past the words that qualify it ("tăng mạnh 31,3%", "tăng tới
// 31,3%", "giảm nhẹ", "tăng gần 31,3%": degree words and the figure's own bound), and those words
// squeezed in `skipped` ("mạnh", "gần"), so the gaps before the verb read as without them. A
// bound widens the figure's interval; it never silences the relation.
std::string change_verb(const Reading& r, std::size_t s, std::string& skipped) {
    const std::string_view t = r.text(s);
    std::size_t at = r.qs[s].byte_begin;
    skipped.clear();
    static const char* const kDegree[] = {"mạnh", "mẽ", "nhẹ", "tới", "khá", "nhanh", "rõ", "rệt"};
    static const char* const kBound[] = {"gần", "hơn", "trên", "khoảng", "dưới", "xỉ", "xấp", "chừng"};
    for (int i = 0; i < 3; ++i) {
        std::size_t begin = at;
        const std::string w = lower(analysis::word_before(t, at, &begin));
        bool skip = false;
        for (const char* d : kDegree) skip = skip || w == d;
        for (const char* b : kBound) skip = skip || (w == b && r.qs[s].hedge != Hedge::None);
        if (!skip) return w;
        skipped = w + skipped;
        at = begin;
    }
    return lower(analysis::word_before(t, at));
}

}  // namespace

void read_growth(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    // The candidates, and each paragraph's first figure when the change's levels follow it
    // ("Doanh thu tăng X% (từ B lên C)": nothing before the change to read it by).
    std::vector<Reading::Candidate> figures = r.candidates();
    for (std::size_t p = 0; p < r.doc.paragraphs.size(); ++p) {
        const auto [pf, pl] = r.quantities.in(p);
        if (pf < pl && r.quantities.vietnamese(p) && r.usable(pf) && !r.covered[pf] && !qs[pf].negative) figures.push_back({pf, pf});
    }
    for (const auto& [s, first] : figures) {
        std::string skipped;
        const std::string verb = change_verb(r, s, skipped);
        // The squeezed text between figure k and s, without the words qualifying the verb (a
        // structured binding is not captured: clang 14 refuses it).
        auto gap_to_s = [&r, &skipped, stated = s](std::size_t k) {
            std::string g = r.between(k, stated);
            if (!skipped.empty() && g.ends_with(skipped)) g.erase(g.size() - skipped.size());
            return g;
        };
        // "tăng 7,9%/năm": a yearly mean rate, no change between the two figures.
        if (qs[s].unit.starts_with("%/") || r.after(s, 8).starts_with("/năm")) continue;
        Relation rel;
        if (qs[s].unit == "lần" && verb == "gấp") {
            rel.family = Relation::Family::Multiple;
        } else if (verb == "bằng" && qs[s].percent() && comparison_follows(r.after(s, 16), true)) {
            // "C, bằng X% so với cùng kỳ (B)": the ratio, not the change.
            rel.family = Relation::Family::Ratio;
        } else if ((verb == "tăng" || verb == "giảm") && qs[s].unit != "lần" && qs[s].noun != "lần" && !r.per_period(s)) {
            // "tăng 12 lần" is a multiple (of C over B, or one more), no difference.
            rel.family = qs[s].percent() ? Relation::Family::Growth : Relation::Family::Difference;
            rel.decrease = verb == "giảm";
        } else {
            continue;
        }
        const std::string after = r.after(s, 64);
        std::size_t current = std::string::npos, prior = std::string::npos;
        if (s == first) {
            // Only the levels after the change: "tăng X% (từ B lên C)", "gấp N lần cùng kỳ, từ B lên C".
            if (rel.family == Relation::Family::Ratio || (rel.family == Relation::Family::Multiple && !multiple_of_levels(r, s)) ||
                !from_to(r, s, verb, prior, current) || current < s || prior < s || !r.same_kind(current, prior) ||
                (rel.family == Relation::Family::Difference && !r.same_kind(current, s)) ||
                // Between two rates "giảm X%" may be points as well as relative: the points reading
                // (points.cpp) judges it, as for the levels before the change.
                (rel.family == Relation::Family::Growth && (qs[current].percent() || qs[prior].percent()))) {
                continue;
            }
            rel.stated = s;
            rel.terms = {current, prior};
            out.push_back(std::move(rel));
            continue;
        }
        if (pair_in_parens(r, s, prior, current) && (rel.family != Relation::Family::Difference || r.same_kind(current, s))) {
            // both figures in the parenthesis after the change
        } else if (rel.family != Relation::Family::Ratio && (rel.family != Relation::Family::Multiple || multiple_of_levels(r, s)) &&
                   from_to(r, s, verb, prior, current)) {
            // the prior and current named by "từ" and "lên|xuống"
        } else if (comparison_follows(after, rel.family == Relation::Family::Ratio) || (rel.family == Relation::Family::Multiple && (phrases::contains(after.substr(0, 24), "năm") ||
                                                                                               phrases::starts(after, " cùng kỳ")))) {
            // C before the verb in the same clause, B in the parenthesis after the comparison.
            const std::size_t c = s - 1;
            if (!r.usable(c) || qs[c].percent() || !r.same_sentence(c, s)) continue;
            std::string gap = gap_to_s(c);
            // "142 ca tay chân miệng, tăng 48 ca", "21.300 ha lúa hè thu, bằng X%": a few words naming C,
            // then the change.
            if (const std::size_t comma = gap.find(','); comma != std::string::npos && comma > 0 && (qs[c].is_count() || !qs[c].unit.empty()) &&
                gap.find_first_of(",;:()0123456789") == comma && gap.find(',', comma + 1) == std::string::npos &&
                phrases::word_count(r.text(c).substr(qs[c].noun_end, qs[s].byte_begin - qs[c].noun_end)) <= 6 &&
                !phrases::contains(gap.substr(0, comma), "và") && !phrases::contains(gap.substr(0, comma), "trongđó")) {
                gap.erase(0, comma);
            }
            if (gap != ",tăng" && gap != ",giảm" && gap != ",gấp" && gap != ",tănggấp" && gap != "tăng" && gap != "giảm" && gap != ",bằng") continue;
            if (rel.family == Relation::Family::Difference && !r.same_kind(c, s)) continue;
            // "A lao động, chiếm 63% trong tổng số C lao động, tăng 20% …": C is the whole of A's
            // share; the change is A's, the clause's subject, not C's.
            if (c > first && qs[c - 1].percent() && r.same_sentence(c - 1, c)) {
                const std::string of = r.between(c - 1, c);
                if (of == "trongtổngsố" || of == "tổngsố" || of == "trêntổngsố" || of == "củatổngsố" || of == "trongsố" || of == "của") continue;
            }
            current = c;
            const std::size_t n = r.next_figure(s);
            if (n != std::string::npos && r.usable(n) && r.same_kind(n, c) && r.same_sentence(s, n)) {
                const std::string g = r.between(s, n);
                const std::size_t open = g.find('(');
                if (open != std::string::npos && g.find(')') == std::string::npos && g.size() < 60) {
                    const std::string inside = g.substr(open + 1);
                    // "(cùng kỳ năm trước đạt B)", "(cùng kỳ năm 2023 là B)", "(năm 2022 đạt B)".
                    std::string named = inside;
                    for (const char* verb_word : {"đạt", "là", "có", ":"}) {
                        if (named.ends_with(verb_word)) {
                            named.erase(named.size() - std::string_view(verb_word).size());
                            break;
                        }
                    }
                    const bool prior_name = named.empty() || prior_period(named);
                    if (inside.empty() || prior_name || (phrases::starts(inside, "năm20") && inside.size() <= 20)) {
                        prior = n;
                    }
                } else if (open == std::string::npos && phrases::starts(g, "sovới")) {
                    // "tăng X% so với năm 2023 là B": the compared period, a linking verb, then B.
                    std::string named = g.substr(std::string_view("sovới").size());
                    const bool linked = drop_link(named, {"là", "đạt", ":"});
                    if (linked && prior_period(named)) prior = n;
                }
                // "so với mức B tấn của năm trước": B named by its period after it.
                if (prior == std::string::npos && (g == "sovớimức" || g == "sovới")) {
                    std::string tail = r.after(n, 40);
                    tail = phrases::squeeze(tail, 0, tail.size());
                    const std::size_t end = tail.find_first_of(",;.()");
                    constexpr std::size_t kOf = std::string_view("của").size();
                    if (phrases::starts(tail, "của") && prior_period(tail.substr(kOf, end == std::string::npos ? std::string::npos : end - kOf))) prior = n;
                }
                // "so với đầu năm; dư nợ đầu năm là B", "gấp N lần năm 2020; năm 2020 … có B": the
                // compared period named again in the next clause, then a linking verb and B.
                const std::size_t semi = g.find(';');
                if (prior == std::string::npos && semi != std::string::npos && g.find(';', semi + 1) == std::string::npos) {
                    std::string compared = g.substr(0, semi);
                    for (const char* lead : {"sovới", "lần"}) {
                        if (phrases::starts(compared, lead)) compared.erase(0, std::string_view(lead).size());
                    }
                    std::string next = g.substr(semi + 1);
                    const bool linked = drop_link(next, {"là", "đạt", "có"});
                    if (linked && prior_period(compared) && phrases::contains(next, compared) && next.size() < 60 &&
                        next.find_first_of(",.:()") == std::string::npos) {
                        prior = n;
                    }
                }
            }
            if (prior == std::string::npos) {
                const std::string year = compared_year(after);
                if (year.empty()) continue;
                // The prior stated earlier for that year, and the current clause not of it.
                const std::size_t b = r.previous_of_kind(c, c, true);
                if (b == std::string::npos) continue;
                const std::string_view bt = r.text(b);
                const std::size_t bs = Reading::clause_start(bt, r.qs[b].byte_begin, false);
                const std::string bclause = lower(bt.substr(bs, r.qs[b].byte_begin - bs));
                const std::string_view ct = r.text(c);
                const std::size_t cs = Reading::clause_start(ct, r.qs[c].byte_begin, false);
                const std::string cclause = lower(ct.substr(cs, r.qs[c].byte_begin - cs));
                if (!phrases::contains(bclause, "năm " + year) || phrases::contains(cclause, "năm " + year)) continue;
                if (phrases::contains(bclause, "tăng") || phrases::contains(bclause, "giảm")) continue;
                prior = b;
            }
        } else if (rel.family != Relation::Family::Multiple && s > first && r.usable(s - 1) &&
                   (gap_to_s(s - 1) == ";" + verb || gap_to_s(s - 1) == "," + verb)) {
            // "C; cùng kỳ năm trước đạt B; giảm X%": the prior in its own clause, named by the period.
            const std::size_t b = s - 1;
            const std::string_view bt = r.text(b);
            const std::size_t bs = Reading::clause_start(bt, r.qs[b].byte_begin, false);
            std::string named = phrases::squeeze(bt, bs, r.qs[b].byte_begin);
            for (const char* v : {"đạt", "là", "có"}) {
                if (named.ends_with(v)) {
                    named.erase(named.size() - std::string_view(v).size());
                    break;
                }
            }
            if (named != "cùngkỳ" && named != "cùngkỳnămtrước" && named != "nămtrước") continue;
            const std::size_t c = r.previous_of_kind(b, b, false);
            if (c == std::string::npos || !r.same_sentence(c, b) || r.covered[c] || c + 1 != b) continue;
            const std::string cb = r.between(c, b);
            if (cb.empty() || cb.find(';') == std::string::npos) continue;
            if (rel.family == Relation::Family::Difference && !r.same_kind(c, s)) continue;
            current = c;
            prior = b;
        } else if (rel.family != Relation::Family::Multiple) {
            // "C; so với cùng kỳ năm trước (B) tăng X%".
            const std::size_t b = s - 1;
            if (!r.usable(b) || gap_to_s(b) != ")" + verb) continue;
            const std::string lead = r.before(b, 60);
            const std::size_t sv = lead.rfind("so với");
            if (sv == std::string::npos || lead.find('(', sv) == std::string::npos) continue;
            const std::size_t c = r.previous_of_kind(b, b, false);
            if (c == std::string::npos || !r.same_sentence(c, b) || r.covered[c]) continue;
            if (rel.family == Relation::Family::Difference && !r.same_kind(c, s)) continue;
            current = c;
            prior = b;
        }
        if (current == std::string::npos || prior == std::string::npos || qs[prior].percent() || qs[current].percent()) continue;
        if (!r.same_kind(current, prior)) continue;
        rel.stated = s;
        rel.terms = {current, prior};
        out.push_back(std::move(rel));
    }
}

}  // namespace soat::analysis::relations
