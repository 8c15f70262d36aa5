// Misspellings: (a) letter runs that are not Vietnamese syllables by structure (onset, rhyme,
// tone and spelling constraints), with two syllables glued together (`tỷđồng`) told apart;
// (b) real words used wrongly, from the rule's curated list plus config `confusables`.
// Capitalised or all-caps unknown tokens are names or acronyms: silent, or info when they carry
// Vietnamese diacritics; lowercase tokens without any diacritic are likely foreign: info.
#include "analysis/syllable.hpp"
#include "analysis/tokens.hpp"
#include "checks/kinds.hpp"
#include "checks/text_support.hpp"

#include <soat/utf8.hpp>

#include <set>

namespace soat::checks {

namespace {

using analysis::Token;

struct Confusable {
    std::string wrong, right;
    std::vector<std::string> keys;
    bool exact_case = false;  // the wrong form has capitals (HDND): match it as written
};

Confusable make_confusable(const std::string& wrong, const std::string& right) {
    Confusable c{wrong, right, phrase_keys(wrong), false};
    c.exact_case = analysis::lower(wrong) != wrong;
    return c;
}

bool joins(char32_t c) { return c == U'/' || c == U'@' || c == U'_' || c == U'-' || c == U'\'' || c == U'&' || c == 0x2019; }

bool letter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || c >= 0xC0; }

// A token glued to a URL, e-mail, path, symbol or hyphenated compound is not checked alone.
bool attached(const std::u32string& text, const Token& t) {
    if (t.begin > 0) {
        const char32_t c = text[t.begin - 1];
        if (joins(c)) return true;
        if (c == U'.' && t.begin > 1 && letter(text[t.begin - 2])) return true;
    }
    if (t.end < text.size()) {
        const char32_t c = text[t.end];
        if (joins(c)) return true;
        if (c == U'.' && t.end + 1 < text.size() && letter(text[t.end + 1])) return true;
    }
    return false;
}

class Misspelling final : public engine::Check {
public:
    Misspelling(std::vector<Confusable> confusables, std::set<std::string> allow, std::set<std::string> unattested)
        : confusables_(std::move(confusables)), allow_(std::move(allow)), unattested_(std::move(unattested)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        std::vector<Confusable> all = confusables_;
        for (const auto& [wrong, right] : context.config.confusables) all.push_back(make_confusable(wrong, right));
        const auto& tokens = context.analysis.get<analysis::Tokens>();
        for (std::size_t p = 0; p < context.document.paragraphs.size(); ++p) {
            const auto& t = tokens.of(p);
            const auto& text = tokens.text(p);
            const auto& para = context.document.paragraphs[p];
            std::vector<bool> covered(t.size(), false);
            for (std::size_t i = 0; i < t.size(); ++i) {
                for (const auto& c : all) {
                    if (!matches_at(t, text, i, c.keys)) continue;
                    const std::size_t last = i + c.keys.size() - 1;
                    std::string written;
                    for (std::uint32_t k = t[i].begin; k < t[last].end; ++k) utf8::append(written, text[k]);
                    if (c.exact_case && written != c.wrong) continue;
                    engine::Draft d;
                    d.range = model::Range{p, t[i].begin, t[last].end};
                    d.message = "confusable";
                    d.args["word"] = written;
                    d.args["right"] = c.exact_case ? c.right : match_case(written, c.right);
                    d.fix = Fix{d.args["right"], analysis::within_one_run(para, t[i].begin, t[last].end)};
                    sink.emit(std::move(d));
                    for (std::size_t k = i; k <= last; ++k) covered[k] = true;
                    break;
                }
            }
            for (std::size_t i = 0; i < t.size(); ++i) {
                if (covered[i] || t[i].kind != Token::Kind::Word || attached(text, t[i])) continue;
                check_word(para, p, t[i], sink);
            }
        }
    }

private:
    void check_word(const model::Paragraph& para, std::size_t p, const Token& t, engine::Sink& sink) const {
        if (allow_.count(t.key) || t.end - t.begin < 2) return;
        const bool unattested = unattested_.count(t.key) > 0;
        if (analysis::is_valid_syllable(t.text) && !unattested) return;
        const auto l = analysis::decompose(t.text);
        if (!l || l->all_upper) return;
        engine::Draft d;
        d.range = model::Range{p, t.begin, t.end};
        d.args["word"] = t.text;
        bool inner_upper = false;
        for (std::size_t i = 1; i < l->upper.size(); ++i) inner_upper = inner_upper || l->upper[i];
        if (inner_upper) return;
        if (l->upper_first) {
            if (!l->marked || l->base.size() > 7) return;  // a foreign name
            d.severity = Severity::Info;
            sink.emit(std::move(d));
            return;
        }
        if (auto split = glued(t.text)) {
            d.message = "glued";
            d.args["right"] = *split;
            d.fix = Fix{*split, analysis::within_one_run(para, t.begin, t.end)};
            sink.emit(std::move(d));
            return;
        }
        // No diacritics: foreign unless one keystroke too many made it invalid (gias, thei).
        if (!l->marked && !unattested && !analysis::is_valid_syllable(t.text.substr(0, t.text.size() - 1))) {
            d.message = "foreign";
            d.severity = Severity::Info;
        }
        sink.emit(std::move(d));
    }

    // "tỷđồng" -> "tỷ đồng": two valid syllables of two letters or more, one with diacritics.
    static std::optional<std::string> glued(const std::string& word) {
        std::vector<std::size_t> starts;
        for (std::size_t i = 0; i < word.size(); ++i) {
            if (!utf8::is_continuation(word[i])) starts.push_back(i);
        }
        for (std::size_t k = 2; k + 2 <= starts.size(); ++k) {
            const std::string a = word.substr(0, starts[k]);
            const std::string b = word.substr(starts[k]);
            if (!analysis::is_valid_syllable(a) || !analysis::is_valid_syllable(b)) continue;
            const auto la = analysis::decompose(a);
            const auto lb = analysis::decompose(b);
            if (!la || !lb || !(la->marked || lb->marked)) continue;
            if (auto s = analysis::parse_syllable(b); !s || s->onset.empty()) continue;
            return a + " " + b;
        }
        return std::nullopt;
    }

    std::vector<Confusable> confusables_;
    std::set<std::string> allow_;
    std::set<std::string> unattested_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_misspelling(const engine::RuleSpec& spec) {
    std::vector<Confusable> confusables;
    const YAML::Node list = spec.params["confusables"];
    if (list && !list.IsSequence()) return param_error(spec, "'confusables' must be a list of {wrong, right}");
    for (const auto& item : list) {
        if (!item.IsMap() || !item["wrong"] || !item["right"]) {
            return param_error(spec, "each confusable needs 'wrong' and 'right'");
        }
        confusables.push_back(make_confusable(item["wrong"].as<std::string>(), item["right"].as<std::string>()));
        if (confusables.back().keys.empty()) return param_error(spec, "an empty confusable");
    }
    auto allow = string_list(spec, "allow");
    if (!allow) return allow.error();
    auto unattested = string_list(spec, "unattested");
    if (!unattested) return unattested.error();
    std::set<std::string> a, u;
    for (const auto& s : *allow) a.insert(analysis::canonical(s));
    for (const auto& s : *unattested) u.insert(analysis::canonical(s));
    return std::unique_ptr<engine::Check>(std::make_unique<Misspelling>(std::move(confusables), std::move(a), std::move(u)));
}

}  // namespace soat::checks
