// Locations and excerpts shared by every format.
#include "report/location.hpp"

#include <soat/utf8.hpp>

#include "text/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace soat::report {

namespace {

// Window sizes around the span, in code points, before snapping to word boundaries.
constexpr std::uint32_t kBefore = 30;
constexpr std::uint32_t kAfter = 20;

}  // namespace

Location locate(const model::Document* document, const std::optional<model::Range>& range) {
    Location loc;
    if (document == nullptr || !range || range->paragraph >= document->paragraphs.size()) return loc;
    const model::Paragraph& p = document->paragraphs[range->paragraph];
    const auto start = document->position(range->paragraph, range->begin);
    const auto stop = document->position(range->paragraph, std::max(range->begin, range->end));
    loc.known = true;
    loc.line = start.line;
    loc.column = start.column;
    loc.end_line = stop.line;
    loc.end_column = stop.column;
    loc.paragraph = p.number;
    loc.index = range->paragraph;
    loc.part = p.part;
    loc.cell = p.cell;
    loc.area = p.area;
    loc.note = p.note;
    return loc;
}

Location locate(const model::Document* document, const Finding& finding) {
    Location loc = locate(document, finding.range);
    loc.section = finding.section;
    return loc;
}

model::Document::Position convert(const model::Document& document, const model::Range& range, bool end, Unit unit) {
    return position_in(document, range.paragraph, end ? std::max(range.begin, range.end) : range.begin, unit);
}

std::string place_label(const Location& loc, Lang lang) {
    const bool vi = lang == Lang::Vi;
    if (!loc.known) return vi ? "toàn văn bản" : "whole document";
    switch (loc.area) {
        case model::Area::Body:
            if (loc.cell) {
                return vi ? fmt::format("bảng {}, dòng {}, cột {}", loc.cell->table, loc.cell->row, loc.cell->column)
                          : fmt::format("table {}, row {}, column {}", loc.cell->table, loc.cell->row, loc.cell->column);
            }
            return fmt::format(fmt::runtime(vi ? "đoạn {}" : "paragraph {}"), loc.paragraph);
        case model::Area::Footnote: return fmt::format(fmt::runtime(vi ? "chú thích {}" : "footnote {}"), loc.note);
        case model::Area::Endnote: return fmt::format(fmt::runtime(vi ? "chú thích cuối {}" : "endnote {}"), loc.note);
        case model::Area::Header: return vi ? "đầu trang" : "header";
        case model::Area::Footer: return vi ? "chân trang" : "footer";
    }
    return {};
}

Excerpt excerpt(const model::Document& document, const model::Range& range) {
    Excerpt out;
    if (range.paragraph >= document.paragraphs.size()) return out;
    const std::string whole = document.prefix(range.paragraph) + document.paragraphs[range.paragraph].text;
    const auto prefix = utf8::length(document.prefix(range.paragraph));
    const auto n = utf8::length(whole);
    const std::uint32_t b = std::min(n, prefix + range.begin);
    const std::uint32_t e = std::clamp(prefix + range.end, b, n);
    std::uint32_t from = b > kBefore ? b - kBefore : 0;
    std::uint32_t to = std::min(n, e + kAfter);
    if (from < prefix) from = 0;  // the extract prefix is shown whole or not at all
    // Only the code points the excerpt can reach are decoded (a long paragraph holds many findings):
    // `line` is the text from code point `first`, line[i - first] standing for code point i.
    const std::uint32_t first = from > 0 ? from - 1 : 0;
    const std::size_t first_byte = utf8::byte_offset(whole, first);
    const std::size_t last_byte = first_byte + utf8::byte_offset(std::string_view(whole).substr(first_byte), to + 1 - first);
    std::vector<char32_t> window;
    text::decode_utf8(whole.substr(first_byte, last_byte - first_byte), window);
    for (char32_t& c : window) {
        if (c == U'\t' || c == U'\n' || c == U'\r' || c == U'\v' || c == 0x2028) c = U' ';
    }
    // (Bounded: text that is no valid UTF-8 may decode to fewer code points than it counts.)
    auto line = [&](std::uint32_t i) { return i >= first && i - first < window.size() ? window[i - first] : U' '; };
    // Snap inward to word boundaries so no word is cut.
    if (from > 0) {
        std::uint32_t f = from;
        while (f < b && line(f - 1) != U' ') ++f;
        from = f;
    }
    if (to < n) {
        std::uint32_t t = to;
        while (t > e && line(t) != U' ') --t;
        to = t;
    }
    while (from < b && line(from) == U' ') ++from;
    while (to > e && line(to - 1) == U' ') --to;
    out.cut_left = from > 0;
    out.cut_right = to < n;
    for (std::uint32_t i = from; i < to; ++i) utf8::append(out.text, line(i));
    out.caret_begin = b - from;
    out.caret_end = e - from;
    return out;
}

}  // namespace soat::report
