// Walks UTF-8 text once, counting code points and the target unit together.
#include "report/columns.hpp"

#include <soat/utf8.hpp>

namespace soat::report {

namespace {

// Units of the UTF-8 sequence starting with lead byte `b`.
int units(unsigned char b, Unit unit) {
    const int bytes = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : 4;
    switch (unit) {
        case Unit::CodePoint: return 1;
        case Unit::Utf8: return bytes;
        case Unit::Utf16: return bytes == 4 ? 2 : 1;
    }
    return 1;
}

// Units of the first `cp` code points of `s`.
int count(std::string_view s, std::uint32_t cp, Unit unit) {
    int n = 0;
    for (std::size_t i = 0; i < s.size() && cp > 0; ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if ((b & 0xC0) == 0x80) continue;
        n += units(b, unit);
        --cp;
    }
    return n;
}

}  // namespace

int column_in(std::string_view line, std::uint32_t cp, Unit unit) { return count(line, cp, unit) + 1; }

model::Document::Position position_in(const model::Document& document, std::size_t paragraph,
                                      std::uint32_t offset, Unit unit) {
    if (paragraph >= document.paragraphs.size()) return {1, 1};
    const model::Paragraph& p = document.paragraphs[paragraph];
    if (document.format == model::Format::Docx) {
        const std::string prefix = document.prefix(paragraph);
        return {static_cast<int>(paragraph) + 1,
                count(prefix, utf8::length(prefix), unit) + count(p.text, offset, unit) + 1};
    }
    const model::Span* at = nullptr;
    for (const model::Span& s : p.spans) {
        if (s.begin > offset) break;
        at = &s;
    }
    if (at == nullptr) return {static_cast<int>(paragraph) + 1, static_cast<int>(offset) + 1};
    // Sum the kept spans of the same source line before `at`, plus the dropped columns between.
    int n = 0;
    std::uint32_t source_col = 0;
    for (const model::Span& s : p.spans) {
        if (&s == at) break;
        if (s.run != at->run || s.kind == model::Span::Kind::Break) continue;
        n += static_cast<int>(s.offset - source_col);
        const std::string_view piece = utf8::slice(p.text, s.begin, s.begin + s.length);
        n += count(piece, s.length, unit);
        source_col = s.offset + s.length;
    }
    if (at->kind == model::Span::Kind::Break) {
        // The joining space stands at the end of the previous source line.
        n += static_cast<int>(at->offset - source_col);
        return {at->run, n + 1};
    }
    n += static_cast<int>(at->offset - source_col);
    const std::string_view head = utf8::slice(p.text, at->begin, offset);
    n += count(head, offset - at->begin, unit);
    return {at->run, n + 1};
}

}  // namespace soat::report
