// Unpaired ( ) “ ” " within one paragraph, and curly quotes nested in the same style (info).
// A label such as `a)`, `1)`, `iv)` at the start of a paragraph or of an inline enumeration
// item is not a closing parenthesis.
#include "analysis/tokens.hpp"
#include "checks/kinds.hpp"

#include <soat/utf8.hpp>

namespace soat::checks {

namespace {

bool label_char(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9') || c == U'đ'; }

// `x)` where x is one letter, a Roman numeral or a one- or two-digit number standing alone.
bool is_label(const std::u32string& text, std::uint32_t close) {
    std::uint32_t b = close;
    while (b > 0 && label_char(text[b - 1]) && close - b < 4) --b;
    if (b == close) return false;
    const std::u32string body = text.substr(b, close - b);
    bool digits = true, roman = true;
    for (char32_t c : body) {
        digits = digits && c >= U'0' && c <= U'9';
        roman = roman && (c == U'i' || c == U'v' || c == U'x');
    }
    if (!(body.size() == 1 || (digits && body.size() <= 2) || roman)) return false;
    if (b == 0) return true;
    const char32_t before = text[b - 1];
    return before == U' ' || before == U'\t' || before == U';' || before == U':' || before == U',' || before == U'*';
}

class UnbalancedDelimiters final : public engine::Check {
public:
    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& tokens = context.analysis.get<analysis::Tokens>();
        for (std::size_t p = 0; p < context.document.paragraphs.size(); ++p) {
            const auto& text = tokens.text(p);
            auto emit = [&](std::uint32_t at, const char* message, std::optional<Severity> severity = std::nullopt) {
                engine::Draft d;
                d.message = message;
                d.range = model::Range{p, at, at + 1};
                utf8::append(d.args["mark"], text[at]);
                d.severity = severity;
                sink.emit(std::move(d));
            };
            std::vector<std::uint32_t> parens, quotes, straight;
            for (std::uint32_t i = 0; i < text.size(); ++i) {
                switch (text[i]) {
                    case U'(': parens.push_back(i); break;
                    case U')':
                        if (!parens.empty()) parens.pop_back();
                        else if (!is_label(text, i)) emit(i, "default");
                        break;
                    case 0x201C:
                        if (!quotes.empty()) emit(i, "nested", Severity::Info);
                        quotes.push_back(i);
                        break;
                    case 0x201D:
                        if (!quotes.empty()) quotes.pop_back();
                        else emit(i, "default");
                        break;
                    case U'"': straight.push_back(i); break;
                    default: break;
                }
            }
            for (auto at : parens) emit(at, "default");
            for (auto at : quotes) emit(at, "default");
            if (straight.size() % 2 == 1) emit(straight.back(), "default");
        }
    }
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_unbalanced_delimiters(const engine::RuleSpec&) {
    return std::unique_ptr<engine::Check>(std::make_unique<UnbalancedDelimiters>());
}

}  // namespace soat::checks
