// abbreviation-before-definition: an abbreviation used before the place that defines it; the
// finding points at the first such use and relates the definition.
#include "analysis/abbreviations.hpp"
#include "checks/kinds.hpp"
#include "engine/messages.hpp"

#include <soat/utf8.hpp>

#include <map>

namespace soat::checks {

namespace {

class AbbreviationBeforeDefinition final : public engine::Check {
public:
    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& abbreviations = context.analysis.get<analysis::Abbreviations>();
        std::map<std::string, const analysis::AbbreviationDefinition*> first;
        for (const auto& d : abbreviations.definitions()) {
            auto& slot = first[d.key];
            if (!slot || d.order < slot->order) slot = &d;
        }
        std::map<std::string, bool> reported;
        for (const auto& u : abbreviations.uses()) {
            const auto it = first.find(u.key);
            if (it == first.end() || !(u.order < it->second->order) || reported[u.key]) continue;
            reported[u.key] = true;
            const auto& def = *it->second;
            engine::Draft d;
            d.range = u.range;
            d.args = {{"abbr", u.abbr}};
            d.related.push_back({engine::render_message(context.rule, "related_definition", {{"abbr", def.abbr}},
                                                        context.config.lang),
                                 def.range});
            sink.emit(std::move(d));
        }
    }
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_abbreviation_before_definition(const engine::RuleSpec&) {
    return std::unique_ptr<engine::Check>(std::make_unique<AbbreviationBeforeDefinition>());
}

}  // namespace soat::checks
