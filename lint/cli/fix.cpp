// `soat fix IN -o OUT`: applies the safe fixes to a copy and lists the findings left.
#include "annotate/annotate.hpp"
#include "cli/editing.hpp"

#include <soat/engine.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>

namespace soat::cli {

void add_fix_command(CLI::App& app, int& status) {
    auto* cmd = app.add_subcommand("fix", "Apply the safe fixes to a copy; report the rest");
    auto opt = std::make_shared<EditingOptions>();
    add_editing_options(cmd, *opt, "The document to fix (.docx, .txt, .md)", "The fixed copy to write");
    cmd->callback([opt, &status] {
        model::Document document;
        std::vector<Finding> findings;
        config::Config config;
        if (!lint_for_editing(*opt, document, findings, config)) {
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
