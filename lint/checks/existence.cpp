// Kind `existence`: a finding on each match of RE2 patterns or literal words.
//   params: patterns: [RE2…] and/or words: [literal…]; case_sensitive (true); boundary (true:
//   matches start and end at Unicode word boundaries); exceptions: [matched texts to ignore];
//   message (default "default"). Named groups become message args ({match} is the whole
//   match); a group named `at` narrows the flagged range.
#include "checks/kinds.hpp"
#include "checks/matching.hpp"
#include "engine/scope.hpp"

#include <set>

namespace soat::checks {

namespace {

class Existence final : public engine::Check {
public:
    Existence(std::vector<std::shared_ptr<const Matcher>> matchers, std::set<std::string> exceptions,
              bool case_sensitive, std::string message)
        : matchers_(std::move(matchers)), exceptions_(std::move(exceptions)), case_sensitive_(case_sensitive),
          message_(std::move(message)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& paragraphs = context.document.paragraphs;
        for (std::size_t i = 0; i < paragraphs.size(); ++i) {
            if (!engine::in_scope(context, i)) continue;
            for (const auto& matcher : matchers_) {
                for (Match& m : matcher->find_all(paragraphs[i].text)) {
                    if (exceptions_.count(case_sensitive_ ? m.text : casefold(m.text))) continue;
                    engine::Draft d;
                    d.range = model::Range{i, m.begin, m.end};
                    d.message = message_;
                    d.args = std::move(m.groups);
                    d.args["match"] = m.text;
                    sink.emit(std::move(d));
                }
            }
        }
    }

private:
    std::vector<std::shared_ptr<const Matcher>> matchers_;
    std::set<std::string> exceptions_;
    bool case_sensitive_;
    std::string message_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_existence(const engine::RuleSpec& spec) {
    return guarded(spec, [&]() -> Result<std::unique_ptr<engine::Check>> {
        if (auto e = unknown_params(spec, {"patterns", "words", "case_sensitive", "boundary", "exceptions", "message"})) {
            return *e;
        }
        const bool case_sensitive = flag(spec.params, "case_sensitive", true);
        const bool boundary = flag(spec.params, "boundary", true);
        std::vector<std::shared_ptr<const Matcher>> matchers;
        for (const std::string& p : string_list(spec.params["patterns"])) {
            auto m = Matcher::compile(p, case_sensitive, boundary);
            if (!m) return param_error(spec, spec.params["patterns"], m.error().message);
            matchers.push_back(*m);
        }
        if (const auto words = string_list(spec.params["words"]); !words.empty()) {
            auto m = Matcher::words(words, case_sensitive, boundary);
            if (!m) return param_error(spec, spec.params["words"], m.error().message);
            matchers.push_back(*m);
        }
        if (matchers.empty()) return param_error(spec, spec.params, "existence needs patterns or words");
        std::set<std::string> exceptions;
        for (const auto& x : string_list(spec.params["exceptions"])) exceptions.insert(case_sensitive ? nfc(x) : casefold(x));
        const std::string message = spec.params["message"] ? spec.params["message"].as<std::string>() : "default";
        if (auto e = unknown_message(spec, message)) return *e;
        return std::unique_ptr<engine::Check>(
            std::make_unique<Existence>(std::move(matchers), std::move(exceptions), case_sensitive, message));
    });
}

}  // namespace soat::checks
