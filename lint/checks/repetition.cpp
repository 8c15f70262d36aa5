// Kind `repetition`: a word token immediately repeated ("các các"), separated by spaces only.
// One finding per run of repeats, covering it, with the single token as the fix.
//   params: tokens: [only these words] (default: any); ignore: [words allowed twice];
//   case_sensitive (false); numbers (false: digits never count); min_length (1, code points);
//   message ("default", arg {word}).
#include "checks/kinds.hpp"
#include "checks/matching.hpp"
#include "engine/scope.hpp"

#include <soat/utf8.hpp>

#include <set>

namespace soat::checks {

namespace {

struct Token {
    std::uint32_t begin = 0, end = 0;  // code points
    std::string text;
    bool spaces_before = false;  // only spaces between the previous token and this one
    bool numeric = false;
};

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> out;
    std::uint32_t cp_index = 0;
    std::size_t i = 0;
    bool only_spaces = false;  // since the previous token
    while (i < text.size()) {
        const std::size_t start = i;
        const char32_t cp = utf8::next(text, i);
        if (!is_word_char(cp)) {
            if (cp != U' ' && cp != U'\u00A0') only_spaces = false;
            ++cp_index;
            continue;
        }
        Token t;
        t.begin = cp_index;
        t.spaces_before = !out.empty() && only_spaces;
        bool digits = true;
        std::size_t end = start;
        std::size_t j = start;
        while (j < text.size()) {
            const std::size_t here = j;
            const char32_t c = utf8::next(text, j);
            if (!is_word_char(c)) {
                j = here;
                break;
            }
            digits = digits && c >= U'0' && c <= U'9';
            ++cp_index;
            end = j;
        }
        t.end = cp_index;
        t.text = std::string(text.substr(start, end - start));
        t.numeric = digits;
        out.push_back(std::move(t));
        i = end;
        only_spaces = true;
    }
    return out;
}

class Repetition final : public engine::Check {
public:
    Repetition(std::set<std::string> tokens, std::set<std::string> ignore, bool case_sensitive, bool numbers,
               std::uint32_t min_length, std::string message)
        : tokens_(std::move(tokens)), ignore_(std::move(ignore)), case_sensitive_(case_sensitive), numbers_(numbers),
          min_length_(min_length), message_(std::move(message)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& paragraphs = context.document.paragraphs;
        for (std::size_t p = 0; p < paragraphs.size(); ++p) {
            if (!engine::in_scope(context, p)) continue;
            const auto tokens = tokenize(paragraphs[p].text);
            for (std::size_t i = 0; i + 1 < tokens.size();) {
                const std::string key = fold(tokens[i].text);
                std::size_t j = i + 1;
                while (j < tokens.size() && tokens[j].spaces_before && fold(tokens[j].text) == key) ++j;
                if (j > i + 1 && counts(tokens[i], key)) {
                    engine::Draft d;
                    d.range = model::Range{p, tokens[i].begin, tokens[j - 1].end};
                    d.message = message_;
                    d.args = {{"word", tokens[i].text}};
                    d.fix = Fix{tokens[i].text, within_one_run(paragraphs[p], tokens[i].begin, tokens[j - 1].end)};
                    sink.emit(std::move(d));
                }
                i = j;
            }
        }
    }

private:
    std::string fold(const std::string& s) const { return case_sensitive_ ? s : casefold(s); }

    bool counts(const Token& t, const std::string& key) const {
        if (t.numeric && !numbers_) return false;
        if (utf8::length(t.text) < min_length_) return false;
        if (ignore_.count(key)) return false;
        return tokens_.empty() || tokens_.count(key);
    }

    std::set<std::string> tokens_, ignore_;
    bool case_sensitive_, numbers_;
    std::uint32_t min_length_;
    std::string message_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_repetition(const engine::RuleSpec& spec) {
    return guarded(spec, [&]() -> Result<std::unique_ptr<engine::Check>> {
        if (auto e = unknown_params(spec, {"tokens", "ignore", "case_sensitive", "numbers", "min_length", "message"})) {
            return *e;
        }
        const bool case_sensitive = flag(spec.params, "case_sensitive", false);
        auto fold = [&](const std::string& s) { return case_sensitive ? nfc(s) : casefold(s); };
        std::set<std::string> tokens, ignore;
        for (const auto& t : string_list(spec.params["tokens"])) tokens.insert(fold(t));
        for (const auto& t : string_list(spec.params["ignore"])) ignore.insert(fold(t));
        const auto min_length = spec.params["min_length"] ? spec.params["min_length"].as<std::uint32_t>() : 1u;
        const std::string message = spec.params["message"] ? spec.params["message"].as<std::string>() : "default";
        if (auto e = unknown_message(spec, message)) return *e;
        return std::unique_ptr<engine::Check>(std::make_unique<Repetition>(
            std::move(tokens), std::move(ignore), case_sensitive, flag(spec.params, "numbers", false), min_length, message));
    });
}

}  // namespace soat::checks
