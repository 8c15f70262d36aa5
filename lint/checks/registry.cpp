// Every check kind, sorted by name. A rule file picks one by its `kind:`.
#include <soat/check.hpp>

#include "checks/kinds.hpp"

#include <algorithm>

namespace soat::engine {

const std::vector<Kind>& kinds() {
    static const std::vector<Kind> all = {
        {"abbreviation-before-definition", checks::make_abbreviation_before_definition},
        {"abbreviation-redefined", checks::make_abbreviation_redefined},
        {"abbreviation-undefined", checks::make_abbreviation_undefined},
        {"blank-field", checks::make_blank_field},
        {"capitalization", checks::make_capitalization},
        {"citation-conflict", checks::make_citation_conflict},
        {"citation-format", checks::make_citation_format},
        {"comments-left", checks::make_comments_left},
        {"component-format", checks::make_component_format},
        {"conditional", checks::make_conditional},
        {"consistency", checks::make_consistency},
        {"count-mismatch", checks::make_count_mismatch},
        {"date-order", checks::make_date_order},
        {"date-style", checks::make_date_style},
        {"doc-type-mismatch", checks::make_doc_type_mismatch},
        {"draft-marker", checks::make_draft_marker},
        {"existence", checks::make_existence},
        {"font-style", checks::make_font_style},
        {"footnote-integrity", checks::make_footnote_integrity},
        {"heading-numbering", checks::make_heading_numbering},
        {"hidden-text", checks::make_hidden_text},
        {"highlight-left", checks::make_highlight_left},
        {"inconsistent-figure", checks::make_inconsistent_figure},
        {"invalid-date", checks::make_invalid_date},
        {"invalid-fraction", checks::make_invalid_fraction},
        {"invalid-period", checks::make_invalid_period},
        {"missing-national-title", checks::make_missing_national_title},
        {"missing-recipients", checks::make_missing_recipients},
        {"missing-signature", checks::make_missing_signature},
        {"misspelling", checks::make_misspelling},
        {"name-consistency", checks::make_name_consistency},
        {"number-format", checks::make_number_format},
        {"page-setup", checks::make_page_setup},
        {"percent-mismatch", checks::make_percent_mismatch},
        {"period-mismatch", checks::make_period_mismatch},
        {"reference-integrity", checks::make_reference_integrity},
        {"repeated-word", checks::make_repeated_word},
        {"repetition", checks::make_repetition},
        {"required-component", checks::make_required_component},
        {"share-sum", checks::make_share_sum},
        {"signature-authority", checks::make_signature_authority},
        {"spacing", checks::make_spacing},
        {"substitution", checks::make_substitution},
        {"sum-mismatch", checks::make_sum_mismatch},
        {"suppression-reason", checks::make_suppression_reason},
        {"table-total", checks::make_table_total},
        {"tone-style", checks::make_tone_style},
        {"tracked-changes", checks::make_tracked_changes},
        {"unbalanced-delimiters", checks::make_unbalanced_delimiters},
        {"unicode", checks::make_unicode},
        {"unit-format", checks::make_unit_format},
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
