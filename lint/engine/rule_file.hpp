// Parsing one rule file (YAML text) into a RuleSpec.
#pragma once

#include <soat/check.hpp>
#include <soat/result.hpp>

#include <string>
#include <string_view>

namespace soat::engine {

// `source` names the file in errors (E203 with line numbers).
Result<RuleSpec> parse_rule_file(std::string_view text, const std::string& source);

}  // namespace soat::engine
