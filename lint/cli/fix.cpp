// `soat fix IN -o OUT`: applies the safe fixes to a copy and lists the findings left.
#include "annotate/annotate.hpp"

#include <soat/engine.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>

namespace soat::cli {

bool lint_for_editing(const std::string& path, const std::string& config_path, const std::string& profile,
                      const std::string& lang, const std::vector<std::string>& enable,
                      const std::vector<std::string>& disable, model::Document& document,
                      std::vector<Finding>& findings, config::Config& config);

void add_fix_command(CLI::App& app, int& status) {
    auto* cmd = app.add_subcommand("fix", "Apply the safe fixes to a copy; report the rest");
    struct Options {
        std::string in, out, config, profile, lang;
        std::vector<std::string> enable, disable;
    };
    auto opt = std::make_shared<Options>();
    cmd->add_option("IN", opt->in, "The document to fix (.docx, .txt, .md)")->required();
    cmd->add_option("-o,--output", opt->out, "The fixed copy to write")->required();
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
        auto result = annotate::fix_file(opt->in, opt->out, document, findings);
        if (!result) {
            fmt::print(stderr, "soat: {} {}\n", result.error().code, result.error().message);
            status = 2;
            return;
        }
        auto where = [&](const Finding& f) {
            if (!f.range) return std::string("-");
            const auto p = document.position(f.range->paragraph, f.range->begin);
            return fmt::format("{}:{}", p.line, p.column);
        };
        for (const Finding* f : result->applied) {
            fmt::print("fixed    {}:{} [{}] → {}\n", opt->in, where(*f), f->rule, f->fix->replacement);
        }
        for (const Finding* f : result->skipped) {
            fmt::print("not safe {}:{} [{}] {} (gợi ý: {})\n", opt->in, where(*f), f->rule, f->message,
                       f->fix->replacement);
        }
        std::size_t rest = 0;
        for (const Finding& f : findings) rest += !f.suppressed && !f.fix;
        fmt::print(stderr, "soat: {} fixed, {} fixes left to review, {} findings without a fix; wrote {}\n",
                   result->applied.size(), result->skipped.size(), rest, opt->out);
        status = 0;
    });
}

}  // namespace soat::cli
