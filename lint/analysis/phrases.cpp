#include "analysis/phrases.hpp"

#include "analysis/syllable.hpp"
#include "analysis/vi_words.hpp"
#include "analysis/words.hpp"

#include <soat/utf8.hpp>

#include <algorithm>
#include <set>

namespace soat::analysis::phrases {

std::size_t word_count(std::string_view s) {
    std::size_t n = 0;
    bool in = false;
    for (char c : s) {
        const bool space = c == ' ';
        if (!space && !in) ++n;
        in = !space;
    }
    return n;
}

std::string squeeze(std::string_view t, std::size_t from, std::size_t to) {
    if (to <= from) return {};
    // (The kept bytes moved down over the lower-case copy: no string grown byte by byte.)
    std::string out = lower(t.substr(from, to - from));
    std::size_t kept = 0;
    for (const char c : out) {
        if (c != ' ' && c != '*' && c != '-' && c != '+') out[kept++] = c;
    }
    out.resize(kept);
    // U+2212 minus
    for (std::size_t p; (p = out.find("\u2212")) != std::string::npos;) out.erase(p, 3);
    return out;
}

std::vector<int> paren_depth(std::string_view t) {
    // The readers of one paragraph ask for its depths one after another: the last text's are
    // kept (compared by content, not address: a temporary may reuse a freed one's).
    thread_local std::string last_text;
    thread_local std::vector<int> last;
    if (t.size() == last_text.size() && !last.empty() && t == last_text) return last;
    std::vector<int> d(t.size() + 1, 0);
    int depth = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] == '(') ++depth;
        d[i] = depth;
        if (t[i] == ')' && depth > 0) --depth;
    }
    d[t.size()] = depth;
    last_text.assign(t);
    last = d;
    return d;
}

bool duration_noun(std::string_view noun) {
    static constexpr std::string_view kNouns[] = {"giây", "phút", "giờ", "ngày", "tuần", "tháng", "quý", "năm", "tuổi"};
    return std::find(std::begin(kNouns), std::end(kNouns), noun) != std::end(kNouns);
}

bool after_change_word(std::string_view t, const Quantity& q) {
    static const char* const kChangeWords[] = {"tăng", "giảm", "vượt", "hơn", "bằng", "gấp", "hạ"};
    std::size_t begin = 0;
    std::string raw = word_before(t, q.byte_begin, &begin);
    // "tăng gần 6,2 nghìn tỷ đồng", "giảm khoảng 5%": the change past its bound.
    const std::string bound = lower(raw);
    if (bound == "gần" || bound == "khoảng" || bound == "trên" || bound == "tới") {
        raw = word_before(t, begin, &begin);
    } else if (bound == "xỉ" && lower(word_before(t, begin, &begin)) == "xấp") {
        raw = word_before(t, begin, &begin);
    }
    const std::string w = lower(raw);
    bool change = false;
    for (const char* c : kChangeWords) change = change || w == c;
    if (change && bang_ends_word(lower(word_before(t, begin)), w)) return false;
    if (!change || raw == w) return change;
    // A capital after a capitalised word is part of a name: "Cao Bằng 9 ha".
    const std::string previous = word_before(t, begin);
    std::size_t i = 0;
    return previous.empty() || !words::is_upper(utf8::next(previous, i));
}

bool bounded_level(std::string_view t, const Quantity& q) {
    std::size_t begin = 0;
    if (lower(word_before(t, q.byte_begin, &begin)) != "hơn") return false;
    static const std::set<std::string_view> kLevel = {"đạt", "có", "là", "được", "với", "gồm", "đón", "thu"};
    return kLevel.count(lower(word_before(t, begin))) > 0;
}

bool bang_ends_word(std::string_view previous, std::string_view word) {
    return word == "bằng" && !previous.empty() && vi_words::tier(vi_words::pair_score(canonical(previous), canonical(word))) > 0;
}

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    const std::string l = lower(text);
    std::size_t start = 0;  // of the word being read (each word made once from its bytes)
    for (std::size_t i = 0; i < l.size(); ++i) {
        const char c = l[i];
        if (c == ' ' || c == '*' || c == ',' || c == '(' || c == ')' || c == '"') {
            if (i > start) words.emplace_back(l, start, i - start);
            start = i + 1;
        }
    }
    if (l.size() > start) words.emplace_back(l, start, l.size() - start);
    return words;
}

std::vector<std::string> label_before(std::string_view t, std::size_t at, std::size_t floor) {
    std::size_t b = at;
    while (b > floor && t[b - 1] != ';' && t[b - 1] != ':' && t[b - 1] != ',' && t[b - 1] != '(' && t[b - 1] != '.') --b;
    auto words = words_of(t.substr(b, at - b));
    // Linking words ("tương đương với", "tức là") name nothing.
    static const std::set<std::string> kLeading = {"trong", "đó", "gồm", "bao", "và", "có", "tương", "đương", "ứng", "với", "tức", "là"};
    while (!words.empty() && kLeading.count(words.front())) words.erase(words.begin());
    static const std::set<std::string> kTrailing = {"đạt", "là", "khoảng", "trên", "gần", "ước", "dự", "kiến", "cả", "năm", "tháng"};
    while (!words.empty() && (kTrailing.count(words.back()) || std::isdigit(static_cast<unsigned char>(words.back()[0])))) words.pop_back();
    return words;
}

bool share_link(std::string_view squeezed) {
    return squeezed == "(" || squeezed.ends_with("chiếm") || squeezed.ends_with("chiếmtỷlệ");
}

bool names_participants(std::string_view lowered) {
    for (const char* taking_part : {"có mặt", "tham gia", "tham dự", "dự họp", "biểu quyết"}) {
        if (contains(lowered, taking_part)) return true;
    }
    return false;
}

bool rate_link(std::string_view squeezed) {
    for (const char* link : {",tứclà", ",tức", ",tươngđươngvới", ",tươngđương", ",tươngứngvới", ",tươngứng", "(", "(tươngđương", "(tươngứng"}) {
        if (squeezed == link) return true;
    }
    return false;
}

bool exclusion(std::string_view lowered) {
    for (const char* w : {"không bao gồm", "không tính", "chưa bao gồm", "chưa tính", "ngoài ra", "loại trừ"}) {
        if (contains(lowered, w)) return true;
    }
    return false;
}

std::size_t closing_paren(std::string_view t, std::size_t open) {
    int d = 0;
    for (std::size_t i = open; i < t.size(); ++i) {
        if (t[i] == '(') ++d;
        if (t[i] == ')' && --d == 0) return i;
    }
    return std::string_view::npos;
}

}  // namespace soat::analysis::phrases
