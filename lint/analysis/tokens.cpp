#include "analysis/tokens.hpp"

#include "analysis/string_map.hpp"
#include "analysis/syllable.hpp"
#include "analysis/words.hpp"

#include <soat/utf8.hpp>

#include <utf8proc.h>

#include <array>

namespace soat::analysis {

namespace {

enum class Class { Letter, Digit, Space, Other };

Class classify_other(char32_t c);

// (Inline for ASCII, the other code points by their Unicode category.)
inline Class classify(char32_t c) {
    if (c < 0x80) {  // (utf8proc's answers for ASCII)
        if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z')) return Class::Letter;
        if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r') return Class::Space;
        if (c >= U'0' && c <= U'9') return Class::Digit;
        return Class::Other;
    }
    return classify_other(c);
}

Class classify_other(char32_t c) {
    if (c == 0xA0) return Class::Space;
    switch (static_cast<utf8proc_category_t>(words::unicode_category(c))) {
        case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
        case UTF8PROC_CATEGORY_MC: return Class::Letter;
        case UTF8PROC_CATEGORY_ND: return Class::Digit;
        case UTF8PROC_CATEGORY_ZS: return Class::Space;
        default: return Class::Other;
    }
}

std::u32string to_u32(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    // Decoded into a buffer on the stack and appended a buffer at a time (a push_back per code
    // point checked the capacity and wrote the terminator each time).
    std::array<char32_t, 256> buffer;
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            buffer[n++] = c;
            ++i;
        } else {
            buffer[n++] = utf8::next(s, i);
        }
        if (n == buffer.size()) {
            out.append(buffer.data(), n);
            n = 0;
        }
    }
    out.append(buffer.data(), n);
    return out;
}


// tokenize() of a paragraph already decoded; `word` gives a Word its key (and reading).
template <typename Word>
std::vector<Token> tokenize_decoded(const std::u32string& t, Word word) {
    std::vector<Token> out;
    out.reserve(t.size() / 3 + 1);  // (a token and its space are about four code points: few regrowths)
    std::size_t i = 0;
    while (i < t.size()) {
        const Class c = classify(t[i]);
        if (c == Class::Space) {
            ++i;
            continue;
        }
        Token tok;
        tok.begin = static_cast<std::uint32_t>(i);
        if (c == Class::Other) {
            ++i;
            tok.kind = Token::Kind::Punct;
        } else {
            bool letters = false, digits = false;
            while (i < t.size()) {
                const Class k = classify(t[i]);
                if (k == Class::Letter) letters = true;
                else if (k == Class::Digit) digits = true;
                else break;
                ++i;
            }
            tok.kind = letters && digits ? Token::Kind::Mixed : letters ? Token::Kind::Word : Token::Kind::Number;
        }
        tok.end = static_cast<std::uint32_t>(i);
        if (tok.end - tok.begin <= 32) {  // (a word: its bytes made on the stack, the string made once)
            char bytes[32 * 4];
            std::size_t n = 0;
            for (std::size_t k = tok.begin; k < tok.end; ++k) n += utf8::encode(t[k], bytes + n);
            tok.text.assign(bytes, n);
        } else {
            for (std::size_t k = tok.begin; k < tok.end; ++k) utf8::append(tok.text, t[k]);
        }
        if (tok.kind != Token::Kind::Word) {
            tok.key = tok.text;
        } else {
            word(tok);
        }
        out.push_back(std::move(tok));
    }
    return out;
}

}  // namespace

std::vector<Token> tokenize(const std::string& text, std::unordered_map<std::string, std::string>* keys) {
    return tokenize_decoded(to_u32(text), [keys](Token& tok) {
        if (keys) {
            auto [it, added] = keys->try_emplace(tok.text);
            if (added) it->second = canonical(tok.text);
            tok.key = it->second;
        } else {
            tok.key = canonical(tok.text);
        }
    });
}

Tokens::Tokens(const Analysis& analysis) {
    const auto& paragraphs = analysis.document().paragraphs;
    paragraphs_.reserve(paragraphs.size());
    texts_.reserve(paragraphs.size());
    // A report repeats its words: each distinct word is read once, its key and its reading.
    struct Known {
        std::string key;
        const WordReading* reading;
    };
    StringMap<Known> known;
    auto word = [&](Token& tok) {
        auto [it, added] = known.try_emplace(tok.text);
        if (added) {
            it->second.key = canonical(tok.text);
            WordReading& r = readings_.emplace_back();
            r.letters = decompose(tok.text);
            r.syllable = is_valid_syllable(tok.text);
            r.key_syllable = is_valid_syllable(it->second.key);
            r.tone_style = tone_style_of(tok.text);
            it->second.reading = &r;
        }
        tok.key = it->second.key;
        tok.reading = it->second.reading;
    };
    for (const auto& p : paragraphs) {
        texts_.push_back(to_u32(p.text));  // (decoded once, for the tokens and the checks)
        paragraphs_.push_back(tokenize_decoded(texts_.back(), word));
    }
}

bool within_one_run(const model::Paragraph& paragraph, std::uint32_t begin, std::uint32_t end) {
    for (const auto& span : paragraph.spans) {
        if (begin >= span.begin && begin < span.begin + span.length) {
            return span.kind == model::Span::Kind::Text && end <= span.begin + span.length;
        }
    }
    return false;
}

bool has_line_break(const model::Paragraph& paragraph, std::uint32_t from, std::uint32_t to) {
    for (const auto& span : paragraph.spans) {
        if (span.kind == model::Span::Kind::Break && span.begin < to && span.begin + span.length > from) return true;
    }
    return false;
}

bool spaced(const std::u32string& text, const Token& left, const Token& right) {
    if (right.begin <= left.end) return false;
    for (std::uint32_t i = left.end; i < right.begin && i < text.size(); ++i) {
        if (text[i] != U' ' && text[i] != 0xA0) return false;
    }
    return true;
}

}  // namespace soat::analysis
