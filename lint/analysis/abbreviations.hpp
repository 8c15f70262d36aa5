// Abbreviations of a document: definitions ("kinh tế - xã hội (KTXH)", "(sau đây gọi tắt là
// Sở KHĐT)"), every use of an all-caps abbreviation ("GDNN-GDTX", "KT-XH", "HĐND"), and later
// uses of a defined full form. Positions are in reading order with footnotes placed at their
// reference mark, so a definition in a footnote counts where the note is referenced.
//
// Not abbreviations: document symbols and their parts ("02/KH-UBND", "233-NQ/TU"), road codes
// ("QL31", "ĐT.295", "ĐT 291"), Roman numerals, all-caps paragraphs (headings, titles, the
// agency header, the signature), runs of all-caps words inside a paragraph, the Nơi nhận list
// and headers/footers.
#pragma once

#include <soat/analysis.hpp>
#include <soat/model.hpp>

#include <string>
#include <tuple>
#include <vector>

namespace soat::analysis {

// Reading order of a position: footnote text sits at its reference mark in the body.
struct Order {
    std::size_t paragraph = 0;
    std::uint32_t offset = 0;
    std::uint32_t inner = 0;  // offset inside a footnote, 0 for body text
    friend bool operator<(const Order& a, const Order& b) {
        return std::tie(a.paragraph, a.offset, a.inner) < std::tie(b.paragraph, b.offset, b.inner);
    }
};

struct AbbreviationDefinition {
    std::string abbr;                    // as written: "KTXH", "KH&CN"
    std::string key;                     // without "-", "&", ".": "KTXH", "KHCN"
    model::Range range;                  // the abbreviation inside the parentheses
    std::vector<std::string> full_words; // lower-case words of the full form, empty when unknown
    std::string full;                    // the full form as written, empty when unknown
    model::Range full_range;
    Order order;
};

struct AbbreviationUse {
    std::string abbr;
    std::string key;
    model::Range range;
    Order order;
};

// A defined full form written out again after its definition.
struct FullFormUse {
    std::size_t definition = 0;  // index into definitions()
    model::Range range;
    Order order;
};

class Abbreviations {
public:
    explicit Abbreviations(const Analysis& analysis);

    [[nodiscard]] const std::vector<AbbreviationDefinition>& definitions() const { return definitions_; }
    [[nodiscard]] const std::vector<AbbreviationUse>& uses() const { return uses_; }
    [[nodiscard]] const std::vector<FullFormUse>& full_form_uses() const { return full_form_uses_; }
    [[nodiscard]] Order order(std::size_t paragraph, std::uint32_t offset) const;
    // Paragraphs where no abbreviation is looked for (see the file comment).
    [[nodiscard]] bool excluded(std::size_t paragraph) const { return excluded_[paragraph]; }

    // "KT-XH" -> "KTXH".
    static std::string key_of(std::string_view abbr);

private:
    std::vector<AbbreviationDefinition> definitions_;
    std::vector<AbbreviationUse> uses_;
    std::vector<FullFormUse> full_form_uses_;
    std::vector<bool> excluded_;
    std::vector<Order> note_anchor_;  // per paragraph: where its footnote is referenced
};

}  // namespace soat::analysis
