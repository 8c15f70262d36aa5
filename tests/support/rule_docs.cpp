#include "support/rule_docs.hpp"

#include <soat/engine.hpp>

namespace soat::test {

std::map<std::string, std::string> generated_rule_docs() {
    std::map<std::string, std::string> docs;
    auto rules = engine::load_rules();
    if (!rules) return docs;
    std::vector<engine::RuleSpec> specs;
    for (const auto& r : *rules) {
        specs.push_back(r.spec);
        docs[r.spec.pack + "/" + r.spec.id + ".md"] =
            "<!-- Generated from rules/" + r.spec.pack + "/" + r.spec.id + ".yml; do not edit. -->\n\n" +
            engine::explain_rule(r.spec, Lang::Vi) + "\n---\n\n" + engine::explain_rule(r.spec, Lang::En);
    }
    docs["README.md"] = engine::rules_index(specs);
    return docs;
}

}  // namespace soat::test
