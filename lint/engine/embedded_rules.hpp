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

// Whether `source` is a blank-field pattern of the built-in packs that RE2 parsed when the rules
// were built (checks/pattern_probe.hpp): the load needs no probe of its own for it.
bool built_in_pattern_parses(std::string_view source);

}  // namespace soat::engine
