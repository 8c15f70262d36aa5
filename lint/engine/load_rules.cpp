// Loads the built-in rule packs and extra pack directories, and binds each rule to its kind.
#include <soat/engine.hpp>

#include "engine/embedded_rules.hpp"
#include "engine/rule_file.hpp"
#include "engine/rule_spec_codec.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string_view>
#include <utility>

namespace soat::engine {

namespace {

// Rules by id, in id order.
using RulesById = std::map<std::string, Rule>;

Result<bool> add_rule(Result<RuleSpec> spec, const std::string& source, RulesById& rules) {
    if (!spec) return spec.error();
    const std::string stem = std::filesystem::path(source).stem().string();
    if (stem != spec->id) {
        return Error{"E203", fmt::format("{}: the file name must be the rule id '{}'", source, spec->id)};
    }
    const Kind* kind = find_kind(spec->kind);
    if (kind == nullptr) return Error{"E203", fmt::format("{}: unknown kind '{}'", source, spec->kind)};
    // A factory reads its params as it needs them: a value of the wrong type (`width: abc`)
    // throws, and is the pack's error, not a crash.
    Result<std::unique_ptr<Check>> check = Error{"E203", ""};
    try {
        check = kind->make(*spec);
    } catch (const std::exception& e) {
        return Error{"E203", fmt::format("{}: params: {}", source, e.what())};
    }
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
    for (std::string_view specs = embedded_rule_specs(); !specs.empty();) {
        RuleSpec spec = decode_rule_spec(specs);
        const std::string source = spec.source;
        auto added = add_rule(std::move(spec), source, by_id);
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
            auto added = add_rule(parse_rule_file(buffer.str(), file.string()), file.string(), by_id);
            if (!added) return added.error();
        }
    }
    std::vector<Rule> rules;
    rules.reserve(by_id.size());
    for (auto& [id, rule] : by_id) rules.push_back(std::move(rule));
    return rules;
}

}  // namespace soat::engine
