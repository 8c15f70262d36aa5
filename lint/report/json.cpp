// The JSON format of interface.md; keys in the documented order. Suppressed findings are left out.
#include "report/report.hpp"

#include "report/location.hpp"

#include <nlohmann/json.hpp>

namespace soat::report {

namespace {

using Json = nlohmann::ordered_json;

Json location_json(const Location& loc) {
    Json j;
    if (!loc.known) {
        j["line"] = nullptr;
        j["column"] = nullptr;
        j["end_line"] = nullptr;
        j["end_column"] = nullptr;
        j["paragraph"] = nullptr;
        j["part"] = nullptr;
        j["table"] = nullptr;
        j["section"] = loc.section.empty() ? Json(nullptr) : Json(loc.section);
        return j;
    }
    j["line"] = loc.line;
    j["column"] = loc.column;
    j["end_line"] = loc.end_line;
    j["end_column"] = loc.end_column;
    j["paragraph"] = loc.paragraph > 0 ? Json(loc.paragraph) : Json(nullptr);
    j["part"] = loc.part;
    j["table"] = loc.cell ? Json{{"index", loc.cell->table}, {"row", loc.cell->row}, {"column", loc.cell->column}}
                          : Json(nullptr);
    j["section"] = loc.section.empty() ? Json(nullptr) : Json(loc.section);
    return j;
}

}  // namespace

std::string render_json(const Run& run, const Options& /*options*/) {
    Json root;
    root["version"] = 1;
    root["tool"] = {{"name", "soat"}, {"version", SOAT_VERSION}};
    Json files = Json::array();
    int unreadable = 0, errors = 0, warnings = 0, infos = 0;
    for (const FileResult& file : run.files) {
        Json jf;
        jf["path"] = file.path;
        jf["format"] = file.format;
        if (!file.kind.empty()) jf["kind"] = file.kind;
        if (file.error) {
            ++unreadable;
            jf["error"] = {{"code", file.error->code}, {"message", file.error->message}};
        } else {
            jf["error"] = nullptr;
        }
        Json findings = Json::array();
        for (const Finding& f : file.findings) {
            if (f.suppressed) continue;
            (f.severity == Severity::Error ? errors : f.severity == Severity::Warning ? warnings : infos)++;
            Json jd;
            jd["rule"] = f.rule;
            jd["severity"] = severity_name(f.severity);
            jd["message"] = f.message;
            const Location loc = locate(file.document.get(), f);
            jd["location"] = location_json(loc);
            jd["excerpt"] = loc.known ? Json(excerpt(*file.document, *f.range).text) : Json(nullptr);
            Json related = Json::array();
            for (const Related& r : f.related) {
                const Location rl = locate(file.document.get(), r.range);
                Json jr;
                jr["message"] = r.message;
                jr["location"] = rl.known ? Json{{"line", rl.line}, {"column", rl.column}} : Json(nullptr);
                related.push_back(std::move(jr));
            }
            jd["related"] = std::move(related);
            jd["fix"] = f.fix ? Json{{"replacement", f.fix->replacement}, {"safe", f.fix->safe}} : Json(nullptr);
            jd["fingerprint"] = f.fingerprint;
            findings.push_back(std::move(jd));
        }
        jf["findings"] = std::move(findings);
        files.push_back(std::move(jf));
    }
    root["files"] = std::move(files);
    root["summary"] = {{"files", run.files.size()}, {"unreadable", unreadable}, {"error", errors},
                       {"warning", warnings}, {"info", infos}};
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace soat::report
