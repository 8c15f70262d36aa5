#include <soat/model.hpp>
#include <soat/utf8.hpp>

#include <fmt/format.h>

namespace soat::model {

std::string Document::prefix(std::size_t paragraph) const {
    if (format != Format::Docx || paragraph >= paragraphs.size()) return {};
    const Paragraph& p = paragraphs[paragraph];
    switch (p.area) {
        case Area::Body:
            if (p.cell) return fmt::format("[bảng {}, dòng {}, cột {}] ", p.cell->table, p.cell->row, p.cell->column);
            return {};
        case Area::Footnote: return fmt::format("[chú thích {}] ", p.note);
        case Area::Endnote: return fmt::format("[chú thích cuối {}] ", p.note);
        case Area::Header: return "[đầu trang] ";
        case Area::Footer: return "[chân trang] ";
    }
    return {};
}

Document::Position Document::position(std::size_t paragraph, std::uint32_t offset) const {
    if (paragraph >= paragraphs.size()) return {1, 1};
    if (format == Format::Docx) {
        return {static_cast<int>(paragraph) + 1,
                static_cast<int>(utf8::length(prefix(paragraph)) + offset) + 1};
    }
    const Paragraph& p = paragraphs[paragraph];
    const Span* at = nullptr;
    for (const Span& s : p.spans) {
        if (s.begin > offset) break;
        at = &s;
    }
    if (at == nullptr) return {static_cast<int>(paragraph) + 1, static_cast<int>(offset) + 1};
    return {at->run, static_cast<int>(at->offset + (offset - at->begin)) + 1};
}

}  // namespace soat::model
