// The lifecycle of `soat serve`: load the service, listen, stop on SIGINT or SIGTERM.
#include "serve/server.hpp"

#include "serve/app.hpp"
#include "serve/service.hpp"

#include <fmt/format.h>
#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <cstdio>
#include <thread>

namespace soat::serve {

namespace {

int listen(httplib::Server& http, const Options& options) {
    int port = options.port;
    if (port == 0)
        port = http.bind_to_any_port(options.host);
    else if (!http.bind_to_port(options.host, port))
        port = -1;
    if (port <= 0) {
        fmt::print(stderr, "soat: cannot listen on {}:{}\n", options.host, options.port);
        return 2;
    }
    const bool loopback =
        options.host == "127.0.0.1" || options.host == "::1" || options.host == "localhost";
    if (!loopback && options.token.empty()) {
        fmt::print(stderr, "soat serve: warning: listening beyond loopback without --token\n");
    }
    fmt::print(stderr, "soat serve: listening on http://{}:{}/ (upload limit {} MB)\n",
               options.host, port, options.max_upload_mb);
    std::fflush(stderr);
    return http.listen_after_bind() ? 0 : 2;
}

}  // namespace

int run(const Options& options) {
    auto service = Service::load(options.config);
    if (!service) {
        fmt::print(stderr, "soat: {} {}\n", service.error().code, service.error().message);
        return 2;
    }
    // Every thread started from here on leaves SIGINT and SIGTERM to the watcher, which stops the
    // server.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
    signal(SIGPIPE, SIG_IGN);

    httplib::Server http;
    App app(options, std::move(*service), http);
    std::atomic<bool> signalled{false};
    std::thread watcher([&] {
        int sig = 0;
        sigwait(&stop_signals, &sig);
        signalled = true;
        http.stop();
    });
    const int code = listen(http, options);
    if (!signalled) pthread_kill(watcher.native_handle(), SIGTERM);
    watcher.join();
    if (signalled) fmt::print(stderr, "soat serve: stopped\n");
    return code;
}

}  // namespace soat::serve
