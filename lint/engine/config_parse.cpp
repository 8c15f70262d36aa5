#include "engine/config_parse.hpp"

#include "analysis/anatomy.hpp"

#include <yaml-cpp/yaml.h>

#include <fmt/format.h>

#include <filesystem>
#include <optional>

namespace soat::engine {

namespace {

Error at(const char* code, const std::string& source, const YAML::Mark& mark, const std::string& what) {
    if (mark.line >= 0) return {code, fmt::format("{}:{}: {}", source, mark.line + 1, what)};
    return {code, fmt::format("{}: {}", source, what)};
}

std::optional<Severity> severity_of(const std::string& s) {
    if (s == "error") return Severity::Error;
    if (s == "warning") return Severity::Warning;
    if (s == "info") return Severity::Info;
    return std::nullopt;
}

std::optional<bool> switch_of(const std::string& s) {
    if (s == "off" || s == "false" || s == "no") return false;
    if (s == "on" || s == "true" || s == "yes") return true;
    return std::nullopt;
}

// Parses one section; errors carry the line of the offending node.
class Parser {
public:
    Parser(const std::string& source, const std::string& base_dir) : source_(source), base_dir_(base_dir) {}

    std::optional<Error> root(const YAML::Node& root, config::Config& c) {
        for (const auto& kv : root) {
            const YAML::Node& key = kv.first;
            const YAML::Node& value = kv.second;
            if (!key.IsScalar()) return bad(key, "a key must be a name");
            const std::string name = key.Scalar();
            std::optional<Error> e;
            if (name == "profile") {
                e = profile(value, c);
            } else if (name == "lang") {
                e = lang(value, c);
            } else if (name == "rules") {
                e = rules(value, c);
            } else if (name == "enable") {
                e = names(value, name, c.enable);
            } else if (name == "disable") {
                e = names(value, name, c.disable);
            } else if (name == "packs") {
                e = packs(value, c);
            } else if (name == "abbreviations") {
                e = names(value, name, c.abbreviations);
            } else if (name == "tone") {
                e = tone(value, c);
            } else if (name == "confusables") {
                e = confusables(value, c);
            } else if (name == "tolerances") {
                e = tolerances(value, c);
            } else if (name == "kind") {
                e = kind(value, c);
            } else {
                return unknown(key, fmt::format("unknown key '{}' (known: profile, lang, rules, enable, disable, packs, "
                                                "abbreviations, tone, confusables, tolerances, kind)",
                                                name));
            }
            if (e) return e;
        }
        return std::nullopt;
    }

private:
    Error bad(const YAML::Node& node, const std::string& what) const { return at("E201", source_, node.Mark(), what); }
    Error unknown(const YAML::Node& node, const std::string& what) const {
        return at("E202", source_, node.Mark(), what);
    }
    static bool empty(const YAML::Node& node) { return node.IsNull(); }

    std::optional<Error> profile(const YAML::Node& v, config::Config& c) const {
        const std::string s = v.IsScalar() ? v.Scalar() : "";
        if (s == "draft") c.profile = Profile::Draft;
        else if (s == "final") c.profile = Profile::Final;
        else return bad(v, fmt::format("profile is draft or final, not '{}'", s));
        return std::nullopt;
    }

    std::optional<Error> lang(const YAML::Node& v, config::Config& c) const {
        const std::string s = v.IsScalar() ? v.Scalar() : "";
        if (s == "vi") c.lang = Lang::Vi;
        else if (s == "en") c.lang = Lang::En;
        else return bad(v, fmt::format("lang is vi or en, not '{}'", s));
        return std::nullopt;
    }

    std::optional<Error> kind(const YAML::Node& v, config::Config& c) const {
        const std::string s = v.IsScalar() ? v.Scalar() : "";
        if (!analysis::parse_kind(s)) {
            return bad(v, fmt::format("kind is administrative, party, legal-normative, attachment or other, not '{}'", s));
        }
        c.kind = s;
        return std::nullopt;
    }

    std::optional<Error> tone(const YAML::Node& v, config::Config& c) const {
        const std::string s = v.IsScalar() ? v.Scalar() : "";
        if (s == "auto") c.tone = config::TonePolicy::Auto;
        else if (s == "old") c.tone = config::TonePolicy::Old;
        else if (s == "new") c.tone = config::TonePolicy::New;
        else return bad(v, fmt::format("tone is auto, old or new, not '{}'", s));
        return std::nullopt;
    }

    std::optional<Error> names(const YAML::Node& v, const std::string& key, std::set<std::string>& out) const {
        if (empty(v)) return std::nullopt;
        if (!v.IsSequence()) return bad(v, fmt::format("{} is a list, e.g. [{}]", key, key == "abbreviations" ? "KCN" : "rule-id"));
        for (const auto& item : v) {
            if (!item.IsScalar() || item.Scalar().empty()) return bad(item, fmt::format("{}: each entry is a name", key));
            out.insert(item.Scalar());
        }
        return std::nullopt;
    }

    std::optional<Error> packs(const YAML::Node& v, config::Config& c) const {
        if (empty(v)) return std::nullopt;
        if (!v.IsSequence()) return bad(v, "packs is a list of directories");
        for (const auto& item : v) {
            if (!item.IsScalar() || item.Scalar().empty()) return bad(item, "packs: each entry is a directory");
            std::filesystem::path dir(item.Scalar());
            if (dir.is_relative() && !base_dir_.empty()) dir = std::filesystem::path(base_dir_) / dir;
            c.pack_dirs.push_back(dir.lexically_normal().string());
        }
        return std::nullopt;
    }

    std::optional<Error> rules(const YAML::Node& v, config::Config& c) const {
        if (empty(v)) return std::nullopt;
        if (!v.IsMap()) return bad(v, "rules maps a rule id to off, a severity, or {enabled, severity}");
        for (const auto& kv : v) {
            const std::string id = kv.first.Scalar();
            const YAML::Node& value = kv.second;
            config::RuleOverride o;
            if (value.IsScalar()) {
                if (auto sw = switch_of(value.Scalar())) {
                    o.enabled = *sw;
                } else if (auto sev = severity_of(value.Scalar())) {
                    o.enabled = true;  // naming a severity switches the rule on
                    o.severity = sev;
                } else {
                    return bad(value, fmt::format("rules.{}: '{}' is not off, on, error, warning or info", id,
                                                  value.Scalar()));
                }
            } else if (value.IsMap()) {
                for (const auto& field : value) {
                    const std::string name = field.first.Scalar();
                    if (name == "enabled") {
                        auto sw = field.second.IsScalar() ? switch_of(field.second.Scalar()) : std::nullopt;
                        if (!sw) return bad(field.second, fmt::format("rules.{}.enabled is true or false", id));
                        o.enabled = *sw;
                    } else if (name == "severity") {
                        auto sev = field.second.IsScalar() ? severity_of(field.second.Scalar()) : std::nullopt;
                        if (!sev) return bad(field.second, fmt::format("rules.{}.severity is error, warning or info", id));
                        o.severity = sev;
                    } else {
                        return unknown(field.first, fmt::format("unknown key 'rules.{}.{}' (known: enabled, severity)", id, name));
                    }
                }
            } else {
                return bad(value, fmt::format("rules.{}: expected off, a severity, or {{enabled, severity}}", id));
            }
            c.rules[id] = o;
        }
        return std::nullopt;
    }

    std::optional<Error> confusables(const YAML::Node& v, config::Config& c) const {
        if (empty(v)) return std::nullopt;
        if (!v.IsMap()) return bad(v, "confusables maps a wrong form to the right one");
        for (const auto& kv : v) {
            if (!kv.second.IsScalar() || kv.first.Scalar().empty()) {
                return bad(kv.second, "confusables: each entry is 'wrong: right'");
            }
            c.confusables[kv.first.Scalar()] = kv.second.Scalar();
        }
        return std::nullopt;
    }

    std::optional<Error> tolerances(const YAML::Node& v, config::Config& c) const {
        if (empty(v)) return std::nullopt;
        if (!v.IsMap()) return bad(v, "tolerances is a mapping, e.g. {approx: 0.02}");
        for (const auto& kv : v) {
            const std::string name = kv.first.Scalar();
            if (name != "approx") return unknown(kv.first, fmt::format("unknown key 'tolerances.{}' (known: approx)", name));
            double value = -1;
            if (!kv.second.IsScalar() || !YAML::convert<double>::decode(kv.second, value) || value < 0 || value >= 1) {
                return bad(kv.second, "tolerances.approx is a fraction between 0 and 1, e.g. 0.02");
            }
            c.approx_tolerance = value;
        }
        return std::nullopt;
    }

    const std::string& source_;
    const std::string& base_dir_;
};

}  // namespace

Result<config::Config> parse_config(std::string_view text, const std::string& source, const std::string& base_dir) {
    try {
        const YAML::Node root = YAML::Load(std::string(text));
        config::Config c;
        c.source = source;
        if (root.IsNull()) return c;
        if (!root.IsMap()) return at("E201", source, root.Mark(), "a configuration is a YAML mapping of options");
        if (auto e = Parser(source, base_dir).root(root, c)) return *e;
        return c;
    } catch (const YAML::Exception& e) {
        return at("E201", source, e.mark, e.msg);
    }
}

}  // namespace soat::engine
