// footnote-integrity: a footnote reference with no footnote text, a footnote never referenced,
// and reference numbers that skip. DOCX notes come from the model; in plain text, a reference is
// a run of superscript digits after a word ("năm 2023¹.") and a note is a paragraph starting
// with one ("¹ Liên hợp quốc …"); "m³", "km²" are units.
#include "analysis/anatomy.hpp"
#include "checks/kinds.hpp"

#include <soat/utf8.hpp>

#include <map>
#include <set>

namespace soat::checks {

namespace {

inline int superscript_digit(char32_t cp) {
    if (cp < 0xB2 || (cp > 0xB9 && cp < 0x2070)) return -1;  // (most code points: ASCII, letters)
    switch (cp) {
        case U'⁰': return 0;
        case U'¹': return 1;
        case U'²': return 2;
        case U'³': return 3;
        case U'⁴': return 4;
        case U'⁵': return 5;
        case U'⁶': return 6;
        case U'⁷': return 7;
        case U'⁸': return 8;
        case U'⁹': return 9;
        default: return -1;
    }
}

struct Mark {
    std::size_t paragraph = 0;
    std::uint32_t begin = 0, end = 0;
    int number = 0;
};

// Superscript-digit references of one paragraph; `note` gets the number a note paragraph opens with.
std::vector<Mark> text_marks(const std::string& text, std::size_t paragraph, int& note) {
    std::vector<Mark> marks;
    note = 0;
    const std::size_t skip = analysis::markup_prefix(text);
    std::size_t i = skip;
    std::uint32_t cp_index = utf8::cp_offset(text, skip);
    std::size_t letters = skip;  // where the ASCII letters just before the current position start
    while (i < text.size()) {
        const std::size_t at = i;
        const std::uint32_t start = cp_index;
        char32_t cp = utf8::next(text, i);
        ++cp_index;
        int digit = superscript_digit(cp);
        if (digit < 0) {
            if (!((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))) letters = i;
            continue;
        }
        const std::string_view before = std::string_view(text).substr(letters, at - letters);
        int number = digit;
        while (i < text.size()) {
            std::size_t j = i;
            const int d = superscript_digit(utf8::next(text, j));
            if (d < 0) break;
            number = number * 10 + d;
            i = j;
            ++cp_index;
        }
        const bool unit = (number == 2 || number == 3) &&
                          (before == "m" || before == "km" || before == "cm" || before == "dm" || before == "mm");
        if (at == skip) {
            note = number;
        } else if (!unit) {
            marks.push_back({paragraph, start, cp_index, number});
        }
        letters = i;
    }
    return marks;
}

class FootnoteIntegrity final : public engine::Check {
public:
    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& doc = context.document;
        std::vector<Mark> refs;
        std::map<int, std::size_t> notes;  // number -> first paragraph of the note
        bool structured = false;
        for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
            const auto& p = doc.paragraphs[i];
            if (p.area == model::Area::Footnote) {
                structured = true;
                if (p.note > 0) notes.emplace(p.note, i);
            }
            for (const auto& r : p.note_refs) {
                structured = true;
                refs.push_back({i, r.offset, r.offset, r.note});
            }
        }
        if (!structured) {
            for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
                if (doc.paragraphs[i].area == model::Area::Endnote) continue;
                int note = 0;
                auto marks = text_marks(doc.paragraphs[i].text, i, note);
                if (note > 0) {
                    notes.emplace(note, i);
                } else {
                    refs.insert(refs.end(), marks.begin(), marks.end());
                }
            }
        }
        std::set<int> referenced;
        int previous = 0;
        for (const auto& r : refs) {
            referenced.insert(r.number);
            if (!notes.count(r.number)) {
                emit(sink, {r.paragraph, r.begin, r.end}, "default", {{"number", std::to_string(r.number)}});
            } else if (r.number > previous + 1 && !referenced.count(previous + 1)) {
                emit(sink, {r.paragraph, r.begin, r.end}, "gap",
                     {{"number", std::to_string(r.number)}, {"missing", std::to_string(previous + 1)}});
            }
            previous = std::max(previous, r.number);
        }
        for (const auto& [number, paragraph] : notes) {
            if (referenced.count(number)) continue;
            const auto& text = doc.paragraphs[paragraph].text;
            emit(sink, {paragraph, 0, std::min<std::uint32_t>(utf8::length(text), 1)}, "unreferenced",
                 {{"number", std::to_string(number)}});
        }
    }

private:
    static void emit(engine::Sink& sink, model::Range range, const char* key, std::map<std::string, std::string> args) {
        engine::Draft d;
        d.range = range;
        d.message = key;
        d.args = std::move(args);
        sink.emit(std::move(d));
    }
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_footnote_integrity(const engine::RuleSpec&) {
    return std::unique_ptr<engine::Check>(std::make_unique<FootnoteIntegrity>());
}

}  // namespace soat::checks
