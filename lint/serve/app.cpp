// The routes, limits and logging of `soat serve` on a cpp-httplib server. Documents are linted on
// the worker pool; the HTTP threads only parse, wait and answer.
#include "serve/app.hpp"

#include "serve/page.hpp"
#include "serve/upload.hpp"

#include <fmt/format.h>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

namespace soat::serve {

namespace {

using Clock = std::chrono::steady_clock;
using httplib::Request;
using httplib::Response;
using HandlerResponse = httplib::Server::HandlerResponse;

thread_local Clock::time_point request_start{};  // when this thread began its current request
std::mutex log_mutex;

// attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded
std::string content_disposition(const std::string& name) {
    std::string ascii, encoded;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        ascii += u >= 0x20 && u < 0x7f && c != '"' && c != '\\' && c != ';' ? c : '_';
        if (std::isalnum(u) || std::strchr("-._~", c) != nullptr)
            encoded += c;
        else
            encoded += fmt::format("%{:02X}", u);
    }
    return fmt::format("attachment; filename=\"{}\"; filename*=UTF-8''{}", ascii, encoded);
}

void apply(const Reply& reply, Response& res) {
    res.status = reply.status;
    for (const auto& [key, value] : reply.headers) res.set_header(key, value);
    if (!reply.filename.empty())
        res.set_header("Content-Disposition", content_disposition(reply.filename));
    res.set_content(reply.body, reply.content_type);
}

// A request path for the log: control bytes escaped, at most 200 bytes.
std::string printable(const std::string& path) {
    std::string out;
    for (const char c : path.substr(0, 200)) {
        const auto u = static_cast<unsigned char>(c);
        out += u < 0x20 || u == 0x7f || c == ' ' ? fmt::format("\\x{:02x}", u) : std::string(1, c);
    }
    return out.empty() ? "-" : out;
}

// "Bearer <token>", compared in time independent of where it differs.
bool authorised(const Request& req, const std::string& token) {
    if (token.empty()) return true;
    const std::string header = req.get_header_value("Authorization");
    const std::string expected = "Bearer " + token;
    if (header.size() != expected.size()) return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(header[i] ^ expected[i]);
    return diff == 0;
}

// profile=draft|final, lang=vi|en and (check only) format=json|sarif; an error for anything else.
std::optional<Reply> parse_settings(const Request& req, bool with_format, Settings& settings) {
    const std::string profile = req.get_param_value("profile"), lang = req.get_param_value("lang"),
                      format = req.get_param_value("format");
    if (profile == "draft")
        settings.profile = Profile::Draft;
    else if (profile == "final")
        settings.profile = Profile::Final;
    else if (!profile.empty())
        return error_reply(400, kMalformed, "profile must be draft or final");
    if (lang == "vi")
        settings.lang = Lang::Vi;
    else if (lang == "en")
        settings.lang = Lang::En;
    else if (!lang.empty())
        return error_reply(400, kMalformed, "lang must be vi or en");
    settings.spans = req.get_param_value("spans") == "1";
    if (format == "sarif" && with_format)
        settings.format = report::Format::Sarif;
    else if (!format.empty() && format != "json")
        return error_reply(400, kMalformed, "format must be json or sarif");
    return std::nullopt;
}

Lang lang_param(const Request& req) {
    return req.get_param_value("lang") == "en" ? Lang::En : Lang::Vi;
}

}  // namespace

App::App(const Options& options, Service service, httplib::Server& http)
    : options_(options),
      service_(std::move(service)),
      max_upload_bytes_(options.max_upload_mb << 20),
      pool_(options.jobs == 0 ? std::max(1u, std::thread::hardware_concurrency()) : options.jobs,
            options.max_requests),
      http_(http) {
    routes();
}

void App::routes() {
    // HTTP threads: every admitted document request, plus room for the page, health checks and
    // the 503 answers past the limit.
    const std::size_t http_threads = options_.max_requests + 8;
    http_.new_task_queue = [http_threads] { return new httplib::ThreadPool(http_threads); };
    // The multipart envelope around the file gets 64 KiB; the file itself is checked exactly.
    http_.set_payload_max_length(max_upload_bytes_ + (64u << 10));
    httplib::Headers headers{{"X-Content-Type-Options", "nosniff"},
                             {"Cache-Control", "no-store"},
                             {"Referrer-Policy", "no-referrer"}};
    if (!options_.allow_origin.empty()) {
        headers.emplace("Access-Control-Allow-Origin", options_.allow_origin);
        headers.emplace("Vary", "Origin");
    }
    http_.set_default_headers(headers);

    http_.set_pre_routing_handler([](const Request& req, Response& res) {
        request_start = Clock::now();
        // A body must announce its length, so the limit applies before it is read.
        if (req.method == "POST" &&
            (req.has_header("Transfer-Encoding") || !req.has_header("Content-Length"))) {
            apply(error_reply(411, kLengthRequired,
                              "a request body needs a Content-Length (no chunked upload)"),
                  res);
            res.set_header("Connection", "close");
            return HandlerResponse::Handled;
        }
        // A compressed body would be inflated past the limit: refused.
        const std::string encoding = req.get_header_value("Content-Encoding");
        if (!encoding.empty() && encoding != "identity") {
            apply(error_reply(415, kMalformed, "compressed request bodies are not accepted"),
                  res);
            res.set_header("Connection", "close");
            return HandlerResponse::Handled;
        }
        return HandlerResponse::Unhandled;
    });
    http_.set_error_handler(
        httplib::Server::HandlerWithResponse([this](const Request&, Response& res) {
            if (!res.body.empty()) return HandlerResponse::Unhandled;
            switch (res.status) {
                case 404:
                    apply(error_reply(404, kNotFound, "no such resource"), res);
                    break;
                case 413:
                    apply(error_reply(413, kTooLarge,
                                      fmt::format("the upload exceeds the limit of {} MB",
                                                  options_.max_upload_mb)),
                          res);
                    break;
                default:
                    apply(error_reply(res.status, kMalformed, "malformed request"), res);
                    break;
            }
            return HandlerResponse::Handled;
        }));
    http_.set_exception_handler([](const Request&, Response& res, std::exception_ptr) {
        apply(error_reply(500, kInternal, "internal error"), res);
    });
    http_.set_logger([](const Request& req, const Response& res) {
        const std::string ms =
            request_start == Clock::time_point{}
                ? "-"
                : std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(
                                     Clock::now() - request_start)
                                     .count());
        request_start = {};
        std::lock_guard lock(log_mutex);
        fmt::print(stderr, "{} {} {} {} {}ms\n", req.method.empty() ? "-" : req.method,
                   printable(req.path), res.status, res.body.size(), ms);
    });

    http_.Get("/", [](const Request&, Response& res) {
        res.set_header(
            "Content-Security-Policy",
            "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            "connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; "
            "frame-ancestors 'none'");
        const std::string_view page = page_html();
        res.set_content(page.data(), page.size(), "text/html; charset=utf-8");
    });
    http_.Get("/healthz", [](const Request&, Response& res) {
        res.set_content("{\"status\": \"ok\"}\n", "application/json");
    });
    http_.Get("/api/v1/rules", [this](const Request& req, Response& res) {
        if (!guard(req, res)) return;
        apply(service_.rules(lang_param(req)), res);
    });
    http_.Get(R"(/api/v1/rules/([A-Za-z0-9_.-]{1,100}))",
              [this](const Request& req, Response& res) {
                  if (!guard(req, res)) return;
                  apply(service_.rule(req.matches[1], lang_param(req)), res);
              });
    http_.Post("/api/v1/check", [this](const Request& req, Response& res) {
        document(req, res, &Service::check, true);
    });
    http_.Post("/api/v1/annotate", [this](const Request& req, Response& res) {
        document(req, res, &Service::annotate, false);
    });
    http_.Post("/api/v1/fix", [this](const Request& req, Response& res) {
        document(req, res, &Service::fix, false);
    });
    if (!options_.allow_origin.empty()) {
        http_.Options(R"(/api/v1/.*)", [](const Request&, Response& res) {
            res.status = 204;
            res.set_header("Access-Control-Allow-Methods", "GET, POST");
            res.set_header("Access-Control-Allow-Headers", "Authorization, Content-Type");
            res.set_header("Access-Control-Max-Age", "600");
        });
    }
}

bool App::guard(const Request& req, Response& res) const {
    if (authorised(req, options_.token)) return true;
    apply(error_reply(401, kUnauthorized, "missing or wrong bearer token"), res);
    res.set_header("WWW-Authenticate", "Bearer");
    return false;
}

void App::document(const Request& req, Response& res, Operation op, bool with_format) {
    if (!guard(req, res)) return;
    auto settings = std::make_shared<Settings>();
    if (auto bad = parse_settings(req, with_format, *settings)) return apply(*bad, res);
    auto taken = take_upload(req, max_upload_bytes_);
    if (auto* bad = std::get_if<Reply>(&taken)) return apply(*bad, res);
    auto upload = std::make_shared<Upload>(std::move(std::get<Upload>(taken)));
    // The job owns its inputs: past the time limit the answer goes out and the job finishes
    // alone.
    auto promise = std::make_shared<std::promise<Reply>>();
    std::future<Reply> answer = promise->get_future();
    const bool accepted = pool_.submit([this, op, settings, upload, promise] {
        try {
            promise->set_value((service_.*op)(*upload, *settings));
        } catch (...) {
            promise->set_value(error_reply(500, kInternal, "internal error"));
        }
    });
    if (!accepted) {
        apply(error_reply(503, kBusy, "too many documents in progress; try again shortly"),
              res);
        res.set_header("Retry-After", "5");
        return;
    }
    if (answer.wait_for(std::chrono::seconds(options_.timeout_seconds)) !=
        std::future_status::ready) {
        apply(error_reply(
                  503, kTimeLimit,
                  fmt::format("the document took longer than {} s", options_.timeout_seconds)),
              res);
        return;
    }
    apply(answer.get(), res);
}

}  // namespace soat::serve
