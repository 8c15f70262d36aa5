// A parsed RuleSpec as JSON and back: how soat_gen_rules hands the built-in rules, parsed and
// checked at build time, to load_rules(). Parsing JSON costs a fraction of parsing the same rules
// as YAML at start-up; params come back as YAML nodes built directly (every scalar a string, as a
// YAML scalar is), since the checks read them through yaml-cpp.
#pragma once

#include <soat/check.hpp>

#include <nlohmann/json.hpp>

namespace soat::engine {

nlohmann::json rule_spec_to_json(const RuleSpec& spec);
RuleSpec rule_spec_from_json(const nlohmann::json& json);

}  // namespace soat::engine
