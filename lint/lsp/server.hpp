// The soat language server: keeps the open drafts, lints them through the backend and publishes
// diagnostics (debounced while typing), offers quick fixes and "ignore" actions.
#pragma once

#include "lsp/backend.hpp"
#include "lsp/positions.hpp"

#include <soat/finding.hpp>
#include <soat/model.hpp>

#include <nlohmann/json.hpp>

#include <chrono>
#include <functional>
#include <istream>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace soat::lsp {

using Clock = std::chrono::steady_clock;

// `soat` settings from the client (workspace/configuration), layered over .soat.yml.
struct Settings {
    std::optional<Profile> profile;
    std::optional<Lang> lang;
    std::vector<std::string> enable;
    std::vector<std::string> disable;
};

class Server {
public:
    static constexpr std::chrono::milliseconds kDebounce{300};

    Server(Backend backend, std::function<void(const nlohmann::json&)> send);

    void handle(const nlohmann::json& message, Clock::time_point now);
    // Lints the documents whose debounce delay has passed; returns the next deadline, if any.
    std::optional<Clock::time_point> tick(Clock::time_point now);

    [[nodiscard]] bool exited() const { return exited_; }
    [[nodiscard]] int exit_code() const { return shutdown_ ? 0 : 1; }
    [[nodiscard]] Encoding encoding() const { return encoding_; }

private:
    enum class Kind { Text, Markdown, Docx, Config };

    struct Doc {
        std::string uri;
        std::string path;
        Kind kind = Kind::Text;
        std::string text;
        std::optional<int> version;
        bool open = false;
        std::optional<Clock::time_point> due;
        std::vector<std::string> lines;  // source lines (text) or extract lines (docx)
        model::Document document;
        std::vector<Finding> findings;
    };

    void request(const nlohmann::json& message);
    void notification(const nlohmann::json& message, Clock::time_point now);
    nlohmann::json initialize(const nlohmann::json& params);
    void initialized();
    nlohmann::json code_actions(const nlohmann::json& params);
    void did_open(const nlohmann::json& params);
    // A .soat.yml appeared, changed or went away: configurations are looked up afresh.
    void config_moved();
    void watched_files(const nlohmann::json& params);
    void apply_settings(const nlohmann::json& soat);
    void request_configuration();
    void send_request(const std::string& method, nlohmann::json params,
                      std::function<void(const nlohmann::json&)> on_result);

    void lint(Doc& doc);
    void lint_all();
    void publish(const Doc& doc, nlohmann::json diagnostics);
    nlohmann::json diagnostics_of(const Doc& doc) const;
    nlohmann::json range_of(const Doc& doc, const std::optional<model::Range>& range) const;
    nlohmann::json position_of(const Doc& doc, std::size_t paragraph, std::uint32_t offset) const;
    Result<config::Config> config_for(const std::string& path) const;

    Backend backend_;
    std::function<void(const nlohmann::json&)> send_;
    Encoding encoding_ = Encoding::Utf16;
    bool initialized_ = false;
    bool shutdown_ = false;
    bool exited_ = false;
    bool watch_dynamic_ = false;
    bool configuration_ = false;
    Settings settings_;
    std::map<std::string, Doc> docs_;  // by URI
    int next_id_ = 1;
    std::map<int, std::function<void(const nlohmann::json&)>> pending_;
};

// Serves one client over framed streams until `exit` or end of input; returns the exit code.
int serve(std::istream& in, std::ostream& out, Backend backend);

// One message body as serve() takes it: invalid UTF-8 replaced, a parse error or a message of
// the wrong shape answered with a JSON-RPC error on `out`, anything else handled by the server.
void handle_body(Server& server, const std::string& body, std::ostream& out, Clock::time_point now);

}  // namespace soat::lsp
