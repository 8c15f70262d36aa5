#include "analysis/ratios.hpp"
#include "analysis/numbers_text.hpp"

#include "analysis/claims.hpp"
#include "analysis/phrases.hpp"

#include <algorithm>

namespace soat::analysis {

namespace {

using phrases::contains;
using phrases::word_count;
using phrases::squeeze;
using phrases::starts;

constexpr std::size_t npos = std::string::npos;

bool is_fraction(const Quantity& q) { return q.role == Role::Fraction && q.fraction_denominator > 0 && !q.ambiguous; }
bool is_figure(const Quantity& q) { return q.role == Role::Quantity && !q.ambiguous; }

// The word before byte `at`, hedges skipped ("chiếm khoảng 45%" -> "chiếm"), with its start.
std::string verb_before(std::string_view t, std::size_t at, std::size_t& begin) {
    begin = at;
    std::string w = lower(word_before(t, at, &begin));
    while (w == "khoảng" || w == "gần" || w == "trên" || w == "tới" || w == "xỉ" || w == "xấp") {
        w = lower(word_before(t, begin, &begin));
    }
    // "đạt tỷ lệ X%", "chiếm tỷ lệ X%": the verb before "tỷ lệ".
    if (w == "lệ") {
        std::size_t b = begin;
        const std::string tl = lower(word_before(t, begin, &b));
        if (tl == "tỷ" || tl == "tỉ") {
            std::size_t b2 = b;
            const std::string v = lower(word_before(t, b, &b2));
            if (v == "đạt" || v == "chiếm") {
                begin = b2;
                return v == "chiếm" ? "lệ" : v;
            }
            // ", tỷ lệ X%": the ratio named alone after a comma or a parenthesis.
            std::size_t before = b;
            while (before > 0 && t[before - 1] == ' ') --before;
            if (before > 0 && (t[before - 1] == ',' || t[before - 1] == '(')) begin = b;
        }
    }
    // "tương đương": one verb of two words.
    if (w == "đương") {
        std::size_t b = begin;
        if (lower(word_before(t, begin, &b)) == "tương") begin = b;
    }
    return w;
}

// -1 for giảm/hạ, +1 for tăng, 0 otherwise.
int change_sign(std::string_view t, const Quantity& q) {
    const std::string w = lower(word_before(t, q.byte_begin));
    if (w == "tăng") return +1;
    if (w == "giảm" || w == "hạ") return -1;
    return 0;
}

// "(-4,3%)": the numeral at `at` follows "(" and a sign.
bool opens_with_sign(std::string_view t, std::size_t at) {
    std::size_t b = at;
    if (b >= 3 && t.substr(b - 3, 3) == "\u2212") {
        b -= 3;
    } else if (b >= 1 && (t[b - 1] == '-' || t[b - 1] == '+')) {
        --b;
    }
    while (b > 0 && t[b - 1] == ' ') --b;
    return b < at && b > 0 && t[b - 1] == '(';
}

struct Builder {
    const model::Document& doc;
    const Quantities& quantities;
    const std::vector<Quantity>& qs;

    std::string_view text(std::size_t p) const { return doc.paragraphs[p].text; }
    bool fraction_in_vietnamese(const Quantity& q) const { return is_fraction(q) && quantities.vietnamese(q.paragraph); }
    std::size_t next_in_paragraph(std::size_t k) const {
        return k + 1 < qs.size() && qs[k + 1].paragraph == qs[k].paragraph ? k + 1 : npos;
    }

    // The next figure after k in its paragraph past the labels of a name ("đạt chuẩn mức độ 3",
    // "Chương trình 135"), npos when none.
    std::size_t next_value(std::size_t k) const {
        std::size_t n = next_in_paragraph(k);
        while (n != npos && (qs[n].role == Role::Level || qs[n].role == Role::Name)) n = next_in_paragraph(n);
        return n;
    }

    // "454/461 đại biểu tham gia biểu quyết tán thành, chiếm 92,46% tổng số đại biểu": b counts
    // those taking part (present, voting, attending: named in `gap`, the words after a/b), and the
    // percentage names the whole body after it ("(trong|trên) tổng số …"): a share of another whole.
    static bool of_whole_body(std::string_view t, const Quantity& percent, const std::string& gap) {
        std::string after = lower(t.substr(percent.unit_end, std::min<std::size_t>(48, t.size() - percent.unit_end)));
        after.erase(0, after.find_first_not_of(' '));
        for (const char* lead : {"trong ", "trên ", "so với ", "của "}) {
            if (starts(after, lead)) after.erase(0, std::string_view(lead).size());
        }
        return starts(after, "tổng số ") && phrases::names_participants(gap);
    }

    // "495/617 DN đạt 80,2%", "145/182 xã, chiếm 79,7%", "2.793/3.790 trường hợp (bằng 74%)".
    void fraction_percents(std::vector<FractionPercent>& out) const {
        for (std::size_t k = 0; k < qs.size(); ++k) {
            const Quantity& q = qs[k];
            std::size_t n = next_value(k);
            // "12.430/15.470 tàu từ 15m trở lên, đạt X%": a threshold naming what a/b counts (a bound
            // "trở lên", "dưới", "trên" in the words right after it, no punctuation between) is a
            // word of the name, not a figure of its own.
            if (n != npos && fraction_in_vietnamese(q) && !q.noun.empty() && !qs[n].percent() && qs[n].paragraph == q.paragraph &&
                (qs[n].hedge == Hedge::Above || qs[n].hedge == Hedge::Below) && q.noun_end <= qs[n].byte_begin) {
                const std::string name = squeeze(text(q.paragraph), q.noun_end, qs[n].byte_begin);
                bool verb = false;  // "31/8 là hơn 299.447 tỷ đồng": a date, then a verb and an amount
                const std::string said = " " + lower(text(q.paragraph).substr(q.byte_end, qs[n].byte_begin - q.byte_end)) + " ";
                for (const char* v : {" là ", " đạt ", " bằng ", " chiếm ", " có ", " giải ngân ", " thu ", " tăng ", " giảm "}) verb = verb || contains(said, v);
                if (q.is_count() && !verb && name.find_first_of(",;:()") == npos && word_count(text(q.paragraph).substr(q.noun_end, qs[n].byte_begin - q.noun_end)) <= 4) {
                    n = next_value(n);
                }
            }
            if (!fraction_in_vietnamese(q) || n == npos || !qs[n].percent() || !is_figure(qs[n])) continue;
            const std::string_view t = text(q.paragraph);
            // "34/45 xã đạt 19/19 tiêu chí, chiếm 75,6%": a fraction after another in one clause says
            // what the first counts; the rate is the first's.
            if (k > 0 && is_fraction(qs[k - 1]) && qs[k - 1].paragraph == q.paragraph &&
                squeeze(t, qs[k - 1].noun_end, q.byte_begin).find_first_of(",;:()") == npos) {
                continue;
            }
            if (qs[n].byte_end > quantities.sentence_at(q.paragraph, q.byte_begin).end) continue;
            std::size_t verb_at = 0;
            const std::string verb = verb_before(t, qs[n].byte_begin, verb_at);
            const bool share_verb = verb == "chiếm" || verb == "lệ";  // "chiếm", "tỷ lệ"
            const bool level_verb = verb == "đạt" || verb == "bằng" || verb == "là" || verb == "đương";  // "tương đương"
            if (!share_verb && !level_verb && !verb.empty()) continue;
            std::string gap = lower(t.substr(q.noun_end, verb_at - q.noun_end));
            // The labels skipped are words of the name, not figures of their own.
            for (std::size_t j = n; j-- > k + 1;) {
                if (qs[j].byte_begin >= q.noun_end && qs[j].byte_end <= verb_at && qs[j].byte_end - q.noun_end <= gap.size()) {
                    gap.erase(qs[j].byte_begin - q.noun_end, qs[j].byte_end - qs[j].byte_begin);
                }
            }
            const std::string between = squeeze(t, q.noun_end, verb_at);
            const bool separated = !between.empty() && (between.back() == ',' || between.back() == '(');
            // The words naming what a/b counts: a few, or a longer name set apart by a comma or a
            // parenthesis ("7.841/32.822 hồ sơ được giải quyết trước và đúng hạn, đạt tỷ lệ 23,9%",
            // "a/b xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật (bằng X%)").
            std::string words = gap;
            for (char& c : words) {
                if (c == ',' || c == '(') c = ' ';
            }
            // "166.469/35.000 lượt khách … bằng 475% chỉ tiêu": a numerator above its denominator, and
            // a percentage above 100, are a result over its target, not a part of a whole; the
            // percentage is a/b however the result is named.
            const bool over = q.numeral.value > q.fraction_denominator && level_verb && qs[n].value() > 100;
            const std::string ratio_words = lower(t.substr(verb_at, qs[n].byte_begin - verb_at));
            const bool named_ratio = contains(ratio_words, "tỷ lệ") || contains(ratio_words, "tỉ lệ");
            const bool plain_name = named_ratio && gap.find_first_of("0123456789") == npos && !contains(gap, "tăng") &&
                                    !contains(gap, "giảm") && !contains(gap, "so với");
            // A long name set apart by a comma, stating no figure or change, before a percentage
            // named "tỷ lệ" ("35/63 tỉnh, thành phố được công nhận đạt chuẩn … mức độ 3, đạt tỷ lệ
            // 54%") is still the name of what a/b counts.
            const std::size_t longest = separated && plain_name ? 16 : separated || over ? 10 : 6;
            if (gap.find_first_of(";:") != npos || word_count(words) > longest) continue;
            // Commas inside the name ("42/139 cơ quan, đơn vị, địa phương, đạt tỷ lệ 30%") only when
            // the percentage is named a ratio ("tỷ lệ") and the name states no change of its own.
            const bool inner_commas = between.find(',') != between.size() - 1;
            if (separated && between.back() == ',' && inner_commas && !plain_name) continue;
            if (verb.empty() && !(separated && between.back() == '(')) continue;
            // "10/12 huyện đạt 100% kế hoạch" says each district met its plan: a level reached
            // by the listed units, not their share, unless a comma or parenthesis sets it apart.
            // A percentage named a ratio ("45/60 xã đạt chuẩn đạt tỷ lệ 75%") is a/b's own rate.
            const bool own_rate = plain_name && qs[n].value() < 100 && word_count(words) <= 10;
            if (level_verb && !separated && !over && !own_rate && (!between.empty() || qs[n].value() >= 100)) continue;
            if (!share_verb && !separated && !over && !own_rate && !between.empty()) continue;
            if (of_whole_body(t, qs[n], gap)) continue;
            out.push_back({k, n});
        }
        // The percentage first, the fraction it is in parentheses after it: "đạt 72,1% (27/40
        // trạm)", "chiếm tỷ lệ 44,7% trên tổng số hồ sơ tiếp nhận (16.361/38.741 hồ sơ)", "chỉ đạt
        // 56,4% dự toán năm (13.561/22.834 tỷ đồng)".
        for (std::size_t k = 1; k < qs.size(); ++k) {
            const Quantity& q = qs[k];
            const std::size_t n = k - 1;
            if (!fraction_in_vietnamese(q) || qs[n].paragraph != q.paragraph || !qs[n].percent() || !is_figure(qs[n])) continue;
            if (q.numeral.value > q.fraction_denominator) continue;
            const std::string_view t = text(q.paragraph);
            std::string between = lower(t.substr(qs[n].unit_end, q.byte_begin - qs[n].unit_end));
            // "(tương ứng 10.042/41.660 xã)", "(tức 27/40 trạm)": a word saying the fraction is
            // the same ratio.
            for (const std::string_view same : {"tương ứng ", "tức là ", "tức "}) {
                const std::size_t at = between.rfind(same);
                if (at != npos && at > 0 && at + same.size() == between.size() && between.find_last_not_of(' ', at - 1) != npos &&
                    between[between.find_last_not_of(' ', at - 1)] == '(') {
                    between.erase(at);
                    break;
                }
            }
            const std::size_t open = between.find_last_not_of(' ');
            if (open == npos || between[open] != '(' || between.find_first_of(",;:()0123456789") != open) continue;
            if (word_count(between.substr(0, open)) > 8 || contains(between, "so với") || contains(between, "tăng") ||
                contains(between, "giảm")) {
                continue;
            }
            // The parenthesis holds that fraction only, not a breakdown ("đạt tỷ lệ 30% (4/15 sở, ngành
            // và 38/124 UBND cấp xã)" splits the whole's 42/139).
            const std::size_t paren = qs[n].unit_end + open;
            const std::size_t close = phrases::closing_paren(t, paren);
            if (close == npos || close < q.noun_end) continue;
            const std::string rest = lower(t.substr(q.noun_end, close - q.noun_end));
            if (rest.find_first_of(",;:0123456789") != npos || contains(rest, " và ") || word_count(rest) > 4) continue;
            std::size_t verb_at = 0;
            const std::string verb = verb_before(t, qs[n].byte_begin, verb_at);
            if (verb != "chiếm" && verb != "lệ" && verb != "đạt" && verb != "bằng" && verb != "là" && verb != "đương") continue;
            out.push_back({k, n});
        }
    }

    // "X% số hộ …, tương đương A/T hộ", "đạt X%, tương ứng A/T xã": a comma and a word of sameness,
    // then a fraction closing the clause: the same ratio written as counts.
    void restated_fractions(std::vector<FractionPercent>& out) const {
        for (std::size_t k = 1; k < qs.size(); ++k) {
            const Quantity& q = qs[k];
            const std::size_t n = k - 1;
            if (!fraction_in_vietnamese(q) || q.noun.empty() || qs[n].paragraph != q.paragraph || !qs[n].percent() || !is_figure(qs[n])) continue;
            if (q.numeral.value > q.fraction_denominator || qs[n].value() > 100) continue;
            const std::string_view t = text(q.paragraph);
            std::string between = lower(t.substr(qs[n].unit_end, q.byte_begin - qs[n].unit_end));
            while (!between.empty() && between.back() == ' ') between.pop_back();
            std::size_t comma = npos;
            for (const std::string_view same : {", tương đương", ", tương ứng", ", tức là", ", tức"}) {
                if (between.size() >= same.size() && between.ends_with(same)) {
                    comma = between.size() - same.size();
                    break;
                }
            }
            if (comma == npos) continue;
            const std::string name = between.substr(0, comma);
            if (name.find_first_of(",;:()0123456789") != npos || word_count(name) > 14 || contains(name, "so với") || contains(name, "tăng") ||
                contains(name, "giảm") || contains(name, "kế hoạch") || contains(name, "dự toán") || contains(name, "chỉ tiêu")) {
                continue;
            }
            std::size_t verb_at = 0;
            const std::string verb = verb_before(t, qs[n].byte_begin, verb_at);
            const bool opens = verb.empty() || squeeze(t, quantities.sentence_at(q.paragraph, qs[n].byte_begin).begin, qs[n].byte_begin) == "có";
            // A percentage opening its clause is a share of what it names: "X% số hộ …".
            if (opens ? !starts(name, " số ") : (verb != "chiếm" && verb != "lệ" && verb != "đạt" && verb != "bằng" && verb != "là")) continue;
            std::size_t e = q.noun_end;
            while (e < t.size() && t[e] != ',' && t[e] != ';' && t[e] != '.' && t[e] != ')') ++e;
            const std::string rest = lower(t.substr(q.noun_end, e - q.noun_end));
            if (rest.find_first_of("0123456789") != npos || word_count(rest) > 4) continue;
            out.push_back({k, n});
        }
    }

    // A listed part followed by its share: "…, trong đó thu nội địa 800 tỷ đồng, chiếm 80%".
    // Figure k is rated against a base of its own ("79 người (đạt 2,08% so với chỉ tiêu)"): the
    // shares of its parts may be of that base too.
    bool rated_against_base(std::size_t k) const {
        const std::size_t n = next_in_paragraph(k);
        if (n == npos || !qs[n].percent()) return false;
        const std::string_view t = text(qs[k].paragraph);
        const std::string between = squeeze(t, qs[k].noun_end, qs[n].byte_begin);
        if (between != "(đạt" && between != ",đạt" && between != "(bằng" && between != ",bằng") return false;
        const std::string after = lower(t.substr(qs[n].unit_end, std::min<std::size_t>(t.size() - qs[n].unit_end, 40)));
        for (const char* base : {"so với", "kế hoạch", "chỉ tiêu", "dự toán", "nghị quyết", "cùng kỳ"}) {
            if (contains(after, base)) return true;
        }
        return false;
    }

    // Figure k is the count a rate right before it stands for ("là 1,20%, tức là 3.500 người"):
    // its parts' rates ("… 2.300 người, chiếm tỷ lệ 0,95%") are their own.
    bool stands_for_rate(std::size_t k) const {
        if (k == 0 || qs[k - 1].paragraph != qs[k].paragraph || !qs[k - 1].percent()) return false;
        return phrases::rate_link(squeeze(text(qs[k].paragraph), qs[k - 1].unit_end, qs[k].byte_begin));
    }

    void part_shares(const std::vector<SumClaim>& sums, std::vector<PartShare>& out) const {
        for (const SumClaim& c : sums) {
            if (c.missing_scale || rated_against_base(c.total) || stands_for_rate(c.total)) continue;
            for (std::size_t p : c.parts) {
                const std::size_t n = next_in_paragraph(p);
                if (n == npos || !qs[n].percent() || !is_figure(qs[n])) continue;
                const std::string_view t = text(qs[p].paragraph);
                std::string between = squeeze(t, qs[p].noun_end, qs[n].byte_begin);
                for (const char* filler : {"khoảng", "tỷlệ", "tỷtrọng"}) {
                    const std::size_t at = between.find(filler);
                    if (at != npos) between.erase(at, std::string_view(filler).size());
                }
                if (between != ",chiếm" && between != "(chiếm" && between != "chiếm") continue;
                // "a 9.850 tỷ đồng và b 1.420 tỷ đồng, chiếm 90,9%": the share after two parts
                // joined by "và" may be of both.
                if (p > 0 && std::find(c.parts.begin(), c.parts.end(), p - 1) != c.parts.end() &&
                    lower(t.substr(qs[p - 1].noun_end, qs[p].byte_begin - qs[p - 1].noun_end)).find_first_of(",;(") == npos &&
                    contains(lower(t.substr(qs[p - 1].noun_end, qs[p].byte_begin - qs[p - 1].noun_end)), " và ")) {
                    continue;
                }
                // The whole is the listed total when the share names none, or names the total
                // ("chiếm 80% tổng thu ngân sách" for "Tổng thu ngân sách trên địa bàn đạt …").
                std::size_t j = qs[n].unit_end;
                while (j < t.size() && (t[j] == ' ' || t[j] == '*')) ++j;
                if (j < t.size() && t[j] != ',' && t[j] != ';' && t[j] != '.' && t[j] != ')' &&
                    !names_total(t, j, qs[c.total])) {
                    continue;
                }
                PartShare share{p, c.total, n, {}, {}};
                if (const std::size_t own = next_in_paragraph(c.total); own != npos && qs[own].percent()) {
                    const std::string gap = squeeze(text(qs[c.total].paragraph), qs[c.total].noun_end, qs[own].byte_begin);
                    if (phrases::share_link(gap)) share.whole_share = own;
                }
                const auto ts = quantities.sentence_at(qs[c.total].paragraph, qs[c.total].byte_begin);
                const auto [tf, tl] = quantities.in(qs[c.total].paragraph);
                for (std::size_t k = tf; k < c.total; ++k) {
                    const Quantity& w = qs[k];
                    if (w.byte_begin >= ts.begin && w.role == Role::Quantity && !w.percent() && w.unit == qs[p].unit &&
                        w.noun == qs[p].noun && !phrases::after_change_word(text(w.paragraph), w)) {
                        share.other_wholes.push_back(k);
                    }
                }
                out.push_back(std::move(share));
            }
        }
    }

    // The words from byte `at` to the clause end name the total's indicator: both without a
    // leading "tổng", the total's name starts with them.
    bool names_total(std::string_view t, std::size_t at, const Quantity& total) const {
        std::size_t e = at;
        while (e < t.size() && t[e] != ',' && t[e] != ';' && t[e] != '.' && t[e] != ')' && t[e] != '(') ++e;
        auto whole = phrases::words_of(t.substr(at, e - at));
        const std::string_view total_text = text(total.paragraph);
        auto name = phrases::label_before(total_text, total.byte_begin, quantities.sentence_at(total.paragraph, total.byte_begin).begin);
        for (auto* words : {&whole, &name}) {
            if (!words->empty() && words->front() == "tổng") words->erase(words->begin());
        }
        return !whole.empty() && whole.size() <= name.size() && std::equal(whole.begin(), whole.end(), name.begin());
    }

    // Bytes where the clause holding `at` starts: after ';', ':' or the sentence start.
    std::size_t clause_floor(std::size_t p, std::size_t at) const {
        const std::string_view t = text(p);
        const std::size_t s = quantities.sentence_at(p, at).begin;
        std::size_t i = at;
        while (i > s && t[i - 1] != ';' && t[i - 1] != ':') --i;
        return i;
    }

    // The change words of quantities in [from, to): the stated delta and percentage.
    void collect_change(std::size_t p, std::size_t from, std::size_t to, const std::string& noun, PriorComparison& c,
                        int& sign) const {
        const std::string_view t = text(p);
        const auto [first, last] = quantities.in(p);
        for (std::size_t j = first; j < last; ++j) {
            const Quantity& q = qs[j];
            if (q.byte_begin < from || q.byte_end > to || !is_figure(q)) continue;
            const int s = change_sign(t, q);
            if (q.percent()) {
                const bool signed_alone = q.negative && opens_with_sign(t, q.byte_begin);
                if ((s != 0 || signed_alone) && !c.percent) {
                    c.percent = j;
                    if (sign == 0) sign = s != 0 ? s : -1;
                }
            } else if (s != 0 && !c.delta && (noun.empty() || q.noun.empty() || q.noun == noun)) {
                c.delta = j;
                sign = s;
            }
        }
    }

    // "Giảm 27 vụ (178/205)", "giảm 21 vụ (-4,3%) so với cùng kỳ năm 2023 (470/491 vụ)",
    // "131/108 (tăng 23 văn bản so với cùng kỳ)": a current/prior pair beside its change.
    void pairs(std::vector<PriorComparison>& out) const {
        std::size_t previous_pair_end = 0;
        std::size_t previous_paragraph = npos;
        for (std::size_t k = 0; k < qs.size(); ++k) {
            const Quantity& q = qs[k];
            if (!fraction_in_vietnamese(q)) continue;
            const std::size_t p = q.paragraph;
            if (p != previous_paragraph) previous_pair_end = 0;
            previous_paragraph = p;
            const std::string_view t = text(p);
            PriorComparison c;
            c.current = Interval::printed(q.numeral.value, q.numeral.decimals);
            c.prior = denominator_interval(q);
            c.current_at = c.prior_at = k;
            int sign = 0;
            std::size_t open = q.byte_begin;
            while (open > 0 && (t[open - 1] == ' ' || t[open - 1] == '*')) --open;
            if (open > 0 && t[open - 1] == '(') {
                const std::size_t close = phrases::closing_paren(t, open - 1);
                if (close == npos || !squeeze(t, q.noun_end, close).empty()) continue;
                const std::size_t floor = std::max(clause_floor(p, open), previous_pair_end);
                collect_change(p, floor, open - 1, q.noun, c, sign);
                previous_pair_end = close;
            } else {
                std::size_t after = q.noun_end;
                while (after < t.size() && (t[after] == ' ' || t[after] == '*')) ++after;
                if (after >= t.size() || t[after] != '(') continue;
                const std::size_t close = phrases::closing_paren(t, after);
                if (close == npos) continue;
                const std::string inner = squeeze(t, after + 1, close);
                if (!starts(inner, "tăng") && !starts(inner, "giảm")) continue;
                collect_change(p, after, close, q.noun, c, sign);
            }
            if ((!c.delta && !c.percent) || sign == 0) continue;
            c.decrease = sign < 0;
            out.push_back(c);
        }
    }

    // "đạt 5.000 tỷ đồng, tăng 12% so với cùng kỳ (cùng kỳ năm 2023 đạt 4.464 tỷ đồng)".
    void stated_priors(std::vector<PriorComparison>& out) const {
        for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
            const std::string_view t = text(p);
            if (!quantities.vietnamese(p) || (!contains(t, "cùng kỳ") && !contains(t, "so với"))) continue;
            const auto [first, last] = quantities.in(p);
            for (std::size_t open = t.find('('); open != npos; open = t.find('(', open + 1)) {
                const std::size_t close = phrases::closing_paren(t, open);
                if (close == npos) continue;
                const std::string inner = squeeze(t, open + 1, close);
                const bool same_period = starts(inner, "cùngkỳ") || starts(inner, "nămtrước");
                const std::size_t floor = clause_floor(p, open);
                const std::string clause = lower(t.substr(floor, open - floor));
                if (!same_period && !(starts(inner, "năm20") && (contains(clause, "so với") || contains(clause, "cùng kỳ")))) continue;
                // One prior figure inside, nothing else that counts.
                std::size_t prior = npos;
                bool single = true;
                for (std::size_t j = first; j < last; ++j) {
                    if (qs[j].byte_begin <= open || qs[j].byte_end >= close || qs[j].role == Role::Year) continue;
                    single = single && prior == npos && is_figure(qs[j]) && !qs[j].percent();
                    prior = j;
                }
                if (!single || prior == npos) continue;
                PriorComparison c;
                int sign = 0;
                collect_change(p, floor, open, qs[prior].noun, c, sign);
                if (sign == 0 || (c.delta && qs[*c.delta].unit != qs[prior].unit)) continue;
                const std::size_t first_change = std::min(c.delta.value_or(npos), c.percent.value_or(npos));
                std::size_t current = npos;
                for (std::size_t j = first; j < first_change; ++j) {
                    const Quantity& q = qs[j];
                    if (q.byte_begin < floor || !is_figure(q) || q.percent() || change_sign(t, q) != 0) continue;
                    if (q.unit == qs[prior].unit && q.is_count() == qs[prior].is_count()) current = j;
                }
                if (current == npos) continue;
                c.current = qs[current].interval;
                c.prior = qs[prior].interval;
                c.current_at = current;
                c.prior_at = prior;
                c.decrease = sign < 0;
                out.push_back(c);
            }
        }
    }

    // Lowercased words stating a vote ("đồng ý", "tán thành", "biểu quyết", "bỏ phiếu").
    static bool votes(const std::string& words) {
        for (const char* v : {"đồng ý", "tán thành", "nhất trí", "biểu quyết", "bỏ phiếu"}) {
            if (contains(words, v)) return true;
        }
        return false;
    }

    // The count of a/b's noun right after "còn lại", or negated ("chưa", "không"), in a/b's
    // sentence, the first of its noun after a/b; npos when none.
    std::size_t remainder(std::size_t k, SentenceBytes s) const {
        const Quantity& q = qs[k];
        const std::string_view t = text(q.paragraph);
        // "Có N/M chỉ tiêu đạt …. Còn r chỉ tiêu chưa đạt": a sentence opened by "Còn" goes on
        // with the count of the sentence before (what is left of it).
        if (s.end < t.size()) {
            const SentenceBytes next = quantities.sentence_at(q.paragraph, t.find_first_not_of(' ', s.end) == std::string_view::npos ? s.end : t.find_first_not_of(' ', s.end));
            if (next.begin >= s.end && starts(lower(t.substr(next.begin, 8)), "còn ")) s.end = next.end;
        }
        for (std::size_t j = k + 1; j < qs.size() && qs[j].paragraph == q.paragraph && qs[j].byte_end <= s.end; ++j) {
            const Quantity& r = qs[j];
            if (r.role == Role::Fraction) return npos;
            if (!is_figure(r) || !r.is_count()) continue;
            // "; số xã còn lại là 3": a bare count after "còn lại (là)" that names a/b's noun.
            const std::string lead = lower(words_before(t, r.byte_begin, 5));
            if (r.noun.empty() && (lead.ends_with(" " + q.noun + " còn lại") || lead.ends_with(" " + q.noun + " còn lại là"))) return j;
            if (r.noun != q.noun) continue;
            if (lower(words_before(t, r.byte_begin, 2)) == "còn lại") return j;
            // "10/15 chỉ tiêu đạt …, 3 chỉ tiêu chưa đạt": a count negated in its own clause is
            // what is left, as after "trong đó" below.
            std::size_t e = r.noun_end;
            while (e < s.end && t[e] != ';' && t[e] != ',' && t[e] != '.' && !t.substr(e).starts_with(" và ")) ++e;
            const std::string clause = lower(t.substr(r.noun_end, e - r.noun_end));
            // "r xã còn lại phấn đấu …": "còn lại" after the noun names the rest as before it.
            if (!(contains(clause, "không") || contains(clause, "chưa") || starts(clause, " còn lại"))) return npos;
            // "430/470 đại biểu có mặt đồng ý và 37 đại biểu không đồng ý": a vote leaves some
            // abstaining or spoilt, so those against are not all the rest.
            return votes(lower(t.substr(q.noun_end, r.byte_begin - q.noun_end))) ? npos : j;
        }
        return npos;
    }

    // "17/18 chỉ tiêu …; trong đó có 09 chỉ tiêu đạt và 08 chỉ tiêu vượt kế hoạch; có 01 chỉ
    // tiêu không hoàn thành", "N/M chỉ tiêu …, gồm a chỉ tiêu … và b chỉ tiêu …; còn r chỉ tiêu
    // chưa đạt": the parts of N, and what is left of M.
    void tallies(std::vector<Tally>& out) const {
        for (std::size_t k = 0; k + 1 < qs.size(); ++k) {
            // "Đã có N trong số M chỉ tiêu …; r chỉ tiêu còn lại chưa đạt", "N trên tổng số M
            // trường …, r trường chưa đạt": N of M written apart, and what is left of M.
            const Quantity& n = qs[k];
            const Quantity& m = qs[k + 1];
            if (!is_figure(n) || !n.is_count() || !is_figure(m) || !m.is_count() || m.noun.empty() || m.paragraph != n.paragraph ||
                n.numeral.value > m.numeral.value || !quantities.vietnamese(n.paragraph)) {
                continue;
            }
            // N's own noun, if any, is M's ("12 xã trong số 20 xã"); a bare N reads the preposition.
            const std::string gap = squeeze(text(n.paragraph), n.noun == m.noun ? n.noun_end : n.unit_end, m.byte_begin);
            if (gap != "trongsố" && gap != "trongtổngsố" && gap != "trêntổngsố") continue;
            if (const auto r = remainder(k + 1, quantities.sentence_at(n.paragraph, m.byte_begin)); r != npos) out.push_back({k, {}, {r}, k + 1});
        }
        for (std::size_t k = 0; k + 1 < qs.size(); ++k) {
            // "Toàn tỉnh M xã thì có N xã đạt chuẩn, r xã chưa đạt", "Kết quả thực hiện M chỉ tiêu
            // …: có N chỉ tiêu đạt …, r chỉ tiêu không đạt": a whole as the topic, then "có" (there
            // are) a count of its noun — N of M — and what is left of M.
            const Quantity& m = qs[k];
            std::size_t ni = k + 1;  // the next figure that is no year or date
            while (ni + 1 < qs.size() && qs[ni].paragraph == m.paragraph && (qs[ni].role == Role::Year || qs[ni].role == Role::Date)) ++ni;
            const Quantity& n = qs[ni];
            if (!is_figure(n) || !n.is_count() || !is_figure(m) || !m.is_count() || m.noun.empty() || n.noun != m.noun ||
                m.paragraph != n.paragraph || n.numeral.value >= m.numeral.value || !quantities.vietnamese(n.paragraph)) {
                continue;
            }
            const std::string_view t = text(n.paragraph);
            const std::string gap = squeeze(t, m.noun_end, n.byte_begin);
            bool topic = gap == "thìcó";
            // The whole's naming words, then a colon and "có": one clause, no comparison or change.
            if (!topic && gap.ends_with(":có") && gap.find_first_of(",;()") == npos && gap.find(':') == gap.size() - 4 &&
                word_count(t.substr(m.noun_end, n.byte_begin - m.noun_end)) <= 10 && !contains(gap, "sovới") && !contains(gap, "tăng") &&
                !contains(gap, "giảm")) {
                topic = true;
            }
            if (!topic) continue;
            if (const auto r = remainder(ni, quantities.sentence_at(n.paragraph, n.byte_begin)); r != npos) out.push_back({ni, {}, {r}, k});
        }
        for (std::size_t k = 0; k < qs.size(); ++k) {
            const Quantity& q = qs[k];
            if (!fraction_in_vietnamese(q) || q.noun.empty() || q.numeral.value > q.fraction_denominator) continue;
            const std::size_t p = q.paragraph;
            const std::string_view t = text(p);
            const SentenceBytes s = quantities.sentence_at(p, q.byte_begin);
            const std::string tail = lower(t.substr(q.noun_end, s.end - q.noun_end));
            // The parts listed after "trong đó", "(bao) gồm" or "cụ thể".
            std::size_t marker = npos;
            for (const char* w : {"trong đó", "gồm ", "gồm:", "cụ thể"}) marker = std::min(marker, tail.find(w));
            if (marker == npos) {
                // "giải quyết 238/316 vụ việc, còn lại 78 vụ việc đang xác minh": what is left of M.
                if (const auto r = remainder(k, s); r != npos) out.push_back({k, {}, {r}, {}});
                continue;
            }
            const std::size_t from = q.noun_end + marker;
            // A list opened without a colon ends at ';': a count after it is outside the list, left
            // of M when negated ("; có 01 chỉ tiêu không hoàn thành"), unknown otherwise ("; chỉ 6
            // xã nộp chậm" may be the rest or anything else).
            const std::size_t colon = tail.find(':', marker);
            const bool colon_list = colon != npos && tail.find_first_not_of(' ', marker) != npos &&
                                    tail.substr(marker, colon - marker).find_first_of(",;") == npos && colon - marker <= 12;
            const std::size_t semi = tail.find(';', marker);
            const std::size_t list_end = colon_list || semi == npos ? s.end : q.noun_end + semi;
            // "6.001/8.211 xã (…) đạt chuẩn …; trong đó có 958 xã đạt chuẩn … nâng cao": parts that
            // say again what the N are, and more, are some of them (a higher grade), no split of N.
            std::string said = lower(t.substr(q.noun_end, from - q.noun_end));
            for (std::size_t open = said.find('('); open != npos; open = said.find('(')) {
                const std::size_t close = said.find(')', open);
                said.erase(open, close == npos ? npos : close + 1 - open);
            }
            const auto said_words = phrases::words_of(said);
            const std::string predicate = said_words.size() >= 2 ? said_words[0] + " " + said_words[1] : std::string();
            Tally tally;
            tally.fraction = k;
            bool clean = true;
            for (std::size_t j = k + 1; j < qs.size() && qs[j].paragraph == p && qs[j].byte_end <= s.end; ++j) {
                const Quantity& part = qs[j];
                if (part.role == Role::Fraction) break;
                if (!is_figure(part) || !part.is_count() || part.noun != q.noun) continue;
                if (part.byte_begin < from) {
                    clean = false;  // another count of the same noun before "trong đó"
                    break;
                }
                // "Xuất sắc 06 (có 02 … và 04 …)": a count inside a parenthesis breaks down an item.
                const std::string_view before_part = t.substr(from, part.byte_begin - from);
                if (std::count(before_part.begin(), before_part.end(), '(') > std::count(before_part.begin(), before_part.end(), ')')) continue;
                std::size_t e = part.noun_end;
                // (A parenthesis goes on with the item: "2.275 xã (36,4%) đạt chuẩn … nâng cao (tăng …, đạt …)".)
                for (int depth = 0; e < s.end && !(depth == 0 && (t[e] == ';' || t[e] == ',' || t.substr(e).starts_with(" và "))); ++e) {
                    depth += t[e] == '(' ? 1 : t[e] == ')' && depth > 0 ? -1 : 0;
                }
                // The item's words on both sides of the count: "số hội viên chưa được kiểm điểm là 28
                // người" is of the rest as "28 người chưa …" is.
                std::size_t item = before_part.find_last_of(";,:") == npos ? from : from + before_part.find_last_of(";,:") + 1;
                if (const std::size_t va = before_part.rfind(" và "); va != npos) item = std::max(item, from + va + 4);
                const std::string lead = lower(t.substr(item, part.byte_begin - item));
                const std::string clause = lower(t.substr(part.noun_end, e - part.noun_end));
                const bool negated = contains(clause, "không") || contains(clause, "chưa") || contains(lead, "không") || contains(lead, "chưa");
                if (negated) {
                    tally.rest.push_back(j);
                } else if (!predicate.empty() && contains(clause, predicate)) {
                    clean = false;
                    break;
                } else if (part.byte_begin < list_end) {
                    tally.parts.push_back(j);
                }
            }
            // "2.590/2.974 hộ …, trong đó 2.390 hộ …, 2.689 hộ an toàn, 2.706 hộ sức khỏe": two parts
            // each more than half of N overlap (traits of the same households), no split of N.
            int over_half = 0;
            for (std::size_t j : tally.parts) over_half += qs[j].value() * 2 > q.numeral.value ? 1 : 0;
            if (over_half >= 2) clean = false;
            // "trong đó a …, b …" without a colon or a "và" before its last part singles out some of
            // N, an open list; "trong đó a … và b …" closes it.
            if (tail.compare(marker, std::string_view("trong đó").size(), "trong đó") == 0 && !colon_list && tally.parts.size() >= 2) {
                const Quantity& before_last = qs[tally.parts[tally.parts.size() - 2]];
                tally.some = !contains(lower(t.substr(before_last.noun_end, qs[tally.parts.back()].byte_begin - before_last.noun_end)), " và ");
            }
            if (clean && (!tally.parts.empty() || !tally.rest.empty())) out.push_back(std::move(tally));
        }
    }
};

}  // namespace

Interval denominator_interval(const Quantity& fraction) {
    return Interval::printed(fraction.fraction_denominator, fraction.fraction_denominator_decimals);
}

Ratios::Ratios(const Analysis& analysis) {
    const auto& quantities = analysis.get<Quantities>();
    const Builder b{analysis.get<NumbersText>().document(), quantities, quantities.all()};
    b.fraction_percents(fraction_percents_);
    b.restated_fractions(fraction_percents_);
    b.part_shares(analysis.get<Claims>().sums(), part_shares_);
    b.pairs(priors_);
    b.stated_priors(priors_);
    b.tallies(tallies_);
}

}  // namespace soat::analysis
