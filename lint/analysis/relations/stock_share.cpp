// The parts of a stock, shared out after it: "Đảng bộ xã hiện có 37 chi bộ. Qua đánh giá có 20 chi
// bộ hoàn thành tốt nhiệm vụ, chiếm 54%. Có 14 chi bộ hoàn thành nhiệm vụ, tỷ lệ 37,8%, và 3 chi
// bộ …, tỷ lệ 8,1%", "Huyện có 53 tổ chức cơ sở đảng; 19 tổ chức hoàn thành xuất sắc nhiệm vụ, tỷ
// lệ 35,8%". A report states what a unit has (`có T <noun>`, closing its clause), then splits it,
// each part counted in the same noun and rated at once (`, chiếm X%`, `, tỷ lệ X%`, `(chiếm X%)`):
// X = A/T. T is the figure of A's kind before A in the paragraph that is not itself a rated part;
// every figure between them is a rated part. Not read: a part after `trong đó` in its sentence (a
// part of a part: its whole is the nearer figure), a share naming another base after it (`chiếm
// X% so với …`, `X% số hộ toàn tỉnh`), a change, a plan or a prior period between, a hedged
// figure, a whole not closing its clause (`có 512 tổ chức, tăng …`), a mean or a per-unit part
// (`bình quân`, `mỗi`).
#include "analysis/relations/reading.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace soat::analysis::relations {

namespace {

// The squeezed gap from a part's naming words to its share: ", chiếm", ", tỷ lệ", "(chiếm".
bool rated_gap(const std::string& gap) {
    if (gap.find_first_of(";.:") != std::string::npos || gap == "\x01") return false;
    for (const char* w : {"sovới", "tăng", "giảm", "kếhoạch", "dựtoán", "chỉtiêu", "cùngkỳ", "tổng", "trên", "trongđó", "bìnhquân"}) {
        if (phrases::contains(gap, w)) return false;
    }
    for (const char* tail : {",chiếm", ",chiếmtỷlệ", ",chiếmtỉlệ", ",tỷlệ", ",tỉlệ", ",đạttỷlệ", ",đạttỉlệ", "(chiếm", "(chiếmtỷlệ", "(tỷlệ", "(tỉlệ",
                             "(đạttỷlệ", "(đạttỉlệ"}) {
        if (gap.ends_with(tail)) return gap.find_first_of(",(") == gap.size() - std::string_view(tail).size();
    }
    return false;
}

// Figure k (a percentage) closes its clause: nothing names another base after it.
bool closes(const Reading& r, std::size_t k, bool paren) {
    std::string rest = r.after(k, 16);
    rest.erase(0, rest.find_first_not_of(' '));
    if (paren) return !rest.empty() && rest[0] == ')';
    return rest.empty() || rest[0] == ',' || rest[0] == ';' || rest[0] == '.';
}

// Part a rated by the percentage right after it: the share's index, npos when none.
std::size_t share_of(const Reading& r, std::size_t a) {
    const auto& qs = r.qs;
    const std::size_t x = r.next_figure(a);
    if (x == std::string::npos || x != a + 1 || !qs[x].percent() || !r.usable(x) || qs[x].negative || qs[x].hedge != Hedge::None) return std::string::npos;
    const std::string gap = r.between(a, x);
    if (!rated_gap(gap)) return std::string::npos;
    return closes(r, x, gap.find('(') != std::string::npos) ? x : std::string::npos;
}

// T: a stock stated by "có", closing its clause.
bool stock(const Reading& r, std::size_t t) {
    const auto& q = r.qs[t];
    if (!q.is_count() || q.noun.empty() || q.hedge != Hedge::None || !r.usable(t)) return false;
    // "Huyện (hiện) có T …", not an event ("trong năm đã có 25 hộ thoát nghèo").
    const std::string_view text = r.text(t);
    std::size_t at = q.byte_begin;
    const std::string verb = lower(analysis::word_before(text, at, &at));
    if (verb == "là") {
        // "Tổng số cán bộ, công chức là T người": a clause opened by "Tổng số", naming no change,
        // comparison or plan.
        const std::string lead = phrases::squeeze(text, Reading::clause_start(text, q.byte_begin, false), q.byte_begin);
        if (!phrases::starts(lead, "tổngsố")) return false;
        for (const char* w : {"tăng", "giảm", "sovới", "cùngkỳ", "kếhoạch", "chỉtiêu", "dựkiến", "lũykế", "trongđó"}) {
            if (phrases::contains(lead, w)) return false;
        }
    } else {
        if (verb == "với") {
            // "có 84 chi bộ với T đảng viên": the second count of one stock, after "có N <noun> với".
            if (t == 0 || r.qs[t - 1].paragraph != q.paragraph || !r.usable(t - 1) || !r.qs[t - 1].is_count() ||
                r.qs[t - 1].hedge != Hedge::None || r.qs[t - 1].byte_end >= q.byte_begin) {
                return false;
            }
            const std::string_view named = text.substr(r.qs[t - 1].byte_end, q.byte_begin - r.qs[t - 1].byte_end);
            const std::string gap = phrases::squeeze(named, 0, named.size());
            if (!gap.ends_with("với") || gap.find_first_of(",;:()") != std::string::npos || phrases::words_of(named).size() > 4) return false;
            at = r.qs[t - 1].byte_begin;
            if (lower(analysis::word_before(text, at, &at)) != "có") return false;
        } else if (verb != "có") {
            return false;
        }
        const std::string aspect = lower(analysis::word_before(text, at, &at));
        for (const char* w : {"đã", "sẽ", "mới", "vẫn", "cũng", "chỉ", "đều", "thêm", "được"}) {
            if (aspect == w) return false;
        }
    }
    // Its naming words ("có 53 tổ chức cơ sở đảng;"), then the clause's end.
    const std::string rest = r.after(t, 64);
    const std::size_t end = rest.find_first_of(",;.():");
    if (end == std::string::npos || (rest[end] != '.' && rest[end] != ';')) return false;
    if (std::any_of(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(end), [](char c) { return c >= '0' && c <= '9'; })) return false;
    const std::string words = " " + rest.substr(0, end) + " ";
    for (const char* w : {" thoát ", " được ", " đạt ", " bị ", " tăng ", " giảm ", " mới ", " vay ", " tham gia "}) {
        if (words.find(w) != std::string::npos) return false;
    }
    return true;
}

// The years named in the sentence holding figure k.
std::vector<double> years_of(const Reading& r, std::size_t k) {
    const auto& qs = r.qs;
    const auto s = r.quantities.sentence_at(qs[k].paragraph, qs[k].byte_begin);
    const auto [first, last] = r.quantities.in(qs[k].paragraph);
    std::vector<double> out;
    for (std::size_t j = first; j < last; ++j) {
        if (qs[j].role == Role::Year && qs[j].byte_begin >= s.begin && qs[j].byte_begin < s.end) out.push_back(qs[j].numeral.value);
    }
    return out;
}

// T's stock and A's part are of one time and place: the two sentences name no different years
// ("Năm 2020 … T …. Năm 2024 … A"), and A's sentence names no one (a capitalised word after its
// first) that T's does not ("Huyện A có T …. Huyện B có A …").
bool same_setting(const Reading& r, std::size_t t, std::size_t a) {
    const auto yt = years_of(r, t), ya = years_of(r, a);
    if (!yt.empty() && !ya.empty() && std::none_of(ya.begin(), ya.end(), [&](double y) { return std::find(yt.begin(), yt.end(), y) != yt.end(); })) {
        return false;
    }
    const auto& qs = r.qs;
    const auto sa = r.quantities.sentence_at(qs[a].paragraph, qs[a].byte_begin);
    const auto st = r.quantities.sentence_at(qs[t].paragraph, qs[t].byte_begin);
    const std::string_view ta = r.text(a).substr(sa.begin, qs[a].byte_begin - sa.begin);
    const std::string_view tt = r.text(t).substr(st.begin, st.end - st.begin);
    bool opening = true;
    for (std::size_t i = 0; i < ta.size();) {
        while (i < ta.size() && (ta[i] == ' ' || ta[i] == ',' || ta[i] == ':' || ta[i] == '(' || ta[i] == ')')) ++i;
        std::size_t e = i;
        while (e < ta.size() && ta[e] != ' ' && ta[e] != ',' && ta[e] != ':' && ta[e] != '(' && ta[e] != ')') ++e;
        if (e == i) break;
        const std::string_view w = ta.substr(i, e - i);
        if (!opening && lower(w) != std::string(w) && tt.find(w) == std::string_view::npos) return false;
        opening = false;
        i = e;
    }
    return true;
}

}  // namespace

void read_stock_share(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    for (const auto& [x, first] : r.candidates()) {
        if (!qs[x].percent() || x == 0 || qs[x].hedge != Hedge::None) continue;
        const std::size_t a = x - 1;
        if (a < first || !r.usable(a) || !qs[a].is_count() || qs[a].noun.empty() || qs[a].hedge != Hedge::None) continue;
        if (share_of(r, a) != x) continue;
        // A mean or a per-unit figure is no part ("bình quân 30 hộ", "mỗi xã 3 hộ").
        const std::string lead = r.before(a, 32);
        if (lead.find("bình quân") != std::string::npos || lead.find("trung bình") != std::string::npos ||
            lead.find("mỗi") != std::string::npos)
            continue;
        // Not a part of a part: no "trong đó" before A in its sentence, unless it opens the
        // sentence ("Toàn tỉnh có T tổ. Trong đó, tổ tốt A tổ, tỷ lệ X%"): the parts of the stock
        // stated in the sentence before.
        const auto sa = r.quantities.sentence_at(qs[a].paragraph, qs[a].byte_begin);
        const std::string opening = lower(r.text(a).substr(sa.begin, qs[a].byte_begin - sa.begin));
        const std::size_t td = opening.find("trong đó");
        const bool opened = td != std::string::npos && opening.find_first_not_of(' ') == td && opening.find("trong đó", td + 1) == std::string::npos;
        if (td != std::string::npos && !opened) continue;
        // Back to T over rated parts of A's kind.
        std::size_t t = std::string::npos;
        bool exhausted = true;  // only rated parts of A's kind (or years) before A in its paragraph
        for (std::size_t j = a; j-- > first;) {
            if (qs[j].role != Role::Quantity) continue;
            exhausted = false;
            if (qs[j].percent()) {
                if (j > 0 && r.same_kind(j - 1, a) && share_of(r, j - 1) == j) {
                    exhausted = true;
                    continue;
                }
                break;
            }
            if (!r.same_kind(j, a)) break;
            if (share_of(r, j) != std::string::npos) {
                exhausted = true;
                continue;
            }
            t = j;
            break;
        }
        if (opened && t != std::string::npos && qs[t].byte_begin >= sa.begin) continue;
        // "Toàn ngành có T công chức." then, in the next paragraph, its parts with their shares:
        // the whole is the last figure of the paragraph before, when nothing else of A's kind
        // stands before A in its own.
        bool apart = false;
        if (t == std::string::npos && exhausted && !opened) {
            const std::size_t p = qs[a].paragraph;
            if (p == 0 || !r.quantities.vietnamese(p - 1)) continue;
            const auto [pf, pl] = r.quantities.in(p - 1);
            for (std::size_t j = pl; j-- > pf;) {
                if (qs[j].role == Role::Year || qs[j].role == Role::Date) continue;
                if (r.usable(j) && !qs[j].percent() && r.same_kind(j, a)) t = j;
                break;
            }
            apart = t != std::string::npos;
            // A part dated while the whole the paragraph before states is not: no one time.
            if (apart && !years_of(r, a).empty() && years_of(r, t).empty()) continue;
        }
        if (t == std::string::npos || !stock(r, t) || qs[t].interval.hi <= qs[a].interval.lo || !same_setting(r, t, a)) continue;
        if (apart || r.word_before(t) != "có") {
            // Read further than the one paragraph's "có T": reported only as a slip (within a factor of 3).
            const std::size_t stated = x;  // a lambda may not capture the structured binding (clang 14)
            if (std::any_of(out.begin(), out.end(), [stated](const Relation& e) { return e.stated == stated; })) continue;
            Relation share;
            share.family = Relation::Family::PartShare;
            share.stated = x;
            share.terms = {a, t};
            share.by_proximity = true;
            out.push_back(std::move(share));
            continue;
        }
        add_part_share(out, x, a, t);
    }
}

}  // namespace soat::analysis::relations
