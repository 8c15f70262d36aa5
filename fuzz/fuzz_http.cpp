// libFuzzer target: the HTTP layer of `soat serve`. The input is the byte stream a client sends on
// one connection; cpp-httplib parses it request by request and the routes of serve/app.cpp answer
// (page, health, rules, check/annotate/fix uploads on the worker pool). Answers are discarded.
#include "serve/app.hpp"

#include <httplib.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

// A connection whose incoming bytes are the fuzz input and whose outgoing bytes go nowhere.
class MemoryStream final : public httplib::Stream {
public:
    explicit MemoryStream(std::string_view in) : in_(in) {}
    bool is_readable() const override { return true; }
    bool is_writable() const override { return true; }
    ssize_t read(char* ptr, size_t size) override {
        const std::size_t n = std::min(size, in_.size() - at_);
        std::copy_n(in_.data() + at_, n, ptr);
        at_ += n;
        return static_cast<ssize_t>(n);
    }
    ssize_t write(const char*, size_t size) override { return static_cast<ssize_t>(size); }
    void get_remote_ip_and_port(std::string& ip, int& port) const override {
        ip = "127.0.0.1";
        port = 40000;
    }
    void get_local_ip_and_port(std::string& ip, int& port) const override {
        ip = "127.0.0.1";
        port = 8787;
    }
    socket_t socket() const override { return INVALID_SOCKET; }
    bool done() const { return at_ >= in_.size(); }

private:
    std::string_view in_;
    std::size_t at_ = 0;
};

// A server that takes its requests from a stream instead of a socket.
class MemoryServer final : public httplib::Server {
public:
    bool serve_one(httplib::Stream& stream) {
        bool closed = false;
        return process_request(stream, false, closed, nullptr) && !closed;
    }
};

MemoryServer& server() {
    static MemoryServer* http = [] {
        auto* s = new MemoryServer;
        soat::serve::Options options;
        options.jobs = 1;
        options.max_upload_mb = 1;
        options.max_requests = 4;
        options.timeout_seconds = 10;
        options.allow_origin = "https://example.org";
        auto service = soat::serve::Service::load("");
        if (!service) std::abort();
        new soat::serve::App(options, std::move(*service), *s);  // lives as long as the process
        s->set_logger([](const httplib::Request&, const httplib::Response&) {});
        return s;
    }();
    return *http;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    MemoryStream stream(std::string_view(reinterpret_cast<const char*>(data), size));
    for (int n = 0; n < 8 && !stream.done(); ++n) {
        if (!server().serve_one(stream)) break;
    }
    return 0;
}
