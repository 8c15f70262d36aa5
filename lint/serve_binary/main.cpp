// soat-serve: the server behind `soat serve`, a program of its own so that only it loads the HTTP
// and TLS libraries. `soat serve` checks the options and runs it with the same ones.
#include "cli/commands.hpp"
#include "cli/serve_options.hpp"

int main(int argc, char** argv) {
    CLI::App app{"soat-serve — the review page and HTTP API of soat (run it as `soat serve`)", "soat-serve"};
    soat::serve::Options options;
    soat::cli::add_serve_options(app, options);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? soat::cli::kClean : soat::cli::kTrouble;
    }
    return soat::serve::run(options);
}
