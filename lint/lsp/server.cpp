#include "lsp/server.hpp"

#include "lsp/transport.hpp"
#include "lsp/uri.hpp"

#include <soat/utf8.hpp>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>
#include <regex>
#include <set>
#include <thread>

namespace soat::lsp {

using nlohmann::json;

namespace {

// JSON-RPC and LSP error codes.
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kServerNotInitialized = -32002;

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (true) {
        const std::size_t nl = text.find('\n', start);
        std::string line = text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(std::move(line));
        if (nl == std::string::npos) break;
        start = nl + 1;
    }
    return lines;
}

int lsp_severity(Severity s) {
    switch (s) {
        case Severity::Error: return 1;
        case Severity::Warning: return 2;
        case Severity::Info: return 3;
    }
    return 2;
}

// Line (0-based) named in a configuration error message: "PATH:4: …", else "line 4".
int error_line(const std::string& message, const std::string& path) {
    std::string digits;
    if (message.compare(0, path.size() + 1, path + ":") == 0) {
        for (std::size_t i = path.size() + 1; i < message.size() && std::isdigit(static_cast<unsigned char>(message[i])); ++i) {
            digits += message[i];
        }
    } else {
        static const std::regex pattern(R"((?:line|dòng)\s+(\d+))");
        std::smatch m;
        if (std::regex_search(message, m, pattern)) digits = m[1].str();
    }
    const int n = digits.empty() ? 0 : std::atoi(digits.c_str());
    return n > 0 ? n - 1 : 0;
}

bool before(const json& a, const json& b) {
    return a.at("line").get<int>() < b.at("line").get<int>() ||
           (a.at("line") == b.at("line") && a.at("character").get<int>() < b.at("character").get<int>());
}

// Ranges that overlap or touch (a cursor at either end of a finding counts).
bool touches(const json& a, const json& b) { return !before(a.at("end"), b.at("start")) && !before(b.at("end"), a.at("start")); }

// Invalid UTF-8 in a client's message (a buffer in a legacy encoding) becomes U+FFFD so that the
// message still parses.
std::string valid_utf8(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        bool ok = n > 0 && i + n <= s.size();
        for (std::size_t k = 1; ok && k < n; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
        if (ok) {
            out.append(s, i, n);
            i += n;
        } else {
            out += "\xEF\xBF\xBD";
            ++i;
        }
    }
    return out;
}

}  // namespace

Server::Server(Backend backend, std::function<void(const json&)> send)
    : backend_(std::move(backend)), send_(std::move(send)) {}

void Server::handle(const json& message, Clock::time_point now) {
    if (!message.is_object()) {
        send_({{"jsonrpc", "2.0"}, {"id", nullptr}, {"error", {{"code", kInvalidRequest}, {"message", "not an object"}}}});
        return;
    }
    if (!message.contains("method")) {  // a response to one of our requests
        if (message.contains("id") && message["id"].is_number_integer()) {
            auto it = pending_.find(message.at("id").get<int>());
            if (it != pending_.end()) {
                auto on_result = std::move(it->second);
                pending_.erase(it);
                if (message.contains("result")) on_result(message.at("result"));
            }
        }
        return;
    }
    if (message.contains("id")) {
        request(message);
    } else {
        notification(message, now);
    }
}

void Server::request(const json& message) {
    const std::string method = message.at("method").get<std::string>();
    const json& id = message.at("id");
    const json params = message.value("params", json::object());
    auto reply = [&](json result) { send_({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}}); };
    auto fail = [&](int code, const std::string& text) {
        send_({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", text}}}});
    };
    if (method == "initialize") {
        reply(initialize(params));
    } else if (!initialized_) {
        fail(kServerNotInitialized, "initialize first");
    } else if (method == "shutdown") {
        shutdown_ = true;
        reply(nullptr);
    } else if (method == "textDocument/codeAction") {
        reply(code_actions(params));
    } else {
        fail(kMethodNotFound, "unsupported method " + method);
    }
}

void Server::notification(const json& message, Clock::time_point now) {
    const std::string method = message.at("method").get<std::string>();
    const json params = message.value("params", json::object());
    if (method == "exit") {
        exited_ = true;
        return;
    }
    if (!initialized_) return;
    if (method == "initialized") {
        initialized();
    } else if (method == "textDocument/didOpen") {
        did_open(params);
    } else if (method == "textDocument/didChange") {
        auto it = docs_.find(params.at("textDocument").at("uri").get<std::string>());
        if (it == docs_.end() || it->second.kind == Kind::Docx) return;
        const json& changes = params.at("contentChanges");
        if (changes.empty()) return;
        it->second.text = changes.back().at("text").get<std::string>();  // full synchronisation
        if (params.at("textDocument").contains("version")) it->second.version = params.at("textDocument").at("version").get<int>();
        it->second.due = now + kDebounce;
    } else if (method == "textDocument/didSave") {
        auto it = docs_.find(params.at("textDocument").at("uri").get<std::string>());
        if (it == docs_.end()) return;
        if (it->second.kind == Kind::Docx) {
            lint(it->second);
        } else if (it->second.kind == Kind::Config) {
            lint(it->second);
            config_moved();
            lint_all();  // the saved configuration applies to every draft under it
        } else {
            lint(it->second);
        }
    } else if (method == "textDocument/didClose") {
        auto it = docs_.find(params.at("textDocument").at("uri").get<std::string>());
        if (it == docs_.end()) return;
        publish(it->second, json::array());
        docs_.erase(it);
    } else if (method == "workspace/didChangeWatchedFiles") {
        watched_files(params);
    } else if (method == "workspace/didChangeConfiguration") {
        if (params.contains("settings") && params["settings"].is_object() && params["settings"].contains("soat")) {
            apply_settings(params.at("settings").at("soat"));
            lint_all();
        } else if (configuration_) {
            request_configuration();
        }
    }
}

json Server::initialize(const json& params) {
    initialized_ = true;
    const json caps = params.value("capabilities", json::object());
    std::set<std::string> offered;
    if (caps.contains("general") && caps["general"].contains("positionEncodings")) {
        for (const auto& e : caps.at("general").at("positionEncodings")) {
            if (e.is_string()) offered.insert(e.get<std::string>());
        }
    }
    // Code points are the model's own unit, so utf-32 needs no conversion; then utf-8.
    encoding_ = offered.count("utf-32") ? Encoding::Utf32 : offered.count("utf-8") ? Encoding::Utf8 : Encoding::Utf16;
    if (caps.contains("workspace")) {
        const json& ws = caps.at("workspace");
        watch_dynamic_ = ws.contains("didChangeWatchedFiles") &&
                         ws.at("didChangeWatchedFiles").value("dynamicRegistration", false);
        configuration_ = ws.value("configuration", false);
    }
    if (params.contains("initializationOptions") && params["initializationOptions"].is_object()) {
        const json& options = params["initializationOptions"];
        apply_settings(options.contains("soat") ? options.at("soat") : options);
    }
    json capabilities = {
        {"positionEncoding", encoding_name(encoding_)},
        {"textDocumentSync", {{"openClose", true}, {"change", 1}, {"save", {{"includeText", false}}}}},
        {"codeActionProvider", {{"codeActionKinds", json::array({"quickfix"})}}},
    };
    return {{"capabilities", capabilities}, {"serverInfo", {{"name", "soat"}, {"version", SOAT_VERSION}}}};
}

void Server::initialized() {
    if (watch_dynamic_) {
        json watchers = json::array({{{"globPattern", "**/*.docx"}}, {{"globPattern", "**/.soat.yml"}}});
        send_request("client/registerCapability",
                     {{"registrations", json::array({{{"id", "soat-watch"},
                                                      {"method", "workspace/didChangeWatchedFiles"},
                                                      {"registerOptions", {{"watchers", watchers}}}}})}},
                     [](const json&) {});
    }
    if (configuration_) request_configuration();
}

void Server::request_configuration() {
    send_request("workspace/configuration", {{"items", json::array({{{"section", "soat"}}})}},
                 [this](const json& result) {
                     if (result.is_array() && !result.empty() && result[0].is_object()) {
                         settings_ = {};
                         apply_settings(result[0]);
                         lint_all();
                     }
                 });
}

void Server::send_request(const std::string& method, json params, std::function<void(const json&)> on_result) {
    const int id = next_id_++;
    pending_[id] = std::move(on_result);
    send_({{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}});
}

void Server::apply_settings(const json& soat) {
    if (!soat.is_object()) return;
    if (soat.contains("profile") && soat["profile"].is_string()) {
        const std::string p = soat.at("profile").get<std::string>();
        if (p == "draft") settings_.profile = Profile::Draft;
        if (p == "final") settings_.profile = Profile::Final;
    }
    if (soat.contains("lang") && soat["lang"].is_string()) {
        const std::string l = soat.at("lang").get<std::string>();
        if (l == "vi") settings_.lang = Lang::Vi;
        if (l == "en") settings_.lang = Lang::En;
    }
    auto list = [&](const char* key, std::vector<std::string>& out) {
        if (!soat.contains(key) || !soat[key].is_array()) return;
        out.clear();
        for (const auto& v : soat[key]) {
            if (v.is_string()) out.push_back(v.get<std::string>());
        }
    };
    list("enable", settings_.enable);
    list("disable", settings_.disable);
}

void Server::did_open(const json& params) {
    const json& item = params.at("textDocument");
    Doc doc;
    doc.uri = item.at("uri").get<std::string>();
    doc.path = uri_to_path(doc.uri).value_or(doc.uri);
    const std::string name = lower(std::filesystem::path(doc.path).filename().string());
    const std::string language = item.value("languageId", "");
    if (name == ".soat.yml" || name == ".soat.yaml") {
        doc.kind = Kind::Config;
    } else if (ends_with(name, ".docx")) {
        doc.kind = Kind::Docx;
    } else if (ends_with(name, ".md") || ends_with(name, ".markdown") || language == "markdown") {
        doc.kind = Kind::Markdown;
    } else {
        doc.kind = Kind::Text;
    }
    if (doc.kind != Kind::Docx) doc.text = item.value("text", "");
    if (item.contains("version") && item.at("version").is_number_integer()) doc.version = item.at("version").get<int>();
    doc.open = true;
    Doc& stored = docs_[doc.uri] = std::move(doc);
    lint(stored);
}

void Server::watched_files(const json& params) {
    bool config_changed = false;
    for (const auto& change : params.value("changes", json::array())) {
        const std::string uri = change.at("uri").get<std::string>();
        const std::string path = uri_to_path(uri).value_or(uri);
        const std::string name = lower(std::filesystem::path(path).filename().string());
        const int type = change.value("type", 2);
        if (name == ".soat.yml" || name == ".soat.yaml") {
            config_changed = true;
        } else if (ends_with(name, ".docx")) {
            if (type == 3) {
                auto it = docs_.find(uri);
                Doc gone;
                gone.uri = uri;
                publish(it != docs_.end() ? it->second : gone, json::array());
                if (it != docs_.end()) docs_.erase(it);
                continue;
            }
            Doc& doc = docs_[uri];
            doc.uri = uri;
            doc.path = path;
            doc.kind = Kind::Docx;
            lint(doc);
        }
    }
    if (config_changed) {
        config_moved();
        lint_all();
    }
}

void Server::config_moved() {
    if (backend_.forget_config_locations) backend_.forget_config_locations();
}

std::optional<Clock::time_point> Server::tick(Clock::time_point now) {
    std::optional<Clock::time_point> next;
    for (auto& [uri, doc] : docs_) {
        if (!doc.due) continue;
        if (*doc.due <= now) {
            lint(doc);
        } else if (!next || *doc.due < *next) {
            next = doc.due;
        }
    }
    return next;
}

Result<config::Config> Server::config_for(const std::string& path) const {
    auto loaded = backend_.load_config(path);
    if (!loaded) return loaded;
    config::Config config = std::move(*loaded);
    if (settings_.profile) config.profile = *settings_.profile;
    if (settings_.lang) config.lang = *settings_.lang;
    for (const auto& id : settings_.enable) {
        config.enable.insert(id);
        config.disable.erase(id);
    }
    for (const auto& id : settings_.disable) {
        config.disable.insert(id);
        config.enable.erase(id);
    }
    return config;
}

void Server::lint_all() {
    for (auto& [uri, doc] : docs_) {
        if (doc.kind != Kind::Config) lint(doc);
    }
}

void Server::lint(Doc& doc) {
    doc.due.reset();
    doc.findings.clear();
    doc.document = {};
    auto problem = [&](const std::string& code, const std::string& text, int line) {
        json d = {{"range", {{"start", {{"line", line}, {"character", 0}}}, {"end", {{"line", line}, {"character", 0}}}}},
                  {"severity", 1},
                  {"source", "soat"},
                  {"code", code},
                  {"message", text}};
        publish(doc, json::array({d}));
    };
    if (doc.kind == Kind::Config) {
        if (auto error = backend_.check_config(doc.text, doc.path)) {
            problem(error->code, error->message, error_line(error->message, doc.path));
        } else {
            publish(doc, json::array());
        }
        return;
    }
    auto config = config_for(doc.path);
    if (!config) return problem(config.error().code, config.error().message, 0);
    auto rules = backend_.rules(config->pack_dirs);
    if (!rules) return problem(rules.error().code, rules.error().message, 0);
    Result<model::Document> read = doc.kind == Kind::Docx
                                       ? backend_.read_file(doc.path)
                                       : backend_.read_text(doc.text, doc.path,
                                                            doc.kind == Kind::Markdown ? model::Format::Markdown
                                                                                       : model::Format::Text);
    if (!read) return problem(read.error().code, read.error().message, 0);
    doc.document = std::move(*read);
    doc.lines.clear();
    if (doc.kind == Kind::Docx) {
        for (std::size_t i = 0; i < doc.document.paragraphs.size(); ++i) {
            doc.lines.push_back(doc.document.prefix(i) + doc.document.paragraphs[i].text);
        }
    } else {
        doc.lines = split_lines(doc.text);
    }
    for (Finding& f : engine::lint(doc.document, **rules, *config)) {
        if (!f.suppressed) doc.findings.push_back(std::move(f));
    }
    publish(doc, diagnostics_of(doc));
}

json Server::position_of(const Doc& doc, std::size_t paragraph, std::uint32_t offset) const {
    const auto pos = doc.document.position(paragraph, offset);
    const int line = std::max(pos.line - 1, 0);
    const auto column = static_cast<std::uint32_t>(std::max(pos.column - 1, 0));
    std::string_view text;
    if (static_cast<std::size_t>(line) < doc.lines.size()) text = doc.lines[line];
    return {{"line", line}, {"character", to_units(text, column, encoding_)}};
}

json Server::range_of(const Doc& doc, const std::optional<model::Range>& range) const {
    if (!range) return {{"start", {{"line", 0}, {"character", 0}}}, {"end", {{"line", 0}, {"character", 0}}}};
    return {{"start", position_of(doc, range->paragraph, range->begin)},
            {"end", position_of(doc, range->paragraph, range->end)}};
}

json Server::diagnostics_of(const Doc& doc) const {
    json out = json::array();
    for (const Finding& f : doc.findings) {
        json d = {{"range", range_of(doc, f.range)},
                  {"severity", lsp_severity(f.severity)},
                  {"source", "soat"},
                  {"code", f.rule},
                  {"message", f.message}};
        if (f.fix) d["data"] = {{"replacement", f.fix->replacement}, {"safe", f.fix->safe}};
        json related = json::array();
        for (const Related& r : f.related) {
            related.push_back({{"location", {{"uri", doc.uri}, {"range", range_of(doc, r.range)}}}, {"message", r.message}});
        }
        if (!related.empty()) d["relatedInformation"] = std::move(related);
        out.push_back(std::move(d));
    }
    return out;
}

void Server::publish(const Doc& doc, json diagnostics) {
    json params = {{"uri", doc.uri}, {"diagnostics", std::move(diagnostics)}};
    if (doc.version && doc.kind != Kind::Docx) params["version"] = *doc.version;
    send_({{"jsonrpc", "2.0"}, {"method", "textDocument/publishDiagnostics"}, {"params", std::move(params)}});
}

json Server::code_actions(const json& params) {
    json actions = json::array();
    auto it = docs_.find(params.at("textDocument").at("uri").get<std::string>());
    if (it == docs_.end() || (it->second.kind != Kind::Text && it->second.kind != Kind::Markdown)) return actions;
    const Doc& doc = it->second;
    const json& wanted = params.at("range");
    std::set<std::pair<std::string, int>> ignored;  // (rule, line) already offered
    for (const Finding& f : doc.findings) {
        const json range = range_of(doc, f.range);
        if (!touches(range, wanted)) continue;
        json diagnostic = {{"range", range}, {"severity", lsp_severity(f.severity)}, {"source", "soat"},
                           {"code", f.rule}, {"message", f.message}};
        if (f.fix && f.range) {
            actions.push_back({{"title", "Sửa: “" + f.fix->replacement + "” (" + f.rule + ")"},
                               {"kind", "quickfix"},
                               {"diagnostics", json::array({diagnostic})},
                               {"isPreferred", f.fix->safe},
                               {"edit", {{"changes", {{doc.uri, json::array({{{"range", range},
                                                                              {"newText", f.fix->replacement}}})}}}}}});
        }
        const int line = range.at("start").at("line").get<int>();
        if (!ignored.insert({f.rule, line}).second) continue;
        const json at = {{"line", line}, {"character", 0}};
        actions.push_back({{"title", "Bỏ qua " + f.rule + " ở đây"},
                           {"kind", "quickfix"},
                           {"diagnostics", json::array({diagnostic})},
                           {"edit", {{"changes", {{doc.uri, json::array({{{"range", {{"start", at}, {"end", at}}},
                                                                          {"newText", "<!-- soat-ignore " + f.rule +
                                                                                          ": lý do -->\n"}}})}}}}}});
    }
    return actions;
}

void handle_body(Server& server, const std::string& body, std::ostream& out, Clock::time_point now) {
    const json message = json::parse(valid_utf8(body), nullptr, false);
    if (message.is_discarded()) {
        write_message(out, {{"jsonrpc", "2.0"}, {"id", nullptr}, {"error", {{"code", kParseError}, {"message", "invalid JSON"}}}});
        return;
    }
    try {
        server.handle(message, now);
    } catch (const json::exception& e) {  // a message with the wrong shape
        if (message.contains("id") && message.contains("method")) {
            write_message(out, {{"jsonrpc", "2.0"}, {"id", message["id"]},
                                {"error", {{"code", kInvalidRequest}, {"message", e.what()}}}});
        }
    }
}

int serve(std::istream& in, std::ostream& out, Backend backend) {
    std::mutex mutex;
    std::condition_variable ready;
    std::deque<std::optional<std::string>> queue;  // nullopt: end of input

    // Reads until `exit` or end of input so that the thread always ends.
    std::thread reader([&] {
        while (true) {
            auto body = read_message(in);
            bool last = !body;
            if (body) {
                const json peek = json::parse(*body, nullptr, false);
                last = peek.is_object() && peek.value("method", "") == "exit";
            }
            {
                std::lock_guard lock(mutex);
                queue.push_back(std::move(body));
                if (last && queue.back()) queue.push_back(std::nullopt);
            }
            ready.notify_one();
            if (last) return;
        }
    });

    Server server(std::move(backend), [&](const json& message) { write_message(out, message); });
    std::optional<Clock::time_point> deadline;
    while (!server.exited()) {
        std::optional<std::string> body;
        bool have = false;
        {
            std::unique_lock lock(mutex);
            auto pred = [&] { return !queue.empty(); };
            have = deadline ? ready.wait_until(lock, *deadline, pred) : (ready.wait(lock, pred), true);
            if (have) {
                body = std::move(queue.front());
                queue.pop_front();
            }
        }
        if (have && !body) break;  // end of input without exit
        if (have) handle_body(server, *body, out, Clock::now());
        deadline = server.tick(Clock::now());
    }
    reader.join();
    return server.exited() ? server.exit_code() : 1;
}

}  // namespace soat::lsp
