// Plain text and Markdown into the document model.
//
// Paragraphs are separated by blank lines; their lines join with a space (a .txt without any blank
// line between its lines, as Word exports plain text, has a paragraph per line; in other .txt, a
// line after a sentence end, or opening with a capital or a list marker, starts a paragraph). Each kept stretch of a
// source line becomes a Span whose `run` is the 1-based line and `offset` the 0-based code point
// column where it starts, so positions map back to the file as an editor shows it. Markdown
// markers (`#` headings, `**`/`*` emphasis, `[^n]` note references) are left out of the text.
// Footnote bodies (`¹ …`, `[^1]: …`) become Area::Footnote paragraphs after the body.
// `<!-- soat-ignore … -->` lines are recorded as comments anchored on the next source line.
#include <soat/reader.hpp>

#include <soat/utf8.hpp>

#include "text/utf8.hpp"

#include <utf8proc.h>

#include <fmt/format.h>

#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

namespace soat {

namespace {

using model::Area;
using model::Document;
using model::Paragraph;
using model::Span;

// A kept stretch of one source line: code point columns [begin, end).
struct Piece {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};

struct Line {
    int number = 0;                      // 1-based
    std::vector<char32_t> chars;         // decoded code points
};

// `m²`, `km²`, `m³`, `dm³`: an exponent of a unit of length, not a footnote mark.
bool unit_exponent(const std::vector<char32_t>& c, std::uint32_t i, std::uint32_t from) {
    if ((c[i] != U'²' && c[i] != U'³') || i == from || c[i - 1] != U'm') return false;
    if (i - 1 == from) return true;
    const char32_t before = c[i - 2];
    const bool letter = (before >= U'a' && before <= U'z') || (before >= U'A' && before <= U'Z') || before > 0x7F;
    return !letter || before == U'k' || before == U'c' || before == U'd' || before == U'h';
}

int superscript_digit(char32_t c) {
    switch (c) {
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

bool is_blank(char32_t c) { return c == U' ' || c == U'\t' || c == 0xA0; }

// Three or more text lines and no blank line between the first and the last.
bool paragraph_per_line(const std::vector<char32_t>& all) {
    int text_lines = 0;
    bool blank_inside = false, blank_pending = false, line_has_text = false;
    for (std::size_t i = 0; i <= all.size(); ++i) {
        if (i == all.size() || all[i] == U'\n') {
            if (line_has_text) {
                blank_inside = blank_inside || (blank_pending && text_lines > 0);
                blank_pending = false;
                ++text_lines;
            } else {
                blank_pending = true;
            }
            line_has_text = false;
        } else if (!is_blank(all[i]) && all[i] != U'\r') {
            line_has_text = true;
        }
    }
    return text_lines >= 3 && !blank_inside;
}

std::string nfc(const std::string& s, bool& changed) {
    utf8proc_uint8_t* out = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(s.c_str()));
    if (out == nullptr) {
        changed = false;
        return s;
    }
    std::string r(reinterpret_cast<const char*>(out));
    std::free(out);
    changed = r != s;
    return r;
}

// In a .txt whose lines join, a line still opens a paragraph of its own after a line that ends a
// sentence or a clause (". ; : ! ? …"), and when it opens with a list marker or a capital: a title,
// then the text under it (web pages copied as text break their lines that way). A hard-wrapped
// sentence goes on in lower case.
bool opens_own_paragraph(char32_t previous_last, char32_t first) {
    static const std::u32string_view kEnds = U".;:!?…", kMarkers = U"-+*•–—";
    if (kEnds.find(previous_last) != std::u32string_view::npos || kMarkers.find(first) != std::u32string_view::npos) return true;
    const auto c = static_cast<utf8proc_int32_t>(first);
    return utf8proc_tolower(c) != c;
}

// A paragraph being assembled from source lines.
class Builder {
public:
    Builder(Document& doc, std::string part) : doc_(doc), part_(std::move(part)) {}

    bool open() const { return open_; }

    void start(Area area, int heading_level, int note) {
        finish();
        current_ = Paragraph{};
        current_.area = area;
        current_.part = part_;
        current_.heading_level = heading_level;
        current_.note = note;
        open_ = true;
    }

    // Appends the pieces of one line; returns the code point range the line occupies.
    model::Range add_line(const Line& line, const std::vector<Piece>& pieces) {
        if (!current_.text.empty() && !pieces.empty()) {
            Span join;
            join.begin = cp_;
            join.length = 1;
            join.kind = Span::Kind::Break;
            join.run = last_line_;
            join.offset = last_end_;
            current_.spans.push_back(join);
            current_.text += ' ';
            ++cp_;
        }
        const std::uint32_t line_begin = cp_;
        for (const Piece& p : pieces) {
            if (p.end <= p.begin) continue;
            std::string raw;
            for (std::uint32_t i = p.begin; i < p.end; ++i) utf8::append(raw, line.chars[i]);
            bool changed = false;
            std::string norm = nfc(raw, changed);
            Span s;
            s.begin = cp_;
            s.length = utf8::length(norm);
            s.run = line.number;
            s.offset = p.begin;
            s.source_not_nfc = changed;
            if (changed) doc_.source_not_nfc = true;
            current_.spans.push_back(s);
            current_.text += norm;
            cp_ += s.length;
            last_end_ = p.end;
        }
        if (!pieces.empty()) last_line_ = line.number;
        return {paragraphs_count(), line_begin, cp_};
    }

    void note_ref(std::uint32_t offset, int note) {
        current_.note_refs.push_back({offset, note, std::to_string(note)});
    }

    std::size_t paragraphs_count() const {
        return current_.area == Area::Body ? body_.size() : notes_.size();
    }

    void finish() {
        if (open_ && !current_.text.empty()) {
            (current_.area == Area::Body ? body_ : notes_).push_back(std::move(current_));
        }
        open_ = false;
        current_ = Paragraph{};
        cp_ = 0;
    }

    // Body paragraphs, then footnotes; numbers body paragraphs. Returns the offset at which
    // footnote indices start.
    std::size_t publish() {
        finish();
        const std::size_t base = body_.size();
        int number = 0;
        for (Paragraph& p : body_) {
            p.number = ++number;
            doc_.paragraphs.push_back(std::move(p));
        }
        for (Paragraph& p : notes_) doc_.paragraphs.push_back(std::move(p));
        return base;
    }

    Area area() const { return current_.area; }

private:
    Document& doc_;
    std::string part_;
    Paragraph current_;
    bool open_ = false;
    std::uint32_t cp_ = 0;
    int last_line_ = 0;
    std::uint32_t last_end_ = 0;
    std::vector<Paragraph> body_, notes_;
};

// Columns [from, to) of a line without Markdown emphasis markers and `[^n]` references; note
// references are reported through `refs` as (column in the kept text, note number).
std::vector<Piece> strip_inline(const std::vector<char32_t>& c, std::uint32_t from, std::uint32_t to,
                                bool markdown, std::vector<std::pair<std::uint32_t, int>>& refs) {
    std::vector<Piece> pieces;
    std::uint32_t start = from;
    std::uint32_t kept = 0;
    auto cut = [&](std::uint32_t at, std::uint32_t resume) {
        if (at > start) {
            pieces.push_back({start, at});
            kept += at - start;
        }
        start = resume;
    };
    auto word = [&](std::uint32_t i) { return i >= from && i < to && !is_blank(c[i]); };
    for (std::uint32_t i = from; i < to;) {
        if (markdown && c[i] == U'[' && i + 2 < to && c[i + 1] == U'^') {
            std::uint32_t j = i + 2;
            int n = 0;
            while (j < to && c[j] >= U'0' && c[j] <= U'9') n = n * 10 + static_cast<int>(c[j++] - U'0');
            if (j > i + 2 && j < to && c[j] == U']') {
                cut(i, j + 1);
                refs.emplace_back(kept, n);
                i = j + 1;
                continue;
            }
        }
        if (superscript_digit(c[i]) >= 0 && i > from && !is_blank(c[i - 1]) && !unit_exponent(c, i, from)) {
            std::uint32_t j = i;
            int n = 0;
            while (j < to && superscript_digit(c[j]) >= 0) n = n * 10 + superscript_digit(c[j++]);
            refs.emplace_back(kept + (i - start), n);
            i = j;
            continue;
        }
        if (markdown && (c[i] == U'*' || c[i] == U'_')) {
            std::uint32_t j = i;
            while (j < to && c[j] == c[i] && j - i < 3) ++j;
            const bool opens = word(j) && (i == from || !word(i - 1) || c[i] == U'*');
            const bool closes = i > from && word(i - 1) && (j >= to || !word(j) || c[i] == U'*');
            // `_` inside a word (snake_case, file_name) is text; `*` between spaces is text.
            if ((opens || closes) && !(c[i] == U'_' && i > from && word(i - 1) && word(j))) {
                cut(i, j);
                i = j;
                continue;
            }
            i = j;
            continue;
        }
        ++i;
    }
    cut(to, to);
    return pieces;
}

// `<!-- … -->` on a line of its own; returns the inner text trimmed.
std::optional<std::string> html_comment(const std::vector<char32_t>& c, std::uint32_t b, std::uint32_t e) {
    static const std::u32string open = U"<!--", close = U"-->";
    if (e - b < 7) return std::nullopt;
    if (std::u32string(c.begin() + b, c.begin() + b + 4) != open) return std::nullopt;
    if (std::u32string(c.begin() + e - 3, c.begin() + e) != close) return std::nullopt;
    std::uint32_t ib = b + 4, ie = e - 3;
    while (ib < ie && is_blank(c[ib])) ++ib;
    while (ie > ib && is_blank(c[ie - 1])) --ie;
    std::string s;
    for (std::uint32_t i = ib; i < ie; ++i) utf8::append(s, c[i]);
    return s;
}

}  // namespace

Result<model::Document> read_text(std::string_view content, const std::string& name, model::Format format) {
    Document doc;
    doc.path = name;
    doc.format = format;
    const bool markdown = format == model::Format::Markdown;

    std::size_t bom = 0;
    if (content.substr(0, 3) == "\xEF\xBB\xBF") {
        bom = 3;
        content.remove_prefix(bom);
    }
    std::vector<char32_t> all;
    if (auto bad = text::decode_utf8(content, all)) {
        return Error{"E113", fmt::format("{}: invalid UTF-8 at byte {}", name, *bad + bom)};
    }

    Builder builder(doc, name);
    // Word's "Plain Text" export writes a paragraph per line and no blank lines: read such a
    // .txt line by line. Text with blank lines between its paragraphs, and Markdown, joins lines.
    const bool line_paragraphs = !markdown && paragraph_per_line(all);
    struct Pending {
        std::string text;
        std::string id;
    };
    std::vector<Pending> pending;  // soat-ignore comments waiting for the next text line
    struct Anchored {
        Pending comment;
        bool note;
        model::Range range;
    };
    std::vector<Anchored> anchored;

    Line line;
    char32_t previous_last = 0;  // the last character of the previous text line
    std::size_t pos = 0;
    int number = 0;
    while (pos <= all.size()) {
        std::size_t end = pos;
        while (end < all.size() && all[end] != U'\n') ++end;
        if (pos == all.size() && end == pos && number > 0) break;
        ++number;
        std::size_t stop = end;
        if (stop > pos && all[stop - 1] == U'\r') --stop;
        line.number = number;
        line.chars.assign(all.begin() + static_cast<std::ptrdiff_t>(pos), all.begin() + static_cast<std::ptrdiff_t>(stop));
        pos = end + 1;

        auto b = static_cast<std::uint32_t>(0), e = static_cast<std::uint32_t>(line.chars.size());
        while (b < e && is_blank(line.chars[b])) ++b;
        while (e > b && is_blank(line.chars[e - 1])) --e;
        if (b == e) {
            builder.finish();
            continue;
        }
        if (auto comment = html_comment(line.chars, b, e)) {
            if (comment->rfind("soat-ignore", 0) == 0) {
                Pending p{*comment, fmt::format("L{}", number)};
                if (comment->rfind("soat-ignore-file", 0) == 0) {
                    model::Comment c;
                    c.id = p.id;
                    c.author = "soat";
                    c.text = p.text;
                    doc.comments.push_back(std::move(c));
                } else {
                    pending.push_back(std::move(p));
                }
            }
            continue;
        }

        int heading = 0;
        int note = 0;
        if (line.chars[b] == U'#') {
            std::uint32_t j = b;
            while (j < e && line.chars[j] == U'#') ++j;
            if (j - b <= 6 && j < e && is_blank(line.chars[j])) {
                heading = static_cast<int>(j - b);
                b = j;
                while (b < e && is_blank(line.chars[b])) ++b;
                while (e > b && line.chars[e - 1] == U'#') --e;
                while (e > b && is_blank(line.chars[e - 1])) --e;
            }
        } else if (superscript_digit(line.chars[b]) >= 0) {
            std::uint32_t j = b;
            while (j < e && superscript_digit(line.chars[j]) >= 0) note = note * 10 + superscript_digit(line.chars[j++]);
            b = j;
            while (b < e && is_blank(line.chars[b])) ++b;
        } else if (line.chars[b] == U'[' && b + 2 < e && line.chars[b + 1] == U'^') {
            std::uint32_t j = b + 2;
            int n = 0;
            while (j < e && line.chars[j] >= U'0' && line.chars[j] <= U'9') n = n * 10 + static_cast<int>(line.chars[j++] - U'0');
            if (j > b + 2 && j + 1 < e && line.chars[j] == U']' && line.chars[j + 1] == U':') {
                note = n;
                b = j + 2;
                while (b < e && is_blank(line.chars[b])) ++b;
            }
        }

        if (heading > 0) {
            builder.start(Area::Body, heading, 0);
        } else if (note > 0) {
            builder.start(Area::Footnote, 0, note);
        } else if (!builder.open() ||
                   (!markdown && builder.area() == Area::Body && opens_own_paragraph(previous_last, line.chars[b]))) {
            builder.start(Area::Body, 0, 0);
        }
        previous_last = line.chars[e - 1];
        std::vector<std::pair<std::uint32_t, int>> refs;
        const std::vector<Piece> pieces = strip_inline(line.chars, b, e, markdown, refs);
        const Area area = builder.area();
        const model::Range range = builder.add_line(line, pieces);
        for (const auto& [at, n] : refs) builder.note_ref(range.begin + at, n);
        for (Pending& p : pending) anchored.push_back({std::move(p), area != Area::Body, range});
        pending.clear();
        if (heading > 0 || line_paragraphs) builder.finish();
    }
    const std::size_t notes_base = builder.publish();
    for (Anchored& a : anchored) {
        model::Comment c;
        c.id = a.comment.id;
        c.author = "soat";
        c.text = a.comment.text;
        c.anchor = a.range;
        if (a.note) c.anchor->paragraph += notes_base;
        doc.comments.push_back(std::move(c));
    }
    return doc;
}

}  // namespace soat
