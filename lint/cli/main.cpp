#include <CLI/CLI.hpp>

namespace soat::cli {
void add_lsp_command(CLI::App& app, int& status);
void add_annotate_command(CLI::App& app, int& status);
void add_fix_command(CLI::App& app, int& status);
}

int main(int argc, char** argv) {
    CLI::App app{"soat"};
    app.require_subcommand(1);
    int status = 0;
    soat::cli::add_lsp_command(app, status);
    soat::cli::add_annotate_command(app, status);
    soat::cli::add_fix_command(app, status);
    CLI11_PARSE(app, argc, argv);
    return status;
}
