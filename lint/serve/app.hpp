// The HTTP application of `soat serve`: its routes, limits and request log, installed on a
// cpp-httplib server that the caller owns (a listening one in server.cpp, an in-memory one in the
// fuzz target fuzz/fuzz_http.cpp).
#pragma once

#include "serve/server.hpp"
#include "serve/service.hpp"
#include "serve/worker_pool.hpp"

#include <httplib.h>

#include <cstddef>

namespace soat::serve {

class App {
public:
    App(const Options& options, Service service, httplib::Server& http);

private:
    using Operation = Reply (Service::*)(const Upload&, const Settings&) const;

    void routes();
    // The token check of every /api/ route; answers 401 itself.
    bool guard(const httplib::Request& req, httplib::Response& res) const;
    // An uploaded document through `op` on the worker pool, within the limits.
    void document(const httplib::Request& req, httplib::Response& res, Operation op, bool with_format);

    Options options_;
    Service service_;
    std::size_t max_upload_bytes_;
    WorkerPool pool_;  // after service_: destroyed first, finishing jobs that still use it
    httplib::Server& http_;
};

}  // namespace soat::serve
