// draft-marker: "DỰ THẢO", "(Dự kiến lần 1)", "Bản thảo" standing as a marker: a paragraph of
// its own (in the body, a table cell or a page header, where watermark text also lands) or an
// upper-case "DỰ THẢO" in the header area. Prose ("ý kiến vào 92 dự thảo văn bản") is silent.
// Patterns are params.markers (whole paragraph, markup and brackets removed).
#include "analysis/anatomy.hpp"
#include "checks/kinds.hpp"
#include "checks/structure_params.hpp"

#include <re2/re2.h>

namespace soat::checks {

namespace {

class DraftMarker final : public engine::Check {
public:
    explicit DraftMarker(std::vector<std::unique_ptr<RE2>> markers) : markers_(std::move(markers)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& paragraphs = context.document.paragraphs;
        const auto& texts = context.analysis.get<analysis::Texts>();
        for (std::size_t i = 0; i < paragraphs.size(); ++i) {
            const auto& p = paragraphs[i];
            if (p.area == model::Area::Footnote || p.area == model::Area::Endnote) continue;
            std::string text = texts.plain(i);
            while (!text.empty() && (text.front() == '(' || text.front() == '[')) text.erase(text.begin());
            while (!text.empty() && (text.back() == ')' || text.back() == ']')) text.pop_back();
            for (const auto& m : markers_) {
                re2::StringPiece hit;
                if (!RE2::FullMatch(text, *m)) continue;
                const auto pos = p.text.find(text);
                engine::Draft d;
                const std::uint32_t b = pos == std::string::npos ? 0 : utf8::cp_offset(p.text, pos);
                d.range = model::Range{i, b, pos == std::string::npos ? utf8::length(p.text) : b + utf8::length(text)};
                d.args["text"] = text;
                sink.emit(std::move(d));
                break;
            }
        }
    }

private:
    std::vector<std::unique_ptr<RE2>> markers_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_draft_marker(const engine::RuleSpec& spec) {
    std::vector<std::unique_ptr<RE2>> markers;
    for (const auto& source : param_list(spec.params, "markers")) {
        auto re = std::make_unique<RE2>(source);
        if (!re->ok()) return Error{"E203", "draft-marker pattern '" + source + "': " + re->error()};
        markers.push_back(std::move(re));
    }
    if (markers.empty()) return Error{"E203", "draft-marker needs params.markers"};
    return std::unique_ptr<engine::Check>(std::make_unique<DraftMarker>(std::move(markers)));
}

}  // namespace soat::checks
