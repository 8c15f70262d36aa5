#include "lsp/backend.hpp"

#include <soat/reader.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <unistd.h>

namespace soat::lsp {

namespace {

// Validates a .soat.yml buffer by loading it from a private temporary copy; the copy's name is
// replaced by the buffer's in the message.
std::optional<Error> check_config_text(std::string_view text, const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path dir = fs::temp_directory_path(ec);
    if (ec) return std::nullopt;
    std::string tmpl = (dir / "soat-lsp-XXXXXX").string();
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0) return std::nullopt;
    ::close(fd);
    {
        std::ofstream out(tmpl, std::ios::binary);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
    }
    auto result = engine::load_config(path, tmpl);
    fs::remove(tmpl, ec);
    if (result) return std::nullopt;
    Error error = result.error();
    for (std::size_t at = error.message.find(tmpl); at != std::string::npos; at = error.message.find(tmpl)) {
        error.message.replace(at, tmpl.size(), path);
    }
    return error;
}

}  // namespace

Backend default_backend() {
    Backend b;
    b.read_text = [](std::string_view text, const std::string& path, model::Format format) {
        return soat::read_text(text, path, format);
    };
    b.read_file = [](const std::string& path) { return soat::read_document(path); };
    b.load_config = [](const std::string& path) { return engine::load_config(path); };
    b.check_config = check_config_text;
    b.rules = [cache = std::make_shared<std::map<std::vector<std::string>, Rules>>()](
                  const std::vector<std::string>& dirs) -> Result<Rules> {
        if (auto it = cache->find(dirs); it != cache->end()) return it->second;
        auto loaded = engine::load_rules(dirs);
        if (!loaded) return loaded.error();
        Rules rules = std::make_shared<const std::vector<engine::Rule>>(std::move(*loaded));
        cache->emplace(dirs, rules);
        return rules;
    };
    return b;
}

}  // namespace soat::lsp
