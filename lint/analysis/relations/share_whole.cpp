// A share says its figure is a part of a whole: "A …, chiếm X%" states A = X % of something of A's
// kind. When the text states exactly one figure of A's kind that can be that whole, X = A/T:
//  - named after X as a whole, the next figure of X's clause: "chiếm X% tổng giá trị đề nghị quyết
//    toán T tỷ đồng", "(chiếm X%) trên tổng số T người", "chiếm X% dân số toàn tỉnh (T người)";
//  - otherwise the one figure of A's kind before A in A's sentence, or, when A's sentence has none,
//    in the sentence before (same paragraph): "Doanh số cho vay … đạt T triệu đồng. Doanh số thu nợ
//    đạt A triệu đồng, chiếm X% doanh số cho vay", "Trong số T thanh niên …, số đảng viên là A
//    người, chiếm X%". A figure that carries its own share or rate ("trong đó a …, chiếm x%; b …",
//    "giải quyết a hồ sơ, đạt x%") is a sibling part, not a whole; two candidates read nothing.
// Read only with the verb "chiếm" (a part of a whole, never a plan's attainment or a rate of its
// own base), A right before X in its clause (its naming words between), A no change and no
// percentage, T larger than A. Words naming a base after X must be the whole's own (a pair of words
// of T's clause, or "tổng"), never a plan, a prior period or another place. Reported as a slip only
// (within a factor of 3 of A/T), as any whole found by proximity. Runs after every other reader,
// on shares none of them read.
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "analysis/relations/reading.hpp"

namespace soat::analysis::relations {

namespace {


// "chiếm X%", "chiếm tỷ lệ X%", "chiếm tỷ trọng khoảng X%", "(chiếm trên X%)".
bool after_chiem(const Reading& r, std::size_t x) {
    std::string b = r.before(x, 40);
    auto trim = [&] {
        while (!b.empty() && b.back() == ' ') b.pop_back();
    };
    auto strip = [&](const char* w) {
        trim();
        const std::string_view v(w);
        if (b.ends_with(v) && (b.size() == v.size() || b[b.size() - v.size() - 1] == ' ')) {
            b.erase(b.size() - v.size());
            return true;
        }
        return false;
    };
    for (const char* hedge : {"khoảng", "trên", "gần", "hơn", "xấp xỉ"}) {
        if (strip(hedge)) break;
    }
    for (const char* named : {"tỷ lệ", "tỉ lệ", "tỷ trọng", "tỉ trọng"}) {
        if (strip(named)) break;
    }
    trim();
    const std::string_view verb("chiếm");
    if (!b.ends_with(verb)) return false;
    if (b.size() == verb.size()) return true;
    const char c = b[b.size() - verb.size() - 1];
    return c == ' ' || c == '(';
}

bool names_other_base(const std::string& squeezed) {
    for (const char* w : {"kếhoạch", "dựtoán", "chỉtiêu", "mụctiêu", "cùngkỳ", "sovới", "cảnước",
                          "toànquốc", "nămtrước", "gdp", "grdp", "bìnhquân", "trungbình", "mỗi"}) {
        if (phrases::contains(squeezed, w)) return true;
    }
    return false;
}

// The lowercased words of the base named after X, to the end of X's clause.
std::vector<std::string> base_words(const Reading& r, std::size_t x) {
    std::string a = r.after(x, 64);
    const std::size_t end = a.find_first_of(",;.():");
    if (end != std::string::npos) a.erase(end);
    return phrases::words_of(a);
}

// The base named after X is T's own: "tổng …", or two consecutive words found in T's sentence
// before T.
bool base_is_whole(const Reading& r, const std::vector<std::string>& words, std::size_t t) {
    if (words.empty()) return true;
    std::string named;
    for (const auto& w : words) named += w;
    if (names_other_base(named)) return false;
    const auto sb = r.quantities.sentence_at(r.qs[t].paragraph, r.qs[t].byte_begin);
    // "tổng số hồ sơ": a total named by T's own words; "tổng số hồ sơ hợp lệ" names a subset.
    if (phrases::starts(named, "tổng") || phrases::starts(named, "trêntổng") ||
        phrases::starts(named, "trongtổng")) {
        const std::string sentence =
            " " + lower(std::string(r.text(t).substr(sb.begin, sb.end - sb.begin))) + " ";
        std::size_t i = 0;
        while (i < words.size() && (words[i] == "trên" || words[i] == "trong" ||
                                    words[i] == "tổng" || words[i] == "số"))
            ++i;
        for (; i < words.size(); ++i) {
            if (!phrases::contains(sentence, " " + words[i] + " ")) return false;
        }
        return true;
    }
    const std::string own =
        lower(std::string(r.text(t).substr(sb.begin, r.qs[t].byte_begin - sb.begin)));
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        if (phrases::contains(own, words[i] + " " + words[i + 1])) return true;
    }
    return false;
}

// A whole: of A's kind, larger, stated exactly (a hedged whole, "trên 293 tỷ đồng", is not the base
// a share is computed on).
bool whole_kind(const Reading& r, std::size_t t, std::size_t a) {
    const Quantity& q = r.qs[t];
    return r.usable(t) && !q.percent() && !q.negative && q.role == Role::Quantity &&
           (q.hedge == Hedge::None || q.hedge == Hedge::Estimate) && r.same_kind(t, a) &&
           q.value() > r.qs[a].value();
}

// The whole's own clause names a plan, a target or a prior period ("Tổng số kế hoạch giao là T").
bool whole_of_other_base(const Reading& r, std::size_t t) {
    const std::string_view text = r.text(t);
    const std::size_t from = Reading::clause_start(text, r.qs[t].byte_begin, false);
    const std::string clause = phrases::squeeze(text, from, r.qs[t].byte_begin);
    for (const char* w : {"kếhoạch", "dựtoán", "chỉtiêu", "mụctiêu", "cùngkỳ", "sovới", "nămtrước",
                          "bìnhquân", "trungbình", "mỗi"}) {
        if (phrases::contains(clause, w)) return true;
    }
    return false;
}

// A's sentence names a place or body (a capitalised word past its first) that the whole's sentence
// does not: "Huyện Tân Phú có T công chức. Huyện Định Quán có A người …, chiếm X%".
bool other_place(const Reading& r, std::size_t a, std::size_t t) {
    const std::string_view text = r.text(a);
    const auto sa = r.quantities.sentence_at(r.qs[a].paragraph, r.qs[a].byte_begin);
    const auto st = r.quantities.sentence_at(r.qs[t].paragraph, r.qs[t].byte_begin);
    if (sa.begin == st.begin) return false;
    const std::string whole_sentence = std::string(text.substr(st.begin, st.end - st.begin));
    std::size_t i = sa.begin;
    bool first_word = true;
    while (i < sa.end) {
        while (i < sa.end && (text[i] == ' ' || text[i] == ',' || text[i] == '(' || text[i] == ')'))
            ++i;
        std::size_t e = i;
        while (e < sa.end && text[e] != ' ' && text[e] != ',' && text[e] != '(' && text[e] != ')')
            ++e;
        if (e == i) break;
        const std::string_view w = text.substr(i, e - i);
        // (An abbreviation, "FDI", "BHYT", names a kind, not a place.)
        const bool abbreviation = std::all_of(
            w.begin(), w.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '-'; });
        if (!first_word && !abbreviation && lower(w) != w &&
            whole_sentence.find(w) == std::string::npos)
            return true;
        first_word = false;
        i = e;
    }
    return false;
}

}  // namespace

void read_share_whole(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    std::vector<bool> taken(qs.size(), false);
    for (const auto& rel : out) taken[rel.stated] = true;
    // (The candidates walked in place: no list of every figure built for a few shares.)
    for (std::size_t p = 0; p < r.doc.paragraphs.size(); ++p) {
        const auto [first, last] = r.quantities.in(p);
        if (last <= first + 1 || !r.quantities.vietnamese(p)) continue;
        for (std::size_t x = first + 1; x < last; ++x) {
            const Quantity& s = qs[x];
            if (!s.percent() || !r.usable(x) || r.covered[x] || s.negative || taken[x])
                continue;
            {
                // (Cheap first: "chiếm" within the few bytes before the share.)
                const std::string_view t = r.text(x);
                const std::size_t from = s.byte_begin > 40 ? s.byte_begin - 40 : 0;
                if (t.substr(from, s.byte_begin - from).find("hiếm") == std::string_view::npos)
                    continue;
            }
            if (!after_chiem(r, x)) continue;
            // A: the figure the share rates, right before it in its clause.
            const std::size_t a = r.previous_figure(x);
            if (a == std::string::npos || a < first || !r.same_sentence(a, x) || !r.usable(a) ||
                qs[a].percent() || qs[a].negative || qs[a].value() <= 0) {
                continue;
            }
            const std::string gap = r.between(a, x);
            if (gap == "\x01" || gap.size() > 80 || names_other_base(gap) ||
                phrases::contains(gap, "tăng") || phrases::contains(gap, "giảm") ||
                phrases::contains(gap, "trongđó")) {
                continue;
            }
            // A's naming words, then the share: "A người, chiếm", "A vụ cháy … (chiếm", "A tỷ đồng
            // chiếm" (A in a parenthesis closed before, or in an earlier clause, is another
            // figure's).
            std::string head = gap.substr(0, gap.rfind("chiếm"));
            const bool paren = !head.empty() && head.back() == '(';
            if (!head.empty() && (head.back() == ',' || paren)) head.pop_back();
            // (A parenthesis holds to the whole naming phrase before it: "A vụ … sản xuất, kinh
            // doanh (chiếm X%)".)
            if (head.find_first_of(paren ? ";:()." : ",;:().") != std::string::npos) continue;
            const std::string verb = r.word_before(a);
            if (verb == "tăng" || verb == "giảm" || verb == "thêm" || verb == "vượt" ||
                verb == "hơn")
                continue;
            // A stated after a share in its clause ("chiếm 61% tỷ trọng với A") is that share's
            // figure.
            {
                const std::size_t cs = Reading::clause_start(r.text(a), qs[a].byte_begin, true);
                bool shared = false;
                for (std::size_t j = a; j > first && !shared && qs[j - 1].byte_begin >= cs; --j)
                    shared = qs[j - 1].percent();
                if (shared) continue;
            }
            const std::vector<std::string> words = base_words(r, x);
            std::size_t whole = std::string::npos;
            bool named_after = false;
            // The whole named after X, with its figure.
            const std::size_t n = r.next_figure(x);
            if (n == x + 1 && r.same_sentence(x, n) && whole_kind(r, n, a)) {
                std::string g = r.between(x, n);
                if (!g.empty() && g[0] == ')') g.erase(0, 1);
                bool named = false;
                for (const char* w : {"tổng", "trêntổng", "trongtổng", "dânsố"})
                    named = named || phrases::starts(g, w);
                for (const char* w : {"đạt", "đến", "là", "năm", "tăng", "giảm"})
                    named = named && !phrases::contains(g, w);
                if (named && g.size() <= 80 && g.find_first_of(",;:)") == std::string::npos &&
                    !names_other_base(g)) {
                    whole = n;
                    named_after = true;
                }
            }
            if (whole == std::string::npos) {
                // The one figure of A's kind before A: in A's sentence, else in the sentence
                // before.
                const auto sa = r.quantities.sentence_at(s.paragraph, qs[a].byte_begin);
                std::vector<std::size_t> found;
                bool any_before = false;
                for (std::size_t j = a;
                     j > first && qs[j - 1].byte_begin >= sa.begin && found.size() < 2; --j) {
                    if (!r.usable(j - 1) || qs[j - 1].percent()) continue;
                    if (r.same_kind(j - 1, a)) any_before = true;
                    if (whole_kind(r, j - 1, a) && !r.has_share(j - 1) && !r.rated(j - 1))
                        found.push_back(j - 1);
                }
                if (!any_before && sa.begin > 0) {
                    const std::string_view text = r.text(a);
                    std::size_t back = sa.begin - 1;
                    while (back > 0 && text[back] == ' ') --back;
                    const auto pb = r.quantities.sentence_at(s.paragraph, back);
                    if (pb.begin < sa.begin) {
                        for (std::size_t j = a;
                             j > first && qs[j - 1].byte_begin >= pb.begin && found.size() < 2;
                             --j) {
                            if (qs[j - 1].byte_begin >= sa.begin || !r.usable(j - 1) ||
                                qs[j - 1].percent())
                                continue;
                            if (r.same_kind(j - 1, a)) any_before = true;
                            if (whole_kind(r, j - 1, a) && !r.has_share(j - 1) && !r.rated(j - 1))
                                found.push_back(j - 1);
                        }
                    }
                }
                if (found.size() != 1) continue;
                // Every figure of A's kind before A in the span is that whole (no sibling read as
                // whole).
                whole = found[0];
                for (std::size_t j = whole + 1; j < a; ++j) {
                    if (r.usable(j) && !qs[j].percent() && r.same_kind(j, a))
                        whole = std::string::npos;
                }
                if (whole == std::string::npos) continue;
                // Nothing between the whole and A compares, plans, changes or rates (a whole with a
                // share or rate of its own is a part); the whole is no item listed with A ("T … và
                // A").
                const std::string span = r.between(whole, a);
                if (span == "\x01" || names_other_base(span) || phrases::contains(span, "tăng") ||
                    phrases::contains(span, "giảm") || span.ends_with("và")) {
                    continue;
                }
                // Nor another time between ("Năm 2023 … T vụ. Năm 2024, A vụ …"), nor A an item
                // joined to the whole by "và" ("kiểm tra T cơ sở và hướng dẫn A cơ sở": two counts
                // side by side).
                bool rated = false;
                for (std::size_t j = whole + 1; j < a; ++j)
                    rated = rated || qs[j].percent() || qs[j].role == Role::Year ||
                            qs[j].role == Role::Date;
                if (rated) continue;
                const auto joined = phrases::words_of(
                    r.text(a).substr(qs[whole].byte_end, qs[a].byte_begin - qs[whole].byte_end));
                if (std::find(joined.begin(), joined.end(), "và") != joined.end()) continue;
            }
            if ((!named_after && !base_is_whole(r, words, whole)) ||
                whole_of_other_base(r, whole) || other_place(r, a, whole))
                continue;
            Relation rel;
            rel.family = Relation::Family::PartShare;
            rel.stated = x;
            rel.terms = {a, whole};
            rel.by_proximity = true;
            out.push_back(std::move(rel));
            taken[x] = true;
        }
    }
}

}  // namespace soat::analysis::relations
