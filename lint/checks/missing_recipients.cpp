// missing-recipients: no "Nơi nhận:" block in the closing area, or one without the archive line
// "- Lưu: VT, …". Types that need none (a press release) are listed in params.not_required.
#include "checks/kinds.hpp"
#include "checks/structure_params.hpp"

namespace soat::checks {

namespace {

class MissingRecipients final : public engine::Check {
public:
    explicit MissingRecipients(std::vector<std::string> not_required) : not_required_(std::move(not_required)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& anatomy = context.analysis.get<analysis::Anatomy>();
        const auto last = anatomy.last_paragraph();
        if (!anatomy.expects_recipients()) return;
        if (!last || anatomy.content.size() < 3 || type_listed(anatomy.type_name, not_required_)) return;
        if (!anatomy.recipients) {
            sink.emit(paragraph_draft(context.document, *last, "default"));
        } else if (!anatomy.archive) {
            const std::size_t at = anatomy.recipient_lines.empty() ? *anatomy.recipients : anatomy.recipient_lines.back();
            sink.emit(paragraph_draft(context.document, at, "archive"));
        }
    }

private:
    std::vector<std::string> not_required_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_missing_recipients(const engine::RuleSpec& spec) {
    return std::unique_ptr<engine::Check>(std::make_unique<MissingRecipients>(param_list(spec.params, "not_required")));
}

}  // namespace soat::checks
