// missing-signature: no signer block at the end, or one without the signer's title or name.
// The block is read by anatomy: authority lines (TM., KT., …), upper-case titles, a name of
// 2–5 capitalised syllables.
#include "checks/kinds.hpp"
#include "checks/structure_params.hpp"

namespace soat::checks {

namespace {

using Kind = analysis::SignerLine::Kind;

class MissingSignature final : public engine::Check {
public:
    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& anatomy = context.analysis.get<analysis::Anatomy>();
        const auto last = anatomy.last_paragraph();
        if (!anatomy.expects_signature()) return;
        if (!last || anatomy.content.size() < 3) return;
        const auto& signer = anatomy.signer;
        if (signer.empty()) {
            sink.emit(paragraph_draft(context.document, *last, "default"));
            return;
        }
        bool name = false;
        bool title_after_authority = false;
        const analysis::SignerLine* authority = nullptr;
        for (const auto& line : signer) {
            if (line.kind == Kind::Name) name = true;
            if (line.kind == Kind::Authority || line.kind == Kind::UnknownPrefix) {
                authority = &line;
                title_after_authority = false;
            }
            if (line.kind == Kind::Title) title_after_authority = true;
        }
        // "Q. GIÁM ĐỐC" names the acting head's title itself.
        const bool titled = authority == nullptr || title_after_authority || authority->prefix == "Q.";
        const std::size_t at = signer.back().paragraph;
        if (!titled) {
            auto d = paragraph_draft(context.document, at, "title");
            d.args["authority"] = authority->prefix + " " + authority->text;
            sink.emit(std::move(d));
        } else if (!name) {
            sink.emit(paragraph_draft(context.document, at, "name"));
        }
    }
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_missing_signature(const engine::RuleSpec&) {
    return std::unique_ptr<engine::Check>(std::make_unique<MissingSignature>());
}

}  // namespace soat::checks
