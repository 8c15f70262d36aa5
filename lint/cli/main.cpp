// soat: one binary, every surface a subcommand.
#include "cli/commands.hpp"

#include "soat_commit.hpp"

#include <string_view>
#include <utility>
#include <vector>

int main(int argc, char** argv) {
    CLI::App app{"soat — rà soát dự thảo văn bản hành chính (.docx, .txt, .md)", "soat"};
    app.set_version_flag("--version", std::string("soat ") + SOAT_VERSION + " (commit " + SOAT_COMMIT + ")");
    app.require_subcommand(1);
    // Only the subcommand named first is built when argv[1] names one (its options are all that
    // parse; building every subcommand's options cost ~0,6 M instructions at every start);
    // otherwise (help, version, a mistake) all of them, for the full help and errors.
    struct Sub {
        const char* name;
        soat::cli::Runner (*add)(CLI::App&);
    };
    struct Command {
        const char* name;
        void (*add)(CLI::App&, int&);
    };
    static const Sub subs[] = {{"check", soat::cli::add_check},     {"extract", soat::cli::add_extract},
                               {"rules", soat::cli::add_rules},     {"explain", soat::cli::add_explain},
                               {"init", soat::cli::add_init},       {"serve", soat::cli::add_serve}};
    static const Command commands[] = {{"annotate", soat::cli::add_annotate_command},
                                       {"fix", soat::cli::add_fix_command},
                                       {"lsp", soat::cli::add_lsp_command}};
    const std::string_view first = argc > 1 ? std::string_view(argv[1]) : std::string_view();
    bool named = false;
    for (const auto& s : subs) named = named || first == s.name;
    for (const auto& c : commands) named = named || first == c.name;
    std::vector<std::pair<CLI::App*, soat::cli::Runner>> runners;
    for (const auto& s : subs) {
        if (named && first != s.name) continue;
        soat::cli::Runner run = s.add(app);
        runners.emplace_back(app.get_subcommands({}).back(), std::move(run));
    }
    int status = soat::cli::kClean;
    for (const auto& c : commands) {
        if (named && first != c.name) continue;
        c.add(app, status);
    }
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
