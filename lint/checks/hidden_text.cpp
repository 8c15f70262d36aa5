// Kind `hidden-text`: stretches of hidden runs (w:vanish) holding visible characters; adjacent
// hidden spans form one finding. Arg {text}.
#include "checks/excerpt.hpp"
#include "checks/kinds.hpp"
#include "checks/matching.hpp"
#include "engine/scope.hpp"

namespace soat::checks {

namespace {

class HiddenText final : public engine::Check {
public:
    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& doc = context.document;
        for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
            const auto& p = doc.paragraphs[i];
            std::optional<model::Range> open;
            auto flush = [&] {
                if (!open) return;
                const auto text = utf8::slice(p.text, open->begin, open->end);
                if (text.find_first_not_of(" \t") != std::string_view::npos) {
                    engine::Draft d;
                    d.range = open;
                    d.args = {{"text", excerpt(text)}};
                    sink.emit(std::move(d));
                }
                open.reset();
            };
            for (const model::Span& s : p.spans) {
                const bool hidden = s.props < doc.run_props.size() && doc.run_props[s.props].hidden;
                if (!hidden) {
                    flush();
                } else if (open && open->end == s.begin) {
                    open->end = s.begin + s.length;
                } else {
                    flush();
                    open = model::Range{i, s.begin, s.begin + s.length};
                }
            }
            flush();
        }
    }
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_hidden_text(const engine::RuleSpec& spec) {
    if (auto e = unknown_params(spec, {})) return *e;
    return std::unique_ptr<engine::Check>(std::make_unique<HiddenText>());
}

}  // namespace soat::checks
