// missing-national-title: no "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh
// phúc" in the header area (body, header table or page header). Party documents carry their
// own line instead (params.alternatives); some types need none (params.not_required).
#include "checks/kinds.hpp"
#include "checks/structure_params.hpp"

namespace soat::checks {

namespace {

class MissingNationalTitle final : public engine::Check {
public:
    MissingNationalTitle(std::vector<std::string> alternatives, std::vector<std::string> not_required)
        : alternatives_(std::move(alternatives)), not_required_(std::move(not_required)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& anatomy = context.analysis.get<analysis::Anatomy>();
        const auto first = anatomy.first_paragraph();
        if (!first || !anatomy.expects_national_title() || type_listed(anatomy.type_name, not_required_)) return;
        if (anatomy.national_title && anatomy.motto) return;
        const auto& doc = context.document;
        for (std::size_t k = 0; k < anatomy.content.size() && k < 20; ++k) {
            const std::string f = analysis::fold(doc.paragraphs[anatomy.content[k]].text);
            for (const auto& alt : alternatives_) {
                if (f.find(analysis::fold(alt)) != std::string::npos) return;
            }
        }
        if (anatomy.national_title) {
            sink.emit(paragraph_draft(doc, *anatomy.national_title, "motto"));
            return;
        }
        sink.emit(paragraph_draft(doc, *first, "default"));
    }

private:
    std::vector<std::string> alternatives_, not_required_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_missing_national_title(const engine::RuleSpec& spec) {
    return std::unique_ptr<engine::Check>(std::make_unique<MissingNationalTitle>(
        param_list(spec.params, "alternatives"), param_list(spec.params, "not_required")));
}

}  // namespace soat::checks
