// The heading tree: which paragraphs are headings, their level and label, and each
// paragraph's heading path ("I. TÌNH HÌNH … › 1. Về phát triển kinh tế").
#pragma once

#include <soat/analysis.hpp>

#include <string>
#include <vector>

namespace soat::analysis {

struct Heading {
    std::size_t paragraph = 0;
    int level = 0;        // 1 = outermost
    std::string label;    // "I.", "1.2.", "a)", "(3)", "Phần thứ nhất", or "" for a styled heading
    std::string title;    // text after the label
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
    std::vector<Heading> headings_;
    std::vector<int> index_of_;   // paragraph -> index into headings_, -1 when not a heading
    std::vector<int> enclosing_;  // paragraph -> index of the nearest heading at or before it
};

}  // namespace soat::analysis
