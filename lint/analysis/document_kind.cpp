#include "analysis/document_kind.hpp"

namespace soat::analysis {

std::optional<DocumentKind> parse_kind(std::string_view name) {
    for (const auto k : {DocumentKind::Administrative, DocumentKind::Party, DocumentKind::LegalNormative,
                         DocumentKind::Attachment, DocumentKind::Other}) {
        if (kind_name(k) == name) return k;
    }
    return std::nullopt;
}

std::string_view kind_name(DocumentKind kind) {
    switch (kind) {
        case DocumentKind::Administrative: return "administrative";
        case DocumentKind::Party: return "party";
        case DocumentKind::LegalNormative: return "legal-normative";
        case DocumentKind::Attachment: return "attachment";
        case DocumentKind::Other: break;
    }
    return "other";
}

}  // namespace soat::analysis
