// Unpaired ( ) “ ” ", and curly quotes nested in the same style (info). A bracket or quote may
// close in a following paragraph of the same place (a heading "(Kèm theo …" / "… của Chính
// phủ)" on two lines, a quotation of several paragraphs). A label such as `a)`, `Đ)`, `iv)`, `*)` at the
// start of a paragraph, of an inline item or inside a quote (“b) …”) is not a closing parenthesis.
#include "analysis/tokens.hpp"
#include "checks/kinds.hpp"

#include <soat/utf8.hpp>

#include <cwctype>
#include <optional>

namespace soat::checks {

namespace {

bool label_char(char32_t c) {
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9') || c == U'đ' || c == U'Đ';
}

// `x)` where x is one letter, a Roman numeral or a one- or two-digit number standing alone, and
// `*)` opening a paragraph (a list marker of reports: "*) Về tiền: …").
bool is_label(const std::u32string& text, std::uint32_t close) {
    if (close > 0 && text[close - 1] == U'*' && text.find_first_not_of(U" \t", 0) == close - 1) return true;
    std::uint32_t b = close;
    while (b > 0 && label_char(text[b - 1]) && close - b < 4) --b;
    if (b == close) return false;
    const std::u32string body = text.substr(b, close - b);
    bool digits = true, roman = true;
    for (char32_t c : body) {
        digits = digits && c >= U'0' && c <= U'9';
        roman = roman && (c == U'i' || c == U'v' || c == U'x' || c == U'I' || c == U'V' || c == U'X');
    }
    if (!(body.size() == 1 || (digits && body.size() <= 2) || roman)) return false;
    // "30.1)": the last part of a dotted item number.
    while (b >= 2 && text[b - 1] == U'.' && text[b - 2] >= U'0' && text[b - 2] <= U'9') {
        --b;
        while (b > 0 && text[b - 1] >= U'0' && text[b - 1] <= U'9') --b;
    }
    if (b == 0) return true;
    const char32_t before = text[b - 1];
    return before == U' ' || before == U'\t' || before == U';' || before == U':' || before == U',' || before == U'*' ||
           before == 0x201C || before == U'"';
}

// Does the label closed at `close` open its paragraph or an item of an inline list ("b) …",
// "“a) …", "…; b) …")? After a plain word ("Size 13)") it may close a bracket opened above.
bool opens_item(const std::u32string& text, std::uint32_t close) {
    if (close > 0 && text[close - 1] == U'*') return text.find_first_not_of(U" \t", 0) == close - 1;
    std::uint32_t b = close;
    while (b > 0 && label_char(text[b - 1])) --b;
    while (b > 0 && (text[b - 1] == U' ' || text[b - 1] == U'\t' || text[b - 1] == 0x201C || text[b - 1] == U'"')) --b;
    return b == 0 || text[b - 1] == U';' || text[b - 1] == U':' || text[b - 1] == U',';
}

// Where a paragraph stands: a closing mark pairs only with an opening one of the same place.
bool same_place(const model::Paragraph& a, const model::Paragraph& b) {
    if (a.area != b.area || a.cell.has_value() != b.cell.has_value()) return false;
    return !a.cell || (a.cell->table == b.cell->table && a.cell->row == b.cell->row && a.cell->column == b.cell->column);
}

struct Open {
    std::size_t paragraph;
    std::uint32_t at;
};

class UnbalancedDelimiters final : public engine::Check {
public:
    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& tokens = context.analysis.get<analysis::Tokens>();
        const auto& paragraphs = context.document.paragraphs;
        auto emit = [&](std::size_t p, std::uint32_t at, const char* message, std::optional<Severity> severity = std::nullopt) {
            engine::Draft d;
            d.message = message;
            d.range = model::Range{p, at, at + 1};
            utf8::append(d.args["mark"], tokens.text(p)[at]);
            d.severity = severity;
            sink.emit(std::move(d));
        };
        // Opening marks still waiting, with how many paragraphs later they may close.
        std::vector<Open> parens, quotes;
        std::optional<Open> open_straight;
        auto expire = [&](std::vector<Open>& open, std::size_t p, std::size_t reach) {
            std::vector<Open> kept;
            for (const Open& o : open) {
                if (p - o.paragraph <= reach && same_place(paragraphs[o.paragraph], paragraphs[p])) kept.push_back(o);
                else emit(o.paragraph, o.at, "default");
            }
            open = std::move(kept);
        };
        for (std::size_t p = 0; p < paragraphs.size(); ++p) {
            const auto& text = tokens.text(p);
            if (text.empty()) continue;
            expire(parens, p, kParenReach);
            expire(quotes, p, kQuoteReach);
            std::vector<std::uint32_t> straight;
            bool inner_quote = false;  // an opening quote of this paragraph is still open
            for (std::uint32_t i = 0; i < text.size(); ++i) {
                switch (text[i]) {
                    case U'(': parens.push_back({p, i}); break;
                    case U')':
                        // An opening of this paragraph first; then a label "b)" opening an item; then
                        // one left open above; then a label inside the text.
                        if (!parens.empty() && parens.back().paragraph == p) parens.pop_back();
                        else if (is_label(text, i) && (parens.empty() || opens_item(text, i))) break;
                        else if (!parens.empty()) parens.pop_back();
                        else emit(p, i, "default");
                        break;
                    case 0x201C:
                        if (inner_quote) emit(p, i, "nested", Severity::Info);
                        quotes.push_back({p, i});
                        inner_quote = true;
                        break;
                    case 0x201D:
                        if (!quotes.empty()) quotes.pop_back();
                        else emit(p, i, "default");
                        inner_quote = !quotes.empty() && quotes.back().paragraph == p;
                        break;
                    case U'"':
                        // 11" (inches) and a quote inside a word (a broken conversion) quote nothing;
                        // after a figure inside an open quotation ("An toàn 113") it closes it.
                        if (i > 0 && ((std::iswdigit(static_cast<wint_t>(text[i - 1])) && straight.size() % 2 == 0) ||
                                      (i + 1 < text.size() && std::iswalpha(static_cast<wint_t>(text[i - 1])) &&
                                       std::iswalpha(static_cast<wint_t>(text[i + 1]))))) {
                            break;
                        }
                        straight.push_back(i);
                        break;
                    default: break;
                }
            }
            // An odd straight quote may close one left open a few paragraphs above (a quotation
            // over several paragraphs).
            if (straight.size() % 2 == 1) {
                if (open_straight && p - open_straight->paragraph <= kQuoteReach &&
                    same_place(paragraphs[open_straight->paragraph], paragraphs[p])) {
                    open_straight.reset();
                } else {
                    if (open_straight) emit(open_straight->paragraph, open_straight->at, "default");
                    open_straight = Open{p, straight.back()};
                }
            }
        }
        if (open_straight) emit(open_straight->paragraph, open_straight->at, "default");
        for (const Open& o : parens) emit(o.paragraph, o.at, "default");
        for (const Open& o : quotes) emit(o.paragraph, o.at, "default");
    }

private:
    static constexpr std::size_t kParenReach = 3;   // a bracket wraps onto the next lines
    static constexpr std::size_t kQuoteReach = 40;  // a quotation may run over many paragraphs
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_unbalanced_delimiters(const engine::RuleSpec&) {
    return std::unique_ptr<engine::Check>(std::make_unique<UnbalancedDelimiters>());
}

}  // namespace soat::checks
