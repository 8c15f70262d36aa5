// `soat annotate IN.docx -o OUT.docx`: every finding as a Word comment in a copy of the document.
#include "annotate/annotate.hpp"

#include <soat/engine.hpp>
#include <soat/reader.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>

namespace soat::cli {

// Reads `path`, lints it with its configuration and the options; prints errors, returns false.
bool lint_for_editing(const std::string& path, const std::string& config_path, const std::string& profile,
                      const std::string& lang, const std::vector<std::string>& enable,
                      const std::vector<std::string>& disable, model::Document& document,
                      std::vector<Finding>& findings, config::Config& config) {
    auto read = read_document(path);
    if (!read) {
        fmt::print(stderr, "soat: {} {}\n", read.error().code, read.error().message);
        return false;
    }
    auto loaded = engine::load_config(path, config_path);
    if (!loaded) {
        fmt::print(stderr, "soat: {} {}\n", loaded.error().code, loaded.error().message);
        return false;
    }
    config = *loaded;
    if (profile == "final") config.profile = Profile::Final;
    if (profile == "draft") config.profile = Profile::Draft;
    if (lang == "en") config.lang = Lang::En;
    if (lang == "vi") config.lang = Lang::Vi;
    for (const auto& id : enable) config.enable.insert(id);
    for (const auto& id : disable) config.disable.insert(id);
    auto rules = engine::load_rules(config.pack_dirs);
    if (!rules) {
        fmt::print(stderr, "soat: {} {}\n", rules.error().code, rules.error().message);
        return false;
    }
    document = std::move(*read);
    findings = engine::lint(document, *rules, config);
    return true;
}

void add_annotate_command(CLI::App& app, int& status) {
    auto* cmd = app.add_subcommand("annotate", "Write every finding into a copy of a .docx as a Word comment");
    struct Options {
        std::string in, out, config, profile, lang;
        std::vector<std::string> enable, disable;
    };
    auto opt = std::make_shared<Options>();
    cmd->add_option("IN", opt->in, "The .docx to review")->required();
    cmd->add_option("-o,--output", opt->out, "The annotated copy to write")->required();
    cmd->add_option("--config", opt->config, "Configuration file (default: nearest .soat.yml)");
    cmd->add_option("--profile", opt->profile, "draft or final")->check(CLI::IsMember({"draft", "final"}));
    cmd->add_option("--lang", opt->lang, "vi or en")->check(CLI::IsMember({"vi", "en"}));
    cmd->add_option("--enable", opt->enable, "Rules or packs to switch on");
    cmd->add_option("--disable", opt->disable, "Rules or packs to switch off");
    cmd->callback([opt, &status] {
        model::Document document;
        std::vector<Finding> findings;
        config::Config config;
        if (!lint_for_editing(opt->in, opt->config, opt->profile, opt->lang, opt->enable, opt->disable, document,
                              findings, config)) {
            status = 2;
            return;
        }
        if (document.format != model::Format::Docx) {
            fmt::print(stderr, "soat: E116 {}: annotate writes Word comments, it needs a .docx\n", opt->in);
            status = 2;
            return;
        }
        auto result = annotate::annotate_docx(opt->in, opt->out, document, findings, config.lang);
        if (!result) {
            fmt::print(stderr, "soat: {} {}\n", result.error().code, result.error().message);
            status = 2;
            return;
        }
        fmt::print(stderr, "soat: {} comments written to {} ({} on the first paragraph)\n",
                   result->anchored + result->fallback, opt->out, result->fallback);
        status = 0;
    });
}

}  // namespace soat::cli
