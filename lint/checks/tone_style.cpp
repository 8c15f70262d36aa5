// Old (hóa, thủy) and new (hoá, thuỷ) tone-mark placement mixed in one document: every word of
// the minority style is reported with the majority form as its fix, or, when the config sets a
// tone policy, every word not in that style. qu and gi are onsets, so quý/quỹ/già never count.
#include "analysis/syllable.hpp"
#include "analysis/tokens.hpp"
#include "checks/kinds.hpp"

namespace soat::checks {

namespace {

using analysis::ToneStyle;

class ToneStyleCheck final : public engine::Check {
public:
    void run(const engine::Context& context, engine::Sink& sink) const override {
        struct Hit {
            std::size_t paragraph;
            const analysis::Token* token;
            ToneStyle style;
        };
        const auto& tokens = context.analysis.get<analysis::Tokens>();
        std::vector<Hit> hits;
        std::size_t old_count = 0, new_count = 0;
        for (std::size_t p = 0; p < context.document.paragraphs.size(); ++p) {
            for (const auto& t : tokens.of(p)) {
                if (t.kind != analysis::Token::Kind::Word) continue;
                auto style = analysis::tone_style_of(t);
                if (!style) continue;
                hits.push_back({p, &t, *style});
                (*style == ToneStyle::Old ? old_count : new_count)++;
            }
        }
        ToneStyle target = ToneStyle::Old;
        std::string message = "default";
        switch (context.config.tone) {
            case config::TonePolicy::Old: target = ToneStyle::Old; message = "policy"; break;
            case config::TonePolicy::New: target = ToneStyle::New; message = "policy"; break;
            case config::TonePolicy::Auto:
                if (old_count == 0 || new_count == 0) return;
                // A tie is mixed all the same: the old placement, which Decree 30's own text uses.
                target = old_count >= new_count ? ToneStyle::Old : ToneStyle::New;
                if (old_count == new_count) message = "tie";
                break;
        }
        const bool vi = context.config.lang == Lang::Vi;
        const std::string target_name = target == ToneStyle::Old ? (vi ? "cũ" : "old") : (vi ? "mới" : "new");
        const std::string counts = std::to_string(target == ToneStyle::Old ? old_count : new_count) + "/" +
                                   std::to_string(old_count + new_count);
        for (const auto& h : hits) {
            if (h.style == target) continue;
            engine::Draft d;
            d.message = message;
            d.range = model::Range{h.paragraph, h.token->begin, h.token->end};
            d.args["word"] = h.token->text;
            d.args["right"] = analysis::with_tone_style(h.token->text, target);
            d.args["style"] = target_name;
            d.args["count"] = counts;
            d.fix = Fix{d.args["right"],
                        analysis::within_one_run(context.document.paragraphs[h.paragraph], h.token->begin, h.token->end)};
            sink.emit(std::move(d));
        }
    }
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_tone_style(const engine::RuleSpec&) {
    return std::unique_ptr<engine::Check>(std::make_unique<ToneStyleCheck>());
}

}  // namespace soat::checks
