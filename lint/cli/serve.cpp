// `soat serve`: the drafters' page and the HTTP API (docs/serve.md).
#include "cli/commands.hpp"
#include "serve/server.hpp"

#include <memory>

namespace soat::cli {

Runner add_serve(CLI::App& app) {
    auto o = std::make_shared<serve::Options>();
    CLI::App* sub =
        app.add_subcommand("serve", "Serve the review page and the HTTP API (loopback by default)");
    sub->add_option("--host", o->host, "Address to listen on")->capture_default_str();
    sub->add_option("--port", o->port, "Port (0: any free port)")
        ->capture_default_str()
        ->check(CLI::Range(0, 65535));
    sub->add_option("--jobs,-j", o->jobs, "Documents linted at once (default: cores)")
        ->check(CLI::PositiveNumber);
    sub->add_option("--max-upload-mb", o->max_upload_mb, "Largest upload, in MB")
        ->capture_default_str()
        ->check(CLI::Range(1, 1024));
    sub->add_option("--max-requests", o->max_requests,
                    "Documents in progress or waiting before answering 503")
        ->capture_default_str()
        ->check(CLI::Range(1, 4096));
    sub->add_option("--timeout", o->timeout_seconds, "Time limit per document, in seconds")
        ->capture_default_str()
        ->check(CLI::Range(1, 3600));
    sub->add_option("--config", o->config, "Configuration file (default: built-in defaults)");
    sub->add_option("--token", o->token, "Bearer token required by /api/ (or SOAT_SERVE_TOKEN)")
        ->envname("SOAT_SERVE_TOKEN");
    sub->add_option("--allow-origin", o->allow_origin,
                    "Origin allowed to call the API from a browser (CORS; default none)");
    return [o] { return serve::run(*o); };
}

}  // namespace soat::cli
