// Format names and the dispatch to one reporter per format.
#include "report/report.hpp"

namespace soat::report {

std::optional<Format> parse_format(std::string_view name) {
    if (name == "text") return Format::Text;
    if (name == "json") return Format::Json;
    if (name == "sarif") return Format::Sarif;
    if (name == "junit") return Format::Junit;
    if (name == "github") return Format::Github;
    if (name == "gcc") return Format::Gcc;
    if (name == "rdjson") return Format::Rdjson;
    return std::nullopt;
}

bool uses_rules(Format format) { return format == Format::Sarif || format == Format::Junit; }

std::string render(Format format, const Run& run, const Options& options) {
    switch (format) {
        case Format::Text: return render_text(run, options);
        case Format::Json: return render_json(run, options);
        case Format::Sarif: return render_sarif(run, options);
        case Format::Junit: return render_junit(run, options);
        case Format::Github: return render_github(run, options);
        case Format::Gcc: return render_gcc(run, options);
        case Format::Rdjson: return render_rdjson(run, options);
    }
    return {};
}

std::string format_name(model::Format format) {
    switch (format) {
        case model::Format::Docx: return "docx";
        case model::Format::Text: return "text";
        case model::Format::Markdown: return "markdown";
    }
    return "docx";
}

std::string_view severity_name(Severity severity) {
    switch (severity) {
        case Severity::Error: return "error";
        case Severity::Warning: return "warning";
        case Severity::Info: return "info";
    }
    return "warning";
}

}  // namespace soat::report
