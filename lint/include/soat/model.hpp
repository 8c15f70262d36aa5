// The document model: plain data produced by the readers and read by every rule.
//
// Text is UTF-8, NFC. Offsets inside a paragraph (`begin`, `end`, `Span::begin`) count Unicode
// code points, not bytes. Every code point maps back to its source through `Paragraph::spans`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace soat::model {

enum class Format { Docx, Text, Markdown };

// Where a paragraph lives. Order matters: it is the reading order of `soat extract`.
enum class Area { Body, Footnote, Endnote, Header, Footer };

struct RunProps {
    std::string font;        // resolved ascii/hAnsi font, through styles and docDefaults
    int size_half_points = 0;  // resolved w:sz, 0 = unknown
    bool bold = false;
    bool italic = false;
    bool caps = false;        // w:caps or w:smallCaps: shown in capitals whatever the text's case
    bool hidden = false;      // w:vanish
    std::string highlight;    // w:highlight value, or "shading" for w:shd fill
    std::string color;        // w:color hex, empty or "auto" for default
    bool superscript = false;
};

// A stretch of paragraph text with one source and one set of run properties.
struct Span {
    enum class Kind : std::uint8_t {
        Text,       // from w:t / a text line
        Tab,        // w:tab, w:ptab -> "\t"
        Break,      // w:br, w:cr -> " " (a line break prints as a space)
        Symbol,     // w:sym, w:noBreakHyphen -> its character
        ListLabel,  // rendered numbering label, no source in the XML
        Field,      // displayed result of a field
    };
    std::uint32_t begin = 0;   // code point offset in Paragraph::text
    std::uint32_t length = 0;  // code points
    Kind kind = Kind::Text;
    // DOCX: index of the w:r element in its part, counted in document order over all w:r
    //       elements of the part (-1 when synthetic), and the code point offset inside the
    //       concatenated w:t text of that run.
    // Text/Markdown: 1-based source line and 0-based source column (code points) of `begin`.
    std::int32_t run = -1;
    std::uint32_t offset = 0;
    bool inserted = false;     // inside w:ins (tracked insertion)
    bool source_not_nfc = false;  // the source text was changed by NFC normalisation
    std::uint16_t props = 0;   // index into Document::run_props
};

struct CellRef {
    int table = 0;  // 1-based, in reading order over all tables of the document (nested included)
    int row = 0;    // 1-based
    int column = 0; // 1-based grid column (gridSpan counted)
};

// An anchored mark inside a paragraph: a footnote or endnote reference.
struct NoteRef {
    std::uint32_t offset = 0;  // code point offset in Paragraph::text where the mark stands
    int note = 0;              // displayed number of the note
    std::string id;            // w:id in the notes part
};

struct Paragraph {
    std::string text;        // NFC UTF-8, list label included as the drafter sees it
    std::vector<Span> spans;  // cover text in order, without gaps
    Area area = Area::Body;
    std::string part;        // OOXML part name ("word/document.xml"), or the file path for text
    std::string style_id;
    std::string style_name;
    int heading_level = 0;   // 1..9 from outline level (style chain or direct), 0 = not a heading
    std::string list_label;  // rendered numbering label, also at the start of text
    int list_level = -1;     // w:ilvl when numbered
    std::optional<CellRef> cell;
    int note = 0;            // displayed footnote/endnote number for Area::Footnote/Endnote
    std::vector<NoteRef> note_refs;
    int number = 0;          // 1-based paragraph number over body and table-cell paragraphs, 0 else
    int section = 0;         // index into Document::sections of the section holding it
    bool page_break_before = false;
    std::string alignment;   // w:jc value
    int indent = 0;          // left edge, twips (w:ind w:left or w:start, direct or from the style)
};

struct TableCell {
    std::vector<std::size_t> paragraphs;  // indices into Document::paragraphs
    int grid_span = 1;
    bool vmerge_continue = false;  // continuation of a vertically merged cell
    int column = 0;               // 1-based grid column
};

struct TableRow {
    std::vector<TableCell> cells;
    bool header = false;  // w:tblHeader
};

struct Table {
    int index = 0;        // 1-based, as in CellRef::table
    int parent = 0;       // enclosing table index for a nested table, 0 at top level
    std::vector<TableRow> rows;
    bool borderless = false;
};

// A range of text: paragraph index and code point offsets [begin, end).
struct Range {
    std::size_t paragraph = 0;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};

struct Comment {
    std::string id;
    std::string author;
    std::string date;
    std::string text;                // its paragraphs joined with "\n"
    std::optional<Range> anchor;     // start and end in one paragraph, or the start paragraph only
    std::optional<Range> anchor_end; // end point when the range spans paragraphs
};

struct TrackedChange {
    enum class Kind { Insertion, Deletion, MoveFrom, MoveTo, Formatting };
    Kind kind = Kind::Insertion;
    std::string author;
    std::string date;
    std::string text;   // inserted or deleted text (deleted text is not in any paragraph)
    Range at;           // where it is, or where the deleted text stood
};

struct Section {
    int page_width = 0;   // twips; 0 when not stated
    int page_height = 0;
    bool landscape = false;
    int margin_top = 0, margin_bottom = 0, margin_left = 0, margin_right = 0;  // twips
    bool stated = false;  // a w:sectPr was present
};

struct Properties {
    std::string title, subject, creator, last_modified_by, created, modified, application;
};

struct Document {
    std::string path;
    Format format = Format::Docx;
    std::vector<Paragraph> paragraphs;  // reading order; see Area
    std::vector<RunProps> run_props;    // interned, Span::props indexes it
    std::vector<Table> tables;
    std::vector<Comment> comments;
    std::vector<TrackedChange> changes;
    std::vector<Section> sections;
    Properties properties;
    std::string default_font;            // docDefaults / Normal style
    int default_size_half_points = 0;
    bool source_not_nfc = false;

    // The prefix `soat extract` prints before a paragraph ("[bảng 2, dòng 3, cột 1] ").
    [[nodiscard]] std::string prefix(std::size_t paragraph) const;
    // Line and column (both 1-based, columns in code points) of a code point offset, as
    // interface.md defines them: positions in `soat extract` for DOCX, in the file for text.
    struct Position { int line = 0; int column = 0; };
    [[nodiscard]] Position position(std::size_t paragraph, std::uint32_t offset) const;
};

}  // namespace soat::model
