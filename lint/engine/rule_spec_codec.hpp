// A parsed RuleSpec as a flat string and back: how soat_gen_rules hands the built-in rules, parsed
// and checked at build time, to load_rules(). Every field is a length-prefixed string
// ("5:hello"), read in place without a parse tree: parsing the same specs as JSON took a fifth of
// a one-line check. Params come back as a Params tree (every scalar a string, as a YAML scalar
// is; map keys sorted).
#pragma once

#include <soat/check.hpp>

#include <string>
#include <string_view>

namespace soat::engine {

// Appends the encoding of `spec` to `out`.
void encode_rule_spec(const RuleSpec& spec, std::string& out);

// Decodes the spec at the start of `in` and advances `in` past it. `in` comes from
// encode_rule_spec(): no checks of malformed input.
RuleSpec decode_rule_spec(std::string_view& in);

}  // namespace soat::engine
