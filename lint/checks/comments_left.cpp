// Kind `comments-left`: reviewer comments still in the document, at their anchors. Comments
// that are soat-ignore suppressions are not reviewer comments. Args {author} {text}.
#include "checks/excerpt.hpp"
#include "checks/kinds.hpp"
#include "checks/matching.hpp"
#include "engine/suppressions.hpp"

namespace soat::checks {

namespace {

class CommentsLeft final : public engine::Check {
public:
    void run(const engine::Context& context, engine::Sink& sink) const override {
        for (const model::Comment& comment : context.document.comments) {
            if (engine::parse_suppression(comment.text)) continue;
            engine::Draft d;
            if (comment.anchor && comment.anchor->paragraph < context.document.paragraphs.size()) d.range = comment.anchor;
            d.args = {{"author", comment.author.empty() ? "?" : comment.author}, {"text", excerpt(comment.text, 60)}};
            sink.emit(std::move(d));
        }
    }
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_comments_left(const engine::RuleSpec& spec) {
    if (auto e = unknown_params(spec, {})) return *e;
    return std::unique_ptr<engine::Check>(std::make_unique<CommentsLeft>());
}

}  // namespace soat::checks
