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
    if (lower(analysis::word_before(text, at, &at)) != "có") return false;
    const std::string aspect = lower(analysis::word_before(text, at, &at));
    for (const char* w : {"đã", "sẽ", "mới", "vẫn", "cũng", "chỉ", "đều", "thêm", "được"}) {
        if (aspect == w) return false;
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
        // Not a part of a part: no "trong đó" before A in its sentence.
        const auto sa = r.quantities.sentence_at(qs[a].paragraph, qs[a].byte_begin);
        if (lower(r.text(a).substr(sa.begin, qs[a].byte_begin - sa.begin)).find("trong đó") != std::string::npos) continue;
        // Back to T over rated parts of A's kind.
        std::size_t t = std::string::npos;
        for (std::size_t j = a; j-- > first;) {
            if (qs[j].role != Role::Quantity) continue;
            if (qs[j].percent()) {
                if (j > 0 && r.same_kind(j - 1, a) && share_of(r, j - 1) == j) continue;
                break;
            }
            if (!r.same_kind(j, a)) break;
            if (share_of(r, j) != std::string::npos) continue;
            t = j;
            break;
        }
        if (t == std::string::npos || !stock(r, t)) continue;
        add_part_share(out, x, a, t);
    }
}

}  // namespace soat::analysis::relations
