// Kind `conditional`: a term used without a definition earlier in the document. The first
// use of each undefined term is a finding.
//   params: first: RE2 of a use; second: RE2 of a definition; each names the term with a group
//   `term` (else the whole match). exceptions: [terms needing no definition];
//   config_abbreviations (false: `abbreviations:` of .soat.yml are exceptions too);
//   case_sensitive (true); boundary (true); message ("default", arg {term}).
#include "checks/kinds.hpp"
#include "checks/matching.hpp"
#include "engine/scope.hpp"

#include <set>

namespace soat::checks {

namespace {

std::string term_of(const Match& m) {
    auto it = m.groups.find("term");
    return it != m.groups.end() ? it->second : m.text;
}

class Conditional final : public engine::Check {
public:
    Conditional(std::shared_ptr<const Matcher> use, std::shared_ptr<const Matcher> definition,
                std::set<std::string> exceptions, bool use_config, bool case_sensitive, std::string message)
        : use_(std::move(use)), definition_(std::move(definition)), exceptions_(std::move(exceptions)),
          use_config_(use_config), case_sensitive_(case_sensitive), message_(std::move(message)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& paragraphs = context.document.paragraphs;
        // Earliest definition of each term, in reading order.
        std::map<std::string, model::Range> defined;
        for (std::size_t i = 0; i < paragraphs.size(); ++i) {
            for (const Match& m : definition_->find_all(paragraphs[i].text)) {
                defined.emplace(fold(term_of(m)), model::Range{i, m.begin, m.end});
            }
        }
        std::set<std::string> reported;
        for (std::size_t i = 0; i < paragraphs.size(); ++i) {
            if (!engine::in_scope(context, i)) continue;
            for (const Match& m : use_->find_all(paragraphs[i].text)) {
                const std::string term = term_of(m);
                const std::string key = fold(term);
                if (exceptions_.count(key) || reported.count(key)) continue;
                if (use_config_ && (context.config.abbreviations.count(term) || context.config.abbreviations.count(key))) continue;
                if (auto d = defined.find(key); d != defined.end()) {
                    const model::Range& def = d->second;
                    if (def.paragraph < i || (def.paragraph == i && def.begin < m.end)) continue;
                }
                reported.insert(key);
                engine::Draft draft;
                draft.range = model::Range{i, m.begin, m.end};
                draft.message = message_;
                draft.args = m.groups;
                draft.args["term"] = term;
                sink.emit(std::move(draft));
            }
        }
    }

private:
    std::string fold(const std::string& s) const { return case_sensitive_ ? s : casefold(s); }

    std::shared_ptr<const Matcher> use_, definition_;
    std::set<std::string> exceptions_;
    bool use_config_, case_sensitive_;
    std::string message_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_conditional(const engine::RuleSpec& spec) {
    return guarded(spec, [&]() -> Result<std::unique_ptr<engine::Check>> {
        if (auto e = unknown_params(spec, {"first", "second", "exceptions", "config_abbreviations", "case_sensitive",
                                           "boundary", "message"})) {
            return *e;
        }
        if (!spec.params["first"] || !spec.params["second"]) {
            return param_error(spec, spec.params, "conditional needs first (a use) and second (a definition)");
        }
        const bool case_sensitive = flag(spec.params, "case_sensitive", true);
        const bool boundary = flag(spec.params, "boundary", true);
        auto use = Matcher::compile(spec.params["first"].as<std::string>(), case_sensitive, boundary);
        if (!use) return param_error(spec, spec.params["first"], use.error().message);
        auto definition = Matcher::compile(spec.params["second"].as<std::string>(), case_sensitive, boundary);
        if (!definition) return param_error(spec, spec.params["second"], definition.error().message);
        std::set<std::string> exceptions;
        for (const auto& x : string_list(spec.params["exceptions"])) exceptions.insert(case_sensitive ? nfc(x) : casefold(x));
        const std::string message = spec.params["message"] ? spec.params["message"].as<std::string>() : "default";
        if (auto e = unknown_message(spec, message)) return *e;
        return std::unique_ptr<engine::Check>(std::make_unique<Conditional>(
            *use, *definition, std::move(exceptions), flag(spec.params, "config_abbreviations", false), case_sensitive,
            message));
    });
}

}  // namespace soat::checks
