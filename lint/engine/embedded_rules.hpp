// The built-in rule packs, parsed at build time by soat_gen_rules (lint/tools/gen_rules.cpp).
#pragma once

#include <string_view>
#include <vector>

namespace soat::engine {

// The ids of the built-in rules, sorted by rule file path.
const std::vector<std::string_view>& embedded_rule_ids();

// The rule specs with their params, one after the other (engine/rule_spec_codec.hpp), sorted by
// rule file path.
std::string_view embedded_rule_specs();

}  // namespace soat::engine
