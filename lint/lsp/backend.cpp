#include "lsp/backend.hpp"

#include <soat/reader.hpp>

#include "engine/config_parse.hpp"

#include <filesystem>
#include <map>

namespace soat::lsp {

Backend default_backend() {
    Backend b;
    b.read_text = [](std::string_view text, const std::string& path, model::Format format) {
        return soat::read_text(text, path, format);
    };
    b.read_file = [](const std::string& path) { return soat::read_document(path); };
    b.load_config = [](const std::string& path) { return engine::load_config(path); };
    b.forget_config_locations = [] { engine::forget_config_locations(); };
    b.check_config = [](std::string_view text, const std::string& path) -> std::optional<Error> {
        auto parsed = engine::parse_config(text, path, std::filesystem::path(path).parent_path().string());
        if (parsed) return std::nullopt;
        return parsed.error();
    };
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
