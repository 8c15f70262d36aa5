// libFuzzer target: the language server's message loop. The input is a stream of
// Content-Length framed messages; each body goes through handle_body() as serve() does, then
// pending lints run. Files are never read: a .docx URI reads as an error, configuration is the default.
#include "lsp/server.hpp"
#include "lsp/transport.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    soat::lsp::Backend backend = soat::lsp::default_backend();
    backend.read_file = [](const std::string&) -> soat::Result<soat::model::Document> {
        return soat::Error{"E101", "fuzz: no files"};
    };
    backend.load_config = [](const std::string&) -> soat::Result<soat::config::Config> { return soat::config::Config{}; };
    backend.forget_config_locations = [] {};
    soat::lsp::Server server(backend, [](const nlohmann::json&) {});
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    std::ostringstream out;
    auto now = soat::lsp::Clock::time_point{};
    for (int n = 0; n < 64 && !server.exited(); ++n) {
        const auto body = soat::lsp::read_message(in);
        if (!body) break;
        soat::lsp::handle_body(server, *body, out, now);
        now += std::chrono::seconds(1);
        server.tick(now);
    }
    return 0;
}
