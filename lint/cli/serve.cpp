// `soat serve`: the drafters' page and the HTTP API (docs/serve.md). The server is its own
// program, `soat-serve` beside `soat`, so that every other subcommand starts without loading the
// HTTP, TLS and compression libraries; this subcommand checks the options and hands over to it.
#include "cli/commands.hpp"
#include "cli/serve_options.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace soat::cli {

namespace {

int exec_server(const serve::Options& o) {
    std::error_code ec;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    const std::filesystem::path server = (ec ? std::filesystem::path(".") : self.parent_path()) / "soat-serve";
    if (!o.token.empty()) setenv("SOAT_SERVE_TOKEN", o.token.c_str(), 1);
    std::vector<std::string> args = serve_arguments(o);
    args.insert(args.begin(), server.string());
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(server.c_str(), argv.data());
    std::fputs(fmt::format("soat serve: error E210: cannot run {}: {}\n", server.string(), std::strerror(errno)).c_str(), stderr);
    return kTrouble;
}

}  // namespace

Runner add_serve(CLI::App& app) {
    auto o = std::make_shared<serve::Options>();
    CLI::App* sub = app.add_subcommand("serve", "Serve the review page and the HTTP API (loopback by default)");
    add_serve_options(*sub, *o);
    return [o] { return exec_server(*o); };
}

}  // namespace soat::cli
