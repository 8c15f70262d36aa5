#include "engine/scope.hpp"

namespace soat::engine {

unsigned scope_of(const model::Document& document, const analysis::Headings& headings, std::size_t paragraph) {
    const model::Paragraph& p = document.paragraphs[paragraph];
    switch (p.area) {
        case model::Area::Footnote:
        case model::Area::Endnote: return kFootnote;
        case model::Area::Header:
        case model::Area::Footer: return kHeaderFooter;
        case model::Area::Body: break;
    }
    if (p.cell) return kTable;
    return headings.at(paragraph) != nullptr ? kHeading : kBody;
}

bool in_scope(const Context& context, std::size_t paragraph) {
    if (paragraph >= context.document.paragraphs.size()) return false;
    return (scope_of(context.document, context.analysis.get<analysis::Headings>(), paragraph) & context.rule.scope) != 0;
}

}  // namespace soat::engine
