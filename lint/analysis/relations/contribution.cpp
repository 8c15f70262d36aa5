// Contributions in percentage points to a headline growth rate: "GRDP tăng G%; trong đó khu vực
// A đóng góp a điểm phần trăm, B b điểm phần trăm, C c điểm phần trăm" (also "điểm %", and
// the contributions in the next paragraph). The points add up to G; a contribution written
// after "giảm" lowers it. Sub-breakdowns ("…, trong đó ngành X đóng góp …") are not read.
#include "analysis/relations/reading.hpp"

#include <algorithm>

namespace soat::analysis::relations {

namespace {

bool points(const Reading& r, std::size_t k) {
    if (r.qs[k].unit != "điểm" || !r.usable(k)) return false;
    const std::string a = r.after(k, 16);
    return phrases::starts(a, " phần trăm") || phrases::starts(a, " %") || phrases::starts(a, "%");
}

// A figure in points, or listed before one that shares its unit ("lần lượt 4,05, 2,97 và 1,11
// điểm phần trăm").
bool listed_points(const Reading& r, std::size_t k) {
    if (points(r, k)) return true;
    const auto& q = r.qs[k];
    // "2,97 và 1,11": the word after a bare figure is read as its noun.
    if (!r.usable(k) || q.percent() || !q.unit.empty() || (!q.noun.empty() && q.noun != "và") || q.hedge != Hedge::None) return false;
    const std::size_t n = r.next_figure(k);
    if (n == std::string::npos || !r.same_sentence(k, n)) return false;
    const std::string gap = q.noun + r.between(k, n);
    return (gap == "," || gap == "và") && listed_points(r, n);
}

// A clause stating the result of what the sentence said before it: "(góp phần) đưa|nâng … G%".
bool result_clause(std::string clause) {
    clause.erase(0, std::min(clause.size(), clause.find_first_not_of(' ')));
    return phrases::starts(clause, "đưa ") || phrases::starts(clause, "nâng ") || phrases::starts(clause, "góp phần đưa ") ||
           phrases::starts(clause, "góp phần nâng ");
}

// A paragraph that is an item of a list ("- Dịch vụ: 1,58 điểm phần trăm;").
bool list_item(std::string_view t) {
    const std::size_t at = t.find_first_not_of(' ');
    if (at == std::string_view::npos) return false;
    const std::string_view s = t.substr(at);
    if (s.starts_with("-") || s.starts_with("+") || s.starts_with("•") || s.starts_with("–")) return true;
    // "a) …", "b) …", "1. …", "(2) …": lettered or numbered items.
    std::size_t i = s.starts_with("(") ? 1 : 0;
    const std::size_t digits = s.find_first_not_of("0123456789", i);
    if (digits != std::string_view::npos && digits > i && digits - i <= 2) return s[digits] == ')' || (s[digits] == '.' && i == 0);
    if (s.size() > i + 1 && s[i] >= 'a' && s[i] <= 'z' && s[i + 1] == ')') return true;
    return s.starts_with("đ)");
}

// The economy's growth named right before the rate's parenthesis: "đóng góp vào mức tăng trưởng
// GRDP (G%)", "Tăng trưởng kinh tế (G%)". `b`: the lowercased clause before the rate.
bool named_in_parens(std::string b) {
    while (!b.empty() && b.back() == ' ') b.pop_back();
    if (b.empty() || b.back() != '(') return false;
    b.pop_back();
    while (!b.empty() && b.back() == ' ') b.pop_back();
    const bool named = b.ends_with("grdp") || b.ends_with("tổng sản phẩm trên địa bàn") || b.ends_with("tăng trưởng kinh tế");
    return named && (!phrases::contains(b, "đóng góp") || phrases::contains(b, "đóng góp vào"));
}

// The text after a rate opens with the rate's own contribution: ", đóng góp 2,4 điểm…" (also "và
// đóng góp", "(đóng góp", a hedge before the figure).
bool own_contribution(std::string_view a) {
    for (std::string_view lead : {", đóng góp ", " và đóng góp ", " (đóng góp "}) {
        if (!phrases::starts(a, lead)) continue;
        a.remove_prefix(lead.size());
        for (std::string_view hedge : {"khoảng ", "gần ", "hơn ", "trên ", "xấp xỉ "}) {
            if (phrases::starts(a, hedge)) a.remove_prefix(hedge.size());
        }
        return !a.empty() && a.front() >= '0' && a.front() <= '9';
    }
    return false;
}

// The start of the clause before figure k; a parenthesis right before k is no clause start
// ("… GRDP (G%)").
std::size_t headline_clause(const Reading& r, std::size_t k) {
    const std::string_view t = r.text(k);
    std::size_t cs = Reading::clause_start(t, r.qs[k].byte_begin, true);
    if (cs > 0 && t[cs - 1] == '(' && t.substr(cs, r.qs[k].byte_begin - cs).find_first_not_of(' ') == std::string_view::npos) {
        cs = Reading::clause_start(t, cs - 1, true);
    }
    return cs;
}

bool headline(const Reading& r, std::size_t k) {
    if (!r.qs[k].percent() || !r.usable(k) || r.qs[k].negative) return false;
    const std::string_view t = r.text(k);
    const std::size_t cs = headline_clause(r, k);
    const std::string b = lower(t.substr(cs, r.qs[k].byte_begin - cs));
    if (named_in_parens(b)) return r.after(k, 2).substr(0, 1) == ")";
    if (!after_verb(r, k, {"tăng", "đạt", "trưởng"})) return false;
    // A rate followed by its own contribution ("khu vực X tăng 8,2%, đóng góp 2,4 điểm phần trăm")
    // is a part's growth: the headline is what contributions go to, it contributes nothing.
    // ("…tăng G%, đóng góp của các khu vực: …" introduces the parts: the figure must follow.)
    if (own_contribution(lower(r.after(k, 32)))) return false;
    // "Đóng góp vào mức tăng G% của GRDP: …" names the headline the contributions go to.
    const bool goes_to = b.ends_with("vào mức tăng ") || b.ends_with("vào tốc độ tăng ") || b.ends_with("vào mức tăng trưởng ");
    if (phrases::contains(b, "đóng góp") && !goes_to) return false;
    // A sector's own rate ("Ngành chế biến, chế tạo là động lực tăng trưởng của nền kinh tế với
    // tốc độ tăng 6,98%"): the sentence's subject is the sector, not the economy.
    const auto sentence = r.quantities.sentence_at(r.qs[k].paragraph, r.qs[k].byte_begin);
    std::string subject = lower(t.substr(sentence.begin, r.qs[k].byte_begin - sentence.begin));
    subject.erase(0, std::min(subject.size(), subject.find_first_not_of(" -+*")));
    // … unless the rate is the result the sentence's sectors bring the economy to ("…, đưa mức
    // tăng trưởng GRDP đạt G%"), or the one they contribute to ("… vào mức tăng G% của GRDP").
    if (!result_clause(b) && !goes_to) {
        for (const char* sector : {"ngành ", "khu vực ", "lĩnh vực ", "nhóm ngành "}) {
            if (phrases::starts(subject, sector)) return false;
        }
    }
    if (phrases::contains(b, "grdp") || phrases::contains(b, "tăng trưởng") || phrases::contains(b, "tổng sản phẩm") ||
        phrases::contains(b, "kinh tế")) {
        return true;
    }
    // "Với mức tăng G% của GRDP, …": the economy named right after the rate.
    std::string a = r.after(k, 40);
    a = a.substr(0, a.find_first_of(",;.("));
    return phrases::contains(a, "grdp") || phrases::contains(a, "tổng sản phẩm") || phrases::contains(a, "nền kinh tế");
}

// Figure k (in points) says what it adds to the growth: "đóng góp|chiếm k … (vào) mức tăng|tăng
// trưởng …".
bool contributes(const Reading& r, std::size_t k) {
    const std::string before = r.before(k, 40);
    std::string after = lower(r.after(k, 48));
    after = after.substr(0, after.find_first_of(",;.("));
    return (phrases::contains(before, "đóng góp") || phrases::contains(before, "chiếm")) &&
           (phrases::contains(after, "mức tăng") || phrases::contains(after, "tăng trưởng") || phrases::contains(after, "grdp"));
}

}  // namespace

void read_contribution(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    for (std::size_t p = 0; p < r.doc.paragraphs.size(); ++p) {
        if (!r.quantities.vietnamese(p)) continue;
        const auto [first, last] = r.quantities.in(p);
        for (std::size_t g = first; g < last; ++g) {
            if (!headline(r, g)) continue;
            std::vector<std::size_t> parts;
            bool stop = false;
            auto collect = [&](std::size_t from, std::size_t to) {
                for (std::size_t k = from; k < to && !stop; ++k) {
                    if (headline(r, k)) stop = true;
                    else if (points(r, k)) parts.push_back(k);
                }
            };
            collect(g + 1, last);
            // The contributions in the next paragraph, or in the list items that follow, one a line.
            if (parts.empty()) {
                for (std::size_t np = p + 1; np < r.doc.paragraphs.size() && r.quantities.vietnamese(np) && !stop; ++np) {
                    const bool item = list_item(r.doc.paragraphs[np].text);
                    if (np > p + 1 && !item) break;
                    const auto [nf, nl] = r.quantities.in(np);
                    collect(nf, nl);
                    if (!item) break;
                }
                // Paragraphs going on with the rest ("Thuế sản phẩm … chiếm 0,39 điểm % mức tăng
                // GRDP chung"): every figure in points there a contribution to the growth.
                for (std::size_t np = parts.empty() ? r.doc.paragraphs.size() : qs[parts.back()].paragraph + 1;
                     np < r.doc.paragraphs.size() && r.quantities.vietnamese(np) && !stop; ++np) {
                    const auto [nf, nl] = r.quantities.in(np);
                    std::vector<std::size_t> more;
                    bool others = false;
                    for (std::size_t k = nf; k < nl && !others; ++k) {
                        if (headline(r, k) || (points(r, k) && !contributes(r, k))) others = true;
                        else if (points(r, k)) more.push_back(k);
                    }
                    // (A contribution said again opens the whole list again: no rest of it.)
                    const bool again = std::any_of(more.begin(), more.end(), [&](std::size_t m) {
                        return std::any_of(parts.begin(), parts.end(), [&](std::size_t k) { return qs[k].numeral.value == qs[m].numeral.value; });
                    });
                    if (others || again || more.empty()) break;
                    parts.insert(parts.end(), more.begin(), more.end());
                }
            }
            // The headline as the result of the contributions before it: "A đóng góp a điểm phần
            // trăm, B b điểm phần trăm, đưa mức tăng trưởng GRDP đạt G%".
            const std::string_view gt = r.text(g);
            const std::size_t gcs = headline_clause(r, g);
            const bool result = result_clause(lower(gt.substr(gcs, qs[g].byte_begin - gcs)));
            // "… đóng góp lần lượt b, c và a điểm phần trăm vào mức tăng G% của GRDP": the
            // contributions before the headline they go to.
            const bool goes_to = lower(gt.substr(gcs, qs[g].byte_begin - gcs)).ends_with("vào mức tăng ");
            if (parts.empty() && (result || goes_to)) {
                const auto sentence = r.quantities.sentence_at(p, qs[g].byte_begin);
                for (std::size_t k = first; k < g; ++k) {
                    if (qs[k].byte_begin >= sentence.begin && (result ? points(r, k) : listed_points(r, k))) parts.push_back(k);
                }
            }
            if (parts.size() < 2) continue;
            // The first is introduced by "đóng góp" (before it, or between the headline and it);
            // none compares ("cao hơn 0,5 điểm phần trăm").
            // "Khu vực dịch vụ làm tăng c điểm phần trăm, …, đưa GRDP tăng G%": "làm tăng|giảm"
            // (made the total rise or fall by) states a contribution as "đóng góp" does.
            bool introduced = phrases::contains(r.before(parts.front(), 40), "đóng góp") ||
                              (result && (r.word_before(parts.front()) == "tăng" || r.word_before(parts.front()) == "giảm") &&
                               phrases::contains(r.before(parts.front(), 12), "làm "));
            if (!introduced && qs[parts.front()].paragraph == p && parts.front() > g) {
                introduced = phrases::contains(lower(gt.substr(gcs, qs[parts.front()].byte_begin - gcs)), "đóng góp");
            }
            if (!introduced && qs[parts.front()].paragraph != p) {
                introduced = phrases::contains(lower(gt.substr(gcs)), "đóng góp");
            }
            if (!introduced) continue;
            bool plain = true, taxes = false;
            std::vector<bool> negative;
            for (std::size_t k : parts) {
                const std::string w = r.word_before(k);
                const std::string a = r.after(k, 40);
                if (w == "hơn" || w == "với" || phrases::contains(a, "so với") || qs[k].hedge != Hedge::None) plain = false;
                const std::string_view t = r.text(k);
                const std::size_t cs = Reading::clause_start(t, qs[k].byte_begin, true);
                const std::string clause = lower(t.substr(cs, qs[k].byte_begin - cs));
                taxes = taxes || phrases::contains(clause, "thuế");
                negative.push_back(qs[k].negative || w == "giảm" || phrases::contains(clause, "làm giảm"));
            }
            // A nested breakdown after the first contribution would count twice.
            for (std::size_t i = 1; i < parts.size() && plain; ++i) {
                const std::size_t a = parts[i - 1], b = parts[i];
                if (qs[a].paragraph == qs[b].paragraph && phrases::contains(r.between(a, b), "trongđó")) plain = false;
            }
            if (!plain) continue;
            Relation rel;
            rel.family = Relation::Family::Contribution;
            rel.stated = g;
            rel.terms = parts;
            rel.negative = std::move(negative);
            rel.complete = taxes || parts.size() >= 4;
            out.push_back(std::move(rel));
        }
    }
}

}  // namespace soat::analysis::relations

