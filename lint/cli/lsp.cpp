// `soat lsp`: the language server over stdin and stdout.
#include "lsp/backend.hpp"
#include "lsp/server.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace soat::cli {

void add_lsp_command(CLI::App& app, int& status) {
    auto* cmd = app.add_subcommand("lsp", "Language Server Protocol over stdio");
    static bool stdio = true;  // accepted for clients that always pass it
    cmd->add_flag("--stdio", stdio, "Use stdin and stdout (the default and only transport)");
    cmd->callback([&status] {
        std::ios::sync_with_stdio(false);
        status = lsp::serve(std::cin, std::cout, lsp::default_backend());
    });
}

}  // namespace soat::cli
