// Loads the built-in rule packs and extra pack directories, and binds each rule to its kind.
#include <soat/engine.hpp>

#include "engine/rule_file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string_view>
#include <utility>

namespace soat::engine {

const std::vector<std::pair<std::string_view, std::string_view>>& embedded_rule_files();

namespace {

// Rules by id. A node map, because assigning a RuleSpec merges the memory of its YAML params:
// sorting a vector of rules cost a fifth of start-up.
using RulesById = std::map<std::string, Rule>;

Result<bool> add_rule(std::string_view text, const std::string& source, RulesById& rules) {
    auto spec = parse_rule_file(text, source);
    if (!spec) return spec.error();
    const std::string stem = std::filesystem::path(source).stem().string();
    if (stem != spec->id) {
        return Error{"E203", fmt::format("{}: the file name must be the rule id '{}'", source, spec->id)};
    }
    const Kind* kind = find_kind(spec->kind);
    if (kind == nullptr) return Error{"E203", fmt::format("{}: unknown kind '{}'", source, spec->kind)};
    auto check = kind->make(*spec);
    if (!check) return Error{"E203", fmt::format("{}: {}", source, check.error().message)};
    // A later pack overrides a built-in rule of the same id.
    const std::string id = spec->id;
    rules.erase(id);
    rules.emplace(id, Rule{std::move(*spec), std::move(*check)});
    return true;
}

}  // namespace

Result<std::vector<Rule>> load_rules(const std::vector<std::string>& extra_dirs) {
    RulesById by_id;
    for (const auto& [name, text] : embedded_rule_files()) {
        auto added = add_rule(text, "rules/" + std::string(name), by_id);
        if (!added) return added.error();
    }
    for (const std::string& dir : extra_dirs) {
        std::error_code ec;
        if (!std::filesystem::is_directory(dir, ec)) {
            return Error{"E203", fmt::format("{}: rule pack directory not found", dir)};
        }
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(dir, ec)) {
            if (entry.is_regular_file() && entry.path().extension() == ".yml") files.push_back(entry.path());
        }
        std::sort(files.begin(), files.end());
        for (const auto& file : files) {
            std::ifstream in(file, std::ios::binary);
            std::stringstream buffer;
            buffer << in.rdbuf();
            auto added = add_rule(buffer.str(), file.string(), by_id);
            if (!added) return added.error();
        }
    }
    std::vector<Rule> rules;
    rules.reserve(by_id.size());
    for (auto& [id, rule] : by_id) rules.push_back(std::move(rule));
    return rules;
}

}  // namespace soat::engine
