// A balance: what came in, less what went out, is what remains. "Quỹ … thu được A tỷ đồng, đã chi
// B tỷ đồng, còn kết dư C tỷ đồng", "tổng số thu quỹ là A tỷ đồng. Đến nay đã chi B tỷ đồng cho ….
// Hiện quỹ còn tồn C tỷ đồng", "thụ lý A vụ, đã giải quyết B vụ (đạt x%), còn lại C vụ": C = A − B.
// Read by the roles of three figures of one kind (one unit; counts of one noun) in one paragraph,
// in this order and with no figure of that kind between them: A the object of a verb of taking in
// (`thu`, `thụ lý`, `tiếp nhận`), B of the verb that spends or settles what that verb took in
// (`chi` after `thu`; `giải quyết` after `thụ lý`/`tiếp nhận`), C right after a word of what
// remains (`còn`, `còn lại`, `còn tồn`, `tồn`, `còn kết dư`, `kết dư`). Not read: a hedged figure
// (`khoảng`, `trên`), a change (`tăng`, `giảm`) or a carried-over stock (`kỳ trước chuyển sang`,
// `tồn` before B) between them, a rest of something else (`còn 12 hồ sơ quá hạn` is a part of
// the rest, so only a C that closes its clause is read).
#include "analysis/relations/reading.hpp"

#include <algorithm>
#include <array>

namespace soat::analysis::relations {

namespace {

// The lowercased words of the clause before figure k (after , ; : . or a parenthesis), at most `n`.
std::vector<std::string> lead_words(const Reading& r, std::size_t k, std::size_t n) {
    const std::string_view t = r.text(k);
    const std::size_t from = Reading::clause_start(t, r.qs[k].byte_begin, true);
    std::vector<std::string> words;
    std::size_t b = r.qs[k].byte_begin;
    while (words.size() < n && b > from) {
        std::size_t at = b;
        std::string w = lower(analysis::word_before(t, b, &at));
        if (w.empty() || at < from || at >= b) break;
        words.insert(words.begin(), std::move(w));
        b = at;
    }
    return words;
}

// Trailing words that only link the verb to its figure.
void drop_links(std::vector<std::string>& w) {
    while (!w.empty() && (w.back() == "là" || w.back() == "được" || w.back() == "đạt" || w.back() == "có")) w.pop_back();
}

bool ends_with(const std::vector<std::string>& w, std::initializer_list<const char*> tail) {
    if (w.size() < tail.size()) return false;
    std::size_t i = w.size() - tail.size();
    for (const char* x : tail) {
        if (w[i++] != x) return false;
    }
    return true;
}

enum class Flow { None, Money, Cases };

// A: taken in. "thu (được)", "tổng số thu (quỹ) là", "thụ lý", "tiếp nhận".
Flow taken_in(const Reading& r, std::size_t a) {
    std::vector<std::string> w = lead_words(r, a, 6);
    drop_links(w);
    if (ends_with(w, {"thu"}) || ends_with(w, {"thu", "quỹ"})) return Flow::Money;
    if (ends_with(w, {"thụ", "lý"}) || ends_with(w, {"tiếp", "nhận"})) return Flow::Cases;
    return Flow::None;
}

// B: spent or settled, the verb matching A's.
bool given_out(const Reading& r, std::size_t b, Flow flow) {
    std::vector<std::string> w = lead_words(r, b, 6);
    drop_links(w);
    if (!w.empty() && (w.back() == "xong" || w.back() == "dứt")) w.pop_back();
    if (!w.empty() && w.back() == "điểm") w.pop_back();
    if (!w.empty() && w.back() == "dứt") w.pop_back();
    if (flow == Flow::Money) return ends_with(w, {"chi"});
    return ends_with(w, {"giải", "quyết"});
}

// C: right after a word of what remains, and closing its clause.
bool remains(const Reading& r, std::size_t c) {
    std::vector<std::string> w = lead_words(r, c, 4);
    const bool rest = ends_with(w, {"còn"}) || ends_with(w, {"còn", "lại"}) || ends_with(w, {"còn", "tồn"}) || ends_with(w, {"tồn"}) ||
                      ends_with(w, {"kết", "dư"});
    if (!rest) return false;
    std::string after = r.after(c, 24);
    after.erase(0, after.find_first_not_of(' '));
    return after.empty() || after[0] == '.' || after[0] == ',' || after[0] == ';' || after[0] == ')';
}

// Words between the figures that change what is counted.
// (C's own "còn tồn" is no stock carried over: `stock` only between A and B.)
bool plain_between(const Reading& r, std::size_t x, std::size_t y, bool stock) {
    const std::string span = r.between(x, y);
    if (span == "\x01") return false;
    for (const char* w : {"tăng", "giảm", "chuyểnsang", "kỳtrước", "nămtrước", "đìnhchỉ", "trảlại", "chuyểncho", "kếhoạch", "dựtoán"}) {
        if (phrases::contains(span, w)) return false;
    }
    return !stock || !phrases::contains(span, "tồn");
}

bool one_kind(const Reading& r, std::size_t a, std::size_t b) {
    if (r.qs[a].percent() || r.qs[b].percent()) return false;
    if (r.same_kind(a, b)) return true;
    // "5.925 tỷ đồng, đã chi 3.686 tỷ": an amount whose currency is left out.
    auto bare = [&](std::size_t k) { return r.qs[k].is_count() && !r.qs[k].scale_word.empty() && r.qs[k].noun.empty(); };
    return (r.qs[a].unit == "đồng" && bare(b)) || (r.qs[b].unit == "đồng" && bare(a));
}

}  // namespace

void read_balance(const Reading& r, std::vector<Relation>& out) {
    const auto& qs = r.qs;
    for (const auto& [c, first] : r.candidates()) {
        if (!r.exact_level(c) || !remains(r, c)) continue;
        // B and A: the two figures of C's kind before it in the paragraph, nothing of it between.
        std::array<std::size_t, 2> found{std::string::npos, std::string::npos};
        std::size_t got = 0;
        for (std::size_t j = c; j-- > first && got < 2;) {
            if (qs[j].percent() || qs[j].role != Role::Quantity) continue;
            if (one_kind(r, j, c)) found[got++] = j;
        }
        if (got < 2) continue;
        const std::size_t b = found[0], a = found[1];
        if (!r.exact_level(a) || !r.exact_level(b)) continue;
        const Flow flow = taken_in(r, a);
        if (flow == Flow::None || !given_out(r, b, flow)) continue;
        if (!plain_between(r, a, b, true) || !plain_between(r, b, c, false)) continue;
        add_balance(out, c, a, b);
    }
}

}  // namespace soat::analysis::relations
