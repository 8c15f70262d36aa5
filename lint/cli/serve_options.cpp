#include "cli/serve_options.hpp"

namespace soat::cli {

void add_serve_options(CLI::App& app, serve::Options& o) {
    app.add_option("--host", o.host, "Address to listen on")->capture_default_str();
    app.add_option("--port", o.port, "Port (0: any free port)")->capture_default_str()->check(CLI::Range(0, 65535));
    app.add_option("--jobs,-j", o.jobs, "Documents linted at once (default: cores)")->check(CLI::PositiveNumber);
    app.add_option("--max-upload-mb", o.max_upload_mb, "Largest upload, in MB")->capture_default_str()->check(CLI::Range(1, 1024));
    app.add_option("--max-requests", o.max_requests, "Documents in progress or waiting before answering 503")
        ->capture_default_str()
        ->check(CLI::Range(1, 4096));
    app.add_option("--timeout", o.timeout_seconds, "Time limit per document, in seconds")->capture_default_str()->check(CLI::Range(1, 3600));
    app.add_option("--config", o.config, "Configuration file (default: built-in defaults)");
    app.add_option("--token", o.token, "Bearer token required by /api/ (or SOAT_SERVE_TOKEN)")->envname("SOAT_SERVE_TOKEN");
    app.add_option("--allow-origin", o.allow_origin, "Origin allowed to call the API from a browser (CORS; default none)");
}

std::vector<std::string> serve_arguments(const serve::Options& o) {
    std::vector<std::string> out = {"--host",          o.host,
                                    "--port",          std::to_string(o.port),
                                    "--max-upload-mb", std::to_string(o.max_upload_mb),
                                    "--max-requests",  std::to_string(o.max_requests),
                                    "--timeout",       std::to_string(o.timeout_seconds)};
    if (o.jobs > 0) out.insert(out.end(), {"--jobs", std::to_string(o.jobs)});
    if (!o.config.empty()) out.insert(out.end(), {"--config", o.config});
    if (!o.allow_origin.empty()) out.insert(out.end(), {"--allow-origin", o.allow_origin});
    return out;
}

}  // namespace soat::cli
