// `soat extract FILE`: the text as the rules see it, one paragraph per line in reading order,
// each with its position prefix; a DOCX finding's `line` is a line of this output. `--components`
// labels each line with the part of the document it is; `--format json` gives the kind and the
// labelled lines to a program.
#include "analysis/anatomy.hpp"
#include "cli/commands.hpp"

#include <soat/analysis.hpp>
#include <soat/engine.hpp>
#include <soat/reader.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <iterator>
#include <memory>

namespace soat::cli {

namespace {

std::string area_name(model::Area area) {
    switch (area) {
        case model::Area::Body: return "body";
        case model::Area::Footnote: return "footnote";
        case model::Area::Endnote: return "endnote";
        case model::Area::Header: return "header";
        case model::Area::Footer: return "footer";
    }
    return "body";
}

std::string line_text(const std::string& text) {
    std::string out;
    for (char c : text) out += c == '\t' || c == '\n' || c == '\r' || c == '\v' ? ' ' : c;
    return out;
}

std::string as_json(const model::Document& doc, const analysis::Anatomy& anatomy) {
    nlohmann::ordered_json paragraphs = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
        const auto& p = doc.paragraphs[i];
        nlohmann::ordered_json table = nullptr;
        if (p.cell) table = {{"index", p.cell->table}, {"row", p.cell->row}, {"column", p.cell->column}};
        paragraphs.push_back({{"line", i + 1},
                              {"paragraph", p.number > 0 ? nlohmann::ordered_json(p.number) : nlohmann::ordered_json(nullptr)},
                              {"part", p.part},
                              {"area", area_name(p.area)},
                              {"table", table},
                              {"text", line_text(p.text)},
                              {"component", std::string(anatomy.component(i))}});
    }
    const nlohmann::ordered_json out = {{"kind", std::string(analysis::kind_name(anatomy.kind))}, {"paragraphs", paragraphs}};
    return out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

int run_extract(const std::string& path, const std::string& stdin_name, const std::string& format, bool components,
                const std::string& kind) {
    Result<model::Document> doc = path == "-"
        ? read_document_bytes(std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()), stdin_name)
        : read_document(path);
    if (!doc.ok()) {
        std::fprintf(stderr, "soat: %s %s\n", doc.error().code.c_str(), doc.error().message.c_str());
        return kTrouble;
    }
    std::string out;
    if (format == "json" || components) {
        const analysis::Analysis analysis(*doc, kind);
        const auto& anatomy = analysis.get<analysis::Anatomy>();
        if (format == "json") {
            out = as_json(*doc, anatomy);
        } else {
            out = "# " + std::string(analysis::kind_name(anatomy.kind)) + "\n";
            for (std::size_t i = 0; i < doc->paragraphs.size(); ++i) {
                std::string label = "{" + std::string(anatomy.component(i)) + "}";
                label.resize(std::max<std::size_t>(label.size(), 19), ' ');
                out += label + " " + doc->prefix(i) + line_text(doc->paragraphs[i].text) + "\n";
            }
        }
    } else {
        for (std::size_t i = 0; i < doc->paragraphs.size(); ++i) out += doc->prefix(i) + line_text(doc->paragraphs[i].text) + "\n";
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return kClean;
}

}  // namespace

Runner add_extract(CLI::App& app) {
    auto path = std::make_shared<std::string>();
    auto stdin_name = std::make_shared<std::string>("<stdin>.txt");
    CLI::App* sub = app.add_subcommand("extract", "Print the text exactly as the rules see it, one paragraph per line");
    sub->add_option("file", *path, "A .docx, .txt or .md file, or '-' for stdin")->required();
    sub->add_option("--stdin-name", *stdin_name, "Name (and type, by extension) of the document read from '-'");
    auto format = std::make_shared<std::string>("text");
    auto components = std::make_shared<bool>(false);
    sub->add_option("--format", *format, "text (default) or json: the document's kind and each line with its component")
        ->check(CLI::IsMember({"text", "json"}));
    sub->add_flag("--components", *components, "Label each line with its component (national-title, number, body, …)");
    auto kind = std::make_shared<std::string>();
    sub->add_option("--kind", *kind, "Label the document as this kind instead of classifying it")
        ->check(CLI::IsMember(engine::document_kind_names()));
    return [path, stdin_name, format, components, kind] {
        return run_extract(*path, *stdin_name, *format, *components, *kind);
    };
}

}  // namespace soat::cli
