// Every check kind, sorted by name. A rule file picks one by its `kind:`.
#include <soat/check.hpp>

#include "checks/kinds.hpp"

#include <algorithm>

namespace soat::engine {

const std::vector<Kind>& kinds() {
    static const std::vector<Kind> all = {
        {"blank-field", checks::make_blank_field},
        {"citation-conflict", checks::make_citation_conflict},
        {"citation-format", checks::make_citation_format},
        {"doc-type-mismatch", checks::make_doc_type_mismatch},
        {"draft-marker", checks::make_draft_marker},
        {"font-style", checks::make_font_style},
        {"footnote-integrity", checks::make_footnote_integrity},
        {"heading-numbering", checks::make_heading_numbering},
        {"highlight-left", checks::make_highlight_left},
        {"missing-national-title", checks::make_missing_national_title},
        {"missing-recipients", checks::make_missing_recipients},
        {"missing-signature", checks::make_missing_signature},
        {"page-setup", checks::make_page_setup},
        {"signature-authority", checks::make_signature_authority},
    };
    return all;
}

const Kind* find_kind(std::string_view name) {
    const auto& all = kinds();
    auto it = std::lower_bound(all.begin(), all.end(), name,
                               [](const Kind& k, std::string_view n) { return k.name < n; });
    return it != all.end() && it->name == name ? &*it : nullptr;
}

}  // namespace soat::engine
