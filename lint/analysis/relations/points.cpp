// A change between two rates: "Tỷ lệ … giảm từ R1% … xuống còn R2%, giảm D điểm phần trăm",
// "đạt R2%, tăng D điểm phần trăm so với năm 2022 (R1%)", or R1 stated earlier for the same
// rate ("Năm 2022, tỷ lệ đô thị hóa đạt R1%. Năm 2023, tỷ lệ đô thị hóa đạt R2%, tăng D điểm
// phần trăm"). With "tăng/giảm d%" between two stated rates the change may be relative or in
// points (reconcile.md §3): a RateChange.
#include "analysis/relations/reading.hpp"

#include <cctype>

namespace soat::analysis::relations {

namespace {


bool rate(const Reading& r, std::size_t k) { return k != std::string::npos && r.usable(k) && r.qs[k].percent() && !r.qs[k].negative; }

// "giảm D điểm phần trăm so với mức R1%", "vượt D điểm phần trăm so với chỉ tiêu R1%", "cao hơn d%
// so với chỉ tiêu được giao là R1%": the level compared with, named by its role right before it
// (the same rate's earlier level, or the target it is held to), in the change's own run of words.
// `target` is set when that level is a target. npos when none.
std::size_t named_reference(const Reading& r, std::size_t s, bool pts, bool& target) {
    const std::size_t n = r.next_figure(s);
    if (!rate(r, n) || !r.same_sentence(s, n)) return std::string::npos;
    std::string g = r.between(s, n);
    if (pts && phrases::starts(g, "phầntrăm")) g.erase(0, std::string_view("phầntrăm").size());
    if (!phrases::starts(g, "sovới")) return std::string::npos;
    std::string named = g.substr(std::string_view("sovới").size());
    for (const char* v : {"là", "đạt"}) {
        if (named.ends_with(v)) {
            named.erase(named.size() - std::string_view(v).size());
            break;
        }
    }
    if (named == "mức") {
        target = false;
        return n;
    }
    for (const char* role : {"chỉtiêu", "mụctiêu", "kếhoạch"}) {
        if (!phrases::starts(named, role)) continue;
        const std::string rest = named.substr(std::string_view(role).size());
        if (rest.empty() || rest == "đượcgiao" || rest == "đềra" || rest == "giao") {
            target = true;
            return n;
        }
    }
    return std::string::npos;
}

// The shapes read by their wording; false when none fits.
// `said`: the words of the change as written, squeezed ("giảm", "thấphơn").
bool read_shaped(const Reading& r, std::size_t s, const std::string& verb, const std::string& said, bool pts, std::vector<Relation>& out) {
    {
        std::size_t r2 = r.previous_figure(s);
        if (!rate(r, r2) || !r.same_sentence(r2, s)) return false;
        std::string gap = r.between(r2, s);
        std::size_t r1 = std::string::npos;
        bool compared = false;
        // "còn R2% (đầu năm là R1%), giảm D": the earlier rate in parentheses right after R2,
        // named by an earlier time.
        if (gap == ")," + said) {
            const std::size_t r2p = r.previous_figure(r2);
            if (!rate(r, r2p) || !r.same_sentence(r2p, r2)) return false;
            const std::string inside = r.between(r2p, r2);
            if (inside.empty() || inside[0] != '(' || inside.size() > 40 || phrases::contains(inside, ")")) return false;
            if (!phrases::contains(inside, "năm") && !phrases::contains(inside, "cùngkỳ") && !phrases::contains(inside, "kỳtrước")) return false;
            if (phrases::contains(inside, "kếhoạch") || phrases::contains(inside, "mụctiêu") || phrases::contains(inside, "chỉtiêu")) return false;
            r1 = r2;
            r2 = r2p;
            gap = "," + said;
        }
        // "còn R2%, đầu năm R1%, giảm D": the earlier rate after R2, named by an earlier time.
        if (r1 == std::string::npos && (gap == "," + said || gap == ";" + said)) {
            const std::size_t r2p = r.previous_figure(r2);
            if (rate(r, r2p) && r.same_sentence(r2p, r2)) {
                const std::string when = r.between(r2p, r2);
                if (when == ",đầunăm" || when == ",nămtrước" || when == ",cùngkỳ" || when == ",cùngkỳnămtrước" ||
                    when == ",đầukỳ" || when == ",cuốinămtrước" ||
                    (phrases::starts(when, ",năm20") && when.size() == std::string_view(",năm2023").size())) {
                    r1 = r2;
                    r2 = r2p;
                }
            }
        }
        // "… xuống còn R2% năm 2023, giảm D": the year of R2 between.
        if (phrases::starts(gap, "năm") && gap.size() >= 8 && std::isdigit(static_cast<unsigned char>(gap[4]))) gap.erase(0, 8);
        bool target = false;
        // (Read only when needed: most changes name no reference.)
        bool looked = false;
        std::size_t reference = std::string::npos;
        auto look = [&]() {
            if (!looked && r1 == std::string::npos) reference = named_reference(r, s, pts, target);
            looked = true;
            return reference;
        };
        // "vượt" compares a level with a named target or level only.
        if (said == "vượt" && look() == std::string::npos) return false;
        // "đạt R2% dân số, vượt D điểm phần trăm so với mục tiêu R1%", "có R2% số xã đạt chuẩn, tăng D
        // điểm phần trăm so với mức R1%": R2's base named between, a few words without a figure.
        if (pts && gap != "," + said && gap.ends_with("," + said) && look() != std::string::npos) {
            const std::string base = gap.substr(0, gap.size() - said.size() - 1);
            if (base.size() <= 48 && base.find_first_of(",;:()0123456789") == std::string::npos) gap = "," + said;
        }
        // "… lên R2% năm 2024 (tăng D điểm phần trăm)".
        if (gap == "(" + said && pts) gap = "," + said;
        if (gap != "," + said && gap != ";" + said) return false;
        const std::size_t before2 = r.previous_figure(r2);
        const std::string w2 = r.word_before(r2);
        if (r1 == std::string::npos && rate(r, before2) && r.word_before(before2) == "từ" && r.same_sentence(before2, r2) &&
            (w2 == "còn" || w2 == "lên" || w2 == "xuống" || w2 == "mức" || w2 == "đạt")) {
            r1 = before2;  // "từ R1% … xuống còn R2%"
        }
        if (r1 == std::string::npos) {
            const std::size_t n = r.next_figure(s);
            if (rate(r, n) && r.same_sentence(s, n)) {
                const std::string g = r.between(s, n);
                // The parenthesis closes the comparison's own clause: nothing between sets it apart.
                const bool own_clause = g.find_first_of(",;") == std::string::npos;
                if (phrases::contains(g, "sovới") && !g.empty() && g.back() == '(' && g.size() < 60) {
                    r1 = n;
                    compared = own_clause;
                }
                // "so với năm 2023 (năm 2023 là R1%)": the earlier period named again inside.
                const std::size_t open = g.find('(');
                if (phrases::contains(g, "sovới") && open != std::string::npos && g.find(')') == std::string::npos && g.size() < 60) {
                    std::string inside = g.substr(open + 1);
                    for (const char* v : {"là", "đạt"}) {
                        if (inside.ends_with(v)) inside.erase(inside.size() - std::string_view(v).size());
                    }
                    if (inside == "cùngkỳ" || inside == "nămtrước" || inside == "cùngkỳnămtrước" ||
                        (phrases::starts(inside, "năm20") && inside.size() == std::string_view("năm2023").size())) {
                        r1 = n;
                        compared = own_clause;
                    }
                }
                // "so với năm trước là R1%": the earlier period, a linking verb, then its level.
                if (r1 == std::string::npos && phrases::starts(g, "sovới") && g.find_first_of("(),;") == std::string::npos) {
                    std::string named = g.substr(std::string_view("sovới").size());
                    for (const char* v : {"là", "đạt", "ởmức"}) {
                        if (named.ends_with(v)) {
                            named.erase(named.size() - std::string_view(v).size());
                            if (named == "cùngkỳ" || named == "nămtrước" || named == "cùngkỳnămtrước" || named == "đầunăm" ||
                                (phrases::starts(named, "năm20") && named.size() == std::string_view("năm2023").size())) {
                                r1 = n;
                            }
                            break;
                        }
                    }
                }
            }
        }
        if (r1 == std::string::npos && look() != std::string::npos) r1 = reference;
        const std::string label = r.rate_label(r2);
        // "chiếm tỷ lệ X%" alone names no rate: another group's share may stand before.
        if (r1 == std::string::npos && !label.empty() && label != "tỷ lệ" && label != "tỉ lệ" && w2 != "từ") {
            // The same rate stated earlier, as a level.
            std::size_t j = r.previous_of_kind(r2, r2, true);
            if (j != std::string::npos && rate(r, j) && r.rate_label(j) == label) {
                const std::string wj = r.word_before(j);
                if (wj != "tăng" && wj != "giảm" && wj != "từ" && !r.same_sentence(j, r2)) r1 = j;
            }
        }
        if (r1 == std::string::npos) return false;
        // "tăng d%" between rates not named as rates, save a level compared with its own earlier
        // level in parentheses ("đạt R2%, tăng d% so với năm trước (R1%)"): one measure at two times.
        if (!pts && label.empty() && !compared && r1 != reference) return false;
        Relation rel;
        rel.family = pts ? Relation::Family::Points : Relation::Family::RateChange;
        rel.stated = s;
        rel.terms = {r2, r1};
        rel.decrease = verb == "giảm";
        // "cao hơn d%" between two levels of an index compares them in points, as such indexes
        // are; "tăng d%" may still be meant as relative (a warning when only points fit).
        rel.points_fit = !pts && label.empty() && (said == "caohơn" || said == "thấphơn");
        // A rate held to its target is compared with it in points, however the difference is written.
        if (r1 == reference && target) rel.points_fit = true;
        out.push_back(std::move(rel));
        return true;
    }
}

// A period named in squeezed lowercase text: a year, or words that date a level.
bool names_period(const std::string& t) {
    for (std::size_t i = 0; i + 4 <= t.size(); ++i) {
        if ((t.compare(i, 2, "19") == 0 || t.compare(i, 2, "20") == 0) && std::isdigit(static_cast<unsigned char>(t[i + 2])) &&
            std::isdigit(static_cast<unsigned char>(t[i + 3])) && (i == 0 || !std::isdigit(static_cast<unsigned char>(t[i - 1]))) &&
            (i + 4 == t.size() || !std::isdigit(static_cast<unsigned char>(t[i + 4])))) {
            return true;
        }
    }
    for (const char* w : {"cùngkỳ", "nămtrước", "kỳtrước", "đầunăm", "cuốinăm", "đầukỳ", "đầunhiệmkỳ"}) {
        if (phrases::contains(t, w)) return true;
    }
    return false;
}

// The general reading: one rate at two times. D's sentence holds exactly two levels (percentages
// not after a verb of change), no other change, no plan or target, no two differently named rates,
// and the text between the levels dates one of them ("năm 2023", "cùng kỳ", "cuối năm …") or
// moves from one to the other ("từ R1% xuống R2%"). Word order is free: "giảm D điểm phần trăm,
// từ R1% năm 2023 xuống R2% năm 2024", "là R2%, so với cuối năm 2023 (R1%) đã giảm D …", "đạt
// R1%, năm 2020 là R2%; như vậy … tăng D". The verb orders them: before a fall the earlier level is
// the larger one. A "tăng/giảm d%" read so is only reported when d is the change in points and not
// the relative one (a warning): a clause may start a new subject whose d measures something else.
void read_two_levels(const Reading& r, std::size_t s, const std::string& verb, bool pts, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    const auto span = r.quantities.in(qs[s].paragraph);  // (no structured binding: the lambda below captures it)
    const std::size_t first = span.first, last = span.second;
    auto sb = r.quantities.sentence_at(qs[s].paragraph, qs[s].byte_begin);
    // The levels of [from, to): false when another change stands there.
    std::vector<std::size_t> levels;
    auto collect = [&](std::size_t from, std::size_t to) {
        levels.clear();
        for (std::size_t j = first; j < last; ++j) {
            if (j == s || !r.same_sentence(s, j) || qs[j].byte_begin < from || qs[j].byte_begin >= to) continue;
            const Quantity& q = qs[j];
            if (q.role == Role::Year || q.role == Role::Date) continue;
            const std::string w = r.word_before(j);
            const bool change = w == "tăng" || w == "giảm" || w == "vượt" || w == "thêm" || w == "hơn" || w == "gấp" || r.in_points(j);
            if (change && (q.percent() || q.unit == "điểm")) return false;  // another change
            if (!q.percent()) continue;
            if (!rate(r, j) || q.hedge != Hedge::None) return false;
            levels.push_back(j);
        }
        return true;
    };
    // Clauses joined by ';' state one change each ("A tăng d1% (từ … lên …); B tăng d2% (từ … lên
    // …)"): D's clause alone, when it holds both its levels.
    const std::string_view text = r.text(s);
    const bool semicolon = text.substr(sb.begin, sb.end - sb.begin).find(';') != std::string_view::npos;
    const auto depth = !semicolon ? std::vector<int>() : phrases::paren_depth(text.substr(sb.begin, sb.end - sb.begin));  // (by byte from sb.begin)
    std::size_t from = semicolon ? qs[s].byte_begin : sb.begin, to = semicolon ? qs[s].byte_end : sb.end;
    while (from > sb.begin && !(text[from - 1] == ';' && depth[from - 1 - sb.begin] == 0)) --from;
    while (to < sb.end && !(text[to] == ';' && depth[to - sb.begin] == 0)) ++to;
    auto moves_between = [&](std::size_t a, std::size_t b) {
        const std::string gap = r.between(a, b);
        return r.word_before(a) == "từ" && (phrases::contains(gap, "xuống") || phrases::contains(gap, "lên") || gap.ends_with("còn"));
    };
    const bool clause = (from > sb.begin || to < sb.end) && collect(from, to) && levels.size() == 2 && moves_between(levels[0], levels[1]);
    if (clause) {
        sb.begin = from;
        sb.end = to;
    } else if (!collect(sb.begin, sb.end)) {
        return;
    }
    // D's clause names its rate and another clause names one of its own: two subjects ("Tỷ lệ hộ
    // nghèo giảm D; tỷ lệ hộ cận nghèo còn R2% (năm trước R1%)").
    if (!clause && (from > sb.begin || to < sb.end)) {
        auto names_rate = [](const std::string& x) {
            return (phrases::contains(x, "tỷlệ") || phrases::contains(x, "tỉlệ") || phrases::contains(x, "tỷtrọng")) &&
                   !phrases::contains(x, "tỷlệnày") && !phrases::contains(x, "tỉlệnày");
        };
        if (names_rate(phrases::squeeze(text, from, to)) &&
            names_rate(phrases::squeeze(text, sb.begin, from) + phrases::squeeze(text, to, sb.end))) {
            return;
        }
    }
    std::string sentence = phrases::squeeze(r.text(s), sb.begin, sb.end);
    // "Năm 2023, tỷ lệ … là R1%. Đến cuối năm 2024, tỷ lệ này còn R2%, giảm D …": one level in
    // D's sentence, named "tỷ lệ này" or by the same label as the one level of the sentence before.
    if (levels.size() == 1 && sb.begin > 0) {
        const std::string lb = r.rate_label(levels[0]);

        const std::string_view text = r.text(s);
        std::size_t back = sb.begin - 1;
        while (back > 0 && text[back] == ' ') --back;
        const auto pb = r.quantities.sentence_at(qs[s].paragraph, back);
        if (pb.begin >= sb.begin) return;
        std::vector<std::size_t> earlier;
        for (std::size_t j = first; j < last; ++j) {
            const Quantity& q = qs[j];
            if (q.byte_begin < pb.begin || q.byte_begin >= pb.end || q.role == Role::Year || q.role == Role::Date) continue;
            const std::string w = r.word_before(j);
            const bool change = w == "tăng" || w == "giảm" || w == "vượt" || w == "thêm" || w == "hơn" || w == "gấp" || r.in_points(j);
            if (change && (q.percent() || q.unit == "điểm")) return;
            if (!q.percent()) continue;
            if (!rate(r, j) || q.hedge != Hedge::None) return;
            earlier.push_back(j);
        }
        if (earlier.size() != 1) return;
        const std::string la = r.rate_label(earlier[0]);
        // "chiếm tỷ lệ X%" twice names no rate: two groups' shares.
        if (la.empty() || la == "tỷ lệ" || la == "tỉ lệ" || !(lb == "tỷ lệ này" || lb == "tỉ lệ này" || lb == la)) return;
        levels.insert(levels.begin(), earlier[0]);
        sentence += phrases::squeeze(r.text(s), pb.begin, pb.end);
    }
    if (levels.size() != 2) return;
    const std::size_t a = levels[0], b = levels[1];
    // "giảm d% chỉ còn R2% nhưng năm sau đã tăng lên R3%": both levels after the change, the first
    // its result (not opened by "từ"), the second the result of a move of its own: a later
    // period's, no level before the change.
    if (a > s && r.word_before(a) != "từ" && !phrases::contains(r.between(s, a), "sovới")) {
        const std::string w = r.word_before(b);
        const std::string moved = r.between(a, b);
        if ((w == "lên" || w == "xuống" || w == "còn") && (phrases::contains(moved, "tăng") || phrases::contains(moved, "giảm")) &&
            !phrases::contains(moved, "từ")) {
            return;
        }
    }
    // The earlier level in parentheses after the comparison ("tăng d% so với cùng kỳ (năm 2022 đạt
    // R1%)", "so với năm trước (R1%)"): the two levels compared, whatever else the sentence rates.
    bool compared = false;
    if (b > s && r.same_sentence(s, b)) {
        const std::string g = r.between(s, b);
        const std::size_t open = g.rfind('(');
        compared = phrases::contains(g, "sovới") && open != std::string::npos && g.find(')', open) == std::string::npos &&
                   g.size() < 60 && names_period(g.substr(0, open));
    }
    // "giảm d%, từ R1% xuống còn R2%", "phấn đấu giảm d%, tỷ lệ hộ nghèo từ R1% còn R2%": the change
    // stated right before the move it measures, in its clause (a few words naming the rate between):
    // d is that move, relative or in points, whatever the sentence plans.
    bool stated_move = false;
    if (a > s && r.next_figure(s) == a && r.word_before(a) == "từ" && r.same_sentence(a, b)) {
        const std::string g = r.between(s, a);
        const std::string m = r.between(a, b);
        stated_move = g.size() <= 48 && !g.empty() && g[0] == ',' && g.find_first_of(";:()", 1) == std::string::npos &&
                      (phrases::contains(m, "xuống") || phrases::contains(m, "lên") || m.ends_with("còn")) &&
                      m.find_first_of(";:") == std::string::npos;
    }
    // Plans and targets rate other things; an average change is no change between two levels.
    bool planned = false;
    for (const char* w : {"kếhoạch", "chỉtiêu", "mụctiêu", "dựtoán", "nghịquyết", "phấnđấu"}) {
        planned = planned || phrases::contains(sentence, w);
        if (!compared && !stated_move && phrases::contains(sentence, w)) return;
    }
    {
        // The change's own clause: "bình quân mỗi năm tăng d%", "tăng bình quân d%/năm".
        const std::string clause = phrases::squeeze(r.text(s), Reading::clause_start(r.text(s), qs[s].byte_begin, true), qs[s].byte_begin);
        if (phrases::contains(clause, "bìnhquân") || phrases::contains(clause, "trungbình") || phrases::starts(r.after(s, 16), "/năm")) return;
    }
    // "tỷ lệ này" names the rate of the sentence again.
    auto label_of = [&](std::size_t k) {
        std::string l = r.rate_label(k);
        return l == "tỷ lệ này" || l == "tỉ lệ này" ? std::string() : l;
    };
    const std::string la = label_of(a), lb = label_of(b);
    if (!la.empty() && !lb.empty() && la != lb) return;
    std::string gap = r.between(a, b);
    for (const char* again : {"tỷlệnày", "tỉlệnày"}) {
        for (std::size_t at = gap.find(again); at != std::string::npos; at = gap.find(again)) gap.erase(at, std::string_view(again).size());
    }
    // The only rate named between is the second level's own ("So với năm 2023 (R1%), tỷ lệ … năm
    // 2024 (R2%) đã giảm D").
    std::string own;
    if (la.empty() && !lb.empty()) {
        for (char c : lb) {
            if (c != ' ') own += c;
        }
    }
    const std::size_t own_at = own.empty() ? std::string::npos : gap.find(own);
    std::string named = gap;
    if (own_at != std::string::npos) named.erase(own_at, own.size());
    if (named.size() > 80 || phrases::contains(named, "tỷlệ") || phrases::contains(named, "tỉlệ") || phrases::contains(named, "tỷtrọng") ||
        phrases::contains(named, "chiếm")) {
        return;
    }
    const bool moves = moves_between(a, b);
    if (!moves && !names_period(gap)) return;
    if (qs[a].value() == qs[b].value()) return;
    const bool down = verb == "giảm";
    const bool a_larger = qs[a].value() > qs[b].value();
    const std::size_t r1 = (down == a_larger) ? a : b, r2 = r1 == a ? b : a;
    Relation rel;
    rel.family = pts ? Relation::Family::Points : Relation::Family::RateChange;
    rel.stated = s;
    rel.terms = {r2, r1};
    rel.decrease = down;
    rel.points_warning_only = !pts && !stated_move;
    // A target's "giảm d%" in points is how plans are written: only a d that fits neither is reported.
    rel.points_fit = !pts && stated_move && planned;
    out.push_back(std::move(rel));
}

}  // namespace

void read_points(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    // (A gap to a target, read_target_gap, is read already.)
    std::vector<bool> taken(qs.size(), false);
    for (const Relation& rel : out) taken[rel.stated] = true;
    for (std::size_t p = 0; p < r.doc.paragraphs.size(); ++p) {
        if (!r.quantities.vietnamese(p)) continue;
        const auto [first, last] = r.quantities.in(p);
        for (std::size_t s = first; s < last; ++s) {
            if (!r.usable(s) || r.covered[s] || qs[s].negative || taken[s]) continue;
            std::string verb = r.word_before(s), said = verb;
            const bool pts = r.in_points(s);
            // "còn R2%, thấp hơn D điểm phần trăm so với …": a level compared in points (or in
            // "%", read as "tăng/giảm d%" is).
            if (verb == "hơn") {
                const std::string b = r.before(s, 24);
                const bool lower_than = b.ends_with("thấp hơn "), higher_than = b.ends_with("cao hơn ");
                if (lower_than || higher_than) {
                    verb = lower_than ? "giảm" : "tăng";
                    said = lower_than ? "thấphơn" : "caohơn";
                }
            }
            // "vượt D điểm phần trăm so với chỉ tiêu R1%": above a named target or level.
            if (verb == "vượt") verb = "tăng";
            if (verb != "tăng" && verb != "giảm") continue;
            if (!pts && !qs[s].percent()) continue;
            if (r.per_period(s)) continue;  // "mỗi năm … tăng 0,2 điểm phần trăm, từ R1% lên R2%": a yearly step
            if (s > first && read_shaped(r, s, verb, said, pts, out)) continue;
            if (said == "vượt") continue;
            read_two_levels(r, s, verb, pts, out);
        }
    }
}

}  // namespace soat::analysis::relations
