// Kind `substitution`: a map wrong -> right; each match of a wrong form is a finding with a fix.
//   params: swap: {wrong: right}; case_sensitive (true); boundary (true); message ("default",
//   args {wrong} {right}); config_confusables (false: also use `confusables:` of .soat.yml).
//   The fix keeps the found capitalisation and is safe when the match lies in one source run.
#include "checks/kinds.hpp"
#include "checks/matching.hpp"
#include "engine/scope.hpp"

namespace soat::checks {

namespace {

struct Swap {
    std::shared_ptr<const Matcher> matcher;
    std::map<std::string, std::string> right;  // key: wrong form (case-folded unless case-sensitive)
};

class Substitution final : public engine::Check {
public:
    Substitution(Swap swap, bool case_sensitive, bool boundary, bool use_config, std::string message)
        : swap_(std::move(swap)), case_sensitive_(case_sensitive), boundary_(boundary), use_config_(use_config),
          message_(std::move(message)) {}

    static Result<Swap> build(const std::map<std::string, std::string>& pairs, bool case_sensitive, bool boundary) {
        Swap s;
        std::vector<std::string> wrong;
        for (const auto& [w, r] : pairs) {
            wrong.push_back(w);
            s.right[case_sensitive ? nfc(w) : casefold(w)] = nfc(r);
        }
        auto m = Matcher::words(wrong, case_sensitive, boundary);
        if (!m) return m.error();
        s.matcher = *m;
        return s;
    }

    void run(const engine::Context& context, engine::Sink& sink) const override {
        std::optional<Swap> extra;
        if (use_config_ && !context.config.confusables.empty()) {
            if (auto s = build(context.config.confusables, case_sensitive_, boundary_)) extra = std::move(*s);
        }
        const auto& paragraphs = context.document.paragraphs;
        for (std::size_t i = 0; i < paragraphs.size(); ++i) {
            if (!engine::in_scope(context, i)) continue;
            report(swap_, i, paragraphs[i], sink);
            if (extra) report(*extra, i, paragraphs[i], sink);
        }
    }

private:
    void report(const Swap& swap, std::size_t index, const model::Paragraph& p, engine::Sink& sink) const {
        for (const Match& m : swap.matcher->find_all(p.text)) {
            auto it = swap.right.find(case_sensitive_ ? m.text : casefold(m.text));
            if (it == swap.right.end()) continue;
            const std::string right = case_sensitive_ ? it->second : match_case(m.text, it->second);
            engine::Draft d;
            d.range = model::Range{index, m.begin, m.end};
            d.message = message_;
            d.args = {{"wrong", m.text}, {"right", right}};
            d.fix = Fix{right, within_one_run(p, m.begin, m.end)};
            sink.emit(std::move(d));
        }
    }

    Swap swap_;
    bool case_sensitive_;
    bool boundary_;
    bool use_config_;
    std::string message_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_substitution(const engine::RuleSpec& spec) {
    return guarded(spec, [&]() -> Result<std::unique_ptr<engine::Check>> {
        if (auto e = unknown_params(spec, {"swap", "case_sensitive", "boundary", "message", "config_confusables"})) return *e;
        const engine::Params swap = spec.params["swap"];
        if (!swap || !swap.IsMap() || swap.size() == 0) return param_error(spec, spec.params, "substitution needs swap: {wrong: right}");
        std::map<std::string, std::string> pairs;
        for (const auto& kv : swap) pairs[kv.first.as<std::string>()] = kv.second.as<std::string>();
        const bool case_sensitive = flag(spec.params, "case_sensitive", true);
        const bool boundary = flag(spec.params, "boundary", true);
        auto built = Substitution::build(pairs, case_sensitive, boundary);
        if (!built) return param_error(spec, swap, built.error().message);
        const std::string message = spec.params["message"] ? spec.params["message"].as<std::string>() : "default";
        if (auto e = unknown_message(spec, message)) return *e;
        return std::unique_ptr<engine::Check>(std::make_unique<Substitution>(
            std::move(*built), case_sensitive, boundary, flag(spec.params, "config_confusables", false), message));
    });
}

}  // namespace soat::checks
