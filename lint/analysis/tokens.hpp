// Tokens per paragraph: letter runs (Vietnamese syllables, foreign words, acronyms), numbers,
// mixed letter-digit runs and single punctuation marks, with code point offsets.
#pragma once

#include "analysis/syllable.hpp"

#include <soat/analysis.hpp>

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace soat::analysis {

// A word's reading as the spell check asks for it: made once per document and distinct word (a
// report repeats a few thousand words tens of times, and each was looked up in the memos of
// decompose() and parse_syllable() five or six times).
struct WordReading {
    std::optional<Letters> letters;  // decompose(text)
    bool syllable = false;           // is_valid_syllable(text)
    bool key_syllable = false;       // is_valid_syllable(key)
    std::optional<ToneStyle> tone_style;  // tone_style_of(text)
};

struct Token {
    enum class Kind { Word, Number, Mixed, Punct };
    Kind kind = Kind::Word;
    std::uint32_t begin = 0;  // code points in Paragraph::text
    std::uint32_t end = 0;
    std::string text;
    std::string key;          // canonical() of a Word, the text otherwise
    // The reading of a Word of the Tokens analysis (owned by it); null for other tokens and for
    // those of tokenize().
    const WordReading* reading = nullptr;
};

// decompose(t.text), is_valid_syllable(t.text), is_valid_syllable(t.key) and tone_style_of(t.text),
// from the token's reading when it has one.
inline const std::optional<Letters>& letters_of(const Token& t) { return t.reading ? t.reading->letters : decompose(t.text); }
inline bool is_syllable(const Token& t) { return t.reading ? t.reading->syllable : is_valid_syllable(t.text); }
inline bool key_is_syllable(const Token& t) { return t.reading ? t.reading->key_syllable : is_valid_syllable(t.key); }
inline std::optional<ToneStyle> tone_style_of(const Token& t) { return t.reading ? t.reading->tone_style : tone_style_of(t.text); }

// Splits one paragraph's text (exposed for tests); `keys` memoizes canonical() across calls.
std::vector<Token> tokenize(const std::string& text, std::unordered_map<std::string, std::string>* keys = nullptr);

class Tokens {
public:
    explicit Tokens(const Analysis& analysis);
    [[nodiscard]] const std::vector<Token>& of(std::size_t paragraph) const { return paragraphs_[paragraph]; }
    // The paragraph's text as code points (offsets are indices).
    [[nodiscard]] const std::u32string& text(std::size_t paragraph) const { return texts_[paragraph]; }

private:
    std::vector<std::vector<Token>> paragraphs_;
    std::vector<std::u32string> texts_;
    std::deque<WordReading> readings_;  // (a deque: the tokens point into it)
};

// True when [begin, end) of a paragraph lies inside one text run (a fix there is safe).
bool within_one_run(const model::Paragraph& paragraph, std::uint32_t begin, std::uint32_t end);

// True when a line break (w:br, printed as a space) lies in [from, to) of a paragraph: what
// stands on either side is on two lines, not side by side.
bool has_line_break(const model::Paragraph& paragraph, std::uint32_t from, std::uint32_t to);

// True when only spaces (U+0020, U+00A0) stand between two tokens of the same paragraph.
bool spaced(const std::u32string& text, const Token& left, const Token& right);

}  // namespace soat::analysis
