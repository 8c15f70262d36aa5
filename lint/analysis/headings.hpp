// The heading tree: which paragraphs are headings, their level and label, and each
// paragraph's heading path ("I. TÌNH HÌNH … › 1. Về phát triển kinh tế").
//
// A heading is a body paragraph that starts with a label (`Phần thứ nhất`, `A.`, `I.`, `Điều 1.`,
// `1.`, `1.1.`, `1.1.1`, `a)`, `(1)`; an auto-numbered list's rendered label counts, it is part
// of the text) or has an outline level from its style. A number that only starts a sentence
// (`2025. Xây dựng…`, `01 dự án`, `30/4 …`) is not a label. Header and closing areas (see
// anatomy.hpp) and table cells hold no headings.
#pragma once

#include <soat/analysis.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace soat::analysis {

struct Heading {
    enum class Kind { Styled, Part, UpperLetter, Roman, Article, Arabic, LowerLetter, ParenNumber };
    std::size_t paragraph = 0;
    int level = 0;        // 1 = outermost (depth in the tree)
    std::string label;    // "I.", "1.2.", "a)", "(3)", "Phần thứ nhất", or "" for a styled heading
    std::string title;    // text after the label
    Kind kind = Kind::Styled;
    std::vector<int> numbers;    // "2.2.1." -> {2, 2, 1}; "IV." -> {4}; "b)" -> {2}; "đ)" -> {5}
    bool trailing_dot = false;   // "2.2.1." vs "2.2.1"
    int parent = -1;             // index into all() of the enclosing heading, -1 at top level
    std::uint32_t label_begin = 0;  // code point range of the label in the paragraph
    std::uint32_t label_end = 0;
};

class Headings {
public:
    explicit Headings(const Analysis& analysis);

    [[nodiscard]] const std::vector<Heading>& all() const { return headings_; }
    // The heading a paragraph is, or nullptr.
    [[nodiscard]] const Heading* at(std::size_t paragraph) const;
    // Outer headings joined with " › ", up to and including the paragraph's own heading.
    [[nodiscard]] std::string path(std::size_t paragraph) const;

private:
    static constexpr int kListRank = 85;  // a numbered list inside a section: under its lettered points
    [[nodiscard]] bool list_item(const Heading& h, const std::vector<int>& stack, const std::vector<int>& ranks) const;

    std::vector<Heading> headings_;
    std::vector<int> index_of_;   // paragraph -> index into headings_, -1 when not a heading
    std::vector<int> enclosing_;  // paragraph -> index of the nearest heading at or before it
};

// An entry of a table of contents (TOC styles, or a title followed by a tab and its page number)
// repeats a heading or a term; it is neither a heading nor a use.
bool table_of_contents(const model::Paragraph& paragraph);

// Position of a lower-case label letter in a merged Vietnamese/Latin alphabet (a=1, b=2, c=3,
// d=4, đ=5, e=6, f=7, g=8, …), 0 when not a letter.
int letter_index(std::string_view letter);

}  // namespace soat::analysis
