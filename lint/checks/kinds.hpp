// Factories of every check kind, one per file in lint/checks/. Listed in registry.cpp.
#pragma once

#include <soat/check.hpp>

namespace soat::checks {

Result<std::unique_ptr<engine::Check>> make_count_mismatch(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_inconsistent_figure(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_invalid_fraction(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_number_format(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_percent_mismatch(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_share_sum(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_sum_mismatch(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_table_total(const engine::RuleSpec& spec);
Result<std::unique_ptr<engine::Check>> make_unit_format(const engine::RuleSpec& spec);

}  // namespace soat::checks
