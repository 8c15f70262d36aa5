// What the language server needs from the rest of soat: readers, configuration, rules. The
// default backend calls the library; tests give their own.
#pragma once

#include <soat/config.hpp>
#include <soat/engine.hpp>
#include <soat/model.hpp>
#include <soat/result.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace soat::lsp {

using Rules = std::shared_ptr<const std::vector<engine::Rule>>;

struct Backend {
    // An in-memory .txt/.md buffer; `path` names it in locations.
    std::function<Result<model::Document>(std::string_view text, const std::string& path, model::Format)> read_text;
    // A document on disk (.docx).
    std::function<Result<model::Document>(const std::string& path)> read_file;
    // The configuration that applies to `path` (nearest .soat.yml upward, else defaults).
    std::function<Result<config::Config>(const std::string& path)> load_config;
    // A .soat.yml was created, saved or deleted: look for configurations afresh (may be empty).
    std::function<void()> forget_config_locations;
    // Errors in the text of a .soat.yml buffer named `path`; nullopt when it is valid.
    std::function<std::optional<Error>(std::string_view text, const std::string& path)> check_config;
    // Built-in rules plus extra pack directories.
    std::function<Result<Rules>(const std::vector<std::string>& pack_dirs)> rules;
};

Backend default_backend();

}  // namespace soat::lsp
