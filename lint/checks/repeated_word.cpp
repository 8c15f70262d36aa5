// A word written twice in a row: a repeated two-syllable word (`khắc phục khắc phục`) always,
// a repeated single syllable only when it is on the rule's list of words that never legitimately
// double (`các các`): other `X X` are usually two compounds sharing a syllable (`hành vi vi phạm`).
#include "analysis/syllable.hpp"
#include "analysis/tokens.hpp"
#include "checks/kinds.hpp"
#include "checks/text_support.hpp"

#include <set>

namespace soat::checks {

namespace {

using analysis::Token;

class RepeatedWord final : public engine::Check {
public:
    RepeatedWord(std::set<std::string> words, std::set<std::string> allowed)
        : words_(std::move(words)), allowed_(std::move(allowed)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& tokens = context.analysis.get<analysis::Tokens>();
        for (std::size_t p = 0; p < context.document.paragraphs.size(); ++p) {
            const auto& t = tokens.of(p);
            const auto& text = tokens.text(p);
            auto word_pair = [&](std::size_t i) {
                return i + 1 < t.size() && t[i].kind == Token::Kind::Word && t[i + 1].kind == Token::Kind::Word &&
                       analysis::spaced(text, t[i], t[i + 1]);
            };
            for (std::size_t i = 0; i + 1 < t.size(); ++i) {
                if (!word_pair(i)) continue;
                // Two syllables repeated: A B A B.
                if (word_pair(i + 1) && word_pair(i + 2) && t[i].key == t[i + 2].key && t[i + 1].key == t[i + 3].key &&
                    t[i].key != t[i + 1].key && !allowed_.count(t[i].key + " " + t[i + 1].key)) {
                    emit(context, sink, p, t[i].begin, t[i + 3].end, t[i].text + " " + t[i + 1].text);
                    i += 3;
                    continue;
                }
                if (t[i].key == t[i + 1].key && words_.count(t[i].key) && !allowed_.count(t[i].key + " " + t[i].key)) {
                    emit(context, sink, p, t[i].begin, t[i + 1].end, t[i].text);
                    i += 1;
                }
            }
        }
    }

private:
    static void emit(const engine::Context& context, engine::Sink& sink, std::size_t p, std::uint32_t begin,
                     std::uint32_t end, const std::string& once) {
        engine::Draft d;
        d.range = model::Range{p, begin, end};
        d.args["word"] = once;
        d.fix = Fix{once, analysis::within_one_run(context.document.paragraphs[p], begin, end)};
        sink.emit(std::move(d));
    }

    std::set<std::string> words_;
    std::set<std::string> allowed_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_repeated_word(const engine::RuleSpec& spec) {
    auto words = string_list(spec, "words");
    if (!words) return words.error();
    auto allowed = string_list(spec, "allowed");
    if (!allowed) return allowed.error();
    std::set<std::string> w, a;
    for (const auto& s : *words) w.insert(analysis::canonical(s));
    for (const auto& s : *allowed) {
        std::string key;
        for (const auto& k : phrase_keys(s)) key += (key.empty() ? "" : " ") + k;
        a.insert(key);
    }
    return std::unique_ptr<engine::Check>(std::make_unique<RepeatedWord>(std::move(w), std::move(a)));
}

}  // namespace soat::checks
