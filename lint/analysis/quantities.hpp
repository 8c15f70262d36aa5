// Every figure of the document read as a quantity: numeral, scale word, unit, hedge, the
// interval it stands for, and its role (a quantity, or a year, date, code, label, rank, level,
// version, name or fraction that arithmetic must leave alone). Also sentences and footnote links.
#pragma once

#include "analysis/syllable.hpp"  // lower()

#include "analysis/intervals.hpp"
#include "analysis/numbers.hpp"

#include <soat/analysis.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace soat::analysis {

enum class Hedge { None, Below, Above, Approx, Estimate };

enum class Role {
    Quantity,
    Range,     // one end of "3,8-4,3%"
    Year,
    Date,
    Code,      // document symbols, road codes, ids: "233-NQ/TU", "QL31", "_Hlk107906890"
    Label,     // heading numbers and inline enumerations: "1.2.1.", "(3)"
    Rank,      // "thứ 7/63"
    Level,     // "mức độ 3,4"
    Version,   // "4.0"
    Name,      // "SEA Games 31", "COVID-19"
    Fraction,  // "6/10" (numerator and denominator in Fraction)
};

struct Quantity {
    std::size_t paragraph = 0;
    std::size_t byte_begin = 0, byte_end = 0;  // the numeral in Paragraph::text
    std::size_t unit_end = 0;                  // byte end of scale word and unit
    std::size_t noun_end = 0;                  // byte end of the count noun (unit_end when none)
    std::uint32_t begin = 0, end = 0;          // code points of numeral..unit_end
    Numeral numeral;
    Role role = Role::Quantity;
    double scale = 1;          // from the scale word
    std::string scale_word;    // "triệu", "nghìn tỷ", …
    std::string unit;          // measure unit ("%", "tỷ"-free: "đồng", "USD", "m³", "đồng/kg"); "" for counts
    std::string noun;          // the word after a count ("vụ", "dự án", "huyện"); lowercased
    bool glued = false;        // the unit follows the digits without a space ("105,3ha")
    bool negative = false;     // written with a minus sign ("(-17,2%)")
    // "47,774" in a document that writes English style elsewhere: 47.774 or 47774. Arithmetic
    // skips claims that use it.
    bool ambiguous = false;
    Hedge hedge = Hedge::None;
    Interval interval;         // scaled; `trên`/`gần` open one side; `khoảng` not yet widened
    double fraction_denominator = 0;  // Role::Fraction: b of a/b (numeral holds a)
    int fraction_denominator_decimals = 0;

    [[nodiscard]] double value() const { return numeral.value * scale; }
    [[nodiscard]] bool percent() const { return unit == "%"; }
    [[nodiscard]] bool is_count() const { return unit.empty(); }
};

// A sentence as bytes of its paragraph (analysis/sentences.hpp has code point offsets).
struct SentenceBytes {
    std::size_t begin = 0, end = 0;
    bool other_language = false;  // an English sentence (a translation) in a Vietnamese paragraph
};

class Quantities {
public:
    explicit Quantities(const Analysis& analysis);

    [[nodiscard]] const std::vector<Quantity>& all() const { return all_; }
    // Indices into all() of the paragraph's figures, in text order.
    [[nodiscard]] std::pair<std::size_t, std::size_t> in(std::size_t paragraph) const;
    [[nodiscard]] const std::vector<SentenceBytes>& sentences(std::size_t paragraph) const { return sentences_[paragraph]; }
    [[nodiscard]] SentenceBytes sentence_at(std::size_t paragraph, std::size_t byte) const;
    // The paragraph is Vietnamese (a letter with a Vietnamese diacritic), or too short to tell
    // in a mostly Vietnamese document: the numbers rules read no relation and no notation in
    // English text or other languages.
    [[nodiscard]] bool vietnamese(std::size_t paragraph) const { return vietnamese_[paragraph]; }
    // The same for the sentence holding `byte`: "… 28,1%. The rate is 28.1% …" is Vietnamese,
    // then English.
    [[nodiscard]] bool vietnamese_at(std::size_t paragraph, std::size_t byte) const {
        return vietnamese_[paragraph] && !sentence_at(paragraph, byte).other_language;
    }
    // The document writes English-style numbers somewhere ("1,234,567", "12.5%").
    [[nodiscard]] bool english_style() const { return english_style_; }
    // Footnotes: note number -> its text paragraph, and -> (paragraph, byte) of its reference.
    [[nodiscard]] const std::map<int, std::size_t>& notes() const { return notes_; }
    [[nodiscard]] const std::map<int, std::pair<std::size_t, std::size_t>>& note_refs() const { return note_refs_; }
    // Byte where a footnote paragraph's own text starts (after its mark), 0 for other paragraphs.
    [[nodiscard]] std::size_t note_text_start(std::size_t paragraph) const;

private:
    void build(const model::Document& document);
    void settle_style(bool english_grouped, int english_decimals, int vietnamese);
    void mark_split_figures(const model::Document& document);
    void mark_mixed_notation();

    std::vector<Quantity> all_;
    std::vector<std::pair<std::size_t, std::size_t>> ranges_;
    std::vector<std::vector<SentenceBytes>> sentences_;
    std::vector<bool> vietnamese_;
    std::map<int, std::size_t> notes_;
    std::map<int, std::pair<std::size_t, std::size_t>> note_refs_;
    std::map<std::size_t, std::size_t> note_text_start_;
    bool english_style_ = false;
};

// Reads the figures of one paragraph of text (no document context); for tests and callers
// that hold a lone string.
std::vector<Quantity> read_quantities(std::string_view text);

// The interval a quantity stands for, `khoảng X` widened by the relative tolerance
// (config::Config::approx_tolerance).
Interval interval_of(const Quantity& q, double approx_tolerance);
// One unit of the figure's last significant digit, scaled ("2,4 nghìn tỷ": 0,1 nghìn tỷ; "6.500
// tỷ": 100 tỷ; "73%": 1): how far a writer's "hơn", "trên" or "gần" reaches. 0 for no positive figure.
double last_digit_step(const Quantity& q);

// The figure as printed (numeral, scale word and unit) and its range in the document.
std::string printed(const model::Document& document, const Quantity& q);
// The same with its one-sided bound as the text writes it ("hơn 76%", "gần 4,32 triệu").
std::string printed_bounded(const model::Document& document, const Quantity& q);
model::Range range_of(const Quantity& q);
// A value in the quantity's own scale, in Vietnamese notation with `decimals` decimals, with
// its scale word and unit: 9665919e6 -> "9.665,919 tỷ đồng".
std::string format_like(const Quantity& q, double value, int decimals);

// The word (letters and digits) ending right before byte `at`, skipping spaces and '*'.
std::string word_before(std::string_view text, std::size_t at, std::size_t* word_begin = nullptr);
// Up to `n` words before byte `at`, lowercased, joined by single spaces.
std::string words_before(std::string_view text, std::size_t at, int n);
// Decodes a superscript digit run starting at byte i ("¹⁸"), advancing i; -1 when none.
int superscript_number(std::string_view text, std::size_t& i);

}  // namespace soat::analysis
