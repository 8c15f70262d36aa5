// A word written twice in a row: a repeated two-syllable word (`khắc phục khắc phục`) always,
// a repeated single syllable when it is on the rule's list of words that never legitimately double
// (`các các`) or when it reads as a word with one side only (`công tác tác tại`, see shared()):
// other `X X` are two compounds sharing a syllable (`hành vi vi phạm`).
// A phrase of four words or more (three in lowercase), without punctuation, written twice back to back (`điều động 29 công chức điều động
// 29 công chức`), a copy-paste slip, is reported once with message `phrase`.
#include "analysis/slips.hpp"
#include "analysis/syllable.hpp"
#include "analysis/tokens.hpp"
#include "analysis/vi_words.hpp"
#include "analysis/words.hpp"
#include "checks/kinds.hpp"
#include "checks/text_support.hpp"

#include <soat/utf8.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
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
        std::vector<std::uint32_t> hashes, next, slots;
        for (std::size_t p = 0; p < context.document.paragraphs.size(); ++p) {
            const auto& t = tokens.of(p);
            const auto& text = tokens.text(p);
            // Each token's key hashed once: the phrase search compares them at up to 40 distances.
            hashes.resize(t.size());
            for (std::size_t i = 0; i < t.size(); ++i) hashes[i] = key_hash(t[i].key);
            link_same(hashes, next, slots);
            auto word_pair = [&](std::size_t i) {
                return i + 1 < t.size() && t[i].kind == Token::Kind::Word && t[i + 1].kind == Token::Kind::Word &&
                       analysis::spaced(text, t[i], t[i + 1]);
            };
            for (std::size_t i = 0; i + 1 < t.size(); ++i) {
                if (const std::size_t n = repeated_phrase(t, hashes, next, text, i)) {
                    std::string once;
                    for (std::uint32_t k = t[i].begin; k < t[i + n - 1].end; ++k) utf8::append(once, text[k]);
                    emit(context, sink, p, t[i].begin, t[i + 2 * n - 1].end, once, "phrase");
                    i += 2 * n - 1;
                    continue;
                }
                if (!word_pair(i)) continue;
                // Two syllables repeated: A B A B.
                if (word_pair(i + 1) && word_pair(i + 2) && t[i].key == t[i + 2].key && t[i + 1].key == t[i + 3].key &&
                    t[i].key != t[i + 1].key && !allowed_.count(t[i].key + " " + t[i + 1].key) && !name_then_word(t, i, 2)) {
                    emit(context, sink, p, t[i].begin, t[i + 3].end, t[i].text + " " + t[i + 1].text);
                    i += 3;
                    continue;
                }
                if (t[i].key == t[i + 1].key && !allowed_.count(t[i].key + " " + t[i].key) &&
                    (words_.count(t[i].key) || measure_twice(t, text, i, word_pair(i + 1)) ||
                     !shared(t, i, i > 0 && word_pair(i - 1), word_pair(i + 1)))) {
                    emit(context, sink, p, t[i].begin, t[i + 1].end, t[i].text);
                    i += 1;
                }
            }
        }
    }

private:
    // "Ban Quản lý quản lý 5 trạm": mid-sentence, the capitalised words end a name and the same
    // words in lower case after it are the sentence's own.
    static bool name_then_word(const std::vector<Token>& t, std::size_t i, std::size_t n) {
        const auto upper = [](const Token& k) {
            std::size_t at = 0;
            return !k.text.empty() && analysis::words::is_upper(utf8::next(k.text, at));
        };
        return i > 0 && t[i - 1].kind == Token::Kind::Word && upper(t[i]) && !upper(t[i + n]);
    }

    // "X X" of a syllable the word list knows is two words sharing it (`hành vi | vi phạm`, `sản
    // xuất | xuất khẩu`) when X makes a word with the syllable before it and with the one after it,
    // or a dictionary word of its own doubled (`từ từ`). With a word on each side that X reads with on one
    // side only, the other X is a slip (`công tác tác tại`, `dễ nghiên nghiên cứu`). An X no list
    // knows or a capitalised second X (a name) is read as shared. (`left`, `right`: a word stands
    // there.)
    static bool shared(const std::vector<Token>& t, std::size_t i, bool left, bool right) {
        namespace vw = analysis::vi_words;
        const std::string& x = t[i].key;
        const auto& l = analysis::letters_of(t[i + 1]);
        if (vw::syllable(x) < 0 || !l || l->upper_first || !analysis::is_syllable(t[i + 1])) return true;
        // (A doubling the dictionary lists, not one drafts merely write often: `hiện hiện` is none.)
        if (vw::tier(vw::lookup(x, x).score) > 0) return true;
        // A capitalised word after the second X opens a name or a title (`cấp cấp Căn cước`, `thực
        // hiện hiện Chương trình`): X makes no word with it.
        const auto& next = right ? analysis::letters_of(t[i + 2]) : l;
        const bool name_after = right && next && next->upper_first;
        const bool before = left && word(t[i - 1].key, x), after = right && !name_after && word(x, t[i + 2].key);
        // After a comma, X doubled before a word it begins (`phòng, chống chống ma túy`) is that
        // word's X written twice.
        if (!left && i > 0 && t[i - 1].kind == Token::Kind::Punct && t[i - 1].text == "," && after) {
            return false;
        }
        // The second X one tone or mark from a word with the syllable after it (`Hệ thống thống tin`
        // for `thông tin`) is that word misspelt, not a repeat: removing it would be the wrong fix.
        if (right && !after && !name_after) {
            for (const auto& v : analysis::mark_variants(x)) {
                if (vw::tier(vw::lookup(v, t[i + 2].key).score) > 0) return true;
            }
        }
        // A side with no word (a comma, a figure, the end) may hold the X standing alone as a word
        // (`do trưởng đoàn thư ký ký;`): one word with the other side then reads it all. With
        // neither, no telling (`xào xào`, a doubling for effect).
        return !(left && right && before != after);
    }

    // A figure's unit or noun written twice (`37.500 ha ha`, `12.000 tấn tấn`, `500 triệu đồng
    // đồng`): a figure takes its measure once, whatever the syllable makes with itself (`ha ha`),
    // unless the second one begins a dictionary word with the syllable after it (`3 tổ tổ chức`).
    static bool measure_twice(const std::vector<Token>& t, const std::u32string& text, std::size_t i, bool right) {
        static const std::set<std::string_view> scale = {"trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ"};
        std::size_t figure = i;
        if (figure > 0 && t[figure - 1].kind == Token::Kind::Word && scale.count(t[figure - 1].key) && analysis::spaced(text, t[figure - 1], t[figure])) {
            --figure;
        }
        if (figure == 0 || t[figure - 1].kind != Token::Kind::Number || !analysis::spaced(text, t[figure - 1], t[figure])) return false;
        return !right || analysis::vi_words::tier(analysis::vi_words::lookup(t[i + 1].key, t[i + 2].key).score) == 0;
    }

    static bool word(std::string_view a, std::string_view b) {
        namespace vw = analysis::vi_words;
        const auto e = vw::lookup(a, b);
        return vw::tier(e.score) > 0 || vw::bucket(e.score) >= 2 || e.admin >= 3;
    }

    // Length n >= 4 tokens (four of them words, no punctuation inside) of a phrase that tokens
    // [i, i + n) and [i + n, i + 2n) both spell, only spaces or the phrase's own punctuation
    // between; 0 when none. The longest such phrase wins.
    static std::uint32_t key_hash(std::string_view key) {
        std::uint32_t h = 2166136261U;  // FNV-1a
        for (const char c : key) h = (h ^ static_cast<unsigned char>(c)) * 16777619U;
        return h;
    }

    // next[i]: the next token after i whose key has the same hash (t.size() when none), found with
    // an open-addressed table of the last index seen per hash (`slots`, reused).
    static void link_same(const std::vector<std::uint32_t>& hashes, std::vector<std::uint32_t>& next, std::vector<std::uint32_t>& slots) {
        constexpr std::uint32_t kEmpty = UINT32_MAX;
        const auto size = static_cast<std::uint32_t>(hashes.size());
        next.assign(size, size);
        std::uint32_t mask = 15;
        while (mask < 2 * size) mask = mask * 2 + 1;
        slots.assign(mask + 1, kEmpty);
        for (std::uint32_t i = size; i-- > 0;) {
            auto s = static_cast<std::uint32_t>((std::uint64_t{hashes[i]} * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
            while (slots[s] != kEmpty && hashes[slots[s]] != hashes[i]) s = (s + 1) & mask;
            if (slots[s] != kEmpty) next[i] = slots[s];
            slots[s] = i;
        }
    }

    static std::size_t repeated_phrase(const std::vector<Token>& t, const std::vector<std::uint32_t>& hashes,
                                       const std::vector<std::uint32_t>& next, const std::u32string& text, std::size_t i) {
        constexpr std::size_t kMax = 40;
        // Four words at least ("kẻ thù của kẻ thù" repeats on purpose; a copied clause is longer), or
        // three lowercase words ("đi làm việc đi làm việc"): capitals there may be a title then its text.
        constexpr std::size_t kMinWords = 3;
        if (t[i].kind != Token::Kind::Word) return 0;
        const std::size_t top = std::min(kMax, (t.size() - i) / 2);
        if (top < kMinWords) return 0;
        // The copies may start only where the token's hash comes again: those places, longest first.
        std::array<std::size_t, kMax> starts;
        std::size_t count = 0;
        for (std::size_t j = next[i]; j <= i + top; j = next[j]) {
            if (j >= i + kMinWords) starts[count++] = j;
        }
        while (count > 0) {
            const std::size_t j = starts[--count];
            const std::size_t n = j - i;
            if (t[j].key != t[i].key || !analysis::spaced(text, t[j - 1], t[j])) continue;
            std::size_t words = 0;
            bool same = true;
            for (std::size_t k = 0; k < n && same; ++k) {
                const Token& x = t[i + k];
                const Token& y = t[j + k];
                same = hashes[i + k] == hashes[j + k] && x.key == y.key && x.kind == y.kind;
                // A phrase with a comma inside is an item of an enumeration that shares words with
                // the next ("tổ chức xã hội, tổ chức xã hội - nghề nghiệp"), not a copy.
                if (same && x.kind == Token::Kind::Punct) same = false;
                if (same && k + 1 < n) {
                    // the gap after each token is the same in both copies
                    const std::u32string_view gx(text.data() + x.end, t[i + k + 1].begin - x.end);
                    const std::u32string_view gy(text.data() + y.end, t[j + k + 1].begin - y.end);
                    same = gx == gy;
                }
                words += x.kind == Token::Kind::Word;
            }
            // (Nor one ending in a function word: "kẻ thù của kẻ thù của ta" nests on purpose.)
            if (same && words == 3) {
                same = std::all_of(t.begin() + static_cast<std::ptrdiff_t>(i), t.begin() + static_cast<std::ptrdiff_t>(j),
                                   [](const Token& x) { return x.kind == Token::Kind::Word && x.text == x.key; }) &&
                       !analysis::words::is_function_word(t[j - 1].key);
            }
            if (same && words >= kMinWords) return n;
        }
        return 0;
    }

    static void emit(const engine::Context& context, engine::Sink& sink, std::size_t p, std::uint32_t begin,
                     std::uint32_t end, const std::string& once, const char* message = "default") {
        engine::Draft d;
        d.message = message;
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
