// One input read and linted into the result every reporter takes. `soat check` and `soat serve`
// both go through here, so a file and the same file uploaded give the same findings.
#pragma once

#include "report/report.hpp"

#include <soat/config.hpp>
#include <soat/engine.hpp>
#include <soat/reader.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace soat::pipeline {

// "docx", "text" or "markdown" from the name's extension (for an input that cannot be read).
std::string guess_format(const std::string& name);

// Reads `name` from disk, or `bytes` when given (stdin, an upload: `name` then only labels it and
// picks the reader), lints it, and marks the findings against `baseline` when given.
report::FileResult lint_input(const std::string& name, std::optional<std::string_view> bytes,
                              const std::vector<engine::Rule>& rules, const config::Config& config,
                              const engine::Baseline* baseline = nullptr,
                              const ReadLimits& limits = {});

}  // namespace soat::pipeline
