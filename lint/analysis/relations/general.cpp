// A general reading of the relation a percentage states, for the phrasings no family reader
// knows. A sentence states an indicator's figure A, then a relation word before the percentage X
// (đạt, bằng, chiếm, tương đương, hoàn thành, vượt; tăng, giảm, cao hơn, thấp hơn), and the words
// after X say what A is measured against: a plan ("kế hoạch", "dự toán", "chỉ tiêu"), a prior
// period ("so với cùng kỳ", "so năm 2023"), a whole ("tổng số …", "trong tổng số T"), an indicator
// ("diện tích gieo trồng"), or nothing. The reference figure is then found by its role and its
// agreement with A, not by the sentence's shape:
// - the same kind as A (unit, and for counts the noun), in A's part of the sentence (no ';');
// - named in its own words for the role asked: a plan by plan words around it, a prior value by
//   a prior period ("cùng kỳ", "năm trước", "đầu năm", the year compared with) or by "từ"
//   before a rate, a whole by "tổng" or a slash before it ("A/T");
// - or linked right after X ("X% trong tổng số T", "(kế hoạch P)", "(+D ha)" for a change);
// - or, for an indicator named after X, the one figure of the paragraph before X whose label holds
//   that indicator.
// Exactly one reference must qualify, else nothing is read. Changes in percentage points between
// two rates read the same way. Runs after the family readers, on percentages none of them took.
#include "analysis/relations/reading.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace soat::analysis::relations {

namespace {

enum class Verb { None, Share, Change, Exceed };
enum class Target { None, Unnamed, Plan, Prior, Whole, Other };
constexpr unsigned kPlan = 1, kPrior = 2, kWhole = 4;

bool any_of(std::string_view s, std::initializer_list<const char*> ws) {
    for (const char* w : ws) {
        if (phrases::contains(s, w)) return true;
    }
    return false;
}

bool strip_suffix(std::string& s, std::string_view w) {
    if (s.size() > w.size() && s.ends_with(w)) {
        s.erase(s.size() - w.size());
        return true;
    }
    return false;
}

bool strip_prefix(std::string& s, std::string_view w) {
    if (phrases::starts(s, w)) {
        s.erase(0, w.size());
        return true;
    }
    return false;
}

// How a change's rate X is tied to its amount D written after it (the squeezed text between them):
// "(+D)", "(tăng D)", "(tương đương kim ngạch tăng thêm D)", ", tương ứng giảm D", with or without
// the compared period first ("so với cùng kỳ (tương ứng tăng D)"). `named`: a link word or a verb
// says D is the change's amount; a bare parenthesis after "so với …" holds the prior instead.
struct AmountLink {
    bool ok = false;
    bool paren = false;
    bool named = false;
    int direction = 0;  // the verb's: +1 tăng, −1 giảm, 0 none
};

AmountLink amount_link(std::string s) {
    AmountLink l;
    bool period = false;
    if (phrases::starts(s, "so")) {
        const std::size_t open = s.find_first_of("(,");
        if (open == std::string::npos || open > 40 || s.substr(0, open).find_first_of(";:.)0123456789") != std::string::npos) return l;
        s.erase(0, open);
        period = true;
    }
    if (s.empty() || (s[0] != '(' && s[0] != ',')) return l;
    l.paren = s[0] == '(';
    s.erase(0, 1);
    bool link_word = false;
    for (const char* w : {"tươngứngvới", "tươngứng", "tươngđươngvới", "tươngđương", "tứclà", "tức"}) {
        if (strip_prefix(s, w)) {
            link_word = true;
            break;
        }
    }
    for (const char* v : {"tăngthêm", "tăng", "giảmđi", "giảm"}) {
        if (s.ends_with(v)) {
            s.erase(s.size() - std::string_view(v).size());
            l.direction = phrases::starts(v, "giảm") ? -1 : 1;
            break;
        }
    }
    l.named = link_word || l.direction != 0;
    // What is left names the indicator again ("kim ngạch"): a few words, no figure nor mark, and no
    // period ("(năm trước tăng D)" is another year's change).
    if (!s.empty() && (!l.named || s.size() > 24 || s.find_first_of("0123456789,;:.()%/+-") != std::string::npos ||
                       any_of(s, {"năm", "kỳ", "tháng", "quý", "trước", "ngoái"}))) {
        return l;
    }
    if ((!l.paren && !link_word) || (period && !l.named)) return l;
    l.ok = true;
    return l;
}

// The relation word ending the squeezed text before X.
Verb verb_of(std::string pre, bool& decrease) {
    for (bool again = true; again;) {
        again = false;
        for (const char* filler : {"tỷlệ", "tỉlệ", "ởmức", "mức", "khoảng", "ước", "xấpxỉ"}) again = again || strip_suffix(pre, filler);
    }
    decrease = false;
    for (const char* v : {"đạt", "bằng", "chiếm", "tươngđương", "hoànthành"}) {
        if (pre.ends_with(v)) return Verb::Share;
    }
    if (pre.ends_with("vượt")) return Verb::Exceed;
    for (const char* v : {"giảm", "thấphơn"}) {
        if (pre.ends_with(v)) {
            decrease = true;
            return Verb::Change;
        }
    }
    for (const char* v : {"tăng", "caohơn"}) {
        if (pre.ends_with(v)) return Verb::Change;
    }
    return Verb::None;
}

bool plan_words(std::string_view s) { return any_of(s, {"kế hoạch", "dự toán", "chỉ tiêu", "mục tiêu", "được giao", "nghị quyết"}); }

bool prior_words(std::string s, const std::string& year) {
    // "6 tháng đầu năm" is the current period.
    for (std::size_t at; (at = s.find("tháng đầu năm")) != std::string::npos;) s.erase(at, std::string_view("tháng đầu năm").size());
    if (any_of(s, {"cùng kỳ", "năm trước", "kỳ trước", "đầu năm", "tháng trước", "quý trước", "cùng thời điểm", "đầu kỳ"})) return true;
    return !year.empty() && phrases::contains(s, "năm " + year);
}

// What the words after X name as the reference: "kế hoạch", "so với cùng kỳ", "tổng số …", an
// indicator, or nothing. `named`: the indicator's words; `year`: the year compared with.
Target target_of(std::string a, std::vector<std::string>& named, std::string& year) {
    a.erase(0, a.find_first_not_of(' '));
    if (a.empty() || a[0] == ',' || a[0] == ';' || a[0] == '.' || a[0] == ')' || a[0] == '(') return Target::Unnamed;
    const bool compared = strip_prefix(a, "so với ") || strip_prefix(a, "so ");
    for (const char* w : {"kế hoạch", "dự toán", "chỉ tiêu", "nghị quyết", "mục tiêu"}) {
        if (phrases::starts(a, w)) return Target::Plan;
    }
    for (const char* w : {"cùng kỳ", "năm trước", "kỳ trước", "đầu năm", "tháng trước", "quý trước", "cùng thời điểm", "đầu kỳ"}) {
        if (phrases::starts(a, w)) return Target::Prior;
    }
    constexpr std::string_view kYear = "năm ";
    const std::size_t y = kYear.size();
    if (phrases::starts(a, kYear) && a.size() >= y + 4 && std::isdigit(static_cast<unsigned char>(a[y])) &&
        std::isdigit(static_cast<unsigned char>(a[y + 3]))) {
        year = a.substr(y, 4);
        return Target::Prior;
    }
    strip_prefix(a, "của ");
    for (const char* w : {"trong tổng số", "trên tổng số", "tổng số", "trong số", "trên tổng", "tổng"}) {
        if (!phrases::starts(a, w)) continue;
        // The whole's own words, for a whole stated earlier ("chiếm X% tổng lượt khách").
        const std::string rest = a.substr(std::string_view(w).size());
        named = phrases::words_of(rest.substr(0, rest.find_first_of(",;.()")));
        if (!named.empty() && named.front() == "số") named.erase(named.begin());
        if (named.size() > 8) named.clear();
        return Target::Whole;
    }
    if (compared) return Target::None;
    // An indicator naming the whole: the words up to the clause end.
    const std::size_t end = a.find_first_of(",;.()");
    named = phrases::words_of(a.substr(0, end));
    if (!named.empty() && (named.front() == "số")) named.erase(named.begin());
    return named.size() >= 2 && named.size() <= 8 ? Target::Other : Target::None;
}

// The same kind, strictly: counts must both name what they count ("1" after "mức" counts nothing).
bool agree(const Reading& r, std::size_t a, std::size_t b) {
    if (!r.same_kind(a, b)) return false;
    return !r.qs[a].is_count() || (!r.qs[a].noun.empty() && !r.qs[b].noun.empty());
}

// A number that labels rather than counts: "mức 1, 2", "nhóm 3", "lần 2".
bool label_number(const Reading& r, std::size_t k) {
    static const char* const kLabels[] = {"mức", "loại", "cấp", "nhóm", "hạng", "độ", "lần", "khóa", "khoá", "phiên", "thứ", "tuổi"};
    const std::string w = r.word_before(k);
    const bool small = r.qs[k].value() < 100 && r.qs[k].numeral.decimals == 0;
    for (const char* l : kLabels) {
        if (w == l && small) return true;
    }
    return r.qs[k].is_count() && r.qs[k].noun.empty();
}

struct General {
    const Reading& r;
    std::size_t x;
    std::size_t seg_begin = 0, seg_end = 0;  // X's part of the sentence, between ';'
    std::vector<std::size_t> figures;        // usable figures of the segment, not X

    General(const Reading& reading, std::size_t stated, bool wide) : r(reading), x(stated) {
        const auto& q = r.qs[x];
        const std::string_view t = r.text(x);
        const auto s = r.quantities.sentence_at(q.paragraph, q.byte_begin);
        seg_begin = s.begin;
        seg_end = s.end;
        // Wide: the whole sentence ("C; 9 tháng năm 2023 đạt B; như vậy tăng X%"), read only when
        // X's own part holds no reference.
        const std::size_t semi_before = t.substr(0, q.byte_begin).rfind(';');
        if (!wide && semi_before != std::string_view::npos && semi_before >= seg_begin) seg_begin = semi_before + 1;
        const std::size_t semi_after = t.find(';', q.byte_begin);
        if (semi_after != std::string_view::npos && semi_after < seg_end) seg_end = semi_after;
        const auto [first, last] = r.quantities.in(q.paragraph);
        for (std::size_t k = first; k < last; ++k) {
            if (k == x || r.qs[k].byte_begin < seg_begin || r.qs[k].byte_begin >= seg_end || !r.usable(k)) continue;
            if (!r.qs[k].percent() && label_number(r, k)) continue;
            figures.push_back(k);
        }
    }

    // The previous usable figure of the paragraph that is not a year or a date.
    std::size_t previous(std::size_t k) const {
        const auto [first, last] = r.quantities.in(r.qs[k].paragraph);
        for (std::size_t j = k; j > first; --j) {
            if (r.usable(j - 1)) return j - 1;
        }
        return std::string::npos;
    }

    // The words around figure k naming its role: from the previous figure or the clause start
    // (across one '(' right before k) to k, and after k's unit to the next delimiter.
    std::string context(std::size_t k) const {
        const auto& q = r.qs[k];
        const std::string_view t = r.text(k);
        std::size_t from = Reading::clause_start(t, q.byte_begin, false);
        std::size_t i = q.byte_begin;
        while (i > 0 && t[i - 1] == ' ') --i;
        if (i > 0 && t[i - 1] == '(') from = Reading::clause_start(t, i - 1, false);
        // "(năm 2023: 69,31%)": a short label opening a parenthesis, then a colon right before k,
        // names k.
        if (i > 0 && t[i - 1] == ':' && from == i) {
            const std::size_t label = Reading::clause_start(t, i - 1, false);
            if (label > 0 && t[label - 1] == '(' && label + 24 >= i) from = label;
        }
        const std::size_t p = previous(k);
        if (p != std::string::npos) {
            from = std::max(from, std::max(r.qs[p].unit_end, r.qs[p].noun_end));
            // "đạt 22,1% dự toán được giao, trong đó … k": the words after a percentage, to the
            // comma, name what it is of, not k.
            // So do the words to "và" ("đạt 64,2% kế hoạch giao và 1.915 liều …": the next item).
            if (r.qs[p].percent() && r.qs[p].paragraph == q.paragraph) {
                const std::size_t comma = t.find(',', from);
                if (comma != std::string_view::npos && comma < q.byte_begin) from = comma + 1;
                const std::size_t joined = t.find(" và ", from);
                if (joined != std::string_view::npos && joined < q.byte_begin) from = joined + std::string_view(" và ").size();
            }
        }
        from = std::min(from, q.byte_begin);
        // "3 tháng đầu năm, … k": the period's words after the figure before k are that
        // period's ("tháng đầu năm", the current one), not a prior period of k.
        if (const std::string_view m = "tháng"; from >= m.size() && lower(t.substr(from - m.size(), m.size())) == m) {
            const std::string after_from = lower(t.substr(from, q.byte_begin - from));
            const std::size_t w = after_from.find_first_not_of(' ');
            if (w != std::string::npos && phrases::starts(std::string_view(after_from).substr(w), "đầu năm")) {
                from += w + std::string_view("đầu năm").size();
            }
        }
        // "tăng 20,52% so với cùng kỳ, đóng góp 7,18 điểm": a comparison closed by a comma
        // completes what came before it; it names no period of k.
        const std::size_t comma = t.substr(0, q.byte_begin).rfind(',');
        if (comma != std::string_view::npos && comma > from && phrases::contains(" " + lower(t.substr(from, comma - from)), " so ")) {
            from = comma + 1;
        }
        const std::size_t tail = std::max(q.unit_end, q.noun_end);
        std::size_t to = t.find_first_of(",;.()", tail);
        if (to == std::string_view::npos) to = t.size();
        // Words before the next figure in the clause are that figure's own.
        const auto [first, last] = r.quantities.in(q.paragraph);
        if (k + 1 < last && r.qs[k + 1].byte_begin < to) to = tail;
        std::string out = lower(t.substr(from, q.byte_begin - from));
        out += " | ";
        out += lower(t.substr(tail, to - tail));
        return out;
    }

    unsigned role(std::size_t k, const std::string& year) const {
        const std::string c = context(k);
        unsigned out = 0;
        if (plan_words(c)) out |= kPlan;
        if (prior_words(c, year)) out |= kPrior;
        // A whole: "trên tổng …", "trong tổng số …", "tổng số …" — not an indicator's own name
        // ("Tổng thu ngân sách đạt …").
        const std::string before = c.substr(0, c.find(" | "));
        if (any_of(before, {"trên tổng", "trong tổng", "với tổng", "của tổng", "tổng số"})) out |= kWhole;
        const std::size_t p = previous(k);
        if (p != std::string::npos && r.qs[p].paragraph == r.qs[k].paragraph && r.between(p, k) == "/") out |= kWhole;
        if (r.word_before(k) == "từ") out |= kPrior;
        // "Trong T tỷ đồng vốn được giao, đã giải ngân A": "trong" opening the clause names the
        // whole (not a span of time: "Trong 6 tháng").
        if (r.word_before(k) == "trong" && !phrases::duration_noun(r.qs[k].noun) && r.qs[k].role == Role::Quantity) {
            const std::string_view t = r.text(k);
            const std::size_t cs = Reading::clause_start(t, r.qs[k].byte_begin, true);
            if (const std::string lead = phrases::squeeze(t, cs, r.qs[k].byte_begin); lead == "trong" || lead == "Trong") out |= kWhole;
        }
        return out;
    }

    // Figure k has a change of its own ("153.400 tỉ đồng, tăng 11,3%" before "; … 10.300 tỉ đồng,
    // tăng 6,3%"): it is another item's current value, never the prior of X's subject.
    bool own_change(std::size_t k) const {
        const std::size_t n = r.next_figure(k);
        if (n == std::string::npos || n == x || !r.qs[n].percent() || !r.same_sentence(k, n)) return false;
        const std::string gap = r.between(k, n);
        return gap.find(';') == std::string::npos && (gap.ends_with("tăng") || gap.ends_with("giảm"));
    }

    // No percentage between figures a < b of the paragraph.
    bool no_percent_between(std::size_t a, std::size_t b) const {
        for (std::size_t j = a + 1; j < b; ++j) {
            if (r.qs[j].percent()) return false;
        }
        return true;
    }
};

// The label of figure k (the words naming it) with "tổng" and "số" dropped, lowercased.
std::vector<std::string> indicator(const Reading& r, std::size_t k) {
    const auto& q = r.qs[k];
    auto words = phrases::label_before(r.text(k), q.byte_begin, r.quantities.sentence_at(q.paragraph, q.byte_begin).begin);
    std::vector<std::string> out;
    for (auto& w : words) {
        if (w != "tổng" && w != "số") out.push_back(w);
    }
    return out;
}

// The words of k's label that name an indicator: the label without the words of periods,
// years and linking verbs ("doanh thu lưu trú năm 2009 đạt" → "doanh thu lưu trú").
std::vector<std::string> indicator_words(const Reading& r, std::size_t k) {
    static const std::set<std::string> kPeriodAndVerbs = {"năm", "tháng", "quý", "kỳ", "cùng", "đầu", "cuối", "trước", "cả",
                                                          "đạt", "là", "có", "ước", "được", "thực", "hiện", "tính", "so", "với",
                                                          "sang", "đến", "nay", "trong", "đó", "như", "vậy", "và", "của", "khi", "thì", "mà",
                                                          "lúc", "còn", "riêng", "chỉ", "mới"};
    std::vector<std::string> out;
    for (auto& w : indicator(r, k)) {
        if (!kPeriodAndVerbs.count(w) && !std::isdigit(static_cast<unsigned char>(w[0]))) out.push_back(w);
    }
    return out;
}

// A prior is of A's own indicator: a label naming another one ("doanh thu lưu trú năm 2009 đạt B;
// doanh thu lữ hành đạt C, tăng X%", "(năm trước diện tích rừng bị cháy là B); diện tích rừng bị
// chặt phá là C, giảm X%") is a sibling's.
bool other_indicator(const Reading& r, std::size_t k, std::size_t a) {
    const auto named_k = indicator_words(r, k), named_a = indicator_words(r, a);
    if (named_k.empty() || named_a.empty()) return false;
    const auto& shorter = named_k.size() <= named_a.size() ? named_k : named_a;
    const auto& longer = named_k.size() <= named_a.size() ? named_a : named_k;
    return std::search(longer.begin(), longer.end(), shorter.begin(), shorter.end()) == longer.end();  // "thu" names "thu ngân sách"
}

bool holds(const std::vector<std::string>& label, const std::vector<std::string>& named) {
    if (named.size() < 2 || label.size() < named.size()) return false;
    return std::search(label.begin(), label.end(), named.begin(), named.end()) != label.end();
}

// The year named "năm YYYY" in a context, 0 when none.
int year_of(const std::string& c) {
    constexpr std::string_view kYear = "năm ";
    for (std::size_t at = c.find(kYear); at != std::string::npos; at = c.find(kYear, at + 1)) {
        const std::size_t y = at + kYear.size();
        if (y + 4 <= c.size() && std::isdigit(static_cast<unsigned char>(c[y])) && std::isdigit(static_cast<unsigned char>(c[y + 3])) &&
            (c[y] == '1' || c[y] == '2')) {
            return std::stoi(c.substr(y, 4));
        }
    }
    return 0;
}

// The clause after the last ';' before byte `at` opens with its verb or a connector, so it has no
// subject of its own and goes on the clause before it ("; như vậy tăng X%", "; tăng X%"), not with
// a noun that names its own subject ("; nợ xấu chiếm X%").
bool own_clause_continues(std::string_view t, std::size_t at) {
    const std::size_t semi = t.substr(0, at).rfind(';');
    if (semi == std::string_view::npos) return true;
    std::string lead = lower(t.substr(semi + 1, at - semi - 1));
    lead.erase(0, lead.find_first_not_of(' '));
    for (const char* w : {"như vậy", "so với", "so ", "qua đó", "theo đó", "nhờ đó", "tức", "tương ứng", "tính chung", "và ", "đã ", "thì ",
                          "tăng", "giảm", "đạt", "bằng", "chiếm", "tương đương", "hoàn thành", "vượt", "cao hơn", "thấp hơn", "ước "}) {
        if (phrases::starts(lead, w)) return true;
    }
    return lead.empty();
}

// Figure k follows a word of change ("tăng 30 vụ", "cao hơn 5%"). For a result taken out of the
// plan named as its whole, "hơn" bounding the figure itself ("đã giải ngân hơn 2.400 tỷ đồng
// trong tổng vốn … đạt X% kế hoạch": read as its hedge) after no word of comparison is none.
bool changed(const Reading& r, std::size_t k, bool out_of_plan) {
    if (!phrases::after_change_word(r.text(k), r.qs[k])) return false;
    if (!out_of_plan || r.qs[k].hedge != Hedge::Above || r.word_before(k) != "hơn") return true;
    std::size_t begin = r.qs[k].byte_begin;
    analysis::word_before(r.text(k), begin, &begin);
    const std::string compared = lower(analysis::word_before(r.text(k), begin));
    for (const char* c : {"tăng", "giảm", "vượt", "cao", "thấp", "nhiều", "ít", "lớn", "nhỏ", "gấp", "thêm", "hạ", "trội", "kém", "chênh", "sớm", "muộn"}) {
        if (compared == c) return true;
    }
    return false;
}

// Reads X's relation; true when nothing was read for want of a reference in X's part of the
// sentence (the caller then reads the whole sentence).
bool read_one(const Reading& r, std::size_t x, std::size_t first, std::vector<Relation>& out, bool wide) {
    const auto& qs = r.qs;
    const bool points = r.in_points(x);
    if (!qs[x].percent() && !points) return false;
    const std::string_view t = r.text(x);
    const std::size_t cs = Reading::clause_start(t, qs[x].byte_begin, true);
    bool decrease = false;
    std::string pre = r.clause_before(x);
    // "cao hơn năm 2023 0,33 điểm %", "giảm so với cùng kỳ 1,2 điểm phần trăm": the compared period
    // may stand between the verb of comparison and the difference it states.
    std::string compared_year;
    if (points) {
        std::string p2 = pre;
        bool period = false;
        if (p2.size() > 7 && std::isdigit(static_cast<unsigned char>(p2.back())) && p2.substr(0, p2.size() - 4).ends_with("năm") &&
            std::all_of(p2.end() - 4, p2.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
            compared_year = p2.substr(p2.size() - 4);
            p2.erase(p2.size() - 4 - std::string_view("năm").size());
            period = true;
        } else {
            for (const char* w : {"cùngkỳnămtrước", "cùngkỳ", "nămtrước", "đầunăm"}) period = period || strip_suffix(p2, w);
        }
        if (period) {
            if (!strip_suffix(p2, "sovới")) strip_suffix(p2, "so");
            bool d = false;
            if (verb_of(p2, d) == Verb::Change) pre = p2;
            else compared_year.clear();
        }
    }
    // "đạt hơn 29,5% kế hoạch", "đạt gần 73% kế hoạch": the hedge word before X is no part of the
    // verb (read only against a plan named after X, checked below).
    // "đạt hơn 29,5% kế hoạch", "đạt gần 73% kế hoạch": the hedge word before X is no part of the
    // verb (read only against a plan named after X, checked below).
    const bool hedge_stripped = !points && (qs[x].hedge == Hedge::Above || qs[x].hedge == Hedge::Below) && [&] {
        for (const char* h : {"hơn", "gần", "trên", "dưới"}) {
            if (strip_suffix(pre, h)) return true;
        }
        return false;
    }();
    const Verb verb = verb_of(pre, decrease);
    if (verb == Verb::None || (points && verb != Verb::Change)) return false;
    // "bình quân mỗi năm tăng 11,1%", "tăng bình quân 7%/năm": a yearly mean rate, no change
    // between two of the figures.
    if (verb == Verb::Change) {
        const std::string next = phrases::squeeze(r.after(x, 16), 0, r.after(x, 16).size());
        if (any_of(pre, {"bìnhquân", "trungbình", "mỗinăm", "hằngnăm", "hàngnăm"}) || phrases::starts(next, "/năm") || phrases::starts(next, "mỗinăm")) {
            return false;
        }
    }
    std::vector<std::string> named;
    std::string year;
    std::string after = r.after(x, 64);
    if (points) {
        after.erase(0, after.find_first_not_of(' '));
        for (const char* unit_tail : {"phần trăm", "%"}) {
            if (phrases::starts(after, unit_tail)) {
                after.erase(0, std::string_view(unit_tail).size());
                break;
            }
        }
    }
    Target target = target_of(after, named, year);
    if (year.empty() && !compared_year.empty()) year = compared_year;
    if (target == Target::None || (hedge_stripped && target != Target::Plan)) return false;
    General g(r, x, wide);
    std::vector<std::pair<std::size_t, unsigned>> roles;  // computed once per figure
    auto role = [&](std::size_t k) {
        for (const auto& [j, v] : roles) {
            if (j == k) return v;
        }
        roles.emplace_back(k, g.role(k, year));
        return roles.back().second;
    };

    if (points) {
        // Two rates of the segment: the earlier named as such ("từ R1%", "(năm 2023: R1%)"), the
        // later the nearest before the change.
        // "làm tăng trưởng chung giảm 0,89 điểm phần trăm", "đóng góp 0,5 điểm": a contribution to
        // another rate, not a change between two.
        const std::string lead = lower(t.substr(cs, qs[x].byte_begin - cs));
        if (phrases::contains(lead, "đóng góp") || phrases::contains(" " + lead, " làm ")) return false;
        std::size_t r1 = std::string::npos, r2 = std::string::npos;
        int earlier = 0;
        for (std::size_t k : g.figures) {
            if (!qs[k].percent() || qs[k].negative || r.in_points(k)) continue;
            // A relative change ("giảm 3,81%") or an attainment ("đạt 12,27% kế hoạch") is no rate
            // of the indicator.
            // (The plan words right after it, in its clause: ", mục tiêu …" starts another.)
            const std::string right_after = r.after(k, 16);
            if (phrases::after_change_word(r.text(k), qs[k]) || plan_words(right_after.substr(0, right_after.find_first_of(",;.(")))) continue;
            if (role(k) & kPrior) {
                ++earlier;
                r1 = k;
            } else if (k < x) {
                r2 = k;
            }
        }
        // "giảm D điểm phần trăm so với đầu năm; đầu năm, tỷ lệ … là R1%": the earlier level in
        // the clause after X's (checked below: that clause opens with the compared period).
        if (earlier == 0 && wide && g.seg_end < r.text(x).size() && r.text(x)[g.seg_end] == ';') {
            const auto s = r.quantities.sentence_at(qs[x].paragraph, qs[x].byte_begin);
            const std::size_t next_end = std::min<std::size_t>(s.end, r.text(x).find(';', g.seg_end + 1));
            const auto [pf, pl] = r.quantities.in(qs[x].paragraph);
            for (std::size_t k = x + 1; k < pl; ++k) {
                if (qs[k].byte_begin <= g.seg_end || qs[k].byte_begin >= next_end || !r.usable(k)) continue;
                if (!qs[k].percent() || qs[k].negative || r.in_points(k) || phrases::after_change_word(r.text(k), qs[k])) continue;
                if (role(k) & kPrior) {
                    ++earlier;
                    r1 = k;
                }
            }
        }
        if (earlier == 0) return true;
        if (earlier != 1 || r2 == std::string::npos) return false;
        // The earlier level after the change: in the parenthesis right after it, or in the next
        // clause opened by the period the change is compared with ("giảm D điểm phần trăm so với
        // đầu năm; đầu năm, tỷ lệ … là R1%").
        if (r1 > x) {
            std::string span = r.between(x, r1);
            for (const char* unit_tail : {"phầntrăm", "%"}) {
                if (phrases::starts(span, unit_tail)) {
                    span.erase(0, std::string_view(unit_tail).size());
                    break;
                }
            }
            const bool paren = span.find('(') != std::string::npos && span.find_first_of(",)") == std::string::npos;
            bool named_again = false;
            const std::size_t semi = span.find(';');
            if (!paren && semi != std::string::npos && span.find(';', semi + 1) == std::string::npos && span.find('.') == std::string::npos) {
                std::string compared = phrases::squeeze(after, 0, after.size());
                if (phrases::starts(compared, "sovới")) {
                    compared.erase(0, std::string_view("sovới").size());
                    compared = compared.substr(0, compared.find_first_of(",;.("));
                    const std::string next = span.substr(semi + 1);
                    named_again = compared.size() >= 6 && phrases::starts(next, compared) && span.substr(0, semi) == "sovới" + compared;
                }
            }
            if (!paren && !named_again) return false;
        }
        Relation rel;
        rel.family = Relation::Family::Points;
        rel.stated = x;
        rel.terms = {r2, r1};
        rel.decrease = decrease;
        out.push_back(std::move(rel));
        return false;
    }

    // The subject A: the nearest figure before X in the segment, no percentage between.
    std::size_t a = std::string::npos;
    for (std::size_t k : g.figures) {
        if (k < x && !qs[k].percent()) a = k;
    }
    if (a == std::string::npos) return true;
    if (!g.no_percent_between(a, x) || a < first) return false;
    // "538 di tích (04 …, 150 … và 384 …), chiếm X% …": a figure inside a parenthesis that closes
    // before X breaks down the figure before it; X is that figure's, not the last item's.
    {
        const auto depth = phrases::paren_depth(t);
        if (depth[qs[a].byte_begin] > depth[qs[x].byte_begin]) {
            // (A list: another figure in the same parenthesis. One figure there may be a plan or
            // a prior: "so với dự toán (1.000 tỷ đồng) đạt 93,0%".)
            const std::size_t open = t.rfind('(', qs[a].byte_begin);
            for (std::size_t k = a; k-- > first && qs[k].byte_begin > open;) {
                if (!qs[k].percent()) return false;
            }
        }
    }
    // "T …, trong đó a …, b … và A …, đạt X% kế hoạch": the rate after a list of parts is T's.
    if (int siblings = 0; target == Target::Plan && r.breakdown_parent(a, siblings) != std::string::npos && siblings > 0) return false;
    {
        const std::string gap = r.between(a, x);
        if (gap.find_first_of(wide ? "." : ";.") != std::string::npos) return false;
        // "A người …, số còn lại …, chiếm X%": X is the rest's share, not A's.
        if (phrases::contains(gap, ",sốcònlại") || phrases::contains(gap, ",cònlại")) return false;
        // A clause with a subject of its own ("…, đạt A tỷ đồng; nợ xấu chiếm X% tổng dư nợ"): X
        // rates that subject, not a figure of an earlier clause. Only a clause opened by its verb
        // or a connector ("; như vậy tăng X%", "; so với cùng kỳ tăng X%") goes on the figures
        // before the ';'.
        if (wide && gap.find(';') != std::string::npos && !own_clause_continues(t, qs[x].byte_begin)) return false;
    }
    // A rate named before X ("tỷ lệ giải ngân đạt X%", "tỷ lệ lấp đầy đạt X%") rates what A
    // measures only when A's words name the same thing ("lũy kế giải ngân A").
    {
        auto label = phrases::words_of(r.rate_label(x));
        if (label.size() > 2) {
            label.erase(label.begin(), label.begin() + 2);
            if (label.size() > 2) label.resize(2);
            std::string name;
            for (const auto& w : label) name += (name.empty() ? "" : " ") + w;
            // (A's own clause: "đã giải quyết A hồ sơ, tỷ lệ giải quyết đạt X%".)
            const std::size_t from = std::min({g.seg_begin, qs[a].byte_begin, Reading::clause_start(t, qs[a].byte_begin, true)});
            if (!phrases::contains(lower(t.substr(from, qs[a].byte_begin - from)), name)) return false;
        }
    }
    std::size_t ref = std::string::npos;
    bool prior_by_year = false;
    // "A/T …, đạt X%": the slash pair.
    const std::size_t pa = g.previous(a);
    if (verb != Verb::Change && pa != std::string::npos && pa >= first && !qs[pa].percent() && r.between(pa, a) == "/" &&
        r.same_kind(pa, a)) {
        ref = a;
        a = pa;
    }
    // A reference right after X: "X% trong tổng số T", "X% (kế hoạch P)", "X% (+D ha)".
    const std::size_t n = r.next_figure(x);
    const bool next_usable = n != std::string::npos && r.usable(n) && !qs[n].percent() && qs[n].byte_begin < g.seg_end;
    // "C, tăng X% (+D)", "giảm X% (giảm D)", "tăng X% (tương đương kim ngạch tăng thêm D)", "C, tăng
    // X%, tương ứng tăng D … so với đầu năm", "giảm X% so với cùng kỳ (tương ứng giảm D)": the
    // change's rate, then its amount (amount_link).
    const AmountLink link = next_usable ? amount_link(r.between(x, n)) : AmountLink{};
    if (link.ok && link.direction != 0 && (link.direction < 0) != decrease) return false;
    if (verb == Verb::Change && link.ok && agree(r, a, n) && (!link.paren || phrases::starts(r.after(n, 4), ")"))) {
        // "C, tăng X% (+D) so với cùng kỳ": the prior is C ∓ D.
        const std::string rest = link.paren ? r.after(n, 40).substr(1) : r.after(n, 40);
        std::vector<std::string> unused;
        std::string y;
        const Target after_paren = target_of(rest, unused, y);
        // A signed difference ("giảm X% (-D ha)") is the change itself, whatever it is against.
        const std::string_view tt = r.text(n);
        std::size_t sb = qs[n].byte_begin;
        while (sb > 0 && tt[sb - 1] == ' ') --sb;
        const bool signed_d = sb > 0 && (tt[sb - 1] == '+' || tt[sb - 1] == '-' || (sb >= 3 && tt.substr(sb - 3, 3) == "\u2212"));
        // So is an amount with its verb ("giảm X% (giảm D ha)").
        if (after_paren != Target::Prior && target != Target::Prior && !signed_d && !link.named) return false;
        const std::string gap = r.between(a, x);
        if (std::count(gap.begin(), gap.end(), ',') > 1 || !(gap.ends_with("tăng") || gap.ends_with("giảm"))) return false;
        if (role(a) & (kPrior | kPlan)) return false;
        Relation rel;
        rel.family = Relation::Family::ChangeByDifference;
        rel.stated = x;
        rel.terms = {a, n};
        rel.decrease = decrease;
        out.push_back(std::move(rel));
        return false;
    }
    if (ref == std::string::npos && next_usable && verb != Verb::Change) {
        const std::string g2 = r.between(x, n);
        for (const char* link : {"trongtổngsố", "trêntổngsố", "củatổngsố", "tổngsố", "trongsố", "sovớitổngsố"}) {
            if (g2 == link && qs[n].unit == qs[a].unit) ref = n;
        }
        // "X% so với tổng số vốn được phân bổ P", "X% tổng số hộ dân toàn tỉnh (T hộ)": the whole
        // or plan named after X, then its figure, in one run of words.
        // "và" ends the run: "đạt 64,2% kế hoạch giao và 1.915 liều …" names the next item.
        const std::string raw_gap = " " + lower(r.text(x).substr(qs[x].byte_end, qs[n].byte_begin - qs[x].byte_end)) + " ";
        // A year in the run that A's sentence does not name ("năm 2021 đạt A, chiếm X% tổng vốn
        // đến năm 2022 đạt mức N") opens the next period's figure, not A's whole.
        const int run_year = year_of(raw_gap);
        const auto sa = r.quantities.sentence_at(qs[a].paragraph, qs[a].byte_begin);
        const bool other_year = run_year != 0 && (qs[a].paragraph != qs[x].paragraph ||
                                                  !phrases::contains(lower(t.substr(sa.begin, qs[a].byte_begin - sa.begin)), "năm " + std::to_string(run_year)));
        const bool named_run = g2.size() <= 90 && g2.find_first_of(",;.)") == std::string::npos &&
                               (g2.find('(') == std::string::npos || g2.find('(') + 1 == g2.size()) &&
                               (qs[n].paragraph != qs[x].paragraph || !phrases::contains(raw_gap, " và ")) && !other_year;
        // A count's whole or plan counts the same thing ("đạt 100% chỉ tiêu ở cả 2 cấp" names no plan
        // of 820 thanh niên).
        if (ref == std::string::npos && named_run && (target == Target::Whole || target == Target::Plan) && agree(r, a, n)) {
            ref = n;
        }
        if (phrases::starts(g2, "(") && g2.size() <= 20 && plan_words(lower(t.substr(qs[x].byte_end, qs[n].byte_begin - qs[x].byte_end))) &&
            agree(r, a, n)) {
            ref = n;  // "(kế hoạch P)"
        }
    }
    // A itself named as the reference ("so với cùng kỳ năm trước (B) thì tăng X%"): the subject
    // is then the figure before it.
    const unsigned wanted = target == Target::Plan      ? kPlan
                            : target == Target::Prior   ? kPrior
                            : target == Target::Whole   ? kWhole
                            : target == Target::Unnamed ? (verb == Verb::Change ? kPrior : kPlan | kWhole)
                                                        : 0;
    if (verb == Verb::Change && target != Target::Prior && target != Target::Unnamed) return false;
    // "chiếm X% tổng lượt khách" with no whole of A's kind in the sentence: the whole named after
    // "tổng" and stated earlier in the paragraph, found like an indicator.
    bool whole_elsewhere = false;
    if (ref == std::string::npos && target == Target::Whole && named.size() >= 2) {
        whole_elsewhere = true;
        for (std::size_t k : g.figures) {
            if (k != a && !qs[k].percent() && agree(r, a, k) && (role(k) & kWhole)) whole_elsewhere = false;
        }
    }
    if (ref == std::string::npos && (target == Target::Other || whole_elsewhere)) {
        // The whole named by its indicator after X: the one figure of the paragraph before A
        // whose label holds it (for a whole named after "tổng", its label and what it counts).
        if (verb == Verb::Change) return false;
        std::size_t found = std::string::npos;
        int matches = 0;
        const auto [pf, pl] = r.quantities.in(qs[x].paragraph);
        for (std::size_t k = pf; k < x; ++k) {
            if (k == a || !r.usable(k) || qs[k].percent() || !agree(r, a, k)) continue;
            auto label = indicator(r, k);
            if (whole_elsewhere) {
                // A whole found by its name in another sentence is read only between figures stated
                // as such, estimates included, not bounds ("gần 1.250 tỷ đồng, chiếm 1,46% tổng dư
                // nợ" of "trên 86.000 tỷ đồng").
                auto bounded = [&](std::size_t j) { return qs[j].hedge != Hedge::None && qs[j].hedge != Hedge::Estimate; };
                if (k > a || bounded(k) || bounded(a)) continue;
                for (auto& w : phrases::words_of(qs[k].noun)) label.push_back(w);
                const std::string tail = r.after(k, 60);
                for (auto& w : phrases::words_of(tail.substr(0, tail.find_first_of(",;.()")))) label.push_back(w);
            }
            if (holds(label, named)) {
                ++matches;
                found = k;
            }
        }
        if (matches != 1) return false;
        if (qs[a].interval.lo > qs[found].interval.hi) return false;  // a part is smaller than its whole
        ref = found;
    } else if (ref == std::string::npos) {
        if (wanted == 0) return false;
        if (role(a) & wanted) {
            // A is the reference; the subject is the nearest figure of its kind before it.
            std::size_t c = std::string::npos;
            for (std::size_t k : g.figures) {
                if (k < a && !qs[k].percent() && agree(r, a, k)) c = k;
            }
            if (c == std::string::npos || (role(c) & wanted)) return false;
            ref = a;
            a = c;
        }
        if (role(a) & (kPlan | kPrior)) return false;
        int matches = 0;
        for (std::size_t k : g.figures) {
            if (k == a || qs[k].percent() || !agree(r, a, k)) continue;
            if (k > x) continue;  // only a linked reference comes after X
            if ((wanted & kPrior) && g.own_change(k)) continue;
            if ((wanted & kPrior) && other_indicator(r, k, a)) continue;
            // A target to fall to is no plan to attain or exceed; nor is the reference of a sibling
            // item: in an earlier ';' clause that states a result of A's kind of its own before it
            // ("khai thác B, vượt …, chỉ tiêu … P; nuôi trồng A, vượt X% kế hoạch").
            if ((wanted & kPlan) && r.falls_to(k)) continue;
            // Nor is a figure rated itself ("… tiết kiệm P tỷ đồng, bằng 143,4% kế hoạch; …"): a result.
            if ((wanted & kPlan) && k < a && r.rated_by_next(k)) continue;
            if (k < a && r.text(k).data() == t.data() && t.substr(qs[k].byte_end, qs[a].byte_begin - qs[k].byte_end).find(';') != std::string_view::npos) {
                const std::size_t semi = t.substr(0, qs[k].byte_begin).rfind(';');
                const std::size_t from = semi == std::string_view::npos ? 0 : semi;
                const bool sibling = std::any_of(g.figures.begin(), g.figures.end(), [&](std::size_t j) {
                    return j < k && qs[j].byte_begin >= from && !qs[j].percent() && agree(r, a, j) && !(role(j) & kPlan);
                });
                if (sibling) continue;
            }
            if (role(k) & wanted) {
                ++matches;
                if (ref == std::string::npos) ref = k;
            }
        }
        if (matches == 0 && verb == Verb::Change && target != Target::Prior) {
            // A prior named only by its year: "C; 9 tháng năm 2023 đạt B; như vậy tăng X%".
            // The earlier year is the prior, either way round ("C; năm 2023 đạt B; tăng X%").
            const int ya = year_of(g.context(a));
            std::size_t subject = a;
            for (std::size_t k : g.figures) {
                if (k == a || k > x || qs[k].percent() || !agree(r, a, k) || (role(k) & kPlan) || g.own_change(k)) continue;
                if (other_indicator(r, k, a)) continue;
                const int yk = year_of(g.context(k));
                if (yk > 0 && (ya == 0 || yk < ya)) {
                    ++matches;
                    ref = k;
                } else if (ya > 0 && (yk == 0 || ya < yk) && k < a) {
                    ++matches;
                    ref = a;
                    subject = k;
                }
            }
            if (matches == 0 && wide && ya > 0) {
                // "Năm 2023 … thu hoạch B tấn cà phê nhân. Sang năm 2024, sản lượng cà phê nhân …
                // C tấn, giảm X%": the prior in the sentence before, the one figure of A's kind
                // there dated earlier and sharing two of A's words (what both measure).
                const auto& q = qs[x];
                const auto& sentences = r.quantities.sentences(q.paragraph);
                const auto here = r.quantities.sentence_at(q.paragraph, q.byte_begin);
                std::size_t prev_begin = std::string::npos;
                for (const auto& sb : sentences) {
                    if (sb.end <= here.begin) prev_begin = sb.begin;
                }
                const auto words_of_figure = [&](std::size_t k) {
                    auto w = indicator(r, k);
                    for (auto& n : phrases::words_of(qs[k].noun)) w.push_back(n);
                    const std::string tail = r.after(k, 48);
                    for (auto& n : phrases::words_of(tail.substr(0, tail.find_first_of(",;.()")))) w.push_back(n);
                    std::set<std::string> out;
                    static const std::set<std::string> kStop = {"năm", "toàn", "tỉnh", "đạt", "ước", "là", "có", "và", "của", "số",
                                                                "tổng", "trên", "địa", "bàn", "các", "được", "với", "so", "cùng",
                                                                "kỳ", "sang", "trong", "đến", "thực", "hiện", "tính", "cả"};
                    for (auto& x2 : w) {
                        if (!x2.empty() && !std::isdigit(static_cast<unsigned char>(x2[0])) && !kStop.count(x2)) out.insert(x2);
                    }
                    return out;
                };
                // The one figure of A's kind in bytes [begin, end) of A's paragraph, sharing two of
                // A's words (and dated before A's year when `dated`): the prior.
                const auto prior_between = [&](std::size_t begin, std::size_t end, bool dated) {
                    const auto mine = words_of_figure(a);
                    const auto [pf, pl] = r.quantities.in(q.paragraph);
                    std::size_t found = std::string::npos;
                    int candidates = 0;
                    for (std::size_t k = pf; k < pl; ++k) {
                        if (qs[k].byte_begin < begin || qs[k].byte_begin >= end || !r.usable(k) || qs[k].percent()) continue;
                        if (!agree(r, a, k)) continue;
                        ++candidates;
                        if (dated) {
                            const int yk = year_of(g.context(k));
                            if (yk <= 0 || yk >= ya) continue;
                        }
                        int shared = 0;
                        for (const auto& w : words_of_figure(k)) shared += static_cast<int>(mine.count(w));
                        if (shared >= 2) found = k;
                    }
                    if (candidates == 1 && found != std::string::npos) {
                        matches = 1;
                        ref = found;
                        prior_by_year = true;
                    }
                };
                if (prev_begin != std::string::npos) prior_between(prev_begin, here.begin, true);
                // "C, giảm X% (cùng kỳ năm trước tăng Y%). Năm 2023, … đạt B.": the prior in the
                // sentence right after, when X closes its own (a period's aside in parentheses
                // aside) and the next opens with the earlier year: its one figure of A's kind,
                // sharing two of A's words.
                const std::size_t x_end = std::max(q.unit_end, q.byte_end);
                std::string rest = lower(r.text(x).substr(x_end, here.end - std::min(here.end, x_end)));
                rest.erase(0, rest.find_first_not_of(' '));
                if (matches == 0 && !rest.empty() && rest[0] == '(') {
                    const std::size_t close = rest.find(')');
                    const std::string aside = close == std::string::npos ? std::string() : rest.substr(1, close);
                    const bool period_aside = phrases::contains(aside, "cùng kỳ") || phrases::contains(aside, "năm trước") || year_of(aside) > 0;
                    rest = period_aside ? rest.substr(close + 1) : std::string("x");
                    rest.erase(0, rest.find_first_not_of(' '));
                }
                if (matches == 0 && (rest.empty() || rest == ".")) {
                    std::size_t next_begin = std::string::npos, next_end = 0;
                    for (const auto& sb : sentences) {
                        if (sb.begin >= here.end && next_begin == std::string::npos) {
                            next_begin = sb.begin;
                            next_end = sb.end;
                        }
                    }
                    const std::string opening = next_begin == std::string::npos ? std::string() : lower(r.text(x).substr(next_begin, 10));
                    const int yn = phrases::starts(opening, "năm ") ? year_of(opening) : 0;
                    if (yn > 0 && yn < ya) prior_between(next_begin, next_end, false);
                }
            }
            if (matches == 0 && wide && ya == 0) {
                // "Cùng kỳ năm trước, kim ngạch xuất khẩu của tỉnh đạt B. Năm nay ước đạt C, tăng
                // X%.": a sentence naming no indicator before C ("Năm nay ước đạt") goes on with the
                // subject of the sentence before; when that one opens with the prior period, its
                // one figure of A's kind is the prior.
                const auto& q = qs[x];
                const auto here = r.quantities.sentence_at(q.paragraph, q.byte_begin);
                std::size_t prev_begin = std::string::npos;
                for (const auto& sb : r.quantities.sentences(q.paragraph)) {
                    if (sb.end <= here.begin) prev_begin = sb.begin;
                }
                bool elided = r.same_sentence(a, x) && qs[a].byte_begin >= here.begin;
                for (const auto& w : phrases::words_of(lower(r.text(a).substr(here.begin, qs[a].byte_begin - here.begin)))) {
                    static const std::set<std::string> kPeriod = {"năm", "nay", "ước", "đạt", "là", "tính", "cả", "và", "thực", "hiện", "trong"};
                    elided = elided && kPeriod.count(w) > 0;
                }
                if (elided && prev_begin != std::string::npos) {
                    const std::string opening = lower(r.text(x).substr(prev_begin, 24));
                    if (phrases::starts(opening, "cùng kỳ") || phrases::starts(opening, "năm trước")) {
                        const auto [pf, pl] = r.quantities.in(q.paragraph);
                        std::size_t found = std::string::npos;
                        int candidates = 0;
                        for (std::size_t k = pf; k < pl; ++k) {
                            if (qs[k].byte_begin < prev_begin || qs[k].byte_begin >= here.begin || !r.usable(k) || qs[k].percent()) continue;
                            if (!agree(r, a, k)) continue;
                            ++candidates;
                            found = k;
                        }
                        if (candidates == 1) {
                            matches = 1;
                            ref = found;
                        }
                    }
                }
            }
            if (matches == 1) {
                prior_by_year = true;
                a = subject;
            }
        }
        // A share ("chiếm (tỷ lệ) X%") naming no whole is often of the population, never read
        // against the sentence before.
        const bool share_of_unnamed = r.word_before(x) == "chiếm" || lower(analysis::words_before(t, qs[x].byte_begin, 3)) == "chiếm tỷ lệ";
        if (matches == 0 && wide && verb == Verb::Share && target == Target::Unnamed && !share_of_unnamed) {
            // "Số vụ án thụ lý là T vụ. Đã giải quyết A vụ, đạt X%.": the whole stated alone in the
            // sentence before, the one figure of A's kind there, no rate of its own, no plan or
            // prior, not below A, of A's year; A the only figure of its kind in its sentence.
            // The rate a clause of its own (", đạt X%"): "120 dự án hoàn thành đạt 95%" rates
            // the projects' own progress.
            bool alone = r.between(a, x).find(',') != std::string::npos;
            for (std::size_t k : g.figures) {
                if (k != a && !qs[k].percent() && agree(r, a, k)) alone = false;
            }
            const auto& q = qs[x];
            const auto here = r.quantities.sentence_at(q.paragraph, q.byte_begin);
            std::size_t prev_begin = std::string::npos, prev_end = std::string::npos;
            for (const auto& sb : r.quantities.sentences(q.paragraph)) {
                if (sb.end <= here.begin) {
                    prev_begin = sb.begin;
                    prev_end = sb.end;
                }
            }
            if (alone && prev_begin != std::string::npos) {
                const auto [pf, pl] = r.quantities.in(q.paragraph);
                std::size_t found = std::string::npos;
                int candidates = 0;
                bool rated = false;
                for (std::size_t k = pf; k < pl; ++k) {
                    if (qs[k].byte_begin < prev_begin || qs[k].byte_begin >= prev_end) continue;
                    if (qs[k].percent() || r.in_points(k)) rated = true;
                    if (!r.usable(k) || qs[k].percent() || !agree(r, a, k)) continue;
                    ++candidates;
                    found = k;
                }
                // "Đến 30/6 có 203 HTX và 02 LH HTX. Ước cả năm có 204 HTX, 02 LH HTX, đạt X%": a
                // sentence before stating the other figures of A's too states the same stock at
                // another time, no whole.
                for (std::size_t k : g.figures) {
                    for (std::size_t j = pf; j < pl && found != std::string::npos; ++j) {
                        if (k != a && !qs[k].percent() && qs[j].byte_begin >= prev_begin && qs[j].byte_begin < prev_end && j != found &&
                            r.usable(j) && !qs[j].percent() && agree(r, k, j)) {
                            found = std::string::npos;
                        }
                    }
                }
                const std::string prev = lower(t.substr(prev_begin, prev_end - prev_begin));
                const bool changes = any_of(prev, {"tăng", "giảm", "so với", "cùng kỳ"});
                if (candidates == 1 && found != std::string::npos && !rated && !changes && (role(found) & (kPlan | kPrior)) == 0 && !plan_words(prev) && qs[found].hedge == Hedge::None &&
                    qs[a].hedge == Hedge::None && qs[found].interval.lo >= qs[a].interval.hi && year_of(prev) == year_of(g.context(a)) &&
                    !g.own_change(a)) {
                    matches = 1;
                    ref = found;
                }
            }
        }
        if (matches == 0) return true;
        if (matches != 1) return false;
    }
    if (ref == std::string::npos || ref == a || qs[ref].ambiguous || qs[a].percent() || qs[ref].percent()) return false;
    // Percentage points ("đóng góp 4,93 điểm phần trăm") are rates, never a level or a whole.
    if (r.in_points(a) || r.in_points(ref)) return false;
    // The reference is the nearest of A's kind: "Kế hoạch P, giải ngân A1, đạt X1%, trong đó vốn
    // tỉnh A2, đạt X2%" rates A2 against a plan of its own, not P.
    for (std::size_t k : g.figures) {
        if (k > std::min(a, ref) && k < std::max(a, ref) && !qs[k].percent() && agree(r, a, k)) return false;
    }
    if (ref < a && phrases::contains(r.between(ref, a), "trongđó") && ((role(ref) & kPlan) || r.rated(ref) || r.rated_before(ref))) return false;
    // A change ("giảm 30 vụ", "tăng thêm 12 tỷ đồng") is no part, level or result of its own.
    // ("Thành phố đã giải ngân hơn A trong tổng vốn hơn P …, đạt X% kế hoạch": A taken out of the
    // plan named as its whole.)
    const bool out_of_plan = target == Target::Plan && ref > a && (role(ref) & kWhole) != 0;
    if (changed(r, a, out_of_plan) || changed(r, ref, out_of_plan)) return false;
    for (const char* w : {"thêm", "giảm", "tăng"}) {
        if (r.word_before(a) == w || r.word_before(ref) == w) return false;
    }
    // "tăng ở 58 huyện và giảm ở 3 huyện": counts of the places where it changed, no levels.
    for (const char* w : {"ở", "tại"}) {
        if (verb == Verb::Change && (r.word_before(a) == w || r.word_before(ref) == w)) return false;
    }
    Relation rel;
    rel.stated = x;
    rel.terms = {a, ref};
    rel.decrease = decrease;
    if (verb == Verb::Change) {
        if (!(role(ref) & kPrior) && !prior_by_year) return false;
        rel.family = Relation::Family::Growth;
    } else if (target == Target::Prior) {
        // "bằng|đạt X% so với cùng kỳ": the ratio to the prior value.
        if (verb != Verb::Share || r.word_before(x) == "chiếm" || !(role(ref) & kPrior)) return false;
        rel.family = Relation::Family::Ratio;
    } else if (verb == Verb::Exceed) {
        if (!(role(ref) & kPlan) && target != Target::Plan) return false;
        rel.family = Relation::Family::Exceed;
    } else {
        const bool plan = (role(ref) & kPlan) != 0 || target == Target::Plan;
        if (!plan && qs[a].interval.lo > qs[ref].interval.hi) return false;  // a part is smaller than its whole
        if (!plan && r.of_whole_body(ref, x)) return false;
        // "… kế hoạch giao P hộ, chiếm X%": a share of some whole, no attainment of the plan.
        if (plan && target != Target::Plan && r.word_before(x) == "chiếm") return false;
        rel.family = plan ? Relation::Family::Attainment : Relation::Family::PartShare;
        // "… đặt kế hoạch 6 tháng cuối năm P …, hoàn thành 100% kế hoạch năm": a part of the
        // year's plan is not the year's.
        if (plan && any_of(phrases::squeeze(r.after(x, 24), 0, r.after(x, 24).size()), {"kếhoạchnăm", "kếhoạchcảnăm"})) {
            const auto sb = r.quantities.sentence_at(qs[ref].paragraph, qs[ref].byte_begin);
            const std::string planned = lower(r.text(ref).substr(sb.begin, qs[ref].byte_begin - sb.begin));
            if (any_of(planned, {"tháng", "quý"})) return false;
        }
    }
    out.push_back(std::move(rel));
    return false;
}

}  // namespace

void read_general(const Reading& r, std::vector<Relation>& out) {
    std::set<std::size_t> taken;
    for (const auto& rel : out) taken.insert(rel.stated);
    for (const auto& [x, first] : r.candidates()) {
        // ("chiếm 40% (200 tỷ đồng)": X's own part after it, the figure before it another's.)
        if (taken.count(x) || r.part_after(x)) continue;
        if (read_one(r, x, first, out, false)) read_one(r, x, first, out, true);
    }
}

}  // namespace soat::analysis::relations
