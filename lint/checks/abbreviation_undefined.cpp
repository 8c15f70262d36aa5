// abbreviation-undefined: an abbreviation used but never introduced as "full form (ABBR)",
// unless allow-listed (params.allow plus the configuration's abbreviations). First use only.
#include "analysis/abbreviations.hpp"
#include "checks/kinds.hpp"

#include <fmt/format.h>

#include <set>

namespace soat::checks {

namespace {

class AbbreviationUndefined final : public engine::Check {
public:
    explicit AbbreviationUndefined(std::set<std::string> allow) : allow_(std::move(allow)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& abbreviations = context.analysis.get<analysis::Abbreviations>();
        std::set<std::string> defined;
        for (const auto& d : abbreviations.definitions()) defined.insert(d.key);
        std::set<std::string> allowed = allow_;
        for (const auto& a : context.config.abbreviations) allowed.insert(analysis::Abbreviations::key_of(a));
        std::set<std::string> reported;
        auto known = [&](const std::string& key) { return defined.count(key) || allowed.count(key); };
        for (const auto& u : abbreviations.uses()) {
            // "USD26": a footnote number typed after the abbreviation.
            const std::string bare = u.key.substr(0, u.key.find_last_not_of("0123456789") + 1);
            if (known(u.key) || known(bare) || !reported.insert(u.key).second) continue;
            engine::Draft d;
            d.range = u.range;
            d.args = {{"abbr", u.abbr}};
            sink.emit(std::move(d));
        }
    }

private:
    std::set<std::string> allow_;  // keys ("KTXH" for "KT-XH")
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_abbreviation_undefined(const engine::RuleSpec& spec) {
    std::set<std::string> allow;
    try {
        if (const engine::Params list = spec.params["allow"]) {
            if (!list.IsSequence()) return Error{"E203", fmt::format("{}: params.allow must be a list", spec.source)};
            for (const auto& item : list) allow.insert(analysis::Abbreviations::key_of(item.as<std::string>()));
        }
    } catch (const YAML::Exception& e) {
        return Error{"E203", fmt::format("{}: params.allow: {}", spec.source, e.what())};
    }
    return std::unique_ptr<engine::Check>(std::make_unique<AbbreviationUndefined>(std::move(allow)));
}

}  // namespace soat::checks
