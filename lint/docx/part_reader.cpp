#include "docx/part_reader.hpp"

#include <soat/utf8.hpp>


#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdint>

namespace soat::docx {

namespace {

using Kind = model::Span::Kind;

std::string props_key(const model::RunProps& p) {
    // (Built by hand: asked once a run, fmt::format's parsing of the pattern cost more than the rest.)
    std::string key;
    key.reserve(p.font.size() + p.highlight.size() + p.color.size() + 20);
    key += p.font;
    key += '\x1f';
    key += std::to_string(p.size_half_points);
    key += '\x1f';
    for (const bool flag : {p.bold, p.italic, p.caps, p.hidden, p.superscript}) key += flag ? '1' : '0';
    key += '\x1f';
    key += p.highlight;
    key += '\x1f';
    key += p.color;
    return key;
}

}  // namespace

PartReader::PartReader(const XmlTree& tree, SharedState& shared, Sink& sink, std::string part)
    : t_(tree), shared_(shared), sink_(sink), part_(std::move(part)) {}

bool PartReader::field_visible() const {
    for (bool past_separator : fields_)
        if (!past_separator) return false;
    return true;
}

void PartReader::read_blocks(XmlTree::Id container) {
    for (XmlTree::Id c : children(t_, container)) {
        switch (t_.name(c)) {
            case Name::w_p: paragraph(c); break;
            case Name::w_tbl: table(c); break;
            case Name::w_sdt:
                if (XmlTree::Id content = t_.child(c, Name::w_sdtContent)) read_blocks(content);
                break;
            case Name::w_customXml:
            case Name::w_ins:
            case Name::w_moveTo:
            case Name::w_txbxContent: read_blocks(c); break;
            case Name::mc_AlternateContent:
                if (XmlTree::Id choice = t_.child(c, Name::mc_Choice)) read_blocks(choice);
                break;
            case Name::w_sectPr: section(c); break;
            default: break;
        }
    }
}

void PartReader::section(XmlTree::Id sect) {
    model::Section s;
    s.stated = true;
    for (XmlTree::Id c : children(t_, sect)) {
        switch (t_.name(c)) {
            case Name::w_pgSz:
                s.page_width = parse_int(t_.attr_or(c, Name::w_w));
                s.page_height = parse_int(t_.attr_or(c, Name::w_h));
                s.landscape = t_.attr_or(c, Name::w_orient) == "landscape";
                break;
            case Name::w_pgMar:
                s.margin_top = parse_int(t_.attr_or(c, Name::w_top));
                s.margin_bottom = parse_int(t_.attr_or(c, Name::w_bottom));
                s.margin_left = parse_int(t_.attr_or(c, Name::w_left));
                s.margin_right = parse_int(t_.attr_or(c, Name::w_right));
                break;
            case Name::w_headerReference:
            case Name::w_footerReference:
                sink_.header_footer_refs.emplace_back(t_.attr_or(c, Name::r_id), t_.name(c) == Name::w_footerReference);
                sink_.header_footer_section.push_back(static_cast<int>(sink_.sections.size()));
                break;
            default: break;
        }
    }
    sink_.sections.push_back(s);
    ++section_;
}

std::uint16_t PartReader::run_props(XmlTree::Id rpr, const std::string& pstyle) {
    std::string rstyle;
    PartialRunProps direct;
    if (rpr) {
        if (XmlTree::Id rs = t_.child(rpr, Name::w_rStyle)) rstyle = t_.attr_or(rs, Name::w_val);
        direct.read(t_, rpr, shared_.theme);
        if (direct.font && direct.font->empty()) direct.font.reset();
    }
    model::RunProps props = shared_.styles.base_props(pstyle, rstyle);
    direct.apply_to(props);
    std::string key = props_key(props);
    auto it = shared_.props_index.find(key);
    if (it != shared_.props_index.end()) return it->second;
    auto index = static_cast<std::uint16_t>(std::min<std::size_t>(shared_.run_props.size(), 65535));
    if (shared_.run_props.size() < 65535) shared_.run_props.push_back(std::move(props));
    shared_.props_index.emplace(std::move(key), index);
    return index;
}

void PartReader::paragraph(XmlTree::Id p) {
    ParagraphState state;
    ParagraphState* outer = ps_;
    ps_ = &state;
    model::Paragraph para;
    para.part = part_;
    para.cell = cell_;
    para.section = section_;
    if (trim_next_) {
        state.builder.trim_leading_space(true);
        trim_next_ = false;
    }
    if (pending_page_break_) {
        para.page_break_before = true;
        pending_page_break_ = false;
    }

    XmlTree::Id ppr = t_.child(p, Name::w_pPr);
    std::optional<int> outline, num_id, ilvl, indent;
    XmlTree::Id sect = 0;
    if (ppr) {
        for (XmlTree::Id c : children(t_, ppr)) {
            switch (t_.name(c)) {
                case Name::w_pStyle: state.pstyle = t_.attr_or(c, Name::w_val); break;
                case Name::w_outlineLvl: outline = parse_int(t_.attr_or(c, Name::w_val), 9); break;
                case Name::w_jc: para.alignment = t_.attr_or(c, Name::w_val); break;
                case Name::w_ind: indent = left_indent(t_, c); break;
                case Name::w_pageBreakBefore: para.page_break_before = t_.attr_or(c, Name::w_val, "1") != "0" && t_.attr_or(c, Name::w_val, "1") != "false"; break;
                case Name::w_sectPr: sect = c; break;
                case Name::w_numPr:
                    for (XmlTree::Id d : children(t_, c)) {
                        if (t_.name(d) == Name::w_numId) num_id = parse_int(t_.attr_or(d, Name::w_val));
                        else if (t_.name(d) == Name::w_ilvl) ilvl = parse_int(t_.attr_or(d, Name::w_val));
                    }
                    break;
                case Name::w_pPrChange: {
                    PendingChange ch;
                    ch.change.kind = model::TrackedChange::Kind::Formatting;
                    ch.change.author = t_.attr_or(c, Name::w_author);
                    ch.change.date = t_.attr_or(c, Name::w_date);
                    ch.raw_end = UINT32_MAX;
                    state.changes.push_back(std::move(ch));
                    break;
                }
                default: break;
            }
        }
    }
    const Styles& styles = shared_.styles;
    const std::string& style_id = state.pstyle.empty() ? styles.default_paragraph() : state.pstyle;
    para.style_id = style_id;
    if (const Style* s = styles.find(style_id)) para.style_name = s->name;
    para.heading_level = outline ? (*outline >= 0 && *outline <= 8 ? *outline + 1 : 0) : styles.heading_level(style_id);
    if (para.alignment.empty()) para.alignment = styles.alignment(style_id);
    para.indent = indent ? *indent : styles.indent(style_id);

    // Numbering: direct w:numPr, else the style chain's; numId 0 switches numbering off.
    std::optional<std::pair<int, int>> list;
    if (num_id) {
        auto from_style = styles.numbering(style_id);
        list = std::pair{*num_id, ilvl.value_or(from_style ? from_style->second : 0)};
    } else {
        list = styles.numbering(style_id);
        if (list && ilvl) list->second = *ilvl;
    }
    if (list && list->first != 0) {
        if (auto label = shared_.numbering.next(list->first, list->second)) {
            para.list_label = label->text;
            para.list_level = list->second;
            if (!label->text.empty())
                state.builder.add(label->text + label->separator, Kind::ListLabel, -1, 0, false,
                                  run_props(0, state.pstyle));
        }
    }

    inline_content(p, Ctx{});

    state.builder.finish(para);
    para.page_break_before = para.page_break_before || state.page_break_before;
    const std::size_t index = sink_.paragraphs.size();
    const auto length = count_code_points(para.text);
    for (const Mark& m : state.marks) {
        std::uint32_t at = state.builder.map(m.raw);
        switch (m.kind) {
            case Mark::Kind::CommentStart: sink_.comment_starts.push_back({m.id, index, at}); break;
            case Mark::Kind::CommentEnd: sink_.comment_ends.push_back({m.id, index, at}); break;
            case Mark::Kind::CommentRef: sink_.comment_refs.push_back({m.id, index, at}); break;
            case Mark::Kind::Footnote:
            case Mark::Kind::Endnote: para.note_refs.push_back({at, m.note, m.id}); break;
        }
    }
    for (PendingChange& ch : state.changes) {
        std::uint32_t b = state.builder.map(ch.raw_begin);
        std::uint32_t e = ch.raw_end == UINT32_MAX ? length : state.builder.map(ch.raw_end);
        ch.change.at = {index, b, e};
        if (ch.take_text) ch.change.text = code_point_slice(para.text, b, e);
        sink_.changes.push_back(std::move(ch.change));
    }
    sink_.paragraphs.push_back(std::move(para));
    ps_ = outer;
    if (sect) section(sect);
    for (XmlTree::Id box : state.textboxes) read_blocks(box);
}

void PartReader::table(XmlTree::Id tbl) {
    model::Table table;
    table.index = ++shared_.tables;
    table.parent = cell_ ? cell_->table : 0;
    std::optional<bool> borders;
    if (XmlTree::Id pr = t_.child(tbl, Name::w_tblPr)) {
        if (XmlTree::Id b = t_.child(pr, Name::w_tblBorders)) borders = visible_borders(t_, b);
        if (!borders)
            if (XmlTree::Id st = t_.child(pr, Name::w_tblStyle)) borders = shared_.styles.table_borders(t_.attr_or(st, Name::w_val));
    }
    const std::size_t slot = sink_.tables.size();
    sink_.tables.emplace_back();
    const bool outer_cell_borders = cell_borders_;
    cell_borders_ = false;
    int row_number = 0;
    // Rows may sit inside content controls or custom XML wrappers.
    std::vector<XmlTree::Id> containers{tbl};
    auto walk = [&](auto&& self, XmlTree::Id n) -> void {
        for (XmlTree::Id c : children(t_, n)) {
            Name name = t_.name(c);
            if (name == Name::w_tr) row(c, table, ++row_number);
            else if (name == Name::w_sdt) { if (XmlTree::Id sc = t_.child(c, Name::w_sdtContent)) self(self, sc); }
            else if (name == Name::w_customXml) self(self, c);
        }
    };
    walk(walk, tbl);
    // LibreOffice draws grids with cell borders: any bordered cell makes the table bordered.
    table.borderless = !borders.value_or(false) && !cell_borders_;
    cell_borders_ = outer_cell_borders;
    sink_.tables[slot] = std::move(table);
}

void PartReader::row(XmlTree::Id tr, model::Table& table, int row_number) {
    model::TableRow out;
    int column = 1;
    if (XmlTree::Id pr = t_.child(tr, Name::w_trPr)) {
        for (XmlTree::Id c : children(t_, pr)) {
            if (t_.name(c) == Name::w_tblHeader) out.header = t_.attr_or(c, Name::w_val, "1") != "0" && t_.attr_or(c, Name::w_val, "1") != "false";
            else if (t_.name(c) == Name::w_gridBefore) column += std::max(0, parse_int(t_.attr_or(c, Name::w_val)));
        }
    }
    auto cell = [&](XmlTree::Id tc) {
        model::TableCell cell;
        cell.column = column;
        if (XmlTree::Id pr = t_.child(tc, Name::w_tcPr)) {
            if (XmlTree::Id gs = t_.child(pr, Name::w_gridSpan)) cell.grid_span = std::max(1, parse_int(t_.attr_or(gs, Name::w_val), 1));
            if (XmlTree::Id vm = t_.child(pr, Name::w_vMerge)) cell.vmerge_continue = t_.attr_or(vm, Name::w_val, "continue") != "restart";
            if (XmlTree::Id b = t_.child(pr, Name::w_tcBorders)) cell_borders_ = cell_borders_ || visible_borders(t_, b);
        }
        std::optional<model::CellRef> outer = cell_;
        cell_ = model::CellRef{table.index, row_number, column};
        const std::size_t before = sink_.paragraphs.size();
        read_blocks(tc);
        for (std::size_t i = before; i < sink_.paragraphs.size(); ++i) {
            const auto& ref = sink_.paragraphs[i].cell;
            if (ref && ref->table == table.index && ref->row == row_number && ref->column == column) cell.paragraphs.push_back(i);
        }
        cell_ = outer;
        column += cell.grid_span;
        out.cells.push_back(std::move(cell));
    };
    auto walk = [&](auto&& self, XmlTree::Id n) -> void {
        for (XmlTree::Id c : children(t_, n)) {
            Name name = t_.name(c);
            if (name == Name::w_tc) cell(c);
            else if (name == Name::w_sdt) { if (XmlTree::Id sc = t_.child(c, Name::w_sdtContent)) self(self, sc); }
            else if (name == Name::w_customXml) self(self, c);
        }
    };
    walk(walk, tr);
    table.rows.push_back(std::move(out));
}

void PartReader::inline_content(XmlTree::Id n, Ctx ctx) {
    ParagraphState& ps = *ps_;
    for (XmlTree::Id c : children(t_, n)) {
        switch (t_.name(c)) {
            case Name::w_r: run(c, ctx); break;
            case Name::m_oMath:
                // An equation holds a place in the line, as an inline picture does: U+FFFC.
                if (field_visible()) ps_->builder.add("\xEF\xBF\xBC", Kind::Symbol, -1, 0, ctx.inserted, run_props({}, ps_->pstyle));
                break;
            case Name::w_ins:
            case Name::w_moveTo: {
                PendingChange ch;
                ch.change.kind = t_.name(c) == Name::w_ins ? model::TrackedChange::Kind::Insertion
                                                           : model::TrackedChange::Kind::MoveTo;
                ch.change.author = t_.attr_or(c, Name::w_author);
                ch.change.date = t_.attr_or(c, Name::w_date);
                ch.raw_begin = ps.builder.raw_length();
                ch.take_text = true;
                Ctx inner = ctx;
                inner.inserted = true;
                inline_content(c, inner);
                ch.raw_end = ps.builder.raw_length();
                ps.changes.push_back(std::move(ch));
                break;
            }
            case Name::w_del: deletion(c, model::TrackedChange::Kind::Deletion); break;
            case Name::w_moveFrom: deletion(c, model::TrackedChange::Kind::MoveFrom); break;
            case Name::w_fldSimple: {
                Ctx inner = ctx;
                inner.field = true;
                inline_content(c, inner);
                break;
            }
            case Name::w_sdt:
                if (XmlTree::Id content = t_.child(c, Name::w_sdtContent)) inline_content(content, ctx);
                break;
            case Name::mc_AlternateContent:
                if (XmlTree::Id choice = t_.child(c, Name::mc_Choice)) inline_content(choice, ctx);
                break;
            case Name::w_commentRangeStart:
                ps.marks.push_back({Mark::Kind::CommentStart, t_.attr_or(c, Name::w_id), ps.builder.raw_length(), 0});
                break;
            case Name::w_commentRangeEnd:
                ps.marks.push_back({Mark::Kind::CommentEnd, t_.attr_or(c, Name::w_id), ps.builder.raw_length(), 0});
                break;
            case Name::w_pPr:
            case Name::w_rPr:
            case Name::w_sdtPr:
            case Name::w_sdtEndPr:
            case Name::mc_Fallback:
            case Name::Text:
            case Name::w_p:
            case Name::w_tbl: break;
            default: inline_content(c, ctx); break;  // hyperlinks, smart tags, custom XML, bidi wrappers
        }
    }
}

void PartReader::deletion(XmlTree::Id n, model::TrackedChange::Kind kind) {
    ParagraphState& ps = *ps_;
    PendingChange ch;
    ch.change.kind = kind;
    ch.change.author = t_.attr_or(n, Name::w_author);
    ch.change.date = t_.attr_or(n, Name::w_date);
    ch.raw_begin = ch.raw_end = ps.builder.raw_length();
    auto collect = [&](auto&& self, XmlTree::Id m) -> void {
        for (XmlTree::Id c : children(t_, m)) {
            switch (t_.name(c)) {
                case Name::w_delText:
                case Name::w_t: ch.change.text += t_.text(c); break;
                case Name::w_tab: ch.change.text += '\t'; break;
                case Name::w_br:
                case Name::w_cr: ch.change.text += ' '; break;
                case Name::w_rPr:
                case Name::Text: break;
                default: self(self, c); break;
            }
        }
    };
    collect(collect, n);
    ps.changes.push_back(std::move(ch));
}

void PartReader::find_textboxes(XmlTree::Id n) {
    for (XmlTree::Id c : children(t_, n)) {
        switch (t_.name(c)) {
            case Name::w_txbxContent: ps_->textboxes.push_back(c); break;
            case Name::mc_AlternateContent:
                if (XmlTree::Id choice = t_.child(c, Name::mc_Choice)) find_textboxes(choice);
                break;
            case Name::mc_Fallback:
            case Name::Text: break;
            default: find_textboxes(c); break;
        }
    }
}

void PartReader::run(XmlTree::Id r, Ctx ctx) {
    ParagraphState& ps = *ps_;
    const std::int32_t ordinal = t_.run_ordinal(r);
    std::uint32_t offset = 0;
    std::optional<std::uint16_t> props;
    XmlTree::Id rpr = t_.child(r, Name::w_rPr);
    auto get_props = [&] {
        if (!props) props = run_props(rpr, ps.pstyle);
        return *props;
    };
    const std::uint32_t run_begin = ps.builder.raw_length();
    auto emit = [&](std::string_view text, Kind kind) {
        if (!field_visible()) return;
        if (kind == Kind::Text && (ctx.field || in_field_result())) kind = Kind::Field;
        ps.builder.add(text, kind, ordinal, offset, ctx.inserted, get_props());
    };
    for (XmlTree::Id c : children(t_, r)) {
        switch (t_.name(c)) {
            case Name::w_t: {
                std::string text = t_.text(c);
                emit(text, Kind::Text);
                offset += count_code_points(text);
                break;
            }
            case Name::w_tab:
            case Name::w_ptab: emit("\t", Kind::Tab); break;
            case Name::w_br: {
                std::string type = t_.attr_or(c, Name::w_type);
                if (type == "page") {
                    if (ps.builder.empty()) ps.page_break_before = true;
                    else pending_page_break_ = true;
                } else if (type != "column") {
                    emit(" ", Kind::Break);
                }
                break;
            }
            case Name::w_cr: emit(" ", Kind::Break); break;
            case Name::w_sym: {
                std::uint32_t cp = 0;
                for (char h : t_.attr_or(c, Name::w_char)) {
                    int v = std::isdigit(static_cast<unsigned char>(h)) ? h - '0' : (std::tolower(static_cast<unsigned char>(h)) - 'a' + 10);
                    if (v < 0 || v > 15) break;
                    cp = cp * 16 + static_cast<std::uint32_t>(v);
                }
                if (cp > 0 && cp < 0x110000) {
                    std::string symbol;
                    utf8::append(symbol, static_cast<char32_t>(cp));
                    emit(symbol, Kind::Symbol);
                }
                break;
            }
            case Name::w_noBreakHyphen: emit("-", Kind::Symbol); break;
            case Name::w_fldChar: {
                std::string type = t_.attr_or(c, Name::w_fldCharType);
                if (type == "begin") fields_.push_back(false);
                else if (type == "separate" && !fields_.empty()) fields_.back() = true;
                else if (type == "end" && !fields_.empty()) fields_.pop_back();
                break;
            }
            case Name::w_footnoteReference:
            case Name::w_endnoteReference: {
                if (!field_visible()) break;
                const bool foot = t_.name(c) == Name::w_footnoteReference;
                std::string id = t_.attr_or(c, Name::w_id);
                auto& numbers = foot ? shared_.footnote_numbers : shared_.endnote_numbers;
                auto& order = foot ? shared_.footnote_order : shared_.endnote_order;
                auto [it, inserted] = numbers.emplace(id, static_cast<int>(numbers.size()) + 1);
                if (inserted) order.push_back(id);
                ps.marks.push_back({foot ? Mark::Kind::Footnote : Mark::Kind::Endnote, id, ps.builder.raw_length(), it->second});
                break;
            }
            case Name::w_commentReference:
                ps.marks.push_back({Mark::Kind::CommentRef, t_.attr_or(c, Name::w_id), ps.builder.raw_length(), 0});
                break;
            case Name::w_drawing:
            case Name::w_object:
                // An inline picture or embedded equation holds a place in the line: U+FFFC
                // stands for it, so the words around it are not read as adjacent.
                if (t_.name(c) == Name::w_object || t_.child(c, Name::wp_inline)) emit("\xEF\xBF\xBC", Kind::Symbol);
                find_textboxes(c);
                break;
            case Name::w_pict:
            case Name::mc_AlternateContent: find_textboxes(c); break;
            default: break;  // w:rPr, w:instrText, w:softHyphen (dropped), w:lastRenderedPageBreak ...
        }
    }
    if (rpr) {
        if (XmlTree::Id change = t_.child(rpr, Name::w_rPrChange)) {
            PendingChange ch;
            ch.change.kind = model::TrackedChange::Kind::Formatting;
            ch.change.author = t_.attr_or(change, Name::w_author);
            ch.change.date = t_.attr_or(change, Name::w_date);
            ch.raw_begin = run_begin;
            ch.raw_end = ps.builder.raw_length();
            ps.changes.push_back(std::move(ch));
        }
    }
}

}  // namespace soat::docx
