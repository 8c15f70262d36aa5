// Collects the pieces of one paragraph (text, tabs, labels ... each with its source run), then
// normalises them to NFC and produces the model::Paragraph with its span source map. Positions
// recorded while building (note marks, comment anchors, tracked changes) are raw code point
// offsets; finish() maps them onto the normalised text.
#pragma once

#include <soat/model.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace soat::docx {

class ParagraphBuilder {
public:
    struct Piece {
        std::string text;
        model::Span span;  // begin/length in raw code points until finish()
    };

    void add(std::string_view text, model::Span::Kind kind, std::int32_t run, std::uint32_t offset,
             bool inserted, std::uint16_t props);
    [[nodiscard]] std::uint32_t raw_length() const { return raw_length_; }
    [[nodiscard]] bool empty() const { return raw_length_ == 0; }
    // Drop whitespace at the start of the paragraph (after a note's reference mark).
    void trim_leading_space(bool on) { trim_leading_ = on; }

    // Builds the normalised text and its spans into `p`.
    void finish(model::Paragraph& p);
    // After finish(): the final code point offset of a raw one.
    [[nodiscard]] std::uint32_t map(std::uint32_t raw) const;

private:
    std::vector<Piece> pieces_;
    std::vector<std::uint32_t> raw_begin_;
    std::uint32_t raw_length_ = 0;
    bool trim_leading_ = false;
};

std::uint32_t count_code_points(std::string_view s);
// The code points [begin, end) of `s` as UTF-8.
std::string code_point_slice(std::string_view s, std::uint32_t begin, std::uint32_t end);

}  // namespace soat::docx
