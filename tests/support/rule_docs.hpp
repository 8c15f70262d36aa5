// The generated rule documentation of the repository: docs/rules/README.md and
// docs/rules/<pack>/<id>.md (Vietnamese page, then English), from the built-in rules.
#pragma once

#include <map>
#include <string>

namespace soat::test {

// Relative path under docs/rules/ -> content. Empty when the rules fail to load.
std::map<std::string, std::string> generated_rule_docs();

}  // namespace soat::test
