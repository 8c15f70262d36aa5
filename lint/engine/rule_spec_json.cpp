#include "engine/rule_spec_json.hpp"

namespace soat::engine {

namespace {

nlohmann::json message_json(const Message& m) { return {{"vi", m.vi}, {"en", m.en}}; }

Message message_from(const nlohmann::json& j) { return {j.at("vi").get<std::string>(), j.at("en").get<std::string>()}; }

}  // namespace

nlohmann::json rule_spec_to_json(const RuleSpec& spec) {
    nlohmann::json messages = nlohmann::json::object();
    for (const auto& [key, m] : spec.messages) messages[key] = message_json(m);
    return {
        {"id", spec.id},
        {"pack", spec.pack},
        {"kind", spec.kind},
        {"draft", static_cast<int>(spec.draft)},
        {"final", static_cast<int>(spec.final)},
        {"scope", spec.scope},
        {"kinds", spec.kinds},
        {"fixable", spec.fixable},
        {"enabled", spec.enabled_by_default},
        {"summary", message_json(spec.summary)},
        {"messages", messages},
        {"doc",
         {{"what", spec.doc.what},
          {"why", spec.doc.why},
          {"bad", spec.doc.example_bad},
          {"good", spec.doc.example_good},
          {"what_en", spec.doc.what_en},
          {"why_en", spec.doc.why_en}}},
        {"source", spec.source},
    };
}

RuleSpec rule_spec_from_json(const nlohmann::json& json, YAML::Node params) {
    RuleSpec spec;
    spec.id = json.at("id").get<std::string>();
    spec.pack = json.at("pack").get<std::string>();
    spec.kind = json.at("kind").get<std::string>();
    spec.draft = static_cast<Severity>(json.at("draft").get<int>());
    spec.final = static_cast<Severity>(json.at("final").get<int>());
    spec.scope = json.at("scope").get<unsigned>();
    spec.kinds = json.at("kinds").get<std::set<std::string>>();
    spec.fixable = json.at("fixable").get<bool>();
    spec.enabled_by_default = json.at("enabled").get<bool>();
    spec.summary = message_from(json.at("summary"));
    for (const auto& [key, m] : json.at("messages").items()) spec.messages[key] = message_from(m);
    const auto& doc = json.at("doc");
    spec.doc.what = doc.at("what").get<std::string>();
    spec.doc.why = doc.at("why").get<std::string>();
    spec.doc.example_bad = doc.at("bad").get<std::string>();
    spec.doc.example_good = doc.at("good").get<std::string>();
    spec.doc.what_en = doc.at("what_en").get<std::string>();
    spec.doc.why_en = doc.at("why_en").get<std::string>();
    spec.source = json.at("source").get<std::string>();
    spec.params = std::move(params);
    return spec;
}

}  // namespace soat::engine
