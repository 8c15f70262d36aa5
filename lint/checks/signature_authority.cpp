// signature-authority: authority prefixes used wrongly in the signer block. KT. stands before
// the head's title and is followed by a deputy title; TM. stands before a collective body;
// unknown prefixes (T/M, K/T …) get the right one from params.aliases; no academic title
// before the name. Word lists are params (collective bodies, person titles, deputy prefix).
#include "checks/kinds.hpp"
#include "checks/structure_params.hpp"

#include <re2/re2.h>

namespace soat::checks {

namespace {

using Kind = analysis::SignerLine::Kind;

bool starts_with_any(const std::string& text, const std::vector<std::string>& words) {
    const std::string f = analysis::fold(text);
    for (const auto& w : words) {
        const std::string fw = analysis::fold(w);
        if (f.compare(0, fw.size(), fw) == 0 && (f.size() == fw.size() || f[fw.size()] == ' ')) return true;
    }
    return false;
}

class SignatureAuthority final : public engine::Check {
public:
    SignatureAuthority(const engine::Params& params)
        : collective_(param_list(params, "collective_bodies")),
          persons_(param_list(params, "person_titles")),
          deputy_(param_list(params, "deputy_prefixes")),
          aliases_(param_map(params, "aliases")) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& doc = context.document;
        const auto& anatomy = context.analysis.get<analysis::Anatomy>();
        const auto& signer = anatomy.signer;
        // Party documents write T/M, K/T as Hướng dẫn 36-HD/VPTW prescribes.
        const bool party = anatomy.kind == analysis::DocumentKind::Party;
        // (Compiled when a signer line first asks for it: most documents have none, a text file none.)
        static LazyRE2 academic = {R"(^((?:GS|PGS|TS|ThS|TSKH|BS|KS)\.?(?:\s*(?:GS|PGS|TS|ThS|TSKH|BS|KS)\.?)*)\s)"};
        for (std::size_t k = 0; k < signer.size(); ++k) {
            const auto& line = signer[k];
            const std::string& ptext = doc.paragraphs[line.paragraph].text;
            auto at_text = [&](const std::string& piece, const char* key) {
                engine::Draft d;
                const auto pos = ptext.find(piece);
                const std::uint32_t b = pos == std::string::npos ? 0 : utf8::cp_offset(ptext, pos);
                d.range = model::Range{line.paragraph, b,
                                       pos == std::string::npos ? utf8::length(ptext) : b + utf8::length(piece)};
                d.message = key;
                d.args["text"] = line.prefix.empty() ? line.text : line.prefix + " " + line.text;
                return d;
            };
            if (line.kind == Kind::UnknownPrefix && !party) {
                auto d = at_text(line.prefix, "unknown");
                auto alias = aliases_.find(line.prefix);
                d.args["prefix"] = line.prefix;
                d.args["expected"] = alias != aliases_.end() ? alias->second : "TM., KT., TL., TUQ., Q.";
                if (alias != aliases_.end()) d.fix = Fix{alias->second, false};
                sink.emit(std::move(d));
            } else if (line.kind == Kind::Authority && line.prefix == "KT.") {
                if (starts_with_any(line.text, collective_)) {
                    sink.emit(at_text(line.prefix, "kt_collective"));
                } else if (starts_with_any(line.text, deputy_)) {
                    sink.emit(at_text(line.prefix, "kt_deputy_first"));
                } else {
                    const analysis::SignerLine* next = k + 1 < signer.size() ? &signer[k + 1] : nullptr;
                    if (next != nullptr && next->kind == Kind::Title && !starts_with_any(next->text, deputy_)) {
                        auto d = at_text(line.prefix, "kt_deputy");
                        d.args["title"] = next->text;
                        sink.emit(std::move(d));
                    }
                }
            } else if (line.kind == Kind::Authority && line.prefix == "TM.") {
                if (starts_with_any(line.text, persons_) || starts_with_any(line.text, deputy_)) {
                    sink.emit(at_text(line.prefix, "tm_person"));
                }
            } else if (line.kind == Kind::Name) {
                std::string title;
                if (RE2::PartialMatch(line.text, *academic, &title)) {
                    auto d = at_text(title, "academic");
                    d.args["title"] = title;
                    sink.emit(std::move(d));
                }
            }
        }
    }

private:
    std::vector<std::string> collective_, persons_, deputy_;
    std::map<std::string, std::string> aliases_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_signature_authority(const engine::RuleSpec& spec) {
    if (param_list(spec.params, "collective_bodies").empty() || param_list(spec.params, "deputy_prefixes").empty()) {
        return Error{"E203", "signature-authority needs params.collective_bodies and params.deputy_prefixes"};
    }
    return std::unique_ptr<engine::Check>(std::make_unique<SignatureAuthority>(spec.params));
}

}  // namespace soat::checks
