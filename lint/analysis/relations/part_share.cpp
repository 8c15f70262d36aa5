// A part's share of its total: "T …, trong đó A …, đạt|chiếm X%", "trong đó A … (X%)", and
// "A …, chiếm X% (tổng) số <noun>" with T the nearest earlier figure of A's kind (also in the
// paragraph before). The total is the nearest figure of A's kind before A: a breakdown needs
// "trong đó" between them and no other verb of result ("giải ngân A, đạt X%" of a part is not
// a share of the whole).
#include "analysis/relations/reading.hpp"
#include "analysis/words.hpp"

#include <algorithm>
#include <cctype>

namespace soat::analysis::relations {

namespace {

bool other_relation(const std::string& s) {
    for (const char* w : {"kế hoạch", "dự toán", "chỉ tiêu", "so với", "cùng kỳ", "nghị quyết", "mục tiêu", "kh"}) {
        if (phrases::starts(s, w)) return true;
    }
    return false;
}

// The words after "tổng" in `rest` (to the clause end) start the name of the total T: "chiếm X%
// tổng dư nợ" for "Tổng dư nợ cho vay … đạt T", or are "số" and T's noun.
bool names_total(const Reading& r, const std::string& rest, std::size_t total) {
    std::size_t e = rest.find_first_of(",;.()");
    auto whole = phrases::words_of(rest.substr(0, e));
    if (whole.size() < 2 || (whole.front() != "tổng" && whole.front() != "số")) return false;
    const auto& q = r.qs[total];
    if (whole.front() == "tổng") {
        whole.erase(whole.begin());
        auto name = phrases::label_before(r.text(total), q.byte_begin, r.quantities.sentence_at(q.paragraph, q.byte_begin).begin);
        if (!name.empty() && name.front() == "tổng") name.erase(name.begin());
        if (whole.size() <= name.size() && std::equal(whole.begin(), whole.end(), name.begin())) return true;
    }
    // "chiếm X% tổng số thí sinh" for "có T thí sinh": "số" and the words written after T;
    // "chiếm X% số sinh" for "T trẻ được sinh ra": each word after "số" among the first of them.
    if (whole.size() < 2 || whole.front() != "số" || !q.is_count()) return false;
    std::string after = lower(r.text(total).substr(q.byte_end, 64));
    auto written = phrases::words_of(after.substr(0, after.find_first_of(",;.()")));
    if (written.size() >= whole.size() - 1 && std::equal(whole.begin() + 1, whole.end(), written.begin())) return true;
    written.resize(std::min<std::size_t>(written.size(), 6));
    return std::all_of(whole.begin() + 1, whole.end(),
                       [&](const std::string& w) { return std::find(written.begin(), written.end(), w) != written.end(); });
}

// The text between the end of a's unit or noun and the first of `stops` before x, "" when none
// (the words naming what a counts: "hồ sơ được giải quyết trước hạn").
std::string_view naming_span(const Reading& r, std::size_t a, std::size_t x, const char* stops) {
    const std::string_view t = r.text(a);
    const std::size_t from = std::max(r.qs[a].unit_end, r.qs[a].noun_end);
    if (from >= r.qs[x].byte_begin) return {};
    const std::string_view span = t.substr(from, r.qs[x].byte_begin - from);
    return span.substr(0, std::min(span.size(), span.find_first_of(stops)));
}

std::size_t naming_words(const Reading& r, std::size_t a, std::size_t x, const char* stops) {
    return phrases::words_of(naming_span(r, a, x, stops)).size();
}

constexpr std::size_t kNamingWords = 10;

// Words naming a part that hold a proper name (a capitalised word) or a rate ("tỷ lệ", "tỷ
// trọng"): a parenthesised percentage after them is the name's own figure or the rate's level.
bool names_unit_or_rate(std::string_view span) {
    const std::string l = lower(span);
    if (phrases::contains(l, "tỷ lệ") || phrases::contains(l, "tỉ lệ") || phrases::contains(l, "tỷ trọng")) return true;
    const auto words = analysis::words::split(span);
    return std::any_of(words.begin(), words.end(), [](const analysis::words::Word& w) { return w.capitalised && !w.all_upper; });
}

// The words after the percentage name the whole T again ("A ha trong tổng số T ha rừng trồng,
// chiếm X% diện tích rừng trồng cả nước"): they hold the words naming T, between its unit and
// the comma before x.
bool renames_whole(const Reading& r, std::size_t total, std::size_t x, const std::string& rest) {
    const auto name = phrases::words_of(lower(naming_span(r, total, x, ",;()")));
    const auto whole = phrases::words_of(rest.substr(0, rest.find_first_of(",;.()")));
    return !name.empty() && std::search(whole.begin(), whole.end(), name.begin(), name.end()) != whole.end();
}

// The words qualifying A's noun in the named whole ("tổng số doanh nghiệp thành lập mới" →
// "thành lập mới"), empty when the whole is the noun alone.
std::vector<std::string> whole_qualifiers(const std::string& rest, const std::string& noun) {
    auto words = phrases::words_of(rest.substr(0, rest.find_first_of(",;.()")));
    auto noun_words = phrases::words_of(noun);
    for (const char* lead : {"tổng", "số"}) {
        if (!words.empty() && words.front() == lead) words.erase(words.begin());
    }
    if (words.size() < noun_words.size() || !std::equal(noun_words.begin(), noun_words.end(), words.begin())) return {};
    words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(noun_words.size()));
    return words;
}

// A change ("tăng 2.780 trẻ", "giảm 30 vụ"): neither a part nor a whole.
bool changed(const Reading& r, std::size_t k) {
    const std::string w = r.word_before(k);
    return w == "tăng" || w == "giảm";
}

// The one figure of A's kind before A, in A's paragraph or the one before, whose label holds the
// qualifiers; npos when none or several.
std::size_t named_whole(const Reading& r, std::size_t a, const std::vector<std::string>& qualifiers) {
    const std::size_t p = r.qs[a].paragraph;
    std::size_t found = std::string::npos;
    int matches = 0;
    for (std::size_t pp = p > 0 ? p - 1 : p; pp <= p; ++pp) {
        if (!r.quantities.vietnamese(pp)) continue;
        const auto [first, last] = r.quantities.in(pp);
        for (std::size_t k = first; k < last && k < a; ++k) {
            if (!r.usable(k) || r.qs[k].percent() || !r.same_kind(k, a) || changed(r, k)) continue;
            const auto& q = r.qs[k];
            auto label = phrases::label_before(r.text(k), q.byte_begin, r.quantities.sentence_at(q.paragraph, q.byte_begin).begin);
            if (std::search(label.begin(), label.end(), qualifiers.begin(), qualifiers.end()) != label.end()) {
                ++matches;
                found = k;
            }
        }
    }
    return matches == 1 ? found : std::string::npos;
}

// The share right after X's named whole is of another named whole of the same part:
// "X% tổng số … và bằng|chiếm Y% tổng số …".
bool second_named_share(const Reading& r, std::size_t x) {
    const std::size_t n = r.next_figure(x);
    if (n == std::string::npos || !r.qs[n].percent() || !r.same_sentence(x, n)) return false;
    const std::string g = r.between(x, n);
    if (g.find_first_of(";()") != std::string::npos || !(g.ends_with("bằng") || g.ends_with("chiếm"))) return false;
    std::string rest = r.after(n);
    rest.erase(0, rest.find_first_not_of(' '));
    return phrases::starts(rest, "số ") || phrases::starts(rest, "tổng ");
}

// The nearest N/M of A's noun before A in its paragraph, after `plain` (a figure of A's kind,
// or npos); npos when none.
std::size_t fraction_before(const Reading& r, std::size_t a, std::size_t plain) {
    const auto& qs = r.qs;
    if (!qs[a].is_count() || qs[a].noun.empty()) return std::string::npos;
    const std::size_t first = r.quantities.in(qs[a].paragraph).first;
    for (std::size_t j = a; j-- > first;) {
        if (plain != std::string::npos && j <= plain) return std::string::npos;
        if (qs[j].role != Role::Fraction || qs[j].ambiguous) continue;
        return qs[j].noun == qs[a].noun && qs[j].fraction_denominator >= qs[a].interval.hi ? j : std::string::npos;
    }
    return std::string::npos;
}

}  // namespace

// "X% số hồ sơ (A trên T hồ sơ)", "X%, tương ứng A trên tổng số T hồ sơ": a rate followed by the
// counts it is made of, written out; the part then its whole, of one kind, closing the
// parenthesis or the clause.
bool counts_after(const Reading& r, std::size_t x, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    const std::size_t a = x + 1, t = x + 2;
    if (t >= qs.size() || qs[t].paragraph != qs[x].paragraph || !r.usable(a) || !r.usable(t) || qs[a].percent() || qs[t].percent() ||
        qs[a].hedge != Hedge::None || qs[t].hedge != Hedge::None || qs[a].unit != qs[t].unit) {
        return false;
    }
    std::string of = r.between(a, t);
    if (qs[a].noun == "trên" || qs[a].noun == "trong") of = qs[a].noun + of;
    // "A hồ sơ trực tuyến trong số T hồ sơ": A's naming words (no figure, change or
    // punctuation), then "trong (tổng) số", both counting one noun.
    for (const char* mark : {"trongtổngsố", "trongsố", "trêntổngsố"}) {
        if (of.size() > std::string_view(mark).size() && of.ends_with(mark) && !qs[a].noun.empty() && qs[a].noun == qs[t].noun) {
            const std::string naming = of.substr(0, of.size() - std::string_view(mark).size());
            if (naming.find_first_of(",;:()") == std::string::npos && naming_words(r, a, t, ",") <= 8 && !phrases::contains(naming, "tăng") &&
                !phrases::contains(naming, "giảm") && !phrases::contains(naming, "sovới")) {
                of = mark;
            }
        }
    }
    // "chỉ đạt X%, tương ứng A tỷ đồng trên kế hoạch P tỷ đồng": the counts of an attainment.
    const bool plan = of == "trênkếhoạch" || of == "sovớikếhoạch" || of == "trêndựtoán" || of == "sovớidựtoán";
    if (of != "trên" && of != "trêntổngsố" && of != "trongsố" && of != "trongtổngsố" && !plan) return false;
    const std::string lead = r.between(x, a);
    const bool paren = !lead.empty() && lead.back() == '(' && lead.find_first_of(",;()") == lead.size() - 1 && naming_words(r, x, a, "(") <= 8;
    // ", với A … trong số T …": "với" brings in the counts the rate is made of.
    const bool same = lead == ",tươngứng" || lead == "(tươngứng" || lead == ",tươngđương" || lead == ",với";
    if (!paren && !same) return false;
    // The parenthesis closes, or the clause ends, after T's own name.
    std::string rest = r.after(t, 40);
    rest.erase(0, rest.find_first_not_of(' '));
    const std::size_t end = rest.find_first_of(",;.)");
    if (end == std::string::npos ? phrases::word_count(rest) > 6 : phrases::word_count(rest.substr(0, end)) > 6) return false;
    if (lead[0] == '(' && (end == std::string::npos || rest[end] != ')')) return false;
    if (!plan && qs[a].interval.lo > qs[t].interval.hi) return false;
    Relation rel;
    rel.family = plan ? Relation::Family::Attainment : Relation::Family::PartShare;
    rel.stated = x;
    rel.terms = {a, t};
    out.push_back(std::move(rel));
    return true;
}

// "…; trong đó nhóm hàng nông sản chiếm tỷ trọng X%, đạt A triệu USD", "Dư nợ cho vay hộ sản xuất
// (chiếm X% tổng dư nợ) đạt A tỷ đồng": the share said first, in the clause of the part's subject,
// then the part's own figure after a verb of amount. T is the nearest figure of A's kind before X,
// in the sentence (with "trong đó" between) or named after X ("X% tổng dư nợ", T's own name) in
// the paragraph; a share with a figure of its own kind between X and A is not read.
bool share_before_part(const Reading& r, std::size_t x, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    const std::string_view t = r.text(x);
    const std::size_t cs = Reading::clause_start(t, qs[x].byte_begin, true);
    std::string lead = r.clause_before(x);
    const bool opened = !lead.empty() && cs > 0 && t[cs - 1] == '(';
    for (const char* v : {"chiếmtỷtrọng", "chiếmtỉtrọng", "chiếm"}) {
        if (lead.ends_with(v)) {
            lead.erase(lead.size() - std::string_view(v).size());
            break;
        }
        if (std::string_view(v) == "chiếm") return false;
    }
    const std::size_t a = r.next_figure(x);
    if (a == std::string::npos || a != x + 1 || !r.usable(a) || qs[a].percent() || qs[a].hedge != Hedge::None || !r.same_sentence(x, a)) return false;
    // The words between X and A: the whole named after X (up to 6 words), the close of the
    // parenthesis or a comma, and the verb of amount.
    std::string gap = r.between(x, a);
    std::string rest = r.after(x, 64);
    rest.erase(0, rest.find_first_not_of(' '));
    const std::size_t close = gap.find_first_of(opened ? ")" : ",");
    if (close == std::string::npos || gap.find_first_of(opened ? ",;(" : ";()") < close) return false;
    const std::string verb = gap.substr(close + 1);
    if (verb != "đạt" && verb != "là" && verb != "vớikimngạch" && verb != "với") return false;
    const std::string named = gap.substr(0, close);
    if (phrases::word_count(rest.substr(0, rest.find_first_of(",;)"))) > 6) return false;
    // The whole: the nearest figure of A's kind before X.
    const std::size_t total = r.previous_of_kind(x, a, true);
    if (total == std::string::npos || qs[total].percent() || changed(r, total) || qs[total].interval.hi <= qs[a].interval.lo) return false;
    if (named.empty()) {
        // No whole named: "trong đó" between T and X in one sentence.
        if (!r.same_sentence(total, x) || !phrases::contains(r.between(total, x), "trongđó")) return false;
    } else if (!phrases::starts(named, "tổng") || !names_total(r, rest, total)) {
        return false;
    }
    const std::string span = r.between(total, x);
    if (phrases::contains(span, "sovới") || phrases::contains(span, "kếhoạch") || phrases::contains(span, "dựtoán")) return false;
    Relation rel;
    rel.family = Relation::Family::PartShare;
    rel.stated = x;
    rel.terms = {a, total};
    out.push_back(std::move(rel));
    return true;
}

void read_part_share(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    // A paragraph's first figure is no candidate, but may be a rate its counts follow.
    for (std::size_t p = 0; p < r.doc.paragraphs.size(); ++p) {
        const auto [first, last] = r.quantities.in(p);
        if (first < last && r.quantities.vietnamese(p) && qs[first].percent() && r.usable(first) && !r.covered[first] && !qs[first].negative) {
            counts_after(r, first, out);
        }
    }
    for (const auto& [x, first] : r.candidates()) {
        if (!qs[x].percent()) continue;
        if (counts_after(r, x, out)) continue;
        if (share_before_part(r, x, out)) continue;
        // "Có A trong tổng số T xã …, chiếm X%": A of T, written out.
        if (x >= first + 2 && r.usable(x - 1) && r.usable(x - 2) && !qs[x - 1].percent() && !qs[x - 2].percent() &&
            qs[x - 1].hedge == Hedge::None && qs[x - 2].hedge == Hedge::None && qs[x - 1].unit == qs[x - 2].unit) {
            std::string of = r.between(x - 2, x - 1);
            // The word after A read as its noun ("15.701 trong …").
            if (qs[x - 2].noun == "trong" || qs[x - 2].noun == "trên") of = qs[x - 2].noun + of;
            // A is a figure of its own, not a label or the end of a list of labels ("tài khoản mức
            // 1, 2 trên tổng số T").
            const std::string w = r.word_before(x - 2);
            static const char* const kLabels[] = {"mức", "loại", "cấp", "nhóm", "hạng", "độ", "lần", "khóa", "khoá", "phiên", "số", "thứ"};
            bool label = x - 2 > first && r.between(x - 3, x - 2) == ",";
            for (const char* l : kLabels) label = label || w == l;
            if (label || changed(r, x - 2)) of.clear();  // a change is no part
            // "A hồ sơ được giải quyết đúng hạn trên tổng số T hồ sơ": A's naming words before
            // "trên|trong tổng số", in one run of words naming no change or comparison.
            for (const char* mark : {"trongtổngsố", "trêntổngsố"}) {
                if (of.size() > std::string_view(mark).size() && of.ends_with(mark) && !qs[x - 2].noun.empty() && qs[x - 2].noun == qs[x - 1].noun) {
                    const std::string naming = of.substr(0, of.size() - std::string_view(mark).size());
                    if (naming.find_first_of(",;:()") == std::string::npos && naming_words(r, x - 2, x - 1, ",") <= kNamingWords + 2 &&
                        !phrases::contains(naming, "tăng") && !phrases::contains(naming, "giảm") && !phrases::contains(naming, "sovới")) {
                        of = mark;
                    }
                }
            }
            // "A trong T cơ sở": A without a noun of its own, or of T's.
            if (of == "trong" && !(qs[x - 2].noun == "trong" || qs[x - 2].noun == qs[x - 1].noun)) of.clear();
            // "A trên T trường …": "trên" between two counts of one noun is "out of", as "trong".
            if (of == "trên" && !(qs[x - 2].noun == "trên" || qs[x - 2].noun == qs[x - 1].noun)) of.clear();
            if (of == "trongtổngsố" || of == "trongsố" || of == "trêntổngsố" || of == "trêntổng" || of == "trong" || of == "trên") {
                std::string gap = r.between(x - 1, x);
                const std::size_t comma = gap.find(',');
                if (comma != std::string::npos && gap.find_first_of(";()") == std::string::npos &&
                    naming_words(r, x - 1, x, ",") <= kNamingWords) {
                    gap.erase(0, comma);
                }
                // "… T cơ sở (chiếm tỷ lệ X%)": the share in parentheses after T's name.
                const std::size_t open = gap.find('(');
                const bool paren = open != std::string::npos && gap.find_first_of(",;)") == std::string::npos &&
                                   naming_words(r, x - 1, x, "(") <= kNamingWords && r.after(x, 2).substr(0, 1) == ")";
                if (paren) gap = "," + gap.substr(open + 1);
                // ", tỷ lệ đúng hạn là X%", ", tỷ lệ giải quyết đạt X%": the rate named, then its verb.
                if (phrases::starts(gap, ",tỷlệ") && (gap.ends_with("là") || gap.ends_with("đạt")) && gap.find_first_of(";()", 1) == std::string::npos &&
                    gap.find(',', 1) == std::string::npos && gap.size() <= 40 && !phrases::contains(gap, "tăng") && !phrases::contains(gap, "giảm")) {
                    gap = ",tỷlệ";
                }
                if ((gap == ",chiếm" || gap == ",đạt" || gap == ",chiếmtỷlệ" || gap == ",tỷlệ" || gap == ",đạttỷlệ" || gap == ",bằng") &&
                    qs[x - 2].interval.lo <= qs[x - 1].interval.hi && r.after(x, 2).find_first_not_of(' ') != std::string::npos) {
                    std::string rest = r.after(x);
                    rest.erase(0, rest.find_first_not_of(' '));
                    if (paren || rest.empty() || rest[0] == ',' || rest[0] == ';' || rest[0] == '.' || rest[0] == ')' ||
                        renames_whole(r, x - 1, x, rest)) {
                        Relation rel;
                        rel.family = Relation::Family::PartShare;
                        rel.stated = x;
                        rel.terms = {x - 2, x - 1};
                        out.push_back(std::move(rel));
                        continue;
                    }
                }
            }
        }
        std::size_t a = x - 1;
        // "A hợp tác xã có doanh thu trên 1 tỷ đồng, chiếm X%", "A trẻ dưới 5 tuổi (X%)": a bound
        // of another kind inside A's naming words is a threshold, not the part.
        if (a > first && (qs[a].hedge == Hedge::Above || qs[a].hedge == Hedge::Below) && r.usable(a - 1) && qs[a - 1].is_count() &&
            !qs[a - 1].noun.empty() && !qs[a - 1].percent() && !r.same_kind(a - 1, a) && r.same_sentence(a - 1, a) &&
            r.between(a - 1, a).find_first_of(",;()") == std::string::npos && naming_words(r, a - 1, a, ",") <= kNamingWords) {
            a = a - 1;
        }
        // "trong đó trẻ em gái A trẻ, tăng D trẻ so với cùng kỳ, chiếm X%": A's change against the
        // prior period between A and its share.
        std::string gap = r.between(a, x);
        if (a > first && r.usable(a) && r.usable(a - 1) && !qs[a - 1].percent() && r.same_kind(a - 1, a) && r.same_sentence(a - 1, a)) {
            // The change right after A's naming words ("1.456 trẻ là con thứ ba trở lên, tăng 309 trẻ").
            const std::string change = r.between(a - 1, a);
            const bool named_then_change = (change.ends_with(",tăng") || change.ends_with(",giảm")) &&
                                           change.find_first_of(",;()") == change.size() - std::string_view(",tăng").size() &&
                                           naming_words(r, a - 1, a, ",") <= kNamingWords;
            if (named_then_change && phrases::starts(gap, "so") && std::count(gap.begin(), gap.end(), ',') == 1 &&
                gap.find_first_of(";()") == std::string::npos && (gap.ends_with(",chiếm") || gap.ends_with(",chiếmtỷlệ"))) {
                a = a - 1;
                gap = gap.substr(gap.find(','));
            }
        }
        // "11 xã đạt mức độ 1, chiếm X%": a level named inside A's words is no figure of its own.
        if (a > first && qs[a].role == Role::Level && r.usable(a - 1) && !qs[a - 1].percent() && qs[a - 1].is_count() && r.same_sentence(a - 1, a) &&
            r.between(a - 1, a).find_first_of(",;()") == std::string::npos && naming_words(r, a - 1, a, ",") <= kNamingWords) {
            --a;
            gap = r.between(a, x);
        }
        // "chiếm hơn 21%": the hedge belongs to X (its interval), not to the gap; "A vụ – tương
        // đương X%": a dash sets the share apart as a comma does.
        if (qs[x].hedge != Hedge::None) {
            for (const char* h : {"hơn", "gần", "khoảng", "trên", "dưới", "xấpxỉ"}) {
                if (gap.size() > std::string_view(h).size() && gap.ends_with(h)) {
                    gap.erase(gap.size() - std::string_view(h).size());
                    break;
                }
            }
        }
        for (const char* dash : {"–", "-"}) {
            if (phrases::starts(gap, dash)) gap = "," + gap.substr(std::string_view(dash).size());
        }
        // A change ("tăng 309 trẻ so với cùng kỳ") is no part.
        if (!r.usable(a) || qs[a].percent() || qs[a].hedge != Hedge::None || changed(r, a)) continue;
        // "phát hiện A cơ sở vi phạm, chiếm X%": the words naming A before the verb; a pair of
        // nouns joined by a comma among them ("về phòng cháy, chữa cháy"): short, naming no
        // relation.
        const std::size_t comma = gap.rfind(',');
        const std::size_t share = x;  // a lambda may not capture the structured binding (clang 14)
        auto joined_nouns = [&, share](std::size_t from) {
            if (from == std::string::npos || from >= comma) return from == comma;
            const std::string inner = gap.substr(from + 1, comma - from - 1);
            if (inner.find_first_of(",;()") != std::string::npos || naming_words(r, a, share, ";(") > kNamingWords + 4) return false;
            // The joined noun: at most three words.
            const std::string_view named = naming_span(r, a, share, ";(");
            const std::size_t inner_at = named.find(',');
            const std::size_t inner_end = inner_at == std::string_view::npos ? inner_at : named.find(',', inner_at + 1);
            if (inner_end == std::string_view::npos || phrases::words_of(named.substr(inner_at + 1, inner_end - inner_at - 1)).size() > 3) return false;
            for (const char* w : {"tăng", "giảm", "đạt", "sovới", "chiếm", "bằng", "trongđó", "gồm", "còn", "với", "là", "có"}) {
                if (phrases::contains(inner, w)) return false;
            }
            return true;
        };
        if (comma != std::string::npos && comma > 0 && naming_words(r, a, x, ",") <= kNamingWords &&
            (gap.find_first_of(",;()") == comma || joined_nouns(gap.find_first_of(",;()")))) {
            gap.erase(0, comma);
        }
        // "trong đó A giấy chứng nhận cấp trực tuyến (chiếm X%)": the words naming A, then the
        // parenthesis.
        const std::size_t open = gap.find('(');
        if (open != std::string::npos && open > 0 && naming_words(r, a, x, "(") <= kNamingWords && gap.find_first_of(",;)") == std::string::npos) {
            // Unless a name or a rate is written before the parenthesis: "5 tỉnh … gồm Bắc Giang
            // (98,0%)" holds that unit's own rate, "5 tỉnh có tỷ lệ tiêm cao nhất (98%)" the level.
            if (names_unit_or_rate(naming_span(r, a, x, "("))) continue;
            gap.erase(0, open);
        }
        // "trong đó A … (X%)", "trong đó A … (chiếm X%)".
        // "trong đó A … (X%)", "(chiếm X%)", "(đạt tỷ lệ X%)".
        const bool paren = (gap == "(" || gap == "(chiếm" || gap == "(chiếmtỷlệ" || gap == "(đạttỷlệ" || gap == "(tỷlệ") &&
                           r.after(x, 2).substr(0, 1) == ")";
        // "Trong đó, A hồ sơ giải quyết trước hạn đạt X%;": a counted part named by the words after
        // it, then its share, with no comma; only as the clause's subject right after "trong đó"
        // and with the share ending the clause (checked below).
        bool bare_verb = false;
        if (qs[a].is_count() && !qs[a].noun.empty() && gap.find_first_of(",;()") == std::string::npos && naming_words(r, a, x, ",") <= kNamingWords) {
            // Not after a verb of result: "120 dự án hoàn thành đạt 95%" may rate the 120 themselves.
            bool result = false;
            for (const char* w : {"hoànthành", "giảingân", "thựchiện", "tiếnđộ"}) result = result || phrases::contains(gap, w);
            for (const char* v : {"đạt", "chiếm"}) {
                if (!result && gap.ends_with(v) && !phrases::contains(gap.substr(0, gap.size() - std::string_view(v).size()), "đạt")) {
                    gap = std::string(",") + v;
                    bare_verb = true;
                }
            }
        }
        // "chiếm tỷ lệ X%", "tỷ lệ X%", "tương đương X%".
        for (const char* v : {",chiếmtỷlệ", ",chiếmtỉlệ", ",tỷlệ", ",tỉlệ", ",tươngđương"}) {
            if (gap == v) gap = ",chiếm";
        }
        if (gap != ",đạt" && gap != ",chiếm" && gap != ",đạttỷlệ" && !paren) continue;
        std::string rest = r.after(x);
        rest.erase(0, rest.find_first_not_of(' '));
        if (paren) rest.erase(0, rest.find_first_not_of(") "));
        if (other_relation(rest)) continue;
        const bool names_whole = phrases::starts(rest, "số ") || phrases::starts(rest, "tổng ");
        if (gap == ",đạt" && names_whole) continue;  // "đạt X% số …" reads as attainment
        // "chiếm 35% thu nội địa": a share of another whole, named after the figure.
        if (!paren && !names_whole && !rest.empty() && static_cast<unsigned char>(rest[0]) >= 0x80) continue;
        if (!paren && !names_whole && !rest.empty() && std::isalpha(static_cast<unsigned char>(rest[0]))) continue;
        std::size_t total = r.previous_of_kind(a, a, names_whole);
        // "Có N/M doanh nghiệp …. Trong đó, A doanh nghiệp …, chiếm X%": an N/M of A's noun nearer
        // than any plain figure of its kind is the whole (N, or M: the check takes either).
        if (!names_whole) {
            const std::size_t fraction = fraction_before(r, a, total);
            if (fraction != std::string::npos) total = fraction;
        }
        bool named = false;
        if (names_whole && !qs[a].noun.empty()) {
            // "chiếm X% tổng số doanh nghiệp thành lập mới": the whole so named, wherever it
            // stands; never a sibling part that has a share of its own.
            const auto qualifiers = whole_qualifiers(rest, qs[a].noun);
            if (!qualifiers.empty()) {
                total = named_whole(r, a, qualifiers);
                named = true;
            }
            if (total != std::string::npos && r.has_share(total)) continue;
        }
        // "chiếm X% tổng số A có tài khoản và bằng Y% tổng số A được hưởng": one part, two named
        // wholes; a whole found only by its kind may be either's.
        if (names_whole && !named && second_named_share(r, x)) continue;
        // "trong đó A …, chiếm X%; B …, chiếm Y%": B's nearest figure of its kind is its sibling
        // A, read as a part of T just before; B is the next item of the same list, a part of T too.
        bool sibling = false;
        if (!names_whole && total != std::string::npos && r.has_share(total) && r.same_sentence(total, a)) {
            const std::string span = r.between(total, a);
            const auto item = std::find_if(out.rbegin(), out.rend(), [&](const Relation& e) {
                return e.family == Relation::Family::PartShare && e.terms.size() == 2 && e.terms[0] == total;
            });
            if (item != out.rend() && span.find(';') != std::string::npos && span.find_first_of(".:") == std::string::npos &&
                !phrases::contains(span, "sovới") && std::count(span.begin(), span.end(), ';') == 1 &&
                r.same_kind(item->terms[1], a)) {
                total = item->terms[1];
                sibling = true;
            }
        }
        if (total == std::string::npos || qs[total].percent() || changed(r, total)) continue;
        if (qs[total].interval.hi <= qs[a].interval.lo) continue;  // a part is smaller than its whole
        // "Trong T vụ việc đã thụ lý, đã giải quyết xong A vụ việc, đạt X%": T opens the sentence
        // after "Trong (tổng) số", A counts the same thing in the next clause.
        bool opened = false;
        if (!sibling && !names_whole && qs[total].paragraph == qs[a].paragraph && r.same_sentence(total, a) && !bare_verb && !paren) {
            const std::string_view t = r.text(total);
            const auto sb = r.quantities.sentence_at(qs[total].paragraph, qs[total].byte_begin);
            const std::string lead = phrases::squeeze(t, sb.begin, qs[total].byte_begin);
            const std::string span = r.between(total, a);
            const auto commas = std::count(span.begin(), span.end(), ',');
            // "Trong tổng số T lao động được tuyển dụng có A lao động …": no comma, "có" before A.
            const bool one_clause = commas == 1 || (commas == 0 && span.ends_with("có"));
            opened = (lead == "trong" || lead == "trongsố" || lead == "trongtổngsố") && !qs[a].noun.empty() && qs[a].noun == qs[total].noun &&
                     one_clause && span.find_first_of(";()") == std::string::npos && !phrases::contains(span, "sovới") &&
                     !phrases::contains(span, "kếhoạch");
            // "Tổng số thuê bao là T thuê bao, số thuê bao di động A thuê bao, chiếm X%": a total
            // named "Tổng số <noun>" and the next clause naming "số <noun> …" of it.
            if (!opened && !qs[a].noun.empty() && qs[a].noun == qs[total].noun && commas == 1 && span.find_first_of(";()") == std::string::npos) {
                const std::size_t cs = Reading::clause_start(t, qs[total].byte_begin, true);
                const std::string head = phrases::squeeze(t, cs, qs[total].byte_begin);
                const std::string noun = phrases::squeeze(qs[a].noun, 0, qs[a].noun.size());
                const std::string part = span.substr(span.find(',') + 1);
                opened = phrases::starts(head, "tổngsố" + noun) && phrases::starts(part, "số" + noun) && !phrases::contains(part, "sovới") &&
                         !phrases::contains(part, "tăng") && !phrases::contains(part, "giảm");
            }
        }
        if (opened || sibling) {
            // read below as a part of T
        } else if (!names_whole) {
            if (qs[total].paragraph != qs[a].paragraph) continue;
            const std::string span = r.between(total, a);
            // "T …; trong đó, A …" in one sentence, or "T …. Trong đó, A …" opening the next.
            // "tiếp nhận T hồ sơ, với A hồ sơ trực tuyến (đạt tỷ lệ X%)": "với" right before a
            // count of T's own noun opens the part as "trong đó" does.
            const bool with = span.ends_with(",với") && paren && !qs[a].noun.empty() && qs[a].noun == qs[total].noun &&
                              r.same_sentence(total, a) && span.find_first_of(",;(") == span.size() - std::string_view(",với").size();
            // "T đơn. Thành phố dẫn đầu với A đơn (chiếm X%)", "Đứng thứ hai là A vụ …, chiếm X%":
            // parts ranked after their whole, in its sentence or the next.
            bool ranked = false;
            if (!with && !phrases::contains(span, "trongđó") && std::count(span.begin(), span.end(), '.') <= 1 &&
                std::count(span.begin(), span.end(), ';') <= 1 && span.find_first_of(":()") == std::string::npos && !qs[a].noun.empty() &&
                r.same_kind(total, a)) {
                const auto sa = r.quantities.sentence_at(qs[a].paragraph, qs[a].byte_begin);
                const std::string lead = phrases::squeeze(r.text(a), std::max(sa.begin, qs[total].byte_end), qs[a].byte_begin);
                for (const char* w : {"dẫnđầu", "đứngthứ", "tiếpđếnlà", "tiếptheolà", "nhiềunhất", "lớnnhất", "caonhất"}) {
                    ranked = ranked || phrases::contains(lead, w);
                }
                ranked = ranked && !phrases::contains(lead, "tăng") && !phrases::contains(lead, "giảm") && !phrases::contains(lead, "sovới");
            }
            if (!phrases::contains(span, "trongđó") && !with && !ranked) continue;
            if (!r.same_sentence(total, a) && !phrases::contains(span, ".trongđó") && !ranked) continue;
            if (r.rated(total) || r.rated_before(total)) continue;  // "giải ngân T, đạt 60%, trong đó vốn tỉnh A, đạt 55%"
            if (phrases::contains(span, "sovới") || phrases::contains(span, "kếhoạch") || phrases::contains(span, "dựtoán")) continue;
            // A result verb after "trong đó" makes A a result, not a part: "trong đó vốn tỉnh
            // 600 tỷ đồng, đã giải ngân 300 tỷ đồng, đạt 50%".
            const bool marked = !with && !ranked;
            const std::size_t td = marked ? span.rfind("trongđó") : span.size();
            std::string tail = marked ? span.substr(td + std::string_view("trongđó").size()) : std::string();
            if (!tail.empty() && (tail[0] == ',' || tail[0] == ':')) tail.erase(0, 1);
            if (phrases::contains(tail, ",") || phrases::contains(tail, ";") || phrases::contains(tail, ".")) continue;
            if (bare_verb) {
                const std::string next = r.after(x, 2);
                if (!tail.empty() || (!next.empty() && next[0] != ';' && next[0] != '.' && next[0] != ',')) continue;
            }
            // Only the sentence before: "T. Trong đó, A" with no other sentence between.
            if (marked && phrases::contains(span.substr(0, td > 0 && span[td - 1] == '.' ? td - 1 : td), ".")) continue;
        } else if (bare_verb) {
            continue;
        } else if (qs[a].noun.empty()) {
            // A sum of money or a measure: the whole named after the share is T's indicator.
            if (!names_total(r, rest, total)) continue;
        } else {
            // The named whole is the count of A's noun ("chiếm X% số cơ sở được kiểm tra"), or
            // T's own name ("chiếm X% tổng số lao động được đào tạo").
            if (qs[total].noun != qs[a].noun) continue;
            // "T đại biểu tham gia biểu quyết; trong đó A đại biểu tán thành (chiếm X% tổng số đại
            // biểu)": T counts those taking part, "tổng số" the whole body.
            if (r.of_whole_body(total, x)) continue;
            if (!phrases::contains(rest, qs[a].noun) && !names_total(r, rest, total)) continue;
        }
        Relation rel;
        rel.family = Relation::Family::PartShare;
        rel.stated = x;
        rel.terms = {a, total};
        // "Trong đó, 13 nữ trúng cử đại biểu HĐND thành phố, đạt tỷ lệ 23,64%": "đạt" may rate
        // the part within its own group (women among that council), not its share of T.
        rel.by_proximity = gap == ",đạt" || gap == ",đạttỷlệ";
        // The other figures of A's kind in the total's sentence, before it, that are no change:
        // the whole may be any of them.
        if (!names_whole) {
            const auto tb = r.quantities.sentence_at(qs[total].paragraph, qs[total].byte_begin);
            const auto [pf, pl] = r.quantities.in(qs[total].paragraph);
            for (std::size_t k = pf; k < total; ++k) {
                if (qs[k].byte_begin >= tb.begin && r.usable(k) && !qs[k].percent() && r.same_kind(k, a) &&
                    !phrases::after_change_word(r.text(k), qs[k]) && qs[k].interval.hi >= qs[a].interval.lo) {
                    rel.other_wholes.push_back(k);
                }
            }
        }
        out.push_back(std::move(rel));
    }
}

}  // namespace soat::analysis::relations

