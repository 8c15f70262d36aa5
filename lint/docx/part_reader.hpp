// Walks one WordprocessingML part (the document body, a notes part, comments, a header or a
// footer) into a Sink of paragraphs, tables, tracked changes and comment anchors. Indices in a
// Sink are local to it; the package reader merges sinks into the Document in reading order.
//
// Text conventions: w:tab/w:ptab -> "\t"; w:br and w:cr -> " " (a page break adds no text and sets
// page_break_before on its paragraph when nothing precedes it, else on the next paragraph; a
// column break adds nothing); w:noBreakHyphen -> "-" (U+002D, so rules see the hyphen the
// drafter typed); w:softHyphen is dropped; w:sym -> its w:char code point as stated; non-breaking
// spaces stay U+00A0. A list label is followed by " " (tab or space suffix) or nothing. Complex
// fields show their result only; a field with no separator shows nothing. mc:AlternateContent
// shows its first mc:Choice only. Text boxes (w:txbxContent) become paragraphs right after the
// paragraph that anchors them. A deleted paragraph mark does not merge paragraphs.
#pragma once

#include "docx/numbering.hpp"
#include "docx/paragraph_builder.hpp"
#include "docx/styles.hpp"
#include "docx/xml_tree.hpp"

#include <soat/model.hpp>

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace soat::docx {

struct Anchor {
    std::string id;
    std::size_t paragraph = 0;
    std::uint32_t offset = 0;
};

struct Sink {
    std::vector<model::Paragraph> paragraphs;
    std::vector<model::TrackedChange> changes;
    std::vector<model::Table> tables;
    std::vector<Anchor> comment_starts, comment_ends, comment_refs;
    std::vector<model::Section> sections;
    // Header and footer relationship ids referenced by each section, in order.
    std::vector<std::pair<std::string, bool>> header_footer_refs;  // (r:id, is footer)
    std::vector<int> header_footer_section;
};

// Document-wide state shared by the part readers.
struct SharedState {
    const Styles& styles;
    const ThemeFonts& theme;
    Numbering& numbering;
    std::vector<model::RunProps>& run_props;
    std::unordered_map<std::string, std::uint16_t> props_index;
    std::unordered_map<std::string, int> footnote_numbers, endnote_numbers;
    std::vector<std::string> footnote_order, endnote_order;
    int tables = 0;
};

class PartReader {
public:
    PartReader(const XmlTree& tree, SharedState& shared, Sink& sink, std::string part);

    // Reads the block content (paragraphs, tables, content controls) of `container`.
    void read_blocks(XmlTree::Id container);
    // The next paragraph read drops its leading whitespace (a note's text after its mark).
    void trim_next_paragraph() { trim_next_ = true; }

private:
    struct Ctx {
        bool inserted = false;
        bool field = false;
    };
    struct Mark {
        enum class Kind { CommentStart, CommentEnd, CommentRef, Footnote, Endnote } kind;
        std::string id;
        std::uint32_t raw = 0;
        int note = 0;
    };
    struct PendingChange {
        model::TrackedChange change;
        std::uint32_t raw_begin = 0, raw_end = 0;
        bool take_text = false;
    };
    struct ParagraphState {
        ParagraphBuilder builder;
        std::vector<Mark> marks;
        std::vector<PendingChange> changes;
        std::vector<XmlTree::Id> textboxes;
        bool page_break_before = false;
        std::string pstyle;
    };

    void paragraph(XmlTree::Id p);
    void table(XmlTree::Id tbl);
    void row(XmlTree::Id tr, model::Table& table, int row_number);
    void inline_content(XmlTree::Id n, Ctx ctx);
    void run(XmlTree::Id r, Ctx ctx);
    void deletion(XmlTree::Id n, model::TrackedChange::Kind kind);
    void find_textboxes(XmlTree::Id n);
    void section(XmlTree::Id sect);
    std::uint16_t run_props(XmlTree::Id rpr, const std::string& pstyle);
    [[nodiscard]] bool field_visible() const;
    [[nodiscard]] bool in_field_result() const { return !fields_.empty(); }

    const XmlTree& t_;
    SharedState& shared_;
    Sink& sink_;
    std::string part_;
    ParagraphState* ps_ = nullptr;
    std::vector<bool> fields_;  // open complex fields: true once past their separator
    std::optional<model::CellRef> cell_;
    int section_ = 0;
    bool pending_page_break_ = false;
    bool trim_next_ = false;
    bool cell_borders_ = false;  // a cell of the table being read has visible borders
};

}  // namespace soat::docx
