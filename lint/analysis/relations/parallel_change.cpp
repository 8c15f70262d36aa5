// A change named by what it counts, against the same count a year before stated in an earlier
// sentence: "Năm 2022, … khởi tố 240 vụ, 560 bị can. Năm 2023, … khởi tố 160 vụ, 320 bị can
// (giảm 33,3% số vụ và 42,9% số bị can)". The percentage follows "tăng"/"giảm" (or "và" after
// such a percentage) and names its count after it ("số vụ", "bị can"); the current level C is
// the nearest figure of that noun before it in its clause, the earlier level B the one figure of
// that noun in the nearest earlier sentence of the paragraph dated to an earlier year (or, when
// both sentences list their clauses alike between ';', the one in the clause of the same rank).
// Each sentence names exactly one year; the clause of C names no one (a capitalised word) that
// B's sentence does not. The classic slip, the change divided by the new level, is then found.
#include "analysis/relations/reading.hpp"

#include <algorithm>

namespace soat::analysis::relations {

namespace {

// The one year named in the sentence [begin, end) of paragraph p, 0 when none or several.
double sentence_year(const Reading& r, std::size_t p, std::size_t begin, std::size_t end) {
    const auto [first, last] = r.quantities.in(p);
    double year = 0;
    int years = 0;
    for (std::size_t j = first; j < last; ++j) {
        if (r.qs[j].role == Role::Year && r.qs[j].byte_begin >= begin && r.qs[j].byte_begin < end) {
            ++years;
            year = r.qs[j].numeral.value;
        }
    }
    return years == 1 ? year : 0;
}

// The byte offsets of the ';' that split [begin, end) outside parentheses.
std::vector<std::size_t> semicolons(std::string_view t, std::size_t begin, std::size_t end) {
    std::vector<std::size_t> out;
    int depth = 0;
    for (std::size_t i = begin; i < end && i < t.size(); ++i) {
        if (t[i] == '(') ++depth;
        if (t[i] == ')' && depth > 0) --depth;
        if (t[i] == ';' && depth == 0) out.push_back(i);
    }
    return out;
}

std::size_t rank_of(const std::vector<std::size_t>& semis, std::size_t at) {
    return static_cast<std::size_t>(std::count_if(semis.begin(), semis.end(), [at](std::size_t s) { return s < at; }));
}

// A count of exactly this noun, stated as a level (no change, no share, usable).
bool level_of(const Reading& r, std::size_t k, const std::string& noun) {
    const auto& q = r.qs[k];
    return r.usable(k) && !q.percent() && q.is_count() && q.noun == noun && q.hedge == Hedge::None && !phrases::after_change_word(r.text(k), q);
}

}  // namespace

void read_parallel_change(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    for (const auto& [x, first] : r.candidates()) {
        if (!qs[x].percent() || qs[x].hedge != Hedge::None) continue;
        const std::size_t stated = x;  // a lambda may not capture the structured binding (clang 14)
        if (std::any_of(out.begin(), out.end(), [stated](const Relation& e) { return e.stated == stated; })) continue;
        // The verb: right before X, or before the percentage X follows with "và".
        std::string verb = r.word_before(x);
        if (verb == "và" && x > first && qs[x - 1].percent() && r.same_sentence(x - 1, x)) {
            const std::string gap = r.between(x - 1, x);
            if (!phrases::starts(gap, "số") || !gap.ends_with("và") || gap.find_first_of(",;()") != std::string::npos) continue;
            verb = r.word_before(x - 1);
        }
        if (verb != "tăng" && verb != "giảm") continue;
        // The count named after X: "số vụ", "bị can".
        std::string rest = r.after(x, 40);
        rest.erase(0, rest.find_first_not_of(' '));
        if (phrases::starts(rest, "số ")) rest.erase(0, std::string_view("số ").size());
        if (rest.empty() || rest[0] == ',' || rest[0] == ';' || rest[0] == '.' || rest[0] == ')') continue;
        const std::size_t p = qs[x].paragraph;
        const std::string_view t = r.text(x);
        const auto sc = r.quantities.sentence_at(p, qs[x].byte_begin);
        const auto semis_c = semicolons(t, sc.begin, sc.end);
        const std::size_t rank = rank_of(semis_c, qs[x].byte_begin);
        const std::size_t clause_begin = rank == 0 ? sc.begin : semis_c[rank - 1] + 1;
        // C: the nearest count before X in its clause whose noun X names.
        std::size_t c = std::string::npos;
        for (std::size_t j = x; j-- > first;) {
            if (qs[j].byte_begin < clause_begin) break;
            const auto& q = qs[j];
            if (!q.is_count() || q.noun.empty() || q.percent()) continue;
            if (phrases::starts(rest, q.noun) && (rest.size() == q.noun.size() || std::string_view(" ,;.)").find(rest[q.noun.size()]) != std::string_view::npos)) {
                c = j;
                break;
            }
        }
        if (c == std::string::npos || !level_of(r, c, qs[c].noun)) continue;
        const double yc = sentence_year(r, p, sc.begin, sc.end);
        if (yc == 0) continue;
        // The nearest earlier sentence of the paragraph naming one year before C's and counting C's noun.
        const auto& sentences = r.quantities.sentences(p);
        std::size_t b = std::string::npos;
        bool settled = false;
        for (auto it = sentences.rbegin(); it != sentences.rend() && !settled; ++it) {
            if (it->end > sc.begin) continue;
            const auto [pf, pl] = r.quantities.in(p);
            std::vector<std::size_t> counted;
            for (std::size_t j = pf; j < pl; ++j) {
                if (qs[j].byte_begin >= it->begin && qs[j].byte_begin < it->end && qs[j].is_count() && qs[j].noun == qs[c].noun) counted.push_back(j);
            }
            if (counted.empty()) continue;
            settled = true;  // the nearest sentence counting the noun decides
            const double yb = sentence_year(r, p, it->begin, it->end);
            if (yb == 0 || yb >= yc) break;
            if (counted.size() == 1) {
                b = counted[0];
                break;
            }
            // Parallel clauses: the same number of ';' clauses, one count of the noun in each.
            const auto semis_b = semicolons(t, it->begin, it->end);
            if (semis_b.size() != semis_c.size() || semis_b.empty()) break;
            std::size_t found = std::string::npos;
            int in_rank = 0;
            for (std::size_t j : counted) {
                if (rank_of(semis_b, qs[j].byte_begin) == rank) {
                    ++in_rank;
                    found = j;
                }
            }
            if (in_rank == 1) b = found;
        }
        if (b == std::string::npos || !level_of(r, b, qs[c].noun)) continue;
        // One setting: C's clause names no one that B's sentence does not.
        {
            const auto sb = r.quantities.sentence_at(p, qs[b].byte_begin);
            const std::string_view named = t.substr(clause_begin, qs[c].byte_begin - clause_begin);
            const std::string_view other = t.substr(sb.begin, sb.end - sb.begin);
            bool foreign = false;
            bool opening = true;
            for (std::size_t i = 0; i < named.size() && !foreign;) {
                while (i < named.size() && (named[i] == ' ' || named[i] == ',' || named[i] == ':' || named[i] == '(' || named[i] == ')')) ++i;
                std::size_t e = i;
                while (e < named.size() && named[e] != ' ' && named[e] != ',' && named[e] != ':' && named[e] != '(' && named[e] != ')') ++e;
                if (e == i) break;
                const std::string_view w = named.substr(i, e - i);
                const std::string lw = lower(w);
                if (!opening && lw != std::string(w) && lw != "năm" && other.find(w) == std::string_view::npos) foreign = true;
                opening = false;
                i = e;
            }
            if (foreign) continue;
        }
        Relation rel;
        rel.family = Relation::Family::Growth;
        rel.stated = x;
        rel.terms = {c, b};
        rel.decrease = verb == "giảm";
        out.push_back(std::move(rel));
    }
}

}  // namespace soat::analysis::relations
