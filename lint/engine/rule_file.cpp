#include "engine/rule_file.hpp"

#include "analysis/document_kind.hpp"

#include <fmt/format.h>

namespace soat::engine {

namespace {

Error rule_error(const std::string& source, const YAML::Mark& mark, const std::string& what) {
    if (mark.line >= 0) return {"E203", fmt::format("{}:{}: {}", source, mark.line + 1, what)};
    return {"E203", fmt::format("{}: {}", source, what)};
}

std::optional<Severity> parse_severity(const std::string& s) {
    if (s == "error") return Severity::Error;
    if (s == "warning") return Severity::Warning;
    if (s == "info") return Severity::Info;
    return std::nullopt;
}

std::optional<unsigned> parse_scope(const std::string& s) {
    if (s == "body") return kBody;
    if (s == "heading") return kHeading;
    if (s == "table") return kTable;
    if (s == "footnote") return kFootnote;
    if (s == "header-footer") return kHeaderFooter;
    if (s == "all") return kAll;
    return std::nullopt;
}

Message parse_message(const YAML::Node& node) {
    Message m;
    if (node.IsScalar()) {
        m.vi = m.en = node.as<std::string>();
    } else if (node.IsMap()) {
        if (node["vi"]) m.vi = node["vi"].as<std::string>();
        if (node["en"]) m.en = node["en"].as<std::string>();
        if (m.en.empty()) m.en = m.vi;
        if (m.vi.empty()) m.vi = m.en;
    }
    return m;
}

const char* const kKnownKeys[] = {"id",      "pack",    "kind",     "severity", "scope",  "kinds",
                                  "fixable", "enabled", "summary",  "messages", "doc",    "params"};

}  // namespace

Result<RuleSpec> parse_rule_file(std::string_view text, const std::string& source) {
    YAML::Node root;
    try {
        root = YAML::Load(std::string(text));
    } catch (const YAML::Exception& e) {
        return rule_error(source, e.mark, e.msg);
    }
    if (!root.IsMap()) return rule_error(source, root.Mark(), "a rule file is a YAML mapping");
    try {
        for (const auto& kv : root) {
            const auto key = kv.first.as<std::string>();
            bool known = false;
            for (const char* k : kKnownKeys) known = known || key == k;
            if (!known) return rule_error(source, kv.first.Mark(), fmt::format("unknown key '{}'", key));
        }
        RuleSpec spec;
        spec.source = source;
        for (const char* required : {"id", "pack", "kind", "severity", "summary", "messages"}) {
            if (!root[required]) return rule_error(source, root.Mark(), fmt::format("missing key '{}'", required));
        }
        spec.id = root["id"].as<std::string>();
        spec.pack = root["pack"].as<std::string>();
        spec.kind = root["kind"].as<std::string>();
        const YAML::Node sev = root["severity"];
        if (sev.IsScalar()) {
            auto s = parse_severity(sev.as<std::string>());
            if (!s) return rule_error(source, sev.Mark(), "severity is error, warning or info");
            spec.draft = spec.final = *s;
        } else {
            auto d = sev["draft"] ? parse_severity(sev["draft"].as<std::string>()) : std::nullopt;
            auto f = sev["final"] ? parse_severity(sev["final"].as<std::string>()) : std::nullopt;
            if (!d || !f) return rule_error(source, sev.Mark(), "severity needs draft and final levels");
            spec.draft = *d;
            spec.final = *f;
        }
        if (const YAML::Node scope = root["scope"]) {
            spec.scope = 0;
            for (const auto& item : scope) {
                auto s = parse_scope(item.as<std::string>());
                if (!s) return rule_error(source, item.Mark(), fmt::format("unknown scope '{}'", item.as<std::string>()));
                spec.scope |= *s;
            }
        }
        for (const auto& item : root["kinds"]) {
            const auto name = item.as<std::string>();
            if (!analysis::parse_kind(name)) return rule_error(source, item.Mark(), fmt::format("unknown document kind '{}'", name));
            spec.kinds.insert(name);
        }
        if (root["fixable"]) spec.fixable = root["fixable"].as<bool>();
        if (root["enabled"]) spec.enabled_by_default = root["enabled"].as<bool>();
        spec.summary = parse_message(root["summary"]);
        for (const auto& kv : root["messages"]) {
            spec.messages[kv.first.as<std::string>()] = parse_message(kv.second);
        }
        if (!spec.messages.count("default")) return rule_error(source, root["messages"].Mark(), "messages needs a 'default'");
        if (const YAML::Node doc = root["doc"]) {
            if (doc["what"]) {
                const Message m = parse_message(doc["what"]);
                spec.doc.what = m.vi;
                spec.doc.what_en = m.en;
            }
            if (doc["why"]) {
                const Message m = parse_message(doc["why"]);
                spec.doc.why = m.vi;
                spec.doc.why_en = m.en;
            }
            if (doc["bad"]) spec.doc.example_bad = doc["bad"].as<std::string>();
            if (doc["good"]) spec.doc.example_good = doc["good"].as<std::string>();
        }
        spec.params = Params::from_yaml(root["params"] ? root["params"] : YAML::Node(YAML::NodeType::Map));
        return spec;
    } catch (const YAML::Exception& e) {
        return rule_error(source, e.mark, e.msg);
    }
}

}  // namespace soat::engine
