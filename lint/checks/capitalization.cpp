// Decree 30 Appendix II capitalisation, the encodable part: a lowercase word after a sentence
// end; terms capitalised when they mean the people or the State (`Nhân dân`, `của Nhà nước`)
// outside the fixed names that keep them lowercase (`Ủy ban nhân dân`, `quản lý nhà nước`);
// agency names written with a capital first word but lowercase function words (`Sở tài chính`);
// a named law or code whose name starts in lower case (`Luật đất đai`: `Luật Đất đai`).
#include "analysis/string_map.hpp"
#include "analysis/syllable.hpp"
#include "analysis/tokens.hpp"
#include "analysis/words.hpp"
#include "checks/kinds.hpp"
#include "checks/text_support.hpp"

#include <soat/utf8.hpp>

#include <utf8proc.h>

#include <unordered_map>
#include <unordered_set>

namespace soat::checks {

namespace {

using analysis::Token;

// `word == literal` with the lengths compared first: std::string's == with a C string measures
// the literal and calls memcmp at every token (1,8 million calls on large.docx, most of them
// "Điểm", "Khoản", "phường", "quận" and the sentence's stops against every word).
bool is(const std::string& word, std::string_view literal) { return std::string_view(word) == literal; }

bool starts_upper(const std::string& word) {
    std::size_t i = 0;
    const auto c = static_cast<utf8proc_int32_t>(utf8::next(word, i));
    return utf8proc_tolower(c) != c;
}

bool has_upper(const std::string& word) {
    for (std::size_t i = 0; i < word.size();) {
        if (const auto byte = static_cast<unsigned char>(word[i]); byte < 0x80) {  // (utf8proc's answer for ASCII)
            if (byte >= 'A' && byte <= 'Z') return true;
            ++i;
            continue;
        }
        const auto c = static_cast<utf8proc_int32_t>(utf8::next(word, i));
        if (utf8proc_tolower(c) != c) return true;
    }
    return false;
}

bool all_upper(const std::string& word) {
    for (std::size_t i = 0; i < word.size();) {
        const auto c = static_cast<utf8proc_int32_t>(utf8::next(word, i));
        if (utf8proc_toupper(c) != c) return false;
    }
    return true;
}

// The word with its first letter upper- or lowercased.
std::string recase(const std::string& word, bool upper) {
    std::size_t i = 0;
    const auto c = static_cast<utf8proc_int32_t>(utf8::next(word, i));
    std::string out;
    utf8::append(out, static_cast<char32_t>(upper ? utf8proc_toupper(c) : utf8proc_tolower(c)));
    return out + word.substr(i);
}

struct Phrase {
    std::vector<std::string> keys;
    std::vector<bool> upper;  // first letter of each token in the expected form
};

Phrase make_phrase(const std::string& text) {
    Phrase p;
    for (const auto& t : analysis::tokenize(text)) {
        p.keys.push_back(t.key);
        p.upper.push_back(t.kind == Token::Kind::Word && starts_upper(t.text));
    }
    return p;
}

struct Term {
    Phrase wrong, right;
    std::vector<std::vector<std::string>> not_after, not_before;
    bool mid_sentence = false;  // "Châu Á" is right where a sentence starts
};

class Capitalization final : public engine::Check {
public:
    Capitalization(bool sentence_start, std::vector<Term> terms, std::vector<Phrase> names)
        : sentence_start_(sentence_start), terms_(std::move(terms)), names_(std::move(names)) {
        for (std::size_t k = 0; k < terms_.size(); ++k) {
            if (!terms_[k].wrong.keys.empty()) by_first_key_[terms_[k].wrong.keys.front()].terms.push_back(k);
        }
        for (std::size_t k = 0; k < names_.size(); ++k) {
            if (!names_[k].keys.empty()) by_first_key_[names_[k].keys.front()].names.push_back(k);
        }
    }

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& tokens = context.analysis.get<analysis::Tokens>();
        for (std::size_t p = 0; p < context.document.paragraphs.size(); ++p) {
            const auto& t = tokens.of(p);
            const auto& text = tokens.text(p);
            const auto& para = context.document.paragraphs[p];
            auto emit = [&](const char* message, std::size_t first, std::size_t last, const Phrase& want) {
                std::string written, fixed;
                for (std::size_t k = first; k <= last; ++k) {
                    if (k > first) {
                        for (std::uint32_t c = t[k - 1].end; c < t[k].begin; ++c) {
                            utf8::append(written, text[c]);
                            utf8::append(fixed, text[c]);
                        }
                    }
                    written += t[k].text;
                    const bool is_word = t[k].kind == Token::Kind::Word;
                    fixed += is_word ? recase(t[k].text, want.upper[k - first]) : t[k].text;
                }
                engine::Draft d;
                d.message = message;
                d.range = model::Range{p, t[first].begin, t[last].end};
                d.args["word"] = written;
                d.args["right"] = fixed;
                d.fix = Fix{fixed, analysis::within_one_run(para, t[first].begin, t[last].end)};
                sink.emit(std::move(d));
            };
            for (std::size_t i = 0; i < t.size(); ++i) {
                if (sentence_start_ && i >= 2 && sentence_end(t, text, i)) {
                    Phrase upper{{t[i].key}, {true}};
                    emit("sentence", i, i, upper);
                }
                if (numbered_unit(t, text, i)) emit("unit", i, i, Phrase{{t[i].key}, {true}});
                if (cited_subdivision(t, i)) emit("citation", i, i, Phrase{{t[i].key}, {false}});
                if (const std::size_t start = named_document(t, text, i); start != 0) {
                    Phrase named{{t[start].key}, {true}};
                    emit("document", start, start, named);
                }
                // Only the phrases whose first word is this token's: one lookup instead of a
                // comparison with every phrase.
                const auto found = by_first_key_.find(t[i].key);
                if (found == by_first_key_.end()) continue;
                for (std::size_t k : found->second.terms) {
                    const Term& term = terms_[k];
                    if (!matches_at(t, text, i, term.wrong.keys) || !case_is(t, i, term.wrong)) continue;
                    if (preceded(t, i, term.not_after) || followed(t, i + term.wrong.keys.size(), term.not_before)) continue;
                    if (term.mid_sentence && opens_sentence(t, i)) continue;
                    emit("term", i, i + term.wrong.keys.size() - 1, term.right);
                }
                for (std::size_t k : found->second.names) {
                    const Phrase& name = names_[k];
                    if (!matches_at(t, text, i, name.keys)) continue;
                    const std::size_t last = i + name.keys.size() - 1;
                    if (!starts_upper(t[i].text) || all_upper(t[last].text) || case_is(t, i, name)) continue;
                    emit("name", i, last, name);
                }
            }
        }
    }

private:
    // `Luật`, `Bộ luật`, `Pháp lệnh` written with a capital name one document (Appendix II: the
    // type and the first syllable of its name take capitals, `Luật Tổ chức chính quyền địa
    // phương`): the index of the name's first word when it is lowercase, 0 otherwise. Not a word
    // the type makes with it (`Luật sư`, `luật định`), a function word (`Luật này`, `Luật số`),
    // nor an amending law, named by the law it amends (`Luật sửa đổi, bổ sung …`).
    static std::size_t named_document(const std::vector<Token>& t, const std::u32string& text, std::size_t i) {
        static const std::unordered_set<std::string_view> not_names = {
            "sư", "gia", "học", "khoa", "lệ", "pháp", "chơi", "định", "sửa", "nọ", "ấy", "số", "mới", "cũ",
            "chung", "riêng", "khác", "hiện", "nêu", "nói", "ngày", "quy"};
        if (t[i].kind != Token::Kind::Word || !starts_upper(t[i].text) || all_upper(t[i].text)) return 0;
        std::size_t name = 0;
        if (is(t[i].key, "luật")) {
            name = i + 1;
        } else if ((is(t[i].key, "bộ") || is(t[i].key, "pháp")) && i + 1 < t.size() &&
                   t[i + 1].key == (is(t[i].key, "bộ") ? "luật" : "lệnh") && !has_upper(t[i + 1].text) &&
                   analysis::spaced(text, t[i], t[i + 1])) {
            name = i + 2;
        }
        // The name runs on for a word at least, or past a comma (`Luật đất đai`, `Luật phòng, chống …`).
        if (name == 0 || name + 1 >= t.size()) return 0;
        const Token& first = t[name];
        const std::size_t after = is(t[name + 1].text, ",") ? name + 2 : name + 1;
        if (first.kind != Token::Kind::Word || has_upper(first.text) || !analysis::is_syllable(first) ||
            !analysis::spaced(text, t[name - 1], first) || after >= t.size() || t[after].kind != Token::Kind::Word ||
            has_upper(t[after].text) || !analysis::spaced(text, t[after - 1], t[after])) {
            return 0;
        }
        if (not_names.count(first.key) || analysis::words::is_grammatical_word(first.key)) return 0;
        return name;
    }

    // A cited point or clause is written in lower case, its article in capitals (Appendix II:
    // "điểm a khoản 1 Điều 15"): `Điểm c Khoản 1 Điều 5` mid-sentence, followed by its label and
    // by the clause or article it belongs to.
    static bool cited_subdivision(const std::vector<Token>& t, std::size_t i) {
        if (t[i].kind != Token::Kind::Word || (!is(t[i].text, "Điểm") && !is(t[i].text, "Khoản")) || i + 2 >= t.size() || opens_sentence(t, i)) {
            return false;
        }
        const Token& label = t[i + 1];
        const bool letter = label.kind == Token::Kind::Word && utf8::length(label.text) == 1 && !has_upper(label.text);
        if (!letter && label.kind != Token::Kind::Number) return false;
        std::size_t next = i + 2;
        if (is(t[next].text, ",")) ++next;
        return next < t.size() && (is(t[next].key, "khoản") || is(t[next].key, "điều"));
    }

    // A ward or urban district named by a number takes a capital (Appendix II: `Quận 1`,
    // `Phường 2`): `phường 3` alone, not a plural (`các phường 1, 2 và 3`).
    static bool numbered_unit(const std::vector<Token>& t, const std::u32string& text, std::size_t i) {
        if (t[i].kind != Token::Kind::Word || (!is(t[i].text, "phường") && !is(t[i].text, "quận")) || i + 1 >= t.size()) return false;
        const Token& n = t[i + 1];
        if (n.kind != Token::Kind::Number || n.text.size() > 2 || !analysis::spaced(text, t[i], n)) return false;
        if (i + 2 < t.size() && (is(t[i + 2].text, ",") || is(t[i + 2].text, ".")) && t[i + 2].begin == n.end && i + 3 < t.size() &&
            t[i + 3].kind == Token::Kind::Number && t[i + 3].begin == t[i + 2].end) {
            return false;  // a figure (`phường 3,5`)
        }
        return i == 0 || (!is(t[i - 1].key, "các") && !is(t[i - 1].key, "những") && t[i - 1].kind != Token::Kind::Number);
    }

    // t[i] is a lowercase word right after "word. " or "12%. " that ends a sentence.
    static bool sentence_end(const std::vector<Token>& t, const std::u32string& text, std::size_t i) {
        const Token& w = t[i];
        const Token& dot = t[i - 1];
        const Token& before = t[i - 2];
        // (The stop first: it rules out most words, before has_upper() reads the word.)
        if (!is(dot.text, ".") && !is(dot.text, "?") && !is(dot.text, "!")) return false;
        if (w.kind != Token::Kind::Word || has_upper(w.text) || !analysis::is_syllable(w)) return false;
        if (!analysis::spaced(text, dot, w) || dot.begin != before.end) return false;
        // A percentage ends a sentence as a word does ("… còn 2,1%. ở …").
        const bool percent = is(before.text, "%") && i >= 3 && t[i - 3].kind == Token::Kind::Number;
        if (!percent && (before.kind != Token::Kind::Word || has_upper(before.text) || utf8::length(before.text) < 2 ||
                         !analysis::is_syllable(before))) {
            return false;
        }
        return i < 3 || !is(t[i - 3].text, ".");
    }

    // No word before t[i] in the paragraph, or a full stop, colon or list dash right before it.
    static bool opens_sentence(const std::vector<Token>& t, std::size_t i) {
        if (i == 0) return true;
        const std::string& prev = t[i - 1].text;
        if (prev == "." || prev == "!" || prev == "?" || prev == ":" || prev == "…") return true;
        for (std::size_t k = 0; k < i; ++k) {
            if (t[k].kind == Token::Kind::Word) return false;
        }
        return true;
    }

    static bool case_is(const std::vector<Token>& t, std::size_t at, const Phrase& phrase) {
        for (std::size_t k = 0; k < phrase.keys.size(); ++k) {
            const Token& tok = t[at + k];
            if (tok.kind == Token::Kind::Word && starts_upper(tok.text) != phrase.upper[k]) return false;
        }
        return true;
    }

    static bool preceded(const std::vector<Token>& t, std::size_t at, const std::vector<std::vector<std::string>>& list) {
        for (const auto& keys : list) {
            if (keys.empty() || keys.size() > at) continue;
            bool same = true;
            for (std::size_t k = 0; k < keys.size() && same; ++k) same = t[at - keys.size() + k].key == keys[k];
            if (same) return true;
        }
        return false;
    }

    static bool followed(const std::vector<Token>& t, std::size_t at, const std::vector<std::vector<std::string>>& list) {
        for (const auto& keys : list) {
            if (keys.empty() || at + keys.size() > t.size()) continue;
            bool same = true;
            for (std::size_t k = 0; k < keys.size() && same; ++k) same = t[at + k].key == keys[k];
            if (same) return true;
        }
        return false;
    }

    bool sentence_start_;
    std::vector<Term> terms_;
    std::vector<Phrase> names_;
    struct Starting {
        std::vector<std::size_t> terms, names;  // indices of the phrases starting with a key
    };
    // (Searched at every token: analysis::StringMap's inline hash, not std::hash's Murmur.)
    analysis::StringMap<Starting> by_first_key_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_capitalization(const engine::RuleSpec& spec) {
    std::vector<Term> terms;
    const engine::Params list = spec.params["terms"];
    if (list && !list.IsSequence()) return param_error(spec, "'terms' must be a list of {wrong, right}");
    for (const auto& item : list) {
        if (!item.IsMap() || !item["wrong"] || !item["right"]) return param_error(spec, "each term needs 'wrong' and 'right'");
        Term term{make_phrase(item["wrong"].as<std::string>()), make_phrase(item["right"].as<std::string>()), {}, {}};
        if (term.wrong.keys.empty() || term.wrong.keys != term.right.keys) {
            return param_error(spec, "a term's 'wrong' and 'right' must differ only in case");
        }
        for (const char* key : {"not_after", "not_before"}) {
            if (!item[key]) continue;
            if (!item[key].IsSequence()) return param_error(spec, std::string("'") + key + "' must be a list");
            for (const auto& s : item[key]) {
                (std::string(key) == "not_after" ? term.not_after : term.not_before).push_back(phrase_keys(s.as<std::string>()));
            }
        }
        if (item["mid_sentence"]) term.mid_sentence = item["mid_sentence"].as<bool>();
        terms.push_back(std::move(term));
    }
    auto names = string_list(spec, "names");
    if (!names) return names.error();
    std::vector<Phrase> phrases;
    for (const auto& n : *names) phrases.push_back(make_phrase(n));
    const bool sentence = spec.params["sentence_start"] ? spec.params["sentence_start"].as<bool>() : true;
    return std::unique_ptr<engine::Check>(std::make_unique<Capitalization>(sentence, std::move(terms), std::move(phrases)));
}

}  // namespace soat::checks
