// blank-field: an administrative field left unfilled (number, day or month, a citation's
// number, a placeholder). Patterns are params.patterns: {pattern, message}; the finding covers
// the first capture group when there is one, else the whole match.
#include "checks/kinds.hpp"
#include "checks/structure_params.hpp"

#include <re2/re2.h>

#include <memory>

namespace soat::checks {

namespace {

struct Pattern {
    std::unique_ptr<RE2> re;
    std::string message;
};

class BlankField final : public engine::Check {
public:
    explicit BlankField(std::vector<Pattern> patterns) : patterns_(std::move(patterns)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& paragraphs = context.document.paragraphs;
        for (std::size_t i = 0; i < paragraphs.size(); ++i) {
            const std::string& text = paragraphs[i].text;
            std::vector<std::pair<std::size_t, std::size_t>> taken;  // byte ranges already reported
            for (const auto& p : patterns_) {
                re2::StringPiece input(text);
                re2::StringPiece groups[2];
                std::size_t from = 0;
                const int n = std::min(1 + p.re->NumberOfCapturingGroups(), 2);
                while (from <= text.size() &&
                       p.re->Match(input, from, text.size(), RE2::UNANCHORED, groups, n)) {
                    const re2::StringPiece hit = n == 2 && groups[1].data() != nullptr ? groups[1] : groups[0];
                    const std::size_t b = static_cast<std::size_t>(hit.data() - text.data());
                    const std::size_t e = b + hit.size();
                    from = static_cast<std::size_t>(groups[0].data() - text.data()) + std::max<std::size_t>(groups[0].size(), 1);
                    bool overlaps = false;
                    for (auto [tb, te] : taken) overlaps = overlaps || (b < te && tb < e);
                    if (overlaps || e == b) continue;
                    taken.emplace_back(b, e);
                    engine::Draft d;
                    d.range = model::Range{i, utf8::cp_offset(text, b), utf8::cp_offset(text, e)};
                    d.message = p.message;
                    d.args["text"] = std::string(hit);
                    sink.emit(std::move(d));
                }
            }
        }
    }

private:
    std::vector<Pattern> patterns_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_blank_field(const engine::RuleSpec& spec) {
    std::vector<Pattern> patterns;
    const engine::Params list = spec.params["patterns"];
    if (!list || !list.IsSequence()) return Error{"E203", "blank-field needs params.patterns"};
    for (const auto& item : list) {
        Pattern p;
        const std::string source = item["pattern"].as<std::string>("");
        p.re = std::make_unique<RE2>(source);
        if (!p.re->ok()) return Error{"E203", "blank-field pattern '" + source + "': " + p.re->error()};
        p.message = item["message"].as<std::string>("default");
        if (!spec.messages.count(p.message)) return Error{"E203", "blank-field: no message '" + p.message + "'"};
        patterns.push_back(std::move(p));
    }
    return std::unique_ptr<engine::Check>(std::make_unique<BlankField>(std::move(patterns)));
}

}  // namespace soat::checks
