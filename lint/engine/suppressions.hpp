// `soat-ignore RULE[, RULE…]: reason` comments: parsing and applying them to findings.
#pragma once

#include <soat/finding.hpp>
#include <soat/model.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace soat::engine {

struct Suppression {
    bool whole_file = false;          // soat-ignore-file
    std::vector<std::string> rules;   // ids as written
    std::string reason;               // trimmed, empty when missing
};

// The suppression a comment's text carries (it starts with soat-ignore), or nullopt.
std::optional<Suppression> parse_suppression(std::string_view text);

// Marks findings silenced by the document's suppression comments (`suppressed`, reason).
void apply_suppressions(const model::Document& document, std::vector<Finding>& findings);

}  // namespace soat::engine
