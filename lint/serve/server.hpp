// `soat serve`: the drafters' page and the HTTP API over cpp-httplib (docs/serve.md).
#pragma once

#include <cstddef>
#include <string>

namespace soat::serve {

struct Options {
    std::string host = "127.0.0.1";
    int port = 8787;    // 0: any free port (printed on stderr)
    unsigned jobs = 0;  // lint threads; 0: one per core
    std::size_t max_upload_mb = 20;
    std::size_t max_requests = 32;  // documents being linted or waiting; past it, 503
    unsigned timeout_seconds = 60;  // per document; past it, 503
    std::string config;             // .soat.yml; empty: the defaults
    std::string token;              // bearer token for /api/; empty: none
    std::string allow_origin;       // CORS origin; empty: no CORS headers
};

// Serves until SIGINT or SIGTERM. Prints the address, then one line per request (method, path,
// status, bytes, milliseconds; never document content) on stderr. Returns the exit code.
int run(const Options& options);

}  // namespace soat::serve
