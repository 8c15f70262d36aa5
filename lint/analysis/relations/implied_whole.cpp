// Shares of one whole, each stated with its count, imply one whole: "Toàn tỉnh có 1.589 hộ nghèo,
// chiếm tỷ lệ 9,17%; 1.299 hộ cận nghèo, chiếm tỷ lệ 7,5%" says the whole is 1.589/9,17% and also
// 1.299/7,5%, which must be one figure (17.328 and 17.320, not 15.282). The whole need not be
// stated, and the parts may overlap (a person both a woman and young): each share is still its
// count over the same whole.
// Read: two or more items "A <naming words>, chiếm X%" (also "chiếm tỷ lệ", "(tỷ lệ X%)") in one
// sentence, every A of one kind, no year, place (a capitalised name), "trong đó", "gồm", "mỗi" or
// "từng" in the items (shares of several wholes or of a part), every share naming the same base
// after it (or none). One relation per item: its share, its count and the other items; the check
// reports an item whose implied whole misses the one the others agree on (for two items, the
// second), within a factor of 2 (farther, the shares are of different wholes). Runs after every
// other reader, on shares none of them read.
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "analysis/relations/reading.hpp"

namespace soat::analysis::relations {

namespace {


// The share's count: "A …, chiếm X%", "A … (chiếm tỷ lệ X%)", "A … (tỷ lệ X%)", "A …, tỷ lệ X%".
std::size_t counted_share(const Reading& r, std::size_t x, std::size_t first) {
    const auto& qs = r.qs;
    const std::size_t a = r.previous_figure(x);
    if (a == std::string::npos || a < first || !r.same_sentence(a, x) || !r.usable(a) ||
        qs[a].percent() || qs[a].negative || qs[a].value() <= 0 || qs[a].hedge != Hedge::None) {
        return std::string::npos;
    }
    std::string gap = r.between(a, x);
    if (gap == "\x01") return std::string::npos;
    bool linked = false;
    for (const char* tail : {"chiếmtỷlệ", "chiếmtỉlệ", "chiếm", "tỷlệ", "tỉlệ"}) {
        if (gap.ends_with(tail)) {
            gap.erase(gap.size() - std::string_view(tail).size());
            linked = std::string_view(tail).starts_with("chiếm") ||
                     (!gap.empty() && (gap.back() == ',' || gap.back() == '('));
            break;
        }
    }
    if (!linked) return std::string::npos;
    const bool paren = !gap.empty() && gap.back() == '(';
    if (!gap.empty() && (gap.back() == ',' || paren)) gap.pop_back();
    if (gap.size() > 60 || gap.find_first_of(paren ? ";:()." : ",;:().") != std::string::npos)
        return std::string::npos;
    const std::string verb = r.word_before(a);
    if (verb == "tăng" || verb == "giảm" || verb == "thêm" || verb == "vượt" || verb == "hơn" ||
        verb == "gấp")
        return std::string::npos;
    // A stated after a share in its clause is that share's figure.
    const std::size_t cs = Reading::clause_start(r.text(a), qs[a].byte_begin, true);
    for (std::size_t j = a; j > first && qs[j - 1].byte_begin >= cs; --j) {
        if (qs[j - 1].percent()) return std::string::npos;
    }
    return a;
}

// The base named after the share, squeezed, to its clause's end.
std::string base_after(const Reading& r, std::size_t x) {
    std::string a = r.after(x, 64);
    const std::size_t end = a.find_first_of(",;.():");
    if (end != std::string::npos) a.erase(end);
    std::string out;
    for (char c : a) {
        if (c != ' ') out += c;
    }
    return out;
}

}  // namespace

void read_implied_whole(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    std::vector<bool> taken(qs.size(), false);
    for (const auto& rel : out) {
        taken[rel.stated] = true;
        for (std::size_t t : rel.terms) taken[t] = true;
    }
    // Every counted share, with its sentence; then the items of one sentence, in order.
    struct Item {
        std::size_t a, x, first, paragraph, sentence;
        bool spoiled;
    };
    std::vector<Item> all;
    for (std::size_t p = 0; p < r.doc.paragraphs.size(); ++p) {
        const auto [first, last] = r.quantities.in(p);
        if (last <= first + 1 || !r.quantities.vietnamese(p)) continue;
        for (std::size_t x = first + 1; x < last; ++x) {
            if (!qs[x].percent() || qs[x].hedge != Hedge::None || !r.usable(x) || r.covered[x] ||
                qs[x].negative)
                continue;
            // (Cheap first: "chiếm" or "tỷ lệ" within the few bytes before the share.)
            const std::string_view t = r.text(x);
            const std::size_t from = qs[x].byte_begin > 24 ? qs[x].byte_begin - 24 : 0;
            const std::string_view near = t.substr(from, qs[x].byte_begin - from);
            if (near.find("hiếm") == std::string_view::npos &&
                near.find("lệ") == std::string_view::npos)
                continue;
            const std::size_t a = counted_share(r, x, first);
            if (a == std::string::npos) continue;
            all.push_back({a, x, first, qs[x].paragraph,
                           r.quantities.sentence_at(qs[x].paragraph, qs[x].byte_begin).begin,
                           taken[x] || taken[a]});
        }
    }
    for (std::size_t c = 0; c < all.size();) {
        std::size_t e = c;
        while (e < all.size() && all[e].paragraph == all[c].paragraph &&
               all[e].sentence == all[c].sentence)
            ++e;
        std::vector<Item> items(all.begin() + static_cast<std::ptrdiff_t>(c),
                                all.begin() + static_cast<std::ptrdiff_t>(e));
        const std::size_t first = all[c].first;
        bool spoiled = false;
        for (const Item& it : items) spoiled = spoiled || it.spoiled;
        c = e;
        if (items.size() < 2 || spoiled) continue;
        bool ok = true;
        const std::string base = base_after(r, items[0].x);
        for (const Item& it : items)
            ok = ok && r.same_kind(it.a, items[0].a) && base_after(r, it.x) == base;
        if (!ok) continue;
        // Nothing between the items dates, places or nests them.
        const std::string_view text = r.text(items[0].a);
        const auto sb =
            r.quantities.sentence_at(qs[items[0].a].paragraph, qs[items[0].a].byte_begin);
        const std::size_t from = Reading::clause_start(text, qs[items[0].a].byte_begin, true);
        const std::size_t to = qs[items.back().x].byte_end;
        for (std::size_t j = items[0].a; j <= items.back().x; ++j)
            ok = ok && qs[j].role != Role::Year && qs[j].role != Role::Date;
        const std::string span = phrases::squeeze(text, from, to);
        for (const char* w : {"trongđó", "gồm", "mỗi", "từng", "củađơnvị", "bìnhquân", "trungbình",
                              "sovới", "kếhoạch", "dựtoán", "cùngkỳ"}) {
            ok = ok && !phrases::contains(span, w);
        }
        {
            // A capitalised word past the sentence's first names a place or body of its own.
            std::size_t opening = sb.begin;
            while (opening < text.size() && text[opening] == ' ') ++opening;
            std::size_t i = from;
            while (ok && i < to) {
                while (i < to && (text[i] == ' ' || text[i] == ',' || text[i] == '(' ||
                                  text[i] == ')' || text[i] == ';'))
                    ++i;
                std::size_t w = i;
                while (w < to && text[w] != ' ' && text[w] != ',' && text[w] != '(' &&
                       text[w] != ')' && text[w] != ';')
                    ++w;
                if (w == i) break;
                const std::string_view word = text.substr(i, w - i);
                const bool abbreviation = std::all_of(word.begin(), word.end(), [](char ch) {
                    return (ch >= 'A' && ch <= 'Z') || ch == '-';
                });
                if (i != opening && !abbreviation && lower(word) != word) ok = false;
                i = w;
            }
        }
        // Read only when no whole of the items' kind is stated before them in their sentence or the
        // one before: a stated whole is the other readers' (and a hedged or rated one, "khoảng T",
        // "giải ngân T, đạt 60%", leaves the shares to bases of their own).
        {
            std::size_t back = sb.begin;
            if (sb.begin > 0) {
                std::size_t b = sb.begin - 1;
                while (b > 0 && text[b] == ' ') --b;
                back = r.quantities.sentence_at(qs[items[0].a].paragraph, b).begin;
            }
            for (std::size_t j = items[0].a;
                 j > first && ok && qs[j - 1].byte_begin >= std::min(back, sb.begin); --j) {
                // (An N/M before them states its M: "có 2.645/2.993 đồng chí, …, trong đó: …".)
                if (!qs[j - 1].percent() &&
                    (r.same_kind(j - 1, items[0].a) || qs[j - 1].role == Role::Fraction))
                    ok = false;
            }
        }
        if (!ok) continue;
        for (std::size_t i = items.size() == 2 ? 1 : 0; i < items.size(); ++i) {
            Relation rel;
            rel.family = Relation::Family::ImpliedWhole;
            rel.stated = items[i].x;
            rel.terms = {items[i].a};
            for (std::size_t j = 0; j < items.size(); ++j) {
                if (j == i) continue;
                rel.terms.push_back(items[j].a);
                rel.terms.push_back(items[j].x);
            }
            out.push_back(std::move(rel));
        }
    }
}

}  // namespace soat::analysis::relations
