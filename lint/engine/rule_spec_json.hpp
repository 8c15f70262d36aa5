// A parsed RuleSpec as JSON and back, without its params: how soat_gen_rules hands the built-in
// rules, parsed and checked at build time, to load_rules() (parsing JSON costs a fraction of
// building the same rules as YAML nodes at start-up).
#pragma once

#include <soat/check.hpp>

#include <nlohmann/json.hpp>

namespace soat::engine {

nlohmann::json rule_spec_to_json(const RuleSpec& spec);
RuleSpec rule_spec_from_json(const nlohmann::json& json, YAML::Node params);

}  // namespace soat::engine
