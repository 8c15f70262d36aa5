// Shared by `soat annotate` and `soat fix`: their options, and reading + linting one document.
#include "cli/editing.hpp"

#include <soat/engine.hpp>
#include <soat/reader.hpp>

#include <fmt/format.h>

#include <cstdio>

namespace soat::cli {

void add_editing_options(CLI::App* cmd, EditingOptions& o, const std::string& in_help, const std::string& out_help) {
    cmd->add_option("IN", o.in, in_help)->required();
    cmd->add_option("-o,--output", o.out, out_help)->required();
    cmd->add_option("--config", o.config, "Configuration file (default: nearest .soat.yml)");
    cmd->add_option("--profile", o.profile, "draft or final")->check(CLI::IsMember({"draft", "final"}));
    cmd->add_option("--kind", o.kind, "Treat the document as this kind instead of classifying it")
        ->check(CLI::IsMember(engine::document_kind_names()));
    cmd->add_option("--lang", o.lang, "vi or en")->check(CLI::IsMember({"vi", "en"}));
    cmd->add_option("--enable", o.enable, "Rules or packs to switch on");
    cmd->add_option("--disable", o.disable, "Rules or packs to switch off");
}

// Reads `path`, lints it with its configuration and the options; prints errors, returns false.
bool lint_for_editing(const EditingOptions& o, model::Document& document, std::vector<Finding>& findings,
                      config::Config& config) {
    const std::string& path = o.in;
    auto read = read_document(path);
    if (!read) {
        fmt::print(stderr, "soat: {} {}\n", read.error().code, read.error().message);
        return false;
    }
    auto loaded = engine::load_config(path, o.config);
    if (!loaded) {
        fmt::print(stderr, "soat: {} {}\n", loaded.error().code, loaded.error().message);
        return false;
    }
    config = *loaded;
    if (o.profile == "final") config.profile = Profile::Final;
    if (o.profile == "draft") config.profile = Profile::Draft;
    if (!o.kind.empty()) config.kind = o.kind;
    if (o.lang == "en") config.lang = Lang::En;
    if (o.lang == "vi") config.lang = Lang::Vi;
    for (const auto& id : o.enable) config.enable.insert(id);
    for (const auto& id : o.disable) config.disable.insert(id);
    auto rules = engine::load_rules(config.pack_dirs);
    if (!rules) {
        fmt::print(stderr, "soat: {} {}\n", rules.error().code, rules.error().message);
        return false;
    }
    document = std::move(*read);
    findings = engine::lint(document, *rules, config);
    return true;
}

}  // namespace soat::cli
