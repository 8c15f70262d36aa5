// reviewdog's rdjson: diagnostics with ranges in UTF-8 byte columns and fixes as suggestions.
#include "report/report.hpp"

#include "report/location.hpp"

#include <nlohmann/json.hpp>

namespace soat::report {

namespace {

using Json = nlohmann::ordered_json;

std::string rd_severity(Severity s) {
    switch (s) {
        case Severity::Error: return "ERROR";
        case Severity::Warning: return "WARNING";
        case Severity::Info: return "INFO";
    }
    return "WARNING";
}

Json range_json(const model::Document& doc, const model::Range& r) {
    const auto b = convert(doc, r, false, Unit::Utf8);
    const auto e = convert(doc, r, true, Unit::Utf8);
    return {{"start", {{"line", b.line}, {"column", b.column}}}, {"end", {{"line", e.line}, {"column", e.column}}}};
}

}  // namespace

std::string render_rdjson(const Run& run, const Options& /*options*/) {
    Json diagnostics = Json::array();
    for (const FileResult& file : run.files) {
        if (file.error) {
            diagnostics.push_back({{"message", file.error->message},
                                   {"location", {{"path", file.path}}},
                                   {"severity", "ERROR"},
                                   {"code", {{"value", file.error->code}}}});
            continue;
        }
        for (const Finding& f : file.findings) {
            if (f.suppressed) continue;
            Json d;
            d["message"] = f.message;
            Json location = {{"path", file.path}};
            const bool known = locate(file.document.get(), f).known;
            if (known) location["range"] = range_json(*file.document, *f.range);
            d["location"] = std::move(location);
            d["severity"] = rd_severity(f.severity);
            d["code"] = {{"value", f.rule}};
            if (f.fix && known) {
                d["suggestions"] = Json::array({{{"range", range_json(*file.document, *f.range)}, {"text", f.fix->replacement}}});
            }
            diagnostics.push_back(std::move(d));
        }
    }
    Json root = {{"source", {{"name", "soat"}}}, {"diagnostics", std::move(diagnostics)}};
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace soat::report
