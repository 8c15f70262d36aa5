// Attainment of a plan: "đạt|bằng X% kế hoạch|dự toán|chỉ tiêu|Nghị quyết" and "vượt X% kế
// hoạch" after the achieved figure A, with the plan P stated before A (the nearest figure of
// A's kind, named as a plan in its clause: "Kế hoạch vốn … được giao P; … giải ngân A, bằng X%
// kế hoạch", also in the paragraph before), right after X in parentheses ("(kế hoạch P)",
// "dự toán (P)"), or as A/P ("đạt A tỷ đồng/P tỷ đồng, đạt X% kế hoạch").
#include "analysis/relations/reading.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace soat::analysis::relations {

namespace {

// The plan word right after X, "" when none.
std::string plan_word(const std::string& after) {
    std::size_t i = after.find_first_not_of(' ');
    if (i == std::string::npos) return {};
    std::string_view a = std::string_view(after).substr(i);
    // "đạt tỷ lệ X% so với kế hoạch", "bằng X% so với chỉ tiêu kế hoạch năm".
    if (phrases::starts(a, "so với ")) a.remove_prefix(std::string_view("so với ").size());
    // "hoàn thành X% nhiệm vụ (được giao)": the task assigned is the plan.
    for (const char* w : {"kế hoạch", "dự toán", "chỉ tiêu", "nghị quyết", "mục tiêu", "kh ", "nhiệm vụ"}) {
        if (phrases::starts(a, w)) return w;
    }
    return {};
}

// "Chỉ tiêu giải quyết việc làm năm 2024 là P lao động. Kết quả, … A lao động, đạt X%.": a bare
// rate closing the sentence after one that states a plan — opened by its plan word and holding
// that one figure, of A's kind — rates A against it. The plan, npos when none.
std::size_t plan_sentence_before(const Reading& r, std::size_t a, std::size_t x) {
    const auto& qs = r.qs;
    std::string rest = r.after(x, 4);
    rest.erase(0, rest.find_first_not_of(' '));
    if (!rest.empty() && rest[0] != '.') return std::string::npos;
    const auto sa = r.quantities.sentence_at(qs[a].paragraph, qs[a].byte_begin);
    // The previous sentence: in A's paragraph, or the last of the paragraph before.
    std::size_t p = qs[a].paragraph, at = sa.begin;
    while (at > 0 && r.text(a)[at - 1] == ' ') --at;
    if (at == 0) {
        if (p == 0 || !r.quantities.vietnamese(p - 1)) return std::string::npos;
        --p;
        at = r.doc.paragraphs[p].text.size();
    }
    if (at == 0) return std::string::npos;
    const auto sp = r.quantities.sentence_at(p, at - 1);
    const std::string head = lower(r.doc.paragraphs[p].text.substr(sp.begin, 24));
    bool plan_head = false;
    for (const char* w : {"chỉ tiêu", "kế hoạch", "dự toán", "mục tiêu"}) plan_head = plan_head || phrases::starts(head, w);
    if (!plan_head) return std::string::npos;
    std::size_t plan = std::string::npos;
    int figures = 0;
    const auto [first, last] = r.quantities.in(p);
    for (std::size_t k = first; k < last; ++k) {
        if (qs[k].byte_begin < sp.begin || qs[k].byte_begin >= sp.end || qs[k].role == Role::Year || qs[k].role == Role::Date) continue;
        ++figures;
        plan = k;
    }
    if (figures != 1 || !r.usable(plan) || qs[plan].percent() || !r.same_kind(plan, a)) return std::string::npos;
    // The plan names what it plans: a word of its sentence before its figure that is no plan word,
    // period or verb ("Chỉ tiêu giải quyết việc làm … là P", "Kế hoạch vốn đầu tư công … được giao
    // P"; not "Kế hoạch giao P vụ", which A may not be measured against).
    {
        static const std::set<std::string> kStop = {"chỉ", "tiêu", "kế", "hoạch", "dự", "toán", "mục", "năm", "là", "được", "giao",
                                                    "đạt", "của", "tỉnh", "toàn", "cả", "và", "các", "cho", "trên", "địa", "bàn", "đã"};
        const auto plan_words = phrases::words_of(lower(r.doc.paragraphs[p].text.substr(sp.begin, qs[plan].byte_begin - sp.begin)));
        const bool names = std::any_of(plan_words.begin(), plan_words.end(), [](const std::string& w) {
            return !kStop.count(w) && !w.empty() && !std::isdigit(static_cast<unsigned char>(w[0]));
        });
        if (!names) return std::string::npos;
    }
    // A is the one figure of its kind in its sentence before X.
    const auto [af, al] = r.quantities.in(qs[a].paragraph);
    for (std::size_t k = af; k < a; ++k) {
        if (qs[k].byte_begin >= sa.begin && r.usable(k) && r.same_kind(k, a)) return std::string::npos;
    }
    return plan;
}

// The clause before a plan candidate names it as a plan.
bool named_plan(const Reading& r, std::size_t k, const std::string& word) {
    const std::string_view t = r.text(k);
    std::size_t cs = Reading::clause_start(t, r.qs[k].byte_begin, false);
    // "Kế hoạch năm: P": the label before the colon names the figure.
    if (cs > 0 && t[cs - 1] == ':' && t.substr(cs, r.qs[k].byte_begin - cs).find_first_not_of(' ') == std::string_view::npos) {
        cs = Reading::clause_start(t, cs - 1, false);
    }
    // "Kế hoạch vốn ngân sách nhà nước (NSNN) … là P": a closed parenthesis (an abbreviation, an
    // aside) is inside the clause, not its start.
    while (cs > 0 && t[cs - 1] == '(' && t.find(')', cs) < r.qs[k].byte_begin) cs = Reading::clause_start(t, cs - 1, false);
    std::string clause = lower(t.substr(cs, r.qs[k].byte_begin - cs));
    for (const char* w : {"kế hoạch", "dự toán", "chỉ tiêu", "mục tiêu", "được giao", "nghị quyết"}) {
        if (phrases::contains(clause, w)) return word != "nghị quyết" || std::string_view(w) != "dự toán";
    }
    // "tỉnh giao P": the verb whose object is the figure, not "giao" in a word of its own
    // ("giao lưu", "bàn giao", "giao dịch").
    while (!clause.empty() && clause.back() == ' ') clause.pop_back();
    const auto words = phrases::words_of(clause);
    return words.size() >= 2 && words.back() == "giao" && words[words.size() - 2] != "bàn" && words[words.size() - 2] != "chuyển";
}

// Figure k is itself rated ("dịch tả 1.800 liều đạt 30% kế hoạch"): a result, no plan.
bool achieved(const Reading& r, std::size_t k) { return r.rated(k) || r.rated_by_next(k); }

// "kế hoạch tiêm 6.000 liều A, 6.000 liều B, 3.000 liều C": one of several plans of one kind in
// its sentence; which is A's is not said by proximity.
bool one_of_plans(const Reading& r, std::size_t k, std::size_t a) {
    const auto [first, last] = r.quantities.in(r.qs[k].paragraph);
    for (std::size_t j = first; j < last && j < a; ++j) {
        if (j != k && r.usable(j) && !r.qs[j].percent() && r.same_sentence(j, k) && r.same_kind(j, k) && !achieved(r, j)) return true;
    }
    return false;
}

// Words that make A something other than what the plan counts.
bool comparison(const std::string& clause) {
    for (const char* w : {"so với", "cùng kỳ", "tăng", "giảm", "lũy kế", "luỹ kế", "bình quân"}) {
        if (phrases::contains(clause, w)) return true;
    }
    return false;
}

// "đạt X% kế hoạch P", "bằng X% dự toán giao P": the plan right after its name, no parenthesis.
bool plan_named_before(const std::string& gap) {
    for (const char* w : {"kếhoạch", "dựtoán", "chỉtiêu", "mụctiêu"}) {
        for (const char* tail : {"", "là", "giao", "đượcgiao", "đềra"}) {
            if (gap == std::string(w) + tail) return true;
        }
    }
    return false;
}

// The figure a rate after a parenthesis closing on figure `a` rates too: the one before the
// first rate of the chain ("A, bằng X1% … (P1)"), an attainment verb between; npos when none.
std::size_t rated_before(const Reading& r, std::size_t a, std::size_t first) {
    const auto& qs = r.qs;
    std::size_t j = a;
    while (j > first && (qs[j - 1].percent() || r.between(j - 1, j).find('(') != std::string::npos || j == a)) {
        --j;
        if (!qs[j].percent()) continue;
        if (j == first || !r.usable(j - 1) || qs[j - 1].percent() || !r.same_kind(j - 1, a)) return std::string::npos;
        const std::string verb = r.between(j - 1, j);
        if (verb == ",bằng" || verb == ",đạt") return j - 1;
        return std::string::npos;
    }
    return std::string::npos;
}

}  // namespace

void read_attainment(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    for (const auto& [x, first] : r.candidates()) {
        if (!qs[x].percent()) continue;
        // "vượt dự toán Y%": the plan named between the verb and the rate, as after it.
        std::string plan_between;
        {
            const std::string& pre = r.clause_before(x);
            for (const char* w : {"dựtoán", "kếhoạch", "chỉtiêu"}) {
                if (pre.ends_with(std::string("vượt") + w)) plan_between = w;
            }
        }
        // "tương đương X% kế hoạch", "đạt tỷ lệ X% so với kế hoạch".
        if (plan_between.empty() && !after_verb(r, x, {"đạt", "bằng", "vượt", "đương", "lệ", "thành"})) continue;  // "hoàn thành X% kế hoạch"
        std::string word = plan_between.empty() ? plan_word(r.after(x)) : plan_word(" " + lower(std::string(plan_between == "dựtoán" ? "dự toán" : plan_between == "kếhoạch" ? "kế hoạch" : "chỉ tiêu")));
        const bool bare = word.empty();
        if (bare && (r.word_before(x) == "vượt" || r.word_before(x) == "lệ")) continue;
        const bool exceed = r.word_before(x) == "vượt" || !plan_between.empty();
        std::size_t a = x - 1;
        if (!r.usable(a)) continue;
        std::string gap = r.between(a, x);
        // "đạt A, tăng Y% so với cùng kỳ, đạt X% kế hoạch": a growth against the prior period
        // between A and its attainment.
        if (qs[a].percent() && a > first && r.usable(a - 1) && !qs[a - 1].percent()) {
            const std::string growth = r.between(a - 1, a);
            const bool tail = phrases::starts(gap, "sovớicùngkỳ,") || phrases::starts(gap, "sovớinămtrước,") ||
                              phrases::starts(gap, "sovớicùngkỳnămtrước,");
            if ((growth == ",tăng" || growth == ",giảm") && tail) {
                gap = gap.substr(gap.find(','));
                a = a - 1;
            }
        }
        if (qs[a].percent()) continue;
        // "A, bằng X1% chỉ tiêu … giao (P1), bằng X2% chỉ tiêu … giao (P2)": the plan of one rate,
        // in its parenthesis, is no achievement of the next; both rate A, the figure before the first.
        if (phrases::starts(gap, "),") || phrases::starts(gap, ")và")) {
            const std::size_t outer = rated_before(r, a, first);
            if (outer == std::string::npos) continue;
            a = outer;
            gap = "," + gap.substr(phrases::starts(gap, "),") ? 2 : std::string_view(")và").size());
        }
        // "đã giao A thanh niên nhập ngũ, đạt X% chỉ tiêu": the words naming A before the comma.
        if (gap.find(',') != std::string::npos && gap[0] != ',' && gap.find_first_of(";()") == std::string::npos &&
            gap.find(',') == gap.rfind(',')) {
            const std::string_view t = r.text(a);
            const std::size_t from = std::max(qs[a].unit_end, qs[a].noun_end);
            const std::string_view naming = t.substr(from, t.find(',', from) - from);
            if (phrases::words_of(naming).size() <= 6 && !phrases::contains(gap.substr(0, gap.find(',')), "sovới")) gap.erase(0, gap.find(','));
        }
        for (const char* filler : {"tỷlệ", "tỉlệ"}) {
            if (gap.size() > std::string_view(filler).size() && gap.ends_with(filler)) gap.erase(gap.size() - std::string_view(filler).size());
        }
        if (!plan_between.empty() && gap.ends_with(plan_between)) gap.erase(gap.size() - plan_between.size());
        // "chỉ đạt", "mới đạt": an adverb before the verb qualifies it.
        for (const char* adverb : {",chỉ", ",mới", ",đã"}) {
            const std::string a = adverb;
            if (phrases::starts(gap, a) && gap.size() > a.size()) gap = "," + gap.substr(a.size());
        }
        if (gap == ",tươngđương" || gap == ",hoànthành") gap = ",bằng";
        if (gap != ",đạt" && gap != ",bằng" && gap != ",vượt" && gap != ";đạt" && gap != ";bằng") continue;
        // "T buổi, trong đó a …, b … và A …, đạt X% kế hoạch": the rate after a list of parts
        // closes the sentence and is T's.
        int siblings = 0;
        if (const std::size_t parent = r.breakdown_parent(a, siblings); parent != std::string::npos && siblings > 0) a = parent;
        std::size_t plan = std::string::npos;
        // "đạt A/P, đạt X%": the slash pair.
        if (a > first && r.usable(a - 1) && r.between(a - 1, a) == "/" && r.same_kind(a - 1, a)) {
            plan = a;
            a = a - 1;
        }
        const std::string_view t = r.text(a);
        const std::size_t cs = Reading::clause_start(t, qs[a].byte_begin, false);
        if (comparison(lower(t.substr(cs, qs[a].byte_begin - cs)))) continue;
        // "(kế hoạch P)", "dự toán (P)" right after X.
        const std::size_t n = r.next_figure(x);
        if (plan == std::string::npos && n != std::string::npos && r.usable(n) && r.same_kind(n, a)) {
            const std::string g = r.between(x, n);
            // Inside the parenthesis only the plan's name: "(kế hoạch P)", "dự toán (P)", not "(trong
            // đó có P …)", which is a part.
            const std::string inside = g.find('(') == std::string::npos ? "\x01" : g.substr(g.find('(') + 1);
            const bool named = inside.empty() || ((phrases::starts(inside, "kếhoạch") || phrases::starts(inside, "dựtoán") ||
                                                   phrases::starts(inside, "chỉtiêu")) && inside.size() <= 24) ||
                               plan_named_before(g);
            // "đạt X% dự toán HĐND tỉnh giao (trong đó dự toán HĐND tỉnh giao: P)": the parenthesis
            // names again the plan written after X, then gives it.
            const std::string outside = g.substr(0, std::min(g.size(), g.find('(')));
            const bool restated = inside != "\x01" && !plan_word(" " + lower(r.after(x, 24))).empty() && outside.size() >= 6 &&
                                  inside.ends_with(outside + ":");
            if (((g.size() < 48 && named) || restated) && !phrases::contains(g, ")")) {
                plan = n;
            }
        }
        bool by_proximity = false;
        if (bare) {
            if (plan != std::string::npos) continue;
            plan = plan_sentence_before(r, a, x);
            by_proximity = true;
        }
        if (plan == std::string::npos && !bare) {
            std::size_t j = r.previous_of_kind(a, a, true);
            // A part of a plan's breakdown ("Kế hoạch giao P lớp, trong đó … và b lớp …") is not
            // the plan: P is.
            int parts = 0;
            bool parent_of_parts = false;
            if (j != std::string::npos) {
                if (const std::size_t parent = r.breakdown_parent(j, parts); parent != std::string::npos) {
                    j = parent;
                    parent_of_parts = true;
                }
            }
            const bool fall_to = j != std::string::npos && r.falls_to(j);
            if (j != std::string::npos && named_plan(r, j, word) && !qs[j].percent() && !achieved(r, j) && !fall_to &&
                (parent_of_parts || !one_of_plans(r, j, a))) {
                plan = j;
                by_proximity = true;
            }
        }
        if (plan == std::string::npos || qs[plan].ambiguous) continue;
        // "bằng X% kế hoạch (không bao gồm …)", a plan "(trong đó … - không bao gồm …)": the figures
        // compared leave something out of the plan named, and X may be of what is left.
        if (by_proximity) {
            const auto sx = r.quantities.sentence_at(qs[x].paragraph, qs[x].byte_begin);
            const auto sp = r.quantities.sentence_at(qs[plan].paragraph, qs[plan].byte_begin);
            if (phrases::exclusion(lower(r.text(x).substr(sx.begin, sx.end - sx.begin))) ||
                phrases::exclusion(lower(r.text(plan).substr(sp.begin, sp.end - sp.begin)))) {
                continue;
            }
        }
        Relation rel;
        rel.family = exceed ? Relation::Family::Exceed : Relation::Family::Attainment;
        rel.stated = x;
        rel.terms = {a, plan};
        rel.by_proximity = by_proximity;
        out.push_back(std::move(rel));
    }
}

}  // namespace soat::analysis::relations
