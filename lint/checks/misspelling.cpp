// Misspellings: (a) letter runs that are not Vietnamese syllables by structure (onset, rhyme,
// tone and spelling constraints), with two syllables glued together (`tỷđồng`) told apart;
// (b) real words used wrongly, from the rule's curated list plus config `confusables`.
// Capitalised or all-caps unknown tokens are names or acronyms: silent, or info when they carry
// Vietnamese diacritics; lowercase tokens without any diacritic are foreign words: info alone,
// silent inside a foreign phrase, a warning only as a Telex leftover (gias). Paragraphs that are
// not Vietnamese prose (another language, no diacritics, garbled) and template tags are skipped.
// (c) typing slips that leave valid syllables (`thục hiện`): a lowercase pair the word model
// does not know, one slip away from a common word (analysis/slips.hpp).
#include "analysis/quantities.hpp"
#include "analysis/slips.hpp"
#include "analysis/string_map.hpp"
#include "analysis/syllable.hpp"
#include "analysis/tokens.hpp"
#include "analysis/vi_words.hpp"
#include "checks/kinds.hpp"
#include "checks/text_support.hpp"

#include <soat/utf8.hpp>

#include <utf8proc.h>

#include <set>
#include <unordered_map>

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

// "gias": a Telex tone key (s f r x j) typed after a syllable and not converted. The syllable meant
// (canonical) when it makes a listed word or a pair drafts write with a neighbour (`gias cả`: giá
// cả); nullopt otherwise, as for a foreign word with such an ending (`quán bar`).
std::optional<std::string> telex_leftover(const std::string& word, std::pair<std::string_view, std::string_view> around) {
    if (word.size() < 3) return std::nullopt;
    static constexpr std::string_view kKeys = "sfrxj";  // sắc, huyền, hỏi, ngã, nặng
    const std::size_t key = kKeys.find(word.back());
    const std::string stem = word.substr(0, word.size() - 1);
    if (key == std::string_view::npos || !analysis::is_valid_syllable(stem)) return std::nullopt;
    const auto& l = analysis::decompose(stem);
    if (!l || l->tone != 0) return std::nullopt;
    const auto meant = analysis::compose(l->base, static_cast<analysis::Tone>(key + 1));
    if (!meant) return std::nullopt;
    auto reads = [](std::string_view a, std::string_view b) {
        if (a.empty() || b.empty()) return false;
        const auto e = analysis::vi_words::lookup(a, b);
        return analysis::vi_words::tier(e.score) > 0 || e.admin >= 2;
    };
    if (!reads(around.first, *meant) && !reads(*meant, around.second)) return std::nullopt;
    return meant;
}

// Template tags and code ({{ name }}, {% for x in y %}, `code`) and web addresses
// (https://…, www.…): [begin, end) code points.
std::vector<std::pair<std::uint32_t, std::uint32_t>> code_spans(const std::u32string& text) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
    // One pass first for the marks' first characters: most paragraphs hold none of ":/" "w" "{" "`",
    // and each search below reads the whole text.
    bool any = false;
    for (std::size_t i = 0; i < text.size() && !any; ++i) {
        const char32_t c = text[i];
        any = c == U'w' || c == U'{' || c == U'`' || (c == U':' && i + 1 < text.size() && text[i + 1] == U'/');
    }
    if (!any) return out;
    for (const std::u32string_view mark : {std::u32string_view(U"://"), std::u32string_view(U"www.")}) {
        for (std::size_t at = text.find(mark); at != std::u32string::npos; at = text.find(mark, at + 1)) {
            std::size_t b = at, e = at;
            while (b > 0 && text[b - 1] != U' ' && text[b - 1] != U'(') --b;
            while (e < text.size() && text[e] != U' ' && text[e] != U')') ++e;
            out.emplace_back(static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e));
            at = e;
        }
    }
    for (const auto& [open, close] : {std::pair<std::u32string_view, std::u32string_view>{U"{{", U"}}"}, {U"{%", U"%}"},
                                      {U"`", U"`"}}) {
        std::size_t at = 0;
        while ((at = text.find(open, at)) != std::u32string::npos) {
            const std::size_t end = text.find(close, at + open.size());
            if (end == std::u32string::npos) break;
            out.emplace_back(static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(end + close.size()));
            at = end + close.size();
        }
    }
    return out;
}

bool inside(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& spans, const Token& t) {
    for (const auto& [b, e] : spans) {
        if (t.begin >= b && t.end <= e) return true;
    }
    return false;
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
    Misspelling(std::vector<Confusable> confusables, analysis::StringSet allow, analysis::StringSet unattested,
                analysis::StringSet places, analysis::StringSet phrases, std::vector<std::vector<Token>> authorities,
                std::vector<char> cited_kinds)
        : confusables_(std::move(confusables)),
          phrases_(std::move(phrases)),
          authorities_(std::move(authorities)),
          cited_kind_(std::move(cited_kinds)) {
        // Each name by its first word's letters without tone or marks, the key that word and every
        // word one tone or mark from it share: one lookup per token, no variants made at start-up.
        for (std::size_t k = 0; k < authorities_.size(); ++k) by_authority_first_[skeleton(authorities_[k].front())].push_back(k);
        for (const auto& w : allow) listed_[w] |= kAllowed;
        for (const auto& w : unattested) listed_[w] |= kUnattested;
        for (const auto& w : places) listed_[w] |= kPlace;
    }

    void run(const engine::Context& context, engine::Sink& sink) const override {
        std::vector<Confusable> all = confusables_;
        for (const auto& [wrong, right] : context.config.confusables) all.push_back(make_confusable(wrong, right));
        // Confusables by their first word: one lookup per token.
        analysis::StringMap<std::vector<std::size_t>> by_first_key;
        for (std::size_t k = 0; k < all.size(); ++k) {
            if (!all[k].keys.empty()) by_first_key[all[k].keys.front()].push_back(k);
        }
        const auto& tokens = context.analysis.get<analysis::Tokens>();
        const auto& quantities = context.analysis.get<analysis::Quantities>();
        if (without_diacritics(context.document, tokens, sink)) return;
        std::vector<PairSlip> slips;
        for (std::size_t p = 0; p < context.document.paragraphs.size(); ++p) {
            const auto& t = tokens.of(p);
            const auto& text = tokens.text(p);
            const auto& para = context.document.paragraphs[p];
            std::vector<char> covered(t.size(), false);
            const auto code = code_spans(text);
            for (std::size_t i = 0; i < t.size(); ++i) {
                const auto starting = by_first_key.find(t[i].key);
                // (A web address is no prose: "…/Nghi-quyet-15-NQ-HDND-2023.aspx" is spelled so.)
                if (starting == by_first_key.end() || inside(code, t[i])) continue;
                for (std::size_t ci : starting->second) {
                    const Confusable& c = all[ci];
                    if (!matches_at(t, text, i, c.keys)) continue;
                    const std::size_t last = i + c.keys.size() - 1;
                    if (straddles(t, text, i, last)) continue;
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
            // (A short paragraph, a heading or a cell, follows the document's language.)
            if (!vietnamese_prose(t) || !quantities.vietnamese(p)) continue;
            split_words(para, p, t, text, covered, sink);
            authority_names(para, p, t, text, covered, sink);
            std::vector<signed char> is_foreign(t.size(), -1);  // foreign(t[k]), -1 until asked
            auto foreign_at = [&](std::size_t k) {
                if (is_foreign[k] < 0) is_foreign[k] = foreign(t[k]);
                return is_foreign[k] == 1;
            };
            for (std::size_t i = 0; i < t.size(); ++i) {
                if (covered[i] || t[i].kind != Token::Kind::Word || attached(text, t[i]) || inside(code, t[i])) continue;
                const bool foreign_neighbour = (i > 0 && foreign_at(i - 1)) || (i + 1 < t.size() && foreign_at(i + 1));
                if (!foreign_neighbour && unmarked(para, p, t, text, code, i, sink)) continue;
                check_word(para, p, t[i], foreign_neighbour, sentence_start(text, t[i]), neighbours(t, text, code, i), sink);
            }
            check_pairs(para, p, t, text, code, covered, slips, sink);
        }
        emit_unless_document_term(tokens, context.document.paragraphs.size(), slips, sink);
    }

private:
    // A slip read in a pair of words (`written` its keys), kept until the whole document is read.
    struct PairSlip {
        engine::Draft draft;
        std::string first, second;  // the keys of the pair as written
        int side;                   // the word the slip is in: 0 first, 1 second
        std::string right;          // that word's key as meant
    };

    // A slip is an accident. A pair written three times or more while the pair meant is never written,
    // its slipped word also standing elsewhere in the document on its own, is the document's term
    // (`số lợn` on a page about a pig epidemic that writes `đàn lợn`, `chỉ số giá tăng` in a price
    // release): not reported. A word that stands only in that pair (`phản ảnh` throughout) is a
    // misspelling made consistently and stays reported.
    static void emit_unless_document_term(const analysis::Tokens& tokens, std::size_t paragraphs, std::vector<PairSlip>& slips,
                                          engine::Sink& sink) {
        if (slips.empty()) return;
        // Count over the document's adjacent words, by first key: the second keys wanted after it
        // and their counts (key "" counts the word alone).
        analysis::StringMap<std::vector<std::pair<std::string, int>>> counts;
        auto want = [&](const std::string& a, const std::string& b) {
            auto& seconds = counts[a];
            for (const auto& [key, n] : seconds) {
                if (key == b) return;
            }
            seconds.emplace_back(b, 0);
        };
        for (const auto& s : slips) {
            want(s.first, s.second);
            want(s.side == 0 ? s.right : s.first, s.side == 0 ? s.second : s.right);
            want(s.side == 0 ? s.first : s.second, "");
        }
        for (std::size_t p = 0; p < paragraphs; ++p) {
            const auto& t = tokens.of(p);
            for (std::size_t i = 0; i < t.size(); ++i) {
                if (t[i].kind != Token::Kind::Word) continue;
                const auto it = counts.find(t[i].key);
                if (it == counts.end()) continue;
                const bool pair = i + 1 < t.size() && t[i + 1].kind == Token::Kind::Word;
                for (auto& [key, n] : it->second) n += key.empty() || (pair && key == t[i + 1].key);
            }
        }
        auto count = [&](const std::string& a, const std::string& b) {
            for (const auto& [key, n] : counts.find(a)->second) {
                if (key == b) return n;
            }
            return 0;
        };
        for (auto& s : slips) {
            const int written = count(s.first, s.second);
            const int meant = s.side == 0 ? count(s.right, s.second) : count(s.first, s.right);
            const int alone = count(s.side == 0 ? s.first : s.second, "");
            if (written >= 3 && meant == 0 && alone > written) continue;
            sink.emit(std::move(s.draft));
        }
    }

    // A Vietnamese document typed without its marks ("cong van de nghi"): one finding for the
    // document, not one per word. Its words are syllables of Vietnamese shape, none marked.
    static bool without_diacritics(const model::Document& doc, const analysis::Tokens& tokens, engine::Sink& sink) {
        int words = 0, shaped = 0, marked = 0;
        std::optional<std::size_t> first;
        for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
            for (const auto& tok : tokens.of(p)) {
                if (tok.kind != Token::Kind::Word || tok.end - tok.begin < 2) continue;
                const auto& l = analysis::letters_of(tok);
                if (!l || l->all_upper) continue;
                if (!first) first = p;
                ++words;
                marked += l->marked;
                shaped += !l->marked && analysis::is_syllable(tok);
            }
        }
        if (words < 30 || marked * 50 >= words || shaped * 10 < words * 7) return false;
        engine::Draft d;
        d.message = "no_diacritics";
        d.range = model::Range{*first, 0, utf8::length(doc.paragraphs[*first].text)};
        d.args["words"] = std::to_string(words);
        sink.emit(std::move(d));
        return true;
    }

    // A lowercase word typed without its marks in Vietnamese prose, whose bare letters are no
    // syllable (`Chủ tich`, `về viec`): the syllable meant when a neighbour makes a common word
    // with it (analysis::find_unmarked); a warning with the word as the fix. True when reported.
    bool unmarked(const model::Paragraph& para, std::size_t p, const std::vector<Token>& t, const std::u32string& text,
                  const std::vector<std::pair<std::uint32_t, std::uint32_t>>& code, std::size_t i,
                  engine::Sink& sink) const {
        const Token& w = t[i];
        if ((listed(w.key) & (kAllowed | kPlace)) || w.end - w.begin < 2) return false;
        const auto& l = analysis::letters_of(w);
        if (!l || l->marked) return false;
        for (auto u : l->upper) {
            if (u) return false;
        }
        const auto [left, right] = neighbours(t, text, code, i);
        const auto slip = analysis::find_unmarked(w.key, left, right);
        if (!slip) return false;
        engine::Draft d;
        d.range = model::Range{p, w.begin, w.end};
        d.message = "unmarked";
        d.args["word"] = w.text;
        d.args["right"] = slip->right;
        d.fix = Fix{slip->right, analysis::within_one_run(para, w.begin, w.end)};
        sink.emit(std::move(d));
        return true;
    }

    // A lowercase syllable with marks, of valid structure, that no word holds and administrative
    // text never has (`gảm 304 người`, `tại nghiều quốc gia`): a warning when one common syllable
    // one slip away stands out (analysis::find_unknown).
    void unknown(const model::Paragraph& para, std::size_t p, const Token& t,
                 std::pair<std::string_view, std::string_view> around, engine::Sink& sink) const {
        const auto& l = analysis::letters_of(t);
        // (A word without marks too, `tren cơ sở`: beside a marked word, not a foreign one.)
        if (!l) return;
        if (!l->marked) {
            auto marked = [](std::string_view k) {
                return !k.empty() && k.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string_view::npos;
            };
            if (!marked(around.first) && !marked(around.second)) return;
        }
        for (auto u : l->upper) {
            if (u) return;
        }
        const auto right = analysis::find_unknown(t.key, around.first, around.second);
        if (!right) return;
        engine::Draft d;
        d.range = model::Range{p, t.begin, t.end};
        d.message = "unknown";
        d.args["word"] = t.text;
        d.args["right"] = *right;
        d.fix = Fix{*right, analysis::within_one_run(para, t.begin, t.end)};
        sink.emit(std::move(d));
    }

    // "đoà n", "an toà n", "Toà n": a word split before its last consonants (a PDF conversion).
    // Consonants alone are no word; joined to the word before they make a common syllable. The
    // finding covers both parts, so no other reading fixes the first alone ("toà" → "toàn" would
    // leave the "n" behind).
    static void split_words(const model::Paragraph& para, std::size_t p, const std::vector<Token>& t, const std::u32string& text,
                            std::vector<char>& covered, engine::Sink& sink) {
        static const std::u32string consonants = U"bcdđghklmnpqrstvx";
        for (std::size_t i = 0; i + 1 < t.size(); ++i) {
            const Token& a = t[i];
            const Token& b = t[i + 1];
            if (covered[i] || covered[i + 1] || a.kind != Token::Kind::Word || b.kind != Token::Kind::Word ||
                b.end - b.begin > 2 || b.begin != a.end + 1 || text[a.end] != U' ') {
                continue;
            }
            bool bare = true;
            for (std::uint32_t k = b.begin; k < b.end; ++k) bare = bare && consonants.find(text[k]) != std::u32string::npos;
            if (!bare) continue;
            // The joined syllable is common in administrative text and the first part is not (`có n
            // chiều`: a variable after a common word).
            const std::string joined = a.text + b.text;
            if (!analysis::is_valid_syllable(joined)) continue;
            const int whole = analysis::vi_words::admin_count(analysis::canonical(joined), "");
            if (whole < 20 || analysis::vi_words::admin_count(a.key, "") * 4 > whole) continue;
            engine::Draft d;
            d.range = model::Range{p, a.begin, b.end};
            d.message = "split";
            d.args["word"] = a.text + " " + b.text;
            d.args["right"] = joined;
            d.fix = Fix{joined, analysis::within_one_run(para, a.begin, b.end)};
            sink.emit(std::move(d));
            covered[i] = covered[i + 1] = true;
        }
    }

    // The name of an authority with one tone or mark slipped in one word (`Bô Tài chính`, `Sở Y tê`):
    // capitals mark a name, so the readings of lowercase words never see it. A run of words that
    // is a known name (`authorities`) but for one word, a valid syllable one tone or mark from the
    // name's, each word capitalised as the name's, is that name; a capitalised run that is no
    // known name but for one slip is a name of its own and stays silent.
    void authority_names(const model::Paragraph& para, std::size_t p, const std::vector<Token>& t, const std::u32string& text,
                         std::vector<char>& covered, engine::Sink& sink) const {
        if (authorities_.empty()) return;
        auto upper_first = [](const Token& tok) {
            const auto& l = analysis::letters_of(tok);
            return l && l->upper_first;
        };
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (covered[i] || t[i].kind != Token::Kind::Word || !upper_first(t[i])) continue;
            const auto found = by_authority_first_.find(skeleton(t[i]));
            if (found == by_authority_first_.end()) continue;
            for (std::size_t k : found->second) {
                const auto& name = authorities_[k];
                if (i + name.size() > t.size()) continue;
                std::size_t diff = name.size();
                bool ok = true;
                for (std::size_t n = 0; n < name.size() && ok; ++n) {
                    const Token& tok = t[i + n];
                    if (covered[i + n] || tok.kind != name[n].kind) ok = false;
                    else if (n > 0 && !analysis::spaced(text, t[i + n - 1], tok) &&
                             (tok.kind != Token::Kind::Punct && t[i + n - 1].kind != Token::Kind::Punct))
                        ok = false;
                    else if (tok.kind == Token::Kind::Word && upper_first(tok) != upper_first(name[n])) ok = false;
                    else if (tok.key != name[n].key) {
                        const auto& variants = analysis::mark_variants(name[n].key);
                        if (diff != name.size() || tok.kind != Token::Kind::Word || !analysis::is_syllable(tok) ||
                            std::find(variants.begin(), variants.end(), tok.key) == variants.end())
                            ok = false;
                        else
                            diff = n;
                    }
                }
                if (!ok || diff == name.size()) continue;
                const std::size_t last = i + name.size() - 1;
                std::string written, meant;
                for (std::uint32_t c = t[i].begin; c < t[last].end; ++c) utf8::append(written, text[c]);
                for (std::uint32_t c = t[i].begin; c < t[i + diff].begin; ++c) utf8::append(meant, text[c]);
                meant += name[diff].text;
                for (std::uint32_t c = t[i + diff].end; c < t[last].end; ++c) utf8::append(meant, text[c]);
                engine::Draft d;
                d.range = model::Range{p, t[i].begin, t[last].end};
                d.message = cited_kind_[k] ? "document_kind" : "authority";
                d.args["word"] = written;
                d.args["right"] = meant;
                d.fix = Fix{meant, analysis::within_one_run(para, t[i].begin, t[last].end)};
                sink.emit(std::move(d));
                for (std::size_t n = i; n <= last; ++n) covered[n] = true;
                break;
            }
        }
    }

    // A lowercase word without Vietnamese marks that is no Vietnamese syllable: a foreign word.
    bool foreign(const Token& t) const {
        if (t.kind != Token::Kind::Word || (listed(t.key) & kAllowed)) return false;
        const auto& l = analysis::letters_of(t);
        return l && !l->marked && !l->upper_first && !analysis::is_syllable(t);
    }

    // A paragraph the spell check reads: Vietnamese with its marks. Text in another language, typed
    // without diacritics or garbled by a conversion is not Vietnamese prose, and a syllable check
    // of it reports every other word.
    bool vietnamese_prose(const std::vector<Token>& t) const {
        int words = 0, foreign = 0, garbled = 0, marked = 0;
        for (const auto& tok : t) {
            if (tok.kind != Token::Kind::Word || tok.end - tok.begin < 2) continue;
            const auto& l = analysis::letters_of(tok);
            if (!l || l->all_upper || l->upper_first) continue;
            ++words;
            marked += l->marked;
            if (analysis::is_syllable(tok) || (listed(tok.key) & kAllowed)) continue;
            (l->marked ? garbled : foreign)++;
        }
        if (words < 3) return true;
        if (marked == 0) return false;
        return words < 6 || (foreign * 10 <= words * 3 && garbled * 10 <= words * 3);
    }

    // The canonical keys of the words either side of t[i] with only spaces between, "" when none
    // or not a syllable.
    static std::pair<std::string_view, std::string_view> neighbours(
        const std::vector<Token>& t, const std::u32string& text,
        const std::vector<std::pair<std::uint32_t, std::uint32_t>>& code, std::size_t i) {
        auto key = [&](std::size_t k, std::size_t a, std::size_t b) -> std::string_view {
            if (t[k].kind != Token::Kind::Word || !analysis::spaced(text, t[a], t[b]) || inside(code, t[k]) ||
                !analysis::key_is_syllable(t[k]))
                return {};
            return t[k].key;
        };
        return {i > 0 ? key(i - 1, i - 1, i) : std::string_view(), i + 1 < t.size() ? key(i + 1, i, i + 1) : std::string_view()};
    }

    // The word opens its paragraph or a sentence (after `.`, `!`, `?`, `:`, `…` or a list mark):
    // its capital is the sentence's. Elsewhere a capital marks a name.
    static bool sentence_start(const std::u32string& text, const Token& t) {
        std::size_t k = t.begin;
        while (k > 0 && (text[k - 1] == U' ' || text[k - 1] == U'\t' || text[k - 1] == U'“' || text[k - 1] == U'"' ||
                         text[k - 1] == U'(' || text[k - 1] == U'-' || text[k - 1] == U'+' || text[k - 1] == U'•' || text[k - 1] == U'*'))
            --k;
        if (k == 0) return true;
        const char32_t c = text[k - 1];
        return c == U'.' || c == U'!' || c == U'?' || c == U':' || c == U'…';
    }

    // Vowel letters in two or more runs (`vaccine`, `karaoke`, `taxi`): a word of several
    // syllables written solid, as a foreign word is; a Vietnamese syllable has one run.
    static bool several_vowel_runs(const std::u32string& base) {
        static const std::u32string vowels = U"aăâeêioôơuưy";
        int runs = 0;
        bool in_run = false;
        for (char32_t c : base) {
            const bool vowel = vowels.find(c) != std::u32string::npos;
            runs += vowel && !in_run;
            in_run = vowel;
        }
        return runs >= 2;
    }

    void check_word(const model::Paragraph& para, std::size_t p, const Token& t, bool foreign_neighbour, bool opens_sentence,
                    std::pair<std::string_view, std::string_view> around, engine::Sink& sink) const {
        const std::uint8_t lists = listed(t.key);
        if ((lists & (kAllowed | kPlace)) || t.end - t.begin < 2) return;
        const bool unattested = (lists & kUnattested) != 0;
        if (analysis::is_syllable(t) && !unattested) return;  // (unknown(): after the pair check)
        engine::Draft d;
        d.range = model::Range{p, t.begin, t.end};
        d.args["word"] = t.text;
        // "tỷđồng", and "QuảngTrị": two capitalised syllables written solid (not a brand such as
        // "VinFast": both halves are Vietnamese syllables and one carries a mark).
        auto split = glued(t.text);
        // A loanword written solid as Vietnamese syllables (`nitơ`, `cácbon`) has halves drafts never
        // write alone (`ni`, `tơ`): no two words run together. A note only (a slip may still read
        // so: `tổ chưca`).
        if (split && loanword(*split)) {
            d.message = "foreign";
            d.severity = Severity::Info;
            sink.emit(std::move(d));
            return;
        }
        if (!split) split = camel_glued(t.text);
        if (split) {
            d.message = "glued";
            d.args["right"] = *split;
            d.fix = Fix{*split, analysis::within_one_run(para, t.begin, t.end)};
            sink.emit(std::move(d));
            return;
        }
        const auto& l = analysis::letters_of(t);
        if (!l || l->all_upper) return;
        bool inner_upper = false;
        for (std::size_t i = 1; i < l->upper.size(); ++i) inner_upper = inner_upper || l->upper[i];
        if (inner_upper) return;
        if (l->upper_first) {
            // A foreign name, or a capital inside a sentence: a name (Đakrông, Kạn).
            if (!l->marked || l->base.size() > 7 || !opens_sentence) return;
            d.severity = Severity::Info;
            sink.emit(std::move(d));
            return;
        }
        // No diacritics: a foreign word (info; silent inside a foreign phrase) unless a Telex tone
        // key was left over (gias, thamf).
        if (!l->marked && !unattested && !telex_leftover(analysis::lower(t.text), around)) {
            if (foreign_neighbour || several_vowel_runs(l->base)) return;
            d.message = "foreign";
            d.severity = Severity::Info;
        } else if (l->marked && !unattested) {
            // A marked non-syllable one slip from a common syllable (nghành, đươc): suggest it.
            if (const auto right = analysis::find_unknown(t.key, around.first, around.second)) {
                d.message = "invalid_near";
                d.args["right"] = *right;
                d.fix = Fix{*right, analysis::within_one_run(para, t.begin, t.end)};
            }
        }
        sink.emit(std::move(d));
    }

    // A lowercase Vietnamese syllable the pair check may read (not a name, acronym or foreign word).
    bool plain_syllable(const std::u32string& text, const Token& t,
                        const std::vector<std::pair<std::uint32_t, std::uint32_t>>& code) const {
        if (t.kind != Token::Kind::Word) return false;
        const std::uint8_t lists = listed(t.key);
        if (lists & (kAllowed | kPlace)) return false;
        const auto& l = analysis::letters_of(t);
        if (!l) return false;
        for (auto u : l->upper) {
            if (u) return false;
        }
        return analysis::is_syllable(t) && !(lists & kUnattested) && !attached(text, t) && !inside(code, t);
    }

    // A heading in capitals (`ĐIỀU 3: LƯƠNG VÀ PHÚ CẤP`): every word of two letters or more is
    // in capitals, three or more of them are Vietnamese syllables and one has a mark. Its words
    // are read in lower case like any other; a capital there marks the heading, not a name.
    static bool caps_heading(const std::vector<Token>& t) {
        int syllables = 0, marked = 0;
        for (const auto& tok : t) {
            if (tok.kind != Token::Kind::Word || tok.end - tok.begin < 2) continue;
            const auto& l = analysis::letters_of(tok);
            if (!l) continue;
            if (!l->all_upper) return false;
            if (!analysis::key_is_syllable(tok)) continue;
            ++syllables;
            marked += l->marked;
        }
        return syllables >= 3 && marked >= 1;
    }

    // A word of a capitals heading the pair check may read: a Vietnamese syllable in capitals, not
    // a Roman numeral (`PHẦN VI`), nor a word of the lists.
    bool caps_syllable(const std::u32string& text, const Token& t,
                       const std::vector<std::pair<std::uint32_t, std::uint32_t>>& code) const {
        if (t.kind != Token::Kind::Word || t.end - t.begin < 2) return false;
        const std::uint8_t lists = listed(t.key);
        if (lists & (kAllowed | kPlace)) return false;
        if (t.text.find_first_not_of("IVXLCDM") == std::string::npos) return false;
        const auto& l = analysis::letters_of(t);
        return l && l->all_upper && analysis::key_is_syllable(t) && !(lists & kUnattested) &&
               !attached(text, t) && !inside(code, t);
    }

    // The syllable meant, in the case of the word written: in capitals for a word in capitals.
    static std::string cased_as(const std::string& written, const std::string& right) {
        const auto& l = analysis::decompose(written);
        if (!l || !l->all_upper) return right;
        std::string out;
        for (std::size_t i = 0; i < right.size();) {
            const char32_t c = utf8::next(right, i);
            utf8::append(out, static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(c))));
        }
        return out;
    }

    void check_pairs(const model::Paragraph& para, std::size_t p, const std::vector<Token>& t, const std::u32string& text,
                     const std::vector<std::pair<std::uint32_t, std::uint32_t>>& code, const std::vector<char>& covered,
                     std::vector<PairSlip>& slips, engine::Sink& sink) const {
        std::vector<char> plain(t.size());  // (chars, not bits: read at every pair and window)
        const bool heading = caps_heading(t);
        // A word of one letter is read (`thú ý`, `lấy y kiến`); one without a mark only when it is
        // the paragraph's only such word (`hàm y bằng x`, `điểm a, b`: letters as names).
        int bare_letters = 0;
        for (const auto& tok : t) {
            bare_letters += tok.kind == Token::Kind::Word && tok.end - tok.begin == 1 && tok.text.size() == 1;
        }
        for (std::size_t i = 0; i < t.size(); ++i) {
            plain[i] = !covered[i] && (heading ? caps_syllable(text, t[i], code) : plain_syllable(text, t[i], code));
            if (plain[i] && t[i].end - t[i].begin == 1 && t[i].text.size() == 1 && bare_letters > 1) plain[i] = false;
        }
        if (heading) {
            // A person's name in capitals (`GVHD: NGUYỄN BẢO ÂN`, a signature): a family name and
            // the three words after it are not read.
            static const std::set<std::string_view> family = {
                "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "võ", "đặng", "bùi", "đỗ", "ngô",
                "dương", "đinh", "đoàn", "trương", "trịnh", "quách", "lưu", "đào", "kiều"};
            for (std::size_t i = 0; i < t.size(); ++i) {
                if (t[i].kind != Token::Kind::Word || !family.count(t[i].key)) continue;
                for (std::size_t k = i; k < t.size() && k <= i + 3; ++k) plain[k] = false;
            }
        }
        std::vector<char> flagged(t.size(), false);
        // t[i] and t[i + 1] are words with only spaces between (asked several times per token:
        // read once).
        std::vector<char> links(t.size(), false);
        for (std::size_t i = 0; i + 1 < t.size(); ++i) {
            links[i] = t[i].kind == Token::Kind::Word && t[i + 1].kind == Token::Kind::Word && analysis::spaced(text, t[i], t[i + 1]);
        }
        auto linked = [&](std::size_t i) { return i + 1 < t.size() && links[i]; };
        // Inside a sentence, a capitalised word between two lowercase ones opens a title written in
        // sentence case (`trong Chiến lược quốc gia`, `Kế hoạch Xây dựng nông thôn mới`): only its
        // first word takes a capital. It is read with the lowercase word after it, never as a slip itself. (A
        // name's words are all capitalised: `tại Hà Nội`, `ông Nguyễn Văn An` hold no such word.)
        auto title_first = [&](std::size_t k) {
            if (k == 0 || k + 1 >= t.size() || covered[k] || t[k].kind != Token::Kind::Word || t[k].end - t[k].begin < 2 ||
                (listed(t[k].key) & (kAllowed | kPlace | kUnattested)) || inside(code, t[k]) ||
                !analysis::is_syllable(t[k]) || !plain[k - 1] || !linked(k - 1) || !plain[k + 1] || !linked(k)) {
                return false;
            }
            const auto& l = analysis::letters_of(t[k]);
            if (!l || !l->upper_first || l->all_upper) return false;
            for (std::size_t n = 1; n < l->upper.size(); ++n) {
                if (l->upper[n]) return false;
            }
            return true;
        };
        // A verb of change used without an object (before its figure, "so với", a degree word, a
        // preposition, or a clause's end: "yếu tố giá tăng 6,8%", "chỉ số giá tăng so với tháng
        // trước", "có chỉ số giá tăng;") is its clause's verb: the word before it is its subject,
        // not the first syllable of a compound ("gia tăng dân số" takes an object).
        auto governs_figure = [&](std::size_t k) {
            static const std::set<std::string_view> kIntransitive = {"so", "với", "cao", "mạnh", "nhẹ", "nhanh", "chậm", "thêm", "hơn",
                                                                     "nhiều", "ít", "ở", "tại", "trong", "do", "là", "và", "gần",
                                                                     "khoảng", "trên", "dưới", "từ", "đến", "tới", "bình", "lần"};
            if (t[k].key != "tăng" && t[k].key != "giảm") return false;
            return !linked(k) || kIntransitive.count(t[k + 1].key) > 0;
        };
        for (std::size_t i = 0; i + 1 < t.size(); ++i) {
            const bool title = !plain[i] && title_first(i);
            if ((!plain[i] && !title) || !plain[i + 1] || !linked(i)) continue;
            const std::string_view before = i > 0 && linked(i - 1) ? std::string_view(t[i - 1].key) : std::string_view();
            const std::string_view after = linked(i + 1) ? std::string_view(t[i + 2].key) : std::string_view();
            if (phrases_.count(pair_key(t[i].key, t[i + 1].key))) continue;
            const auto slip = analysis::find_slip(before, t[i].key, t[i + 1].key, after);
            if (!slip || (title && slip->side == 0) || (slip->side == 0 && governs_figure(i + 1))) continue;
            const Token& wrong = t[i + static_cast<std::size_t>(slip->side)];
            std::string right = slip->right;
            if (analysis::tone_style_of(wrong.text) == analysis::ToneStyle::New) {
                right = analysis::with_tone_style(right, analysis::ToneStyle::New);
            }
            right = cased_as(wrong.text, right);
            const std::string written = t[i].text + " " + t[i + 1].text;
            const std::string meant = slip->side == 0 ? right + " " + t[i + 1].text : t[i].text + " " + right;
            engine::Draft d;
            d.range = model::Range{p, t[i].begin, t[i + 1].end};
            d.message = "word";
            d.args["word"] = written;
            d.args["right"] = meant;
            d.fix = Fix{meant, analysis::within_one_run(para, t[i].begin, t[i + 1].end)};
            slips.push_back({std::move(d), t[i].key, t[i + 1].key, slip->side, slip->right});
            flagged[i] = flagged[i + 1] = true;
            ++i;
        }
        // A number in words (`ba triêu bảy trăm`): a syllable between two number words, one tone or
        // mark from one (analysis::find_number_word). Read as the pair with the word after it.
        for (std::size_t i = 1; i + 1 < t.size(); ++i) {
            if (!plain[i] || flagged[i] || flagged[i + 1] || !linked(i - 1) || !linked(i)) continue;
            const auto right = analysis::find_number_word(t[i - 1].key, t[i].key, t[i + 1].key);
            if (!right) continue;
            const std::string fixed = cased_as(t[i].text, *right);
            const std::string meant = fixed + " " + t[i + 1].text;
            engine::Draft d;
            d.range = model::Range{p, t[i].begin, t[i + 1].end};
            d.message = "word";
            d.args["word"] = t[i].text + " " + t[i + 1].text;
            d.args["right"] = meant;
            d.fix = Fix{meant, analysis::within_one_run(para, t[i].begin, t[i + 1].end)};
            sink.emit(std::move(d));
            flagged[i] = flagged[i + 1] = true;
        }
        // A word of scale after a figure (`45,8 trệu USD`): a syllable drafts never write, one slip
        // from exactly one of trăm, nghìn, ngàn, triệu, tỷ (analysis::find_scale_after_figure).
        for (std::size_t i = 1; i < t.size(); ++i) {
            if (!plain[i] || flagged[i] || t[i - 1].kind != Token::Kind::Number || !analysis::spaced(text, t[i - 1], t[i])) continue;
            // A figure written with a leading zero (`01 tủ báo`, `04 cầu`) counts things: no scale follows it.
            if (t[i - 1].text.size() >= 2 && t[i - 1].text[0] == '0' && std::isdigit(static_cast<unsigned char>(t[i - 1].text[1])) != 0) continue;
            // (Not a word with the word after it: `28 tủ sách`.)
            if (linked(i) && plain[i + 1]) {
                const auto e = analysis::vi_words::lookup(t[i].key, t[i + 1].key);
                if (analysis::vi_words::tier(e.score) > 0 || e.admin > 0 || analysis::vi_words::bucket(e.score) >= 2) continue;
            }
            const auto right = analysis::find_scale_after_figure(t[i].key);
            if (!right) continue;
            replace_token(sink, para, p, t[i], "word", cased_as(t[i].text, *right));
            flagged[i] = true;
        }
        // Second reading, in context: each lowercase syllable against its variants of one tone or
        // mark, over a window of two words either side (analysis::find_slip_in_context). The
        // context may hold capitalised words (`Công an`), read by their lowercase keys.
        std::vector<signed char> context(t.size(), -1);  // -1 not yet known
        auto is_context = [&](std::size_t k) {
            if (context[k] < 0) {
                context[k] = plain[k] || (t[k].kind == Token::Kind::Word && !inside(code, t[k]) &&
                                          analysis::key_is_syllable(t[k]));
            }
            return context[k] == 1;
        };
        // A sentence's first word is capitalised by its place, not as a name: it is read like a
        // lowercase one, against the lowercase word after it (`Chiến lượt quốc gia`).
        auto sentence_first = [&](std::size_t i) {
            if (covered[i] || t[i].kind != Token::Kind::Word || t[i].end - t[i].begin < 2 ||
                (listed(t[i].key) & (kAllowed | kPlace | kUnattested)) || inside(code, t[i]) ||
                !analysis::is_syllable(t[i]) || i + 1 >= t.size() || !plain[i + 1]) {
                return false;
            }
            const auto& l = analysis::letters_of(t[i]);
            if (!l || !l->upper_first || l->all_upper) return false;
            for (std::size_t k = 1; k < l->upper.size(); ++k) {
                if (l->upper[k]) return false;
            }
            for (std::uint32_t k = t[i].begin; k > 0; --k) {
                const char32_t c = text[k - 1];
                if (c == U' ' || c == 0xA0 || c == U'\t') continue;
                return c == U'.' || c == U'!' || c == U'?';
            }
            return true;  // the paragraph's first word
        };
        // The currency after a figure is no context of the word after it (no "đồng chí" there).
        auto unit_of_figure = [&](std::size_t k) { return k > 0 && analysis::currency_after_figure(t[k - 1].key, t[k].key); };
        std::vector<std::string_view> keys;
        for (std::size_t i = 0; i < t.size(); ++i) {
            const bool first_word = !plain[i] && !flagged[i] && sentence_first(i);
            if ((!plain[i] && !first_word) || flagged[i]) continue;
            std::size_t first = i, last = i;
            while (first > 0 && i - first < 2 && linked(first - 1) && is_context(first - 1) && !unit_of_figure(first - 1)) --first;
            while (last + 1 < t.size() && last - i < 2 && linked(last) && is_context(last + 1)) ++last;
            if (first == last) continue;
            keys.clear();
            for (std::size_t k = first; k <= last; ++k) keys.push_back(t[k].key);
            bool cut_end = false;  // the window ends the paragraph with no punctuation after it
            if (last + 1 == t.size()) {
                cut_end = true;
                for (std::size_t k = t[last].end; k < text.size(); ++k) cut_end = cut_end && text[k] == U' ';
            }
            const auto slip = analysis::find_slip_in_context(keys, i - first, cut_end, heading);
            if (!slip) continue;
            const std::size_t other = slip->partner < 0 ? i - 1 : i + 1;
            // The word meant is read with a lowercase neighbour: a capitalised one may be a name
            // (`phường Đông`, `Đắk Nông cũ`).
            if (other < first || other > last || flagged[other] ||
                (!plain[other] && !sentence_first(other) && !(other + 1 == i && title_first(other))) ||
                (first_word && other != i + 1) || (other == i + 1 && governs_figure(other))) {
                continue;
            }
            const std::size_t a = std::min(i, other), b = std::max(i, other);
            if (phrases_.count(pair_key(t[a].key, t[b].key))) continue;
            std::string right = slip->right;
            if (analysis::tone_style_of(t[i].text) == analysis::ToneStyle::New) {
                right = analysis::with_tone_style(right, analysis::ToneStyle::New);
            }
            if (first_word) right = capitalised(right);
            right = cased_as(t[i].text, right);
            const std::string written = t[a].text + " " + t[b].text;
            const std::string meant = a == i ? right + " " + t[b].text : t[a].text + " " + right;
            engine::Draft d;
            d.range = model::Range{p, t[a].begin, t[b].end};
            d.message = "word";
            d.args["word"] = written;
            d.args["right"] = meant;
            d.fix = Fix{meant, analysis::within_one_run(para, t[a].begin, t[b].end)};
            slips.push_back({std::move(d), t[a].key, t[b].key, a == i ? 0 : 1, slip->right});
            flagged[a] = flagged[b] = true;
        }
        // A tone mark where neither placement puts it (`Gía`, `qũy`, `giaó`): on the u of qu, the
        // i of gi, or a vowel off the nucleus.
        for (std::size_t i = 0; i < t.size(); ++i) {
            // (The key is the word in lower case with the tone in the old place: most words are
            // written so, and only the others are read further.)
            if (flagged[i] || t[i].kind != Token::Kind::Word || t[i].text == t[i].key) continue;
            const std::string written = analysis::lower(t[i].text);
            const std::string& old_style = t[i].key;
            if (written == old_style || inside(code, t[i])) continue;
            const auto& l = analysis::letters_of(t[i]);
            if (!l || l->tone == 0 || !analysis::is_syllable(t[i])) continue;
            const std::string new_style = analysis::with_tone_style(old_style, analysis::ToneStyle::New);
            if (written == new_style) continue;
            const bool new_doc = analysis::tone_style_of(written) == analysis::ToneStyle::New;
            std::string right = new_doc ? new_style : old_style;
            right = l->all_upper ? cased_as(t[i].text, right) : l->upper_first ? capitalised(right) : right;
            replace_token(sink, para, p, t[i], "tone-position", right);
            flagged[i] = true;
        }
        // Last, a syllable no word holds that neither reading took (gảm, nghiều).
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (!plain[i] || flagged[i] || analysis::vi_words::syllable(t[i].key) >= 0) continue;  // known: most
            unknown(para, p, t[i], neighbours(t, text, code, i), sink);
        }
    }

    // A finding on one token with its replacement as the fix.
    static void replace_token(engine::Sink& sink, const model::Paragraph& para, std::size_t p, const Token& tok, const char* message,
                              const std::string& right) {
        engine::Draft d;
        d.range = model::Range{p, tok.begin, tok.end};
        d.message = message;
        d.args["word"] = tok.text;
        d.args["right"] = right;
        d.fix = Fix{right, analysis::within_one_run(para, tok.begin, tok.end)};
        sink.emit(std::move(d));
    }

    // The word with its first letter in upper case.
    static std::string capitalised(const std::string& word) {
        if (word.empty()) return word;
        std::size_t i = 0;
        const char32_t first = utf8::next(word, i);
        std::string out;
        utf8::append(out, static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(first))));
        return out + word.substr(i);
    }

    // "tỷđồng" -> "tỷ đồng": two lowercase valid syllables of two letters or more, one with diacritics.
    static std::optional<std::string> glued(const std::string& word) {
        std::vector<std::size_t> starts;
        for (std::size_t i = 0; i < word.size(); ++i) {
            if (!utf8::is_continuation(word[i])) starts.push_back(i);
        }
        for (std::size_t k = 2; k + 2 <= starts.size(); ++k) {
            const std::string a = word.substr(0, starts[k]);
            const std::string b = word.substr(starts[k]);
            if (!analysis::is_valid_syllable(a) || !analysis::is_valid_syllable(b)) continue;
            const auto& la = analysis::decompose(a);
            const auto& lb = analysis::decompose(b);
            if (!la || !lb || !(la->marked || lb->marked)) continue;
            // (A capital anywhere: a camel join is cut at the capital, camel_glued: `quanGốc`.)
            auto lowercase = [](const analysis::Letters& l) {
                return std::none_of(l.upper.begin(), l.upper.end(), [](char32_t u) { return u != 0; });
            };
            if (!lowercase(*la) || !lowercase(*lb)) continue;
            if (const auto& s = analysis::parse_syllable(b); !s || s->onset.empty()) continue;
            return a + " " + b;
        }
        return std::nullopt;
    }

    // Both halves of a split ("ni tơ") are syllables administrative text never holds.
    static bool loanword(const std::string& split) {
        const std::size_t space = split.find(' ');
        return analysis::vi_words::admin_count(analysis::canonical(split.substr(0, space)), "") == 0 &&
               analysis::vi_words::admin_count(analysis::canonical(split.substr(space + 1)), "") == 0;
    }

    // "người có công tiêu biểu" is no "cống tiêu": the listed slip's first word makes a word with
    // the word before it and its last with the word after, so the text reads as two other words.
    static bool straddles(const std::vector<Token>& t, const std::u32string& text, std::size_t first, std::size_t last) {
        if (first == 0 || last + 1 >= t.size() || t[first - 1].kind != Token::Kind::Word || t[last + 1].kind != Token::Kind::Word ||
            !analysis::spaced(text, t[first - 1], t[first]) || !analysis::spaced(text, t[last], t[last + 1])) {
            return false;
        }
        return analysis::vi_words::tier(analysis::vi_words::pair_score(t[first - 1].key, t[first].key)) >= 2 &&
               analysis::vi_words::tier(analysis::vi_words::pair_score(t[last].key, t[last + 1].key)) >= 2;
    }

    // "QuảngTrị", "YênBái": exactly one capital inside the word, each half a capitalised syllable.
    static std::optional<std::string> camel_glued(const std::string& word) {
        std::size_t cut = 0;
        for (std::size_t i = 0, k = 0; i < word.size(); ++k) {
            const std::size_t at = i;
            const auto c = static_cast<utf8proc_int32_t>(utf8::next(word, i));
            if (k > 0 && utf8proc_tolower(c) != c) {
                if (cut) return std::nullopt;
                cut = at;
            }
        }
        if (!cut) return std::nullopt;
        const std::string a = word.substr(0, cut), b = word.substr(cut);
        const auto& la = analysis::decompose(a);
        const auto& lb = analysis::decompose(b);
        if (!la || !lb || !(la->marked || lb->marked) || la->base.size() < 2 || lb->base.size() < 2) return std::nullopt;
        if (!analysis::is_valid_syllable(a) || !analysis::is_valid_syllable(b)) return std::nullopt;
        return a + " " + b;
    }

    std::vector<Confusable> confusables_;
    // The lists a key is in (allowed words, syllables never attested, places): one lookup for
    // the two or three a token is asked about; 0 for none.
    static constexpr std::uint8_t kAllowed = 1, kUnattested = 2, kPlace = 4;
    analysis::StringMap<std::uint8_t> listed_;
    std::uint8_t listed(std::string_view key) const {
        const auto it = listed_.find(key);
        return it == listed_.end() ? std::uint8_t{0} : it->second;
    }
    // Membership only: hashed, searched with the token's key.
    analysis::StringSet phrases_;
    // Names of authorities (`Bộ Tài chính`), tokenized; and their indices by the first word's key
    // as written or one tone or mark from it.
    std::vector<std::vector<Token>> authorities_;
    std::vector<char> cited_kind_;  // by name: a kind of document cited by its number ("Hướng dẫn số")
    analysis::StringMap<std::vector<std::size_t>> by_authority_first_;  // (searched at every token)

    // The word's letters in lower case without tone or marks (ă â → a, ê → e, ô ơ → o, ư → u, đ → d);
    // "" when it is no word of Vietnamese letters.
    static std::string skeleton(const Token& tok) {
        const auto& l = analysis::letters_of(tok);
        std::string out;
        if (!l) return out;
        for (char32_t c : l->base) {
            switch (c) {
                case U'ă': case U'â': c = U'a'; break;
                case U'ê': c = U'e'; break;
                case U'ô': case U'ơ': c = U'o'; break;
                case U'ư': c = U'u'; break;
                case U'đ': c = U'd'; break;
                default: break;
            }
            utf8::append(out, c);
        }
        return out;
    }

    // "a b", in a per-thread buffer, to search `phrases_` without building a key per pair.
    static std::string_view pair_key(const std::string& a, const std::string& b) {
        thread_local std::string buf;
        buf.assign(a);
        buf += ' ';
        buf += b;
        return buf;
    }
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_misspelling(const engine::RuleSpec& spec) {
    std::vector<Confusable> confusables;
    const engine::Params list = spec.params["confusables"];
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
    auto places = string_list(spec, "places");
    if (!places) return places.error();
    auto phrases = string_list(spec, "phrases");
    if (!phrases) return phrases.error();
    analysis::StringSet a, u, g, h;
    for (const auto& s : *phrases) {
        std::string key;
        for (const auto& k : phrase_keys(s)) key += (key.empty() ? "" : " ") + k;
        h.insert(key);
    }
    for (const auto& s : *allow) a.insert(analysis::canonical(s));
    for (const auto& s : *unattested) u.insert(analysis::canonical(s));
    for (const auto& s : *places) g.insert(analysis::canonical(s));
    auto names = string_list(spec, "authorities");
    if (!names) return names.error();
    std::vector<std::vector<Token>> authorities;
    for (const auto& s : *names) {
        auto toks = analysis::tokenize(s);
        if (toks.size() < 2) return param_error(spec, "an authority's name needs two words or more");
        authorities.push_back(std::move(toks));
    }
    std::vector<char> cited_kinds(authorities.size(), 0);
    // Kinds of document cited by their number: the name then "số" is matched as an authority's is.
    auto kinds = string_list(spec, "cited_kinds");
    if (!kinds) return kinds.error();
    for (const auto& s : *kinds) {
        auto toks = analysis::tokenize(s + " số");
        if (toks.size() < 3) return param_error(spec, "a cited kind of document needs two words or more");
        authorities.push_back(std::move(toks));
        cited_kinds.push_back(1);
    }
    return std::unique_ptr<engine::Check>(std::make_unique<Misspelling>(std::move(confusables), std::move(a), std::move(u), std::move(g),
                                                                        std::move(h), std::move(authorities), std::move(cited_kinds)));
}

}  // namespace soat::checks
