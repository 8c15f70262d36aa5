#include "analysis/claims.hpp"
#include "analysis/numbers_text.hpp"

#include "analysis/complements.hpp"
#include "analysis/phrases.hpp"
#include "analysis/sentences.hpp"
#include "analysis/syllable.hpp"
#include "analysis/vi_words.hpp"
#include "analysis/words.hpp"

#include <soat/utf8.hpp>

#include <utf8proc.h>

#include <algorithm>
#include <limits>
#include <set>
#include <cmath>
#include <cstring>
#include <utility>

namespace soat::analysis {

namespace {

using phrases::after_change_word;
using phrases::contains;
using phrases::exclusion;
using phrases::paren_depth;
using phrases::squeeze;
using phrases::starts;

// Parts after "trong đó:" adding up to more than this times their whole, each within it, group
// the same members by two traits.
constexpr double kOverlapping = 1.5;

bool first_upper(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '*' || s[i] == '"' || s[i] == '(')) ++i;
    if (i >= s.size()) return false;
    const char32_t c = utf8::next(s, i);
    return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LU;
}

// The word after byte `at` (spaces skipped) is capitalised but not all capitals: "Bao", not "KCN".
bool title_case_word_at(std::string_view t, std::size_t at) {
    while (at < t.size() && t[at] == ' ') ++at;
    if (at >= t.size()) return false;
    const auto category = [](char32_t c) { return utf8proc_category(static_cast<utf8proc_int32_t>(c)); };
    if (category(utf8::next(t, at)) != UTF8PROC_CATEGORY_LU) return false;
    return at < t.size() && category(utf8::next(t, at)) == UTF8PROC_CATEGORY_LL;
}

// The first word (spaces and marks skipped) starts with a lowercase letter.
bool lower_word_at(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '*' || s[i] == '"' || s[i] == '(')) ++i;
    if (i >= s.size()) return false;
    return utf8proc_category(static_cast<utf8proc_int32_t>(utf8::next(s, i))) == UTF8PROC_CATEGORY_LL;
}

bool same_measure(const Quantity& a, const Quantity& b) { return a.unit == b.unit; }

// Whether `s` holds one of `words`, by memmem: a find() stops at each byte that starts a word,
// and 0xE1, which starts "ồ", "ụ" or "ổ", starts about one Vietnamese letter in four.
bool holds_any(std::string_view s, std::initializer_list<std::string_view> words) {
    for (const std::string_view w : words) {
        if (memmem(s.data(), s.size(), w.data(), w.size()) != nullptr) return true;
    }
    return false;
}

// The first word of a count's noun, lower case: "tàu" of "8.081 tàu cá", "" when none.
std::string count_noun(std::string_view t, const Quantity& q) {
    std::string noun = lower(std::string(t.substr(q.unit_end, q.noun_end - q.unit_end)));
    const std::size_t b = noun.find_first_not_of(' ');
    if (b == std::string::npos) return {};
    const std::size_t e = noun.find(' ', b);
    return noun.substr(b, e == std::string::npos ? std::string::npos : e - b);
}

// A part without a noun takes the total's.
bool same_count_noun(std::string_view t, const Quantity& total, const Quantity& part) {
    const std::string a = count_noun(t, total), b = count_noun(t, part);
    return a.empty() || b.empty() || a == b;
}

// Time and age nouns: "1 tuần (6 buổi, 24 giờ)" measures one span in other units, no parts.
bool duration(const std::string& noun) { return noun == "buổi" || phrases::duration_noun(noun); }

// A comparison or exclusion inside the part's own segment: a prior year's value opening it
// ("năm 2023 là 6.876 tỷ đồng"), not a year naming the part ("vốn giao đầu năm 2022 là …").
// "(Quỳnh Lưu 38, Diễn Châu 11)": a bare figure after a place name, closing its list item, is the
// place's part, not a number of the name (as in "SEA Games 31").
bool place_figure(std::string_view t, const Quantity& q) {
    std::size_t e = q.byte_end;
    if (t.substr(e).starts_with(" và ")) return true;  // "(…, Yên Bái 7 và Tuyên Quang 4)"
    while (e < t.size() && t[e] == ' ') ++e;
    return e < t.size() && (t[e] == ',' || t[e] == ';' || t[e] == ')');
}

// A change word of `raw` that changes the figure after it: not the first syllable of a word
// naming the item, the figure further on ("nhà theo chương trình giảm nghèo bền vững 2.000 căn",
// "bằng khen cho 25 tập thể"; "giảm nhẹ 5 vụ" still changes).
bool changes(std::string_view raw) {
    const auto words = phrases::words_of(raw);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        if (w != "tăng" && w != "giảm" && w != "bằng" && w != "vượt" && w != "gấp") continue;
        const bool compound = i + 2 < words.size() && vi_words::tier(vi_words::pair_score(canonical(w), canonical(words[i + 1]))) > 0;
        if (!compound && !(i > 0 && phrases::bang_ends_word(words[i - 1], w))) return true;
    }
    return false;
}

bool comparison_segment(std::string_view t, std::size_t segment_start, const Quantity& q) {
    const std::string_view raw = t.substr(segment_start, q.byte_begin - segment_start);
    const std::string seg = lower(raw);
    const std::string squeezed = squeeze(seg, 0, seg.size());
    if (starts(squeezed, "năm20")) return true;
    // "(6 tháng đầu năm 2019 đã tiếp …)": a period of an earlier year opens the segment.
    if (const std::size_t d = squeezed.find_first_not_of("0123456789"); d > 0 && d != std::string::npos && starts(squeezed.substr(d), "tháng") &&
        (contains(squeezed, "năm20") || contains(squeezed, "nămtrước") || contains(squeezed, "cùngkỳ"))) {
        return true;
    }
    // Written in lower case, or opening the segment: a capital inside it marks a name (Cao Bằng).
    const std::size_t opening = seg.find_first_not_of(' ');
    for (const char* w : {"cùng kỳ", "so với", "tăng", "giảm", "bằng", "vượt", "gấp", "bình quân", "lũy kế", "luỹ kế"}) {
        const bool change_word = std::string_view(w) == "tăng" || std::string_view(w) == "giảm" || std::string_view(w) == "bằng" ||
                                 std::string_view(w) == "vượt" || std::string_view(w) == "gấp";
        if (change_word && contains(raw, w) && !changes(raw)) continue;
        if (contains(raw, w) || (opening != std::string::npos && seg.compare(opening, std::string_view(w).size(), w) == 0)) return true;
    }
    return false;
}

// "100 thuê bao/100 dân", "3 người/ngày": a rate per some base, no total of its noun.
bool per_base(std::string_view t, const Quantity& q) {
    // "294 phòng học/10.000 dân": the slash may follow a word or two of the noun.
    int spaces = 0;
    for (std::size_t i = std::max({q.byte_end, q.unit_end, q.noun_end}); i < t.size(); ++i) {
        if (t[i] == '/') return i > 0 && t[i - 1] != ' ' && std::isdigit(static_cast<unsigned char>(t[i - 1])) == 0;
        if (std::string_view(",;:().").find(t[i]) != std::string_view::npos || (t[i] == ' ' && ++spaces > 2)) return false;
    }
    return false;
}

std::size_t segment_start(std::string_view t, std::size_t at, std::size_t floor) {
    std::size_t i = at;
    while (i > floor) {
        const char c = t[i - 1];
        if (c == ',' || c == ';' || c == ':' || c == '(') break;
        --i;
    }
    return i;
}

// Detects a part printed without its siblings' scale word whose scaled reading balances the sum.
std::optional<std::size_t> missing_scale(const std::vector<Quantity>& qs, const SumClaim& c) {
    std::string scale;
    double factor = 1;
    for (std::size_t p : c.parts) {
        if (!qs[p].scale_word.empty()) {
            scale = qs[p].scale_word;
            factor = qs[p].scale;
        }
    }
    if (scale.empty() || qs[c.total].scale_word != scale) return std::nullopt;
    std::optional<std::size_t> bare;
    Interval sum{0, 0};
    for (std::size_t p : c.parts) {
        const Quantity& q = qs[p];
        if (q.scale_word.empty()) {
            if (bare) return std::nullopt;
            bare = p;
            sum = sum + Interval::printed(q.numeral.value, q.numeral.decimals, factor);
        } else {
            sum = sum + q.interval;
        }
    }
    if (bare && sum.meets(qs[c.total].interval)) return bare;
    return std::nullopt;
}

struct Builder {
    const model::Document& doc;
    const Quantities& quantities;
    const std::vector<Quantity>& qs;

    std::string text_lower(std::size_t p, std::size_t b, std::size_t e) const {
        return lower(std::string_view(doc.paragraphs[p].text).substr(b, e - b));
    }

    bool q_all_hedgeless(const std::vector<std::size_t>& ks) const {
        for (std::size_t k : ks) {
            if (qs[k].hedge != Hedge::None) return false;
        }
        return true;
    }

    // The next quantity after index k in the same paragraph, or npos.
    std::size_t next_in_paragraph(std::size_t k) const {
        return k + 1 < qs.size() && qs[k + 1].paragraph == qs[k].paragraph ? k + 1 : std::string::npos;
    }

    bool plan_sentence(std::size_t p, std::size_t byte) const {
        const SentenceBytes s = quantities.sentence_at(p, byte);
        const std::string l = text_lower(p, s.begin, s.end);
        return contains(l, "kế hoạch") || contains(l, "dự toán");
    }

    void parentheses(std::size_t p, std::vector<SumClaim>& out) const {
        const std::string_view t = doc.paragraphs[p].text;
        const auto [first, last] = quantities.in(p);
        const auto depth = paren_depth(t);
        for (std::size_t open = 0; open < t.size(); ++open) {
            if (t[open] != '(') continue;
            const std::size_t close = phrases::closing_paren(t, open);
            if (close == std::string_view::npos) continue;
            const std::string inner = squeeze(t, open + 1, close);
            const std::string inner_spaced = text_lower(p, open + 1, close);
            if (exclusion(inner_spaced)) continue;
            SumClaim c;
            if (starts(inner, "trongđó:") || starts(inner, "gồm") || starts(inner, "baogồm")) {
                c.kind = SumClaim::Kind::Exhaustive;
            } else if (starts(inner, "trongđó") || starts(inner, "riêng")) {
                // "(riêng … a người)" singles out a part, like "trong đó".
                c.kind = SumClaim::Kind::Subsets;
            } else {
                c.bare = true;
            }
            if (contains(inner_spaced, "...") || contains(inner_spaced, "…")) c.kind = SumClaim::Kind::Partial;
            // The total: the last quantity before '(' in the same clause, a few words away.
            std::size_t total = std::string::npos;
            for (std::size_t k = first; k < last && qs[k].byte_end <= open; ++k) total = k;
            if (total == std::string::npos) continue;
            // "T ha, đạt 104% kế hoạch (a ha, chiếm x%; b ha, chiếm y%)": an attainment between the
            // total and its breakdown; the parts' shares, making 100 %, tie them to T.
            bool past_attainment = false;
            // "… đạt 113,8% kế hoạch năm 2014 (…": the plan's year is no figure of the sentence's.
            std::size_t rate = total;
            if (qs[rate].role == Role::Year && rate > first) --rate;
            if (rate != total && qs[rate].percent()) total = rate;
            if (qs[total].percent() && total > first && depth[qs[total].byte_begin] == depth[open] - 1) {
                const Quantity& pq = qs[total - 1];
                const std::string between = text_lower(p, std::max({pq.byte_end, pq.unit_end, pq.noun_end}), qs[total].byte_begin);
                const std::string after = text_lower(p, qs[total].unit_end, open);
                if (pq.role == Role::Quantity && !pq.percent() && depth[pq.byte_begin] == depth[open] - 1 && phrases::word_count(between) <= 3 &&
                    (contains(between, "đạt") || contains(between, "bằng") || contains(between, "vượt")) && between.find_first_of(";:") == std::string::npos &&
                    phrases::word_count(after) <= 4 && after.find_first_of(",;:") == std::string::npos) {
                    total = total - 1;
                    past_attainment = true;
                }
            }
            const Quantity& tq = qs[total];
            if (tq.role != Role::Quantity || tq.percent() || depth[tq.byte_begin] != depth[open] - 1 + (t[open] == '(' ? 0 : 0)) continue;
            const std::string gap = text_lower(p, tq.unit_end, open);
            // "597 nhà bị hư hỏng, thiệt hại và di dời (A: 130 nhà; B: 259 nhà; …)": a description of
            // the whole that lists its states with commas, no change or comparison, still leads to
            // its breakdown; then every part must count the whole's own thing.
            const bool described = gap.find_first_of(";:") == std::string::npos && !analysis::changes(gap) && !contains(gap, "so với") &&
                                   !contains(gap, "chiếm") && !contains(gap, "đạt") && !contains(gap, "trong đó");
            const bool comma_gap = !past_attainment && gap.find(',') != std::string::npos;
            if (!past_attainment && gap.find_first_of(",;:") != std::string::npos && !(comma_gap && described)) continue;
            if (std::count(gap.begin(), gap.end(), ' ') > 12) continue;
            // "…, khiển trách 3, cảnh cáo 1, khai trừ 4 (trong đó, UBKT … cảnh cáo 1, khai trừ 4)": a
            // parenthesis after the last item of a list that names two of the list's items again
            // restates the list (by another breakdown), not the last item.
            {
                int named_again = 0;
                const SentenceBytes sentence = quantities.sentence_at(p, tq.byte_begin);
                for (std::size_t j = first; j <= total; ++j) {
                    if (qs[j].byte_begin < sentence.begin || qs[j].role != Role::Quantity || qs[j].percent() ||
                        depth[qs[j].byte_begin] != depth[open] - 1 || qs[j].is_count() != tq.is_count()) {
                        continue;
                    }
                    const std::string label = lower(words_before(t, qs[j].byte_begin, 2));
                    if (label.size() >= 4 && label.find_first_of(",;:()0123456789") == std::string::npos && contains(inner_spaced, label)) ++named_again;
                }
                if (named_again >= 2) continue;
            }
            // "80.606 ha bị thiệt hại (Lào Cai 4.123, Sơn La 540, …)": places with bare figures, no
            // figure of another measure, leave the whole's unit understood.
            bool bare_places = !tq.is_count();
            int bare_items = 0;
            for (std::size_t k = total + 1; k < last && qs[k].byte_begin < close && bare_places; ++k) {
                const Quantity& q = qs[k];
                if (q.role != Role::Quantity || depth[q.byte_begin] != depth[open]) continue;
                if (q.percent() || !q.is_count() || !q.noun.empty() || !q.scale_word.empty()) {
                    bare_places = false;
                    break;
                }
                std::size_t name_at = 0;
                word_before(t, q.byte_begin, &name_at);
                bare_places = name_at < q.byte_begin && first_upper(t.substr(name_at, q.byte_begin - name_at));
                ++bare_items;
            }
            bare_places = bare_places && bare_items >= 2;
            bool unsure = false;  // an item of the total's kind read as a comparison
            bool mixed = false;   // durations in other units than the total's
            std::set<std::string> other_nouns;  // nouns of parts that differ from the total's
            int own = 0;                         // parts counting the total's thing (or unnamed)
            for (std::size_t k = total + 1; k < last && qs[k].byte_begin < close; ++k) {
                const Quantity& q = qs[k];
                if ((q.role != Role::Quantity && !(q.role == Role::Name && place_figure(t, q))) || q.percent() ||
                    depth[q.byte_begin] != depth[open]) {
                    continue;
                }
                if (!bare_places && (tq.is_count() != q.is_count() || (!tq.is_count() && !same_measure(tq, q)))) continue;
                if (after_change_word(t, q)) continue;
                // "900 tấn cá tạp quy đổi từ 4.500 tấn sứa": what a part was made from is no part.
                if (lower(word_before(t, q.byte_begin)) == "từ") continue;
                if (comparison_segment(t, segment_start(t, q.byte_begin, open), q)) {
                    unsure = unsure || (tq.is_count() ? same_count_noun(t, tq, q) : same_measure(tq, q));
                    continue;
                }
                if (tq.is_count() && !same_count_noun(t, tq, q)) {
                    if (q.hedge != Hedge::None) continue;  // "trẻ dưới 6 tuổi": a bound, not a part
                    mixed = mixed || duration(count_noun(t, tq)) || duration(count_noun(t, q));
                    if (!count_noun(t, q).empty()) other_nouns.insert(count_noun(t, q));
                } else {
                    ++own;
                }
                c.parts.push_back(k);
            }
            // "(Quân khu 3: 37.762 hộ/141.048 người; …)": pairs of counts joined by "/", of the
            // total's thing and another: only the total's thing is summed.
            if (own >= 2 && !other_nouns.empty()) {
                // (The paragraph's bounds copied: clang 14 captures no structured binding.)
                auto paired = [&, first = first, last = last](std::size_t k) {
                    const bool before = k > first && squeeze(t, std::max({qs[k - 1].byte_end, qs[k - 1].unit_end, qs[k - 1].noun_end}), qs[k].byte_begin) == "/";
                    const bool after = k + 1 < last && squeeze(t, std::max({qs[k].byte_end, qs[k].unit_end, qs[k].noun_end}), qs[k + 1].byte_begin) == "/";
                    return before || after;
                };
                std::vector<std::size_t> others;
                for (std::size_t k : c.parts) {
                    if (!same_count_noun(t, tq, qs[k])) others.push_back(k);
                }
                if (std::all_of(others.begin(), others.end(), paired)) {
                    std::erase_if(c.parts, [&](std::size_t k) { return std::find(others.begin(), others.end(), k) != others.end(); });
                    other_nouns.clear();
                }
            }
            // "8.081 tàu cá (gồm: 8.081 chủ tàu, 1.016 thuyền trưởng, 6.274 thuyền viên)": parts that
            // each count other things, one of them as many as the whole, are a correspondence.
            const bool own_noun = own > 0;
            const bool whole_again = std::any_of(c.parts.begin(), c.parts.end(),
                                                 [&](std::size_t k) { return qs[k].value() == tq.value(); });
            // "2 kỳ đại hội (SEA Games 31, ASIAD 19)": a number of a name above the whole is the name's.
            if (std::any_of(c.parts.begin(), c.parts.end(), [&](std::size_t k) { return qs[k].role == Role::Name && qs[k].value() > tq.value(); })) {
                continue;
            }
            // "17 dự án (9.640 căn hộ, 2.315 căn nhà)": parts that count another thing, one of them
            // more than the whole, are what the whole holds; so are bare parts of the whole's own
            // kind ("248 đảng bộ cơ sở (14 đảng bộ bộ phận và 2.370 chi bộ)").
            const bool beyond_whole = std::any_of(c.parts.begin(), c.parts.end(),
                                                  [&](std::size_t k) { return qs[k].value() > tq.value(); });
            if (c.bare && beyond_whole) continue;
            // One part named as such ("(trong đó nữ 40 người)", "(riêng … a người)") is a subset too.
            const bool one_subset = c.kind == SumClaim::Kind::Subsets && !c.bare && c.parts.size() == 1 && own == 1;
            if ((c.parts.size() < 2 && !one_subset) || mixed || (!own_noun && ((other_nouns.size() >= 2 && whole_again) || (!other_nouns.empty() && beyond_whole)))) {
                continue;
            }
            if (comma_gap && (unsure || !other_nouns.empty() || (tq.is_count() && own != static_cast<int>(c.parts.size())) || c.parts.size() < 2)) continue;
            if (unsure && c.kind == SumClaim::Kind::Exhaustive) c.kind = SumClaim::Kind::Partial;
            if (past_attainment) {
                if (!own_noun || !shares_make_whole(c.parts)) continue;
                c.kind = SumClaim::Kind::Exhaustive;
                c.bare = false;
            }
            c.total = total;
            c.plan = plan_sentence(p, tq.byte_begin);
            c.missing_scale = missing_scale(qs, c);
            out.push_back(std::move(c));
        }
    }

    void markers(std::size_t p, std::vector<SumClaim>& out) const {
        const std::string_view t = doc.paragraphs[p].text;
        const auto [first, last] = quantities.in(p);
        const auto depth = paren_depth(t);
        std::size_t previous_begin = std::string::npos;
        for (const SentenceBytes& s : quantities.sentences(p)) {
            const std::size_t sentence_begin = previous_begin;
            previous_begin = s.begin;
            const std::string_view raw = t.substr(s.begin, s.end - s.begin);
            if (!holds_any(raw, {"ồm", "rong đó", "như:", "ụ thể:", "ụ thể, ", "hia ra:", "số này", "số đó", "số trên", "hân theo "})) continue;
            const std::string l = text_lower(p, s.begin, s.end);
            struct Marker {
                const char* word;
                SumClaim::Kind kind;
            };
            // "bao gồm a …, b … và c …" lists a composition like "gồm:" ("bao gồm cả …" adds to
            // something else and is not read); "cụ thể: …" details a total, often by its main items
            // only ("dư nợ ngắn hạn …; dư nợ trung hạn …" without the long-term): Σ parts ≤ total.
            const Marker kMarkers[] = {{"bao gồm:", SumClaim::Kind::Exhaustive}, {"gồm:", SumClaim::Kind::Exhaustive},
                                       {"gồm có:", SumClaim::Kind::Exhaustive},
                                       {"trong đó:", SumClaim::Kind::Exhaustive}, {"trong đó", SumClaim::Kind::Subsets},
                                       {"như:", SumClaim::Kind::Partial}, {"cụ thể:", SumClaim::Kind::Partial}, {"cụ thể, ", SumClaim::Kind::Partial},
                                       {"chia ra:", SumClaim::Kind::Exhaustive}, {"trong tổng số này", SumClaim::Kind::Subsets},
                                       {"trong số này", SumClaim::Kind::Subsets}, {"trong tổng số đó", SumClaim::Kind::Subsets},
                                       {"trong số đó", SumClaim::Kind::Subsets}, {"trong số trên", SumClaim::Kind::Subsets},
                                       {"trong tổng số trên", SumClaim::Kind::Subsets},
                                       {"bao gồm ", SumClaim::Kind::Exhaustive}, {"gồm ", SumClaim::Kind::Exhaustive},
                                       {"phân theo ", SumClaim::Kind::Exhaustive}};
            std::size_t from = 0;
            while (true) {
                std::size_t best = std::string::npos;
                const Marker* which = nullptr;
                for (const Marker& m : kMarkers) {
                    const std::size_t at = l.find(m.word, from);
                    if (at < best) {
                        best = at;
                        which = &m;
                    }
                }
                if (!which) break;
                const std::size_t at = s.begin + best;
                from = best + std::string_view(which->word).size();
                if (depth[at] > 0) continue;  // handled with its parentheses
                const std::string_view word = which->word;
                if ((word == "gồm:" || word == "gồm " || word == "gồm có:") && best >= 4 && l.compare(best - 4, 4, "bao ") == 0) continue;
                if ((word == "gồm " || word == "bao gồm ") && (l.compare(from, std::string_view("cả ").size(), "cả ") == 0 || (best > 0 && l[best - 1] != ' ' && l[best - 1] != ','))) continue;
                // "T, phân theo nguồn vốn: a …, b … và c …": a classification named in a few words,
                // then its colon.
                if (word == "phân theo ") {
                    const std::size_t colon = l.find(':', from);
                    if (colon == std::string::npos || colon - from > 40 || l.find_first_of(",;", from) < colon) continue;
                }
                SumClaim c;
                c.kind = which->kind;
                // "… đạt 29.850 tỷ đồng. Trong đó: …": a sentence opened by the marker lists parts
                // of the previous sentence's total, often only the main ones (seed 001's budget
                // lists two spending items of many), so only part ≤ total is checked.
                const bool opens_sentence = best < 2 && sentence_begin != std::string::npos;
                // "Giai đoạn 2016-2020, … T …. Trong đó, năm 2020, toàn ngành …": a year within T's
                // period, set apart by a comma, opens the same indicators for that year, no parts of
                // T ("trong đó năm 2021: P1, năm 2022: P2" is a breakdown by year).
                {
                    std::string next = l.substr(from, 24);
                    next.erase(0, next.find_first_not_of(" ,"));
                    constexpr std::string_view kYear = "năm ";
                    const std::size_t y = kYear.size(), e = next.find_first_not_of("0123456789", y);
                    if (starts(next, kYear) && e == y + 4 && next.find_first_not_of(' ', e) != std::string::npos &&
                        next[next.find_first_not_of(' ', e)] == ',') {
                        continue;
                    }
                }
                if (opens_sentence && c.kind == SumClaim::Kind::Exhaustive) c.kind = SumClaim::Kind::Subsets;
                const std::size_t total_from = opens_sentence ? sentence_begin : s.begin;
                std::size_t total = std::string::npos;
                for (std::size_t k = first; k < last && qs[k].byte_end <= at; ++k) {
                    if (qs[k].byte_begin >= total_from && qs[k].role == Role::Quantity && !qs[k].percent() && depth[qs[k].byte_begin] == 0 &&
                        !per_base(t, qs[k])) {
                        total = k;
                    }
                }
                // "T cuộc, trong đó kỳ trước chuyển sang a cuộc. Trong số này …": "số này" is the
                // total, not the part singled out after "trong đó".
                if (total != std::string::npos && (contains(word, "số này") || contains(word, "số đó") || contains(word, "số trên"))) {
                    const std::string before_marker = text_lower(p, total_from, at);
                    const std::size_t sub = before_marker.rfind("trong đó");
                    if (sub != std::string::npos && qs[total].byte_begin > total_from + sub) {
                        std::size_t outer = std::string::npos;
                        for (std::size_t k = first; k < last && qs[k].byte_end <= total_from + sub; ++k) {
                            if (qs[k].byte_begin >= total_from && qs[k].role == Role::Quantity && !qs[k].percent() && depth[qs[k].byte_begin] == 0) outer = k;
                        }
                        total = outer;
                    }
                }
                if (total == std::string::npos) continue;
                // "… làm 58 người chết, 40 người mất tích. Trong đó, số người chết do bão 12 người; …": the
                // first item names the trait written after an earlier figure of the total's kind (its
                // word after the noun): that figure is the whole.
                if (opens_sentence) {
                    const std::size_t first_part = t.find_first_of("0123456789", at + word.size());
                    const auto label = phrases::words_of(text_lower(p, at + word.size(), std::min(first_part, s.end)));
                    auto trait = [&](std::size_t k) {
                        const auto w = phrases::words_of(text_lower(p, qs[k].noun_end, std::min(t.size(), qs[k].noun_end + 24)));
                        return w.empty() || words::is_function_word(w[0]) || words::is_grammatical_word(w[0]) ? std::string() : w[0];
                    };
                    auto named = [&](std::size_t k) {
                        const std::string w = trait(k);
                        return !w.empty() && std::find(label.begin(), label.end(), w) != label.end();
                    };
                    if (!named(total)) {
                        for (std::size_t k = total; k-- > first && qs[k].byte_begin >= total_from;) {
                            const Quantity& q = qs[k];
                            if (q.role == Role::Quantity && !q.percent() && depth[q.byte_begin] == 0 && q.is_count() && q.noun == qs[total].noun && named(k)) {
                                total = k;
                                break;
                            }
                        }
                    }
                }
                // "giải quyết 120 đơn khiếu nại và 40 đơn tố cáo; trong đó …": two totals joined by
                // "và" before the marker; the items after it may be either's.
                if (total > first && qs[total - 1].byte_begin >= total_from && qs[total - 1].role == Role::Quantity && !qs[total - 1].percent() &&
                    qs[total - 1].is_count() == qs[total].is_count()) {
                    const std::string joined = squeeze(t, std::max({qs[total - 1].byte_end, qs[total - 1].unit_end, qs[total - 1].noun_end}),
                                                       qs[total].byte_begin);
                    if (joined.size() <= 60 && joined.ends_with("và") && joined.find_first_of(",;:().") == std::string::npos) continue;
                }
                // A figure after a change word, not a level past its bound ("đạt hơn 545 tỷ đồng").
                auto changed = [&](const Quantity& q) { return after_change_word(t, q) && !phrases::bounded_level(t, q); };
                // "T việc, tăng D việc (tăng x% …), trong đó: a …; b …": parts that are no changes
                // break down T, the figure the change follows.
                const bool total_changed = changed(qs[total]);
                if (total_changed) {
                    std::size_t part = total + 1;
                    while (part < last && (qs[part].byte_begin < at || qs[part].percent())) ++part;
                    if (part < last && qs[part].byte_begin < s.end && !changed(qs[part])) {
                        for (std::size_t k = total; k-- > first && qs[k].byte_begin >= total_from;) {
                            if (qs[k].role == Role::Quantity && !qs[k].percent() && depth[qs[k].byte_begin] == 0 && !changed(qs[k])) {
                                total = k;
                                break;
                            }
                        }
                    }
                }
                // A change ("giảm 74 người bị thương", "tăng 540 việc với 205 đương sự") totals only
                // parts that are changes too.
                const std::size_t tc = clause_start(t, qs[total].byte_begin);
                bool change = changed(qs[total]);
                for (std::size_t k = first; k < total && !change; ++k) change = qs[k].byte_begin >= tc && changed(qs[k]);
                if (change) {
                    std::size_t part = total + 1;
                    while (part < last && (qs[part].byte_begin < at || qs[part].percent())) ++part;
                    if (part >= last || !changed(qs[part])) continue;
                }
                // "58 cuộc thanh tra, kiểm tra đối với 140 cơ sở, gồm: 4 cuộc …; 40 cuộc …": items
                // counting the noun of the figure just before the nearer count break that one down.
                if ((word == "gồm:" || word == "bao gồm:") && qs[total].is_count() && !qs[total].noun.empty()) {
                    std::size_t part = total + 1;
                    while (part < last && (qs[part].byte_begin < at || qs[part].percent() || qs[part].role != Role::Quantity)) ++part;
                    if (part < last && qs[part].byte_begin < s.end && qs[part].is_count() && !qs[part].noun.empty() && qs[part].noun != qs[total].noun) {
                        for (std::size_t k = total; k-- > first && qs[k].byte_begin >= s.begin;) {
                            if (qs[k].role != Role::Quantity || qs[k].percent() || depth[qs[k].byte_begin] > 0) continue;
                            if (qs[k].is_count() && qs[k].noun == qs[part].noun &&
                                text_lower(p, qs[k].byte_end, qs[total].byte_begin).find_first_of(";:.()") == std::string::npos) {
                                total = k;
                            }
                            break;
                        }
                    }
                }
                const Quantity& tq = qs[total];
                // "…; trong (tổng) số này, …" points back past the ';', and so does "T hồ sơ; trong
                // đó, …" with the ';' right before the marker.
                const std::string gap = text_lower(p, tq.unit_end, at);
                // "T ha; bao gồm a …", "T điểm; cụ thể, a …": the total's clause closed by a ';'.
                const bool marker_after_semicolon = (starts(word, "trong đó") || word == "bao gồm " || word == "gồm " || starts(word, "cụ thể")) &&
                                                    gap.find(';') == gap.find_last_not_of(' ');
                if (contains(gap, ";") && !marker_after_semicolon && !starts(word, "trong tổng số này") && !starts(word, "trong số này") &&
                    !starts(word, "trong tổng số đó") && !starts(word, "trong số đó")) {
                    continue;
                }
                // "a người … do bão; b người … do sạt lở; c người … do lũ cuốn; cụ thể: X 6 người, …":
                // after clauses that each count the total's kind, the list after the ';' may detail them
                // all, not the last one.
                if (marker_after_semicolon) {
                    const std::size_t own_clause = text_lower(p, s.begin, tq.byte_begin).rfind(';');
                    bool sibling = false;
                    for (std::size_t k = first; k < total && !sibling && own_clause != std::string::npos; ++k) {
                        const Quantity& q = qs[k];
                        sibling = q.byte_begin >= s.begin && q.byte_begin < s.begin + own_clause && q.role == Role::Quantity && !q.percent() &&
                                  depth[q.byte_begin] == 0 && q.is_count() == tq.is_count() && (tq.is_count() ? q.noun == tq.noun : same_measure(tq, q));
                    }
                    if (sibling) continue;
                }
                // The markers without a colon list the total's own composition only right after its
                // name and a comma ("T cơ sở lưu trú, bao gồm …"), not a later noun's ("36 tầng và
                // mỗi tầng bao gồm 128 …").
                if (word == "bao gồm " || word == "gồm " || starts(word, "cụ thể") || word == "phân theo ") {
                    const std::string named = text_lower(p, std::max(tq.unit_end, tq.noun_end), at);
                    const std::size_t comma = named.find_last_not_of(' ');
                    // "1.415 thủ tục gồm 872 thủ tục mới, …": the marker right after the count's noun.
                    const bool adjoining = comma == std::string::npos && (word == "gồm " || word == "bao gồm ") && tq.is_count() && !tq.noun.empty();
                    if (!adjoining && (comma == std::string::npos || (named[comma] != ',' && named[comma] != ';') ||
                                       (contains(named, " và ") && !joins_name(named.substr(0, comma))) || contains(named, " mỗi ") ||
                                       contains(named, " với ") || named.find_first_of(",;") != comma)) {
                        continue;
                    }
                }
                // The list runs to the sentence end, or to its "..." ("như: A, B,…; 45 đề tài …"
                // goes on with other figures).
                std::size_t list_end = s.end;
                bool cut_unsure = false;  // a list cut at a ';' that may go on after it
                const std::string tail = text_lower(p, at, s.end);
                // Without a colon the items are joined by commas and "và"; a ';' starts the next
                // item of the sentence ("18 trường mầm non, gồm 9 …, 3 … và 6 …; 23 trường tiểu học, …").
                if (word == "bao gồm " || word == "gồm ") {
                    const std::size_t semi = tail.find(';');
                    if (semi != std::string::npos) list_end = at + semi;
                } else if (const std::size_t semi = tail.find(';'); semi != std::string::npos) {
                    // "trong đó: a …, b …; thuộc thẩm quyền cấp xã c …": items joined by commas, two
                    // figures at least, end at the ';' (the sentence's next clause).
                    int figures = 0;
                    for (std::size_t k = total + 1; k < last && qs[k].byte_begin < at + semi; ++k) {
                        if (qs[k].byte_begin >= at && qs[k].role == Role::Quantity && !qs[k].percent()) ++figures;
                    }
                    const std::string head = tail.substr(0, semi);
                    if (figures >= 2 && head.find(',') != std::string::npos) {
                        list_end = at + semi;
                        // "gồm: a …, đạt 70% dự toán, b …; thu khác c …": a figure of the total's kind after
                        // the ';' that could be a part leaves the list's end unsure.
                        const Quantity& tq0 = qs[total];
                        for (std::size_t k = total + 1; k < last && qs[k].byte_begin < s.end; ++k) {
                            const Quantity& q = qs[k];
                            if (q.byte_begin > list_end && q.role == Role::Quantity && !q.percent() && q.is_count() == tq0.is_count() &&
                                (tq0.is_count() ? q.noun == tq0.noun : same_measure(tq0, q)) && q.interval.lo <= tq0.interval.hi) {
                                cut_unsure = true;
                            }
                        }
                    }
                }
                // "số hộ nghèo là T hộ, trong đó …; số hộ cận nghèo là U hộ", "đàn dê có T con, trong
                // đó …; đàn vịt U con": after a ';', a clause opening with the head noun of the
                // total's name ("số", "đàn") then another qualifier within its first words is another
                // indicator, no part (not "số hộ nghèo thành thị", the total's own name going on).
                for (std::size_t semi = tail.find(';'); word == "trong đó" && semi != std::string::npos && at + semi < list_end;
                     semi = tail.find(';', semi + 1)) {
                    const auto next = phrases::words_of(std::string_view(tail).substr(semi + 1, 48));
                    if (next.size() < 3 || words::is_function_word(next[0]) || words::is_grammatical_word(next[0]) ||
                        std::isdigit(static_cast<unsigned char>(next[1][0])) != 0) {
                        continue;
                    }
                    const std::size_t clause = text_lower(p, s.begin, tq.byte_begin).rfind(';');
                    const std::string named = text_lower(p, clause == std::string::npos ? s.begin : s.begin + clause, tq.byte_begin);
                    const std::size_t head = (" " + named).rfind(" " + next[0] + " ");
                    if (head == std::string::npos) continue;
                    // (Items named alike, "trong đó quỹ cấp tỉnh …; quỹ cấp huyện …", are parts.)
                    const auto opening = phrases::words_of(std::string_view(tail).substr(word.size(), 48));
                    if (!opening.empty() && (opening[0] == next[0] || (opening[0] == ":" && opening.size() > 1 && opening[1] == next[0]))) continue;
                    const auto own = phrases::words_of(std::string_view(named).substr(head));
                    std::size_t same = 1;
                    while (same < 3 && same < own.size() && same < next.size() && own[same] == next[same]) ++same;
                    // (A qualifier differs, not the verb or bound that ends a name: "nhập khẩu ước đạt"
                    // and "nhập khẩu đạt" name the same.)
                    auto qualifier = [](const std::string& w) {
                        static const std::set<std::string_view> kNot = {"đạt", "là", "có", "ước", "gồm", "tăng", "giảm", "chiếm", "được", "còn",
                                                                        "với", "gần", "trên", "hơn", "khoảng", "tính", "đến", "năm", "tháng"};
                        return !kNot.count(w) && !words::is_function_word(w) && !words::is_grammatical_word(w) &&
                               std::isdigit(static_cast<unsigned char>(w[0])) == 0;
                    };
                    if (same < 3 && same < own.size() && same < next.size() && qualifier(own[same]) && qualifier(next[same])) list_end = at + semi;
                }
                // "A có T hộ, trong đó a hộ …; B có U hộ, trong đó b hộ …": a later "trong đó" in the
                // sentence opens the parts of another total, named after the ';' before it.
                if (which->kind == SumClaim::Kind::Subsets && starts(word, "trong đó")) {
                    const std::size_t again = tail.find("trong đó", word.size());
                    const std::size_t semi = again == std::string::npos ? std::string::npos : tail.rfind(';', again);
                    if (semi != std::string::npos && semi > word.size()) list_end = std::min(list_end, at + semi);
                }
                // "3 người chết, trong đó 2 người …; 29 người bị thương, riêng … 25 người": a figure
                // of the total's kind above the whole opening the clause after a ';' is another total
                // (not an item named like the whole, "…; số hộ nghèo nông thôn là 2.600 hộ"), and
                // the parts named without a colon end before it.
                if (which->kind == SumClaim::Kind::Subsets && word == "trong đó") {
                    const Quantity& whole = qs[total];
                    for (std::size_t semi = tail.find(';'); semi != std::string::npos; semi = tail.find(';', semi + 1)) {
                        bool above = false;
                        for (std::size_t k = total + 1; k < last && qs[k].byte_begin < s.end && !above; ++k) {
                            const Quantity& q = qs[k];
                            above = q.byte_begin > at + semi && t.substr(at + semi + 1, q.byte_begin - at - semi - 1).find_first_not_of(' ') == std::string_view::npos &&
                                    q.role == Role::Quantity && !q.percent() && q.is_count() == whole.is_count() &&
                                    (whole.is_count() ? q.noun == whole.noun : same_measure(whole, q)) && q.interval.lo > whole.interval.hi;
                        }
                        if (above) {
                            list_end = std::min(list_end, at + semi);
                            break;
                        }
                    }
                }
                // "…; Số chưa có điều kiện là b việc; Trong số có điều kiện, số xong là c việc; …": a
                // clause opening with "trong số" singles out some of a part, and ends the list.
                for (std::size_t semi = tail.find(';'); semi != std::string::npos; semi = tail.find(';', semi + 1)) {
                    const std::size_t next = tail.find_first_not_of(' ', semi + 1);
                    // So does one opening with "riêng" ("…; riêng dệt may chiếm c"): it singles out
                    // some of the whole by another division.
                    if (next != std::string::npos && (starts(std::string_view(tail).substr(next), "trong số ") ||
                                                      starts(std::string_view(tail).substr(next), "trong tổng số ") ||
                                                      starts(std::string_view(tail).substr(next), "riêng "))) {
                        list_end = std::min(list_end, at + semi);
                        break;
                    }
                }
                // "trong đó: cấp tỉnh a, cấp xã b, cụ thể một số khoản thu như sau: thu nội địa c, …": a
                // clause announcing another enumeration ends the list.
                for (const std::string_view next_list : {", cụ thể", "; cụ thể", ", chi tiết", "; chi tiết", " như sau:"}) {
                    const std::size_t n = tail.find(next_list, word.size());
                    if (n != std::string::npos) list_end = std::min(list_end, at + n);
                }
                // "…, trong đó a sản phẩm 4 sao, b sản phẩm 3 sao, nâng tổng số sản phẩm lên T": what the
                // items raise a running total to ("nâng tổng số … lên", "đưa số … lên") is that total,
                // no item; the list ends before it.
                for (const std::string_view raise : {", nâng ", ", đưa "}) {
                    const std::size_t r = tail.find(raise);
                    if (r == std::string::npos) continue;
                    const std::size_t up = tail.find(" lên ", r);
                    if (up != std::string::npos && phrases::word_count(std::string_view(tail).substr(r, up - r)) <= 10) list_end = std::min(list_end, at + r);
                }
                for (const std::string_view ellipsis : {"...", "…"}) {
                    const std::size_t e = tail.find(ellipsis);
                    if (e == std::string::npos) continue;
                    c.kind = SumClaim::Kind::Partial;
                    list_end = std::min(list_end, at + e + ellipsis.size());
                }
                // "T cơ sở giáo dục, bao gồm: a trường …, b trường … và c trường …": the listed items
                // of an explicit composition ("gồm:") may all count one other thing.
                const bool composition = c.kind == SumClaim::Kind::Exhaustive && std::string_view(which->word) != "trong đó:";
                std::vector<std::size_t> others;  // parts of one other noun
                std::vector<std::size_t> elliptic;  // labelled figures without a noun
                std::vector<std::size_t> understood;  // other figures without a noun
                bool unsure = false;              // an item of the total's kind read as a comparison
                bool occasions = false;           // an item counting occasions, left out of the sum
                for (std::size_t k = total + 1; k < last && qs[k].byte_begin < list_end; ++k) {
                    const Quantity& q = qs[k];
                    // ("300 phòng học/10.000 dân": a rate per some base, no part of a count.)
                    if (q.byte_begin < at || q.role != Role::Quantity || q.percent() || depth[q.byte_begin] > 0 || per_base(t, q)) continue;
                    // "điểm" reads as a unit (score points); as a whole of any kind its parts count other nouns.
                    if (!tq.is_count() && q.is_count() && !q.noun.empty() && generic_whole(tq) && !after_change_word(t, q)) {
                        others.push_back(k);
                        continue;
                    }
                    if (tq.is_count() != q.is_count()) continue;
                    // "gồm: vốn cấp mới a; vốn điều chỉnh tăng b; góp vốn c": in a composition of a
                    // level, an item's name may end in the change it counts.
                    const bool named_change = composition && !change && changed_item(t, k, at);
                    // ("là hơn 222.000 tỷ đồng": a level past its bound, no change.)
                    if (after_change_word(t, q) && !named_change && !phrases::bounded_level(t, q)) continue;
                    if (!named_change && comparison_segment(t, segment_start(t, q.byte_begin, at), q)) {
                        unsure = unsure || (tq.is_count() ? q.noun == tq.noun : same_measure(tq, q));
                        continue;
                    }
                    // "15,2 nghìn, 12,8 nghìn và 20,5 nghìn lao động": the word after an item's figure
                    // may be the "và" before the next item, no noun of its own.
                    const bool nounless = q.noun.empty() || q.noun == "và";
                    if (tq.is_count() && !nounless && !tq.noun.empty() && q.noun != tq.noun) {
                        // Occurrences ("21 lượt tăng vốn", "3 lần") are no members of a set of things.
                        const bool occurrences = starts(q.noun, "lượt") || starts(q.noun, "lần");
                        const bool total_occurrences = starts(tq.noun, "lượt") || starts(tq.noun, "lần");
                        if (!occurrences || total_occurrences) others.push_back(k);
                        occasions = occasions || (occurrences && !total_occurrences);
                        continue;
                    }
                    if (tq.is_count() && nounless && !tq.noun.empty()) {
                        (elliptic_part(k) ? elliptic : understood).push_back(k);
                        continue;
                    }
                    if (tq.is_count() ? q.noun != tq.noun || q.noun.empty() : !same_measure(tq, q)) continue;
                    c.parts.push_back(k);
                }
                // "27 sự cố, gồm Bắc Ninh 2, Hà Nội 1, …": a composition's items may all leave the
                // noun understood; each is then at most the whole ("gồm SEA Games 31, ASIAD 19" names),
                // and every item must have been read ("gồm: thành phố Yên Bái 21, Lục Yên: 14, …").
                const bool within_whole = std::all_of(elliptic.begin(), elliptic.end(), [&](std::size_t k) { return qs[k].interval.lo <= tq.interval.hi; });
                if (c.parts.empty() && elliptic.size() >= 2 && others.empty() && (c.kind == SumClaim::Kind::Subsets || (composition && within_whole && items_in(t, at + word.size(), list_end) == elliptic.size()))) {
                    c.parts = elliptic;
                    c.elliptic = true;
                } else if (composition && c.parts.size() == 1 && others.empty() && !(elliptic.empty() && understood.empty())) {
                    // "gồm A 15,2 nghìn, B 12,8 nghìn và C 20,5 nghìn lao động": the noun written once,
                    // with the last item, is every item's (of its scale).
                    std::vector<std::size_t> before = elliptic;
                    before.insert(before.end(), understood.begin(), understood.end());
                    const Quantity& named = qs[c.parts.back()];
                    if (std::all_of(before.begin(), before.end(), [&](std::size_t k) { return k < c.parts.back() && qs[k].scale_word == named.scale_word && qs[k].hedge == Hedge::None; })) {
                        c.parts.insert(c.parts.end(), before.begin(), before.end());
                        std::sort(c.parts.begin(), c.parts.end());
                    }
                }
                if (composition && c.parts.empty() && others.size() >= 2 && q_all_hedgeless(others)) {
                    c.parts = others;
                    c.near_only = true;
                } else if (composition && c.parts.size() == 1 && !others.empty() && q_all_hedgeless(others)) {
                    // One item named like the total among items of other nouns ("… cơ sở lưu trú,
                    // bao gồm 141 khách sạn, 251 nhà nghỉ và 522 cơ sở homestay").
                    c.parts.insert(c.parts.end(), others.begin(), others.end());
                    std::sort(c.parts.begin(), c.parts.end());
                    c.near_only = true;
                }
                // "257 điểm phục vụ, trong đó có 47 bưu cục, 161 điểm bưu điện văn hóa xã, 50 thùng
                // thư …", "126 mô hình …, trong đó có 40 câu lạc bộ, 35 nhóm …": a whole counted by a
                // noun that names a thing of any kind ("điểm", "mô hình") is split by the kinds its
                // parts name; a thing is of one kind, so together they are at most the whole.
                if (starts(word, "trong đó") && others.size() >= 2 && generic_whole(tq) && q_all_hedgeless(others) &&
                    std::none_of(others.begin(), others.end(), [&](std::size_t k) { return member_noun(qs[k].noun); })) {
                    c.parts.insert(c.parts.end(), others.begin(), others.end());
                    std::sort(c.parts.begin(), c.parts.end());
                    others.clear();
                    c.kind = SumClaim::Kind::Partial;
                }
                // "45 thiết chế văn hóa, trong đó 30 nhà văn hóa, 12 sân thể thao, 8 thư viện": parts
                // named by head nouns of their own, each another noun, count kinds of the whole's
                // things; a thing is of one kind, so together they are at most the whole.
                if (starts(word, "trong đó") && c.parts.empty() && kinds_by_head_noun(total, at + word.size(), others)) {
                    c.parts = others;
                    others.clear();
                    c.kind = SumClaim::Kind::Partial;
                    c.kinds = true;
                }
                if (c.parts.empty() || (c.kind == SumClaim::Kind::Exhaustive && c.parts.size() < 2)) continue;
                if (mirrors(p, total_from, at, total, c.parts)) continue;
                if (!c.near_only) c.maybe_parts = others;
                // "…, Singapore có 1.150 lao động và các thị trường khác": an item left uncounted
                // after the last figure, so the list is open; so is a list its paragraph cuts at a
                // comma ("gồm 64 đình, 58 đền, 31 miếu," then the rest on the next line).
                const std::size_t last_char = t.find_last_not_of(' ');
                if (c.kind == SumClaim::Kind::Exhaustive && list_end >= t.size() && last_char != std::string_view::npos && t[last_char] == ',') {
                    c.kind = SumClaim::Kind::Partial;
                }
                // "…; 1.524 triệu đồng cho 215 dự án; 261": the paragraph stops on a bare figure
                // after a separator, the next item cut off.
                if (c.kind == SumClaim::Kind::Exhaustive && list_end >= t.size() && last_char != std::string_view::npos &&
                    std::isdigit(static_cast<unsigned char>(t[last_char]))) {
                    const std::size_t sep = t.find_last_of(";,", last_char);
                    if (sep != std::string_view::npos && t.substr(sep + 1, last_char + 1 - sep - 1).find_first_not_of(" 0123456789.") == std::string_view::npos) {
                        c.kind = SumClaim::Kind::Partial;
                    }
                }
                {
                    const Quantity& lq = qs[c.parts.back()];
                    const std::string rest = text_lower(p, std::max({lq.byte_end, lq.unit_end, lq.noun_end}), list_end);
                    // The last item's own words run to the next ',', ';' or "và".
                    const std::size_t own_end = std::min({rest.find(','), rest.find(';'), rest.find(" và ")});
                    const std::string own = rest.substr(0, own_end);
                    auto other_in = [](const std::string& x) {
                        const std::size_t other = x.find(" khác");
                        return other != std::string::npos && (other + 6 >= x.size() || std::string_view(" ,;.)").find(x[other + 6]) != std::string_view::npos);
                    };
                    // "… và 60 vụ do các nguyên nhân khác", "…, còn lại 31 hợp tác xã": the last item
                    // counts the rest, so the items split the whole, whatever their marker.
                    std::string label;
                    if (c.parts.size() >= 2) {
                        const Quantity& pq = qs[c.parts[c.parts.size() - 2]];
                        const std::size_t from = std::max({pq.byte_end, pq.unit_end, pq.noun_end});
                        if (from < lq.byte_begin) label = text_lower(p, from, lq.byte_begin);
                    }
                    // "200 cơ sở khác" is another 200, "do các nguyên nhân khác" all the others.
                    const std::size_t plural = own.find(" các ");
                    const std::string trimmed = label.substr(0, label.find_last_not_of(' ') + 1);
                    const bool rest_item = (plural != std::string::npos && other_in(own.substr(plural))) || contains(label, "còn lại") ||
                                           trimmed.ends_with(" khác");
                    if (c.kind == SumClaim::Kind::Exhaustive && !rest_item && (other_in(rest) || contains(rest, "còn lại"))) {
                        c.kind = SumClaim::Kind::Partial;
                    } else if (c.kind == SumClaim::Kind::Subsets && rest_item && c.parts.size() >= 2 && c.maybe_parts.empty() &&
                               !other_in(rest.substr(std::min(own_end, rest.size())))) {
                        // Disjoint either way; a partition only when every item was read.
                        c.kind = unsure ? SumClaim::Kind::Partial : SumClaim::Kind::Exhaustive;
                    }
                }
                // "a …, so với năm trước b …; c …": a list whose items may hold a figure read as a
                // comparison is no sure partition of its total.
                // An item counted in occasions ("94.747 lượt người" among "… người") is left out of the
                // sum: the others are then no whole partition of the total either.
                if ((unsure || cut_unsure || occasions) && c.kind == SumClaim::Kind::Exhaustive) c.kind = SumClaim::Kind::Partial;
                // "…, trong đó: cá đạt 61,2 nghìn tấn, tăng 2,8%; tôm đạt 17,3 nghìn tấn, tăng 1,1%": a
                // release's main items, each with its own growth, leave the others out.
                if (c.kind == SumClaim::Kind::Exhaustive && word == "trong đó:" && c.parts.size() >= 2 &&
                    std::all_of(c.parts.begin(), c.parts.end(), [&](std::size_t k) { return own_growth(k); })) {
                    c.kind = SumClaim::Kind::Partial;
                }
                // "T người, trong đó: a người hưởng …; b người được giới thiệu …", a + b far above T and
                // each within it: the same people grouped by two traits, no partition.
                if (c.kind == SumClaim::Kind::Exhaustive && starts(word, "trong đó") && c.parts.size() >= 2) {
                    double sum = 0;
                    bool within = true;
                    for (std::size_t k : c.parts) {
                        sum += qs[k].value();
                        within = within && qs[k].value() <= tq.value();
                    }
                    if (within && sum > kOverlapping * tq.value()) c.kind = SumClaim::Kind::Subsets;
                }
                // "334 nhà …. Trong đó, Điện Biên … 142 nhà, tiếp đến là Hà Giang 97 nhà, …": parts each
                // named by a place or a body split the whole by where they belong: at most the whole.
                if (c.kind == SumClaim::Kind::Subsets && starts(word, "trong đó") && c.parts.size() >= 2 && c.maybe_parts.empty() &&
                    std::all_of(c.parts.begin(), c.parts.end(), [&](std::size_t k) { return named_item(t, segment_start(t, qs[k].byte_begin, at), qs[k].byte_begin); })) {
                    c.kind = SumClaim::Kind::Partial;
                }
                if (c.kind == SumClaim::Kind::Exhaustive && tq.is_count()) c.named_members = named_members(t, at + word.size(), list_end);
                c.total = total;
                c.plan = plan_sentence(p, tq.byte_begin);
                c.missing_scale = missing_scale(qs, c);
                out.push_back(std::move(c));
            }
        }
    }

    // Figure k alone in its list item, after a name that ends in the change
    // it counts ("vốn điều chỉnh tăng b", "vốn tăng thêm b"), no comparison in it.
    bool changed_item(std::string_view t, std::size_t k, std::size_t floor) const {
        const Quantity& q = qs[k];
        const std::size_t b = segment_start(t, q.byte_begin, floor);
        auto ws = phrases::words_of(lower(t.substr(b, q.byte_begin - b)));
        // ("a và vốn tăng thêm b": the last item opens after "và".)
        if (const auto last_and = std::find(ws.rbegin(), ws.rend(), "và"); last_and != ws.rend()) ws.erase(ws.begin(), last_and.base());
        std::size_t verb = ws.size();
        if (verb >= 1 && ws[verb - 1] == "thêm") --verb;  // "vốn tăng thêm b"
        if (verb < 2 || (ws[verb - 1] != "tăng" && ws[verb - 1] != "giảm")) return false;
        static const std::set<std::string> kNot = {"so", "với", "cùng", "kỳ", "đạt", "là", "có", "được", "trước", "năm", "tháng"};
        if (std::any_of(ws.begin(), ws.begin() + static_cast<std::ptrdiff_t>(verb) - 1,
                        [](const std::string& w) { return kNot.count(w) > 0 || words::is_grammatical_word(w); })) {
            return false;
        }
        const std::size_t end = t.find_first_of(",;", std::max({q.byte_end, q.unit_end, q.noun_end}));
        return k + 1 >= qs.size() || qs[k + 1].paragraph != q.paragraph || qs[k + 1].byte_begin > end;
    }

    // t[from, to) holds a name: a word opening with a capital that is no acronym (Điện Biên,
    // VinaPhone; not UBND, DTTS), and no figure (a name with a number cites a text or an event:
    // "theo Nghị quyết 02").
    static bool named_item(std::string_view t, std::size_t from, std::size_t to) {
        const std::string_view span = t.substr(from, to - from);
        if (span.find_first_of("0123456789") != std::string_view::npos) return false;
        bool word_start = true;
        for (std::size_t i = 0; i < span.size();) {
            const char32_t c = utf8::next(span, i);
            if (word_start && words::is_upper(c) && i < span.size()) {
                std::size_t j = i;
                if (words::is_lower(utf8::next(span, j))) return true;
            }
            word_start = c == U' ' || c == U',' || c == U':' || c == U'(' || c == U'-';
        }
        return false;
    }

    // The items of a list in t[from, to): pieces between ',' (not a decimal comma), ';' and " và ",
    // trimmed of the spaces, colon and dots before them; empty pieces left out.
    static std::vector<std::string_view> list_items(std::string_view t, std::size_t from, std::size_t to) {
        std::vector<std::string_view> items;
        std::size_t b = from;
        for (std::size_t i = from; i <= to; ++i) {
            const bool decimal = i < to && t[i] == ',' && i > from && i + 1 < to && std::isdigit(static_cast<unsigned char>(t[i - 1])) != 0 &&
                                 std::isdigit(static_cast<unsigned char>(t[i + 1])) != 0;
            const bool joined = i < to && t.compare(i, 5, " và ") == 0;
            const bool cut = i == to || (t[i] == ',' && !decimal) || t[i] == ';' || joined;
            if (!cut) continue;
            std::string_view item = t.substr(b, i - b);
            b = i + (joined ? 5 : 1);
            const std::size_t start = item.find_first_not_of(" :.");
            if (start == std::string_view::npos) continue;
            item.remove_prefix(start);
            items.push_back(item);
        }
        return items;
    }

    static std::size_t items_in(std::string_view t, std::size_t from, std::size_t to) { return list_items(t, from, to).size(); }

    // The items of t[from, to) with no figure that open with a capital, a title or a name ("Chủ
    // tịch", "Dự án Cảng Liên Chiểu"), ten words at most, before the last item with a figure: each
    // one member of a counted whole. (After it the sentence goes on: "… và 20 nhân viên còn thiếu
    // so với biên chế được HĐND tỉnh, UBND tỉnh giao".)
    static int named_members(std::string_view t, std::size_t from, std::size_t to) {
        int named = 0, pending = 0;
        for (const std::string_view item : list_items(t, from, to)) {
            if (std::any_of(item.begin(), item.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
                named += std::exchange(pending, 0);
                continue;
            }
            std::size_t first = 0;
            if (words::is_upper(utf8::next(item, first)) && phrases::word_count(item) <= 10) ++pending;
        }
        return named;
    }

    // A count written without its noun, the noun of its list's total understood: a label of
    // words before it in its item ("đúng hẹn 15.120"), nothing but the item's end after it.
    bool elliptic_part(std::size_t k) const {
        const Quantity& q = qs[k];
        if (q.role != Role::Quantity || q.hedge != Hedge::None || !q.unit.empty() || !q.scale_word.empty()) return false;
        const std::string_view t = doc.paragraphs[q.paragraph].text;
        const std::size_t end = std::max({q.byte_end, q.unit_end, q.noun_end});
        std::size_t after = end;
        while (after < t.size() && t[after] == ' ') ++after;
        const bool closed = after >= t.size() || t[after] == ',' || t[after] == ';' || (t[after] == '.' && (after + 1 >= t.size() || t[after + 1] == ' ')) ||
                            t.compare(after, 3, "và ") == 0;
        if (!closed) return false;
        const std::size_t b = segment_start(t, q.byte_begin, 0);
        const auto ws = phrases::words_of(t.substr(b, q.byte_begin - b));
        if (ws.empty()) return false;
        return std::none_of(ws.begin(), ws.end(), [](const std::string& w) {
            return std::any_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
        });
    }

    // The words naming total k's whole: its clause up to its figure, and the words after it to
    // the next separator ("75 huy chương các loại").
    std::string whole_words(std::size_t k) const {
        const Quantity& q = qs[k];
        const std::string_view t = doc.paragraphs[q.paragraph].text;
        const std::size_t b = clause_start(t, q.byte_begin);
        const std::size_t from = std::max({q.byte_end, q.unit_end, q.noun_end});
        const std::size_t e = std::min({t.find_first_of(",;:()", from), t.find(". ", from), t.size()});
        return std::string(t.substr(b, e - b));
    }

    // Part k's share of the whole written right after it ("(chiếm 24,96%)", ", chiếm 24,96%",
    // "(24,96%)").
    std::optional<std::size_t> own_share(std::size_t k) const {
        const std::size_t n = next_in_paragraph(k);
        if (n == std::string::npos || !qs[n].percent() || qs[n].hedge != Hedge::None) return std::nullopt;
        const std::string gap = lower(squeeze(doc.paragraphs[qs[k].paragraph].text, std::max({qs[k].byte_end, qs[k].unit_end, qs[k].noun_end}), qs[n].byte_begin));
        for (const char* g : {"(", "(chiếm", ",chiếm", "chiếm", "(chiếmtỷlệ", ",chiếmtỷlệ", "(bằng", ",bằng"}) {
            if (gap == g) return n;
        }
        return std::nullopt;
    }

    // Every part carries its share of the whole and the shares make 100 % (to a tenth of a point,
    // or the rounding of the shares): the parts are the whole.
    bool shares_make_whole(const std::vector<std::size_t>& parts) const {
        if (parts.size() < 2) return false;
        double lo = 0, hi = 0, half_units = 0;
        for (std::size_t k : parts) {
            const auto s = own_share(k);
            if (!s) return false;
            lo += qs[*s].interval.lo;
            hi += qs[*s].interval.hi;
            half_units += (qs[*s].interval.hi - qs[*s].interval.lo) / 2;
        }
        const double slack = std::max(0.1, half_units);
        return lo - slack <= 100.0 && hi + slack >= 100.0;
    }

    // A count whose noun names a thing of any kind: a point of service or sale ("điểm"), a model
    // of organisation ("mô hình"); the kinds are named by the parts.
    bool generic_whole(const Quantity& q) const {
        if (!q.is_count() && q.unit != "điểm") return false;
        const std::string_view t = doc.paragraphs[q.paragraph].text;
        const std::size_t from = q.is_count() ? std::max(q.byte_end, q.unit_end) : q.byte_end;
        const std::string noun = lower(std::string(t.substr(from, std::min<std::size_t>(t.size() - from, 16))));
        auto word = [&](std::string_view w) {
            std::size_t b = noun.find_first_not_of(' ');
            return b != std::string::npos && noun.compare(b, w.size(), w) == 0 &&
                   (b + w.size() == noun.size() || std::string_view(" ,;:.").find(noun[b + w.size()]) != std::string_view::npos);
        };
        return word("điểm") || word("mô hình");
    }

    // The first one and two words after count k's figure, lower case: its head noun.
    std::pair<std::string, std::string> head_noun(std::size_t k) const {
        const Quantity& q = qs[k];
        const auto w = phrases::words_of(lower(doc.paragraphs[q.paragraph].text.substr(q.byte_end, 40)));
        if (w.empty()) return {};
        return {w[0], w.size() > 1 ? w[0] + " " + w[1] : w[0]};
    }

    // A count whose head noun names no thing of a kind: a person or household (people's
    // attributes overlap: "500 cán bộ, trong đó 200 nữ, 150 đảng viên"), an occurrence or a period,
    // a place (places nest: "xã" holds "thôn"), a category or a piece of a thing ("loại",
    // "lĩnh vực", "phòng", "căn": what a whole holds, not what it is).
    bool no_kind_noun(std::size_t k) const {
        static const std::set<std::string> kNot = {
            // people
            "người", "hộ", "khách", "em", "cháu", "nữ", "nam", "trẻ", "dân", "thợ", "cán bộ", "công nhân", "công chức", "công dân", "công an",
            "giáo viên", "giảng viên", "học viên", "sinh viên", "thí sinh", "bệnh nhân", "cử tri", "đại biểu", "hội viên", "thành viên",
            "đoàn viên", "đảng viên", "nông dân", "ngư dân", "chiến sĩ", "bác sĩ", "y sĩ", "y tá", "điều dưỡng", "dược sĩ", "trẻ em",
            "phụ nữ", "thanh niên", "thiếu niên", "đối tượng", "chủ hộ", "thương binh", "gia đình", "cựu chiến", "đồng bào", "tín đồ",
            "du khách", "nạn nhân", "bị can", "bị cáo", "phạm nhân", "thuyền viên", "thuyền trưởng", "tài xế", "kỹ sư", "vận động",
            "huấn luyện", "thẩm phán", "kiểm sát", "luật sư", "nhân viên", "nhân khẩu", "lao động", "học sinh", "quân nhân", "sĩ quan",
            "binh sĩ", "tân binh", "cá nhân", "tập thể", "đảng bộ", "chi bộ", "hội", "cơ quan", "đơn vị", "tổ chức",
            // occurrences and periods
            "lượt", "lần", "vụ", "cuộc", "buổi", "đợt", "chuyến", "ngày", "giờ", "tháng", "năm", "tuần", "phiên", "kỳ", "ca",
            "trường hợp", "giao dịch", "hồ sơ", "đơn", "việc", "tin", "bài", "tiết", "suất", "thẻ", "sổ", "giấy", "bằng", "giải",
            // places
            "xã", "thôn", "bản", "huyện", "tỉnh", "phường", "quận", "thị trấn", "thị xã", "thành phố", "tổ", "khu", "ấp", "làng", "xóm",
            "địa phương", "vùng", "tiểu khu", "khoảnh", "lô", "thửa", "nước", "quốc gia",
            // categories and pieces
            "loại", "nhóm", "lĩnh vực", "ngành", "mặt hàng", "chỉ tiêu", "tiêu chí", "nội dung", "hạng", "mức", "cấp", "tầng", "phòng",
            "giường", "căn", "căn hộ", "bộ", "mục", "điều", "khoản", "chương", "trang", "câu", "lớp", "chỗ", "con", "cái", "chiếc", "km",
            "tiết mục", "sản phẩm", "mô hình", "điểm"};
        // Things whose name opens with a word of a person or a place ("khách sạn", "khu công nghiệp").
        static const std::set<std::string> kThings = {"khách sạn", "nhà khách", "khu công nghiệp", "cụm công nghiệp", "khu kinh tế",
                                                      "khu du lịch", "nhà nghỉ", "tổ hợp", "phòng khám", "phòng giao dịch"};
        const auto [one, two] = head_noun(k);
        if (kThings.count(two)) return false;
        return one.empty() || kNot.count(one) > 0 || kNot.count(two) > 0;
    }

    // The parts `others` after a "trong đó" list (from byte `from`) are kinds of total k's things:
    // each a count named right after its figure by a head noun of its own (no label before it:
    // "khởi công 3 nhà văn hóa" or "năm 2024: 3 …" measures something else), every head noun
    // another, none a person, occurrence, place or category (no_kind_noun), the whole's noun
    // none of them, each no more than the whole (more names what the whole holds: "17 dự án, 9.640
    // căn hộ"), nothing but the list's items between them (no change, period, rate or mean).
    bool kinds_by_head_noun(std::size_t total, std::size_t from, const std::vector<std::size_t>& others) const {
        const Quantity& tq = qs[total];
        if (others.size() < 2 || !tq.is_count() || tq.noun.empty() || no_kind_noun(total) || !q_all_hedgeless(others)) return false;
        const std::string_view t = doc.paragraphs[tq.paragraph].text;
        const std::string whole = head_noun(total).first;
        std::set<std::string> heads;
        // The words after an item's noun, to the next item: no change, period, comparison or mean.
        auto plain = [](const std::string& own) {
            for (const char* w : {"tăng", "giảm", "so với", "năm", "tháng", "quý", "mỗi", "bình quân", "trung bình", "kế hoạch", "dự kiến", "/",
                                  "trong đó", "gồm"}) {
                if (contains(own, w)) return false;
            }
            return true;
        };
        for (std::size_t i = 0; i < others.size(); ++i) {
            const std::size_t k = others[i];
            const Quantity& q = qs[k];
            if (q.paragraph != tq.paragraph || !q.is_count() || q.noun.empty() || q.byte_begin < from || no_kind_noun(k)) return false;
            std::string label;
            if (i == 0) {
                label = lower(t.substr(from, q.byte_begin - from));
            } else {
                // Only figures of no measure of the list (shares) between two items.
                for (std::size_t j = others[i - 1] + 1; j < k; ++j) {
                    if (qs[j].role == Role::Quantity && !qs[j].percent()) return false;
                }
                const Quantity& pq = qs[others[i - 1]];
                const std::size_t gap_from = std::max({pq.byte_end, pq.unit_end, pq.noun_end});
                if (gap_from > q.byte_begin) return false;
                const std::string gap = lower(t.substr(gap_from, q.byte_begin - gap_from));
                const std::size_t comma = gap.find_last_of(",;"), joined = gap.rfind(" và ");
                std::size_t cut = std::string::npos, after = 0;
                if (comma != std::string::npos) cut = comma, after = comma + 1;
                if (joined != std::string::npos && (cut == std::string::npos || joined > cut)) cut = joined, after = joined + 4;
                if (cut == std::string::npos || !plain(gap.substr(0, cut))) return false;
                label = gap.substr(after);
            }
            // Nothing but "có", "và", "gồm" before the figure: a label ("khởi công 3 nhà văn hóa",
            // "năm 2024: 3 …") measures something else.
            for (const auto& w : phrases::words_of(label)) {
                if (w != "có" && w != "và" && w != "gồm" && w != ":" && w != ";") return false;
            }
            const std::string one = head_noun(k).first;
            if (one == whole || !heads.insert(one).second) return false;
            if (q.interval.lo > tq.interval.hi) return false;
        }
        const Quantity& lq = qs[others.back()];
        const std::size_t own_from = std::max({lq.byte_end, lq.unit_end, lq.noun_end});
        const std::size_t own_to = std::min(t.size(), t.find_first_of(";", own_from));
        const auto sentence = quantities.sentence_at(lq.paragraph, lq.byte_begin);
        return plain(lower(t.substr(own_from, std::min(own_to, std::max(sentence.end, own_from)) - own_from)));
    }

    // Nouns of people, households or occurrences: what a whole holds or serves, not its kinds.
    static bool member_noun(const std::string& noun) {
        static const std::set<std::string> kMembers = {"người", "lượt", "lần", "hộ", "học sinh", "thành", "hội", "khách", "lượt khách", "lao động",
                                                       "đoàn", "cán", "lượt người", "đối", "trẻ", "em", "nhân", "công", "viên", "giáo", "bệnh", "đảng"};
        return noun.empty() || kMembers.count(noun) > 0;
    }

    // "T tỷ đồng, bao gồm nguồn vốn đầu tư và nguồn vốn sự nghiệp. Trong đó, nguồn vốn đầu tư a …
    // và nguồn vốn sự nghiệp b …": the whole's sentence names its composition in words, and the
    // parts name every one of those components, one each: they are the whole.
    bool named_composition(const SumClaim& c) const {
        if (c.parts.size() < 2) return false;
        const Quantity& tq = qs[c.total];
        const auto sentence = quantities.sentence_at(tq.paragraph, tq.byte_begin);
        const std::size_t from = std::max({tq.byte_end, tq.unit_end, tq.noun_end});
        if (sentence.end <= from) return false;
        const std::string l = text_lower(tq.paragraph, from, sentence.end);
        std::size_t g = l.find("gồm ");
        if (g == std::string::npos || (g > 0 && l[g - 1] != ' ')) return false;
        g += std::string_view("gồm ").size();
        if (starts(std::string_view(l).substr(g), "cả ") || starts(std::string_view(l).substr(g), "có ")) return false;
        // The words to the clause's end: names only, no figure.
        std::string list = l.substr(g, l.find_first_of(";:(", g) - g);
        while (!list.empty() && (list.back() == '.' || list.back() == ' ')) list.pop_back();
        if (list.empty() || std::any_of(list.begin(), list.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; })) return false;
        std::vector<std::string> names;
        for (std::size_t at = 0; at <= list.size();) {
            std::size_t cut = std::min(list.find(", ", at), list.find(" và ", at));
            if (cut == std::string::npos) cut = list.size();
            std::string name = list.substr(at, cut - at);
            while (!name.empty() && name.back() == ' ') name.pop_back();
            name.erase(0, std::min(name.size(), name.find_first_not_of(' ')));
            if (name.empty() || std::count(name.begin(), name.end(), ' ') > 6) return false;
            names.push_back(name);
            at = cut + (cut < list.size() && list[cut] == ',' ? 2 : 4);
        }
        if (names.size() != c.parts.size()) return false;
        std::set<std::size_t> used;
        for (std::size_t k : c.parts) {
            const std::string w = lower(part_words(k));
            std::size_t which = names.size();
            for (std::size_t i = 0; i < names.size(); ++i) {
                const std::size_t at = w.find(names[i]);
                if (at == std::string::npos || (at > 0 && w[at - 1] != ' ') ||
                    (at + names[i].size() < w.size() && w[at + names[i].size()] != ' ')) {
                    continue;
                }
                if (which != names.size()) return false;  // two names in one part
                which = i;
            }
            if (which == names.size() || !used.insert(which).second) return false;
        }
        return true;
    }

    // Part k is followed by its own percentage change (", tăng 2,8%").
    bool own_growth(std::size_t k) const {
        const std::size_t n = next_in_paragraph(k);
        if (n == std::string::npos || !qs[n].percent()) return false;
        const std::string gap = squeeze(doc.paragraphs[qs[k].paragraph].text, std::max({qs[k].byte_end, qs[k].unit_end, qs[k].noun_end}), qs[n].byte_begin);
        return gap == ",tăng" || gap == ",giảm" || gap == "(tăng" || gap == "(giảm";
    }

    // The last two words before quantity k in its list segment, its hedge left out: what the
    // figure measures ("thụ lý", "còn lại"; "thụ lý gần 1.800 vụ").
    std::string segment_label(std::size_t k) const {
        const Quantity& q = qs[k];
        const std::string_view t = doc.paragraphs[q.paragraph].text;
        const std::size_t b = segment_start(t, q.byte_begin, 0);
        auto ws = phrases::words_of(t.substr(b, q.byte_begin - b));
        static const std::set<std::string_view> kHedges = {"gần", "trên", "hơn", "khoảng", "dưới", "xỉ", "xấp", "ước", "chừng"};
        while (q.hedge != Hedge::None && !ws.empty() && kHedges.count(ws.back())) ws.pop_back();
        if (ws.size() < 2) return {};
        return ws[ws.size() - 2] + " " + ws.back();
    }

    // "T1 thụ lý 5.400 vụ, giải quyết 4.320 vụ, còn lại 1.080 vụ. Trong đó: tòa án tỉnh thụ lý
    // 300 vụ, đã giải quyết 240 vụ, còn lại 60 vụ": parts labelled like two or more figures of
    // the total's sentence break the whole sentence down by one of its subjects, each part
    // against its own figure, not against the total.
    bool mirrors(std::size_t p, std::size_t total_from, std::size_t at, std::size_t total, const std::vector<std::size_t>& parts) const {
        const auto [first, last] = quantities.in(p);
        std::set<std::string> siblings;
        for (std::size_t k = first; k < last && qs[k].byte_begin < at; ++k) {
            if (qs[k].byte_begin < total_from || qs[k].role != Role::Quantity || qs[k].percent() || qs[k].is_count() != qs[total].is_count()) continue;
            if (std::string l = lower(segment_label(k)); !l.empty()) siblings.insert(std::move(l));
        }
        if (siblings.size() < 2) return false;
        std::set<std::string> matched;
        for (std::size_t k : parts) {
            const std::string l = lower(segment_label(k));
            if (siblings.count(l)) matched.insert(l);
        }
        return matched.size() >= 2;
    }

    // The words describing part k: its stretch between list separators (", ; : ( )" and "và").
    std::string_view part_words(std::size_t k) const {
        const Quantity& q = qs[k];
        const std::string_view t = doc.paragraphs[q.paragraph].text;
        std::size_t b = segment_start(t, q.byte_begin, 0);
        const std::size_t joined = t.rfind(" và ", q.byte_begin);
        if (joined != std::string_view::npos && joined + 4 > b && joined + 4 <= q.byte_begin) b = joined + 4;
        const std::size_t from = std::max({q.byte_end, q.unit_end, q.noun_end});
        std::size_t e = std::min({t.find_first_of(",;:()", from), t.find(". ", from), t.size()});
        // "70 trường tiểu học và THCS": "và" joins the part's own words when no figure follows it
        // before the separator; "35 trường và 41 trường" starts another part.
        const std::size_t joins = t.find(" và ", from);
        if (joins < e && std::any_of(t.begin() + static_cast<std::ptrdiff_t>(joins), t.begin() + static_cast<std::ptrdiff_t>(e),
                                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
            e = joins;
        }
        return t.substr(b, e - b);
    }

    // What part k is the value of, named right before its figure: a place ("huyện Bảo Lâm 70 hộ",
    // "class|name") or one value of a classification ("cấp xã 119 đơn", "khu vực FDI 20 doanh
    // nghiệp", "nguồn ngân sách tỉnh 250 tỷ đồng": "classifier|value"); "" when none.
    std::string unit_named(std::size_t k) const {
        const Quantity& q = qs[k];
        const std::string_view t = doc.paragraphs[q.paragraph].text;
        const std::size_t b = segment_start(t, q.byte_begin, 0);
        std::string_view label = t.substr(b, q.byte_begin - b);
        while (!label.empty() && (label.back() == ' ' || label.back() == ':')) label.remove_suffix(1);
        const auto ws = words::split(label);
        static const std::set<std::string> kPlaces = {"tỉnh", "huyện", "xã", "phường", "quận", "thị xã", "thành phố", "thị trấn", "thôn", "bản"};
        // Nouns that name a classification: each thing has one value of it.
        static const std::set<std::string> kClassifiers = {"cấp", "khối", "khu vực", "ngành", "lĩnh vực", "loại hình", "hình thức", "nhóm",
                                                           "vùng", "tuyến", "đường", "nguồn"};
        static const std::set<std::string> kLead = {"trong", "đó", "gồm", "bao", "có", "và", "là", "riêng"};
        std::size_t i = 0;
        while (i < ws.size() && kLead.count(lower(ws[i].text))) ++i;
        if (i < ws.size()) {
            const std::string w = lower(ws[i].text);
            const std::string two = i + 1 < ws.size() ? w + " " + lower(ws[i + 1].text) : w;
            const std::size_t width = kClassifiers.count(two) && two != w ? 2 : kClassifiers.count(w) ? 1 : 0;
            if (width && i + width < ws.size()) {
                return lower(label.substr(ws[i].byte_begin, ws[i + width - 1].byte_end - ws[i].byte_begin)) + "|" +
                       lower(label.substr(ws[i + width].byte_begin));
            }
        }
        for (; i < ws.size(); ++i) {
            const std::string w = lower(ws[i].text);
            const std::string two = i + 1 < ws.size() ? w + " " + lower(ws[i + 1].text) : w;
            const std::size_t width = kPlaces.count(two) && two != w ? 2 : kPlaces.count(w) ? 1 : 0;
            if (!width || i + width >= ws.size() || !ws[i + width].capitalised) continue;
            // The class word, then a name in capitals to the label's end.
            bool name = true;
            for (std::size_t j = i + width; j < ws.size(); ++j) name = name && ws[j].capitalised;
            if (name) return "place|" + std::string(label.substr(ws[i].byte_begin));
        }
        return {};
    }

    // Two parts described alike but for their grade ("9 sản phẩm đạt 4 sao" / "31 sản phẩm đạt 3
    // sao", "mức độ 1" / "mức độ 2"): each thing has one grade, so the parts are disjoint.
    bool other_grades(std::size_t a, std::size_t b) const {
        const std::string_view wa = part_words(a), wb = part_words(b);
        // From each part's own figure on: "trong đó 9 sản phẩm …" / "31 sản phẩm …".
        auto own = [&](std::size_t k, std::string_view w) {
            const std::string_view t = doc.paragraphs[qs[k].paragraph].text;
            const std::size_t from = static_cast<std::size_t>(w.data() - t.data());
            return qs[k].byte_begin >= from ? w.substr(qs[k].byte_begin - from) : w;
        };
        // Named grades of a prize, a medal or an evaluation: "3 giải nhất" / "9 giải nhì" / "29
        // giải khuyến khích", "12 huy chương vàng" / "15 huy chương bạc": the words that differ
        // are grades only.
        {
            static const std::set<std::string> kGradeWords = {"nhất", "nhì", "ba", "tư", "khuyến", "khích", "vàng", "bạc", "đồng",
                                                              "xuất", "sắc", "tốt", "khá", "trung", "bình", "yếu", "kém"};
            auto xa = phrases::words_of(own(a, wa)), xb = phrases::words_of(own(b, wb));
            for (auto* x : {&xa, &xb}) {
                for (auto& w : *x) {
                    while (!w.empty() && (w.back() == '.' || w.back() == ';' || w.back() == ':')) w.pop_back();
                }
            }
            if (!xa.empty() && !xb.empty()) {
                xa.erase(xa.begin());  // the figures
                xb.erase(xb.begin());
                std::size_t pre = 0;
                while (pre < xa.size() && pre < xb.size() && xa[pre] == xb[pre]) ++pre;
                std::size_t post = 0;
                while (post < xa.size() - pre && post < xb.size() - pre && xa[xa.size() - 1 - post] == xb[xb.size() - 1 - post]) ++post;
                const bool differ = pre + post < xa.size() && pre + post < xb.size() && pre > 0;
                auto graded = [&](const std::vector<std::string>& x) {
                    return std::all_of(x.begin() + static_cast<std::ptrdiff_t>(pre), x.end() - static_cast<std::ptrdiff_t>(post),
                                       [](const std::string& w) { return kGradeWords.count(w) > 0; });
                };
                if (differ && graded(xa) && graded(xb)) return true;
            }
        }
        auto grade = [&](std::size_t k, std::string_view w) {
            const std::string_view t = doc.paragraphs[qs[k].paragraph].text;
            const std::size_t from = static_cast<std::size_t>(w.data() - t.data()), to = from + w.size();
            const auto [first, last] = quantities.in(qs[k].paragraph);
            std::optional<double> found;
            for (std::size_t j = first; j < last; ++j) {
                if (qs[j].role != Role::Level || qs[j].byte_begin < from || qs[j].byte_begin >= to) continue;
                if (found) return std::optional<double>();
                found = qs[j].value();
            }
            return found;
        };
        const auto ga = grade(a, wa), gb = grade(b, wb);
        if (!ga || !gb || *ga == *gb) return false;
        auto letters = [](std::string_view w) {
            std::string out;
            for (char c : w) {
                if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.' && c != ',' && c != ' ') out += c;
            }
            return out;
        };
        return letters(own(a, wa)) == letters(own(b, wb));
    }

    // Lists whose plain sum says nothing: a mean broken down by group ("Bình quân giáo viên/lớp là
    // 1,45 (trong đó mầm non 1,60; …)"), items counted per unit ("2 tỉnh mỗi tỉnh 25 tỷ đồng");
    // an item written in words ("bảy giải Nhất, 18 giải Nhì") is unread, so the rest only bound
    // the total.
    // "nhập siêu 2,7 tỷ USD, trong đó khu vực trong nước nhập siêu 10,3 tỷ USD, khu vực FDI xuất
    // siêu 7,6 tỷ USD": a balance whose figures are named by words of both signs adds them signed,
    // not as a plain sum.
    bool signed_balance(const SumClaim& c) const {
        static const char* const kPlus[] = {"xuất siêu", "thặng dư", "bội thu", "lãi"};
        static const char* const kMinus[] = {"nhập siêu", "thâm hụt", "bội chi", "lỗ"};
        bool plus = false, minus = false;
        auto read = [&](std::size_t k) {
            const std::string label = words_before(doc.paragraphs[qs[k].paragraph].text, qs[k].byte_begin, 3);
            for (const char* w : kPlus) plus = plus || (" " + label + " ").find(" " + std::string(w) + " ") != std::string::npos;
            for (const char* w : kMinus) minus = minus || (" " + label + " ").find(" " + std::string(w) + " ") != std::string::npos;
        };
        read(c.total);
        for (std::size_t k : c.parts) read(k);
        return plus && minus;
    }

    // "nhập siêu 3,2 tỷ USD. Trong đó, xuất khẩu đạt 120,5 tỷ USD, nhập khẩu 123,7 tỷ USD": a
    // balance (a difference) broken down into figures that are no balances names its operands, no
    // parts to add.
    bool balance_operands(const SumClaim& c) const {
        static const char* const kBalance[] = {"xuất siêu", "nhập siêu", "thặng dư", "thâm hụt", "bội thu", "bội chi", "cán cân",
                                               "chênh lệch"};
        auto names_balance = [&](const std::string& label) {
            return std::any_of(std::begin(kBalance), std::end(kBalance), [&](const char* w) { return contains(label, w); });
        };
        const Quantity& tq = qs[c.total];
        const std::string_view t = doc.paragraphs[tq.paragraph].text;
        const std::size_t cs = clause_start(t, tq.byte_begin);
        if (!names_balance(lower(t.substr(cs, tq.byte_begin - cs)))) return false;
        return std::any_of(c.parts.begin(), c.parts.end(), [&](std::size_t k) {
            return !names_balance(lower(words_before(doc.paragraphs[qs[k].paragraph].text, qs[k].byte_begin, 4)));
        });
    }

    // Counts of two kinds at once, which one sum cannot check: a total of two columns ("4 tập thể,
    // 6 cá nhân (hạng nhất 1 tập thể; hạng nhì 2 tập thể, 4 cá nhân; …)"), or a list that left out a
    // figure of its parts' own kind ("6 trường hợp (… 1 tập thể; … với 1 tập thể, 3 cá nhân)").
    bool split_by_kind(const SumClaim& c) const {
        const Quantity& tq = qs[c.total];
        if (!tq.is_count()) return false;
        if (c.total > 0) {
            const Quantity& pq = qs[c.total - 1];
            const std::string_view t = doc.paragraphs[tq.paragraph].text;
            if (pq.paragraph == tq.paragraph && pq.is_count() && !pq.noun.empty() && pq.noun != tq.noun && pq.byte_end <= tq.byte_begin) {
                // The other count's noun then "," or "và": "4 tập thể, 6 cá nhân".
                std::string gap = lower(t.substr(pq.byte_end, tq.byte_begin - pq.byte_end));
                while (!gap.empty() && gap.back() == ' ') gap.pop_back();
                const bool joined = gap.ends_with(",") || gap.ends_with(" và");
                if (joined && phrases::word_count(gap) <= 4 && gap.find_first_of("0123456789;:().") == std::string::npos) return true;
            }
        }
        if (c.parts.size() < 2 || qs[c.parts.front()].paragraph != qs[c.parts.back()].paragraph) return false;
        std::set<std::string> nouns;
        for (std::size_t k : c.parts) nouns.insert(qs[k].noun);
        for (std::size_t k = c.parts.front() + 1; k < c.parts.back(); ++k) {
            if (std::find(c.parts.begin(), c.parts.end(), k) != c.parts.end()) continue;
            if (qs[k].role == Role::Quantity && qs[k].is_count() && !qs[k].noun.empty() && nouns.count(qs[k].noun)) return true;
        }
        return false;
    }

    void unsound_lists(std::vector<SumClaim>& sums) const {
        static const char* const kNumberWords[] = {"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"};
        std::vector<SumClaim> kept;
        for (auto& c : sums) {
            const Quantity& tq = qs[c.total];
            const std::string_view t = doc.paragraphs[tq.paragraph].text;
            const std::size_t cs = clause_start(t, tq.byte_begin);
            const std::string lead = lower(t.substr(cs, tq.byte_begin - cs));
            const std::size_t tail = std::max({tq.byte_end, tq.unit_end, tq.noun_end});
            const bool mean = contains(lead, "bình quân") || contains(lead, "trung bình") || tq.unit.find('/') != std::string::npos ||
                              (tail < t.size() && t[tail] == '/');
            // "1,74 người ứng cử trên một đại biểu (trong đó có 9 người …)": a count with decimals
            // is a rate, no total of whole things.
            const bool rate = tq.is_count() && tq.numeral.decimals > 0 && tq.scale == 1;
            // "bán ròng T, trong đó bán ròng a qua khớp lệnh": a net amount is a difference; its
            // parts may pass it.
            const bool net = contains(lead + " ", " ròng ");
            if (mean || rate || net || signed_balance(c) || balance_operands(c) || split_by_kind(c)) continue;
            // "940 đảng viên (gồm: 9 đảng bộ … và 12 chi bộ …)": parts that all count another thing
            // than the total break it down only when they come near it.
            // (A noun of one syllable may open two words: `đảng viên`, `đảng bộ`, told apart by the
            // word list.)
            auto word_after = [&](std::size_t k) {
                const auto w = phrases::words_of(lower(doc.paragraphs[qs[k].paragraph].text.substr(qs[k].byte_end, 32)));
                if (w.size() < 2) return std::string();
                const auto e = vi_words::lookup(canonical(w[0]), canonical(w[1]));
                return vi_words::tier(e.score) > 0 || e.admin >= 3 ? w[0] + " " + w[1] : std::string();
            };
            auto other_thing = [&](std::size_t k) {
                if (!qs[k].is_count() || qs[k].noun.empty()) return false;
                if (qs[k].noun != tq.noun) return true;
                const std::string a = word_after(k), b = word_after(c.total);
                return !a.empty() && !b.empty() && a != b;
            };
            if (tq.is_count() && !tq.noun.empty() && std::all_of(c.parts.begin(), c.parts.end(), other_thing)) {
                c.near_only = true;
            }
            const Quantity& lq = qs[c.parts.back()];
            // A breakdown one item a line: its lines are read where they stand.
            if (lq.paragraph != tq.paragraph) {
                kept.push_back(std::move(c));
                continue;
            }
            const std::size_t parts_end = std::max({lq.byte_end, lq.unit_end, lq.noun_end});
            const std::string list = tail < parts_end ? lower(t.substr(tail, parts_end - tail)) : std::string();
            // ("36 tầng và mỗi tầng …": a figure per each, no part. A parenthesis may spell out a
            // name: "7.463 sản phẩm OCOP (Chương trình Mỗi xã một sản phẩm)".)
            std::string outside;
            int nested = 0;
            for (const char ch : list) {
                nested += ch == '(';
                if (nested == 0) outside += ch;
                nested -= ch == ')' && nested > 0;
            }
            if (contains(outside, " mỗi ")) continue;
            // Items after the last figure read belong to the list too, to its sentence's end.
            const std::size_t sentence_end = quantities.sentence_at(lq.paragraph, lq.byte_begin).end;
            const std::string rest = sentence_end > parts_end ? lower(t.substr(parts_end, sentence_end - parts_end)) : std::string();
            // An item of the list opening with a number word, no figure of its own.
            bool worded = false;
            const std::string items = list + rest;
            for (const char* sep : {",", ";", "(", ":", " và "}) {
                for (std::size_t at = items.find(sep); at != std::string::npos && !worded; at = items.find(sep, at + 1)) {
                    std::size_t w = at + std::string_view(sep).size();
                    while (w < items.size() && items[w] == ' ') ++w;
                    for (const char* n : kNumberWords) {
                        const std::string_view nw(n);
                        const std::size_t after = w + nw.size();
                        // "năm 2022: …" names a year.
                        if (items.compare(w, nw.size(), nw) == 0 && after + 1 < items.size() && items[after] == ' ' &&
                            !std::isdigit(static_cast<unsigned char>(items[after + 1]))) {
                            worded = true;
                        }
                    }
                }
            }
            if (worded && c.kind == SumClaim::Kind::Exhaustive) c.kind = SumClaim::Kind::Partial;
            kept.push_back(std::move(c));
        }
        sums = std::move(kept);
    }

    // Two parts of one run of the list (no ';' between them) that take the two values of a
    // classification of two, each read on all its words since the figure before ("dư nợ ngắn hạn a,
    // dư nợ trung, dài hạn b": a comma inside a name): they are the whole.
    bool two_values_of_two(const SumClaim& c) const {
        if (c.parts.size() != 2) return false;
        const Quantity& tq = qs[c.total];
        const Quantity& a = qs[c.parts[0]];
        const Quantity& b = qs[c.parts[1]];
        if (a.paragraph != tq.paragraph || b.paragraph != tq.paragraph) return false;
        const std::string_view t = doc.paragraphs[tq.paragraph].text;
        const std::size_t a_from = std::max({tq.byte_end, tq.unit_end, tq.noun_end});
        const std::size_t b_from = std::max({a.byte_end, a.unit_end, a.noun_end});
        if (a_from > a.byte_begin || b_from > b.byte_begin) return false;
        const std::string_view between = t.substr(b_from, b.byte_begin - b_from);
        if (between.find(';') != std::string_view::npos) return false;
        if (exhaustive_pair(part_words(c.parts[0]), part_words(c.parts[1]))) return true;
        // "T xã, trong đó a xã đạt chuẩn …, b xã chưa đạt": a condition and its negation split the
        // whole in two (not beside "vượt": the parts above a mark may be counted apart from it).
        // (Nor when the whole names more than one thing, "45 xã, phường …", or goes on past its
        // name, "T hồ sơ, tăng …": the parts may count one of them only.)
        if (negation_pair(part_words(c.parts[0]), part_words(c.parts[1])) || negation_pair(part_words(c.parts[1]), part_words(c.parts[0]))) {
            const auto s = quantities.sentence_at(tq.paragraph, tq.byte_begin);
            std::string named = a_from < a.byte_begin ? text_lower(tq.paragraph, a_from, a.byte_begin) : std::string();
            const std::size_t marker = named.find("trong đó");
            if (marker != std::string::npos) named.resize(marker);
            while (!named.empty() && (named.back() == ' ' || named.back() == ',' || named.back() == ';' || named.back() == '(')) named.pop_back();
            const bool one_name = named.find(',') == std::string::npos && !contains(named, " và ") && !contains(named, ";");
            if (one_name && !contains(text_lower(tq.paragraph, s.begin, s.end), "vượt")) return true;
        }
        return exhaustive_pair(t.substr(a_from, a.byte_begin - a_from), between);
    }

    // The words naming part k: from the separator (",", ";", parentheses, "và") after the figure
    // before it in its paragraph (or the paragraph's start) to the first separator after its own
    // figure ("…, thu tiền sử dụng đất 420 tỷ đồng", ", 5 dự án đang thi công").
    std::string label_since_figure(std::size_t k) const {
        const Quantity& q = qs[k];
        const std::string_view t = doc.paragraphs[q.paragraph].text;
        const auto [first, last] = quantities.in(q.paragraph);
        std::size_t from = 0;
        if (k > first) {
            // Past the figure before and its own words, to the separator that ends them.
            from = std::max({qs[k - 1].byte_end, qs[k - 1].unit_end, qs[k - 1].noun_end});
            const std::size_t sep = std::min(t.find_first_of(",;()", from), t.find(" và ", from));
            if (sep < q.byte_begin) from = sep;
        }
        const std::size_t own = std::max({q.byte_end, q.unit_end, q.noun_end});
        const std::size_t to = std::min({t.find_first_of(",;()", own), t.find(" và ", own), t.size()});
        return from < to ? lower(t.substr(from, to - from)) : std::string();
    }

    // "Tổng thu ngân sách T tỷ đồng, trong đó thu thuế a tỷ đồng, thu tiền sử dụng đất b tỷ đồng";
    // "GRDP T tỷ đồng, trong đó nông, lâm nghiệp và thủy sản a, công nghiệp - xây dựng b, dịch vụ
    // c"; "T dự án, trong đó a dự án đã hoàn thành, b dự án đang thi công": parts named by values
    // of one standard classification of sources, sectors or states are disjoint (Σ ≤ T). A part
    // whose label names no value, or two ("thu nội địa" holds land fees and taxes), is left out:
    // the others are read in pairs.
    void source_kinds(std::vector<SumClaim>& sums) const {
        const std::size_t n = sums.size();
        for (std::size_t c = 0; c < n; ++c) {
            if (sums[c].kind != SumClaim::Kind::Subsets || sums[c].parts.size() < 2) continue;
            const auto parts = sums[c].parts;
            std::vector<std::string> labels;
            for (std::size_t k : parts) labels.push_back(label_since_figure(k));
            // Counts of projects or works are told apart by their fields too ("a dự án giao thông, b
            // dự án thủy lợi"): a project is planned in one field.
            const Quantity& tq = qs[sums[c].total];
            const bool projects = tq.is_count() && (tq.noun == "dự án" || head_noun(sums[c].total).second == "công trình");
            std::vector<std::pair<std::size_t, std::size_t>> disjoint;
            for (std::size_t i = 0; i < parts.size(); ++i) {
                for (std::size_t j = i + 1; j < parts.size(); ++j) {
                    if (disjoint_kinds(labels[i], labels[j]) || (projects && disjoint_fields(labels[i], labels[j]))) disjoint.emplace_back(i, j);
                }
            }
            if (disjoint.empty()) continue;
            if (disjoint.size() == parts.size() * (parts.size() - 1) / 2) {
                sums[c].kind = SumClaim::Kind::Partial;
                continue;
            }
            for (const auto& [i, j] : disjoint) {
                SumClaim pair = sums[c];
                pair.kind = SumClaim::Kind::Partial;
                pair.parts = {parts[i], parts[j]};
                sums.push_back(std::move(pair));
            }
        }
    }

    // Subsets of a total that two complementary descriptions split ("… 1.845 hồ sơ; trong đó 912
    // hồ sơ cũ và 948 hồ sơ mới", "nam … nữ", "đã hoàn thành … chưa hoàn thành") are disjoint:
    // together they are at most the total (Partial). Other items of the list may still overlap.
    void complements(std::vector<SumClaim>& sums) const {
        const std::size_t n = sums.size();
        for (std::size_t c = 0; c < n; ++c) {
            if (sums[c].kind == SumClaim::Kind::Exhaustive) continue;
            const auto parts = sums[c].parts;
            // Parts that take every value of a classification leaving the whole nothing else
            // ("đã giải quyết T hồ sơ, trong đó trước hạn a, đúng hạn b, quá hạn c"; "T huy chương,
            // trong đó a HCV, b HCB và c HCĐ"), or whose shares of it make 100 %, are the whole.
            {
                std::vector<std::string_view> words;
                for (std::size_t k : parts) words.push_back(part_words(k));
                if (exhaustive_values(words, whole_words(sums[c].total)) || shares_make_whole(parts) || named_composition(sums[c])) {
                    sums[c].kind = SumClaim::Kind::Exhaustive;
                    continue;
                }
            }
            if (sums[c].kind != SumClaim::Kind::Subsets) continue;
            // Each part a place of its own or one value of one classification ("huyện A 70 hộ,
            // huyện B 62 hộ", "cấp huyện 32 đơn, cấp xã 119 đơn", "đường bộ …, đường thủy …"): a
            // thing is in one place, has one value of a classification.
            {
                std::set<std::string> units, kinds;
                for (std::size_t k : parts) {
                    const std::string u = unit_named(k);
                    if (u.empty()) break;
                    units.insert(u);
                    kinds.insert(u.substr(0, u.find('|')));
                }
                if (parts.size() >= 2 && units.size() == parts.size() && kinds.size() == 1) {
                    // "khu vực có vốn đầu tư nước ngoài a, khu vực trong nước b": two values of a
                    // classification of two are the whole, however the parts were told apart.
                    sums[c].kind = two_values_of_two(sums[c]) ? SumClaim::Kind::Exhaustive : SumClaim::Kind::Partial;
                    continue;
                }
                // Every two parts told apart by their grade: the grades split the whole.
                bool graded = parts.size() >= 2;
                // Or by complementary descriptions, every two of them ("mầm non …, tiểu học …, THCS …").
                for (std::size_t i = 0; i < parts.size() && graded; ++i) {
                    for (std::size_t j = i + 1; j < parts.size() && graded; ++j) {
                        graded = other_grades(parts[i], parts[j]) || complementary(part_words(parts[i]), part_words(parts[j]));
                    }
                }
                if (graded) {
                    // "100 lao động, trong đó nam 40, nữ 50": two values of a classification of two are the whole.
                    const bool whole = two_values_of_two(sums[c]);
                    sums[c].kind = whole ? SumClaim::Kind::Exhaustive : SumClaim::Kind::Partial;
                    continue;
                }
            }
            for (std::size_t i = 0; i < parts.size(); ++i) {
                for (std::size_t j = i + 1; j < parts.size(); ++j) {
                    if (!complementary(part_words(parts[i]), part_words(parts[j])) && !other_grades(parts[i], parts[j])) continue;
                    if (parts.size() == 2) {
                        sums[c].kind = SumClaim::Kind::Partial;
                        continue;
                    }
                    SumClaim pair = sums[c];
                    pair.kind = SumClaim::Kind::Partial;
                    pair.parts = {parts[i], parts[j]};
                    sums.push_back(std::move(pair));
                }
            }
        }
    }

    // "… tinh giản 96 biên chế: 28 biên chế theo chính sách thôi việc và 68 biên chế nghỉ hưu": a
    // count closed by a colon, then items counting its noun to the sentence's end, breaks it down.
    void colon_lists(std::size_t p, std::vector<SumClaim>& out) const {
        const std::string_view t = doc.paragraphs[p].text;
        if (t.find(':') == std::string_view::npos) return;
        const auto [first, last] = quantities.in(p);
        const auto depth = paren_depth(t);
        for (std::size_t total = first; total < last; ++total) {
            const Quantity& tq = qs[total];
            if (tq.role != Role::Quantity || tq.percent() || !tq.is_count() || tq.noun.empty() || tq.ambiguous || tq.hedge != Hedge::None ||
                depth[tq.byte_begin] > 0) {
                continue;
            }
            // The colon closes the count's own name ("96 biên chế:", "12 lớp tập huấn:"), a few words.
            const std::size_t from = std::max({tq.byte_end, tq.unit_end, tq.noun_end});
            const std::size_t colon = t.find_first_of(":,;.()", from);
            if (colon == std::string_view::npos || t[colon] != ':') continue;
            const std::string_view name = t.substr(from, colon - from);
            if (std::count(name.begin(), name.end(), ' ') > 3 ||
                std::any_of(name.begin(), name.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; })) {
                continue;
            }
            if (after_change_word(t, tq)) continue;
            const auto sentence = quantities.sentence_at(p, tq.byte_begin);
            // A marker after the colon is read with it ("T hồ sơ: trong đó …").
            const std::string next = text_lower(p, colon + 1, std::min(sentence.end, colon + 24));
            if (contains(next, "trong đó") || contains(next, "gồm") || contains(next, "như") || contains(next, "cụ thể")) continue;
            SumClaim c;
            c.kind = SumClaim::Kind::Exhaustive;
            bool other = false;
            // The first figure after the colon must count the total's noun: another measure there
            // is the count's own ("12 trại gà: 88.000 con; 14 trại vịt: …"), the items after it siblings.
            bool first_after = true;
            for (std::size_t k = total + 1; k < last && qs[k].byte_begin < sentence.end; ++k) {
                const Quantity& q = qs[k];
                if (q.role != Role::Quantity || depth[q.byte_begin] > 0) continue;
                if (std::exchange(first_after, false) && q.byte_begin > colon && (q.percent() || !q.is_count() || q.noun != tq.noun)) {
                    other = true;
                    break;
                }
                if (q.percent()) continue;
                if (!q.is_count() || q.noun != tq.noun) {
                    if (q.is_count() && !q.noun.empty()) c.maybe_parts.push_back(k);
                    continue;
                }
                if (after_change_word(t, q) || q.hedge != Hedge::None || comparison_segment(t, segment_start(t, q.byte_begin, colon), q)) other = true;
                c.parts.push_back(k);
            }
            if (other || c.parts.size() < 2) continue;
            const std::string tail = text_lower(p, colon, sentence.end);
            if (contains(tail, "...") || contains(tail, "…") || contains(tail, " khác") || contains(tail, "còn lại")) c.kind = SumClaim::Kind::Partial;
            c.total = total;
            c.plan = plan_sentence(p, tq.byte_begin);
            c.missing_scale = missing_scale(qs, c);
            out.push_back(std::move(c));
        }
    }

    // "Trong số T hồ sơ đang giải quyết, có a hồ sơ … và b hồ sơ …": the total named right after
    // "trong số", the parts after it in the sentence counting the same thing. Read as subsets
    // (the list may leave some out, or overlap): a part above its total is certain.
    void among(std::size_t p, std::vector<SumClaim>& out) const {
        const std::string_view t = doc.paragraphs[p].text;
        if (!contains(t, "rong số ") && !contains(t, "RONG SỐ ")) return;
        const auto [first, last] = quantities.in(p);
        const auto depth = paren_depth(t);
        for (const SentenceBytes& s : quantities.sentences(p)) {
            const std::string_view raw = t.substr(s.begin, s.end - s.begin);
            if (!contains(raw, "rong số ") && !contains(raw, "RONG SỐ ")) continue;
            const std::string l = text_lower(p, s.begin, s.end);
            for (std::size_t from = l.find("trong số "); from != std::string::npos; from = l.find("trong số ", from + 1)) {
                const std::size_t at = s.begin + from;
                if (depth[at] > 0 || (from > 0 && l[from - 1] != ' ' && l[from - 1] != ',' && l[from - 1] != '(')) continue;
                std::size_t comma = l.find_first_of(",;:", from);
                if (comma == std::string::npos) continue;
                comma += s.begin;
                std::size_t total = std::string::npos;
                for (std::size_t k = first; k < last; ++k) {
                    if (qs[k].byte_begin < at || qs[k].byte_begin >= comma) continue;
                    total = k;
                    break;
                }
                if (total == std::string::npos) continue;
                const Quantity& tq = qs[total];
                if (tq.role != Role::Quantity || tq.percent() || !tq.is_count() || tq.noun.empty() || tq.ambiguous) continue;
                if (l[comma - s.begin] != ',') continue;
                // The total follows "trong số" at once (a hedge aside): in "Trong số người trúng cử
                // có 15 đại biểu nữ" the whole is unstated and 15 is a part of it.
                std::string lead = squeeze(t, at + std::string_view("trong số ").size(), tq.byte_begin);
                for (const char* hedge : {"hơn", "gần", "khoảng", "trên", "tổng"}) {
                    if (lead == hedge) lead.clear();
                }
                if (!lead.empty()) continue;
                SumClaim c;
                c.kind = SumClaim::Kind::Subsets;
                for (std::size_t k = total + 1; k < last && qs[k].byte_begin < s.end; ++k) {
                    const Quantity& q = qs[k];
                    if (q.byte_begin < comma || q.role != Role::Quantity || q.percent() || depth[q.byte_begin] > 0) continue;
                    if (!q.is_count() || q.noun.empty()) continue;
                    const std::string& x = q.noun.size() <= tq.noun.size() ? q.noun : tq.noun;
                    const std::string& y = q.noun.size() <= tq.noun.size() ? tq.noun : q.noun;
                    if (x != y && !(y.compare(0, x.size(), x) == 0 && y[x.size()] == ' ')) continue;
                    if (after_change_word(t, q) || comparison_segment(t, segment_start(t, q.byte_begin, comma), q)) continue;
                    c.parts.push_back(k);
                }
                if (c.parts.empty()) continue;
                c.total = total;
                c.plan = plan_sentence(p, tq.byte_begin);
                c.missing_scale = missing_scale(qs, c);
                out.push_back(std::move(c));
            }
        }
    }

    // "Có a học viên … trong tổng số T học viên …": a part before its whole, in one clause, the
    // whole right after "trong (tổng) số"/"trên tổng số" counting the same thing. A subset.
    void part_before_whole(std::size_t p, std::vector<SumClaim>& out) const {
        const std::string_view t = doc.paragraphs[p].text;
        if (!contains(t, "tổng số ") && !contains(t, "trong số ")) return;
        const auto [first, last] = quantities.in(p);
        const auto depth = paren_depth(t);
        for (std::size_t k = first + 1; k < last; ++k) {
            const Quantity& tq = qs[k];
            if (tq.role != Role::Quantity || tq.percent() || !tq.is_count() || tq.noun.empty() || tq.ambiguous) continue;
            const std::string lead = lower(words_before(t, tq.byte_begin, 3));
            if (!lead.ends_with("trong tổng số") && !lead.ends_with("trên tổng số") && !lead.ends_with("trong số")) continue;
            const Quantity& a = qs[k - 1];
            if (a.role != Role::Quantity || a.percent() || !a.is_count() || a.ambiguous || a.noun.empty()) continue;
            if (!(a.noun == tq.noun || starts(tq.noun, a.noun + " ")) || depth[a.byte_begin] != depth[tq.byte_begin]) continue;
            const std::string between = squeeze(t, a.noun_end, tq.byte_begin);
            if (between.find_first_of(";:.()") != std::string::npos || after_change_word(t, a) || a.hedge != Hedge::None) continue;
            SumClaim c;
            c.kind = SumClaim::Kind::Subsets;
            c.total = k;
            c.parts = {k - 1};
            c.plan = plan_sentence(p, tq.byte_begin);
            out.push_back(std::move(c));
        }
    }

    // "Đoàn đã kiểm tra T cơ sở." then a paragraph "Trong đó, a cơ sở …": parts of the total the
    // paragraph before ends with (its last figure, in its last sentence), read as subsets.
    void paragraph_subsets(std::size_t p, std::vector<SumClaim>& out) const {
        const std::string_view t = doc.paragraphs[p].text;
        if (p == 0 || !starts(squeeze(t, 0, std::min<std::size_t>(t.size(), 14)), "trongđó,")) return;
        const std::string_view prev = doc.paragraphs[p - 1].text;
        const auto [pf, pl] = quantities.in(p - 1);
        if (pf == pl || !quantities.vietnamese(p - 1) || prev.find_last_not_of(' ') == std::string_view::npos ||
            prev[prev.find_last_not_of(' ')] != '.') {
            return;
        }
        const std::size_t total = pl - 1;
        const Quantity& tq = qs[total];
        const SentenceBytes last_sentence = quantities.sentence_at(p - 1, tq.byte_begin);
        if (tq.role != Role::Quantity || tq.percent() || tq.ambiguous || after_change_word(prev, tq) || per_base(prev, tq) ||
            paren_depth(prev)[tq.byte_begin] > 0 ||
            !squeeze(prev, std::max(tq.unit_end, tq.noun_end), last_sentence.end).ends_with(".") ||
            squeeze(prev, std::max(tq.unit_end, tq.noun_end), last_sentence.end).find_first_of(",;") != std::string::npos) {
            return;
        }
        // T is the one figure of its kind in its sentence (not the last item of a list).
        for (std::size_t k = pf; k < total; ++k) {
            const Quantity& q = qs[k];
            if (q.byte_begin >= last_sentence.begin && q.role == Role::Quantity && q.is_count() == tq.is_count() &&
                (tq.is_count() ? q.noun == tq.noun : same_measure(tq, q))) {
                return;
            }
        }
        const auto [first, last] = quantities.in(p);
        const auto depth = paren_depth(t);
        const SentenceBytes s = quantities.sentences(p).front();
        // Parts that are wholes of their own ("a trường … trong tổng số b trường") break nothing down.
        const std::string l = text_lower(p, s.begin, s.end);
        if (contains(l, "tổng số") || contains(l, "trong số")) return;
        SumClaim c;
        c.kind = SumClaim::Kind::Subsets;
        for (std::size_t k = first; k < last && qs[k].byte_end <= s.end; ++k) {
            const Quantity& q = qs[k];
            if (q.role != Role::Quantity || q.percent() || depth[q.byte_begin] > 0 || q.is_count() != tq.is_count()) continue;
            if (tq.is_count() ? q.noun != tq.noun || q.noun.empty() : !same_measure(tq, q)) continue;
            if (after_change_word(t, q) || q.ambiguous) return;
            c.parts.push_back(k);
        }
        if (c.parts.empty()) return;
        c.total = total;
        c.plan = plan_sentence(p - 1, tq.byte_begin);
        out.push_back(std::move(c));
    }

    // "… cấp mới A tỷ đồng; điều chỉnh tăng thêm B tỷ đồng, nâng tổng vốn đăng ký lên T tỷ đồng":
    // T = A + B, with exactly two figures of T's measure before "nâng tổng" in the sentence (more
    // may mix in other indicators: left alone).
    void raised_totals(std::size_t p, std::vector<SumClaim>& out) const {
        const std::string_view t = doc.paragraphs[p].text;
        if (!contains(t, "âng tổng") && !contains(t, "ÂNG TỔNG")) return;
        const auto [first, last] = quantities.in(p);
        const auto depth = paren_depth(t);
        for (const SentenceBytes& s : quantities.sentences(p)) {
            const std::string_view raw = t.substr(s.begin, s.end - s.begin);
            if (!contains(raw, "âng tổng") && !contains(raw, "ÂNG TỔNG")) continue;
            const std::string l = text_lower(p, s.begin, s.end);
            const std::size_t at = l.find("nâng tổng");
            if (at == std::string::npos) continue;
            const std::size_t up = l.find(" lên ", at);
            if (up == std::string::npos || l.find_first_of(",;.", at) < up) continue;
            std::size_t total = std::string::npos;
            for (std::size_t k = first; k < last; ++k) {
                if (qs[k].byte_begin >= s.begin + up && qs[k].byte_begin <= s.begin + up + 6) total = k;
            }
            if (total == std::string::npos) continue;
            const Quantity& tq = qs[total];
            if (tq.role != Role::Quantity || tq.percent() || tq.is_count() || tq.ambiguous) continue;
            SumClaim c;
            c.kind = SumClaim::Kind::Exhaustive;
            bool other = false;
            for (std::size_t k = first; k < total; ++k) {
                const Quantity& q = qs[k];
                if (q.byte_begin < s.begin || q.role != Role::Quantity || q.percent() || q.is_count()) continue;
                if (!same_measure(tq, q)) continue;
                if (depth[q.byte_begin] > 0 || after_change_word(t, q) || q.hedge != Hedge::None) other = true;
                c.parts.push_back(k);
            }
            if (other || c.parts.size() != 2) continue;
            c.total = total;
            c.plan = plan_sentence(p, tq.byte_begin);
            c.missing_scale = missing_scale(qs, c);
            out.push_back(std::move(c));
        }
    }

    // "… là X người năm 2016 và tiếp tục tăng thêm D người năm 2017, nâng tổng số … lên|là T người":
    // the running total T is the level X the increase D starts from plus D. X is the figure of T's
    // measure (for counts, its noun) right before D in the sentence, a level below T, no change;
    // D ends the figures before "nâng tổng"; and T − X is within twice D (farther, X is another
    // indicator's level).
    void raised_by_change(std::size_t p, std::vector<SumClaim>& out) const {
        const std::string_view t = doc.paragraphs[p].text;
        if (!contains(t, "âng tổng")) return;
        const auto [first, last] = quantities.in(p);
        const auto depth = paren_depth(t);
        auto kind_of = [&](const Quantity& a, const Quantity& b) { return a.is_count() ? b.is_count() && a.noun == b.noun && !a.noun.empty() : same_measure(a, b); };
        for (const SentenceBytes& s : quantities.sentences(p)) {
            const std::string l = text_lower(p, s.begin, s.end);
            const std::size_t at = l.find("nâng tổng");
            if (at == std::string::npos) continue;
            // T: the first figure after the marker in its clause, after "lên" or "là".
            std::size_t total = std::string::npos, change = std::string::npos;
            for (std::size_t k = first; k < last; ++k) {
                if (qs[k].byte_begin < s.begin || qs[k].byte_begin >= s.end || qs[k].role == Role::Year || qs[k].role == Role::Date) continue;
                if (qs[k].byte_begin < s.begin + at) {
                    change = k;
                } else if (total == std::string::npos) {
                    total = k;
                }
            }
            if (total == std::string::npos || change == std::string::npos) continue;
            const Quantity& tq = qs[total];
            const std::string lead = lower(word_before(t, tq.byte_begin));
            if ((lead != "lên" && lead != "là") || text_lower(p, s.begin + at, tq.byte_begin).find_first_of(",;:()") != std::string::npos) continue;
            const Quantity& dq = qs[change];
            if (tq.role != Role::Quantity || tq.percent() || tq.hedge != Hedge::None || dq.role != Role::Quantity || dq.hedge != Hedge::None ||
                !kind_of(tq, dq) || depth[dq.byte_begin] > 0) {
                continue;
            }
            const std::string verb = lower(word_before(t, dq.byte_begin));
            if (verb != "tăng" && verb != "thêm") continue;
            std::size_t level = std::string::npos;
            for (std::size_t k = change; k-- > first && qs[k].byte_begin >= s.begin;) {
                if (qs[k].role != Role::Quantity || qs[k].percent()) continue;  // (years, dates, rates)
                if (kind_of(tq, qs[k])) level = k;
                break;
            }
            if (level == std::string::npos) continue;
            const Quantity& xq = qs[level];
            if (xq.hedge != Hedge::None || depth[xq.byte_begin] > 0 || (after_change_word(t, xq) && !phrases::bounded_level(t, xq))) continue;
            if (std::any_of(out.begin(), out.end(), [&](const SumClaim& o) { return o.total == total; })) continue;  // read already
            const double rise = tq.value() - xq.value();
            if (rise <= 0 || rise > 2 * dq.value()) continue;
            SumClaim c;
            c.kind = SumClaim::Kind::Exhaustive;
            c.total = total;
            c.parts = {level, change};
            c.plan = plan_sentence(p, tq.byte_begin);
            c.missing_scale = missing_scale(qs, c);
            out.push_back(std::move(c));
        }
    }

    // "… a lượt và b lượt; tổng cộng T lượt", "cao đẳng a người, trung cấp b người, sơ cấp c
    // người; tổng cộng T người": a total stated after its parts, which are every figure of its
    // measure (for counts, its noun) before it in the sentence. Left alone when one of them is a
    // change, hedged or in parentheses (other indicators may mix in).
    void totals_after(std::size_t p, std::vector<SumClaim>& out) const {
        const std::string_view t = doc.paragraphs[p].text;
        if (!holds_any(t, {"ổng cộng", "ỔNG CỘNG", "ộng chung", "ổng số là"})) return;
        const auto [first, last] = quantities.in(p);
        const auto depth = paren_depth(t);
        for (const SentenceBytes& s : quantities.sentences(p)) {
            const std::string l = text_lower(p, s.begin, s.end);
            // "; tổng cộng T", ", tổng số là T", "; cộng chung cả năm … đón T" (words of period
            // and verb between).
            std::size_t at = std::string::npos;
            std::string_view marker;
            for (const std::string_view m : {"tổng cộng", "cộng chung", "tổng số là"}) {
                const std::size_t found = l.find(m);
                if (found < at) {
                    at = found;
                    marker = m;
                }
            }
            if (at == std::string::npos || at < 2) continue;
            // After the parts: the marker opens a clause (", tổng cộng", "; tổng cộng").
            const std::size_t mark = l.find_last_not_of(' ', at - 1);
            if (mark == std::string::npos || (l[mark] != ';' && l[mark] != ',')) continue;
            std::size_t total = std::string::npos;
            for (std::size_t k = first; k < last; ++k) {
                const std::size_t from = s.begin + at + marker.size();
                if (qs[k].byte_begin < from) continue;
                const std::string gap = squeeze(t, from, qs[k].byte_begin);
                const bool words = marker == "cộng chung" && gap.find_first_of(",;:()") == std::string::npos;
                if (gap.empty() || gap == "là" || gap == "có" || gap == "đạt" || gap == ":" || words) total = k;
                break;
            }
            if (total == std::string::npos) continue;
            const Quantity& tq = qs[total];
            if (tq.role != Role::Quantity || tq.percent() || tq.ambiguous || tq.hedge != Hedge::None || depth[tq.byte_begin] > 0) continue;
            SumClaim c;
            c.kind = SumClaim::Kind::Exhaustive;
            bool other = false;
            for (std::size_t k = first; k < total; ++k) {
                const Quantity& q = qs[k];
                if (q.byte_begin < s.begin || q.role != Role::Quantity || q.percent()) continue;
                if (tq.is_count() != q.is_count()) continue;
                if (tq.is_count()) {
                    // "a lượt và b lượt; tổng cộng T lượt khách": the parts' noun heads the total's.
                    const bool same = q.noun == tq.noun || (!q.noun.empty() && tq.noun.compare(0, q.noun.size() + 1, q.noun + " ") == 0);
                    if (!same || q.noun.empty()) continue;
                } else if (!same_measure(tq, q)) {
                    continue;
                }
                if (depth[q.byte_begin] > 0 || after_change_word(t, q) || q.hedge != Hedge::None || q.ambiguous) other = true;
                c.parts.push_back(k);
            }
            if (other || c.parts.size() < 2) continue;
            c.total = total;
            c.plan = plan_sentence(p, tq.byte_begin);
            c.missing_scale = missing_scale(qs, c);
            out.push_back(std::move(c));
        }
    }

    // A list line: "- …", "+ …", "• …", "– …".
    static bool bullet(std::string_view line) {
        return !line.empty() && (line[0] == '-' || line[0] == '+' || starts(line, "•") || starts(line, "–"));
    }

    // The one figure of a list line, when it has exactly one and it counts or measures what `tq`
    // does (a count's noun the same, or none); npos otherwise.
    std::size_t line_figure(std::size_t n, const Quantity& tq) const {
        if (n >= doc.paragraphs.size() || !bullet(doc.paragraphs[n].text)) return std::string::npos;
        const auto [b, e] = quantities.in(n);
        if (e != b + 1) return std::string::npos;
        const Quantity& q = qs[b];
        if (q.role != Role::Quantity || q.percent() || q.ambiguous || tq.is_count() != q.is_count()) return std::string::npos;
        if (tq.is_count() ? !(q.noun == tq.noun || q.noun.empty()) : !same_measure(tq, q)) return std::string::npos;
        if (after_change_word(doc.paragraphs[n].text, q)) return std::string::npos;
        return b;
    }

    // A total whose breakdown follows one item a line ("… T hộ, trong đó:" then "- Xây mới: a
    // hộ;" …): the paragraph ends in a composition marker and a colon, and each following list
    // line holds one figure of the total's kind. "cụ thể:" details (Σ parts ≤ total).
    void composition_lines(std::size_t p, std::vector<SumClaim>& out) const {
        const std::string_view t = doc.paragraphs[p].text;
        std::size_t end = t.size();
        while (end > 0 && t[end - 1] == ' ') --end;
        if (end == 0 || t[end - 1] != ':' || p + 2 >= doc.paragraphs.size() || !bullet(doc.paragraphs[p + 1].text)) return;
        const std::string tail = lower(t.substr(end > 40 ? end - 40 : 0, std::min<std::size_t>(end, 40)));
        SumClaim c;
        const std::size_t comma = tail.find_last_of(",;");
        const std::string marker = tail.substr(comma == std::string::npos ? 0 : comma + 1);
        const std::string m = squeeze(marker, 0, marker.size());
        if (m == "trongđó:" || m == "gồm:" || m == "baogồm:" || m == "chiara:") {
            c.kind = SumClaim::Kind::Exhaustive;
        } else if (m == "cụthể:" || m == "cụthểnhưsau:") {
            c.kind = SumClaim::Kind::Partial;
        } else {
            return;
        }
        const auto [first, last] = quantities.in(p);
        if (first == last) return;
        const std::size_t total = last - 1;
        const Quantity& tq = qs[total];
        if (tq.role != Role::Quantity || tq.percent() || tq.ambiguous || after_change_word(t, tq)) return;
        if (!squeeze(t, std::max(tq.unit_end, tq.noun_end), end).ends_with(m) ||
            squeeze(t, std::max(tq.unit_end, tq.noun_end), end).find_first_of(";.") != std::string::npos) {
            return;
        }
        for (std::size_t n = p + 1; n < doc.paragraphs.size() && bullet(doc.paragraphs[n].text); ++n) {
            const std::size_t k = line_figure(n, tq);
            if (k == std::string::npos) return;  // a line of something else: no plain breakdown
            c.parts.push_back(k);
        }
        if (c.parts.size() < 2) return;
        c.total = total;
        c.plan = plan_sentence(p, tq.byte_begin);
        out.push_back(std::move(c));
    }

    // "Tổng cộng: T đơn." on a line of its own after list lines each holding one figure of its
    // kind ("+ Đơn khiếu nại: a đơn;" …): T = Σ of the lines.
    void total_line(std::size_t p, std::vector<SumClaim>& out) const {
        const std::string_view t = doc.paragraphs[p].text;
        const std::string head = squeeze(t, 0, std::min<std::size_t>(t.size(), 16));
        if (!(starts(head, "tổngcộng") || starts(head, "cộng:") || starts(head, "tổngsố:")) || p == 0) return;
        const auto [first, last] = quantities.in(p);
        if (last != first + 1) return;
        const Quantity& tq = qs[first];
        if (tq.role != Role::Quantity || tq.percent() || tq.ambiguous || tq.hedge != Hedge::None) return;
        if (squeeze(t, 0, tq.byte_begin).find(':') == std::string::npos) return;
        SumClaim c;
        c.kind = SumClaim::Kind::Exhaustive;
        for (std::size_t n = p; n-- > 0 && bullet(doc.paragraphs[n].text);) {
            const std::size_t k = line_figure(n, tq);
            if (k == std::string::npos) return;
            c.parts.insert(c.parts.begin(), k);
        }
        if (c.parts.size() < 2) return;
        c.total = first;
        c.plan = plan_sentence(p, tq.byte_begin);
        out.push_back(std::move(c));
    }

    void footnotes(std::vector<SumClaim>& out) const {
        for (const auto& [note, fp] : quantities.notes()) {
            auto ref = quantities.note_refs().find(note);
            if (ref == quantities.note_refs().end() || !quantities.vietnamese(fp)) continue;
            const std::string_view ft = doc.paragraphs[fp].text;
            const std::size_t start = quantities.note_text_start(fp);
            const std::string head = squeeze(ft, start, std::min(ft.size(), start + 24));
            if (!(starts(head, "baogồm:") || starts(head, "gồm:") || starts(head, "trongđó:"))) continue;
            const auto [ff, fl] = quantities.in(fp);
            const auto depth = paren_depth(ft);
            SumClaim c;
            const Quantity* unit_of = nullptr;
            for (std::size_t k = ff; k < fl; ++k) {
                const Quantity& q = qs[k];
                if (q.byte_begin < start || q.role != Role::Quantity || q.percent() || q.is_count() || depth[q.byte_begin] > 0) continue;
                if (after_change_word(ft, q)) continue;
                if (!unit_of) unit_of = &q;
                if (!same_measure(*unit_of, q)) continue;
                c.parts.push_back(k);
            }
            if (c.parts.size() < 2) continue;
            const auto [rp, rbyte] = ref->second;
            const SentenceBytes s = quantities.sentence_at(rp, rbyte);
            const auto [rf, rl] = quantities.in(rp);
            std::size_t total = std::string::npos;
            for (std::size_t k = rf; k < rl; ++k) {
                const Quantity& q = qs[k];
                if (q.byte_begin >= s.begin && q.byte_end <= rbyte && q.role == Role::Quantity && !q.percent() && same_measure(q, *unit_of)) {
                    total = k;
                    break;
                }
            }
            if (total == std::string::npos) continue;
            c.total = total;
            c.plan = plan_sentence(rp, qs[total].byte_begin);
            c.missing_scale = missing_scale(qs, c);
            out.push_back(std::move(c));
        }
    }

    // "% quantity right after k": ", tăng X%" — returns its index or npos. With `sign`, a fall
    // (", giảm X%") is read too, and `*sign` says which.
    std::size_t growth_after(std::size_t k, int* sign = nullptr) const {
        const std::size_t n = next_in_paragraph(k);
        if (n == std::string::npos || !qs[n].percent() || qs[n].negative) return std::string::npos;
        const std::string_view t = doc.paragraphs[qs[k].paragraph].text;
        const std::string between = squeeze(t, qs[k].noun_end, qs[n].byte_begin);
        if (sign) *sign = 1;
        // "khách nội tỉnh đạt 1,8 triệu lượt (tăng 5%)": the rate in parentheses closing at once.
        if (between == "(tăng") {
            const std::size_t close = std::max(qs[n].unit_end, qs[n].byte_end);
            return close < t.size() && t[close] == ')' ? n : std::string::npos;
        }
        if (sign && between == ",giảm") {
            *sign = -1;
            return n;
        }
        return between == ",tăng" ? n : std::string::npos;
    }

    // The rate at k is compared with the month, quarter or period just before ("so với tháng
    // trước"), not with the same period of the year before.
    bool short_term(std::size_t k) const {
        const std::string_view t = doc.paragraphs[qs[k].paragraph].text;
        const std::size_t from = qs[k].unit_end;
        const std::string after = squeeze(t, from, std::min(t.size(), from + 40));
        for (const char* base : {"sovớitháng", "sovớiquý", "sovớikỳtrước", "sotháng", "soquý"}) {
            if (starts(after, base)) return !starts(after, "sovớithángcùngkỳ") && !starts(after, "sovớiquýcùngkỳ");
        }
        return false;
    }

    void growths(const std::vector<SumClaim>& sums, std::vector<GrowthClaim>& out) const {
        for (std::size_t i = 0; i < sums.size(); ++i) {
            const SumClaim& c = sums[i];
            if (c.parts.size() < 2 || c.missing_scale) continue;
            Interval sum{0, 0};
            for (std::size_t p : c.parts) sum = sum + qs[p].interval;
            if (!sum.meets(qs[c.total].interval)) continue;  // parts must partition the total
            GrowthClaim g;
            g.sum = i;
            g.total_growth = growth_after(c.total, &g.total_sign);
            if (g.total_growth == std::string::npos) continue;
            // "tăng 1,39% so với tháng trước và tăng 18,89% so với cùng kỳ": the parts' rates are
            // year on year; the total's rate against the month or quarter before is another
            // comparison, and its year-on-year rate stands after it.
            if (short_term(g.total_growth)) {
                const std::size_t next = next_in_paragraph(g.total_growth);
                const std::string_view t = doc.paragraphs[qs[c.total].paragraph].text;
                if (next == std::string::npos || !qs[next].percent() || short_term(next) ||
                    !squeeze(t, qs[g.total_growth].unit_end, qs[next].byte_begin).ends_with("vàtăng")) {
                    continue;
                }
                // The parts' rates may follow the first comparison as well as the second.
                g.other_total_growth = g.total_growth;
                g.other_total_sign = g.total_sign;
                g.total_growth = next;
                g.total_sign = 1;
            }
            for (std::size_t p : c.parts) {
                int sign = 1;
                const std::size_t pg = growth_after(p, &sign);
                if (pg == std::string::npos) break;
                g.part_growth.push_back(pg);
                g.part_sign.push_back(sign);
            }
            if (g.part_growth.size() == c.parts.size()) out.push_back(std::move(g));
        }
    }

    // The level a change reaches, named right after its rate in its clause ("tăng D (p%) lên L",
    // "giảm D (p%) xuống L", "…, còn L"): figure index, or npos.
    std::size_t level_reached(std::size_t rate, const Quantity& d) const {
        const std::size_t m = next_in_paragraph(rate);
        if (m == std::string::npos || qs[m].role != Role::Quantity || qs[m].percent() || qs[m].is_count() != d.is_count()) return std::string::npos;
        if (d.is_count() ? (!d.noun.empty() && qs[m].noun != d.noun) : !same_measure(qs[m], d)) return std::string::npos;
        const std::string between = squeeze(doc.paragraphs[d.paragraph].text, std::max(qs[rate].byte_end, qs[rate].unit_end), qs[m].byte_begin);
        for (const char* lead : {")lên", ")xuống", ")lênmức", ")xuốngmức", ")còn", ",lên", ",xuống", ",còn", "lên", "xuống", "lênmức", "xuốngmức"}) {
            if (between == lead) return m;
        }
        return std::string::npos;
    }

    // "…, số người chết giảm 31 người (giảm 7,03%)": the change's subject names which count
    // changed, by the words after the count's noun ("chết"); its value is then the count those
    // words name ("làm chết 410 người"), not the nearest one ("bị thương 702 người"). Empty when
    // the subject does not repeat the noun or names no more than it.
    std::string subject_qualifier(std::string_view t, const Quantity& d) const {
        std::size_t verb_begin = d.byte_begin;
        word_before(t, d.byte_begin, &verb_begin);
        const std::size_t floor = quantities.sentence_at(d.paragraph, d.byte_begin).begin;
        std::size_t cs = verb_begin;
        while (cs > floor && std::string_view(",;:(").find(t[cs - 1]) == std::string_view::npos) --cs;
        const std::string subject = " " + lower(t.substr(cs, verb_begin - cs)) + " ";
        const std::size_t at = subject.rfind(" " + d.noun + " ");
        if (at == std::string::npos) return {};
        std::string rest = subject.substr(at + d.noun.size() + 2);
        while (!rest.empty() && rest.back() == ' ') rest.pop_back();
        const auto words = phrases::words_of(rest);
        if (words.empty() || words.size() > 3 || rest.find_first_of("0123456789") != std::string::npos) return {};
        return rest;
    }

    // "nhiều hơn D"/"cao hơn D" is a rise, "ít hơn D"/"thấp hơn D" a fall, when D's sentence compares
    // with an earlier period ("so với cùng kỳ", "so với năm trước"), not with another place: "tăng",
    // "giảm", or "" when it does not.
    std::string comparative_change(std::string_view t, const Quantity& d) const {
        std::size_t begin = d.byte_begin;
        word_before(t, d.byte_begin, &begin);
        const std::string degree = lower(word_before(t, begin));
        const std::string verb = degree == "nhiều" || degree == "cao" ? "tăng" : degree == "ít" || degree == "thấp" ? "giảm" : "";
        if (verb.empty()) return {};
        const SentenceBytes s = quantities.sentence_at(d.paragraph, d.byte_begin);
        const std::string sentence = squeeze(t, s.begin, s.end);
        for (const char* period : {"sovớicùngkỳ", "socùngkỳ", "sovớinămtrước", "sovớinăm20", "sovớikỳtrước", "sovớithángtrước", "sovớiquýtrước",
                                   "sovớivụtrước"}) {
            if (contains(sentence, period)) return verb;
        }
        return {};
    }

    void changes(std::vector<ChangeClaim>& out) const {
        for (std::size_t k = 0; k < qs.size(); ++k) {
            const Quantity& d = qs[k];
            if (d.role != Role::Quantity || d.percent() || !quantities.vietnamese(d.paragraph)) continue;
            const std::string_view t = doc.paragraphs[d.paragraph].text;
            std::string verb = lower(word_before(t, d.byte_begin));
            // "nhiều hơn 70 ca (tăng 20%) so với cùng kỳ", "ít hơn 9 vụ (giảm 20%) so với năm trước": a
            // comparative against an earlier period states the change too.
            if (verb == "hơn" && d.is_count()) verb = comparative_change(t, d);
            if (verb != "tăng" && verb != "giảm") continue;
            std::size_t n = next_in_paragraph(k);
            // The compared year ("so với năm 2023") is no figure of the change.
            if (n != std::string::npos && qs[n].role == Role::Year) n = next_in_paragraph(n);
            if (n == std::string::npos || !qs[n].percent()) continue;
            // "giảm 240 ca (24,7%) so với trung bình 4 tuần trước": against a mean, which no
            // count states exactly.
            {
                const std::size_t stop = std::min(t.find_first_of(",;", qs[n].byte_end), t.size());
                const std::string compared = squeeze(t, d.noun_end, std::min(stop, qs[n].byte_end + 64));
                if (contains(compared, "sovớitrungbình") || contains(compared, "sovớibìnhquân") || contains(compared, "sovớimứctrungbình") ||
                    contains(compared, "sovớimứcbìnhquân")) {
                    continue;
                }
            }
            std::string between = squeeze(t, d.noun_end, qs[n].byte_begin);
            // "giảm D vụ so với cùng kỳ (tương ứng X%)": the comparison between.
            // Any compared period ("so với năm 2023", "so với đầu năm"): X = D/(C ∓ D) whatever the
            // prior is called.
            if (starts(between, "sovới")) {
                const std::size_t cut = between.find_first_of("(,;");
                const std::string named = between.substr(0, cut);
                if (cut != std::string::npos && named.size() <= 48 && named.find_first_of(";:)") == std::string::npos) between.erase(0, cut);
            }
            // "giảm D vụ, tương ứng giảm X%", "tăng D tỷ đồng, tương ứng X%", "(tương ứng X%)".
            // ("tỷ lệ X%" alone after a change is a proportion, the count's share of its whole: "tốt
            // 960 tổ, giảm 30 tổ so với 2022, tỷ lệ 80%"; the change's rate is "tỷ lệ tăng X%", below.)
            // "tăng 20 lượt, bằng 102,5% so với cùng kỳ": "bằng" states a ratio to the base.
            bool index = false;
            auto unfill = [&verb, &index](std::string b) {
                // "tăng D tỷ đồng so với đầu năm, tỷ lệ tăng đạt X%", "…; tốc độ tăng trưởng đạt X%": the
                // rate named as the change's own (its direction, then at most a linking verb).
                for (const char* open : {",", ";"}) {
                    for (const char* name : {"tỷlệ", "tỉlệ", "tốcđộ", "mức"}) {
                        for (const char* dir : {"tăngtrưởng", "tăng", "giảm"}) {
                            for (const char* link : {"đạt", "là", ""}) {
                                if (b == std::string(open) + name + dir + link) return std::string(std::string_view(dir) == "giảm" ? ",giảm" : ",tăng");
                            }
                        }
                    }
                }
                // "giảm 30 người tương ứng với 16,3%": the same without a comma.
                for (const char* filler : {"tươngứngvới", "tươngứng", "tươngđươngvới", "tươngđương"}) {
                    if (starts(b, filler)) {
                        std::string rest = b.substr(std::string_view(filler).size());
                        if (starts(rest, "mức")) rest.erase(0, std::string_view("mức").size());  // "tương ứng mức tăng X%"
                        return "," + (rest.empty() ? verb : rest);
                    }
                }
                for (const char* filler : {"tươngứngvới", "tươngứng", "tươngđương", "bằng", "tứclà", "tức"}) {
                    for (const char* open : {",", "("}) {
                        if (!starts(b, std::string(open) + filler)) continue;
                        index = std::string_view(filler) == "bằng";
                        b.erase(1, std::string_view(filler).size());
                        if (b == ",") b = "," + verb;  // the direction is the delta's
                        return b;
                    }
                }
                return b;
            };
            between = unfill(between);
            auto linked = [](const std::string& b) { return b == "(" || b == ",tăng" || b == ",giảm" || b == "(tăng" || b == "(giảm"; };
            // "giảm 694 người bị thương (-6,7%)": the words after the count name which count
            // changed; its value is the one those words name ("bị thương 9.571 người").
            std::string qualifier;
            if (!linked(between) && d.is_count() && !d.noun.empty()) {
                const std::size_t cut = t.find_first_of("(,", d.noun_end);
                const std::size_t cut_squeezed = between.find_first_of("(,");
                if (cut != std::string_view::npos && cut < qs[n].byte_begin && cut_squeezed != std::string::npos &&
                    linked(unfill(between.substr(cut_squeezed)))) {
                    qualifier = lower(t.substr(d.noun_end, cut - d.noun_end));
                    qualifier.erase(0, qualifier.find_first_not_of(' '));
                    while (!qualifier.empty() && qualifier.back() == ' ') qualifier.pop_back();
                    const auto words = std::count(qualifier.begin(), qualifier.end(), ' ') + 1;
                    if (qualifier.empty() || words > 3 || qualifier.find_first_of("0123456789;:") != std::string::npos) continue;
                    between = unfill(between.substr(cut_squeezed));
                }
            }
            if (!linked(between)) continue;
            bool by_subject = false;
            if (qualifier.empty() && d.is_count() && !d.noun.empty()) {
                qualifier = subject_qualifier(t, d);
                by_subject = !qualifier.empty();
            }
            if ((between == ",tăng" || between == "(tăng") && verb == "giảm") continue;
            if ((between == ",giảm" || between == "(giảm") && verb == "tăng") continue;
            const SentenceBytes s = quantities.sentence_at(d.paragraph, d.byte_begin);
            std::size_t value = std::string::npos;
            const auto depth = paren_depth(t);
            // The count the qualifier names: its words stand before that count ("bị thương 9.571
            // người") or go on its noun ("27 giấy phép xây dựng").
            auto named = [&](const Quantity& v) {
                std::string after_noun = lower(t.substr(v.noun_end, std::min<std::size_t>(t.size() - v.noun_end, qualifier.size() + 2)));
                after_noun.erase(0, after_noun.find_first_not_of(' '));
                if (by_subject) {
                    // The subject's words anywhere in the count's own clause ("có 120 doanh nghiệp hoàn
                    // tất thủ tục giải thể" for "số doanh nghiệp giải thể").
                    std::size_t b = v.byte_begin, e = v.byte_end;
                    while (b > 0 && std::string_view(",;:(.").find(t[b - 1]) == std::string_view::npos) --b;
                    while (e < t.size() && std::string_view(",;:().").find(t[e]) == std::string_view::npos) ++e;
                    return contains(" " + lower(t.substr(b, e - b)) + " ", " " + qualifier + " ");
                }
                return contains(lower(words_before(t, v.byte_begin, 3)), qualifier) || starts(after_noun, qualifier);
            };
            // "…, còn chỉ số B tăng 4,20 điểm (7,5%) lên 60,20 điểm": the level the change reaches,
            // right after its rate, is its value (not the level of the clause before).
            const std::size_t reached = level_reached(n, d);
            if (reached != std::string::npos) value = reached;
            for (std::size_t j = k; value == std::string::npos && j-- > 0 && qs[j].paragraph == d.paragraph && qs[j].byte_begin >= s.begin;) {
                const Quantity& v = qs[j];
                if (v.role != Role::Quantity || v.percent() || v.is_count() != d.is_count()) continue;
                // A sub-count in parentheses ("235 vụ (… 168 vụ, chiếm 71,5%), giảm 180 vụ") is not
                // what the change after them is of.
                if (depth[v.byte_begin] > depth[d.byte_begin]) continue;
                // Nor a part after "trong đó" ("235 vụ, trong đó … 168 vụ; so với cùng kỳ giảm 180 vụ").
                if (contains(lower(words_before(t, v.byte_begin, 8)), "trong đó")) continue;
                if (d.is_count() ? (!d.noun.empty() && v.noun != d.noun) : !same_measure(v, d)) continue;
                if (!qualifier.empty()) {
                    // Past the other changes of the sentence, to the count those words name.
                    if (after_change_word(t, v) || !named(v)) continue;
                } else if (after_change_word(t, v)) {
                    break;
                }
                value = j;
                break;
            }
            // "… xảy ra C vụ, làm chết 41 người. So với cùng kỳ giảm D vụ (-X%)": a sentence opened by
            // the comparison takes its value from the sentence before, when only one figure there
            // counts the same thing (and is named by the change's qualifier, when it has one:
            // "làm chết 5 người, bị thương 2 người. So với cùng kỳ … giảm 10 người chết (-53%)").
            // ("So sánh với cùng kỳ, …" opens it as well.)
            std::string opening = s.begin > 0 ? squeeze(t, s.begin, d.byte_begin) : std::string();
            if (starts(opening, "“")) opening.erase(0, std::string_view("“").size());  // a quoted statement
            if (value == std::string::npos && (starts(opening, "sovới") || starts(opening, "sosánhvới"))) {
                std::size_t end = s.begin;
                while (end > 0 && t[end - 1] == ' ') --end;
                const SentenceBytes prev = quantities.sentence_at(d.paragraph, end > 0 ? end - 1 : 0);
                std::size_t found = std::string::npos;
                int matches = 0;
                for (std::size_t j = k; j-- > 0 && qs[j].paragraph == d.paragraph;) {
                    const Quantity& v = qs[j];
                    if (v.byte_begin >= s.begin) continue;
                    if (v.byte_begin < prev.begin) break;
                    if (v.role != Role::Quantity || v.percent() || v.is_count() != d.is_count()) continue;
                    if (d.is_count() ? (d.noun.empty() || v.noun != d.noun) : !same_measure(v, d)) continue;
                    if (!qualifier.empty() && !named(v)) continue;
                    ++matches;
                    if (!after_change_word(t, v)) found = j;
                }
                if (matches == 1) value = found;
            }
            if (value == std::string::npos) continue;
            // "4.458 xã (50,01%) đạt chuẩn, tăng 620 xã (6,96%)", "còn 3.120 hộ nghèo, chiếm 6,24%;
            // giảm 880 hộ (giảm 1,76%)": the level's own percentage is its share of a whole; the
            // change's is then the change of that share (in points).
            if (value + 1 < k && qs[value + 1].percent() && qs[value + 1].paragraph == d.paragraph) {
                const std::string share = squeeze(t, std::max(qs[value].unit_end, qs[value].noun_end), qs[value + 1].byte_begin);
                // (The level's naming words may end before the share: "3.120 hộ nghèo, chiếm 6,24%".)
                const std::size_t open = share.find_first_of(",(");
                const std::string named = open == std::string::npos ? share : share.substr(open);
                const bool own_share = open != std::string::npos && open < 24 && share.find_first_of(";.)") == std::string::npos &&
                                       (named == "(" || named == ",chiếm" || named == ",chiếmtỷlệ" || named == ",tỷlệ" || named == ",chiếmtỉlệ" ||
                                        named == ",tỉlệ");
                if ((between == "(" && share == "(") || (own_share && (between == "(" || between == "(giảm" || between == "(tăng"))) continue;
            }
            out.push_back({value, k, n, verb == "giảm", index});
        }
    }

    static std::string plan_key(std::string_view t, std::size_t from, std::size_t to) {
        std::string s;
        int d = 0;
        for (char c : lower(t.substr(from, to - from))) {
            if (c == '(') ++d;
            if (d == 0 && c != '*') s += c;
            if (c == ')' && d > 0) --d;
        }
        auto trim = [](std::string& x) {
            while (!x.empty() && (x.back() == ' ' || x.back() == ',' || x.back() == ':')) x.pop_back();
            std::size_t b = 0;
            while (b < x.size() && (x[b] == ' ' || x[b] == ',')) ++b;
            x.erase(0, b);
        };
        trim(s);
        for (const char* lead : {"các nguồn vốn ", "nguồn vốn ", "vốn ", "nguồn "}) {
            if (starts(s, lead)) s.erase(0, std::string_view(lead).size());
        }
        for (const char* tail : {" giải ngân đạt", " giải ngân", " đạt", " đã giao", " là", " giao"}) {
            const std::string_view tv(tail);
            if (s.size() >= tv.size() && s.compare(s.size() - tv.size(), tv.size(), tv) == 0) s.erase(s.size() - tv.size());
        }
        trim(s);
        return s;
    }

    std::size_t clause_start(std::string_view t, std::size_t at) const {
        std::size_t i = at;
        while (i > 0 && t[i - 1] != ';' && t[i - 1] != ':' && !(t[i - 1] == '.' && (i == t.size() || t[i] == ' '))) --i;
        return i;
    }

    void attainments(const std::vector<SumClaim>& sums, std::vector<Attainment>& out) const {
        std::vector<std::pair<std::string, std::size_t>> plans;
        for (const SumClaim& c : sums) {
            if (!c.plan || c.kind != SumClaim::Kind::Exhaustive) continue;
            for (std::size_t p : c.parts) {
                const std::string_view t = doc.paragraphs[qs[p].paragraph].text;
                std::string key = plan_key(t, clause_start(t, qs[p].byte_begin), qs[p].byte_begin);
                if (key.size() >= 8) plans.emplace_back(std::move(key), p);
            }
        }
        if (plans.empty()) return;
        for (std::size_t k = 0; k < qs.size(); ++k) {
            const Quantity& a = qs[k];
            if (a.role != Role::Quantity || a.percent() || a.is_count() || !quantities.vietnamese(a.paragraph)) continue;
            const std::size_t n = next_in_paragraph(k);
            if (n == std::string::npos || !qs[n].percent()) continue;
            const std::string_view t = doc.paragraphs[a.paragraph].text;
            const std::string between = squeeze(t, a.unit_end, qs[n].byte_begin);
            if (between != ",bằng" && between != ",đạt" && between != ",vượt") continue;
            const std::string after = lower(t.substr(qs[n].unit_end, 24));
            if (!starts(after, " kế hoạch")) continue;
            const std::size_t cs = clause_start(t, a.byte_begin);
            std::size_t ce = t.find(';', qs[n].unit_end);
            if (ce == std::string::npos) ce = t.size();
            if (exclusion(lower(t.substr(cs, ce - cs)))) continue;
            const std::string key = plan_key(t, cs, a.byte_begin);
            for (const auto& [pk, pi] : plans) {
                if (pk == key && pi != k && same_measure(qs[pi], a)) {
                    out.push_back({k, n, pi, between == ",vượt"});
                    break;
                }
            }
        }
    }

    // "tỷ lệ người có đạo trên dân số của đơn vị …: huyện A chiếm 28,7%; huyện B chiếm 23,1%; …":
    // each figure is a rate of its own unit's base, no share of one whole.
    void own_bases(std::vector<ShareGroup>& groups) const {
        std::erase_if(groups, [&](const ShareGroup& g) {
            const Quantity& first = qs[g.shares.front()];
            const auto sentence = quantities.sentence_at(first.paragraph, first.byte_begin);
            const std::string_view t = doc.paragraphs[first.paragraph].text;
            const std::string lead = lower(t.substr(sentence.begin, first.byte_begin - sentence.begin));
            for (const char* own : {"của đơn vị", "của từng", "của mỗi", "từng đơn vị", "mỗi đơn vị", "từng địa phương", "mỗi địa phương"}) {
                if (contains(lead, own)) return true;
            }
            // "… đạt yêu cầu là 92,40%, trong đó … tốt 70,10%, … xuất sắc 18,30%, …": shares of a stated
            // share, which may nest (xuất sắc among tốt), no split of a whole 100 %.
            const std::size_t marker = lead.rfind("trong đó");
            if (marker != std::string::npos) {
                for (std::size_t k = g.shares.front(); k-- > 0 && qs[k].paragraph == first.paragraph && qs[k].byte_begin >= sentence.begin;) {
                    if (qs[k].percent() && qs[k].byte_begin < sentence.begin + marker) return true;
                }
            }
            return false;
        });
    }

    // "trong 96 người, có 42 người là nữ, chiếm 43,75%; 36 người trẻ tuổi, chiếm 37,5%; 21 người
    // là người dân tộc thiểu số, chiếm 21,8%": each share stated with its count. The counts tell
    // what the shares are of: the whole all shares but one imply (a share printed cut short, as
    // 21,8 for 21,875, still implies it). When the counts add up past that whole, the groups
    // overlap (sex, age, ethnicity), and the shares split no whole.
    void counted_shares(std::vector<ShareGroup>& groups) const {
        std::erase_if(groups, [&](const ShareGroup& g) {
            if (g.shares.size() < 2 || g.remainder) return false;
            std::vector<Interval> implied;
            double counts = 0;
            for (std::size_t k : g.shares) {
                const Quantity& share = qs[k];
                const std::string_view t = doc.paragraphs[share.paragraph].text;
                const auto depth = paren_depth(t);
                // The count before the share, past figures in a parenthesis ("30 người trẻ tuổi (dưới 35 tuổi), chiếm").
                std::size_t c = k;
                while (c > 0 && qs[c - 1].paragraph == share.paragraph && depth[qs[c - 1].byte_begin] > depth[share.byte_begin]) --c;
                if (c == 0) return false;
                const Quantity& count = qs[c - 1];
                if (count.paragraph != share.paragraph || !count.is_count() || count.percent() || count.role != Role::Quantity ||
                    share.interval.lo <= 0) {
                    return false;
                }
                std::string link = squeeze(t, std::max(count.unit_end, count.noun_end), share.byte_begin);
                // The words naming the count, then its share: "người là nữ, chiếm", "người trẻ tuổi (chiếm".
                const std::size_t mark = link.find_first_of(",(");
                if (mark == std::string::npos || link.find_first_of(";:)") < mark || phrases::word_count(t.substr(count.noun_end, share.byte_begin - count.noun_end)) > 12) {
                    return false;
                }
                link.erase(0, mark);
                if (!phrases::share_link(link) && link != ",tỷlệ" && link != "(tỷlệ") return false;
                const double unit = std::pow(10.0, -share.numeral.decimals);
                implied.push_back({count.interval.lo / (share.interval.hi + unit / 2) * 100.0, count.interval.hi / share.interval.lo * 100.0});
                counts += count.value();
            }
            // (One share left out only among three or more: with two, neither is the majority.)
            for (std::size_t skip = implied.size() >= 3 ? 0 : implied.size(); skip <= implied.size(); ++skip) {
                double lo = 0, hi = std::numeric_limits<double>::infinity();
                for (std::size_t i = 0; i < implied.size(); ++i) {
                    if (i == skip) continue;
                    lo = std::max(lo, implied[i].lo);
                    hi = std::min(hi, implied[i].hi);
                }
                if (lo <= hi && counts > hi) return true;
            }
            return false;
        });
    }

    void share_groups(std::size_t p, std::vector<ShareGroup>& out) const {
        const std::string_view t = doc.paragraphs[p].text;
        const auto [first, last] = quantities.in(p);
        const auto depth = paren_depth(t);
        if (!contains(t, "chiếm") && !contains(t, "ơ cấu")) return;  // "cơ cấu" / "Cơ cấu"
        const bool structure = contains(t, "ơ cấu");
        for (const SentenceBytes& s : quantities.sentences(p)) {
            const std::string_view raw = t.substr(s.begin, s.end - s.begin);
            if (!contains(raw, "chiếm") && !contains(raw, "ơ cấu")) continue;
            const std::string l = text_lower(p, s.begin, s.end);
            std::size_t chiem = 0;
            for (std::size_t at = l.find("chiếm"); at != std::string::npos; at = l.find("chiếm", at + 1)) ++chiem;
            // With two "chiếm" the sentence lists shares; otherwise only what follows "cơ cấu …:".
            std::size_t from = s.begin;
            if (chiem < 2) {
                const std::size_t cc = l.find("cơ cấu");
                if (cc == std::string::npos) continue;
                const std::size_t colon = l.find(':', cc);
                from = s.begin + (colon == std::string::npos ? cc : colon);
            }
            ShareGroup g;
            g.structure = structure;
            bool counted = true;  // every share so far follows its own count of one noun
            int dated = 0;        // shares with a year of their own before them
            std::string counted_noun;
            std::string whole;
            bool whole_set = false;
            std::size_t previous_end = 0;  // end of the last share taken, or of its change
            for (std::size_t k = first; k < last; ++k) {
                const Quantity& q = qs[k];
                if (q.byte_begin < from || q.byte_end > s.end || !q.percent() || q.role != Role::Quantity) continue;
                std::size_t wb = 0;
                std::string w = lower(word_before(t, q.byte_begin, &wb));
                while (w == "khoảng" || w == "tới" || w == "gần" || w == "trên" || w == "đến") w = lower(word_before(t, wb, &wb));
                // "chiếm tỷ trọng X%" is "chiếm X%": "tỷ trọng" is the verb's object, the share.
                if (w == "trọng") {
                    std::size_t wb2 = 0;
                    const std::string ty = lower(word_before(t, wb, &wb2));
                    if ((ty == "tỷ" || ty == "tỉ") && lower(word_before(t, wb2)) == "chiếm") w = "chiếm";
                }
                const bool chiem_word = w == "chiếm";
                static const char* const kNotShare[] = {"tăng", "giảm", "hạ", "đạt", "bằng", "vượt", "là", "còn", "lệ", "gấp", "được", "trọng", "độ", "suất"};
                bool other = false;
                for (const char* x : kNotShare) other = other || w == x;
                if (other || w.empty()) continue;
                if (!chiem_word && depth[q.byte_begin] > 0) continue;
                // "mầm non có 6/9 trường đạt chuẩn, chiếm 66,7%": a rate of its own fraction, stated
                // after it in its clause, not a share of the whole.
                if (k > first && qs[k - 1].role == Role::Fraction && qs[k - 1].byte_begin >= std::max(from, previous_end) &&
                    text_lower(p, qs[k - 1].byte_end, q.byte_begin).find_first_of(";.") == std::string::npos) {
                    continue;
                }
                // "chiếm 62,3%, tăng 4,5% (Công nghiệp chiếm 54,1%; xây dựng chiếm 8,2%)": a
                // parenthesis right after a share breaks that share down; it is not the whole's.
                if (depth[q.byte_begin] > 0 && previous_end && squeeze(t, previous_end, t.rfind('(', q.byte_begin)).empty() &&
                    depth[previous_end] < depth[q.byte_begin]) {
                    continue;
                }
                // After the figure: a clause end (a bare share) or the name of the whole.
                std::size_t j = q.unit_end;
                while (j < t.size() && (t[j] == ' ' || t[j] == '*')) ++j;
                std::string after_whole;
                // "chiếm 15% và các loại khác chiếm 9%": "và" joins the next share like a comma.
                const bool joined = t.compare(j, 4, "và ") == 0;
                if (j < s.end && t[j] != ',' && t[j] != ';' && t[j] != '.' && t[j] != ')' && !joined) {
                    if (!chiem_word) continue;
                    std::size_t e = j;
                    while (e < s.end && t[e] != ',' && t[e] != ';' && t[e] != ')' && t[e] != '(') ++e;
                    after_whole = lower(t.substr(j, e - j));
                }
                // "A chiếm 40% tổng số …, bao gồm a (chiếm 50%) và b (chiếm 38,7%)": shares after a
                // breakdown of the last share's part are of that part's own wholes.
                const std::string since = previous_end ? text_lower(p, previous_end, q.byte_begin) : std::string();
                // "A chiếm 48% và B chiếm 35%, hai mặt hàng cộng lại chiếm 83%": the shares' own sum,
                // no share of another part; the list ends there.
                if (whole_set && (contains(since, "cộng lại") || contains(since, "tổng cộng") || contains(since, "gộp lại") ||
                                  contains(since, "cộng chung") || contains(since, "tính chung"))) {
                    break;
                }
                if (whole_set && (contains(since, "gồm") || contains(since, "trong đó"))) {
                    g.shares.clear();
                    break;
                }
                if (!whole_set) {
                    whole = after_whole;
                    whole_set = true;
                } else if (after_whole != whole && !after_whole.empty()) {
                    g.shares.clear();
                    break;
                }
                // "các huyện còn lại chiếm 25%", "còn lại đều dưới 1%": the rest of the whole.
                const std::string lead = words_before(t, q.byte_begin, 5);
                if (contains(lead, "còn lại")) {
                    g.remainder = g.shares.size();
                    g.remainder_each = contains(lead, "đều");
                }
                const Quantity* own = k > first ? &qs[k - 1] : nullptr;
                if (own && (own->role != Role::Quantity || !own->is_count() || own->noun.empty() || own->byte_begin < std::max(from, previous_end) ||
                            text_lower(p, own->byte_end, q.byte_begin).find_first_of(";.") != std::string::npos)) {
                    own = nullptr;
                }
                counted = counted && own && (counted_noun.empty() || own->noun == counted_noun);
                if (own) counted_noun = own->noun;
                // "năm 2019 là 820 hộ, chiếm 14%; năm 2020 là 1.310, chiếm 22%": one share a year.
                for (std::size_t y = first; y < k; ++y) {
                    if (qs[y].role == Role::Year && qs[y].byte_begin >= std::max(from, previous_end)) {
                        ++dated;
                        break;
                    }
                }
                g.shares.push_back(k);
                std::optional<std::pair<std::size_t, int>> change;
                const std::size_t n = next_in_paragraph(k);
                if (n != std::string::npos && qs[n].percent() && qs[n].byte_end <= s.end) {
                    const std::string between = squeeze(t, q.unit_end, qs[n].byte_begin);
                    if (between == ",tăng") change = std::make_pair(n, +1);
                    if (between == ",giảm") change = std::make_pair(n, -1);
                }
                g.changes.push_back(change);
                previous_end = change ? qs[change->first].unit_end : q.unit_end;
            }
            // "có 1.180 hộ là người dân tộc thiểu số, chiếm 94,4%; 210 hộ thuộc diện bảo trợ xã hội,
            // chiếm 16,8%; …": groups of one whole counted each with its share may overlap (one
            // household in several). Their counts decide; the shares need not make 100 %.
            if (counted || dated >= 2) continue;
            // "chia theo nơi: … 30%, … 70%; chia theo người: … 45%, … 55%": shares that make 100 %
            // and go on start the shares of another whole.
            double running = 0;
            bool several = false;
            for (std::size_t k = 0; k + 1 < g.shares.size(); ++k) {
                running += qs[g.shares[k]].value();
                several = several || (k >= 1 && std::fabs(running - 100) <= 0.5);
            }
            if (several) continue;
            if (g.shares.size() == 2 && whole_named(l, qs[g.shares.front()].byte_begin - s.begin) && near_whole(g.shares)) {
                out.push_back(std::move(g));
            } else if (g.shares.size() >= 3 && !overlaps(out, g.shares)) {
                out.push_back(std::move(g));
            }
        }
    }

    // The sentence announces one whole before its first share at byte `at` (of the sentence `l`):
    // a structure and a colon ("Cơ cấu dư nợ theo kỳ hạn: …"), or "Trong tổng số …," opening it.
    // Two shares are then that whole's parts.
    static bool whole_named(const std::string& l, std::size_t at) {
        const std::size_t cc = l.find("cơ cấu");
        if (cc != std::string::npos && cc < at && l.find(':', cc) < at) return true;
        std::size_t b = 0;
        while (b < l.size() && l[b] == ' ') ++b;
        return starts(std::string_view(l).substr(b), "trong tổng số ") && l.find(',', b) < at;
    }

    // Shares that come within 5 points of 100 %: a whole's, not some of its parts.
    bool near_whole(const std::vector<std::size_t>& shares) const {
        double sum = 0;
        for (std::size_t k : shares) sum += qs[k].value();
        return std::fabs(sum - 100) <= 5;
    }

    static bool overlaps(const std::vector<ShareGroup>& groups, const std::vector<std::size_t>& shares) {
        for (auto g = groups.rbegin(); g != groups.rend() && g != groups.rbegin() + 4; ++g) {
            for (std::size_t k : shares) {
                if (std::find(g->shares.begin(), g->shares.end(), k) != g->shares.end()) return true;
            }
        }
        return false;
    }

    // A run of three or more percentages joined only by ",", ";" or "và" after "là", closing its
    // clause, in a sentence naming one structure ("Tỷ trọng khách A, B và C … lần lượt là a%, b%
    // và c%", "Cơ cấu kinh tế (…) tương ứng là a%; b%; c%; d%"): the shares of its whole. Not in a
    // sentence of change ("tăng", "giảm", "so với"), of two "tỷ trọng" (several wholes) or of
    // several years (one part's share over time).
    void share_lists(std::size_t p, std::vector<ShareGroup>& out) const {
        const std::string_view t = doc.paragraphs[p].text;
        if (!contains(t, "ơ cấu") && !contains(t, "ỷ trọng")) return;
        const auto [first, last] = quantities.in(p);
        for (const SentenceBytes& s : quantities.sentences(p)) {
            const std::string l = text_lower(p, s.begin, s.end);
            std::size_t weights = 0;
            for (std::size_t at = l.find("tỷ trọng"); at != std::string::npos; at = l.find("tỷ trọng", at + 1)) ++weights;
            if (weights > 1 || (weights == 0 && !contains(l, "cơ cấu"))) continue;
            for (std::size_t k = first; k < last; ++k) {
                const Quantity& q = qs[k];
                if (q.byte_begin < s.begin || q.byte_end > s.end || !q.percent() || q.role != Role::Quantity) continue;
                if (lower(word_before(t, q.byte_begin)) != "là") continue;
                std::vector<std::size_t> run{k};
                while (run.back() + 1 < last) {
                    const Quantity& n = qs[run.back() + 1];
                    if (n.byte_end > s.end || !n.percent() || n.role != Role::Quantity) break;
                    const std::string sep = squeeze(t, qs[run.back()].unit_end, n.byte_begin);
                    if (sep != "," && sep != ";" && sep != "và" && sep != ",và" && sep != ";và") break;
                    run.push_back(run.back() + 1);
                }
                std::size_t e = qs[run.back()].unit_end;
                while (e < s.end && t[e] == ' ') ++e;
                const bool closes = e >= s.end || t[e] == '.' || t[e] == ';' || t[e] == ',' || t[e] == ')';
                const std::string lead = text_lower(p, s.begin, q.byte_begin);
                int years = 0;
                for (std::size_t y = first; y < k; ++y) years += qs[y].role == Role::Year && qs[y].byte_begin >= s.begin;
                const bool change = contains(lead, "tăng") || contains(lead, "giảm") || contains(lead, "so với") || contains(lead, "so cùng");
                if (run.size() >= 3 && closes && !change && years < 2 && !contains(lead, "các năm")) {
                    ShareGroup g;
                    g.structure = contains(l, "cơ cấu");
                    g.shares = run;
                    g.changes.assign(run.size(), std::nullopt);
                    out.push_back(std::move(g));
                }
                k = run.back();
            }
        }
    }

    // Shares one a line under a structure's heading ending in a colon ("Cơ cấu khách du lịch năm
    // 2024:" then "+ Khách nội địa: a%;" …): each line a label, a colon and one percentage.
    void share_lines(std::size_t p, std::vector<ShareGroup>& out) const {
        const std::string_view t = doc.paragraphs[p].text;
        std::size_t end = t.size();
        while (end > 0 && t[end - 1] == ' ') --end;
        if (end == 0 || t[end - 1] != ':' || !contains(t, "ơ cấu")) return;
        const auto [hb, he] = quantities.in(p);
        for (std::size_t k = hb; k < he; ++k) {
            if (qs[k].percent()) return;
        }
        ShareGroup g;
        g.structure = true;
        for (std::size_t n = p + 1; n < doc.paragraphs.size(); ++n) {
            const std::string_view line = doc.paragraphs[n].text;
            const auto [b, e] = quantities.in(n);
            if (!bullet(line) || e != b + 1) break;
            const Quantity& q = qs[b];
            std::size_t c = q.byte_begin;
            while (c > 0 && line[c - 1] == ' ') --c;
            const std::string rest = squeeze(line, q.unit_end, line.size());
            if (!q.percent() || q.role != Role::Quantity || c == 0 || line[c - 1] != ':' || !(rest.empty() || rest == ";" || rest == ".")) break;
            g.shares.push_back(b);
        }
        if (g.shares.size() >= 3) {
            g.changes.assign(g.shares.size(), std::nullopt);
            out.push_back(std::move(g));
        }
    }

    void counts(std::size_t p, std::vector<CountClaim>& out) const {
        const std::string_view t = doc.paragraphs[p].text;
        const auto [first, last] = quantities.in(p);
        for (std::size_t k = first; k < last; ++k) {
            const Quantity& q = qs[k];
            const bool fraction = q.role == Role::Fraction;
            if (!(q.role == Role::Quantity || fraction) || !q.is_count() || q.numeral.style != Numeral::Style::Plain ||
                q.numeral.value < 2 || q.numeral.value > 60) {
                continue;
            }
            // "từ 3 tính năng trở lên: đo, đếm, …", "ít nhất 2 …": a bound names a kind, it counts no list.
            if (q.hedge != Hedge::None && q.hedge != Hedge::Estimate) continue;
            // "21 Bao gồm: …": a footnote number run into the text counts nothing; a count
            // names what it counts in lower case or as an abbreviation ("04 KCN").
            if (title_case_word_at(t, q.byte_end)) continue;
            // "5G", "4G": a letter run into the number makes a name.
            if (q.byte_end < t.size() && std::isalpha(static_cast<unsigned char>(t[q.byte_end]))) continue;
            // "tỷ lệ tiêm mũi 2 dưới 50% là: …": a word of grammar after the number is no noun it counts;
            // the number names an item ("mũi 2", "lần 3").
            if (words::is_grammatical_word(q.noun)) continue;
            // "một trong 7 chỉ tiêu …: …" picks one of the seven and quotes it.
            if (lower(words_before(t, q.byte_begin, 2)) == "một trong" || lower(words_before(t, q.byte_begin, 3)) == "một trong số") continue;
            const SentenceBytes s = quantities.sentence_at(p, q.byte_begin);
            std::size_t colon = t.find(':', q.unit_end);
            // "4 huyện chưa hoàn thành … là Phú Ninh, Tiên Phước, …": names after "là" list too.
            bool names_only = false;
            // So do names after "gồm" ("4 địa phương dẫn đầu gồm Bắc Ninh, …").
            if (colon == std::string::npos || colon >= s.end) {
                const std::string after = text_lower(p, q.unit_end, s.end);
                std::size_t la = after.find(" là ");
                std::size_t word = std::string_view(" là").size();
                if (const std::size_t gom = after.find(" gồm "); gom < la) {
                    la = gom;
                    word = std::string_view(" gồm").size();
                }
                if (la == std::string::npos) continue;
                colon = q.unit_end + la + word;
                names_only = true;
            }
            // A nearer count before the list is what it lists (a measure or a date between, "5 tỉnh đạt
            // kim ngạch trên 1 tỷ USD, lần lượt là …", "… tính hết tháng 4 bao gồm: …", names the
            // counted things).
            std::size_t next = next_in_paragraph(k);
            // So does a rate ("4 địa phương đạt tỷ lệ bao phủ trên 98%, gồm: …").
            while (next != std::string::npos && qs[next].byte_end <= colon &&
                   ((qs[next].role == Role::Quantity && !qs[next].is_count()) || qs[next].role == Role::Year ||
                    qs[next].role == Role::Date || qs[next].role == Role::Name)) {
                next = next_in_paragraph(next);
            }
            if (next != std::string::npos && qs[next].byte_end <= colon) continue;
            // "16 trường … gồm có: 5 trường tiểu học …: A; B; …": the list opens with a group counting
            // the count's noun, its names that group's.
            if (next != std::string::npos && qs[next].is_count() && qs[next].noun == q.noun &&
                t.substr(colon + 1, qs[next].byte_begin - colon - 1).find_first_not_of(" *-") == std::string_view::npos) {
                continue;
            }
            const std::string gap = text_lower(p, q.unit_end, colon);
            // "Dự án 2:", "Vùng Cảnh sát biển 3:": a number naming what it ends counts nothing.
            if (gap.find_first_not_of(' ') == std::string::npos) continue;
            if (gap.find_first_of(";()") != std::string::npos) continue;
            // (The name of what is counted: the words up to a comma that only links the list.)
            // Longer before a comma and an explicit "gồm" ("6 xã được công nhận đạt chuẩn nông thôn
            // mới nâng cao, gồm: …").
            const std::string named_part = gap.substr(0, gap.find(','));
            const bool linked = gap.find(',') != std::string::npos && (gap.ends_with(", gồm") || gap.ends_with(", bao gồm"));
            // (A time in it, "trong tháng 6", "năm 2024", names when, not what: its two words are not counted.)
            long dated = 0;
            for (std::size_t j = k + 1; j < last && qs[j].byte_begin < colon; ++j) dated += qs[j].role == Role::Date || qs[j].role == Role::Year ? 2 : 0;
            if (std::count(named_part.begin(), named_part.end(), ' ') - dated > (linked ? 16 : 10)) continue;
            // "3 năm liền: năm 2019 …; năm 2020 …": a span of time qualifies what is counted after
            // it, no count of the items listed.
            const std::string span = text_lower(p, std::max(q.unit_end, q.noun_end), colon);
            if (duration(q.noun) && (starts(span, " liền") || starts(span, " liên tục") || starts(span, " liên tiếp"))) continue;
            // "Ước thực hiện 9 tháng cho thấy: …": a span of time announces results, not items;
            // only a list of the times themselves ("trong 3 năm: năm 2021 …; năm 2022 …") counts them.
            if (duration(q.noun)) {
                const std::string list = text_lower(p, colon, s.end);
                std::size_t named = 0;
                for (std::size_t at = list.find(q.noun); at != std::string::npos; at = list.find(q.noun, at + 1)) ++named;
                if (named < 2) continue;
            }
            // "9 di tích … trên địa bàn các tỉnh: A, B, C": a plural noun of its own before the colon
            // is what the list names, not the count's noun.
            if ((contains(gap + " ", " các ") || contains(gap + " ", " những ")) && !contains(gap, "gồm")) continue;
            // "… giỏi 4 cấp nhiều là: A (17.620 hộ), B …", "3 cấp nhất là:": a ranking names the
            // first few of what it ranks, no list of the N counted.
            if (contains(" " + gap + " ", " nhất ") || contains(" " + gap + " ", " nhiều ")) continue;
            const std::size_t comma = gap.find(',');
            if (comma != std::string::npos) {
                std::string rest = gap.substr(comma + 1);
                while (!rest.empty() && rest[0] == ' ') rest.erase(0, 1);
                if (rest != "gồm" && rest != "bao gồm" && rest != "cụ thể" && rest != "lần lượt là") continue;
            }
            CountClaim c;
            c.count = k;
            c.list_begin = colon + 1;
            // "Có 05 nhóm hàng giảm doanh thu như: …", "… điển hình như: …": examples of the N, some of them.
            const bool examples = (" " + gap).ends_with(" như") || (" " + gap).ends_with(" như là");
            // "… 4 dự án: || - A; || - B; …": a line ending in the colon, its items one a line.
            if (!names_only && t.find_first_not_of(' ', colon + 1) == std::string::npos) {
                if (!lead_in(t, k, gap) || !item_lines(p, c)) continue;
            } else if (!list_items(t, colon + 1, s.end, q.noun, c)) {
                continue;
            }
            // "18 người mất tích, gồm: Hà Giang 2 người; Bắc Kạn 5 người; …": items counting the
            // count's own thing break the count down (a sum), they do not enumerate it; so do items
            // with a bare figure, the noun understood ("27 sự cố, gồm Bắc Ninh 2, Hà Nội 1, …").
            // So do item lines counting it ("46 tỉnh, cụ thể: || - … 44 tỉnh; || - … 02 tỉnh").
            {
                int counted = 0;
                for (std::size_t j = k + 1; j < last && qs[j].byte_begin < c.list_end; ++j) {
                    if (qs[j].byte_begin < c.list_begin || qs[j].role != Role::Quantity || !qs[j].is_count()) continue;
                    if (qs[j].noun == q.noun || ((qs[j].noun.empty() || qs[j].noun == "và") && elliptic_part(j))) ++counted;
                }
                if (c.list_end == c.list_begin) {
                    for (std::size_t line = p + 1; line <= p + static_cast<std::size_t>(c.items) && line < doc.paragraphs.size(); ++line) {
                        const auto [from, to] = quantities.in(line);
                        for (std::size_t j = from; j < to; ++j) counted += qs[j].is_count() && qs[j].noun == q.noun ? 1 : 0;
                    }
                }
                if (counted >= 2) continue;
            }
            // "12 công trình, cụ thể: 01 bảng tin; 04 cầu; 07 sân chơi": items each opening with a
            // figure break the count down by their own counts (a sum), whatever they count.
            if (c.list_end > c.list_begin && items_open_with_figures(t.substr(c.list_begin, c.list_end - c.list_begin))) continue;
            // Names after "là" only when they open right after it and run to the sentence end.
            if (names_only && (c.joined > 0 || !title_case_word_at(t, t.find_first_not_of(' ', colon)) ||
                               text_lower(p, c.list_end, s.end).find_first_not_of(" .;") != std::string::npos)) {
                continue;
            }
            for (std::size_t j = first; j < k; ++j) {
                if (qs[j].byte_begin >= s.begin && qs[j].is_count() && qs[j].numeral.decimals == 0 && !qs[j].noun.empty()) {
                    c.other_counts.push_back(static_cast<int>(qs[j].numeral.value));
                }
            }
            // Names after a bare "gồm" belong to the one count of the sentence before it: with two
            // ("Có 5 xã đạt 19 tiêu chí gồm …") no telling which they list.
            if (names_only && (" " + gap).ends_with(" gồm")) {
                bool other = false;
                for (std::size_t j = first; j < last && qs[j].byte_begin < colon; ++j) {
                    other = other || (j != k && qs[j].byte_begin >= s.begin && qs[j].role == Role::Quantity && qs[j].is_count());
                }
                if (other) continue;
            }
            // "có 15 chỉ tiêu: A; B;" closing its paragraph on a separator: the list goes on
            // beyond it (the next paragraph, or the text was cut).
            const std::size_t last_char = t.find_last_not_of(' ');
            const bool cut = last_char != std::string_view::npos && (t[last_char] == ';' || t[last_char] == ',') &&
                             t.substr(c.list_end).find_first_not_of(" ;,") == std::string_view::npos;
            c.partial = c.partial || examples || cut;
            out.push_back(c);
        }
    }

    // Two items or more of a list (pieces between ';', or ',' when there is none) open with a figure.
    static bool items_open_with_figures(std::string_view list) {
        const char sep = list.find(';') != std::string_view::npos ? ';' : ',';
        int opening = 0;
        for (std::size_t from = 0; from <= list.size();) {
            std::size_t to = list.find(sep, from);
            if (to == std::string_view::npos) to = list.size();
            // ("5,07": a decimal comma separates nothing.)
            if (sep == ',' && to < list.size() && to > 0 && std::isdigit(static_cast<unsigned char>(list[to - 1])) != 0 &&
                to + 1 < list.size() && std::isdigit(static_cast<unsigned char>(list[to + 1])) != 0) {
                to = list.find(sep, to + 1);
                if (to == std::string_view::npos) to = list.size();
            }
            const std::size_t lead = list.find_first_not_of(" *-+", from);
            if (lead != std::string_view::npos && lead < to && std::isdigit(static_cast<unsigned char>(list[lead])) != 0) {
                // (An item's number, "1.Ông …; 2. Bà …", "1) …", counts nothing.)
                std::size_t e = lead;
                while (e < to && std::isdigit(static_cast<unsigned char>(list[e])) != 0) ++e;
                const bool marker = e < to && (list[e] == ')' || (list[e] == '.' && (e + 1 >= to || std::isdigit(static_cast<unsigned char>(list[e + 1])) == 0)));
                if (!marker) ++opening;
            }
            from = to + 1;
        }
        return opening >= 2;
    }

    // "đề tài khoa học và công nghệ": "và" joining two nouns of a name (a word or three after it,
    // no verb or plural), not opening another clause ("… và đã giải quyết").
    static bool joins_name(const std::string& named) {
        const std::size_t at = named.rfind(" và ");
        if (at == std::string::npos || named.find(" và ") != at) return false;
        const auto after = phrases::words_of(named.substr(at + std::string_view(" và ").size()));
        if (after.empty() || after.size() > 3) return false;
        for (const auto& w : after) {
            if (w == "đã" || w == "đang" || w == "được" || w == "các" || w == "những" || w == "mỗi" || w == "có") return false;
        }
        return true;
    }

    // A line leading in its items one a line names what it counts right before the colon ("khởi
    // công 4 công trình trọng điểm:"), not a purpose ("30 trang → phải đọc hết để:"), a pairing
    // ("2 đỉnh … với đỉnh …:") or a citation ("công trình [23] bao gồm:").
    bool lead_in(std::string_view t, std::size_t k, const std::string& gap) const {
        const std::size_t b = qs[k].byte_begin;
        if (b > 0 && t[b - 1] == '[') return false;
        return gap.find_first_of("[]→") == std::string::npos && !contains(gap, " với ") && !gap.ends_with(" để") && !gap.ends_with(" để ");
    }

    // The paragraphs after `p` that are items of one list: each opens with the marker of the
    // first ("-", "+", "•", "a)" in order), up to the first that does not. Items holding "và" may
    // be two.
    bool item_lines(std::size_t p, CountClaim& c) const {
        std::string marker;
        int n = 0;
        for (std::size_t q = p + 1; q < doc.paragraphs.size(); ++q) {
            const std::string_view line = doc.paragraphs[q].text;
            const std::size_t at = line.find_first_not_of(' ');
            if (at == std::string_view::npos) break;
            std::string lead;
            for (const char* m : {"-", "+", "•", "–"}) {
                if (line.substr(at).starts_with(m)) lead = m;
            }
            // Lettered items in order: "a) …", "b) …".
            if (lead.empty() && at + 1 < line.size() && line[at] == 'a' + n && line[at + 1] == ')') lead = "a)";
            if (lead.empty() || (!marker.empty() && lead != marker)) break;
            // "- Nhiệm vụ đã triển khai: (1) …; (2) …": a group of items under a label, no item.
            if (contains(line, ":")) return false;
            marker = lead;
            ++n;
            if (contains(line, " và ")) ++c.joined;
        }
        c.items = n;
        c.list_end = c.list_begin;
        return n >= 2;
    }

    // The words from `at` to the next comma (at most six, no figure or other mark) are followed by
    // a capitalised word.
    static bool name_goes_on(std::string_view t, std::size_t at, std::size_t to) {
        // The next separator: a comma, or "và" before the last name ("Bơi, Điền kinh và Cầu lông").
        const std::size_t and_at = t.find(" và ", at);
        const std::size_t comma = std::min(t.find(',', at), and_at);
        if (comma == std::string_view::npos || comma >= to) return false;
        const std::string_view words = t.substr(at, comma - at);
        if (words.find_first_of("0123456789;:()&.") != std::string_view::npos || std::count(words.begin(), words.end(), ' ') > 6) return false;
        const std::size_t next = t.find_first_not_of(' ', comma + (comma == and_at ? std::string_view(" và ").size() : 1));
        return next != std::string_view::npos && next < to && title_case_word_at(t, next);
    }

    // At most two words, no figure, from `at` to the next separator (',', ';', " và ").
    static bool short_rest(std::string_view t, std::size_t at, std::size_t to) {
        const std::size_t sep = std::min({t.find(',', at), t.find(';', at), t.find(" và ", at), to});
        const std::string_view words = t.substr(at, sep - at);
        return words.find_first_of("0123456789:()") == std::string_view::npos && std::count(words.begin(), words.end(), ' ') <= 1;
    }

    // "A, B, mỗi tỉnh 50 tỷ đồng; C, D, mỗi tỉnh 70 tỷ đồng": names going on after a ';' further on.
    static bool names_after_semicolon(std::string_view t, std::size_t at, std::size_t to) {
        for (std::size_t semi = t.find(';', at); semi != std::string_view::npos && semi < to; semi = t.find(';', semi + 1)) {
            const std::size_t next = t.find_first_not_of(' ', semi + 1);
            if (next != std::string_view::npos && next < to && title_case_word_at(t, next)) return true;
        }
        return false;
    }

    // A separator of items (',', ';', " và ") between `at` and `to`.
    static bool more_items(std::string_view t, std::size_t at, std::size_t to) {
        const std::string_view rest = t.substr(at, to - at);
        return rest.find_first_of(",;") != std::string_view::npos || rest.find(" và ") != std::string_view::npos;
    }

    // Comma-separated clauses of a ';' item that each state a figure ("tăng 198 vụ (+5%), tăng 247
    // vụ khám phá; …"): a list whose items are the clauses rather than the ';' pieces.
    static int figure_clauses(std::string_view piece) {
        int clauses = 0, depth = 0;
        bool figure = false;
        for (std::size_t i = 0; i < piece.size(); ++i) {
            const char ch = piece[i];
            if (ch == '(') ++depth;
            if (ch == ')' && depth > 0) --depth;
            if (depth == 0 && std::isdigit(static_cast<unsigned char>(ch)) != 0) figure = true;
            // "5,07" is a decimal comma, no separator
            const bool decimal = i + 1 < piece.size() && std::isdigit(static_cast<unsigned char>(piece[i + 1])) != 0;
            if (depth == 0 && ch == ',' && !decimal) {
                clauses += figure ? 1 : 0;
                figure = false;
            }
        }
        return std::max(1, clauses + (figure ? 1 : 0));
    }

    static bool list_items(std::string_view t, std::size_t from, std::size_t to, std::string_view noun, CountClaim& c) {
        const std::string_view list = t.substr(from, to - from);
        c.partial = contains(list, "...") || contains(list, "…");
        // Numbered items "(1) …; (2) …".
        std::size_t i = from;
        while (i < to && (t[i] == ' ' || t[i] == '*')) ++i;
        if (i + 2 < to && t[i] == '(' && t[i + 1] == '1' && t[i + 2] == ')') {
            int n = 1;
            while (t.find("(" + std::to_string(n + 1) + ")", i) < to) ++n;
            c.items = n;
            c.list_end = to;
            return true;
        }
        // Numbered items "1. …; 2. …" ("1.Ông A …; 2. Bà B …": the space after the point may be missing).
        if (i + 1 < to && t[i] == '1' && t[i + 1] == '.' && (i + 2 >= to || !std::isdigit(static_cast<unsigned char>(t[i + 2])))) {
            int n = 1;
            auto marker = [&](int k) {
                const std::string m = std::to_string(k) + ".";
                for (std::size_t at = t.find(m, i); at < to; at = t.find(m, at + 1)) {
                    const bool opens = at > 0 && (t[at - 1] == ' ' || t[at - 1] == ';');
                    const bool decimal = at + m.size() < t.size() && std::isdigit(static_cast<unsigned char>(t[at + m.size()]));
                    if (opens && !decimal) return true;
                }
                return false;
            };
            while (marker(n + 1)) ++n;
            if (n >= 2) {
                c.items = n;
                c.list_end = to;
                return true;
            }
        }
        // Names: runs of capitalised words ("Sơn Động, Lục Ngạn"; "Mỹ Thái - Xuân Hương" is one).
        int items = 0;
        bool in_item = false;
        std::size_t pos = from;
        std::size_t end = to;
        static const char* const kClass[] = {"huyện", "xã", "thị", "trấn", "thành", "phố", "tỉnh", "phường", "quận", "thôn", "ấp", "đảo", "và", "các"};
        int paren = 0;  // "Quảng Thọ (Quảng Điền)": a name's annotation is no item
        bool after_and = false, last_item = false;
        bool lower_names = false, cut_in_name = false;
        while (pos < to) {
            while (pos < to && t[pos] == ' ') ++pos;
            std::size_t e = pos;
            while (e < to && t[e] != ' ') ++e;
            if (e == pos) break;
            std::string_view tok = t.substr(pos, e - pos);
            if (paren > 0 || tok.front() == '(') {
                paren += static_cast<int>(std::count(tok.begin(), tok.end(), '(')) - static_cast<int>(std::count(tok.begin(), tok.end(), ')'));
                if (paren < 0) paren = 0;
                if (paren == 0 && !tok.empty() && (tok.back() == ',' || tok.back() == ';')) in_item = false;
                pos = e;
                continue;
            }
            std::string core(tok);
            while (!core.empty() && (core.back() == ',' || core.back() == ';' || core.back() == '.' || core.back() == '*')) core.pop_back();
            while (!core.empty() && core[0] == '*') core.erase(0, 1);
            // ("TP. Lai Châu": the point of an abbreviation separates nothing.)
            const bool abbreviation = tok.back() == '.' && abbreviation_with_point(tok.substr(0, tok.size() - 1));
            const bool sep_after = core.size() != tok.size() && (tok.back() == ',' || tok.back() == ';' || tok.back() == '.') && !abbreviation;
            if (core == "-" || core == "–") {
                // hyphen joins a multi-name item
            } else if (!core.empty() && (std::isdigit(static_cast<unsigned char>(core[0])) != 0)) {
                // a figure inside an item ("Tàu BĐ 97258 TS", "Quốc lộ 14") goes on with it
            } else if (first_upper(core)) {
                if (!in_item) {
                    ++items;
                    last_item = after_and;
                }
                in_item = true;
            } else {
                // The counted noun may open each name ("8 trường …: trường Dương Bạch Mai; …").
                bool cls = !noun.empty() && lower(core) == noun;
                for (const char* w : kClass) cls = cls || lower(core) == w;
                // "gồm: Bộ KH&ĐT, Bộ Tài chính, Ngân hàng Nhà nước Việt Nam, …": a name may go on in
                // lower case when a few words on, after a comma, the next name opens.
                const bool name_word = in_item && !after_and && lower(core) != "và" && lower(core) != "các" && name_goes_on(t, pos, to);
                lower_names = lower_names || name_word;
                if (!cls && !name_word) {
                    // Names that went on in lower case may go on here too: the list read so far
                    // may be short of its end.
                    // So may a list going on after the cut with items in lower case ("Bơi, Điền kinh,
                    // cầu lông, … và cờ vua"), cut at an item's start or a word or two before the next
                    // separator, not at a clause ("Lục Nam đang triển khai …"): only a list longer than
                    // stated is then sure.
                    cut_in_name = (lower_names && in_item && !after_and && more_items(t, pos, to)) || names_after_semicolon(t, pos, to) ||
                                  (!after_and && items > 0 && more_items(t, pos, to) && (!in_item || short_rest(t, pos, to)));
                    end = pos;
                    break;
                }
                // "… và các huyện A, B, C": a plural after "và" opens a group of names, not the last one.
                after_and = (after_and || lower(core) == "và") && lower(core) != "các";
                in_item = name_word;
            }
            // "tại 3 xã: A, B và C, Thanh tra huyện …": the item after "và" is the last.
            if (sep_after && last_item) {
                end = e;
                break;
            }
            if (sep_after) in_item = false;
            if (tok.size() >= 1 && tok.back() == '.' && !(tok.size() >= 3 && tok.substr(tok.size() - 3) == "...") && !abbreviation) {
                end = e;
                break;
            }
            pos = e;
        }
        if (items >= 2) {
            // "…/27 tàu: Sở Nông nghiệp và Phát triển nông thôn đã gửi …": two names joined by "và",
            // the second going on in lower case, then a verb of tense: one agency's name, the
            // subject of a clause, no list.
            if (items == 2 && last_item) {
                const auto next = phrases::words_of(lower(t.substr(end, to - end)));
                for (std::size_t w = 1; w < next.size() && w < 5; ++w) {
                    if (next[w] == "đã" || next[w] == "đang" || next[w] == "sẽ" || next[w] == "vừa" || next[w] == "được" || next[w] == "đều") return false;
                }
            }
            c.items = items;
            c.list_end = end;
            c.partial = c.partial || cut_in_name;
            return true;
        }
        // Clauses separated by ";", starting with the same case: a change of case ends the list.
        // The first item may be capitalised after the colon, and an item opening with an acronym
        // ("GRDP bình quân") or a figure has no case.
        if (list.find(';') == std::string_view::npos) return false;
        int n = 0;
        int expected = 0;  // 1 capitalised, -1 lowercase, 0 not yet known
        std::size_t seg = from;
        while (seg < to) {
            std::size_t e = t.find(';', seg);
            if (e == std::string::npos || e > to) e = to;
            std::string_view piece = t.substr(seg, e - seg);
            if (piece.find_first_not_of(" *") == std::string_view::npos) return false;  // ":;", "; ;": no list
            // "…; Giáo dục giảm 0,85%; và Bưu chính viễn thông …": "và" opening the last item.
            if (const std::size_t lead = piece.find_first_not_of(" *"); n > 0 && piece.substr(lead).starts_with("và ")) {
                piece.remove_prefix(lead + std::string_view("và ").size());
            }
            // A name of two capitalised words ("Ban Quản lý …") has no case, as an acronym.
            const std::size_t lead = piece.find_first_not_of(" *");
            const std::size_t second = piece.find(' ', lead);
            const bool name = title_case_word_at(piece, 0) && second != std::string_view::npos && title_case_word_at(piece, second);
            const int letter_case = name ? 0 : title_case_word_at(piece, 0) ? 1 : lower_word_at(piece) ? -1 : 0;
            if (n > 0 && letter_case != 0 && expected != 0 && letter_case != expected) break;
            if (n > 0 && piece.find(':') != std::string_view::npos) break;
            if (n > 0 && expected == 0) expected = letter_case;
            ++n;
            // "…; Trà A, trà B và trà C của Công ty D; …": an item may list several, "A, B và C".
            if (contains(piece, " và ")) c.joined += 1 + static_cast<int>(std::count(piece.begin(), piece.end(), ','));
            c.joined += figure_clauses(piece) - 1;
            c.list_end = e;
            seg = e + 1;
        }
        c.items = n;
        return n >= 2;
    }
};

}  // namespace

Claims::Claims(const Analysis& analysis) {
    const auto& doc = analysis.get<NumbersText>().document();
    const auto& quantities = analysis.get<Quantities>();
    Builder b{doc, quantities, quantities.all()};
    for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
        if (!quantities.vietnamese(p)) continue;
        b.parentheses(p, sums_);
        b.markers(p, sums_);
        b.among(p, sums_);
        b.colon_lists(p, sums_);
        b.part_before_whole(p, sums_);
        b.paragraph_subsets(p, sums_);
        b.raised_totals(p, sums_);
        b.raised_by_change(p, sums_);
        b.totals_after(p, sums_);
        b.composition_lines(p, sums_);
        b.total_line(p, sums_);
        b.share_lists(p, shares_);
        b.share_lines(p, shares_);
        b.share_groups(p, shares_);
        b.counts(p, counts_);
    }
    b.own_bases(shares_);
    b.counted_shares(shares_);
    b.footnotes(sums_);
    b.unsound_lists(sums_);
    b.complements(sums_);
    b.source_kinds(sums_);
    b.growths(sums_, growths_);
    b.changes(changes_);
    b.attainments(sums_, attainments_);
    // Readings disagree for an ambiguous figure ("47,774"): no arithmetic on it.
    const auto& qs = quantities.all();
    auto ambiguous = [&](std::initializer_list<std::size_t> ks, const std::vector<std::size_t>& more = {}) {
        for (std::size_t k : ks) {
            if (qs[k].ambiguous) return true;
        }
        for (std::size_t k : more) {
            if (qs[k].ambiguous) return true;
        }
        return false;
    };
    std::vector<bool> bad_sum(sums_.size());
    for (std::size_t i = 0; i < sums_.size(); ++i) bad_sum[i] = ambiguous({sums_[i].total}, sums_[i].parts);
    std::erase_if(growths_, [&](const GrowthClaim& g) { return bad_sum[g.sum] || ambiguous({g.total_growth}, g.part_growth); });
    std::vector<std::size_t> kept_index(sums_.size());
    std::vector<SumClaim> kept;
    for (std::size_t k = 0; k < sums_.size(); ++k) {
        kept_index[k] = kept.size();
        if (!bad_sum[k]) kept.push_back(std::move(sums_[k]));
    }
    sums_ = std::move(kept);
    for (auto& g : growths_) g.sum = kept_index[g.sum];
    std::erase_if(changes_, [&](const ChangeClaim& c) { return ambiguous({c.value, c.delta, c.percent}); });
    std::erase_if(attainments_, [&](const Attainment& a) { return ambiguous({a.achieved, a.percent, a.plan}); });
    std::erase_if(shares_, [&](const ShareGroup& g) { return ambiguous({}, g.shares); });
}

}  // namespace soat::analysis
