// `soat annotate IN.docx -o OUT.docx`: every finding as a Word comment in a copy of the document.
#include "annotate/annotate.hpp"
#include "cli/editing.hpp"

#include <soat/engine.hpp>
#include <soat/reader.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>

namespace soat::cli {

void add_annotate_command(CLI::App& app, int& status) {
    auto* cmd = app.add_subcommand("annotate", "Write every finding into a copy of a .docx as a Word comment");
    auto opt = std::make_shared<EditingOptions>();
    add_editing_options(cmd, *opt, "The .docx to review", "The annotated copy to write");
    cmd->callback([opt, &status] {
        model::Document document;
        std::vector<Finding> findings;
        config::Config config;
        if (!lint_for_editing(*opt, document, findings, config)) {
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
