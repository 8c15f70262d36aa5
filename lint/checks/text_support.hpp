// Helpers shared by the `text` pack kinds: YAML word lists and phrase matching over tokens.
#pragma once

#include "analysis/tokens.hpp"

#include <soat/check.hpp>

#include <optional>
#include <string>
#include <vector>

namespace soat::checks {

// `params[key]` as a list of strings (absent: empty); an Error naming the rule file otherwise.
Result<std::vector<std::string>> string_list(const engine::RuleSpec& spec, const char* key);

// An Error for a bad parameter of a rule file.
Error param_error(const engine::RuleSpec& spec, const std::string& what);

// A phrase as token keys (canonical words, other tokens verbatim).
std::vector<std::string> phrase_keys(const std::string& phrase);

// Whether tokens[at…] spell `keys`, with only spaces between consecutive tokens (and between
// words; punctuation tokens may touch their neighbours as written in the phrase).
bool matches_at(const std::vector<analysis::Token>& tokens, const std::u32string& text, std::size_t at,
                const std::vector<std::string>& keys);

// Makes `replacement` start with an uppercase letter when `original` does.
std::string match_case(const std::string& original, const std::string& replacement);

}  // namespace soat::checks
