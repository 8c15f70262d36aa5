#include "serve/service.hpp"

#include "annotate/annotate.hpp"
#include "pipeline/lint_input.hpp"
#include "report/location.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

namespace soat::serve {

namespace {

using Json = nlohmann::ordered_json;

std::string dump(const Json& j) {
    return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

// A reader error as an answer: an unsupported type (by name, or a legacy .doc) is 415, any other
// unreadable document 422.
Reply read_error(const Error& e) {
    const bool unsupported = e.code == "E116" || e.code == "E105";
    return error_reply(unsupported ? 415 : 422, e.code, e.message);
}

// "bao-cao.docx" -> "bao-cao" + suffix + ".docx"
std::string derived_name(const std::string& name, const std::string& suffix) {
    const std::filesystem::path p(name);
    return p.stem().string() + suffix + p.extension().string();
}

// `excerpt_span` {begin, end} (code points of `excerpt`) after each finding's excerpt: the JSON
// reporter's output otherwise unchanged.
std::string with_spans(const std::string& rendered, const report::FileResult& file) {
    Json root = Json::parse(rendered);
    auto& findings = root["files"][0]["findings"];
    std::size_t i = 0;
    for (const Finding& f : file.findings) {
        if (f.suppressed) continue;
        Json& jf = findings.at(i++);
        Json span = nullptr;
        if (!jf["excerpt"].is_null()) {
            const report::Excerpt ex = report::excerpt(*file.document, *f.range);
            span = {{"begin", ex.caret_begin}, {"end", ex.caret_end}};
        }
        Json out;
        for (auto& [key, value] : jf.items()) {
            out[key] = value;
            if (key == "excerpt") out["excerpt_span"] = span;
        }
        jf = std::move(out);
    }
    return dump(root);
}

Json rule_json(const engine::RuleSpec& s, Lang lang) {
    auto pick = [&](const engine::Message& m) {
        return lang == Lang::En && !m.en.empty() ? m.en : m.vi.empty() ? m.en : m.vi;
    };
    Json j;
    j["id"] = s.id;
    j["pack"] = s.pack;
    j["severity"] = {{"draft", report::severity_name(s.draft)},
                     {"final", report::severity_name(s.final)}};
    j["fixable"] = s.fixable;
    j["enabled_by_default"] = s.enabled_by_default;
    j["summary"] = pick(s.summary);
    return j;
}

}  // namespace

Reply error_reply(int status, const std::string& code, const std::string& message) {
    Reply r;
    r.status = status;
    r.content_type = "application/json";
    r.body = dump(Json{{"error", {{"code", code}, {"message", message}}}});
    return r;
}

Result<Service> Service::load(const std::string& config_path) {
    Service s;
    if (!config_path.empty()) {
        auto config = engine::load_config({}, config_path);
        if (!config) return config.error();
        s.config_ = std::move(*config);
    }
    auto rules = engine::load_rules(s.config_.pack_dirs);
    if (!rules) return rules.error();
    s.rules_ = std::move(*rules);
    for (const engine::Rule& r : s.rules_) s.specs_.push_back(r.spec);
    std::sort(s.specs_.begin(), s.specs_.end(),
              [](const auto& a, const auto& b) { return a.id < b.id; });
    return s;
}

config::Config Service::configured(const Settings& settings) const {
    config::Config c = config_;
    if (settings.profile) c.profile = *settings.profile;
    if (settings.lang) c.lang = *settings.lang;
    return c;
}

Reply Service::check(const Upload& upload, const Settings& settings) const {
    const config::Config config = configured(settings);
    report::Run run;
    run.files.push_back(pipeline::lint_input(upload.name, upload.bytes, rules_, config));
    if (run.files.front().error) return read_error(*run.files.front().error);
    run.rules = specs_;
    report::Options options;
    options.lang = config.lang;
    Reply r;
    r.content_type =
        settings.format == report::Format::Sarif ? "application/sarif+json" : "application/json";
    r.body = report::render(settings.format, run, options);
    if (settings.spans && settings.format == report::Format::Json)
        r.body = with_spans(r.body, run.files.front());
    return r;
}

Reply Service::annotate(const Upload& upload, const Settings& settings) const {
    const config::Config config = configured(settings);
    const report::FileResult result =
        pipeline::lint_input(upload.name, upload.bytes, rules_, config);
    if (result.error) return read_error(*result.error);
    if (result.document->format != model::Format::Docx) {
        return error_reply(415, "E116",
                           upload.name + ": annotate writes Word comments, it needs a .docx");
    }
    auto annotated = annotate::annotate_docx_bytes(upload.bytes, upload.name, *result.document,
                                                   result.findings, config.lang);
    if (!annotated) return read_error(annotated.error());
    Reply r;
    r.content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    r.body = std::move(annotated->bytes);
    r.filename = derived_name(upload.name, ".soat");
    r.headers.emplace_back("X-Soat-Comments", std::to_string(annotated->summary.anchored +
                                                             annotated->summary.fallback));
    return r;
}

Reply Service::fix(const Upload& upload, const Settings& settings) const {
    const config::Config config = configured(settings);
    const report::FileResult result =
        pipeline::lint_input(upload.name, upload.bytes, rules_, config);
    if (result.error) return read_error(*result.error);
    auto fixed = annotate::fix_bytes(upload.bytes, upload.name, *result.document, result.findings);
    if (!fixed) return read_error(fixed.error());
    Reply r;
    switch (result.document->format) {
        case model::Format::Docx:
            r.content_type =
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            break;
        case model::Format::Markdown:
            r.content_type = "text/markdown; charset=utf-8";
            break;
        case model::Format::Text:
            r.content_type = "text/plain; charset=utf-8";
            break;
    }
    r.body = std::move(fixed->bytes);
    r.filename = derived_name(upload.name, ".sua");
    r.headers.emplace_back("X-Soat-Fixed", std::to_string(fixed->summary.applied.size()));
    r.headers.emplace_back("X-Soat-Not-Safe", std::to_string(fixed->summary.skipped.size()));
    return r;
}

Reply Service::rules(Lang lang) const {
    Json list = Json::array();
    for (const engine::RuleSpec& s : specs_) list.push_back(rule_json(s, lang));
    Reply r;
    r.content_type = "application/json";
    r.body = dump(list);
    return r;
}

Reply Service::rule(const std::string& id, Lang lang) const {
    auto it = std::find_if(specs_.begin(), specs_.end(), [&](const auto& s) { return s.id == id; });
    if (it == specs_.end())
        return error_reply(404, kNotFound, "unknown rule '" + id + "' (see GET /api/v1/rules)");
    Json j = rule_json(*it, lang);
    j["documentation"] = engine::explain_rule(*it, lang);
    Reply r;
    r.content_type = "application/json";
    r.body = dump(j);
    return r;
}

}  // namespace soat::serve
