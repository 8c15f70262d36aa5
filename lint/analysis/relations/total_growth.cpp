// The growth of a total against its parts' growth, stated as rates only: "Tổng kim ngạch tăng
// G%; trong đó xuất khẩu tăng a%, nhập khẩu tăng b%" (also a "Trong đó" sentence after the
// total's), and "A và B lần lượt tăng a% và b%, đưa tổng … tăng G%". A total's rate is a weighted
// mean of its parts' rates, so it lies between them when the parts make the whole; a "trong đó"
// list may leave parts out, so the check warns. Not read: lists said to be open ("một số … như:",
// "chủ yếu", "…", reconcile.md), GRDP against its sectors (product taxes are no sector), a rate
// in parentheses (a prior period's), parts with amounts (Claims reads those),
// parts holding two rates ("tăng 1,6% và 14%", against two periods), rates against different
// periods, and contributions in points (contribution.cpp).
#include "analysis/complements.hpp"
#include "analysis/relations/reading.hpp"
#include "analysis/words.hpp"

#include <soat/utf8.hpp>

#include <algorithm>

namespace soat::analysis::relations {

namespace {

// +1 after "tăng", −1 after "giảm" (past a qualifier), 0 otherwise. A rate listed right after
// another ("tăng a% và b%") takes its verb.
int sign_of(const Reading& r, std::size_t k) {
    const auto& qs = r.qs;
    if (!qs[k].percent() || !r.usable(k) || qs[k].negative) return 0;
    if (k > 0 && qs[k - 1].paragraph == qs[k].paragraph && qs[k - 1].percent()) {
        const std::string gap = r.between(k - 1, k);
        if (gap == "và" || gap == ",") return sign_of(r, k - 1);
    }
    const std::string w = r.verb_before(k);
    if (w == "tăng") return 1;
    if (w == "giảm") return -1;
    return 0;
}

// The period a rate is measured against ("so với cùng kỳ", "so với tháng trước"), squeezed, ""
// when none is named right after it.
std::string reference(const Reading& r, std::size_t k) {
    std::string a = phrases::squeeze(r.after(k, 60), 0, r.after(k, 60).size());
    if (!phrases::starts(a, "sovới") && !phrases::starts(a, "so")) return {};
    const std::size_t end = a.find_first_of(",;.()");
    return a.substr(0, end);
}

// A period named in squeezed text: a year, a month, or a prior period's words.
bool names_period(const std::string& t) {
    for (const char* w : {"cùngkỳ", "nămtrước", "kỳtrước", "tháng", "quý", "năm20", "năm19", "đầunăm", "cuốinăm"}) {
        if (phrases::contains(t, w)) return true;
    }
    return false;
}

// Text that makes a figure something other than a growth rate of a part.
bool other_measure(const std::string& gap) {
    for (const char* w : {"đónggóp", "điểm", "chiếm", "tỷtrọng", "bằng", "đạt"}) {
        if (phrases::contains(gap, w)) return true;
    }
    return false;
}

// A list that names only some parts: "trong đó một số ngành … như:", "tăng chủ yếu ở …".
bool open_list(const std::string& gap) {
    for (const char* w : {"mộtsố", "như", "chủyếu", "điểnhình", "nổibật", "đángchúý", "đánglưuý"}) {
        if (phrases::contains(gap, w)) return true;
    }
    return false;
}

// A total whose named parts cannot make it whole: GRDP holds product taxes beside its sectors.
bool beyond_its_sectors(const Reading& r, std::size_t g) {
    const auto s = r.quantities.sentence_at(r.qs[g].paragraph, r.qs[g].byte_begin);
    const std::string head = lower(r.text(g).substr(s.begin, r.qs[g].byte_begin - s.begin));
    return phrases::contains(head, "grdp") || phrases::contains(head, "tổng sản phẩm");
}

bool consistent_references(const Reading& r, std::size_t total, const std::vector<std::size_t>& parts) {
    std::string ref = reference(r, total);
    for (std::size_t p : parts) {
        const std::string pr = reference(r, p);
        if (pr.empty()) continue;
        if (!ref.empty() && pr != ref) return false;
        ref = pr;
    }
    return true;
}

void push(const Reading& r, std::size_t total, const std::vector<std::size_t>& parts, std::vector<Relation>& out) {
    if (parts.size() < 2 || !consistent_references(r, total, parts)) return;
    Relation rel;
    rel.family = Relation::Family::TotalGrowth;
    rel.stated = total;
    rel.terms = parts;
    rel.decrease = sign_of(r, total) < 0;
    for (std::size_t p : parts) rel.negative.push_back(sign_of(r, p) < 0);
    out.push_back(std::move(rel));
}

// "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ … tăng G%, trong đó bán lẻ hàng hóa tăng a%,
// dịch vụ … tăng b%": the total's name joins two names with "và", and each part's own words (those
// the other part lacks) stand in a different one of them, so the two make it. (Words of the
// indicator's own name, "chỉ số sản xuất toàn ngành công nghiệp", join nothing.)
bool named_by_total(std::string_view total, std::string_view first, std::string_view second) {
    const auto in_total = phrases::words_of(lower(total));
    const auto joint = std::find(in_total.rbegin(), in_total.rend(), "và");
    if (joint == in_total.rend()) return false;
    const std::vector<std::string> left(in_total.begin(), joint.base() - 1), right(joint.base(), in_total.end());
    const auto a = phrases::words_of(lower(first)), b = phrases::words_of(lower(second));
    auto named = [](const std::vector<std::string>& own, const std::vector<std::string>& other, const std::vector<std::string>& side) {
        for (const auto& w : own) {
            if (w.size() < 2 || std::find(other.begin(), other.end(), w) != other.end() || words::is_function_word(w)) continue;
            if (std::find(side.begin(), side.end(), w) != side.end()) return true;
        }
        return false;
    };
    return (named(a, b, left) && named(b, a, right)) || (named(a, b, right) && named(b, a, left));
}

bool across_paragraphs(const Reading& r, std::size_t g, const std::vector<std::size_t>& parts) {
    for (std::size_t k : parts) {
        if (r.qs[k].paragraph != r.qs[g].paragraph) return true;
    }
    return false;
}

// "… tăng 7%. Trong đó doanh thu của Hà Nội tăng 2,4%; Thành phố Hồ Chí Minh tăng 5,2%": parts
// named by places (two capitalised words in a row) after the total's rate are examples picked out
// of a whole of many places, no breakdown of it.
bool named_places(const Reading& r, std::size_t g, std::size_t last) {
    const std::string_view t = r.text(g);
    if (r.qs[last].paragraph != r.qs[g].paragraph) return false;
    const std::size_t from = r.qs[g].unit_end, to = r.qs[last].byte_begin;
    bool previous_capital = false;
    for (std::size_t i = from; i < to;) {
        while (i < to && t[i] == ' ') ++i;
        const std::size_t start = i;
        while (i < to && t[i] != ' ') ++i;
        if (i == start) break;
        std::size_t k = start;
        const char32_t c = utf8::next(t, k);
        const bool capital = words::is_upper(c) && t.compare(start, std::string_view("Trong").size(), "Trong") != 0 &&
                             std::string_view(t).substr(start, i - start).find_first_of(".,;:") == std::string_view::npos;
        if (capital && previous_capital) return true;
        previous_capital = capital;
    }
    return false;
}

// "Tổng … tăng G% …; trong đó A tăng a%, B tăng b%": the parts after "trong đó", in G's sentence
// or in the next one when it opens with "Trong đó".
void parts_after(const Reading& r, std::size_t g, std::vector<Relation>& out) {
    std::size_t first = r.next_figure(g);
    if (first == std::string::npos || sign_of(r, first) == 0) return;
    std::string gap = r.between(g, first);
    // "tăng G% (năm 2023 tăng 7,2%), trong đó A tăng a%, …": a rate in the parenthesis right after
    // G, named by another period, is that period's rate of the total; the parts come after it.
    std::string skipped;
    std::size_t before_parts = g;  // the figure the first part's words follow
    if (phrases::starts(gap, "(") && gap.find_first_of("();,.", 1) == std::string::npos && names_period(gap) &&
        phrases::starts(phrases::squeeze(r.after(first, 4), 0, r.after(first, 4).size()), ")")) {
        const std::size_t next = r.next_figure(first);
        if (next == std::string::npos || sign_of(r, next) == 0 || !r.same_sentence(g, next)) return;
        skipped = gap;
        before_parts = first;
        gap = r.between(first, next);
        if (!phrases::starts(gap, ")")) return;
        gap.erase(0, 1);
        first = next;
    }
    std::size_t at = gap.find("trongđó");
    // "…, với A tăng a% và B tăng b%": "với" opening the clause after the total's names its parts
    // as "trong đó" does (read below as two parts that must split the whole).
    const bool with = at == std::string::npos && skipped.empty() && gap.find(",với") != std::string::npos &&
                      gap.find(",với") == gap.find(',') && gap.find_first_of(";.()") == std::string::npos;
    if (with) at = gap.find(",với");
    // "…, gồm A tăng a% và B tăng b%" names the whole's parts like "trong đó".
    if (at == std::string::npos && gap.find("gồm") != std::string::npos && gap.find("gồmcả") == std::string::npos) at = gap.find("gồm");
    // "Kim ngạch … tăng G% (xuất khẩu tăng a%, nhập khẩu tăng b%)": the parts, each with its own
    // verb, in the parenthesis right after the total's rate; not a period's rate ("(cùng kỳ tăng
    // 5%)", "(năm 2023 tăng 4%)").
    const bool in_parens = at == std::string::npos && phrases::starts(gap, "(") && gap.find_first_of("();,.", 1) == std::string::npos &&
                           (gap.ends_with("tăng") || gap.ends_with("giảm")) && !names_period(gap);
    if (in_parens) at = 0;
    if (at == std::string::npos || other_measure(gap) || open_list(gap) || (!in_parens && gap.find_first_of("()") != std::string::npos)) return;
    if (beyond_its_sectors(r, g)) return;
    const std::size_t stop = gap.find('.');
    if (stop != std::string::npos && (stop + 1 != at || gap.find('.', stop + 1) != std::string::npos)) return;
    if (stop == std::string::npos && !r.same_sentence(g, first)) return;
    std::vector<std::size_t> parts{first};
    for (std::size_t k = r.next_figure(first); k != std::string::npos && r.same_sentence(first, k); k = r.next_figure(k)) {
        const std::string between = r.between(parts.back(), k);
        // The parenthesis closed: the parts end there.
        if (in_parens && phrases::starts(between, ")")) break;
        // A second rate of the same part ("tăng 1,6% và 14%"), or a part stated by amount.
        if (between == "và" || between == "," || sign_of(r, k) == 0 || other_measure(between)) return;
        if (in_parens && (names_period(between) || between.find_first_of("()") != std::string::npos)) return;
        parts.push_back(k);
    }
    const std::string tail = r.after(parts.back(), 8);
    if (in_parens && !phrases::starts(phrases::squeeze(tail, 0, tail.size()), ")")) return;
    if (named_places(r, g, parts.back())) return;
    // "trong đó A tăng a%, B tăng b%", with a colon or not: two parts picked out of a whole of
    // more (the industry's other sections may fall; "tổng mức bán lẻ … và doanh thu dịch vụ …, trong
    // đó: lưu trú, ăn uống tăng a% và du lịch lữ hành tăng b%" leaves the goods out), unless the two
    // split it ("xuất khẩu … nhập khẩu").
    if (with && parts.size() != 2) return;
    if ((gap.find("trongđó") != std::string::npos || with) && !in_parens && parts.size() == 2) {
        const std::string_view t = r.text(g);
        if (across_paragraphs(r, g, parts)) return;
        const std::size_t from = r.qs[before_parts].unit_end;
        const std::string_view first_words = t.substr(from, r.qs[parts[0]].byte_begin - from);
        const std::string_view second_words = t.substr(r.qs[parts[0]].unit_end, r.qs[parts[1]].byte_begin - r.qs[parts[0]].unit_end);
        const auto sentence = r.quantities.sentence_at(r.qs[g].paragraph, r.qs[g].byte_begin);
        const std::string_view total_words = t.substr(sentence.begin, r.qs[g].byte_begin - sentence.begin);
        if (!complementary(first_words, second_words) && !named_by_total(total_words, first_words, second_words)) return;
    }
    // More picked out after "trong đó" ("nhóm đồ uống tăng G%, trong đó nước giải khát tăng a%, rượu
    // tăng b%, thuốc hút tăng c%": the rising items only) bound G only as values of one of the
    // statistics' classifications (sectors, sections of industry, sources, ownership), every two
    // disjoint, or all of its values.
    if (gap.find("trongđó") != std::string::npos && !in_parens && parts.size() > 2) {
        const std::string_view t = r.text(g);
        // Each part's name: its words after the list's last mark, without its verb.
        std::vector<std::string> names;
        std::size_t from = r.qs[before_parts].unit_end;
        for (std::size_t k : parts) {
            std::string name = lower(t.substr(from, r.qs[k].byte_begin - from));
            for (const std::string_view mark : {";", ":", "trong đó"}) {
                if (const std::size_t at = name.rfind(mark); at != std::string::npos) name.erase(0, at + mark.size());
            }
            name.erase(0, std::min(name.size(), name.find_first_not_of(" ,")));
            while (!name.empty() && name.back() == ' ') name.pop_back();
            for (const std::string_view verb : {" tăng", " giảm"}) {
                if (name.ends_with(verb)) name.erase(name.size() - verb.size());
            }
            names.push_back(std::move(name));
            from = r.qs[k].unit_end;
        }
        const std::vector<std::string_view> words(names.begin(), names.end());
        bool disjoint = true;
        for (std::size_t i = 0; i < words.size() && disjoint; ++i) {
            for (std::size_t j = i + 1; j < words.size() && disjoint; ++j) disjoint = disjoint_kinds(words[i], words[j]);
        }
        const auto sentence = r.quantities.sentence_at(r.qs[g].paragraph, r.qs[g].byte_begin);
        if (!disjoint && !exhaustive_values(words, t.substr(sentence.begin, r.qs[g].byte_begin - sentence.begin))) return;
    }
    if (phrases::contains(tail, "…") || phrases::contains(tail, "...") || phrases::contains(tail, "v.v")) return;
    push(r, g, parts, out);
}

// "A và B lần lượt tăng a% và b%, đưa tổng … tăng G%": the parts listed before, as one list.
void parts_before(const Reading& r, std::size_t g, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    const std::size_t first_in = r.quantities.in(qs[g].paragraph).first;
    // The figure before k in its paragraph that is no year or date.
    auto previous = [&](std::size_t k) {
        for (std::size_t j = k; j > first_in; --j) {
            if (qs[j - 1].role != Role::Year && qs[j - 1].role != Role::Date) return j - 1;
        }
        return std::string::npos;
    };
    const std::size_t last_part = previous(g);
    if (last_part == std::string::npos || !qs[last_part].percent() || !r.same_sentence(last_part, g)) return;
    std::string gap = r.between(last_part, g);
    // "… tăng b% so với cuối năm 2023, đưa tổng …": the parts' comparison, then the result.
    if (phrases::starts(gap, "sovới")) {
        const std::size_t comma = gap.find(',');
        if (comma != std::string::npos && gap.substr(0, comma).find_first_of(";.()") == std::string::npos) gap.erase(0, comma);
    }
    if (!phrases::starts(gap, ",đưa") && !phrases::starts(gap, ",nâng") && !phrases::starts(gap, ",làm")) return;
    if (!phrases::contains(gap, "tổng") || other_measure(gap)) return;
    std::vector<std::size_t> parts{last_part};
    // "A tăng a% và B tăng b%, đưa tổng …": each part with its own verb, joined by "và" or ",".
    bool own_verbs = true;
    while (parts.front() > first_in) {
        const std::size_t k = previous(parts.front());
        if (k == std::string::npos || !qs[k].percent() || !r.same_sentence(k, parts.front())) break;
        const std::string between = r.between(k, parts.front());
        if (between == "và" || between == ",") {
            own_verbs = false;
        } else if (!((phrases::starts(between, "và") || phrases::starts(between, ",")) && (between.ends_with("tăng") || between.ends_with("giảm")) &&
                     between.size() <= 60 && between.find_first_of(";.()") == std::string::npos && !other_measure(between) &&
                     !names_period(between) && !phrases::contains(between, "trongđó") && !phrases::contains(between, "gồm"))) {
            break;
        }
        parts.insert(parts.begin(), k);
    }
    if (sign_of(r, parts.front()) == 0) return;
    if (!phrases::contains(r.before(parts.front(), 24), "lần lượt") && !(own_verbs && parts.size() >= 2)) return;
    // Own verbs: the sentence holds no other figure before the first part.
    if (!phrases::contains(r.before(parts.front(), 24), "lần lượt")) {
        for (std::size_t j = first_in; j < parts.front(); ++j) {
            if (r.same_sentence(j, g) && qs[j].role != Role::Year && qs[j].role != Role::Date) return;
        }
        if (open_list(lower(r.text(g).substr(0, qs[g].byte_begin)))) return;
    }
    push(r, g, parts, out);
}

// "A tăng a%, B tăng b%; tính chung, tổng … tăng G%": each part with its own verb, all the
// sentence's figures before the total's.
void parts_summed_up(const Reading& r, std::size_t g, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    const std::size_t first_in = r.quantities.in(qs[g].paragraph).first;
    if (g == first_in || !r.same_sentence(g - 1, g)) return;
    const std::string gap = r.between(g - 1, g);
    if ((!phrases::starts(gap, ";tínhchung") && !phrases::starts(gap, ",tínhchung")) || !phrases::contains(gap, "tổng") || other_measure(gap)) return;
    std::vector<std::size_t> parts;
    for (std::size_t k = g; k-- > first_in && r.same_sentence(k, g);) {
        if (sign_of(r, k) == 0) return;  // another figure in the list
        if (!parts.empty() && (other_measure(r.between(k, parts.front())) || r.between(k, parts.front()).find_first_of("()") != std::string::npos)) return;
        parts.insert(parts.begin(), k);
    }
    if (open_list(lower(r.text(g).substr(0, qs[g].byte_begin)))) return;
    push(r, g, parts, out);
}

// "Tổng … tăng G%, cụ thể:" then one part a line ("- Xuất khẩu tăng a%;"): the total's rate
// closes its paragraph with a list marker and a colon; each line holds one rate with its verb.
void parts_in_lines(const Reading& r, std::size_t g, std::vector<Relation>& out) {
    const std::size_t p = r.qs[g].paragraph;
    // G closes its paragraph's figures (a year after it, "so với năm 2023", is none).
    if (r.next_figure(g) != std::string::npos || p + 2 >= r.doc.paragraphs.size() || beyond_its_sectors(r, g)) return;
    const std::string tail = phrases::squeeze(r.text(g), r.qs[g].unit_end, r.text(g).size());
    if (!tail.ends_with(",trongđó:") && !tail.ends_with(",gồm:") && !tail.ends_with(",cụthể:") && !tail.ends_with("trongđó:")) return;
    // "… tăng G% so với năm 2023. Trong đó:": a sentence opened by "Trong đó" and holding only
    // the marker goes on with the total's sentence.
    const std::size_t stop = tail.find_first_of(";.");
    if ((stop != std::string::npos && !(tail[stop] == '.' && stop + 1 + std::string_view("trongđó:").size() == tail.size())) || open_list(tail)) return;
    std::vector<std::size_t> parts;
    for (std::size_t n = p + 1; n < r.doc.paragraphs.size(); ++n) {
        const std::string_view line = r.doc.paragraphs[n].text;
        if (line.empty() || (line[0] != '-' && line[0] != '+' && !phrases::starts(line, "•") && !phrases::starts(line, "–"))) break;
        const auto [b, e] = r.quantities.in(n);
        if (e != b + 1 || sign_of(r, b) == 0) return;
        parts.push_back(b);
    }
    push(r, g, parts, out);
}

}  // namespace

void read_total_growth(const Reading& r, std::vector<Relation>& out) {
    for (const auto& c : r.candidates()) {
        if (sign_of(r, c.figure) == 0 || r.covered[c.figure]) continue;
        parts_after(r, c.figure, out);
        parts_before(r, c.figure, out);
        parts_summed_up(r, c.figure, out);
        parts_in_lines(r, c.figure, out);
    }
    // The first figure of a paragraph is no candidate, but may be a total's rate.
    for (std::size_t p = 0; p < r.doc.paragraphs.size(); ++p) {
        if (!r.quantities.vietnamese(p)) continue;
        const auto [first, last] = r.quantities.in(p);
        if (first < last && r.usable(first) && !r.covered[first] && sign_of(r, first) != 0) {
            parts_after(r, first, out);
            parts_in_lines(r, first, out);
        }
    }
}

}  // namespace soat::analysis::relations
