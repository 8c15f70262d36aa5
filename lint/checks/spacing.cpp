// Spacing around punctuation: a space before , . ; : % ) ! ?, no space after , or ; before a
// letter, a doubled space between two words, spaces just inside parentheses. Three spaces or
// more, a space beside a line break, spaces around fill-in blanks, date slots, bullets and
// symbols, and the fields of a form line are layout, not a slip. Numbers, names and
// URLs that hold punctuation without spaces (4.0, tấn.km, TH.Quý, 23,9, 1.234, 7:30) are never
// touched: only a comma or semicolon directly followed by a letter counts as a missing space.
#include "analysis/syllable.hpp"
#include "analysis/quantities.hpp"
#include "analysis/tokens.hpp"
#include "analysis/words.hpp"
#include "checks/kinds.hpp"
#include "checks/text_support.hpp"

#include <soat/utf8.hpp>

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <set>

namespace soat::checks {

namespace {

bool is_space(char32_t c) { return c == U' ' || c == 0xA0; }

// utf8proc_category() of the ASCII code points, read when the program starts.
const std::array<int, 128> kAsciiCategory = [] {
    std::array<int, 128> out{};
    for (std::size_t c = 0; c < out.size(); ++c) out[c] = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    return out;
}();

// utf8proc_category(c), remembered below U+2000 (analysis::words::unicode_category), ASCII from
// the table above without a call: the check asks it of most code points of a paragraph, several times.
int category(char32_t c) { return c < 0x80 ? kAsciiCategory[c] : analysis::words::unicode_category(c); }

bool is_letter(char32_t c) {
    const auto cat = category(c);
    return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LT ||
           cat == UTF8PROC_CATEGORY_LO;
}

bool is_alnum(char32_t c) {
    return is_letter(c) || category(c) == UTF8PROC_CATEGORY_ND;
}

bool closes(char32_t c) { return c == U')' || c == U']' || c == 0x201D || c == 0x2019 || c == U'"' || c == U'%'; }

// The non-space run holding position i looks like a URL or an e-mail address.
bool in_link(const std::u32string& text, std::uint32_t i) {
    std::uint32_t b = i, e = i;
    while (b > 0 && !is_space(text[b - 1])) --b;
    while (e < text.size() && !is_space(text[e])) ++e;
    const std::u32string run = text.substr(b, e - b);
    return run.find(U"://") != std::u32string::npos || run.find(U"www.") != std::u32string::npos ||
           run.find(U'@') != std::u32string::npos;
}

// "Ut,Vt", "x1,y1", "(u,v)", "C_(B,α)", "(x1, x2,…,xn)" (symbols of a formula), "VH,TT&DL" (one
// abbreviation): a comma written tight on purpose. A symbol is a short ASCII or Greek name with a
// capital or a digit, or a single letter; "VT,TH" (two abbreviations) still needs its space, and
// so do words: "chức vụ,đơn vị", "sửa đổi,bổ sung", "Ký,ghi rõ" (a Vietnamese syllable is no
// symbol, however short).
bool symbol_list(const std::u32string& text, std::uint32_t comma) {
    std::uint32_t b = comma, e = comma + 1;
    while (b > 0 && is_alnum(text[b - 1])) --b;
    while (e < text.size() && is_alnum(text[e])) ++e;
    if (comma - b > 3 || e - comma - 1 > 3) return false;
    if (e < text.size() && text[e] == U'&') return true;
    bool lower = false, letters_only = true;
    const auto symbol = [&](std::uint32_t from, std::uint32_t to) {
        bool marked = to - from == 1;  // a capital, a digit, or a single letter
        for (std::uint32_t i = from; i < to; ++i) {
            if (text[i] >= 0x80 && !(text[i] >= 0x370 && text[i] < 0x400)) letters_only = false;
            const auto cat = category(text[i]);
            marked = marked || cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_ND;
            lower = lower || cat == UTF8PROC_CATEGORY_LL;
        }
        return marked;
    };
    const bool left = symbol(b, comma), right = symbol(comma + 1, e);
    // Beside an ellipsis or a bracket only one name stands: it only has to be ASCII or Greek.
    const bool one_side = b == comma || e == comma + 1;
    return letters_only && lower && (one_side || (left && right));
}

// A doubled space in prose stands between words: after a word or , . ; : ) ” and before a word or
// ( “. Beside a bullet, a box-drawing line, a fill-in blank (……, …/…, [_01_]) or a symbol it lays
// something out.
bool between_words(char32_t prev, char32_t next) {
    auto dash = [](char32_t c) { return c == U'-' || c == U'+' || c == 0x2013; };  // "-  Các", "Ly  - Trưởng ban"
    const bool after = is_alnum(prev) || prev == U',' || prev == U';' || prev == U')' || prev == 0x201D || prev == 0x2019 || prev == U'.' ||
                       prev == 0xFFFC || dash(prev);
    const bool before = is_alnum(next) || next == U'(' || next == 0x201C || next == 0xFFFC || dash(next);
    return after && before;
}

// Two or more short "label: value" fields on one line: a form ("Cao: 1m68,  Cân nặng: 62 kg").
bool form_line(const std::u32string& text) {
    std::size_t fields = 0;
    for (std::size_t i = 1; i + 1 < text.size(); ++i) {
        if (text[i] == U':' && is_letter(text[i - 1]) && text[i + 1] == U' ') ++fields;
    }
    return fields >= 2 && text.size() <= 40 * fields;
}

// "ngày 12  tháng 01", "tháng 8  năm 2025": the slots of a date, filled or left for the day; a
// date that opens its line or sentence writes the first word with a capital ("Ngày  5  tháng").
bool date_slot(const std::u32string& text, std::uint32_t from, std::uint32_t to) {
    static const std::u32string kWords[] = {U"ngày", U"tháng", U"năm", U"Ngày", U"Tháng", U"Năm"};
    const std::u32string before = text.substr(from >= 12 ? from - 12 : 0, from >= 12 ? 12 : from);
    const std::u32string after = text.substr(to, 6);
    bool date_before = false, date_after = false;
    for (const auto& w : kWords) {
        date_before = date_before || before.find(w) != std::u32string::npos;
        date_after = date_after || after.rfind(w, 0) == 0;
    }
    return date_before && date_after;
}

// A form: several lines of "label: value" fields. Its " )" closes a blank left to fill
// ("(nơi cấp )", "(ghi rõ cấp, bậc )"), not a slip in prose.
bool form_document(const engine::Context& context, const analysis::Tokens& tokens) {
    std::size_t lines = 0;
    for (std::size_t p = 0; p < context.document.paragraphs.size(); ++p) {
        if (form_line(tokens.text(p)) && ++lines >= 3) return true;
    }
    return false;
}

// "phân tách bằng dấu chấm phẩy ;": the mark written after its own name is the character shown,
// not punctuation.
bool named_mark(const std::u32string& text, std::uint32_t at) {
    static const std::u32string kNames[] = {U"dấu phẩy", U"dấu chấm", U"dấu chấm phẩy", U"dấu hai chấm",
                                            U"dấu chấm hỏi", U"dấu hỏi", U"dấu chấm than", U"dấu than"};
    for (const auto& name : kNames) {
        if (at >= name.size() && text.compare(at - name.size(), name.size(), name) == 0) return true;
    }
    return false;
}

// "doanh.Tăng cường", "năm 2019.Sản lượng", "12,5%.Thí điểm": a full stop run into the next
// sentence. Before it, a lower-case word of two letters or more (so no abbreviation: TP.HCM,
// TH.Quý, ThS.Nguyễn) or a figure inside the line (not the label "1.Mục tiêu" that opens it);
// after it, a capitalised word (Tăng, not HCM, a file extension or code such as
// snap.SaveEdgeList()).
bool sentence_run_on(const std::u32string& text, std::uint32_t dot) {
    if (dot < 2 || dot + 2 >= text.size()) return false;
    const auto cat = [&](std::uint32_t i) { return category(text[i]); };
    std::uint32_t b = dot;
    while (b > 0 && is_letter(text[b - 1])) --b;
    bool ends_clause = dot - b >= 2;
    for (std::uint32_t i = b; i < dot && ends_clause; ++i) ends_clause = cat(i) == UTF8PROC_CATEGORY_LL;
    if (b == dot) {  // a figure: digits with separators, or a percentage
        std::uint32_t f = dot;
        if (text[f - 1] == U'%') --f;
        while (f > 0 && (cat(f - 1) == UTF8PROC_CATEGORY_ND || ((text[f - 1] == U',' || text[f - 1] == U'.') && f >= 2 &&
                                                                   cat(f - 2) == UTF8PROC_CATEGORY_ND)))
            --f;
        const bool inside_line = f >= 2 && is_space(text[f - 1]) && is_letter(text[f - 2]);
        ends_clause = f < dot && cat(dot - 1) != UTF8PROC_CATEGORY_LL && inside_line;
    }
    if (!ends_clause) return false;
    if (cat(dot + 1) != UTF8PROC_CATEGORY_LU || cat(dot + 2) != UTF8PROC_CATEGORY_LL) return false;
    std::uint32_t e = dot + 2;
    while (e < text.size() && is_letter(text[e])) {
        if (cat(e) == UTF8PROC_CATEGORY_LU) return false;  // CamelCase: a name in code
        ++e;
    }
    return e == text.size() || text[e] != U'(';
}

// "Tự do- Hạnh phúc", "kinh tế- xã hội", "346/UBND- NC", "2022- 2025": a hyphen against the word
// before and spaced from the word after. A label at the start of a line ("I- TÌNH HÌNH", "1- Mục
// tiêu", the numbering of Party documents) is written so on purpose.
bool dash_spaced_after(const std::u32string& text, std::uint32_t dash, std::uint32_t first) {
    if (dash == 0 || dash + 2 >= text.size() || !is_alnum(text[dash - 1]) || !is_space(text[dash + 1]) ||
        !is_alnum(text[dash + 2])) {
        return false;
    }
    std::uint32_t b = dash;
    while (b > 0 && (is_alnum(text[b - 1]) || (text[b - 1] == U'.' && b >= 2 && is_alnum(text[b - 2])))) --b;
    if (b > first) return true;
    const std::u32string label = text.substr(b, dash - b);
    const bool roman = label.find_first_not_of(U"IVXLC") == std::u32string::npos;
    const bool numbered = label.find_first_not_of(U"0123456789.") == std::u32string::npos;  // 1-, 32.1-
    return !(roman || numbered || label.size() == 1);
}

// "kinh tế -xã hội", "2021 -2025": a dash spaced from the word before but run into the word after.
// Before a figure it is a minus sign (`giảm -0,9%`), unless it joins two years into a span.
bool dash_spaced_before(const std::u32string& text, std::uint32_t dash, std::uint32_t first) {
    if (dash < first + 2 || dash + 1 >= text.size() || text[dash - 1] != U' ' || !is_alnum(text[dash - 2])) return false;
    if (is_letter(text[dash + 1])) return true;
    auto year_at = [&](std::uint32_t b) {
        if (b + 4 > text.size()) return false;
        for (std::uint32_t k = b; k < b + 4; ++k) {
            if (text[k] < U'0' || text[k] > U'9') return false;
        }
        const bool alone = b + 4 == text.size() || !is_alnum(text[b + 4]);
        return alone && (text.compare(b, 2, U"19") == 0 || text.compare(b, 2, U"20") == 0);
    };
    return dash >= 6 && year_at(dash - 5) && (dash == 6 || !is_alnum(text[dash - 6])) && year_at(dash + 1);
}

// "tấn/ ngày", "và /hoặc": a slash between two words, spaced on one side only. (A slash after a
// number or a list letter opening the paragraph, `1/ Về`, `a/ Tổ chức`, numbers an item.)
bool slash_spaced(const std::u32string& text, std::uint32_t slash, std::uint32_t first) {
    if (slash < first + 2 || slash + 2 >= text.size()) return false;
    const bool after = text[slash + 1] == U' ' && is_letter(text[slash - 1]) && is_letter(text[slash + 2]);
    const bool before = text[slash - 1] == U' ' && is_letter(text[slash - 2]) && is_letter(text[slash + 1]);
    if (!after && !before) return false;
    std::uint32_t b = slash - (before ? 1 : 0);
    while (b > first && is_letter(text[b - 1])) --b;
    return b > first;
}

// "ngày27 tháng", "năm2024 của", "giảm13,9%": a Vietnamese word (a letter with a diacritic in it,
// lower case after its first letter) run into the number at `digit`, with the sentence going on
// after the number, or the number a figure with separators or a percent sign. Codes and units stay (QL31, m2, COVID19, ĐT291), and so does a note mark flattened into
// the text at the end of a clause ("kế hoạch8.", "thu nợ thuế15;").
std::string word_run_into_number(const std::u32string& text, std::uint32_t digit) {
    auto is_digit = [&](std::uint32_t i) {
        return i < text.size() && category(text[i]) == UTF8PROC_CATEGORY_ND;
    };
    std::uint32_t after = digit;
    while (is_digit(after)) ++after;
    // A figure with a decimal or group separator, or a percent sign ("giảm13,9%", "giúp14.860"),
    // is no note mark: it may end the clause.
    bool figure = false;
    while (after + 1 < text.size() && (text[after] == U',' || text[after] == U'.') && is_digit(after + 1)) {
        figure = true;
        for (++after; is_digit(after);) ++after;
    }
    if (after < text.size() && text[after] == U'%') figure = true, ++after;
    const bool goes_on = after + 1 < text.size() && is_space(text[after]) && is_letter(text[after + 1]);
    const bool clause_ends = after == text.size() || is_space(text[after]) || text[after] == U',' || text[after] == U';' ||
                             text[after] == U'.' || text[after] == U')';
    if (!goes_on && !(figure && clause_ends)) return {};
    std::uint32_t b = digit;
    while (b > 0 && is_letter(text[b - 1])) --b;
    if (digit - b < 2 || (b > 0 && (is_alnum(text[b - 1]) || text[b - 1] == U'_' || text[b - 1] == U'/'))) return {};
    bool marked = false;
    for (std::uint32_t i = b; i < digit; ++i) {
        const auto cat = category(text[i]);
        if (i > b && cat != UTF8PROC_CATEGORY_LL) return {};
        marked = marked || text[i] >= 0x80;
    }
    if (!marked) return {};
    std::string word;
    for (std::uint32_t i = b; i < digit; ++i) utf8::append(word, text[i]);
    return word;
}

// "57xã", "12người", "1,9%so với": a figure run into the Vietnamese word after it. After a digit
// the word carries a diacritic (units and codes do not: 3km, 5G, 500.000đ are one letter or
// ASCII); after a percent sign any lower-case word of two letters counts. The figure stands
// alone (after a space or an opening bracket), so codes such as ĐT291 stay.
std::string number_run_into_word(const std::u32string& text, std::uint32_t letter) {
    if (letter == 0 || letter + 1 >= text.size()) return {};
    const auto cat = [&](std::uint32_t i) { return category(text[i]); };
    const bool percent = text[letter - 1] == U'%';
    if (!percent && cat(letter - 1) != UTF8PROC_CATEGORY_ND) return {};
    std::uint32_t f = percent ? letter - 1 : letter;
    while (f > 0 && (cat(f - 1) == UTF8PROC_CATEGORY_ND || ((text[f - 1] == U',' || text[f - 1] == U'.') && f >= 2 &&
                                                               cat(f - 2) == UTF8PROC_CATEGORY_ND)))
        --f;
    if (f == (percent ? letter - 1 : letter) || (f > 0 && !is_space(text[f - 1]) && text[f - 1] != U'(')) return {};
    std::uint32_t e = letter;
    bool marked = false;
    while (e < text.size() && is_letter(text[e])) {
        if (cat(e) != UTF8PROC_CATEGORY_LL) return {};
        marked = marked || text[e] >= 0x80;
        ++e;
    }
    if (e - letter < 2) return {};
    std::string word;
    for (std::uint32_t i = letter; i < e; ++i) utf8::append(word, text[i]);
    // A word without marks after a grouped figure: a Vietnamese syllable of three letters or more
    // ("845.300con"); units stay (1.000kg, 10.000kwh).
    const bool grouped = std::find_if(text.begin() + f, text.begin() + letter, [](char32_t c) { return c == U'.' || c == U','; }) !=
                         text.begin() + letter;
    if (!percent && !marked && !(grouped && e - letter >= 3 && analysis::is_valid_syllable(word))) return {};
    return word;
}

// The code point at `at` is set in superscript (a note mark or an exponent: "giây⁵", "m²").
bool superscript_at(const model::Document& doc, const model::Paragraph& para, std::uint32_t at) {
    for (const auto& span : para.spans) {
        if (at >= span.begin && at < span.begin + span.length) {
            return span.props < doc.run_props.size() && doc.run_props[span.props].superscript;
        }
    }
    return false;
}

// Letters lost to a broken encoding ("B??nh", "??o??n").
bool garbled(const std::u32string& text) { return text.find(U"??") != std::u32string::npos; }

class Spacing final : public engine::Check {
public:
    explicit Spacing(std::set<std::string> blank_words) : blank_words_(std::move(blank_words)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& tokens = context.analysis.get<analysis::Tokens>();
        const bool form_doc = form_document(context, tokens);
        const auto& quantities = context.analysis.get<analysis::Quantities>();
        for (std::size_t p = 0; p < context.document.paragraphs.size(); ++p) {
            const auto& para = context.document.paragraphs[p];
            const auto& text = tokens.text(p);
            const auto& toks = tokens.of(p);
            auto emit = [&](const char* message, std::uint32_t b, std::uint32_t e, std::string replacement,
                            std::string mark) {
                engine::Draft d;
                d.message = message;
                d.range = model::Range{p, b, e};
                d.args["mark"] = std::move(mark);
                d.fix = Fix{std::move(replacement), analysis::within_one_run(para, b, e)};
                sink.emit(std::move(d));
            };
            auto word_before = [&](std::uint32_t at) -> std::string {
                for (auto it = toks.rbegin(); it != toks.rend(); ++it) {
                    if (it->end <= at) return it->key;
                }
                return {};
            };
            // A form line ("Cao: 1m68,  Cân nặng: 62 kg") or garbled text ("B??nh") is laid out or
            // broken, not prose: its spaces are fields and blanks.
            const bool form = form_line(text) || garbled(text);
            // English or code quoted in a report keeps its own conventions.
            const bool vietnamese = quantities.vietnamese(p);
            // The two code points at `at - 1` and `at` with a space between them: the fix of a gap left out.
            auto spaced_pair = [&](std::uint32_t at) {
                std::string out;
                utf8::append(out, text[at - 1]);
                out += ' ';
                utf8::append(out, text[at]);
                return out;
            };
            // A unit glued to its figure ("715,5tấn") is unit-format's finding.
            auto glued_unit_at = [&](std::uint32_t at) {
                const auto [from, to] = quantities.in(p);
                for (std::size_t k = from; k < to; ++k) {
                    const auto& q = quantities.all()[k];
                    if (q.glued && !q.unit.empty() && q.begin + (q.byte_end - q.byte_begin) == at) return true;
                }
                return false;
            };
            const auto n = static_cast<std::uint32_t>(text.size());
            std::uint32_t first = 0;
            while (first < n && is_space(text[first])) ++first;
            for (std::uint32_t i = first; i < n;) {
                const char32_t c = text[i];
                if (is_space(c)) {
                    std::uint32_t j = i;
                    while (j < n && is_space(text[j])) ++j;
                    if (j == n) break;  // trailing spaces are invisible and harmless
                    const char32_t prev = text[i - 1];
                    const char32_t next = text[j];
                    std::string mark;
                    utf8::append(mark, next);
                    // "..." and a file extension (" .docx") are not a full stop after a space.
                    // A dot run into "…" or "_" (" .…/…./") is a dotted blank to fill in, not a full stop.
                    const bool ellipsis = next == U'.' && j + 1 < n &&
                                          (text[j + 1] == U'.' || text[j + 1] == 0x2026 || text[j + 1] == U'_' ||
                                           is_letter(text[j + 1]));
                    const bool blank = prev == U'.' || prev == 0x2026 || prev == U'_';  // a fill-in blank "…… )"
                    // Dots after dots ("... / ....  Ngày") end a fill-in blank, not a sentence.
                    const bool dotted = prev == U'.' && i >= 2 && (text[i - 2] == U'.' || text[i - 2] == 0x2026);
                    if (prev == U'(' && next != U')' && j - i < 3) {  // "(    b)": a blank left to fill
                        emit("inside", i - 1, j, "(", "(");
                    } else if (next == U')' && prev != U'(' && !blank && !form && !form_doc) {
                        emit("inside", i, j + 1, ")", ")");
                    } else if ((next == U',' || next == U';' || next == U':' || next == U'!' || next == U'?' ||
                                (next == U'.' && !ellipsis)) &&
                               (is_alnum(prev) || closes(prev)) && !(next == U'?' && garbled(text)) && !named_mark(text, i)) {
                        emit("before", i, j + 1, mark, mark);
                    } else if (next == U'%' && category(prev) == UTF8PROC_CATEGORY_ND) {
                        emit("before", i, j + 1, "%", "%");
                    } else if (j - i == 2 && !form && !dotted && between_words(prev, next) && !analysis::has_line_break(para, i, j) &&
                               !blank_words_.count(word_before(i)) && !date_slot(text, i, j)) {
                        emit("double", i, j, " ", " ");
                    }
                    i = j;
                    continue;
                }
                if ((c == U',' || c == U';') && i + 1 < n && is_letter(text[i + 1]) && i > 0 && !in_link(text, i) &&
                    !symbol_list(text, i)) {
                    std::string mark;
                    utf8::append(mark, c);
                    emit("after", i, i + 1, mark + " ", mark);
                } else if (c == U'.' && vietnamese && sentence_run_on(text, i) && !in_link(text, i)) {
                    emit("after", i, i + 1, ". ", ".");
                } else if (c == U'-' && vietnamese && !form && dash_spaced_after(text, i, first) && !in_link(text, i) &&
                           !analysis::has_line_break(para, i + 1, i + 2)) {  // "2023-" ending a line
                    emit("dash", i, i + 1, " -", "-");
                } else if ((c == U'-' || c == 0x2013) && vietnamese && !form && dash_spaced_before(text, i, first) && !in_link(text, i) &&
                           !analysis::has_line_break(para, i - 1, i)) {
                    std::string mark;
                    utf8::append(mark, c);
                    emit("dash-before", i, i + 1, mark + " ", mark);
                } else if (c == U'/' && vietnamese && !form && slash_spaced(text, i, first) && !in_link(text, i)) {
                    const bool space_after = text[i + 1] == U' ';
                    if (space_after) {
                        emit("slash", i, i + 2, "/", "/");
                    } else {
                        emit("slash", i - 1, i + 1, "/", "/");
                    }
                } else if (i > 0 && category(c) == UTF8PROC_CATEGORY_ND &&
                           !in_link(text, i) && !superscript_at(context.document, para, i)) {
                    if (const auto word = word_run_into_number(text, i); !word.empty()) emit("word-number", i - 1, i + 1, spaced_pair(i), word);
                } else if (vietnamese && i > 0 && is_letter(c)) {
                    const auto word = number_run_into_word(text, i);
                    if (!word.empty() && !in_link(text, i) && !glued_unit_at(i)) emit("number-word", i - 1, i + 1, spaced_pair(i), word);
                }
                ++i;
            }
        }
    }

private:
    std::set<std::string> blank_words_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_spacing(const engine::RuleSpec& spec) {
    auto words = string_list(spec, "blank_field_words");
    if (!words) return words.error();
    std::set<std::string> w;
    for (const auto& s : *words) w.insert(analysis::canonical(s));
    return std::unique_ptr<engine::Check>(std::make_unique<Spacing>(std::move(w)));
}

}  // namespace soat::checks
