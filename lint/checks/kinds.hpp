// Factories of every check kind, one per file in lint/checks/. Listed in registry.cpp.
#pragma once

#include <soat/check.hpp>

namespace soat::checks {

Result<std::unique_ptr<engine::Check>> make_abbreviation_before_definition(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_abbreviation_redefined(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_abbreviation_undefined(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_blank_field(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_capitalization(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_citation_conflict(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_citation_format(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_comments_left(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_component_format(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_conditional(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_consistency(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_count_mismatch(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_date_order(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_date_style(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_doc_type_mismatch(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_draft_marker(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_existence(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_font_style(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_footnote_integrity(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_heading_numbering(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_hidden_text(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_highlight_left(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_inconsistent_figure(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_invalid_date(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_invalid_fraction(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_invalid_period(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_missing_national_title(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_missing_recipients(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_missing_signature(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_misspelling(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_name_consistency(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_number_format(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_page_setup(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_percent_mismatch(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_period_mismatch(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_reference_integrity(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_repeated_word(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_repetition(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_required_component(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_share_sum(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_signature_authority(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_spacing(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_substitution(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_sum_mismatch(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_suppression_reason(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_table_total(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_tone_style(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_tracked_changes(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_unbalanced_delimiters(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_unicode(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_unit_format(const engine::RuleSpec& spec);

}  // namespace soat::checks
