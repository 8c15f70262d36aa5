#include "analysis/relations/relations.hpp"
#include "analysis/numbers_text.hpp"

#include "analysis/claims.hpp"
#include "analysis/ratios.hpp"
#include "analysis/relations/reading.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace soat::analysis {

namespace relations {

using phrases::squeeze;

void Reading::list_candidates() {
    std::vector<Candidate>& out = candidate_list;
    out.clear();
    for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
        if (!quantities.vietnamese(p)) continue;
        const auto [first, last] = quantities.in(p);
        for (std::size_t k = first + 1; k < last; ++k) {
            if (usable(k) && !covered[k] && !qs[k].negative) out.push_back({k, first});
        }
    }
}

std::string Reading::after(std::size_t k, std::size_t n) const {
    const std::string_view t = text(k);
    const std::size_t from = std::max(qs[k].unit_end, qs[k].noun_end);
    if (from >= t.size()) return {};
    std::size_t len = std::min(n, t.size() - from);
    while (from + len < t.size() && (static_cast<unsigned char>(t[from + len]) & 0xC0) == 0x80) ++len;
    return lower(t.substr(from, len));
}

bool Reading::in_points(std::size_t k) const {
    if (qs[k].unit != "điểm") return false;
    const std::string a = after(k, 16);
    return phrases::starts(a, " phần trăm") || phrases::starts(a, " %") || phrases::starts(a, "%");
}

bool Reading::rated_by_next(std::size_t k) const {
    const std::size_t n = next_figure(k);
    if (n == std::string::npos || !qs[n].percent() || !same_sentence(k, n)) return false;
    const std::string gap = between(k, n);
    return gap == ",đạt" || gap == ",bằng" || gap == "(đạt" || gap == "(bằng" || gap == "đạt" || gap == "bằng";
}

std::string Reading::before(std::size_t k, std::size_t n) const {
    const std::string_view t = text(k);
    const std::size_t to = qs[k].byte_begin;
    std::size_t from = to > n ? to - n : 0;
    while (from > 0 && (static_cast<unsigned char>(t[from]) & 0xC0) == 0x80) --from;
    return lower(t.substr(from, to - from));
}

const std::string& Reading::between(std::size_t a, std::size_t b) const {
    const auto [at, added] = between_memo.try_emplace(static_cast<std::uint64_t>(a) << 32 | b);
    if (!added) return at->second;
    const std::size_t end = std::max(qs[a].unit_end, qs[a].noun_end);
    if (qs[a].paragraph != qs[b].paragraph || end > qs[b].byte_begin) {
        at->second.assign(1, '\x01');
    } else {
        at->second = squeeze(text(a), end, qs[b].byte_begin);
    }
    return at->second;
}

const std::string& Reading::clause_before(std::size_t k) const {
    const auto [at, added] = clause_memo.try_emplace(k);
    if (added) {
        const std::string_view t = text(k);
        at->second = squeeze(t, clause_start(t, qs[k].byte_begin, true), qs[k].byte_begin);
    }
    return at->second;
}

std::string Reading::between_to_bound(std::size_t a, std::size_t x) const {
    std::string gap = between(a, x);
    if (qs[x].hedge != Hedge::Above && qs[x].hedge != Hedge::Below) return gap;
    for (std::string_view w : {"gần", "hơn", "trên"}) {
        if (gap.ends_with(w)) {
            gap.erase(gap.size() - w.size());
            break;
        }
    }
    return gap;
}

bool Reading::part_after(std::size_t x) const {
    const std::size_t own = next_figure(x);
    return own != std::string::npos && usable(own) && !qs[own].percent() && !qs[own].negative && qs[own].paragraph == qs[x].paragraph &&
           word_before(x) == "chiếm" && between(x, own) == "(" && phrases::starts(after(own, 2), ")");
}

std::string Reading::word_before(std::size_t k) const { return lower(analysis::word_before(text(k), qs[k].byte_begin)); }

std::string Reading::verb_before(std::size_t k) const {
    const std::string_view t = text(k);
    std::size_t begin = qs[k].byte_begin;
    std::string w = lower(analysis::word_before(t, begin, &begin));
    auto qualifier = [](const std::string& x) {
        return x == "khoảng" || x == "gần" || x == "trên" || x == "hơn" || x == "dưới" || x == "xỉ" || x == "xấp" || x == "chừng";
    };
    while (qs[k].hedge != Hedge::None && begin > 0 && qualifier(w)) w = lower(analysis::word_before(t, begin, &begin));
    return w;
}

bool Reading::same_kind(std::size_t a, std::size_t b) const {
    if (qs[a].unit != qs[b].unit) return false;
    // "85,2 thuê bao/100 dân" is a rate, "98,6 triệu thuê bao" a count.
    // A slash then a word ("người/ngày") or a power of ten counting something else ("thuê bao/100
    // dân"), not a fraction ("1.840 vụ/1.935 vụ", "600 tỷ đồng/1.000 tỷ đồng").
    auto per = [&](std::size_t k) {
        const std::string_view t = text(k);
        const std::size_t end = std::max(qs[k].unit_end, qs[k].noun_end);
        if (end >= t.size() || t[end] != '/') return false;
        std::size_t e = end + 1;
        std::string digits;
        for (; e < t.size() && (std::isdigit(static_cast<unsigned char>(t[e])) || t[e] == '.'); ++e) {
            if (t[e] != '.') digits += t[e];
        }
        if (digits.empty()) return true;
        if (digits.size() < 3 || digits[0] != '1' || digits.find_first_not_of('0', 1) != std::string::npos) return false;
        const auto before = phrases::words_of(t.substr(qs[k].byte_end, end - qs[k].byte_end));
        auto after = phrases::words_of(t.substr(e, 24));
        if (after.size() > 2) after.resize(2);
        return before.empty() || std::find(after.begin(), after.end(), before.back()) == after.end();
    };
    if (per(a) != per(b)) return false;
    if (!qs[a].is_count()) return true;
    // "26.077 lượt khách" and "17.775 lượt": one noun the start of the other, word by word.
    const std::string& x = qs[a].noun.size() <= qs[b].noun.size() ? qs[a].noun : qs[b].noun;
    const std::string& y = qs[a].noun.size() <= qs[b].noun.size() ? qs[b].noun : qs[a].noun;
    if (x.empty() || x == y || (y.compare(0, x.size(), x) == 0 && y[x.size()] == ' ')) return true;
    // "233.219 công chức …, 160.471 người có trình độ đại học": "người" counts people, whatever
    // noun named them.
    return (qs[a].noun == "người" && counts_people(b)) || (qs[b].noun == "người" && counts_people(a));
}

bool Reading::counts_people(std::size_t k) const {
    static const std::set<std::string, std::less<>> people = {
        "đại biểu", "công chức", "viên chức", "cán bộ", "lao động", "học sinh", "sinh viên", "học viên", "hội viên", "đoàn viên",
        "đảng viên", "bệnh nhân", "thí sinh", "cử tri", "ứng cử viên", "thành viên", "giáo viên", "công nhân", "nông dân",
        "du khách", "trẻ em", "thanh niên", "người"};
    const Quantity& q = qs[k];
    if (!q.is_count() || q.noun.empty()) return false;
    // (The words to the clause's end: "có 18.240 công chức." counts people too.)
    std::string_view next = text(k).substr(q.byte_end, 32);
    next = next.substr(0, std::min(next.size(), next.find_first_of(".;:")));
    const auto words = phrases::words_of(next);
    if (words.empty()) return false;
    if (words.size() >= 2 && people.count(words[0] + " " + words[1])) return true;
    return people.count(words[0]) > 0;
}

bool Reading::same_sentence(std::size_t a, std::size_t b) const {
    if (qs[a].paragraph != qs[b].paragraph) return false;
    const auto s = quantities.sentence_at(qs[a].paragraph, qs[a].byte_begin);
    return qs[b].byte_begin >= s.begin && qs[b].byte_begin < s.end;
}

std::size_t Reading::clause_start(std::string_view t, std::size_t at, bool commas) {
    std::size_t i = at;
    while (i > 0) {
        const char c = t[i - 1];
        if (c == ';' || c == ':' || c == '(' || (commas && c == ',') || (c == '.' && (i == t.size() || t[i] == ' '))) break;
        --i;
    }
    return i;
}

std::size_t Reading::previous_of_kind(std::size_t k, std::size_t like, bool previous_paragraph) const {
    const std::size_t p = qs[k].paragraph;
    const auto [first, last] = quantities.in(p);
    for (std::size_t j = k; j > first; --j) {
        if (j - 1 != like && usable(j - 1) && same_kind(j - 1, like)) return j - 1;
    }
    if (!previous_paragraph || p == 0 || !quantities.vietnamese(p - 1)) return std::string::npos;
    const auto [pf, pl] = quantities.in(p - 1);
    for (std::size_t j = pl; j > pf; --j) {
        if (usable(j - 1) && same_kind(j - 1, like)) return j - 1;
    }
    return std::string::npos;
}

std::size_t Reading::breakdown_parent(std::size_t k, int& siblings) const {
    siblings = 0;
    const auto first = quantities.in(qs[k].paragraph).first;
    for (std::size_t j = k; j-- > first;) {
        if (!same_sentence(j, k)) break;
        if (!usable(j) || qs[j].percent() || !same_kind(j, k)) continue;
        if (phrases::contains(between(j, k), "trongđó")) return j;
        ++siblings;
    }
    return std::string::npos;
}

std::size_t Reading::next_figure(std::size_t k) const {
    const auto [first, last] = quantities.in(qs[k].paragraph);
    for (std::size_t j = k + 1; j < last; ++j) {
        if (qs[j].role != Role::Year && qs[j].role != Role::Date) return j;
    }
    return std::string::npos;
}

std::size_t Reading::previous_figure(std::size_t k) const {
    const auto [first, last] = quantities.in(qs[k].paragraph);
    for (std::size_t j = k; j > first; --j) {
        if (qs[j - 1].role != Role::Year && qs[j - 1].role != Role::Date) return j - 1;
    }
    return std::string::npos;
}

bool Reading::rated(std::size_t k) const {
    const std::size_t n = next_figure(k);
    if (n == std::string::npos || !qs[n].percent() || !same_sentence(k, n)) return false;
    std::string gap = between(k, n);
    bool rate_named = false;
    for (const char* filler : {"tỷlệ", "tỉlệ"}) {
        if (gap.size() > std::string_view(filler).size() && gap.ends_with(filler)) {
            gap.erase(gap.size() - std::string_view(filler).size());
            rate_named = true;
        }
    }
    // "T ha cây hàng năm các loại, đạt X%": the words naming T, then the verb.
    const std::size_t comma = gap.rfind(',');
    if (comma == std::string::npos || gap.substr(0, comma).find_first_of(",;()") != std::string::npos) return false;
    const std::string verb = gap.substr(comma + 1);
    // "T hộ nghèo, tỷ lệ X%": T's own rate.
    return (verb.empty() && rate_named) || verb == "đạt" || verb == "bằng" || verb == "tươngđương" || verb == "hoànthành";
}

bool Reading::has_share(std::size_t k) const {
    const std::size_t n = next_figure(k);
    if (n == std::string::npos || !qs[n].percent() || !same_sentence(k, n)) return false;
    return phrases::share_link(between(k, n));
}

bool Reading::of_whole_body(std::size_t whole, std::size_t x) const {
    std::string named = after(x, 32);
    named.erase(0, named.find_first_not_of(' '));
    for (const char* lead : {"trong ", "trên ", "so với ", "của "}) {
        if (phrases::starts(named, lead)) named.erase(0, std::string_view(lead).size());
    }
    if (!phrases::starts(named, "tổng số ")) return false;
    const std::string counted = after(whole, 64);
    return phrases::names_participants(counted.substr(0, counted.find_first_of(",;()")));
}

bool Reading::per_period(std::size_t k) const {
    const std::string_view t = text(k);
    const std::size_t from = clause_start(t, qs[k].byte_begin, true);
    const std::string_view raw = t.substr(from, std::min(t.size(), qs[k].byte_end + 24) - from);
    // (Most clauses name no period: read no further, lower nothing.)
    if (!phrases::contains(raw, " năm") && !phrases::contains(raw, " tháng") && !phrases::contains(raw, " quý")) return false;
    const std::string clause = lower(t.substr(from, qs[k].byte_begin - from));
    const std::string next = after(k, 16);
    for (const std::string_view each : {" mỗi năm", " hằng năm", " hàng năm", " mỗi tháng", " hằng tháng", " hàng tháng", " mỗi quý"}) {
        if (phrases::contains(" " + clause, each) || phrases::starts(next, each)) return true;
    }
    return false;
}

bool Reading::rated_before(std::size_t k) const {
    const auto [first, last] = quantities.in(qs[k].paragraph);
    std::size_t p = k;
    while (p > first && (qs[p - 1].role == Role::Year || qs[p - 1].role == Role::Date)) --p;
    if (p == first || !qs[p - 1].percent() || !same_sentence(p - 1, k)) return false;
    return phrases::rate_link(between(p - 1, k));
}

void add_part_share(std::vector<Relation>& out, std::size_t stated, std::size_t part, std::size_t whole) {
    if (std::any_of(out.begin(), out.end(), [stated](const Relation& e) { return e.stated == stated; })) return;
    Relation share;
    share.family = Relation::Family::PartShare;
    share.stated = stated;
    share.terms = {part, whole};
    out.push_back(std::move(share));
}

void add_balance(std::vector<Relation>& out, std::size_t rest, std::size_t in, std::size_t taken) {
    Relation rel;
    rel.family = Relation::Family::Balance;
    rel.stated = rest;
    rel.terms = {in, taken};
    out.push_back(std::move(rel));
}

bool Reading::led_by(std::size_t k, std::initializer_list<std::string_view> fillers, std::initializer_list<std::string_view> verbs) const {
    std::string lead = clause_before(k);
    for (const std::string_view filler : fillers) {
        if (lead.ends_with(filler)) lead.erase(lead.size() - filler.size());
    }
    return std::any_of(verbs.begin(), verbs.end(), [&](std::string_view v) { return lead.ends_with(v); });
}

std::string Reading::rate_label(std::size_t k) const {
    const std::string_view t = text(k);
    std::size_t cs = clause_start(t, qs[k].byte_begin, true);
    // A parenthesis opened right before the figure or its verb ("Tỷ lệ … (đạt X%)", "tỷ lệ … năm
    // 2024 (X%)") states the rate of the phrase it follows.
    if (cs > 0) {
        std::size_t open = cs;
        while (open > 0 && t[open - 1] == ' ') --open;
        if (open > 0 && t[open - 1] == '(' && lower(t.substr(cs, qs[k].byte_begin - cs)).find("tỷ lệ") == std::string::npos) {
            cs = clause_start(t, open - 1, true);
        }
    }
    std::string clause = lower(t.substr(cs, qs[k].byte_begin - cs));
    for (char& c : clause) {
        if (c == '(') c = ' ';
    }
    std::size_t at = clause.find("tỷ lệ");
    if (at == std::string::npos) at = clause.find("tỉ lệ");
    if (at == std::string::npos) at = clause.find("tỷ trọng");
    if (at == std::string::npos) return {};
    auto words = phrases::words_of(clause.substr(at));
    static const char* const kTrailing[] = {"đạt", "là", "còn", "ở", "mức", "khoảng", "ước", "năm", "tăng", "giảm", "lên", "xuống", "từ"};
    auto trailing = [](const std::string& w) {
        if (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0]))) return true;
        for (const char* x : kTrailing) {
            if (w == x) return true;
        }
        return false;
    };
    while (!words.empty() && trailing(words.back())) words.pop_back();
    std::string label;
    for (const auto& w : words) label += (label.empty() ? "" : " ") + w;
    return label;
}

bool after_verb(const Reading& r, std::size_t k, std::initializer_list<const char*> verbs) {
    const std::string w = r.word_before(k);
    for (const char* v : verbs) {
        if (w == v) return true;
    }
    return false;
}

}  // namespace relations

Relations::Relations(const Analysis& analysis) {
    const auto& quantities = analysis.get<Quantities>();
    const auto& qs = quantities.all();
    relations::Reading r{analysis.get<NumbersText>().document(), quantities, qs, std::vector<bool>(qs.size(), false), {}, {}, {}};
    const auto& claims = analysis.get<Claims>();
    const auto& ratios = analysis.get<Ratios>();
    for (const auto& c : claims.changes()) r.covered[c.percent] = true;
    for (const auto& a : claims.attainments()) r.covered[a.percent] = true;
    for (const auto& g : claims.growths()) r.covered[g.total_growth] = true;
    for (const auto& f : ratios.fraction_percents()) r.covered[f.percent] = true;
    for (const auto& s : ratios.part_shares()) r.covered[s.percent] = true;
    for (const auto& p : ratios.priors()) {
        if (p.percent) r.covered[*p.percent] = true;
        if (p.delta) r.covered[*p.delta] = true;
    }
    r.list_candidates();
    relations::read_attainment(r, all_);
    relations::read_part_share(r, all_);
    relations::read_examined(r, all_);
    relations::read_resolution(r, all_);
    relations::read_remainder(r, all_);
    relations::read_balance(r, all_);
    relations::read_exclusion(r, all_);
    relations::read_trade_balance(r, all_);
    relations::read_rank_change(r, all_);
    relations::read_month_cumulative(r, all_);
    relations::read_stock_share(r, all_);
    relations::read_listed_shares(r, all_);
    relations::read_composition(r, all_);
    relations::read_classification(r, all_);
    relations::read_growth(r, all_);
    relations::read_named_multiple(r, all_);
    relations::read_paired_comparison(r, all_);
    relations::read_parallel_change(r, all_);
    relations::read_contribution(r, all_);
    relations::read_target_gap(r, all_);
    relations::read_points(r, all_);
    relations::read_year_span(r, all_);
    relations::read_rate_bound(r, all_);
    relations::read_average(r, all_);
    relations::read_total_growth(r, all_);
    relations::read_group_rates(r, all_);
    relations::read_change_multiple(r, all_);
    relations::read_yearly_mean(r, all_);
    relations::read_general(r, all_);
    relations::read_whole_prior(r, all_);
    relations::read_share_whole(r, all_);
    relations::read_implied_whole(r, all_);
    relations::read_repeated_action(r, all_);  // (last: it skips a rate another reader took)
    for (Relation& rel : all_) {
        if (rel.family == Relation::Family::PartShare && rel.terms.size() == 2 && r.has_share(rel.terms[1])) {
            rel.whole_share = r.next_figure(rel.terms[1]);
        }
    }
}

}  // namespace soat::analysis
