// A whole's composition given item by item: "Cơ cấu 117 người đủ tiêu chuẩn ứng cử … như sau: nữ:
// 44 ứng cử viên (đạt tỷ lệ 37,61%); ngoài Đảng: 19 ứng cử viên (đạt tỷ lệ 16,24%); …", "Về cơ
// cấu chung của 640 người ứng cử, người ứng cử là nữ: 270 người (42,19%); trình độ trên đại học:
// 411 người (64,2%), …". The count named right after `cơ cấu (chung) (của)` is the whole T; each
// item is a label, a colon, a count A (at most three naming words) and its share at once (`(X%)`, `(đạt tỷ lệ X%)`, `, chiếm
// X%`): X = A/T. Items may overlap (`nữ`, `trẻ tuổi`): each share is of T alone, so only each one
// is checked, never their sum. Not read: a whole hedged or not a count (`cơ cấu kinh tế: nông
// nghiệp 30%`), an item that is not a count or not right after its label's colon, a share naming
// another base after it.
#include "analysis/relations/reading.hpp"


namespace soat::analysis::relations {

namespace {

bool share_gap(const std::string& gap) {
    for (const char* g : {"(", "(đạttỷlệ", "(đạttỉlệ", "(tỷlệ", "(tỉlệ", "(chiếm", "(chiếmtỷlệ", ",chiếm", ",chiếmtỷlệ", ",tỷlệ", ",tỉlệ", ",đạttỷlệ",
                          ",đạttỉlệ"}) {
        if (gap == g) return true;
    }
    return false;
}

// The whole: the first figure after "cơ cấu (chung) (của)" in a's sentence, before a.
std::size_t whole_of(const Reading& r, std::size_t a, std::size_t first) {
    const auto& qs = r.qs;
    const std::string_view t = r.text(a);
    const auto s = r.quantities.sentence_at(qs[a].paragraph, qs[a].byte_begin);
    const std::string lead = lower(t.substr(s.begin, qs[a].byte_begin - s.begin));
    const std::size_t at = lead.find("cơ cấu");
    if (at == std::string::npos || lead.find("cơ cấu", at + 1) != std::string::npos) return std::string::npos;
    const std::size_t from = s.begin + at + std::string_view("cơ cấu").size();
    for (std::size_t j = first; j < a; ++j) {
        if (qs[j].byte_begin < from) continue;
        if (qs[j].role != Role::Quantity) return std::string::npos;
        const std::string words = phrases::squeeze(t, from, qs[j].byte_begin);
        if (words != "" && words != "chung" && words != "của" && words != "chungcủa") return std::string::npos;
        return j;
    }
    return std::string::npos;
}

}  // namespace

void read_composition(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    for (const auto& [x, first] : r.candidates()) {
        if (!qs[x].percent() || x == 0 || qs[x].hedge != Hedge::None) continue;
        const std::size_t a = x - 1;
        if (a < first || !r.usable(a) || !qs[a].is_count() || qs[a].hedge != Hedge::None || qs[a].negative) continue;
        // At most three naming words after A ("44 ứng cử viên (…)"), then the share.
        const std::string gap = r.between(a, x);
        const std::size_t cut = gap.find_first_of(",(");
        if (cut == std::string::npos || !share_gap(gap.substr(cut))) continue;
        if (cut > 0) {
            std::string raw = r.after(a, 64);
            raw = raw.substr(0, raw.find_first_of(",("));
            if (phrases::words_of(raw).size() > 3 || raw.find_first_of("0123456789;:.") != std::string::npos) continue;
        }
        // The item's count right after its label's colon.
        const std::string_view t = r.text(a);
        std::size_t b = qs[a].byte_begin;
        while (b > 0 && t[b - 1] == ' ') --b;
        if (b == 0 || t[b - 1] != ':') continue;
        // The share closes its item.
        std::string rest = r.after(x, 16);
        rest.erase(0, rest.find_first_not_of(' '));
        const bool paren = gap[cut] == '(';
        if (paren ? (rest.empty() || rest[0] != ')') : !(rest.empty() || rest[0] == ',' || rest[0] == ';' || rest[0] == '.')) continue;
        const std::size_t w = whole_of(r, a, first);
        if (w == std::string::npos || !r.usable(w) || !qs[w].is_count() || qs[w].noun.empty() || qs[w].hedge != Hedge::None) continue;
        add_part_share(out, x, a, w);
    }
}

}  // namespace soat::analysis::relations
