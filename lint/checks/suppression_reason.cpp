// Kind `suppression-reason`: soat-ignore comments without a reason ("no-reason"), naming no
// rule ("no-rule") or a rule that does not exist ("unknown-rule", arg {rule}).
#include "checks/kinds.hpp"
#include "checks/matching.hpp"
#include "engine/suppressions.hpp"

namespace soat::checks {

namespace {

class SuppressionReason final : public engine::Check {
public:
    void run(const engine::Context& context, engine::Sink& sink) const override {
        for (const model::Comment& comment : context.document.comments) {
            const auto s = engine::parse_suppression(comment.text);
            if (!s) continue;
            std::optional<model::Range> at;
            if (comment.anchor && comment.anchor->paragraph < context.document.paragraphs.size()) at = comment.anchor;
            auto emit = [&](const char* message, std::map<std::string, std::string> args) {
                engine::Draft d;
                d.range = at;
                d.message = message;
                d.args = std::move(args);
                d.args["comment"] = comment.text;
                sink.emit(std::move(d));
            };
            if (s->rules.empty()) emit("no-rule", {});
            for (const std::string& rule : s->rules) {
                if (context.known_rules && !context.known_rules->count(rule)) emit("unknown-rule", {{"rule", rule}});
            }
            if (s->reason.empty()) emit("no-reason", {});
        }
    }
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_suppression_reason(const engine::RuleSpec& spec) {
    if (auto e = unknown_params(spec, {})) return *e;
    for (const char* key : {"no-reason", "no-rule", "unknown-rule"}) {
        if (auto e = unknown_message(spec, key)) return *e;
    }
    return std::unique_ptr<engine::Check>(std::make_unique<SuppressionReason>());
}

}  // namespace soat::checks
