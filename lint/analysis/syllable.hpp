// Vietnamese syllable structure: onset, rhyme (glide + nucleus + coda) and tone, with the
// spelling constraints of the orthography; a canonical form for comparing words; old/new
// tone-mark placement.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace soat::analysis {

// 0 ngang, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng.
using Tone = int;

// A word split into lowercase letters without tone (ă â ê ô ơ ư đ kept) and its tone.
struct Letters {
    std::u32string base;
    Tone tone = 0;
    bool upper_first = false;  // the first letter was uppercase
    bool all_upper = false;    // every letter was uppercase (and more than one letter)
    bool marked = false;       // carries a tone or one of ă â ê ô ơ ư đ
    int tone_at = -1;          // index in `base` of the letter that carried the tone mark
    std::u32string upper;      // per letter: 1 when uppercase in the source
};

// nullopt when a code point is not a letter of the Latin-based Vietnamese alphabet
// (f j w z count as Latin letters; other scripts and stray marks do not) or two tones meet.
// The answer is a per-thread memo's: it stays valid until 100 000 more words have been read.
const std::optional<Letters>& decompose(std::string_view word);

struct Syllable {
    std::u32string onset;  // "" when none; "gi" and "qu" are onsets
    std::u32string rhyme;  // glide + nucleus + coda
    Tone tone = 0;
};

// Parses a word as one Vietnamese syllable; nullopt when it is not a valid one. A per-thread
// memo's answer, valid as decompose()'s is.
const std::optional<Syllable>& parse_syllable(std::string_view word);
inline bool is_valid_syllable(std::string_view word) { return parse_syllable(word).has_value(); }

enum class ToneStyle { Old, New };

// For a word whose tone position differs between the styles (open oa, oe, uy with a tone:
// hóa/hoá, thủy/thuỷ), the style it is written in; nullopt otherwise (quý, hoàn, ý).
std::optional<ToneStyle> tone_style_of(std::string_view word);

// A syllable from lowercase base letters (ă â ê ô ơ ư đ kept) and a tone, in canonical() form;
// nullopt when it is not a valid Vietnamese syllable.
std::optional<std::string> compose(std::u32string_view base, Tone tone);

// The word rewritten in `style`, keeping its case; the word itself when not applicable.
std::string with_tone_style(std::string_view word, ToneStyle style);

// Comparison key: NFC, case-folded, tone moved to the old-style position for Vietnamese
// syllables (hòa == hoà == Hoà, thủy == thuỷ).
std::string canonical(std::string_view word);

// Lower case, code point by code point, keeping every byte offset: positions found in the
// result are positions in `text` (the model's text is NFC already).
std::string lower(std::string_view text);

}  // namespace soat::analysis
