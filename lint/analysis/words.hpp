// Letters and words of Vietnamese text, for the time and naming analyses: Unicode letter
// classes, case, tone marks, and a split of a paragraph into letter/digit words with code point
// offsets.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace soat::analysis::words {

bool is_letter(char32_t c);
bool is_upper(char32_t c);
bool is_lower(char32_t c);
bool is_digit(char32_t c);
// utf8proc_category(c), remembered for the code points below U+2000 (Latin, Vietnamese).
int unicode_category(char32_t c);

// The first letter of a word, upper-cased, with its diacritics removed except Đ ("ủy" -> U).
char32_t initial(std::string_view word);
// A syllable with its tone mark removed, lower-cased, NFC ("Hoà" and "Hòa" -> "hoa"), and the
// tone (0 none, 1 grave, 2 acute, 3 hook, 4 tilde, 5 dot).
struct Toneless {
    std::string base;
    int tone = 0;
};
Toneless strip_tone(std::string_view syllable);
// Edit distance in code points.
int distance(std::u32string_view a, std::u32string_view b);
std::u32string to_u32(std::string_view s);

struct Word {
    std::uint32_t begin = 0;  // code points
    std::uint32_t end = 0;
    std::size_t byte_begin = 0;
    std::size_t byte_end = 0;
    std::string_view text;
    bool capitalised = false;  // first letter upper case
    bool all_upper = false;    // every letter upper case (and at least one letter)
    bool has_digit = false;
    bool sentence_start = false;  // first word, or after . ! ? : or a line label
};

// Maximal runs of letters and digits. `joiners` extends a word over inner characters
// ("-&" keeps "GDNN-GDTX" and "KH&CN" whole) when a letter or digit follows them.
std::vector<Word> split(std::string_view text, std::string_view joiners = {});

// Function words and numerals (`của`, `và`, `này`, `năm`): they stand next to any word.
bool is_function_word(std::string_view key);
// The function words and those that stand beside almost any word (`cùng`, `chỉ`, `tự`, `sự`, `việc`).
bool is_grammatical_word(std::string_view key);

// Share of lower-case letters among all letters of a text (1 when it has no letters).
double lower_share(std::string_view text);

}  // namespace soat::analysis::words

namespace soat::model {
struct Document;
}

namespace soat::analysis {

class Analysis;

// words::split(text) of each paragraph (no joiners), made at its first use and shared by the
// analyses and checks that read a paragraph's words (one Analysis belongs to one thread).
class ParagraphWords {
public:
    explicit ParagraphWords(const Analysis& analysis);
    const std::vector<words::Word>& of(std::size_t paragraph) const;
    // words::lower_share() of the paragraph's text, computed once (the abbreviations and
    // name-consistency both ask).
    double lower_share(std::size_t paragraph) const;

private:
    const model::Document& document_;
    mutable std::vector<std::optional<std::vector<words::Word>>> words_;
    mutable std::vector<std::optional<double>> lower_share_;
};

}  // namespace soat::analysis
