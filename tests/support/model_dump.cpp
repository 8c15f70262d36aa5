#include "support/model_dump.hpp"

#include <fmt/format.h>

namespace soat::test {

namespace {

std::string area_name(model::Area a) {
    switch (a) {
        case model::Area::Body: return "body";
        case model::Area::Footnote: return "footnote";
        case model::Area::Endnote: return "endnote";
        case model::Area::Header: return "header";
        case model::Area::Footer: return "footer";
    }
    return "?";
}

std::string change_kind(model::TrackedChange::Kind k) {
    switch (k) {
        case model::TrackedChange::Kind::Insertion: return "ins";
        case model::TrackedChange::Kind::Deletion: return "del";
        case model::TrackedChange::Kind::MoveFrom: return "moveFrom";
        case model::TrackedChange::Kind::MoveTo: return "moveTo";
        case model::TrackedChange::Kind::Formatting: return "format";
    }
    return "?";
}

std::string visible(const std::string& s) {
    std::string out;
    for (char c : s) out += c == '\t' ? std::string("\\t") : c == '\n' ? std::string("\\n") : std::string(1, c);
    return out;
}

}  // namespace

std::string dump_model(const model::Document& doc) {
    std::string out;
    for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
        const model::Paragraph& p = doc.paragraphs[i];
        out += fmt::format("p{} {} n={} style={}", i, area_name(p.area), p.number, p.style_id);
        if (p.heading_level) out += fmt::format(" h{}", p.heading_level);
        if (!p.list_label.empty()) out += fmt::format(" list[{}]={}", p.list_level, p.list_label);
        if (p.cell) out += fmt::format(" cell={}/{}/{}", p.cell->table, p.cell->row, p.cell->column);
        if (p.note) out += fmt::format(" note={}", p.note);
        for (const auto& r : p.note_refs) out += fmt::format(" ref{}@{}", r.note, r.offset);
        if (p.page_break_before) out += " pagebreak";
        if (!p.alignment.empty()) out += " jc=" + p.alignment;
        out += " | " + visible(p.text) + "\n";
    }
    for (const model::Table& t : doc.tables) {
        out += fmt::format("table {} parent={} rows={} borderless={}\n", t.index, t.parent, t.rows.size(), t.borderless);
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            out += fmt::format("  row {}{}:", r + 1, t.rows[r].header ? " header" : "");
            for (const auto& c : t.rows[r].cells) {
                out += fmt::format(" [col {} span {}{} paras", c.column, c.grid_span, c.vmerge_continue ? " cont" : "");
                for (auto pi : c.paragraphs) out += fmt::format(" {}", pi);
                out += "]";
            }
            out += "\n";
        }
    }
    for (const model::Comment& c : doc.comments) {
        out += fmt::format("comment {} by {}: {}", c.id, c.author, visible(c.text));
        if (c.anchor) out += fmt::format(" @p{}[{},{})", c.anchor->paragraph, c.anchor->begin, c.anchor->end);
        if (c.anchor_end) out += fmt::format(" ..p{}[{},{})", c.anchor_end->paragraph, c.anchor_end->begin, c.anchor_end->end);
        out += "\n";
    }
    for (const model::TrackedChange& c : doc.changes)
        out += fmt::format("change {} by {} @p{}[{},{}): {}\n", change_kind(c.kind), c.author, c.at.paragraph, c.at.begin,
                           c.at.end, visible(c.text));
    for (const model::Section& s : doc.sections)
        out += fmt::format("section {}x{}{} margins t{} b{} l{} r{}{}\n", s.page_width, s.page_height,
                           s.landscape ? " landscape" : "", s.margin_top, s.margin_bottom, s.margin_left, s.margin_right,
                           s.stated ? "" : " (not stated)");
    out += fmt::format("default font {} {}\n", doc.default_font, doc.default_size_half_points);
    out += fmt::format("properties title={} creator={} application={}\n", doc.properties.title, doc.properties.creator,
                       doc.properties.application);
    return out;
}

std::string extract_lines(const model::Document& doc) {
    std::string out;
    for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
        std::string text = doc.paragraphs[i].text;
        for (char& c : text)
            if (c == '\n') c = ' ';
        out += doc.prefix(i) + text + "\n";
    }
    return out;
}

}  // namespace soat::test
