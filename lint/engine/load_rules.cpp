// Loads the built-in rule packs and extra pack directories, and binds each rule to its kind.
#include <soat/engine.hpp>

#include "engine/rule_file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string_view>
#include <utility>

namespace soat::engine {

const std::vector<std::pair<std::string_view, std::string_view>>& embedded_rule_files();

namespace {

Result<bool> add_rule(std::string_view text, const std::string& source, std::vector<Rule>& rules,
                      std::set<std::string>& ids) {
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
    if (!ids.insert(spec->id).second) {
        // A later pack overrides a built-in rule of the same id.
        auto it = std::find_if(rules.begin(), rules.end(), [&](const Rule& r) { return r.spec.id == spec->id; });
        *it = Rule{std::move(*spec), std::move(*check)};
        return true;
    }
    rules.push_back(Rule{std::move(*spec), std::move(*check)});
    return true;
}

}  // namespace

Result<std::vector<Rule>> load_rules(const std::vector<std::string>& extra_dirs) {
    std::vector<Rule> rules;
    std::set<std::string> ids;
    for (const auto& [name, text] : embedded_rule_files()) {
        auto added = add_rule(text, "rules/" + std::string(name), rules, ids);
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
            auto added = add_rule(buffer.str(), file.string(), rules, ids);
            if (!added) return added.error();
        }
    }
    std::sort(rules.begin(), rules.end(), [](const Rule& a, const Rule& b) { return a.spec.id < b.spec.id; });
    return rules;
}

}  // namespace soat::engine
