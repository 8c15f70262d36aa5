// Rendering a rule's message in the run's language with its placeholder values.
#pragma once

#include <soat/check.hpp>

#include <map>
#include <string>

namespace soat::engine {

// `{name}` is replaced by args[name]; an unknown key falls back to the "default" message.
std::string render_message(const RuleSpec& spec, const std::string& key,
                           const std::map<std::string, std::string>& args, Lang lang);

}  // namespace soat::engine
