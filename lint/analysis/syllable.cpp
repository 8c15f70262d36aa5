#include "analysis/syllable.hpp"

#include "analysis/string_map.hpp"
#include "analysis/canonical_table_hash.hpp"

#include <soat/utf8.hpp>

#include <utf8proc.h>

#include <array>
#include <bit>
#include <atomic>
#include <cstring>
#include <optional>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace soat::analysis {

namespace {

constexpr char32_t kBreve = 0x0306, kCircumflex = 0x0302, kHorn = 0x031B;
constexpr std::array<char32_t, 6> kToneMarks = {0, 0x0301, 0x0300, 0x0309, 0x0303, 0x0323};

std::u32string to_u32(std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) out += utf8::next(s, i);
    return out;
}

std::string nfc(const std::string& s) {
    utf8proc_uint8_t* out = nullptr;
    const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                static_cast<utf8proc_ssize_t>(s.size()), &out,
                                static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (n < 0) return s;
    std::string r(reinterpret_cast<char*>(out), static_cast<std::size_t>(n));
    std::free(out);
    return r;
}

bool is_vowel(char32_t c) {
    switch (c) {
        case U'a': case U'ă': case U'â': case U'e': case U'ê': case U'i': case U'o':
        case U'ô': case U'ơ': case U'u': case U'ư': case U'y': return true;
        default: return false;
    }
}

bool has_shape(char32_t c) {
    return c == U'ă' || c == U'â' || c == U'ê' || c == U'ô' || c == U'ơ' || c == U'ư';
}

bool is_front(char32_t c) { return c == U'i' || c == U'e' || c == U'ê' || c == U'y'; }

// A rhyme's letters, 6 bits each (a-z, ă â ê ô ơ ư đ), after `glide` when given; 0 for a rhyme
// of more than 10 letters or of another letter.
std::uint64_t rhyme_key(std::u32string_view r, char32_t glide = 0) {
    std::uint64_t key = 0;
    std::size_t n = 0;
    auto add = [&](char32_t c) {
        std::uint64_t code = 0;
        if (c >= U'a' && c <= U'z') {
            code = c - U'a' + 1;
        } else {
            switch (c) {  // 27 + the letter's place in "ăâêôơưđ"
                case U'ă': code = 27; break;
                case U'â': code = 28; break;
                case U'ê': code = 29; break;
                case U'ô': code = 30; break;
                case U'ơ': code = 31; break;
                case U'ư': code = 32; break;
                case U'đ': code = 33; break;
                default: return false;
            }
        }
        key = key << 6 | code;
        return ++n <= 10;
    };
    if (glide != 0 && !add(glide)) return 0;
    for (const char32_t c : r) {
        if (!add(c)) return 0;
    }
    return key;
}

// A set of rhyme keys (never 0), open-addressed in 512 slots: a lookup is a multiplication and one
// or two probes (an unordered_set's division and node walk cost as much as the key).
struct RhymeSet {
    std::array<std::uint64_t, 512> slots{};
    static std::size_t slot_of(std::uint64_t key) { return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 55); }
    void insert(std::uint64_t key) {
        std::size_t at = slot_of(key);
        while (slots[at] != 0 && slots[at] != key) at = (at + 1) & 511;
        slots[at] = key;
    }
    bool contains(std::uint64_t key) const {
        for (std::size_t at = slot_of(key); slots[at] != 0; at = (at + 1) & 511) {
            if (slots[at] == key) return true;
        }
        return false;
    }
};

// Every rhyme of standard orthography (glide + nucleus + coda), without tone.
constexpr const char* kRhymes[] = {
    "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay",
    "ăc", "ăm", "ăn", "ăng", "ăp", "ăt",
    "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
    "e", "ec", "em", "en", "eng", "eo", "ep", "et",
    "ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu",
    "i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu",
    "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
    "y", "yêm", "yên", "yêng", "yêt", "yêu",
    "o", "oc", "oi", "om", "on", "ong", "op", "ot", "oong", "ooc",
    "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt",
    "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
    "u", "ua", "uc", "ui", "um", "un", "ung", "up", "ut",
    "uôc", "uôi", "uôm", "uôn", "uông", "uôt",
    "ư", "ưa", "ưc", "ưi", "ưm", "ưn", "ưng", "ưt", "ưu",
    "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu",
    "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay",
    "oăc", "oăm", "oăn", "oăng", "oăt", "oe", "oem", "oen", "oeo", "oet",
    "uê", "uêch", "uênh", "uây", "uân", "uâng", "uât", "uy", "uya", "uych", "uyn", "uynh",
    "uyp", "uyt", "uyu", "uyên", "uyêt", "uơ"};

// Every rhyme of kRhymes, by rhyme_key().
bool is_rhyme(std::u32string_view r, char32_t glide = 0) {
    static const RhymeSet set = [] {
        RhymeSet s;
        for (const char* r : kRhymes) s.insert(rhyme_key(to_u32(r)));
        return s;
    }();
    const std::uint64_t key = rhyme_key(r, glide);
    return key != 0 && set.contains(key);
}

// A rhyme that starts with the glide o/u (oa, oe, uy, uê, uâ, uơ).
bool glide_rhyme(std::u32string_view r) {
    if (r.size() < 2) return false;
    if (r[0] == U'o') return r[1] == U'a' || r[1] == U'ă' || r[1] == U'e';
    if (r[0] == U'u') return r[1] == U'y' || r[1] == U'ê' || r[1] == U'â' || r[1] == U'ơ';
    return false;
}

bool stop_coda(std::u32string_view r) {
    const char32_t last = r.back();
    return last == U'p' || last == U't' || last == U'c' || (last == U'h' && r.size() >= 2 && r[r.size() - 2] == U'c');
}

bool rhyme_fits(std::u32string_view onset, std::u32string_view r, Tone tone) {
    // (A rhyme of is_rhyme()'s list has four letters or fewer, with the glide of qu too.)
    if (r.empty() || r.size() > 4) return false;
    const std::size_t n = onset.size();
    const char32_t o0 = n > 0 ? onset[0] : 0, o1 = n > 1 ? onset[1] : 0, o2 = n > 2 ? onset[2] : 0;
    if (n == 2 && o0 == U'q' && o1 == U'u') {
        if (r[0] == U'u' || r[0] == U'o' || r[0] == U'ư') return false;
        if (!is_rhyme(r) && !is_rhyme(r, U'u')) return false;
    } else {
        if (!is_rhyme(r)) return false;
        // The onsets the constraints name, from the onset's letters (compared once, not per rule;
        // after the rhyme, which most letters given to compose() fail).
        const bool gi = n == 2 && o0 == U'g' && o1 == U'i';
        const bool k = n == 1 && o0 == U'k', c = n == 1 && o0 == U'c', g = n == 1 && o0 == U'g';
        const bool gh = n == 2 && o0 == U'g' && o1 == U'h';
        const bool ng = n == 2 && o0 == U'n' && o1 == U'g';
        const bool ngh = n == 3 && o0 == U'n' && o1 == U'g' && o2 == U'h';
        const bool front = is_front(r[0]);
        if ((k || gh || ngh) && !front) return false;
        if (gh || ngh) {
            if (r[0] == U'y') return false;
        }
        if ((c || g || ng) && front) return false;
        if ((c || k) && glide_rhyme(r)) return false;
        if (n == 0 && r.size() >= 2 && r[0] == U'i' && r[1] == U'ê') return false;
        if (n != 0 && !gi && r.size() >= 2 && r[0] == U'y' && r[1] == U'ê') return false;
    }
    if (stop_coda(r) && tone != 1 && tone != 5) return false;
    return true;
}

// A parsed syllable: views into the base letters it was parsed from.
struct Parsed {
    std::size_t rhyme_start = 0;
    std::u32string_view onset;
    std::u32string_view rhyme;
};

std::optional<Parsed> parse(std::u32string_view s, Tone tone) {
    if (s.empty() || s.size() > 7) return std::nullopt;
    auto attempt = [&](std::u32string_view onset, std::size_t start) -> std::optional<Parsed> {
        const std::u32string_view rhyme = s.substr(start);
        if (!rhyme_fits(onset, rhyme, tone)) return std::nullopt;
        return Parsed{start, onset, rhyme};
    };
    if (s.substr(0, 2) == U"gi") {
        if (s.size() > 2) {
            if (auto p = attempt(s.substr(0, 2), 2)) return p;
        }
        return attempt(s.substr(0, 2), 1);  // gì, gìn: the i is the nucleus
    }
    if (s.substr(0, 2) == U"qu") return s.size() > 2 ? attempt(s.substr(0, 2), 2) : std::nullopt;
    // The longest onset s starts with: ngh ng gh ch kh nh ph th tr, one of b c d đ g h k l m n p r s
    // t v x, or none.
    const char32_t second = s.size() > 1 ? s[1] : 0;
    std::size_t onset = 0;
    switch (s[0]) {
        case U'n':
            onset = second == U'g' ? (s.size() > 2 && s[2] == U'h' ? 3 : 2) : (second == U'h' ? 2 : 1);
            break;
        case U'g': case U'c': case U'k': case U'p': onset = second == U'h' ? 2 : 1; break;
        case U't': onset = second == U'h' || second == U'r' ? 2 : 1; break;
        case U'b': case U'd': case U'đ': case U'h': case U'l': case U'm': case U'r': case U's': case U'v': case U'x':
            onset = 1;
            break;
        default: break;
    }
    return attempt(s.substr(0, onset), onset);
}

// Index in `base` where the tone mark stands for a parsed syllable, in `style`.
std::size_t tone_index(const Parsed& p, ToneStyle style) {
    const std::u32string_view r = p.rhyme;
    std::size_t run = 0;
    while (run < r.size() && is_vowel(r[run])) ++run;
    if (run == 0) return p.rhyme_start;
    const bool coda = run < r.size();
    std::size_t at = 0;
    bool shaped = false;
    for (std::size_t i = 0; i < run; ++i) {
        if (has_shape(r[i])) {
            at = i;
            shaped = true;
        }
    }
    if (!shaped) {
        if (coda || run == 1) {
            at = run - 1;
        } else if (run == 2) {
            const bool pair = (r[0] == U'o' && (r[1] == U'a' || r[1] == U'e')) || (r[0] == U'u' && r[1] == U'y');
            at = pair && style == ToneStyle::New ? 1 : 0;
        } else {
            at = 1;
        }
    }
    return p.rhyme_start + at;
}

// One letter of a base (a-z, đ or a shaped vowel), upper-case or not, with its shape and `tone`
// marks, in NFC. Each letter is a starter and composes only with its own marks, so a word's NFC
// is the concatenation of its letters'.
std::string letter_nfc(char32_t c, bool upper, Tone tone) {
    char32_t shape = 0;
    switch (c) {
        case U'ă': c = U'a'; shape = kBreve; break;
        case U'â': c = U'a'; shape = kCircumflex; break;
        case U'ê': c = U'e'; shape = kCircumflex; break;
        case U'ô': c = U'o'; shape = kCircumflex; break;
        case U'ơ': c = U'o'; shape = kHorn; break;
        case U'ư': c = U'u'; shape = kHorn; break;
        default: break;
    }
    if (upper) c = static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(c)));
    std::string out;
    utf8::append(out, c);
    if (shape) utf8::append(out, shape);
    if (tone > 0) utf8::append(out, kToneMarks[static_cast<std::size_t>(tone)]);
    return nfc(out);
}

// letter_nfc(), made once per letter, case and tone: the spell check composes a few hundred
// variants of each distinct syllable.
const std::string& letter_form(char32_t c, bool upper, Tone tone) {
    static constexpr std::u32string_view kMarked = U"đăâêôơư";
    std::size_t letter = 0;
    if (c >= U'a' && c <= U'z') {
        letter = c - U'a';
    } else if (const auto at = kMarked.find(c); at != std::u32string_view::npos) {
        letter = 26 + at;
    } else {
        thread_local std::string other;
        return other = letter_nfc(c, upper, tone);
    }
    thread_local std::array<std::optional<std::string>, 33 * 2 * 6> forms;
    auto& form = forms[(letter * 2 + (upper ? 1 : 0)) * 6 + static_cast<std::size_t>(tone)];
    if (!form) form = letter_nfc(c, upper, tone);
    return *form;
}

// The letters of `base`, upper-case where `upper` says so (none when empty), with `tone` on the
// letter at `tone_at`, in NFC.
std::string render(std::u32string_view base, std::u32string_view upper, Tone tone, std::size_t tone_at) {
    std::string out;
    for (std::size_t i = 0; i < base.size(); ++i) {
        out += letter_form(base[i], i < upper.size() && upper[i], i == tone_at ? tone : 0);
    }
    return out;
}

std::string render(const Letters& l, std::size_t tone_at) { return render(l.base, l.upper, l.tone, tone_at); }

}  // namespace

namespace {

// Per-thread memo of a word's reading: a report repeats a few thousand words tens of times.
// The answer is returned by reference. At 100 000 entries the memo starts afresh, but the
// previous generation is kept (its nodes do not move), so a reference stays valid until 100 000
// more words have been read: a caller may hold two answers at once.
template <typename Value>
struct Memo {
    StringMap<Value> current;
    StringMap<Value> previous;
};

template <typename Value, typename Compute>
const Value& memoized(Memo<Value>& memo, std::string_view word, Compute compute) {
    if (auto it = memo.current.find(word); it != memo.current.end()) return it->second;
    if (memo.current.size() >= 100000) {
        memo.previous = std::move(memo.current);
        memo.current = StringMap<Value>();
    }
    return memo.current.emplace(std::string(word), compute(word)).first->second;
}

std::optional<Letters> decompose_uncached(std::string_view word);

}  // namespace

const std::optional<Letters>& decompose(std::string_view word) {
    thread_local Memo<std::optional<Letters>> cache;
    return memoized(cache, word, decompose_uncached);
}

namespace {

std::optional<Letters> decompose_uncached(std::string_view word) {
    Letters l;
    bool any_lower = false;
    for (std::size_t i = 0; i < word.size();) {
        const char32_t cp = utf8::next(word, i);
        if (cp < 0x80) {  // ASCII: its own decomposition and no mark (utf8proc's answers, without the calls)
            const char32_t lc = cp >= U'A' && cp <= U'Z' ? cp + (U'a' - U'A') : cp;
            if (!(lc >= U'a' && lc <= U'z')) return std::nullopt;
            const bool up = lc != cp;
            any_lower = any_lower || !up;
            l.upper += up ? 1 : 0;
            l.base += lc;
            continue;
        }
        utf8proc_int32_t buf[8];
        utf8proc_int32_t last = 0;
        const auto n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 8, UTF8PROC_DECOMPOSE, &last);
        if (n <= 0 || n > 8) return std::nullopt;
        for (utf8proc_ssize_t k = 0; k < n; ++k) {
            const auto c = static_cast<char32_t>(buf[k]);
            if (k == 0 && utf8proc_category(buf[k]) != UTF8PROC_CATEGORY_MN) {
                const auto lc = static_cast<char32_t>(utf8proc_tolower(buf[k]));
                if (!((lc >= U'a' && lc <= U'z') || lc == U'đ')) return std::nullopt;
                const bool up = lc != c;
                any_lower = any_lower || !up;
                l.upper += up ? 1 : 0;
                l.base += lc;
                l.marked = l.marked || lc == U'đ';
                continue;
            }
            if (l.base.empty()) return std::nullopt;
            char32_t& b = l.base.back();
            if (c == kBreve && b == U'a') { b = U'ă'; l.marked = true; continue; }
            if (c == kCircumflex && (b == U'a' || b == U'e' || b == U'o')) {
                b = b == U'a' ? U'â' : b == U'e' ? U'ê' : U'ô';
                l.marked = true;
                continue;
            }
            if (c == kHorn && (b == U'o' || b == U'u')) { b = b == U'o' ? U'ơ' : U'ư'; l.marked = true; continue; }
            bool tone = false;
            for (std::size_t t = 1; t < kToneMarks.size(); ++t) {
                if (c == kToneMarks[t]) {
                    if (l.tone != 0) return std::nullopt;
                    l.tone = static_cast<Tone>(t);
                    l.tone_at = static_cast<int>(l.base.size()) - 1;
                    l.marked = true;
                    tone = true;
                }
            }
            if (!tone) return std::nullopt;
        }
    }
    if (l.base.empty()) return std::nullopt;
    l.upper_first = l.upper[0] != 0;
    l.all_upper = !any_lower && l.base.size() > 1;
    return l;
}

}  // namespace

const std::optional<Syllable>& parse_syllable(std::string_view word) {
    thread_local Memo<std::optional<Syllable>> cache;
    return memoized(cache, word, [](std::string_view w) -> std::optional<Syllable> {
        const auto& l = decompose(w);
        if (!l) return std::nullopt;
        auto p = parse(l->base, l->tone);
        if (!p) return std::nullopt;
        return Syllable{std::u32string(p->onset), std::u32string(p->rhyme), l->tone};
    });
}

std::optional<ToneStyle> tone_style_of(std::string_view word) {
    const auto& l = decompose(word);
    if (!l || l->tone == 0) return std::nullopt;
    auto p = parse(l->base, l->tone);
    if (!p) return std::nullopt;
    const std::size_t old_at = tone_index(*p, ToneStyle::Old);
    const std::size_t new_at = tone_index(*p, ToneStyle::New);
    if (old_at == new_at) return std::nullopt;
    const auto at = static_cast<std::size_t>(l->tone_at);
    if (at == old_at) return ToneStyle::Old;
    if (at == new_at) return ToneStyle::New;
    return std::nullopt;
}

std::string with_tone_style(std::string_view word, ToneStyle style) {
    const auto& l = decompose(word);
    if (!l) return std::string(word);
    auto p = parse(l->base, l->tone);
    if (!p) return std::string(word);
    return render(*l, tone_index(*p, style));
}

namespace {

// A base letter's place: a-z 0-25, ă â ê ô ơ ư đ 26-32; -1 for any other code point.
int letter_index(char32_t c) {
    if (c >= U'a' && c <= U'z') return static_cast<int>(c - U'a');
    switch (c) {
        case U'ă': return 26;
        case U'â': return 27;
        case U'ê': return 28;
        case U'ô': return 29;
        case U'ơ': return 30;
        case U'ư': return 31;
        case U'đ': return 32;
        default: return -1;
    }
}

// Whether every two letters side by side in `base` stand so in some onset + rhyme of kRhymes (a
// superset of what parse() accepts: an onset of its list, a rhyme of kRhymes, after qu one with
// its glide u dropped too). Most letter variants of the spell check hold a pair no syllable
// holds; compose() then skips parse(), whose answer would be no.
bool letters_may_pair(std::u32string_view base) {
    static const std::array<std::uint64_t, 33> follows = [] {
        std::array<std::uint64_t, 33> out{};
        std::uint64_t firsts = 0;  // the letters a rhyme starts with
        for (const char* r : kRhymes) {
            const std::string_view bytes(r);
            int previous = -1;
            for (std::size_t i = 0; i < bytes.size();) {
                const int k = letter_index(utf8::next(bytes, i));
                (previous < 0 ? firsts : out[static_cast<std::size_t>(previous)]) |= std::uint64_t{1} << k;
                previous = k;
            }
        }
        // (After qu, a rhyme of a glide u is read without it: `quy` is qu + y, a pair of the rhyme uy.)
        static constexpr std::u32string_view kOnsets[] = {U"b", U"c", U"ch", U"d", U"đ", U"g", U"gh", U"gi", U"h", U"k", U"kh", U"l", U"m", U"n",
                                                          U"ng", U"ngh", U"nh", U"p", U"ph", U"qu", U"r", U"s", U"t", U"th", U"tr", U"v", U"x"};
        for (const std::u32string_view o : kOnsets) {
            for (std::size_t i = 1; i < o.size(); ++i) out[static_cast<std::size_t>(letter_index(o[i - 1]))] |= std::uint64_t{1} << letter_index(o[i]);
            out[static_cast<std::size_t>(letter_index(o.back()))] |= firsts;
        }
        return out;
    }();
    int previous = -1;
    for (const char32_t c : base) {
        const int k = letter_index(c);
        if (k < 0) return false;
        if (previous >= 0 && (follows[static_cast<std::size_t>(previous)] >> k & 1) == 0) return false;
        previous = k;
    }
    return true;
}

}  // namespace

std::optional<std::string> compose(std::u32string_view base, Tone tone) {
    if (!letters_may_pair(base)) return std::nullopt;  // (parse() would fail)
    auto p = parse(base, tone);
    if (!p) return std::nullopt;
    return render(base, {}, tone, tone_index(*p, ToneStyle::Old));
}

namespace {

// utf8proc_tolower(), remembered for the code points below U+2000 (Latin, Vietnamese): an entry
// holds the lower case + 1, 0 until its first use.
char32_t to_lower(char32_t c) {
    if (c >= 0x2000) return static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
    static std::array<std::atomic<std::uint32_t>, 0x2000> known{};
    auto& entry = known[c];
    std::uint32_t v = entry.load(std::memory_order_relaxed);
    if (v == 0) {
        v = static_cast<std::uint32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c))) + 1;
        entry.store(v, std::memory_order_relaxed);
    }
    return static_cast<char32_t>(v - 1);
}


}  // namespace

std::string lower(std::string_view text) {
    // The lower case keeps every letter's byte length (see below), so it is written over a copy.
    std::string out(text);
    for (std::size_t i = 0; i < text.size();) {
        // Eight ASCII bytes at a time: a byte's high bit is set in ge_a when it is 'A' or more, in
        // gt_z when it is above 'Z' (no byte of ASCII carries into the next), and 0x80 >> 2 is
        // the 0x20 between 'A' and 'a'.
        // When a byte of the eight is not ASCII, the ASCII bytes before it are done the same way
        // (a carry out of a byte of 0x80 or more only reaches the bytes after it), the word written
        // back with the others as they were, and the reading goes on at that byte.
        if (i + 8 <= text.size()) {
            std::uint64_t w;
            std::memcpy(&w, text.data() + i, 8);
            const std::uint64_t high = w & 0x8080808080808080ULL;
            const std::uint64_t ge_a = w + 0x3F3F3F3F3F3F3F3FULL;
            const std::uint64_t gt_z = w + 0x2525252525252525ULL;
            std::uint64_t upper = ge_a & ~gt_z & 0x8080808080808080ULL;
            const int ascii = high == 0 ? 8 : std::countr_zero(high) / 8;  // bytes before the first other one
            if (ascii < 8) upper &= (std::uint64_t{1} << (8 * ascii)) - 1;
            if (upper != 0) {
                w |= upper >> 2;
                std::memcpy(out.data() + i, &w, 8);
            }
            i += static_cast<std::size_t>(ascii);
            if (ascii == 8) continue;
        }
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {  // ASCII: utf8proc_tolower's answer
            if (byte >= 'A' && byte <= 'Z') out[i] = static_cast<char>(byte + ('a' - 'A'));
            ++i;
            continue;
        }
        const std::size_t start = i;
        // utf8::next(), its two- and three-byte sequences read without its loop.
        char32_t c;
        if (byte < 0xE0 && i + 2 <= text.size()) {
            c = static_cast<char32_t>((byte & 0x1F) << 6 | (static_cast<unsigned char>(text[i + 1]) & 0x3F));
            i += 2;
        } else if (byte >= 0xE0 && byte < 0xF0 && i + 3 <= text.size()) {
            c = static_cast<char32_t>((byte & 0x0F) << 12 | (static_cast<unsigned char>(text[i + 1]) & 0x3F) << 6 |
                                      (static_cast<unsigned char>(text[i + 2]) & 0x3F));
            i += 3;
        } else {
            c = utf8::next(text, i);
        }
        // (Written even when it is the letter itself: a malformed sequence read as a letter is
        // written as that letter, as before.)
        char encoded[4];
        const std::size_t n = utf8::encode(to_lower(c), encoded);
        // Keep byte offsets: a letter whose lower case is longer or shorter ("K" Kelvin sign ->
        // "k") or a malformed byte stays as written.
        if (n == i - start) {
            for (std::size_t k = 0; k < n; ++k) out[start + k] = encoded[k];  // (n <= 4: no call to memcpy)
        }
    }
    return out;
}

#ifndef SOAT_NO_CANONICAL_TABLE
namespace {

// canonical() of each word of the rule packs, computed at build time by this file's own
// canonical() (lint/tools/gen_canonical.cpp, which compiles it without the table through
// tools/syllable_without_table.cpp, as soat_gen_vi_words does).
#include "canonical_table.inc"

const std::string_view* known_canonical(std::string_view word) {
    constexpr std::size_t mask = std::size(kCanonSlots) - 1;
    static_assert((std::size(kCanonSlots) & mask) == 0, "a power of two");
    for (std::size_t s = canonical_table_hash(word) & mask;; s = (s + 1) & mask) {
        const std::uint32_t e = kCanonSlots[s];
        if (e == 0) return nullptr;
        if (kCanonWords[e - 1] == word) return &kCanonForms[e - 1];
    }
}

}  // namespace
#endif

std::string canonical(std::string_view word) {
#ifndef SOAT_NO_CANONICAL_TABLE
    if (const std::string_view* form = known_canonical(word)) return std::string(*form);
#endif
    return computed_canonical(word);
}

std::vector<std::string_view> canonical_table_words() {
#ifndef SOAT_NO_CANONICAL_TABLE
    return {std::begin(kCanonWords), std::end(kCanonWords)};
#else
    return {};
#endif
}

std::string computed_canonical(std::string_view word) {
    const auto& l = decompose(word);
    if (!l) return lower(word);
    auto p = parse(l->base, l->tone);
    if (!p) return render(l->base, {}, l->tone, l->tone_at < 0 ? 0 : static_cast<std::size_t>(l->tone_at));
    return render(l->base, {}, l->tone, tone_index(*p, ToneStyle::Old));
}

}  // namespace soat::analysis
