// Kind `tracked-changes`: each unaccepted revision (Document::changes) is a finding at its place.
// Messages: "insertion", "deletion", "move", "formatting" (args {author} {text}).
#include "checks/excerpt.hpp"
#include "checks/kinds.hpp"
#include "checks/matching.hpp"

#include <soat/utf8.hpp>

#include <algorithm>

namespace soat::checks {

namespace {

const char* message_of(model::TrackedChange::Kind kind) {
    switch (kind) {
        case model::TrackedChange::Kind::Insertion: return "insertion";
        case model::TrackedChange::Kind::Deletion: return "deletion";
        case model::TrackedChange::Kind::MoveFrom:
        case model::TrackedChange::Kind::MoveTo: return "move";
        case model::TrackedChange::Kind::Formatting: return "formatting";
    }
    return "default";
}

class TrackedChanges final : public engine::Check {
public:
    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& paragraphs = context.document.paragraphs;
        for (const model::TrackedChange& change : context.document.changes) {
            engine::Draft d;
            if (change.at.paragraph < paragraphs.size()) {
                const std::uint32_t length = utf8::length(paragraphs[change.at.paragraph].text);
                model::Range r = change.at;
                r.end = std::min(r.end, length);
                r.begin = std::min(r.begin, r.end);
                d.range = r;
            }
            d.message = message_of(change.kind);
            d.args = {{"author", change.author.empty() ? "?" : change.author}, {"text", excerpt(change.text)}};
            sink.emit(std::move(d));
        }
    }
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_tracked_changes(const engine::RuleSpec& spec) {
    if (auto e = unknown_params(spec, {})) return *e;
    for (const char* key : {"insertion", "deletion", "move", "formatting"}) {
        if (auto e = unknown_message(spec, key)) return *e;
    }
    return std::unique_ptr<engine::Check>(std::make_unique<TrackedChanges>());
}

}  // namespace soat::checks
