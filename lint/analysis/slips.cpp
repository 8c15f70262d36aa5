#include "analysis/slips.hpp"

#include "analysis/string_map.hpp"

#include "analysis/syllable.hpp"
#include "analysis/vi_words.hpp"
#include "analysis/words.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <unordered_set>

namespace soat::analysis {

namespace {

void add(std::vector<std::string>& out, std::u32string_view base, Tone tone, std::string_view self) {
    if (base.empty() || base.size() > 7) return;
    auto s = compose(base, tone);
    if (!s || *s == self) return;
    if (std::find(out.begin(), out.end(), *s) == out.end()) out.push_back(std::move(*s));
}

// a + b + c, in a per-thread buffer (a variant is built, composed and dropped before the next).
std::u32string_view joined(std::u32string_view a, std::u32string_view b, std::u32string_view c = {}) {
    thread_local std::u32string buffer;
    buffer.assign(a);
    buffer.append(b);
    buffer.append(c);
    return buffer;
}

// One tone changed or dropped, or one letter's mark (ă â ê ô ơ ư, đ/d) changed.
std::vector<std::string> mark_variants_uncached(std::string_view key) {
    std::vector<std::string> out;
    const auto& l = decompose(key);
    if (!l) return out;
    const std::u32string& b = l->base;
    for (Tone t = 0; t <= 5; ++t) add(out, b, t, key);
    static const std::array<std::u32string_view, 5> families = {U"aăâ", U"eê", U"oôơ", U"uư", U"dđ"};
    for (std::size_t i = 0; i < b.size(); ++i) {
        for (const auto f : families) {
            if (f.find(b[i]) == std::u32string_view::npos) continue;
            for (const char32_t c : f) {
                if (c == b[i]) continue;
                add(out, joined(std::u32string_view(b).substr(0, i), {&c, 1}, std::u32string_view(b).substr(i + 1)), l->tone, key);
            }
        }
    }
    return out;
}

// The letter slips of `key` (not its tone or marks): an initial or final confused in spelling, a
// letter dropped or added after the first (their number in `spelling`), then one letter after
// the first typed as its neighbour on the keyboard.
std::vector<std::string> letter_variants_uncached(std::string_view key, std::size_t& spelling) {
    std::vector<std::string> out;
    const auto& l = decompose(key);
    if (!l) return out;
    const std::u32string_view b = l->base;
    const Tone tone = l->tone;
    // Initials and finals confused in spelling.
    static const std::array<std::pair<std::u32string_view, std::u32string_view>, 9> onsets = {{
        {U"gi", U"d"}, {U"gi", U"r"}, {U"d", U"r"}, {U"ch", U"tr"}, {U"s", U"x"}, {U"l", U"n"},
        {U"d", U"gi"}, {U"r", U"gi"}, {U"r", U"d"}}};
    auto starts = [&](std::u32string_view p) { return b.size() > p.size() && b.compare(0, p.size(), p) == 0; };
    for (const auto& [from, to] : onsets) {
        if (!starts(from)) continue;
        if (from == U"n" && (b[1] == U'g' || b[1] == U'h')) continue;
        add(out, joined(to, b.substr(from.size())), tone, key);
    }
    for (const auto& [from, to] : std::array<std::pair<std::u32string_view, std::u32string_view>, 6>{
             {{U"ch", U"tr"}, {U"tr", U"ch"}, {U"s", U"x"}, {U"x", U"s"}, {U"l", U"n"}, {U"n", U"l"}}}) {
        if (!starts(from)) continue;
        if (from == U"n" && (b[1] == U'g' || b[1] == U'h')) continue;
        add(out, joined(to, b.substr(from.size())), tone, key);
    }
    auto ends = [&](std::u32string_view p) { return b.size() > p.size() && b.compare(b.size() - p.size(), p.size(), p) == 0; };
    for (const auto& [from, to] : std::array<std::pair<std::u32string_view, std::u32string_view>, 4>{
             {{U"ng", U"n"}, {U"c", U"t"}, {U"t", U"c"}, {U"n", U"ng"}}}) {
        if (!ends(from)) continue;
        if (from == U"n" && ends(U"nh")) continue;
        add(out, joined(b.substr(0, b.size() - from.size()), to), tone, key);
    }
    // A letter dropped or doubled (the written form has one too many) or missing.
    // (Not the first letter: a typist rarely drops or adds the one a word starts with.)
    for (std::size_t i = 1; i < b.size(); ++i) add(out, joined(b.substr(0, i), b.substr(i + 1)), tone, key);
    static const std::u32string letters = U"aăâeêioôơuưycghnmt";
    std::u32string cur;  // (the variant written in place: only the letter at i changes)
    for (std::size_t i = 1; i <= b.size(); ++i) {
        cur.assign(b.substr(0, i));
        cur.push_back(0);
        cur.append(b.substr(i));
        for (const char32_t c : letters) {
            cur[i] = c;
            add(out, cur, tone, key);
        }
    }
    spelling = out.size();
    {
        // A key's neighbours on a QWERTY keyboard (the letters of a Vietnamese word are typed
        // there, marks and tones as extra keys): `khau` for `khai`, `nhiện` for `nhiệm`.
        static const std::array<std::u32string_view, 26> near = {
            U"qwsz", U"vghn", U"xdfv", U"serfcx", U"wsdr", U"drtgvc", U"ftyhbv", U"gyujnb", U"ujko", U"huikmn",
            U"jiolm", U"kop", U"njk", U"bhjm", U"iklp", U"ol", U"wa", U"edft", U"awedxz", U"rfgy", U"yhji",
            U"cfgb", U"qase", U"zsdc", U"tghu", U"asx"};
        for (std::size_t i = 1; i < b.size(); ++i) {
            if (b[i] < U'a' || b[i] > U'z') continue;  // a marked letter: its slips are mark slips
            cur.assign(b);
            for (const char32_t c : near[static_cast<std::size_t>(b[i] - U'a')]) {
                cur[i] = c;
                add(out, cur, tone, key);
            }
        }
        // The second letter of the onset `tr` dropped (`tưởng` for `trưởng`, `kiểm ta` for `kiểm
        // tra`; the other clusters, `th` `ch` `nh` `ng` `kh` `ph`, lose or gain their second letter
        // in the loops above, `r` is in no other).
        if (b.size() >= 2 && b[0] == U't' && b[1] != U'h' && b[1] != U'r') add(out, joined(U"tr", b.substr(1)), tone, key);
    }
    return out;
}

// A common word: in the two smaller word lists and frequent in running text (16 times or more).
bool common(std::uint8_t s) { return vi_words::tier(s) >= 3 && vi_words::bucket(s) >= 5; }

int rank(std::uint8_t s) { return vi_words::tier(s) * 16 + vi_words::bucket(s); }



// How strongly x y reads as one word: 0 unless the word list has it inside a word; more for a
// word of a smaller (commoner) list, frequent in the dictionary's text and in administrative text.
double bond(const vi_words::Entry& e) {
    static constexpr std::array<double, 5> by_tier = {0.0, 2.0, 3.0, 5.0, 6.0};
    const int t = vi_words::tier(e.score);
    if (t == 0) return 0.0;
    return by_tier[static_cast<std::size_t>(t)] + 0.25 * vi_words::bucket(e.score) + 0.8 * std::log2(1.0 + e.admin);
}
double bond(std::string_view x, std::string_view y) { return bond(vi_words::lookup(x, y)); }

// A word of three syllables x y z the drafts use (`đủ điều kiện`, `chịu trách nhiệm`, `người sử
// dụng`): seen 3 times or more in a row in administrative text, with one of its pairs a listed
// word. Read as one word, each syllable is bound on both sides: its bond is that of both its pairs,
// a pair the word list lacks (`người sử`) binding as a word of the largest list (2) with the
// count of the three, unless it holds a function word (a function word stands beside anything).
// 0 when x y z is no such word. (`xy`, `yz`: the pairs' entries, looked up by the caller.)
double bond3(std::string_view x, std::string_view y, std::string_view z, const vi_words::Entry& xy,
             const vi_words::Entry& yz) {
    if (xy.admin < 3 || yz.admin < 3 || (vi_words::tier(xy.score) == 0 && vi_words::tier(yz.score) == 0)) return 0.0;
    const int c = vi_words::triple_count(x, y, z);
    if (c < 3) return 0.0;
    auto part = [&](const vi_words::Entry& e, std::string_view a, std::string_view b) {
        if (vi_words::tier(e.score) > 0) return bond(e);
        if (words::is_function_word(a) || words::is_function_word(b)) return 0.0;
        return 2.0 + 0.8 * std::log2(1.0 + c);
    };
    return part(xy, x, y) + part(yz, y, z);
}

// A window of up to five syllables as the reading sees it: the entries and bonds of its adjacent
// pairs (k: syllables k and k + 1) and the bonds of its words of three syllables (k: k, k + 1, k + 2).
struct Window {
    std::array<vi_words::Entry, 4> pair{};
    std::array<double, 4> b2{};
    std::array<double, 3> b3{};
};

// The best reading of a window of n syllables as words of one, two or three syllables: the largest
// sum of the bonds of words that share no syllable. Overlapping pairs count only inside a word of
// three (each syllable judged by all the words it can belong to on both sides); a syllable that
// belongs to its other neighbour (`chuyển | mục đích`) still gains nothing by a word with `w`.
double best_reading(const Window& w, std::size_t n) {
    std::array<double, 6> f{};
    for (std::size_t k = 1; k <= n; ++k) {
        f[k] = f[k - 1];
        if (k >= 2) f[k] = std::max(f[k], f[k - 2] + w.b2[k - 2]);
        if (k >= 3) f[k] = std::max(f[k], f[k - 3] + w.b3[k - 3]);
    }
    return f[n];
}

// The neighbour syllable j is read with in the best reading of the window (as best_reading):
// -1 the one before, +1 the one after, 0 none; inside a word of three, the one of the stronger pair.
int partner_in(const Window& w, std::size_t n, std::size_t j) {
    std::array<double, 6> f{};
    std::array<std::size_t, 6> len{};  // the length of the last word of the best reading of k syllables
    for (std::size_t k = 1; k <= n; ++k) {
        f[k] = f[k - 1];
        len[k] = 1;
        if (k >= 2 && f[k - 2] + w.b2[k - 2] > f[k]) {
            f[k] = f[k - 2] + w.b2[k - 2];
            len[k] = 2;
        }
        if (k >= 3 && f[k - 3] + w.b3[k - 3] > f[k]) {
            f[k] = f[k - 3] + w.b3[k - 3];
            len[k] = 3;
        }
    }
    for (std::size_t k = n; k > 0; k -= len[k]) {
        const std::size_t start = k - len[k];
        if (j < start) continue;
        if (len[k] == 1) return 0;
        if (j == start) return 1;
        if (j == k - 1) return -1;
        return w.b2[start] > w.b2[start + 1] ? -1 : 1;
    }
    return 0;
}

}  // namespace

const std::vector<std::string>& mark_variants(std::string_view key) {
    thread_local StringMap<std::vector<std::string>> cache;
    if (cache.size() > 20000) cache.clear();
    if (auto it = cache.find(key); it != cache.end()) return it->second;
    return cache.emplace(std::string(key), mark_variants_uncached(key)).first->second;
}

namespace {

// The letter variants of a syllable that are not mark variants: first those of spelling and of a
// letter dropped or added (`spelling` of them), then those of a neighbouring key. One list for
// both readings, made once per syllable.
struct LetterVariants {
    std::vector<std::string> all;
    std::size_t spelling = 0;
};

const LetterVariants& letter_variants_of(std::string_view key) {
    thread_local StringMap<LetterVariants> cache;
    if (cache.size() > 20000) cache.clear();
    if (auto it = cache.find(key); it != cache.end()) return it->second;
    LetterVariants out;
    const auto& marks = mark_variants(key);
    auto is_mark = [&](const std::string& x) { return std::find(marks.begin(), marks.end(), x) != marks.end(); };
    std::size_t spelling = 0;
    auto all = letter_variants_uncached(key, spelling);
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (is_mark(all[i]) || std::find(out.all.begin(), out.all.end(), all[i]) != out.all.end()) continue;
        out.all.push_back(std::move(all[i]));
        if (i < spelling) out.spelling = out.all.size();
    }
    return cache.emplace(std::string(key), std::move(out)).first->second;
}

const std::vector<std::string>& letter_variants(std::string_view key) { return letter_variants_of(key).all; }

}  // namespace

std::vector<std::string> slip_variants(std::string_view key) {
    std::vector<std::string> out = mark_variants(key);
    const auto& l = letter_variants_of(key);
    out.insert(out.end(), l.all.begin(), l.all.begin() + static_cast<std::ptrdiff_t>(l.spelling));
    return out;
}

namespace {

void marked_forms(const std::u32string& b, std::size_t i, std::u32string& cur, std::vector<std::string>& out);

// The syllables a syllable typed without any mark can stand for, beyond its mark_variants (none
// for a syllable with a mark). Cached per syllable, as mark_variants.
const std::vector<std::string>& bare_variants(std::string_view key) {
    thread_local StringMap<std::vector<std::string>> cache;
    if (cache.size() > 20000) cache.clear();
    if (auto it = cache.find(key); it != cache.end()) return it->second;
    std::vector<std::string> out;
    if (key.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos) {
        if (const auto& l = decompose(key)) {
            const auto marks = mark_variants_uncached(key);  // (not the cache: the caller holds its reference)
            std::vector<std::string> forms;
            std::u32string cur;
            marked_forms(l->base, 0, cur, forms);
            for (auto& f : forms) {
                if (f == key || std::find(marks.begin(), marks.end(), f) != marks.end() ||
                    std::find(out.begin(), out.end(), f) != out.end()) {
                    continue;
                }
                out.push_back(std::move(f));
            }
        }
    }
    return cache.emplace(std::string(key), std::move(out)).first->second;
}

// The syllables two slips from `key`, a mark and a tone (`đâm` → `đảm`): one letter of a a/ă/â,
// e/ê, o/ô/ơ, u/ư, d/đ family changed and another tone. None is a tone, mark or letter variant (a
// letter slip keeps the tone); those a syllable without marks can carry are its bare variants.
// Cached per syllable, as mark_variants.
const std::vector<std::string>& two_mark_variants(std::string_view key) {
    thread_local StringMap<std::vector<std::string>> cache;
    if (cache.size() > 20000) cache.clear();
    if (auto it = cache.find(key); it != cache.end()) return it->second;
    std::vector<std::string> out;
    if (const auto& l = decompose(key)) {
        const auto& bare = bare_variants(key);
        static const std::array<std::u32string_view, 5> families = {U"aăâ", U"eê", U"oôơ", U"uư", U"dđ"};
        const std::u32string& b = l->base;
        for (std::size_t i = 0; i < b.size(); ++i) {
            for (const auto f : families) {
                if (f.find(b[i]) == std::u32string_view::npos) continue;
                for (char32_t c : f) {
                    if (c == b[i]) continue;
                    std::u32string v = b;
                    v[i] = c;
                    for (Tone t = 0; t <= 5; ++t) {
                        if (t == l->tone) continue;
                        auto s = compose(v, t);
                        if (!s || *s == key || std::find(out.begin(), out.end(), *s) != out.end() ||
                            std::find(bare.begin(), bare.end(), *s) != bare.end())
                            continue;
                        out.push_back(std::move(*s));
                    }
                }
            }
        }
    }
    return cache.emplace(std::string(key), std::move(out)).first->second;
}

// "nửa" (half) is a numeral: it reads with the measure after it, a word of scale, "số" (the number
// of) or a span of time ("hơn nửa triệu", "gần nửa số xã", "hơn nửa nhiệm kỳ").
bool measured_half(std::string_view half, std::string_view after) {
    if (half != "nửa") return false;
    static constexpr std::string_view kMeasures[] = {"trăm", "nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ", "số", "nhiệm", "thế",
                                                     "tháng", "năm", "ngày", "giờ", "buổi", "tuần", "quý", "đầu", "cuối", "chặng"};
    return std::find(std::begin(kMeasures), std::end(kMeasures), after) != std::end(kMeasures);
}

}  // namespace

std::optional<ContextSlip> find_slip_in_context(const std::vector<std::string_view>& keys, std::size_t at, bool cut_end, bool heading) {
    if (at >= keys.size()) return std::nullopt;
    const std::string_view w = keys[at];
    const bool has_left = at > 0, has_right = at + 1 < keys.size();
    if (!has_left && !has_right) return std::nullopt;
    if (has_right && measured_half(w, keys[at + 1])) return std::nullopt;
    // A grammatical word stands beside anything: read as a slip (`tại liệu`, `hiệu qua`) only
    // when it was never seen, in either text, beside its neighbours, and on a larger gain.
    const bool grammar = words::is_grammatical_word(w);
    if (grammar) {
        for (int side : {-1, 1}) {
            if ((side < 0 && !has_left) || (side > 0 && !has_right)) continue;
            const auto e = side < 0 ? vi_words::lookup(keys[at - 1], w) : vi_words::lookup(w, keys[at + 1]);
            if (e.admin > 0 || vi_words::tier(e.score) > 0 || vi_words::bucket(e.score) > 1) return std::nullopt;
        }
    }
    // Letter slips (d/gi/r, ch/tr, s/x, l/n, n/ng, c/t, a letter dropped, added or hit beside its
    // key) need a larger gain: fewer slips are of that kind, and each syllable has many more
    // letter variants than tone or mark variants. A grammatical word is read for them too (under
    // its own conditions above): a letter slip often leaves one (`chín quyền`, `liên qua`,
    // `tư các`, `nhân tại`).
    // (Made only when the syllable is read: most are skipped by the tests below.)
    const std::vector<std::string>* letters_of = nullptr;
    auto letters = [&]() -> const std::vector<std::string>& {
        if (!letters_of) letters_of = &letter_variants(w);
        return *letters_of;
    };
    // (Made when the syllable is read past the tests below, as the others.)
    const std::vector<std::string>* marks_of = nullptr;
    auto marks = [&]() -> const std::vector<std::string>& {
        if (!marks_of) marks_of = &mark_variants(w);
        return *marks_of;
    };
    // A syllable typed without any mark whose letters are a syllable too (`quy dinh`, `hoạt dong`,
    // `don vị`): every syllable its letters can carry (marks and a tone at once) is a variant, with a
    // gain 1 lower than one tone or mark (at 0, three more false alarms on 2,000 clean twins).
    // (Made only when the syllable is read, once per syllable.)
    static const std::vector<std::string> no_forms;
    const std::vector<std::string>* bare_of = nullptr;
    auto bare_forms = [&]() -> const std::vector<std::string>& {
        if (!bare_of) bare_of = grammar ? &no_forms : &bare_variants(w);
        return *bare_of;
    };
    // Two slips at once, a mark and a tone (`bảo đâm` for `bảo đảm`). Weighed only for a rare
    // syllable that reads as no word as written (below). (Made only when needed, once per syllable.)
    const std::vector<std::string>* two_of = nullptr;
    auto two_marks = [&]() -> const std::vector<std::string>& {
        if (!two_of) two_of = grammar ? &no_forms : &two_mark_variants(w);
        return *two_of;
    };
    const double common_w = vi_words::admin_count(w, "");
    constexpr double kCommonSyllable = 50;  // times in administrative text
    bool seen_once = false, variant_often = false;  // (below: pairs with a neighbour seen once)
    // The written syllable makes a common word with a neighbour, or a pair seen in administrative
    // text or often in the dictionary's text: no slip. (A pair seen once only, whose variant is
    // seen 20 times as often, is a slip in that text too: `tính hình`; see below.)
    for (int side : {-1, 1}) {
        if (grammar || (side < 0 && !has_left) || (side > 0 && !has_right)) continue;
        const std::string_view x = side < 0 ? keys[at - 1] : w;
        const std::string_view y = side < 0 ? w : keys[at + 1];
        const auto e = vi_words::lookup(x, y);
        if (vi_words::tier(e.score) >= 3) return std::nullopt;
        // A listed word made by a syllable drafts write all the time, with nothing on its other side
        // but the phrase's edge or a function word (`kiểm tra sau thông quan,`): no neighbour argues
        // for a variant. (A rare syllable there, `thông tín,`, is still read as a slip.)
        if (vi_words::tier(e.score) >= 1 && common_w >= kCommonSyllable &&
            (side < 0 ? !has_right || words::is_function_word(keys[at + 1]) : !has_left || words::is_function_word(keys[at - 1]))) {
            return std::nullopt;
        }
        // A function word stands beside anything: seen with it a few times in drafts is no
        // evidence (`phạm tôi về`, `tán thanh và`); common in running text, it is (`kể đến`).
        if (words::is_function_word(side < 0 ? x : y) && e.admin < 5) {
            if (vi_words::tier(e.score) == 0 && vi_words::bucket(e.score) >= 3) return std::nullopt;
            continue;
        }
        // A pair seen in administrative text, or often in the dictionary's, anchors `w`, unless
        // drafts write it mostly inside a word of three syllables whose third is not here
        // (`người sử` of `người sử dụng`, 45 times of 45: in `người sử lý`, `sử` is read with `lý`).
        if (e.admin >= 2 || (vi_words::tier(e.score) == 0 && vi_words::bucket(e.score) >= 3)) {
            const bool other = side < 0 ? has_right : has_left;
            const int longer = !other || e.admin < 3 ? 0
                               : side < 0        ? vi_words::commonest_after(x, y)
                                                 : vi_words::commonest_before(x, y);
            const int here = longer == 0 ? 0
                             : side < 0  ? vi_words::triple_count(x, y, keys[at + 1])
                                         : vi_words::triple_count(keys[at - 1], x, y);
            if (longer == 0 || longer * 4 < e.admin * 3 || here >= longer) return std::nullopt;
            continue;
        }
        auto seen_often = [&](const std::string& v) {
            return (side < 0 ? vi_words::admin_count(x, v) : vi_words::admin_count(v, y)) >= 20;
        };
        if (e.admin == 1) {
            const bool often = std::any_of(marks().begin(), marks().end(), seen_often) ||
                               std::any_of(bare_forms().begin(), bare_forms().end(), seen_often) ||
                               std::any_of(letters().begin(), letters().end(), seen_often) ||
                               (common_w <= 10 && std::any_of(two_marks().begin(), two_marks().end(), seen_often));
            (often ? variant_often : seen_once) = true;
        }
    }
    // A pair seen once anchors `w` unless a variant is seen often with a neighbour (on either side)
    // and `w` itself is rare in administrative text (10 times or less): its one time with this
    // neighbour may be the slip itself (`chuyên muôn | thuộc`, `muôn` seen once, `chuyên môn` 61
    // times), where a syllable used elsewhere makes a word the lists lack (`chống mã | độc`).
    if (seen_once && !(variant_often && common_w <= 10)) return std::nullopt;
    const std::size_t first = at >= 2 ? at - 2 : 0;
    const std::size_t last = std::min(keys.size(), at + 3);
    const std::size_t n = last - first, j = at - first;
    Window window;
    for (std::size_t k = 0; k + 1 < n; ++k) {
        window.pair[k] = vi_words::lookup(keys[first + k], keys[first + k + 1]);
        window.b2[k] = bond(window.pair[k]);
    }
    for (std::size_t k = 0; k + 2 < n; ++k) {
        window.b3[k] = bond3(keys[first + k], keys[first + k + 1], keys[first + k + 2], window.pair[k], window.pair[k + 1]);
    }
    const double written = best_reading(window, n);
    // Two slips at once are weighed only for a syllable never seen beside either neighbour, in
    // either text (`phải bảo đâm an toàn`; once in administrative text is no evidence, the training
    // half holds slips too), between two words that are no grammatical words, and only for a
    // variant that makes a word or an attested pair on both sides (`bảo đảm`, `đảm an`): both sides
    // of the window agree. (`Dấu cơ quan` opening a line is no `Đầu cơ`, `dữ liệu có mất không`
    // no `có mặt`.)
    // The written syllable must be rare in administrative text too (10 times or less): a common
    // one beside an unlisted neighbour is more likely a word the lists lack (`ghi nhãn hàng hóa`,
    // labelling, is no `ghi nhận`) than two slips at once.
    bool orphan = !grammar && has_left && has_right && !words::is_grammatical_word(keys[at - 1]) &&
                  !words::is_grammatical_word(keys[at + 1]) && common_w <= 10;
    if (j > 0) {
        const auto& e = window.pair[j - 1];
        orphan = orphan && e.admin <= 1 && vi_words::tier(e.score) == 0 && vi_words::bucket(e.score) <= 1;
    }
    if (j + 1 < n) {
        const auto& e = window.pair[j];
        orphan = orphan && e.admin <= 1 && vi_words::tier(e.score) == 0 && vi_words::bucket(e.score) <= 1;
    }
    static const std::vector<std::string> none;
    const std::vector<std::string>& two = orphan ? two_marks() : none;
    struct Candidate {
        double gain;
        std::string_view right;
        bool letter;
        int partner;  // the neighbour it is read with in the best reading (0: none)
    };
    std::vector<Candidate> found;
    // A letter variant needs 2 more than a tone or mark variant (gain 9): at 1 more, `tách thành`
    // reads as `tác thành` and `văn bản cần sao` (to be copied) as `cần sa`.
    constexpr double letter_penalty = 2.0;
    constexpr double kTwoPenalty = 2.0;  // two slips at once: as a letter slip
    constexpr double bare_penalty = 1.0;
    constexpr double kOverlap = 0.25;
    const auto& variants = marks();
    const auto& bare = bare_forms();
    const std::size_t n_marks = variants.size(), n_bare = bare.size();
    const auto& by_letter = letters();
    const std::size_t n_letters = by_letter.size();
    const vi_words::After after_left(j > 0 ? keys[first + j - 1] : std::string_view());  // (pairs ending in a variant)
    const vi_words::Before before_right(j + 1 < n ? keys[first + j + 1] : std::string_view());  // (pairs starting with one)
    for (std::size_t vi = 0; vi < n_marks + n_bare + n_letters + two.size(); ++vi) {
        const std::string& v = vi < n_marks ? variants[vi] : vi < n_marks + n_bare ? bare[vi - n_marks]
                               : vi < n_marks + n_bare + n_letters ? by_letter[vi - n_marks - n_bare]
                                                                   : two[vi - n_marks - n_bare - n_letters];
        if (vi >= n_marks + n_bare + n_letters) {
            auto attested = [](const vi_words::Entry& e) {
                return vi_words::tier(e.score) > 0 || e.admin >= 2 || vi_words::bucket(e.score) >= 3;
            };
            if (!attested(vi_words::lookup(keys[at - 1], v)) || !attested(vi_words::lookup(v, keys[at + 1]))) continue;
        }
        const vi_words::Entry left = j > 0 ? after_left.lookup(v) : vi_words::Entry{};
        const vi_words::Entry right = j + 1 < n ? before_right.lookup(v) : vi_words::Entry{};
        // A variant in no listed word with either neighbour and in no pair seen three times in
        // administrative text bonds nothing (its pairs' bonds and its words of three are 0): every
        // bond of the window can only drop, so it reads no better than what is written (read −
        // written <= 0 below). Most variants are such; they are left here.
        if (vi_words::tier(left.score) == 0 && vi_words::tier(right.score) == 0 && left.admin < 3 && right.admin < 3) continue;
        Window b = window;  // only the pairs and words of three with the changed syllable change
        if (j > 0) {
            b.pair[j - 1] = left;
            b.b2[j - 1] = bond(b.pair[j - 1]);
        }
        if (j + 1 < n) {
            b.pair[j] = right;
            b.b2[j] = bond(b.pair[j]);
        }
        for (std::size_t k = j >= 2 ? j - 2 : 0; k <= j && k + 2 < n; ++k) {
            auto at3 = [&](std::size_t i) { return i == j ? std::string_view(v) : keys[first + i]; };
            b.b3[k] = bond3(at3(k), at3(k + 1), at3(k + 2), b.pair[k], b.pair[k + 1]);
        }
        // Each syllable is judged by the words it makes on both sides: the best reading decides,
        // and a word the variant makes with its other neighbour too (`biên bản | thảo luận`, where
        // `bản thảo` is a word) adds a quarter of its bond. A quarter only: `chuyên mục` beside
        // `mục đích` is no evidence that `chuyển mục đích` is a slip.
        const double seg = best_reading(b, n) - written;
        double chain = 0.0;
        for (std::size_t k = 0; k + 1 < n; ++k) chain += b.b2[k] - window.b2[k];
        const double read = written + seg + (chain > seg ? kOverlap * (chain - seg) : 0.0);
        if (read - written <= 0) continue;
        // A written syllable far more common in administrative text than the variant is less
        // likely a slip of it; one that is rare there (10 times or less), more likely.
        const double ratio = std::log2((common_w + 1.0) / (vi_words::admin_count(v, "") + 1.0));
        const double prior = ratio > 0 ? ratio : common_w <= 10 ? 0.3 * ratio : 0.0;
        const double gain = read - written - prior -
                            (vi < n_marks ? 0.0 : vi < n_marks + n_bare ? bare_penalty : vi < n_marks + n_bare + n_letters ? letter_penalty : kTwoPenalty);
        if (gain > 0) found.push_back({gain, v, vi >= n_marks + n_bare, partner_in(b, n, j)});  // (two slips count as a letter's)
    }
    if (found.empty()) return std::nullopt;
    std::sort(found.begin(), found.end(), [](const Candidate& x, const Candidate& y) { return x.gain > y.gain; });
    constexpr double kGain = 7.0, kGrammarGain = 10.0, kMargin = 2.0;
    if (found[0].gain < (grammar ? kGrammarGain : kGain) + (heading ? 2.0 : 0.0)) return std::nullopt;
    if (found.size() > 1 && found[0].gain < found[1].gain + kMargin) return std::nullopt;
    ContextSlip out;
    out.right = std::string(found[0].right);
    // The pair named is the word the variant makes in the best reading (`cấp bách công Trạng`
    // reads `công` with `Trạng`, not with `bách`, which `cấp bách` holds).
    out.partner = found[0].partner;
    if (out.partner == 0) {
        const double left_bond = has_left ? bond(keys[at - 1], out.right) : 0.0;
        const double right_bond = has_right ? bond(out.right, keys[at + 1]) : 0.0;
        out.partner = left_bond > right_bond ? -1 : 1;
    }
    // At a cut end the syllable's other neighbour is unknown: a partner that already makes a
    // word or an attested pair with its own other neighbour is not taken from it.
    if (cut_end && out.partner < 0 && at + 1 == keys.size() && at >= 2) {
        const auto e = vi_words::lookup(keys[at - 2], keys[at - 1]);
        if (vi_words::tier(e.score) >= 3 || e.admin >= 2) return std::nullopt;
    }
    // Beside a function word (có thẻ BHYT: có thể?) the word meant needs the other side to read,
    // and must be a pair common in administrative text (đối với, từ ngày; not đề từ for đê từ).
    const std::string_view partner = out.partner < 0 ? keys[at - 1] : keys[at + 1];
    // Read with a grammatical word while the written syllable makes a word of the two smaller
    // lists with its other neighbour (`sự | cổ vũ`): no evidence for the variant (`sự cố`).
    if (words::is_grammatical_word(partner) && (out.partner < 0 ? has_right : has_left)) {
        const auto e = out.partner < 0 ? vi_words::lookup(w, keys[at + 1]) : vi_words::lookup(keys[at - 1], w);
        if (vi_words::tier(e.score) >= 2) return std::nullopt;
    }
    if (words::is_function_word(partner)) {
        const bool other_side = out.partner < 0 ? has_right : has_left;
        const int seen = out.partner < 0 ? vi_words::admin_count(partner, out.right) : vi_words::admin_count(out.right, partner);
        // A letter variant there needs the pair 8 times: a letter slip has more variants, and
        // `dữ liệu trong kho kiến thức` is no slip of `trong khi` (5 times).
        if (!other_side || seen < (found[0].letter ? 8 : 5)) return std::nullopt;
    }
    return out;
}

bool currency_after_figure(std::string_view before, std::string_view key) {
    if (key != "đồng" || before.empty()) return false;
    return before == "tỷ" || before == "triệu" || before == "nghìn" || before == "ngàn" || before == "trăm" ||
           std::isdigit(static_cast<unsigned char>(before.front()));
}

std::optional<Slip> find_slip(std::string_view before, std::string_view a, std::string_view b, std::string_view after) {
    // A function word stands next to anything ("sau thuế thì", "có thẻ BHYT"): no evidence of a slip.
    if (a == b || words::is_function_word(a) || words::is_function_word(b)) return std::nullopt;
    const std::uint8_t written = vi_words::pair_score(a, b);
    if (vi_words::tier(written) > 0 || vi_words::bucket(written) > 2) return std::nullopt;
    struct Candidate {
        int side;
        std::string right;
        std::uint8_t score;
    };
    std::vector<Candidate> found;
    // A syllable that makes a known pair with its other neighbour belongs to that word: then
    // "a b" straddles two words and is no broken word.
    // A function word beside it anchors only through a listed word (trải qua, có thể).
    auto anchored = [](std::string_view x, std::string_view y, std::string_view other) {
        const auto s = vi_words::pair_score(x, y);
        return vi_words::tier(s) > 0 || (!words::is_function_word(other) && vi_words::bucket(s) >= 2);
    };
    if (!before.empty() && anchored(before, a, before)) return std::nullopt;
    if (!after.empty() && anchored(b, after, after)) return std::nullopt;
    if (currency_after_figure(before, a)) return std::nullopt;  // a pair across it straddles two phrases
    if (measured_half(b, after)) return std::nullopt;
    // The estimate marker before a verb of figures opens a phrase of its own ("trong quý | ước
    // tăng 6,8%", "tháng 9 | ước đạt"): the pair straddles it.
    if (b == "ước" && (after == "đạt" || after == "tăng" || after == "giảm" || after == "thực" || after == "tính")) return std::nullopt;
    // slip_variants() of a word, in its order, read from the per-thread lists without a copy: the
    // mark variants, then the letter variants of spelling and of a letter dropped or added. (The
    // letter variants first: making them asks for the mark variants, whose list is then taken.)
    auto each_variant = [](std::string_view key, auto&& f) {
        const auto& letters = letter_variants_of(key);
        for (const auto& v : mark_variants(key)) f(v);
        for (std::size_t k = 0; k < letters.spelling; ++k) f(letters.all[k]);
    };
    // A grammatical word stands beside almost anything (`chỉ`, `như`, `đó`): read as a slip only into
    // a word of the smallest list (`đón tiếp`) or a pair drafts write (3 times or more in
    // administrative text: `nhu cầu`), not into any common word (`thu | chỉ đạt` is no `thu chi`).
    // A syllable drafts write all the time, in a pair they write with its other neighbour, is no
    // slip of one they never write (`tỉnh | tạo việc làm` is no `tỉnh táo`).
    // (The written side's part is weighed once per side, the variant's only when it holds.)
    auto drafts_pair = [&](int side) {
        const std::string_view written = side == 0 ? a : b, other = side == 0 ? before : after;
        if (other.empty() || vi_words::admin_count(written, "") < 100) return false;
        return (side == 0 ? vi_words::admin_count(other, written) : vi_words::admin_count(written, other)) > 0;
    };
    const bool drafts_a = drafts_pair(0), drafts_b = drafts_pair(1);
    auto take = [&](int side, const std::string& v, const vi_words::Entry& e, bool grammatical) {
        if ((side == 0 ? drafts_a : drafts_b) && vi_words::admin_count(v, "") == 0) return;
        if (common(e.score) && (!grammatical || vi_words::tier(e.score) >= 4 || e.admin >= 3)) found.push_back({side, v, e.score});
    };
    // A grammatical word in a pair drafts write all the time with its other neighbour ("trong đó
    // tiếp …": 20 times or more in administrative text) is that pair's, not a slip of another word.
    const bool a_held = words::is_grammatical_word(a) && !before.empty() && vi_words::admin_count(before, a) >= 20;
    const bool b_held = words::is_grammatical_word(b) && !after.empty() && vi_words::admin_count(b, after) >= 20;
    if (!a_held) {
        const bool grammatical = words::is_grammatical_word(a);
        const vi_words::Before before_b(b);
        each_variant(a, [&](const std::string& v) { take(0, v, before_b.lookup(v), grammatical); });
    }
    if (!b_held) {
        const bool grammatical = words::is_grammatical_word(b);
        const vi_words::After after_a(a);
        each_variant(b, [&](const std::string& v) { take(1, v, after_a.lookup(v), grammatical); });
    }
    if (found.empty()) return std::nullopt;
    std::sort(found.begin(), found.end(), [](const Candidate& x, const Candidate& y) { return rank(x.score) > rank(y.score); });
    const Candidate& top = found.front();
    if (found.size() > 1) {
        const Candidate& next = found[1];
        const bool dominant = vi_words::tier(top.score) > vi_words::tier(next.score) + 1 ||
                              (vi_words::tier(top.score) > vi_words::tier(next.score) &&
                               vi_words::bucket(top.score) >= vi_words::bucket(next.score) + 2) ||
                              vi_words::bucket(top.score) >= vi_words::bucket(next.score) + 4;
        if (!dominant) return std::nullopt;
    }
    // The written pair, if seen at all, must be far rarer than the word meant.
    if (vi_words::bucket(written) > 0 && vi_words::bucket(top.score) < vi_words::bucket(written) + 3) return std::nullopt;
    return Slip{top.side, top.right};
}

namespace {

// Every valid syllable the unmarked letters `b` can stand for: each a e o u d given its marks
// (ă â, ê, ô ơ, ư, đ for an initial d) and any tone.
void marked_forms(const std::u32string& b, std::size_t i, std::u32string& cur, std::vector<std::string>& out) {
    if (i == b.size()) {
        for (Tone t = 0; t <= 5; ++t) {
            if (auto s = compose(cur, t)) out.push_back(std::move(*s));
        }
        return;
    }
    static const std::array<std::u32string_view, 5> families = {U"aăâ", U"eê", U"oôơ", U"uư", U"dđ"};
    cur.push_back(b[i]);
    marked_forms(b, i + 1, cur, out);
    for (const auto f : families) {
        if (f[0] != b[i] || (b[i] == U'd' && i > 0)) continue;
        for (std::size_t k = 1; k < f.size(); ++k) {
            cur.back() = f[k];
            marked_forms(b, i + 1, cur, out);
        }
    }
    cur.pop_back();
}

}  // namespace

namespace {

// A lowercase English word whose letters are a Vietnamese syllable without its marks (`chat`, `ten`).
bool english_word(std::string_view word) {
    static const std::unordered_set<std::string_view> english = {
#include "analysis/en_collisions.inc"
    };
    return english.count(word) > 0;
}

}  // namespace

std::optional<ContextSlip> find_unmarked(std::string_view word, std::string_view left, std::string_view right) {
    if (left.empty() && right.empty()) return std::nullopt;
    const auto& l = decompose(word);
    if (!l || l->marked || l->base.size() > 7 || is_valid_syllable(word)) return std::nullopt;
    // An English word of the same letters is a foreign word (phiên bản chat, top 10).
    if (english_word(word)) return std::nullopt;
    std::size_t vowels = 0;
    for (char32_t c : l->base) vowels += c == U'a' || c == U'e' || c == U'o' || c == U'u';
    if (vowels > 3) return std::nullopt;
    std::vector<std::string> forms;
    std::u32string cur;
    marked_forms(l->base, 0, cur, forms);
    struct Candidate {
        double score;
        std::string right;
        int partner;
    };
    std::vector<Candidate> found;
    for (auto& f : forms) {
        // The word it makes with a neighbour: a word of the two smaller lists, or of the larger
        // ones and seen in administrative text; never through a function word alone, nor through
        // a pair only seen there (`trường kinh` of `môi trường kinh doanh`).
        double best = 0.0;
        int partner = 0;
        for (int side : {-1, 1}) {
            const std::string_view other = side < 0 ? left : right;
            if (other.empty() || words::is_function_word(other)) continue;
            const auto e = side < 0 ? vi_words::lookup(other, f) : vi_words::lookup(f, other);
            if (vi_words::tier(e.score) == 0 || (vi_words::tier(e.score) < 3 && e.admin < 2)) continue;
            const double b = bond(e);
            if (b > best) {
                best = b;
                partner = side;
            }
        }
        if (partner != 0) found.push_back({best, std::move(f), partner});
    }
    if (found.empty()) return std::nullopt;
    std::sort(found.begin(), found.end(), [](const Candidate& x, const Candidate& y) { return x.score > y.score; });
    if (found.size() > 1 && found[0].score < found[1].score + 2.0) return std::nullopt;
    return ContextSlip{found[0].right, found[0].partner};
}

std::optional<std::string> find_unknown(std::string_view key, std::string_view left, std::string_view right) {
    // (Seen once in administrative text is no evidence: the training half holds slips too.)
    if (vi_words::syllable(key) >= 0 || vi_words::admin_count(key, "") > 1) return std::nullopt;
    // Letters without any mark that an English word has (`ten`, `then`) are a foreign word.
    if (key.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos && english_word(key)) {
        return std::nullopt;
    }
    // Each candidate: whether it makes a listed word with a neighbour (phản hồi for `phảm hồi`),
    // then its count in administrative text. The best must be common (20 times), and beat the
    // next by making a word where it makes none, or by four times its count.
    using Weight = std::pair<bool, int>;
    std::string best;
    Weight first{false, 0}, second{false, 0};
    auto in_word = [&](const std::string& v) {
        return (!left.empty() && !words::is_function_word(left) && vi_words::tier(vi_words::pair_score(left, v)) > 0) ||
               (!right.empty() && !words::is_function_word(right) && vi_words::tier(vi_words::pair_score(v, right)) > 0);
    };
    auto weigh = [&](const std::string& v) {
        if (vi_words::syllable(v) < 48) return;  // the meant syllable stands in a word of the two smaller lists
        const Weight w{in_word(v), vi_words::admin_count(v, "")};
        if (w > first) {
            second = first;
            first = w;
            best = v;
        } else if (w > second) {
            second = w;
        }
    };
    for (const auto& v : mark_variants(key)) weigh(v);
    for (const auto& v : letter_variants(key)) weigh(v);
    // No syllable as written (`đă`): a mark and the tone may both be lost (đã), so each letter
    // with its mark changed is weighed with every tone too.
    if (!is_valid_syllable(key)) {
        if (const auto& l = decompose(key)) {
            static const std::array<std::u32string_view, 5> families = {U"aăâ", U"eê", U"oôơ", U"uư", U"dđ"};
            for (std::size_t i = 0; i < l->base.size(); ++i) {
                for (const auto f : families) {
                    if (f.find(l->base[i]) == std::u32string_view::npos) continue;
                    for (char32_t c : f) {
                        std::u32string b = l->base;
                        b[i] = c;
                        for (Tone t = 0; t <= 5; ++t) {
                            if (auto v = compose(b, t); v && *v != key && *v != best) weigh(*v);
                        }
                    }
                }
            }
        }
    }
    if (first.second < 20) return std::nullopt;
    if (first.first == second.first && first.second < 4 * second.second) return std::nullopt;
    return best;
}

namespace {

bool number_word(std::string_view key) {
    static const std::unordered_set<std::string_view> words = {
        "không", "một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm", "sáu", "bảy", "bẩy", "tám", "chín",
        "mười", "mươi", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "linh", "lẻ"};
    return words.count(key) > 0;
}

bool scale_word(std::string_view key) {
    return key == "mười" || key == "mươi" || key == "trăm" || key == "nghìn" || key == "ngàn" || key == "triệu" ||
           key == "tỷ" || key == "tỉ";
}

}  // namespace

std::optional<std::string> find_number_word(std::string_view left, std::string_view key, std::string_view right) {
    if (!number_word(left) || !number_word(right) || number_word(key)) return std::nullopt;
    std::optional<std::string> out;
    for (const auto& v : mark_variants(key)) {
        if (!number_word(v)) continue;
        if (out) return std::nullopt;  // two number words one slip away: no telling
        out = v;
    }
    if (!out || !(scale_word(left) || scale_word(*out) || scale_word(right))) return std::nullopt;
    return out;
}

std::optional<std::string> find_scale_after_figure(std::string_view key) {
    if (number_word(key) || vi_words::admin_count(key, "") > 1) return std::nullopt;
    std::optional<std::string> out;
    auto weigh = [&](const std::string& v) {
        if (!scale_word(v) || v == "mười" || v == "mươi") return true;
        const std::string meant = v == "tỉ" ? std::string("tỷ") : v;
        if (out && *out != meant) return false;  // two words of scale one slip away: no telling
        out = meant;
        return true;
    };
    for (const auto& v : mark_variants(key)) {
        if (!weigh(v)) return std::nullopt;
    }
    for (const auto& v : letter_variants(key)) {
        if (!weigh(v)) return std::nullopt;
    }
    return out;
}

}  // namespace soat::analysis
