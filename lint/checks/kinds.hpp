// Factories of every check kind, one per file in lint/checks/. Listed in registry.cpp.
#pragma once

#include <soat/check.hpp>

namespace soat::checks {

Result<std::unique_ptr<engine::Check>> make_blank_field(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_citation_conflict(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_citation_format(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_doc_type_mismatch(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_draft_marker(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_font_style(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_footnote_integrity(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_heading_numbering(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_highlight_left(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_missing_national_title(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_missing_recipients(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_missing_signature(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_page_setup(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_signature_authority(const engine::RuleSpec& spec);

}  // namespace soat::checks
