// The options of `soat serve`, declared once for the `soat` subcommand that checks them and for
// the `soat-serve` program that runs the server.
#pragma once

#include "serve/server.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace soat::cli {

void add_serve_options(CLI::App& app, serve::Options& o);

// The same options as arguments of `soat-serve` (the token travels in SOAT_SERVE_TOKEN, never on
// a command line that `ps` shows).
std::vector<std::string> serve_arguments(const serve::Options& o);

}  // namespace soat::cli
