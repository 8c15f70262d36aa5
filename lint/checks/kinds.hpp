// Factories of every check kind, one per file in lint/checks/. Listed in registry.cpp.
#pragma once

#include <soat/check.hpp>

namespace soat::checks {

Result<std::unique_ptr<engine::Check>> make_abbreviation_before_definition(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_abbreviation_redefined(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_abbreviation_undefined(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_date_style(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_invalid_date(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_invalid_period(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_name_consistency(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_period_mismatch(const engine::RuleSpec& spec);

}  // namespace soat::checks
