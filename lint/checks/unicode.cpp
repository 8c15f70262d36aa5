// Unicode hygiene: text whose source was not NFC (decomposed diacritics) or still holds a
// combining mark NFC could not attach, zero-width and soft-hyphen characters, words in the
// legacy TCVN3/VNI encodings read as Latin-1 (`B¾c Giang`), and Cyrillic/Greek look-alikes and
// eths (`Ðào tạo`) inside Latin words.
#include "analysis/tokens.hpp"
#include "checks/kinds.hpp"
#include "checks/text_support.hpp"

#include <soat/utf8.hpp>

#include <utf8proc.h>

#include <fmt/format.h>

#include <map>

namespace soat::checks {

namespace {

bool invisible(char32_t c) { return c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x00AD || c == 0x2060; }

// (No code point below U+0300, the first combining diacritic, is a nonspacing mark: most of a
// text is answered without asking utf8proc.)
bool combining(char32_t c) { return c >= 0x300 && utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_MN; }

bool latin_letter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF); }

// Letters that pass for Latin ones of the Vietnamese alphabet: Greek and Cyrillic, and the eths
// (Ð ð Ɖ) for Đ đ, which a Windows-1258 text read as Latin-1 or an input method leaves.
bool foreign_script(char32_t c) {
    return (c >= 0x0370 && c <= 0x03FF) || (c >= 0x0400 && c <= 0x04FF) || c == 0x00D0 || c == 0x00F0 || c == 0x0189;
}

// Latin-1 symbols that TCVN3 (ABC) uses for Vietnamese letters; superscripts ¹²³ are footnote
// marks and units in real text and are left out.
bool tcvn3_mark(char32_t c) { return c >= 0xA1 && c <= 0xBF && c != 0xB0 && c != 0xB1 && c != 0xB9 && c != 0xB2 && c != 0xB3 && c != 0xB7 && c != 0xAB && c != 0xBB; }

// Latin-1 letters that no Vietnamese word has but VNI-Windows text shows (tone marks as letters).
bool vni_mark(char32_t c) {
    switch (c) {
        case 0xE4: case 0xEB: case 0xEF: case 0xF6: case 0xFC: case 0xF8: case 0xE5: case 0xF1: case 0xC4: case 0xD6:
        case 0xDC: case 0xD8: case 0xCF: case 0xCB: return true;
        default: return false;
    }
}

class UnicodeCheck final : public engine::Check {
public:
    explicit UnicodeCheck(std::map<char32_t, char32_t> lookalikes) : lookalikes_(std::move(lookalikes)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& tokens = context.analysis.get<analysis::Tokens>();
        const auto& doc = context.document;
        bool reported_nfc = false;
        std::size_t vni_words = 0;
        std::vector<engine::Draft> vni;
        for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
            const auto& para = doc.paragraphs[p];
            const auto& text = tokens.text(p);
            for (const auto& span : para.spans) {
                if (!span.source_not_nfc) continue;
                engine::Draft d;
                d.message = "nfc";
                d.range = model::Range{p, span.begin, span.begin + span.length};
                sink.emit(std::move(d));
                reported_nfc = true;
                break;
            }
            bool suspect = false;  // a character a legacy or look-alike word needs
            for (std::uint32_t i = 0; i < text.size(); ++i) {
                const char32_t c = text[i];
                suspect = suspect || (c >= 0xA1 && (tcvn3_mark(c) || vni_mark(c) || foreign_script(c)));
                if (invisible(c)) {
                    engine::Draft d;
                    d.message = "invisible";
                    d.range = model::Range{p, i, i + 1};
                    d.args["code"] = fmt::format("U+{:04X}", static_cast<unsigned>(c));
                    d.fix = Fix{"", analysis::within_one_run(para, i, i + 1)};
                    sink.emit(std::move(d));
                } else if (combining(c) && (i == 0 || !latin_letter(text[i - 1]) || text[i - 1] == U' ')) {
                    engine::Draft d;
                    d.message = "combining";
                    d.range = model::Range{p, i == 0 ? i : i - 1, i + 1};
                    sink.emit(std::move(d));
                }
            }
            if (!suspect) continue;  // (no word of the paragraph can be reported)
            for (const auto& t : tokens.of(p)) {
                if (t.kind == analysis::Token::Kind::Punct) continue;
                scan_word(para, p, text, t, sink, vni, vni_words);
            }
        }
        if (vni_words >= 2) {
            for (auto& d : vni) sink.emit(std::move(d));
        }
        if (doc.source_not_nfc && !reported_nfc) {
            engine::Draft d;
            d.message = "nfc";
            sink.emit(std::move(d));
        }
    }

private:
    void scan_word(const model::Paragraph& para, std::size_t p, const std::u32string& text, const analysis::Token& t,
                   engine::Sink& sink, std::vector<engine::Draft>& vni, std::size_t& vni_words) const {
        // Extend the word over glued Latin-1 symbols: "B¾c" tokenises as B, ¾, c.
        std::uint32_t b = t.begin, e = t.end;
        while (b > 0 && (latin_letter(text[b - 1]) || tcvn3_mark(text[b - 1]))) --b;
        while (e < text.size() && (latin_letter(text[e]) || tcvn3_mark(text[e]))) ++e;
        bool latin = false, tcvn = false, vnic = false;
        int letters = 0;
        std::vector<std::uint32_t> foreign;
        for (std::uint32_t i = b; i < e; ++i) {
            const char32_t c = text[i];
            if (c < 0x80 && latin_letter(c)) latin = true, ++letters;
            if (tcvn3_mark(c) && i > b && (latin_letter(text[i - 1]) || tcvn3_mark(text[i - 1]))) tcvn = true;
            if (vni_mark(c)) vnic = true;
        }
        for (std::uint32_t i = t.begin; i < t.end; ++i) {
            if (foreign_script(text[i])) foreign.push_back(i);
        }
        if (t.begin != b && tcvn) return;  // reported with the token where the run starts
        if (latin && tcvn && letters >= 2) {  // "s¯" (s-bar) is notation, "B¾c" a TCVN3 word
            engine::Draft d;
            d.message = "legacy";
            d.range = model::Range{p, b, e};
            std::string w;
            for (std::uint32_t i = b; i < e; ++i) utf8::append(w, text[i]);
            d.args["word"] = w;
            sink.emit(std::move(d));
            return;
        }
        if (latin && vnic) {
            engine::Draft d;
            d.message = "legacy";
            d.range = model::Range{p, t.begin, t.end};
            d.args["word"] = t.text;
            vni.push_back(std::move(d));
            ++vni_words;
            return;
        }
        if (latin && !foreign.empty()) {
            std::string fixed;
            for (std::uint32_t i = t.begin; i < t.end; ++i) {
                auto it = lookalikes_.find(text[i]);
                utf8::append(fixed, it != lookalikes_.end() ? it->second : text[i]);
            }
            engine::Draft d;
            d.message = "lookalike";
            d.range = model::Range{p, t.begin, t.end};
            d.args["word"] = t.text;
            std::string chars;
            for (auto i : foreign) chars += fmt::format("{}U+{:04X}", chars.empty() ? "" : ", ", static_cast<unsigned>(text[i]));
            d.args["code"] = chars;
            bool all_mapped = true;
            for (auto i : foreign) all_mapped = all_mapped && lookalikes_.count(text[i]);
            if (all_mapped) d.fix = Fix{fixed, analysis::within_one_run(para, t.begin, t.end)};
            sink.emit(std::move(d));
        }
    }

    std::map<char32_t, char32_t> lookalikes_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_unicode(const engine::RuleSpec& spec) {
    std::map<char32_t, char32_t> map;
    const engine::Params node = spec.params["lookalikes"];
    if (node && !node.IsMap()) return param_error(spec, "'lookalikes' maps a Cyrillic/Greek letter to a Latin one");
    for (const auto& kv : node) {
        const auto from = kv.first.as<std::string>();
        const auto to = kv.second.as<std::string>();
        if (utf8::length(from) != 1 || utf8::length(to) != 1) return param_error(spec, "'lookalikes' entries are single letters");
        std::size_t i = 0, j = 0;
        map[utf8::next(from, i)] = utf8::next(to, j);
    }
    return std::unique_ptr<engine::Check>(std::make_unique<UnicodeCheck>(std::move(map)));
}

}  // namespace soat::checks
