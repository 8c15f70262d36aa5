// required-component: a component the document's type calls for is missing, or one it must not
// have is there. From params: `addressee` lists the types that open with "Kính gửi:" (an
// official letter, a submission), `no_addressee` the types that never do (a decision, a
// resolution, a directive), `type_codes` the codes of Appendix III: a numbered document with no
// type line whose symbol holds none of them is an official letter, which needs its "V/v" line.
#include "checks/kinds.hpp"
#include "checks/structure_params.hpp"

#include <set>

namespace soat::checks {

namespace {

class RequiredComponent final : public engine::Check {
public:
    RequiredComponent(std::vector<std::string> addressee, std::vector<std::string> no_addressee,
                      std::vector<std::string> type_codes)
        : addressee_(std::move(addressee)), no_addressee_(std::move(no_addressee)),
          type_codes_(type_codes.begin(), type_codes.end()) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& doc = context.document;
        const auto& anatomy = context.analysis.get<analysis::Anatomy>();
        if (anatomy.content.size() < 3) return;
        std::optional<std::size_t> addressee;
        for (std::size_t i : anatomy.content) {
            if (anatomy.component(i) == "addressee") {
                addressee = i;
                break;
            }
        }
        const std::string code = anatomy.symbol.substr(0, anatomy.symbol.find('-'));
        const bool letter = anatomy.type_name == "CÔNG VĂN" ||
                            (!anatomy.type && anatomy.number && !code.empty() && !type_codes_.count(code));
        if (letter && !anatomy.type) {
            sink.emit(paragraph_draft(doc, *anatomy.number, "subject"));
        }
        const std::string type = letter ? "CÔNG VĂN" : anatomy.type_name;
        if (!addressee && type_listed(type, addressee_)) {
            const std::size_t at = anatomy.summary ? *anatomy.summary : anatomy.type ? *anatomy.type : *anatomy.number;
            auto d = paragraph_draft(doc, at, "addressee");
            d.args["type"] = type;
            sink.emit(std::move(d));
        } else if (addressee && type_listed(type, no_addressee_)) {
            auto d = paragraph_draft(doc, *addressee, "no-addressee");
            d.args["type"] = type;
            sink.emit(std::move(d));
        }
    }

private:
    std::vector<std::string> addressee_, no_addressee_;
    std::set<std::string> type_codes_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_required_component(const engine::RuleSpec& spec) {
    return std::unique_ptr<engine::Check>(std::make_unique<RequiredComponent>(
        param_list(spec.params, "addressee"), param_list(spec.params, "no_addressee"), param_list(spec.params, "type_codes")));
}

}  // namespace soat::checks
