// highlight-left: highlighted text, or text coloured for review (any colour but black/auto and
// params.ignore_colors; hyperlink blue only outside links), one finding per stretch of such runs.
#include "checks/kinds.hpp"
#include "checks/structure_params.hpp"

#include <algorithm>
#include <cctype>

namespace soat::checks {

namespace {

std::string upper(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return s;
}

class HighlightLeft final : public engine::Check {
public:
    explicit HighlightLeft(std::vector<std::string> ignore) {
        for (auto& c : ignore) ignore_.push_back(upper(c));
    }

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& doc = context.document;
        for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
            const auto& p = doc.paragraphs[i];
            std::optional<model::Range> open;
            std::string what;
            auto flush = [&] {
                if (!open) return;
                const std::string text(utf8::slice(p.text, open->begin, open->end));
                if (text.find_first_not_of(" \t") != std::string::npos) {
                    engine::Draft d;
                    d.range = open;
                    d.message = what == "highlight" ? "default" : "color";
                    d.args["text"] = text;
                    sink.emit(std::move(d));
                }
                open.reset();
            };
            for (const auto& span : p.spans) {
                if (span.props >= doc.run_props.size() || span.kind == model::Span::Kind::ListLabel) {
                    flush();
                    continue;
                }
                const auto& props = doc.run_props[span.props];
                const std::string color = upper(props.color);
                const bool highlighted = !props.highlight.empty() && props.highlight != "none";
                const bool coloured = !color.empty() && color != "AUTO" && color != "000000" &&
                                      std::find(ignore_.begin(), ignore_.end(), color) == ignore_.end();
                if (!highlighted && !coloured) {
                    flush();
                    continue;
                }
                const std::string kind = highlighted ? "highlight" : "color";
                if (open && kind == what && open->end == span.begin) {
                    open->end = span.begin + span.length;
                } else {
                    flush();
                    open = model::Range{i, span.begin, span.begin + span.length};
                    what = kind;
                }
            }
            flush();
        }
    }

private:
    std::vector<std::string> ignore_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_highlight_left(const engine::RuleSpec& spec) {
    return std::unique_ptr<engine::Check>(std::make_unique<HighlightLeft>(param_list(spec.params, "ignore_colors")));
}

}  // namespace soat::checks
