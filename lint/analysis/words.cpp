#include "analysis/words.hpp"

#include "analysis/string_map.hpp"
#include "analysis/syllable.hpp"

#include <soat/analysis.hpp>
#include <soat/utf8.hpp>

#include <utf8proc.h>

#include <algorithm>
#include <unordered_map>
#include <array>
#include <optional>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <unordered_set>

namespace soat::analysis::words {

namespace {

// utf8proc's category, remembered for the first 0x2000 code points (Latin, Vietnamese, general
// punctuation): the word split asks for every letter of every paragraph. An entry holds the
// category + 1, 0 until its first use.
utf8proc_category_t category(char32_t c) {
    if (c < 0x2000) {
        static std::array<std::atomic<std::uint8_t>, 0x2000> known{};
        auto& entry = known[c];
        std::uint8_t v = entry.load(std::memory_order_relaxed);
        if (v == 0) {
            v = static_cast<std::uint8_t>(utf8proc_category(static_cast<utf8proc_int32_t>(c)) + 1);
            entry.store(v, std::memory_order_relaxed);
        }
        return static_cast<utf8proc_category_t>(v - 1);
    }
    return utf8proc_category(static_cast<utf8proc_int32_t>(c));
}

std::string map(std::string_view s, utf8proc_option_t options) {
    utf8proc_uint8_t* out = nullptr;
    const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                static_cast<utf8proc_ssize_t>(s.size()), &out,
                                static_cast<utf8proc_option_t>(options | UTF8PROC_STABLE));
    if (n < 0) return std::string(s);
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
    return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

int tone_of(char32_t c) {
    switch (c) {
        case 0x0300: return 1;
        case 0x0301: return 2;
        case 0x0309: return 3;
        case 0x0303: return 4;
        case 0x0323: return 5;
        default: return 0;
    }
}

bool is_sentence_end(char32_t c) { return c == '.' || c == '!' || c == '?' || c == ':' || c == ';'; }

}  // namespace

int unicode_category(char32_t c) { return category(c); }

bool is_letter(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    const auto k = category(c);
    return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LL || k == UTF8PROC_CATEGORY_LT ||
           k == UTF8PROC_CATEGORY_LO || k == UTF8PROC_CATEGORY_LM;
}

bool is_upper(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    return category(c) == UTF8PROC_CATEGORY_LU;
}

bool is_lower(char32_t c) {
    if (c < 0x80) return c >= 'a' && c <= 'z';
    return category(c) == UTF8PROC_CATEGORY_LL;
}

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

char32_t initial(std::string_view word) {
    if (word.empty()) return 0;
    std::size_t i = 0;
    const char32_t first = utf8::next(word, i);
    if (first == U'đ' || first == U'Đ') return U'Đ';
    const std::string decomposed = map(word.substr(0, i), UTF8PROC_DECOMPOSE);
    std::size_t j = 0;
    const char32_t base = decomposed.empty() ? first : utf8::next(decomposed, j);
    return static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(base)));
}

namespace {

Toneless strip_tone_whole(std::string_view syllable) {
    const std::string decomposed = map(lower(syllable), UTF8PROC_DECOMPOSE);
    Toneless t;
    std::string kept;
    for (std::size_t i = 0; i < decomposed.size();) {
        const char32_t c = utf8::next(decomposed, i);
        if (const int tone = tone_of(c)) {
            t.tone = tone;
        } else {
            utf8::append(kept, c);
        }
    }
    t.base = map(kept, UTF8PROC_COMPOSE);
    return t;
}

// strip_tone_whole() of one code point, made once per thread at its first use: Latin-1, Latin
// Extended-A and -B, IPA and the spacing modifiers (U+0080 to U+02FF), and Latin Extended
// Additional (U+1E00 to U+1EFF, the Vietnamese letters). Each is a starter whose decomposition
// composes with nothing before or after it, so a word of them maps letter by letter.
const Toneless* letter_toneless(char32_t c) {
    std::size_t at = 0;
    if (c >= 0x80 && c < 0x300) {
        at = c - 0x80;
    } else if (c >= 0x1E00 && c < 0x1F00) {
        at = 0x280 + (c - 0x1E00);
    } else {
        return nullptr;
    }
    thread_local std::array<std::optional<Toneless>, 0x280 + 0x100> table;
    auto& slot = table[at];
    if (!slot) {
        std::string one;
        utf8::append(one, c);
        slot = strip_tone_whole(one);
    }
    return &*slot;
}

// strip_tone_whole(), letter by letter when every letter is ASCII or one of letter_toneless()'s
// (the tone kept is the last one read, as there); the whole word through utf8proc otherwise.
Toneless strip_tone_uncached(std::string_view syllable) {
    const std::string lowered = lower(syllable);
    Toneless t;
    t.base.reserve(lowered.size());
    for (std::size_t i = 0; i < lowered.size();) {
        const auto byte = static_cast<unsigned char>(lowered[i]);
        if (byte < 0x80) {  // (its own decomposition and composition)
            t.base += static_cast<char>(byte);
            ++i;
            continue;
        }
        utf8proc_int32_t cp = 0;
        const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(lowered.data() + i),
                                        static_cast<utf8proc_ssize_t>(lowered.size() - i), &cp);
        const Toneless* letter = n > 0 ? letter_toneless(static_cast<char32_t>(cp)) : nullptr;
        if (!letter) return strip_tone_whole(syllable);
        t.base += letter->base;
        if (letter->tone != 0) t.tone = letter->tone;
        i += static_cast<std::size_t>(n);
    }
    return t;
}

}  // namespace

Toneless strip_tone(std::string_view syllable) {
    // Per thread, by word: name-consistency asks for every word of every run of capitalised words.
    thread_local StringMap<Toneless> cache;
    if (cache.size() > 100000) cache.clear();
    if (auto it = cache.find(syllable); it != cache.end()) return it->second;
    return cache.emplace(std::string(syllable), strip_tone_uncached(syllable)).first->second;
}

std::u32string to_u32(std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) out += utf8::next(s, i);
    return out;
}

int distance(std::u32string_view a, std::u32string_view b) {
    std::vector<int> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

std::vector<Word> split(std::string_view text, std::string_view joiners) {
    std::vector<Word> out;
    std::size_t i = 0;
    std::uint32_t cp = 0;
    bool sentence_start = true;
    // (ASCII answered inline: most of a paragraph's letters, spaces and digits.)
    auto letter = [](char32_t c) { return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : is_letter(c); };
    auto upper = [](char32_t c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : is_upper(c); };
    auto is_word_char = [&](char32_t c) { return letter(c) || is_digit(c); };
    while (i < text.size()) {
        const std::size_t start = i;
        const char32_t c = utf8::next(text, i);
        if (!is_word_char(c)) {
            if (is_sentence_end(c)) sentence_start = true;
            ++cp;
            continue;
        }
        Word w;
        w.byte_begin = start;
        w.begin = cp++;
        int letters = 0, uppers = 0;
        bool first_letter_seen = false;
        auto count = [&](char32_t ch) {
            if (letter(ch)) {
                ++letters;
                const bool up = upper(ch);
                if (up) ++uppers;
                if (!first_letter_seen) w.capitalised = up;
                first_letter_seen = true;
            } else if (is_digit(ch)) {
                w.has_digit = true;
            }
        };
        count(c);
        std::size_t end = i;
        while (i < text.size()) {
            std::size_t k = i;
            const char32_t d = utf8::next(text, k);
            if (is_word_char(d)) {
                count(d);
                i = k;
                ++cp;
                end = i;
                continue;
            }
            if (d < 0x80 && joiners.find(static_cast<char>(d)) != std::string_view::npos && k < text.size()) {
                std::size_t m = k;
                if (is_word_char(utf8::next(text, m))) {
                    i = k;
                    ++cp;
                    continue;
                }
            }
            break;
        }
        w.byte_end = end;
        w.end = cp;
        w.text = text.substr(w.byte_begin, w.byte_end - w.byte_begin);
        w.all_upper = letters > 0 && uppers == letters;
        w.sentence_start = sentence_start;
        sentence_start = false;
        out.push_back(w);
    }
    return out;
}

double lower_share(std::string_view text) {
    int letters = 0, lowers = 0;
    for (std::size_t i = 0; i < text.size();) {
        // An ASCII byte without decoding it, as is_letter() and is_lower() answer for it: a
        // letter when it is one once lower-cased (b | 0x20), a lower-case one from 'a' up.
        if (const auto b = static_cast<unsigned char>(text[i]); b < 0x80) {
            const unsigned folded = b | 0x20u;
            if (folded >= 'a' && folded <= 'z') {
                ++letters;
                lowers += b >= 'a';
            }
            ++i;
            continue;
        }
        const char32_t c = utf8::next(text, i);
        if (is_letter(c)) {
            ++letters;
            lowers += is_lower(c);
        }
    }
    return letters == 0 ? 1.0 : static_cast<double>(lowers) / letters;
}

namespace {

// The function words (1) and the other grammatical words (2), in one open-addressed table of
// 256 slots searched with a hash of a word's length and three of its bytes: one or two probes a
// word, none for a word shorter or longer than every listed one.
struct GrammarTable {
    std::array<std::string_view, 256> word{};
    std::array<char, 256> kind{};
    std::size_t shortest = 0, longest = 0;

    static std::size_t slot_of(std::string_view w) {  // (w.size() >= 2)
        const auto b = [&](std::size_t i) { return static_cast<std::size_t>(static_cast<unsigned char>(w[i])); };
        return (w.size() * 97 + b(0) * 31 + b(1) * 7 + b(w.size() - 1) * 131) & 255;
    }
    void add(std::string_view w, char k) {
        std::size_t at = slot_of(w);
        while (!word[at].empty()) at = (at + 1) & 255;
        word[at] = w;
        kind[at] = k;
        shortest = shortest == 0 ? w.size() : std::min(shortest, w.size());
        longest = std::max(longest, w.size());
    }
    char find(std::string_view w) const {
        if (w.size() < shortest || w.size() > longest) return 0;
        for (std::size_t at = slot_of(w); !word[at].empty(); at = (at + 1) & 255) {
            if (word[at] == w) return kind[at];
        }
        return 0;
    }
};

const GrammarTable& grammar_words() {
    static const GrammarTable table = [] {
        GrammarTable t;
        for (const std::string_view w :
             {"của", "và", "các", "những", "hoặc", "từ", "để", "thì", "là", "đã", "đang", "có", "được", "với",
              "cho", "tại", "về", "theo", "trong", "này", "khi", "mà", "nhưng", "nên", "vì", "do", "bị", "sẽ",
              "rằng", "nếu", "hay", "còn", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
              "trăm", "nghìn", "triệu", "tỷ", "không", "chưa", "cũng", "vẫn", "rất", "đều", "lại", "ra", "vào",
              "lên", "xuống", "đến", "tới", "qua", "sau", "trước", "trên", "dưới", "giữa", "ngoài", "bằng",
              "nhằm", "mỗi", "mọi", "cả", "ở"}) {
            t.add(w, 1);
        }
        for (const std::string_view w : {"cùng", "chỉ", "tự", "sự", "việc", "như", "thế", "đó", "đây", "nào", "gì", "vậy",
                                         "rồi", "luôn", "thêm", "nữa", "hết"}) {
            t.add(w, 2);
        }
        return t;
    }();
    return table;
}

char grammar_class(std::string_view key) { return grammar_words().find(key); }

}  // namespace

bool is_function_word(std::string_view key) { return grammar_class(key) == 1; }

bool is_grammatical_word(std::string_view key) { return grammar_class(key) != 0; }

}  // namespace soat::analysis::words

namespace soat::analysis {

ParagraphWords::ParagraphWords(const Analysis& analysis)
    : document_(analysis.document()),
      words_(analysis.document().paragraphs.size()),
      lower_share_(analysis.document().paragraphs.size()) {}

double ParagraphWords::lower_share(std::size_t paragraph) const {
    auto& slot = lower_share_[paragraph];
    if (!slot) slot = words::lower_share(document_.paragraphs[paragraph].text);
    return *slot;
}

const std::vector<words::Word>& ParagraphWords::of(std::size_t paragraph) const {
    auto& slot = words_[paragraph];
    if (!slot) slot = words::split(document_.paragraphs[paragraph].text);
    return *slot;
}

}  // namespace soat::analysis
