#include "pipeline/lint_input.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <memory>

namespace soat::pipeline {

std::string guess_format(const std::string& name) {
    std::string ext = std::filesystem::path(name).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == ".txt") return "text";
    if (ext == ".md") return "markdown";
    return "docx";
}

report::FileResult lint_input(const std::string& name, std::optional<std::string_view> bytes,
                              const std::vector<engine::Rule>& rules, const config::Config& config,
                              const engine::Baseline* baseline, const ReadLimits& limits) {
    report::FileResult out;
    out.path = name;
    out.format = guess_format(name);
    auto doc = bytes ? read_document_bytes(*bytes, name, limits) : read_document(name, limits);
    if (!doc.ok()) {
        out.error = doc.error();
        return out;
    }
    out.format = report::format_name(doc->format);
    auto shared = std::make_shared<const model::Document>(std::move(doc.value()));
    out.findings = engine::lint(*shared, rules, config, out.kind);
    if (baseline != nullptr) out.fixed = engine::apply_baseline(*baseline, out.path, out.findings);
    out.document = std::move(shared);
    return out;
}

}  // namespace soat::pipeline
