// `soat extract FILE`: the text as the rules see it, one paragraph per line in reading order,
// each with its position prefix; a DOCX finding's `line` is a line of this output.
#include "cli/commands.hpp"

#include <soat/reader.hpp>

#include <cstdio>
#include <iostream>
#include <iterator>
#include <memory>

namespace soat::cli {

namespace {

int run_extract(const std::string& path, const std::string& stdin_name) {
    Result<model::Document> doc = path == "-"
        ? read_document_bytes(std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()), stdin_name)
        : read_document(path);
    if (!doc.ok()) {
        std::fprintf(stderr, "soat: %s %s\n", doc.error().code.c_str(), doc.error().message.c_str());
        return kTrouble;
    }
    std::string out;
    for (std::size_t i = 0; i < doc->paragraphs.size(); ++i) {
        out += doc->prefix(i);
        for (char c : doc->paragraphs[i].text) out += c == '\t' || c == '\n' || c == '\r' || c == '\v' ? ' ' : c;
        out += '\n';
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
    return [path, stdin_name] { return run_extract(*path, *stdin_name); };
}

}  // namespace soat::cli
