// The language server driven through framed streams and through its message handler.
#include "lsp/positions.hpp"
#include "lsp/server.hpp"
#include "lsp/transport.hpp"
#include "lsp/uri.hpp"
#include "unit/lsp_support.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using nlohmann::json;
using namespace soat;

namespace {

// "📌" is outside the BMP: one code point, two UTF-16 units, four UTF-8 bytes.
const std::string kDraft =
    "# Báo cáo tình hình kinh tế\n"
    "\n"
    "📌 Ủy ban nhân dân tỉnh báo cáo quý VI năm 2024 như sau.\n";
const std::string kUri = "file:///tmp/d%E1%BB%B1%20th%E1%BA%A3o.md";  // "dự thảo.md"

std::string frame(const json& message) {
    std::ostringstream out;
    lsp::write_message(out, message);
    return out.str();
}

json request(int id, const std::string& method, json params) {
    return {{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}};
}

json notification(const std::string& method, json params) {
    return {{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

json initialize(json encodings) {
    json caps = json::object();
    if (!encodings.is_null()) caps["general"] = {{"positionEncodings", encodings}};
    return request(1, "initialize", {{"processId", nullptr}, {"rootUri", nullptr}, {"capabilities", caps}});
}

json did_open(const std::string& uri, const std::string& language, const std::string& text) {
    return notification("textDocument/didOpen",
                        {{"textDocument", {{"uri", uri}, {"languageId", language}, {"version", 1}, {"text", text}}}});
}

// Runs a whole session through serve(); returns the server's messages and exit code.
std::vector<json> session(const std::vector<json>& messages, int* code = nullptr) {
    std::string input;
    for (const auto& m : messages) input += frame(m);
    std::istringstream in(input);
    std::ostringstream out;
    const int status = lsp::serve(in, out, test::test_backend());
    if (code) *code = status;
    std::istringstream replies(out.str());
    std::vector<json> result;
    while (auto body = lsp::read_message(replies)) result.push_back(json::parse(*body));
    return result;
}

const json* find_reply(const std::vector<json>& replies, int id) {
    for (const auto& r : replies) {
        if (r.contains("id") && r["id"] == id && !r.contains("method")) return &r;
    }
    return nullptr;
}

std::vector<json> published(const std::vector<json>& replies, const std::string& uri) {
    std::vector<json> out;
    for (const auto& r : replies) {
        if (r.value("method", "") == "textDocument/publishDiagnostics" && r["params"]["uri"] == uri) {
            out.push_back(r["params"]);
        }
    }
    return out;
}

json code_action_request(int id, int line, int character) {
    const json at = {{"line", line}, {"character", character}};
    return request(id, "textDocument/codeAction",
                   {{"textDocument", {{"uri", kUri}}}, {"range", {{"start", at}, {"end", at}}},
                    {"context", {{"diagnostics", json::array()}}}});
}

}  // namespace

TEST_CASE("lsp positions convert code points to the negotiated unit", "[lsp]") {
    const std::string line = "📌 quý VI";
    CHECK(lsp::to_units(line, 2, lsp::Encoding::Utf32) == 2);
    CHECK(lsp::to_units(line, 2, lsp::Encoding::Utf16) == 3);
    CHECK(lsp::to_units(line, 2, lsp::Encoding::Utf8) == 5);
    CHECK(lsp::to_units(line, 5, lsp::Encoding::Utf8) == 9);  // "quý": ý takes two bytes
    CHECK(lsp::to_code_points(line, 3, lsp::Encoding::Utf16) == 2);
    CHECK(lsp::to_code_points(line, 1, lsp::Encoding::Utf16) == 0);  // inside the surrogate pair
    CHECK(lsp::to_units(line, 20, lsp::Encoding::Utf16) == 10 + 11);  // past the end
}

TEST_CASE("lsp file URIs decode percent-encoded UTF-8", "[lsp]") {
    CHECK(lsp::uri_to_path(kUri) == std::optional<std::string>("/tmp/dự thảo.md"));
    CHECK(lsp::path_to_uri("/tmp/dự thảo.md") == kUri);
    CHECK_FALSE(lsp::uri_to_path("untitled:Untitled-1"));
}

TEST_CASE("lsp session: initialize, diagnostics in UTF-16, code actions, shutdown", "[lsp]") {
    int code = -1;
    const auto replies = session({initialize(nullptr), notification("initialized", json::object()),
                                  did_open(kUri, "markdown", kDraft), code_action_request(2, 2, 33),
                                  request(3, "shutdown", nullptr), notification("exit", nullptr)},
                                 &code);
    CHECK(code == 0);
    const json* init = find_reply(replies, 1);
    REQUIRE(init != nullptr);
    CHECK((*init)["result"]["capabilities"]["positionEncoding"] == "utf-16");
    CHECK((*init)["result"]["capabilities"]["textDocumentSync"]["change"] == 1);

    const auto diags = published(replies, kUri);
    REQUIRE(diags.size() == 1);
    REQUIRE(diags[0]["diagnostics"].size() == 1);
    const json& d = diags[0]["diagnostics"][0];
    CHECK(d["code"] == "invalid-period");
    CHECK(d["severity"] == 1);
    CHECK(d["message"] == "Quý VI không tồn tại (chỉ có quý I–IV)");
    // "quý" starts at code point 31 of line 3; the pin before it is two UTF-16 units.
    CHECK(d["range"]["start"] == json({{"line", 2}, {"character", 32}}));
    CHECK(d["range"]["end"] == json({{"line", 2}, {"character", 38}}));

    const json* actions = find_reply(replies, 2);
    REQUIRE(actions != nullptr);
    REQUIRE((*actions)["result"].size() == 2);
    const json& fix = (*actions)["result"][0];
    CHECK(fix["kind"] == "quickfix");
    const json& edit = fix["edit"]["changes"][kUri][0];
    CHECK(edit["newText"] == "quý IV");
    CHECK(edit["range"] == d["range"]);
    const json& ignore = (*actions)["result"][1]["edit"]["changes"][kUri][0];
    CHECK(ignore["newText"] == "<!-- soat-ignore invalid-period: lý do -->\n");
    CHECK(ignore["range"]["start"] == json({{"line", 2}, {"character", 0}}));

    const json* shutdown = find_reply(replies, 3);
    REQUIRE(shutdown != nullptr);
    CHECK(shutdown->contains("result"));
    CHECK((*shutdown)["result"].is_null());
}

TEST_CASE("lsp honours utf-8 and utf-32 when the client offers them", "[lsp]") {
    auto start_of = [](json encodings) {
        const auto replies = session({initialize(std::move(encodings)), did_open(kUri, "markdown", kDraft),
                                      request(3, "shutdown", nullptr), notification("exit", nullptr)});
        const auto diags = published(replies, kUri);
        REQUIRE(diags.size() == 1);
        REQUIRE(diags[0]["diagnostics"].size() == 1);
        return std::make_pair(find_reply(replies, 1)->at("result")["capabilities"]["positionEncoding"],
                              diags[0]["diagnostics"][0]["range"]["start"]["character"].get<int>());
    };
    auto [name8, col8] = start_of(json::array({"utf-8", "utf-16"}));
    CHECK(name8 == "utf-8");
    // UTF-8 bytes before "quý".
    CHECK(col8 == static_cast<int>(std::string("📌 Ủy ban nhân dân tỉnh báo cáo ").size()));
    auto [name32, col32] = start_of(json::array({"utf-16", "utf-32"}));
    CHECK(name32 == "utf-32");
    CHECK(col32 == 31);
}

TEST_CASE("lsp debounces changes and publishes on open at once", "[lsp]") {
    std::vector<json> sent;
    lsp::Server server(test::test_backend(), [&](const json& m) { sent.push_back(m); });
    const auto t0 = lsp::Clock::now();
    server.handle(initialize(nullptr), t0);
    server.handle(did_open(kUri, "markdown", "Không có gì.\n"), t0);
    REQUIRE(published(sent, kUri).size() == 1);
    CHECK(published(sent, kUri)[0]["diagnostics"].empty());

    auto change = [&](const std::string& text, int version, lsp::Clock::time_point at) {
        server.handle(notification("textDocument/didChange",
                                   {{"textDocument", {{"uri", kUri}, {"version", version}}},
                                    {"contentChanges", json::array({{{"text", text}}})}}),
                      at);
    };
    using std::chrono::milliseconds;
    change("Báo cáo quý V", 2, t0 + milliseconds(10));
    change("Báo cáo quý VI năm nay", 3, t0 + milliseconds(100));
    auto next = server.tick(t0 + milliseconds(200));
    CHECK(published(sent, kUri).size() == 1);  // still typing
    REQUIRE(next);
    CHECK(*next == t0 + milliseconds(100) + lsp::Server::kDebounce);
    CHECK_FALSE(server.tick(t0 + milliseconds(400)));
    const auto diags = published(sent, kUri);
    REQUIRE(diags.size() == 2);
    CHECK(diags[1]["version"] == 3);
    REQUIRE(diags[1]["diagnostics"].size() == 1);
    CHECK(diags[1]["diagnostics"][0]["range"]["start"] == json({{"line", 0}, {"character", 8}}));
}

TEST_CASE("lsp reports .soat.yml errors on the named line", "[lsp]") {
    std::vector<json> sent;
    auto backend = test::test_backend();
    backend.check_config = [](std::string_view text, const std::string& path) -> std::optional<Error> {
        if (text.find("profil:") == std::string_view::npos) return std::nullopt;
        return Error{"E202", path + ":2: unknown key 'profil'"};
    };
    lsp::Server server(backend, [&](const json& m) { sent.push_back(m); });
    const std::string uri = "file:///tmp/proj/.soat.yml";
    server.handle(initialize(nullptr), lsp::Clock::now());
    server.handle(did_open(uri, "yaml", "lang: vi\nprofil: final\n"), lsp::Clock::now());
    auto diags = published(sent, uri);
    REQUIRE(diags.size() == 1);
    REQUIRE(diags[0]["diagnostics"].size() == 1);
    CHECK(diags[0]["diagnostics"][0]["code"] == "E202");
    CHECK(diags[0]["diagnostics"][0]["range"]["start"]["line"] == 1);
    CHECK(diags[0]["diagnostics"][0]["message"].get<std::string>().find("/tmp/proj/.soat.yml") == 0);
}

TEST_CASE("lsp applies workspace/configuration settings over .soat.yml", "[lsp]") {
    std::vector<json> sent;
    lsp::Server server(test::test_backend(), [&](const json& m) { sent.push_back(m); });
    json init = initialize(nullptr);
    init["params"]["capabilities"]["workspace"] = {{"configuration", true}};
    server.handle(init, lsp::Clock::now());
    server.handle(did_open(kUri, "markdown", kDraft), lsp::Clock::now());
    server.handle(notification("initialized", json::object()), lsp::Clock::now());
    const json* ask = nullptr;
    for (const auto& m : sent) {
        if (m.value("method", "") == "workspace/configuration") ask = &m;
    }
    REQUIRE(ask != nullptr);
    CHECK((*ask)["params"]["items"][0]["section"] == "soat");
    const json answer = {{"jsonrpc", "2.0"}, {"id", (*ask)["id"]},
                         {"result", json::array({{{"disable", json::array({"invalid-period"})}}})}};
    server.handle(answer, lsp::Clock::now());
    const auto diags = published(sent, kUri);
    REQUIRE(diags.size() == 2);
    CHECK(diags[0]["diagnostics"].size() == 1);
    CHECK(diags[1]["diagnostics"].empty());
}

TEST_CASE("lsp lints .docx files on open and when watched files change", "[lsp]") {
    std::vector<json> sent;
    auto backend = test::test_backend();
    backend.read_file = [](const std::string& path) -> Result<model::Document> {
        if (path != "/tmp/báo cáo.docx") return Error{"E101", "cannot open " + path};
        auto doc = test::lines_document("Mở đầu\nKết quả quý VI", path, model::Format::Docx);
        doc.paragraphs[1].cell = model::CellRef{1, 2, 3};
        return doc;
    };
    lsp::Server server(backend, [&](const json& m) { sent.push_back(m); });
    server.handle(initialize(nullptr), lsp::Clock::now());
    const std::string uri = lsp::path_to_uri("/tmp/báo cáo.docx");
    server.handle(notification("workspace/didChangeWatchedFiles",
                               {{"changes", json::array({{{"uri", uri}, {"type", 2}}})}}),
                  lsp::Clock::now());
    auto diags = published(sent, uri);
    REQUIRE(diags.size() == 1);
    REQUIRE(diags[0]["diagnostics"].size() == 1);
    // Line 2 of `soat extract`: "[bảng 1, dòng 2, cột 3] Kết quả quý VI".
    const int prefix = static_cast<int>(utf8::length("[bảng 1, dòng 2, cột 3] "));
    CHECK(diags[0]["diagnostics"][0]["range"]["start"] == json({{"line", 1}, {"character", prefix + 8}}));

    const std::string missing = lsp::path_to_uri("/tmp/khác.docx");
    server.handle(did_open(missing, "plaintext", "PK\x03\x04"), lsp::Clock::now());
    diags = published(sent, missing);
    REQUIRE(diags.size() == 1);
    CHECK(diags[0]["diagnostics"][0]["code"] == "E101");

    server.handle(notification("workspace/didChangeWatchedFiles",
                               {{"changes", json::array({{{"uri", uri}, {"type", 3}}})}}),
                  lsp::Clock::now());
    diags = published(sent, uri);
    REQUIRE(diags.size() == 2);
    CHECK(diags[1]["diagnostics"].empty());
}

TEST_CASE("lsp looks for configurations afresh when a .soat.yml is created or saved", "[lsp]") {
    std::vector<json> sent;
    auto backend = test::test_backend();
    int forgotten = 0;
    backend.forget_config_locations = [&] { ++forgotten; };
    lsp::Server server(backend, [&](const json& m) { sent.push_back(m); });
    server.handle(initialize(nullptr), lsp::Clock::now());
    const std::string config = lsp::path_to_uri("/tmp/du-thao/.soat.yml");
    server.handle(notification("workspace/didChangeWatchedFiles", {{"changes", json::array({{{"uri", config}, {"type", 1}}})}}),
                  lsp::Clock::now());
    CHECK(forgotten == 1);
    server.handle(did_open(config, "yaml", "profile: final\n"), lsp::Clock::now());
    server.handle(notification("textDocument/didSave", {{"textDocument", {{"uri", config}}}}), lsp::Clock::now());
    CHECK(forgotten == 2);
    const std::string draft = lsp::path_to_uri("/tmp/du-thao/bao-cao.docx");
    server.handle(notification("workspace/didChangeWatchedFiles", {{"changes", json::array({{{"uri", draft}, {"type", 2}}})}}),
                  lsp::Clock::now());
    CHECK(forgotten == 2);  // a draft changing is not a configuration change
}

TEST_CASE("lsp rejects requests before initialize and survives bad input", "[lsp]") {
    int code = -1;
    std::string input = frame(request(7, "textDocument/codeAction", json::object()));
    input += "Content-Length: 5\r\n\r\n{oops";
    input += frame(initialize(nullptr));
    input += frame(request(8, "textDocument/codeAction", {{"textDocument", 5}}));  // wrong shape
    input += frame(request(9, "no/such", json::object()));
    input += frame(notification("exit", nullptr));
    std::istringstream in(input);
    std::ostringstream out;
    code = lsp::serve(in, out, test::test_backend());
    CHECK(code == 1);  // exit without shutdown
    std::istringstream replies(out.str());
    std::vector<json> got;
    while (auto body = lsp::read_message(replies)) got.push_back(json::parse(*body));
    REQUIRE(got.size() == 5);
    CHECK(got[0]["error"]["code"] == -32002);
    CHECK(got[1]["error"]["code"] == -32700);
    CHECK(got[3]["error"]["code"] == -32600);
    CHECK(got[4]["error"]["code"] == -32601);
}

TEST_CASE("lsp with the real readers and configuration", "[lsp]") {
    auto backend = lsp::default_backend();
    backend.rules = [rules = test::quarter_rules()](const std::vector<std::string>&) -> Result<lsp::Rules> {
        return rules;
    };
    std::vector<json> sent;
    lsp::Server server(backend, [&](const json& m) { sent.push_back(m); });
    server.handle(initialize(nullptr), lsp::Clock::now());

    // Markdown: "## " and "**" are left out of the text, positions stay those of the file.
    const std::string uri = "file:///nonexistent-soat-dir/bao-cao.md";
    server.handle(did_open(uri, "markdown", "# Báo cáo\n\n📌 Kết quả **quý VI** năm 2024.\n"), lsp::Clock::now());
    auto diags = published(sent, uri);
    REQUIRE(diags.size() == 1);
    REQUIRE(diags[0]["diagnostics"].size() == 1);
    CHECK(diags[0]["diagnostics"][0]["range"]["start"] == json({{"line", 2}, {"character", 13}}));

    const std::string config = "file:///nonexistent-soat-dir/.soat.yml";
    server.handle(did_open(config, "yaml", "profile: draft\nlang: vi\nprofil: final\n"), lsp::Clock::now());
    diags = published(sent, config);
    REQUIRE(diags.size() == 1);
    REQUIRE(diags[0]["diagnostics"].size() == 1);
    CHECK(diags[0]["diagnostics"][0]["code"] == "E202");
    CHECK(diags[0]["diagnostics"][0]["range"]["start"]["line"] == 2);
    server.handle(notification("textDocument/didChange",
                               {{"textDocument", {{"uri", config}, {"version", 2}}},
                                {"contentChanges", json::array({{{"text", "profile: final\n"}}})}}),
                  lsp::Clock::now());
    server.tick(lsp::Clock::now() + lsp::Server::kDebounce);
    diags = published(sent, config);
    REQUIRE(diags.size() == 2);
    CHECK(diags[1]["diagnostics"].empty());
}

TEST_CASE("lsp reads a buffer with invalid UTF-8 instead of dropping the message", "[lsp]") {
    std::string input = frame(initialize(nullptr));
    const std::string open = R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":")" + kUri +
                             R"(","languageId":"markdown","version":1,"text":"quý VI )" + "\xff" + R"("}}})";
    input += "Content-Length: " + std::to_string(open.size()) + "\r\n\r\n" + open;
    input += frame(notification("exit", nullptr));
    std::istringstream in(input);
    std::ostringstream out;
    lsp::serve(in, out, test::test_backend());
    std::istringstream replies(out.str());
    std::vector<json> got;
    while (auto body = lsp::read_message(replies)) got.push_back(json::parse(*body));
    const auto diags = published(got, kUri);
    REQUIRE(diags.size() == 1);
    CHECK(diags[0]["diagnostics"].size() == 1);
}

TEST_CASE("lsp: a message of the wrong shape is answered or dropped, and the server goes on", "[lsp]") {
    // Found by fuzz_lsp: a didChange without its uri, a request whose params are not objects.
    std::vector<json> sent;
    lsp::Server server(test::test_backend(), [&](const json& m) { sent.push_back(m); });
    std::ostringstream out;
    const auto t0 = lsp::Clock::now();
    lsp::handle_body(server, initialize(nullptr).dump(), out, t0);
    lsp::handle_body(server, R"({"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"version":2}}})",
                     out, t0);
    CHECK(out.str().empty());  // a notification gets no answer
    lsp::handle_body(server, R"({"jsonrpc":"2.0","id":7,"method":"textDocument/codeAction","params":{"textDocument":3}})",
                     out, t0);
    CHECK(out.str().find("\"id\":7") != std::string::npos);  // a request gets an error
    lsp::handle_body(server, "{not json", out, t0);
    CHECK(out.str().find("invalid JSON") != std::string::npos);
    server.handle(did_open(kUri, "markdown", "Không có gì.\n"), t0);
    CHECK(published(sent, kUri).size() == 1);
}

TEST_CASE("lsp: a notification missing a key it needs is dropped, not read past", "[lsp]") {
    // Found by fuzz_lsp under ASan: a didOpen without textDocument read freed memory.
    std::vector<json> sent;
    lsp::Server server(test::test_backend(), [&](const json& m) { sent.push_back(m); });
    std::ostringstream out;
    const auto t0 = lsp::Clock::now();
    lsp::handle_body(server, initialize(nullptr).dump(), out, t0);
    for (const char* body : {R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{}})",
                             R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{}}})",
                             R"({"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":5}})",
                             R"({"jsonrpc":"2.0","id":9,"params":{}})"}) {
        lsp::handle_body(server, body, out, t0);
    }
    server.handle(did_open(kUri, "markdown", "Không có gì.\n"), t0);
    CHECK(published(sent, kUri).size() == 1);
}
