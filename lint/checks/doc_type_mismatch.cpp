// doc-type-mismatch: the type code in the number's symbol ("Số: 12/BC-UBND") disagrees with
// the document type ("KẾ HOẠCH" wants KH). Codes per type are params.codes (Decree 30,
// Appendix III); a công văn (params.no_code) carries no type code.
#include "checks/kinds.hpp"
#include "checks/structure_params.hpp"

#include <set>

namespace soat::checks {

namespace {

class DocTypeMismatch final : public engine::Check {
public:
    DocTypeMismatch(std::map<std::string, std::string> codes, std::vector<std::string> no_code)
        : codes_(std::move(codes)), no_code_(std::move(no_code)) {
        for (const auto& [type, list] : codes_) {
            std::size_t start = 0;
            for (;;) {
                const auto comma = list.find(',', start);
                std::string code = list.substr(start, comma - start);
                while (!code.empty() && code.front() == ' ') code.erase(code.begin());
                while (!code.empty() && code.back() == ' ') code.pop_back();
                if (!code.empty()) known_.insert(code);
                if (comma == std::string::npos) break;
                start = comma + 1;
            }
        }
    }

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& anatomy = context.analysis.get<analysis::Anatomy>();
        if (!anatomy.number || !anatomy.type || anatomy.symbol.empty()) return;
        const std::string code = anatomy.symbol.substr(0, anatomy.symbol.find('-'));
        const bool has_body = anatomy.symbol.find('-') != std::string::npos;
        const auto& text = context.document.paragraphs[*anatomy.number].text;
        const auto pos = text.find(code, text.find('/'));
        if (pos == std::string::npos) return;
        engine::Draft d;
        d.range = model::Range{*anatomy.number, utf8::cp_offset(text, pos), utf8::cp_offset(text, pos) + utf8::length(code)};
        d.args = {{"code", code}, {"type", anatomy.type_name}};
        if (type_listed(anatomy.type_name, no_code_)) {
            if (has_body && known_.count(code)) {
                d.message = "no_code";
                sink.emit(std::move(d));
            }
            return;
        }
        if (!has_body || !known_.count(code)) return;  // not a type code (or a body code alone)
        for (const auto& [type, list] : codes_) {
            if (!type_listed(anatomy.type_name, {type})) continue;
            std::string padded = "," + list + ",";
            std::string compact;
            for (char c : padded) if (c != ' ') compact += c;
            if (compact.find("," + code + ",") != std::string::npos) return;
            d.args["expected"] = list;
            sink.emit(std::move(d));
            return;
        }
    }

private:
    std::map<std::string, std::string> codes_;  // type name -> accepted codes, comma-separated
    std::vector<std::string> no_code_;
    std::set<std::string> known_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_doc_type_mismatch(const engine::RuleSpec& spec) {
    auto codes = param_map(spec.params, "codes");
    if (codes.empty()) return Error{"E203", "doc-type-mismatch needs params.codes"};
    return std::unique_ptr<engine::Check>(
        std::make_unique<DocTypeMismatch>(std::move(codes), param_list(spec.params, "no_code")));
}

}  // namespace soat::checks
