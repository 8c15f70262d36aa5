// Shared by `soat annotate` and `soat fix`: their options, and reading + linting one document.
#pragma once

#include <soat/config.hpp>
#include <soat/finding.hpp>
#include <soat/model.hpp>

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace soat::cli {

struct EditingOptions {
    std::string in, out, config, profile, lang, kind;
    std::vector<std::string> enable, disable;
};

void add_editing_options(CLI::App* cmd, EditingOptions& o, const std::string& in_help, const std::string& out_help);

// Reads `o.in`, lints it with its configuration and the options; prints errors, returns false.
bool lint_for_editing(const EditingOptions& o, model::Document& document, std::vector<Finding>& findings,
                      config::Config& config);

}  // namespace soat::cli
