// Sentence segmentation per paragraph. A sentence ends at . ! ? or ; (plus closing quotes or
// brackets) followed by a space and an uppercase letter or a digit — not after a known
// abbreviation ("TP.", "TS.", "v.v."), a single initial, nor after the list label that opens a
// paragraph ("1.", "1.2.", "I.", "a)"). Numbers like "1.234" or "4.0" have no space after the
// point, so they never split.
#pragma once

#include <soat/analysis.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

namespace soat::analysis {

struct Sentence {
    std::uint32_t begin = 0;  // code points in the paragraph text, surrounding spaces excluded
    std::uint32_t end = 0;
};

// A known abbreviation written with a final point ("TP", "TS", "v.v"): its point ends no sentence.
bool abbreviation_with_point(std::string_view word);

// The sentences of one text, in order; an empty or blank text has none.
std::vector<Sentence> split_sentences(std::string_view text);

class Sentences {
public:
    explicit Sentences(const Analysis& analysis);

    [[nodiscard]] const std::vector<Sentence>& of(std::size_t paragraph) const;
    // The sentence holding code point `offset` of a paragraph (the last one when past the end),
    // or nullptr for a blank paragraph.
    [[nodiscard]] const Sentence* at(std::size_t paragraph, std::uint32_t offset) const;

private:
    std::vector<std::vector<Sentence>> sentences_;
};

}  // namespace soat::analysis
