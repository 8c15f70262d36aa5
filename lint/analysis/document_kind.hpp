// The kinds of document the frame rules tell apart, and their names in .soat.yml and rule files.
#pragma once

#include <optional>
#include <string_view>

namespace soat::analysis {

// What the document is, as far as the frame rules care (Decree 30 governs Administrative only).
enum class DocumentKind {
    Administrative,  // one of Decree 30's types, standalone: number, type line, issuing body, căn cứ…
    Party,           // a Party document (Hướng dẫn 36-HD/VPTW): ĐẢNG CỘNG SẢN VIỆT NAM, "Số 05-NQ/TU"
    LegalNormative,  // its number holds a year: "24/2018/QH14", "30/2020/NĐ-CP"
    Attachment,      // an appendix, charter or regulation issued with another document ("Kèm theo …")
    Other,           // forms, contracts, minutes, agendas, speeches, theses, notes
};

// "administrative", "party", "legal-normative", "attachment", "other".
std::string_view kind_name(DocumentKind kind);
// The kind of a name of kind_name(), or nullopt.
std::optional<DocumentKind> parse_kind(std::string_view name);

}  // namespace soat::analysis
