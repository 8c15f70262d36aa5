// soat: one binary, every surface a subcommand.
#include "cli/commands.hpp"

#include "soat_commit.hpp"

#include <utility>
#include <vector>

int main(int argc, char** argv) {
    CLI::App app{"soat — rà soát dự thảo văn bản hành chính (.docx, .txt, .md)", "soat"};
    app.set_version_flag("--version", std::string("soat ") + SOAT_VERSION + " (commit " + SOAT_COMMIT + ")");
    app.require_subcommand(1);
    std::vector<std::pair<CLI::App*, soat::cli::Runner>> runners;
    for (auto adder : {soat::cli::add_check, soat::cli::add_extract, soat::cli::add_rules, soat::cli::add_explain,
                       soat::cli::add_init, soat::cli::add_serve}) {
        soat::cli::Runner run = adder(app);
        runners.emplace_back(app.get_subcommands({}).back(), std::move(run));
    }
    int status = soat::cli::kClean;
    soat::cli::add_annotate_command(app, status);
    soat::cli::add_fix_command(app, status);
    soat::cli::add_lsp_command(app, status);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? soat::cli::kClean : soat::cli::kTrouble;
    }
    for (auto& [sub, run] : runners) {
        if (sub->parsed()) return run();
    }
    return status;
}
