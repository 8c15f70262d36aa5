#include "engine/rule_spec_json.hpp"

namespace soat::engine {

namespace {

nlohmann::json message_json(const Message& m) { return {{"vi", m.vi}, {"en", m.en}}; }

Message message_from(const nlohmann::json& j) { return {j.at("vi").get<std::string>(), j.at("en").get<std::string>()}; }

nlohmann::json yaml_json(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Scalar: return node.Scalar();
        case YAML::NodeType::Sequence: {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& item : node) out.push_back(yaml_json(item));
            return out;
        }
        case YAML::NodeType::Map: {
            nlohmann::json out = nlohmann::json::object();
            for (const auto& item : node) out[item.first.Scalar()] = yaml_json(item.second);
            return out;
        }
        default: return nullptr;
    }
}

YAML::NodeType::value container_type(const nlohmann::json& json) {
    return json.is_array() ? YAML::NodeType::Sequence : json.is_object() ? YAML::NodeType::Map : YAML::NodeType::Null;
}

// Fills `node`, a map or sequence already placed in its parent, top-down: a child built apart
// and then attached would merge its memory into the parent's, three times the cost.
void fill_yaml(YAML::Node node, const nlohmann::json& json) {
    if (json.is_array()) {
        for (const auto& item : json) {
            if (item.is_string()) {
                node.push_back(item.get<std::string>());
            } else {
                node.push_back(YAML::Node(container_type(item)));
                fill_yaml(node[node.size() - 1], item);
            }
        }
        return;
    }
    for (const auto& [key, value] : json.items()) {
        if (value.is_string()) {
            node[key] = value.get<std::string>();
        } else {
            node[key] = YAML::Node(container_type(value));
            fill_yaml(node[key], value);
        }
    }
}

YAML::Node json_yaml(const nlohmann::json& json) {
    if (json.is_string()) return YAML::Node(json.get<std::string>());
    YAML::Node out(container_type(json));
    fill_yaml(out, json);
    return out;
}

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
        {"params", yaml_json(spec.params)},
    };
}

RuleSpec rule_spec_from_json(const nlohmann::json& json) {
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
    spec.params = json_yaml(json.at("params"));
    return spec;
}

}  // namespace soat::engine
