// SARIF 2.1.0: rules from rule metadata, code point columns, logical locations for the heading
// path and table cell, partial fingerprints, baseline states, suppressions, and unreadable
// inputs as tool execution notifications.
#include "report/report.hpp"

#include "report/location.hpp"

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include <cctype>
#include <map>

namespace soat::report {

namespace {

using Json = nlohmann::ordered_json;

std::string level(Severity s) {
    switch (s) {
        case Severity::Error: return "error";
        case Severity::Warning: return "warning";
        case Severity::Info: return "note";
    }
    return "warning";
}

// A relative URI reference for a path: percent-encodes all but the unreserved characters and '/'.
std::string uri(const std::string& path) {
    std::string out;
    for (unsigned char c : path) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
            out += static_cast<char>(c);
        } else {
            out += fmt::format("%{:02X}", c);
        }
    }
    return out;
}

std::string pick(const engine::Message& m, Lang lang) {
    return lang == Lang::En && !m.en.empty() ? m.en : !m.vi.empty() ? m.vi : m.en;
}

Json rule_json(const engine::RuleSpec& spec, Lang lang) {
    const std::string summary = pick(spec.summary, lang);
    std::string full = spec.doc.what.empty() ? summary : spec.doc.what;
    std::string help = full;
    if (!spec.doc.why.empty()) help += "\n\n" + spec.doc.why;
    std::string markdown = help;
    if (!spec.doc.example_bad.empty()) markdown += "\n\n```\n" + spec.doc.example_bad + "\n```";
    if (!spec.doc.example_good.empty()) markdown += "\n\n```\n" + spec.doc.example_good + "\n```";
    Json j;
    j["id"] = spec.id;
    j["name"] = spec.id;
    j["shortDescription"] = {{"text", summary.empty() ? spec.id : summary}};
    j["fullDescription"] = {{"text", full.empty() ? spec.id : full}};
    j["help"] = {{"text", help.empty() ? spec.id : help}, {"markdown", markdown.empty() ? spec.id : markdown}};
    j["defaultConfiguration"] = {{"enabled", spec.enabled_by_default}, {"level", level(spec.draft)}};
    j["properties"] = {{"tags", Json::array({spec.pack})}, {"fixable", spec.fixable}};
    return j;
}

Json region(const Location& loc) {
    return {{"startLine", loc.line}, {"startColumn", loc.column}, {"endLine", loc.end_line}, {"endColumn", loc.end_column}};
}

}  // namespace

std::string render_sarif(const Run& run, const Options& options) {
    Json rules = Json::array();
    std::map<std::string, int> index;
    for (const engine::RuleSpec& spec : run.rules) {
        index[spec.id] = static_cast<int>(rules.size());
        rules.push_back(rule_json(spec, options.lang));
    }
    Json results = Json::array();
    Json notifications = Json::array();
    Json artifacts = Json::array();
    for (const FileResult& file : run.files) {
        const Json artifact = {{"uri", uri(file.path)}};
        artifacts.push_back({{"location", artifact}});
        if (file.error) {
            notifications.push_back({{"level", "error"},
                                     {"message", {{"text", file.error->message}}},
                                     {"descriptor", {{"id", file.error->code}}},
                                     {"locations", Json::array({{{"physicalLocation", {{"artifactLocation", artifact}}}}})}});
            continue;
        }
        for (const Finding& f : file.findings) {
            Json r;
            r["ruleId"] = f.rule;
            if (auto it = index.find(f.rule); it != index.end()) r["ruleIndex"] = it->second;
            r["level"] = level(f.severity);
            r["message"] = {{"text", f.message}};
            const Location loc = locate(file.document.get(), f);
            Json physical = {{"artifactLocation", artifact}};
            if (loc.known) physical["region"] = region(loc);
            Json location = {{"physicalLocation", physical}};
            Json logical = Json::array();
            if (!loc.section.empty()) {
                const auto cut = loc.section.rfind(" › ");
                logical.push_back({{"name", cut == std::string::npos ? loc.section : loc.section.substr(cut + 5)},
                                   {"fullyQualifiedName", loc.section},
                                   {"kind", "section"}});
            }
            if (loc.known && loc.area != model::Area::Body) {
                logical.push_back({{"name", place_label(loc, options.lang)}, {"kind", "note"}});
            } else if (loc.cell) {
                logical.push_back({{"name", place_label(loc, options.lang)}, {"kind", "tableCell"}});
            }
            if (!logical.empty()) location["logicalLocations"] = std::move(logical);
            r["locations"] = Json::array({std::move(location)});
            Json related = Json::array();
            int id = 0;
            for (const Related& rel : f.related) {
                const Location rl = locate(file.document.get(), rel.range);
                Json jr = {{"id", id++}, {"message", {{"text", rel.message}}}};
                Json rp = {{"artifactLocation", artifact}};
                if (rl.known) rp["region"] = {{"startLine", rl.line}, {"startColumn", rl.column}};
                jr["physicalLocation"] = std::move(rp);
                related.push_back(std::move(jr));
            }
            if (!related.empty()) r["relatedLocations"] = std::move(related);
            if (!f.fingerprint.empty()) r["partialFingerprints"] = {{"soatFingerprint/v1", f.fingerprint}};
            if (run.baseline) {
                r["baselineState"] = f.baseline == BaselineState::Unchanged ? "unchanged" : "new";
            }
            if (f.suppressed) {
                Json s = {{"kind", "inSource"}, {"status", "accepted"}};
                if (!f.suppression_reason.empty()) s["justification"] = f.suppression_reason;
                r["suppressions"] = Json::array({std::move(s)});
            }
            if (f.fix && loc.known) {
                r["fixes"] = Json::array({{{"description", {{"text", f.fix->replacement}}},
                                           {"artifactChanges",
                                            Json::array({{{"artifactLocation", artifact},
                                                          {"replacements",
                                                           Json::array({{{"deletedRegion", region(loc)},
                                                                         {"insertedContent", {{"text", f.fix->replacement}}}}})}}})}}});
            }
            results.push_back(std::move(r));
        }
    }
    bool ok = true;
    for (const FileResult& file : run.files) ok = ok && !file.error;
    Json invocation = {{"executionSuccessful", ok}};
    if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
    Json driver = {{"name", "soat"},
                   {"version", SOAT_VERSION},
                   {"semanticVersion", SOAT_VERSION},
                   {"rules", std::move(rules)}};
    Json run_json = {{"tool", {{"driver", std::move(driver)}}},
                     {"invocations", Json::array({std::move(invocation)})},
                     {"artifacts", std::move(artifacts)},
                     {"results", std::move(results)},
                     {"columnKind", "unicodeCodePoints"}};
    Json root = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                 {"version", "2.1.0"},
                 {"runs", Json::array({std::move(run_json)})}};
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace soat::report
