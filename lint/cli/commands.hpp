// The subcommands: each file registers its options on a CLI11 subcommand and runs it.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace soat::cli {

// Exit codes of interface.md.
constexpr int kClean = 0;     // nothing at or above --fail-on
constexpr int kFindings = 1;  // findings at or above --fail-on
constexpr int kTrouble = 2;   // usage or configuration error, or an unreadable input

// Registers a subcommand; the returned function runs it after parsing and gives the exit code.
using Runner = std::function<int()>;
Runner add_check(CLI::App& app);
Runner add_extract(CLI::App& app);
Runner add_rules(CLI::App& app);
Runner add_explain(CLI::App& app);
Runner add_init(CLI::App& app);
Runner add_serve(CLI::App& app);

// Subcommands that run from their CLI11 callback and leave their exit code in `status`.
void add_annotate_command(CLI::App& app, int& status);
void add_fix_command(CLI::App& app, int& status);
void add_lsp_command(CLI::App& app, int& status);

}  // namespace soat::cli
