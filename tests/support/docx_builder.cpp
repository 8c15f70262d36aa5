#include "support/docx_builder.hpp"

#include <soat/xml_text.hpp>

#include <zip.h>

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <stdexcept>

namespace soat::test {

namespace {

constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* kRelType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

std::string ns_decl() {
    return fmt::format(
        "xmlns:w=\"{}\" xmlns:r=\"{}\" "
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
        "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" mc:Ignorable=\"w14\"",
        kW, kR);
}

// Text to run content: "\t" becomes w:tab, "\n" becomes w:br, the rest w:t (or w:delText).
std::string run_content(const std::string& text, const char* tag) {
    std::string out, chunk;
    auto flush = [&] {
        if (chunk.empty()) return;
        out += fmt::format("<w:{} xml:space=\"preserve\">{}</w:{}>", tag, xml::escape(chunk), tag);
        chunk.clear();
    };
    for (char c : text) {
        if (c == '\t') { flush(); out += "<w:tab/>"; }
        else if (c == '\n') { flush(); out += "<w:br/>"; }
        else chunk += c;
    }
    flush();
    return out;
}

std::string run_props(const RunSpec& r) {
    std::string p;
    if (!r.font.empty()) p += fmt::format("<w:rFonts w:ascii=\"{0}\" w:hAnsi=\"{0}\" w:cs=\"{0}\"/>", xml::escape(r.font));
    if (r.bold) p += "<w:b/>";
    if (r.italic) p += "<w:i/>";
    if (r.hidden) p += "<w:vanish/>";
    if (r.size_half_points > 0) p += fmt::format("<w:sz w:val=\"{}\"/>", r.size_half_points);
    if (!r.highlight.empty()) p += fmt::format("<w:highlight w:val=\"{}\"/>", xml::escape(r.highlight));
    return p.empty() ? p : "<w:rPr>" + p + "</w:rPr>";
}

std::string paragraph_props(const std::string& style) {
    return style.empty() ? "" : fmt::format("<w:pPr><w:pStyle w:val=\"{}\"/></w:pPr>", xml::escape(style));
}

std::string styles_xml(const std::string& font, int size) {
    std::string s = fmt::format(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles {0}>"
        "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"{1}\" w:hAnsi=\"{1}\" w:cs=\"{1}\"/>"
        "<w:sz w:val=\"{2}\"/><w:szCs w:val=\"{2}\"/><w:lang w:val=\"vi-VN\"/></w:rPr></w:rPrDefault>"
        "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
        "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/></w:style>"
        "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/></w:style>"
        "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/>"
        "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/>"
        "<w:bottom w:val=\"single\" w:sz=\"4\"/><w:right w:val=\"single\" w:sz=\"4\"/>"
        "<w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/></w:tblBorders></w:tblPr></w:style>"
        "<w:style w:type=\"character\" w:styleId=\"FootnoteReference\"><w:name w:val=\"footnote reference\"/>"
        "<w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"FootnoteText\"><w:name w:val=\"footnote text\"/>"
        "<w:basedOn w:val=\"Normal\"/><w:rPr><w:sz w:val=\"20\"/></w:rPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
        "<w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>",
        ns_decl(), xml::escape(font), size);
    for (int level = 1; level <= 9; ++level) {
        s += fmt::format(
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading{0}\"><w:name w:val=\"heading {0}\"/>"
            "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
            "<w:pPr><w:keepNext/><w:outlineLvl w:val=\"{1}\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>",
            level, level - 1);
    }
    return s + "</w:styles>";
}

std::string notes_xml(const char* root, const char* item, const std::vector<std::string>& notes) {
    std::string s = fmt::format(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:{0} {1}>"
        "<w:{2} w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:{2}>"
        "<w:{2} w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{2}>",
        root, ns_decl(), item);
    for (std::size_t i = 0; i < notes.size(); ++i) {
        s += fmt::format(
            "<w:{0} w:id=\"{1}\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr>"
            "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>"
            "<w:r><w:t xml:space=\"preserve\"> </w:t></w:r>{2}</w:p></w:{0}>",
            item, i + 1, notes[i].empty() ? "" : "<w:r>" + run_content(notes[i], "t") + "</w:r>");
    }
    return s + fmt::format("</w:{}>", root);
}

std::string comments_xml(const std::vector<std::string>& comments) {
    std::string s = fmt::format(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments {}>", ns_decl());
    for (std::size_t i = 0; i < comments.size(); ++i) {
        s += fmt::format(
            "<w:comment w:id=\"{}\" w:author=\"Người rà soát\" w:date=\"2026-01-05T09:00:00Z\" w:initials=\"NRS\">"
            "<w:p><w:r>{}</w:r></w:p></w:comment>",
            i, run_content(comments[i], "t"));
    }
    return s + "</w:comments>";
}

std::string header_footer_xml(const char* root, const std::string& text) {
    return fmt::format(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:{0} {1}><w:p><w:r>{2}</w:r></w:p></w:{0}>",
        root, ns_decl(), run_content(text, "t"));
}

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};

}  // namespace

DocxBuilder& DocxBuilder::paragraph(const std::string& text, const std::string& style) {
    RunSpec run;
    run.text = text;
    return paragraph(std::vector<RunSpec>{run}, style);
}

DocxBuilder& DocxBuilder::paragraph(const std::vector<RunSpec>& runs, const std::string& style) {
    std::string p = "<w:p>" + paragraph_props(style);
    for (const RunSpec& r : runs) {
        std::string comment_id;
        if (!r.comment.empty()) {
            comment_id = std::to_string(comments_.size());
            comments_.push_back(r.comment);
            p += fmt::format("<w:commentRangeStart w:id=\"{}\"/>", comment_id);
        }
        std::string run = "<w:r>" + run_props(r) + run_content(r.text, r.deleted ? "delText" : "t") + "</w:r>";
        if (r.inserted) {
            run = "<w:ins w:id=\"9" + std::to_string(body_.size()) +
                  "\" w:author=\"Người soạn\" w:date=\"2026-01-04T08:00:00Z\">" + run + "</w:ins>";
        } else if (r.deleted) {
            run = "<w:del w:id=\"8" + std::to_string(body_.size()) +
                  "\" w:author=\"Người soạn\" w:date=\"2026-01-04T08:00:00Z\">" + run + "</w:del>";
        }
        p += run;
        if (!comment_id.empty()) {
            p += fmt::format(
                "<w:commentRangeEnd w:id=\"{0}\"/><w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr>"
                "<w:commentReference w:id=\"{0}\"/></w:r>",
                comment_id);
        }
        if (!r.footnote.empty()) {
            footnotes_.push_back(r.footnote);
            p += fmt::format(
                "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"{}\"/></w:r>",
                footnotes_.size());
        }
    }
    body_.push_back(p + "</w:p>");
    return *this;
}

DocxBuilder& DocxBuilder::heading(int level, const std::string& text) {
    return paragraph(text, "Heading" + std::to_string(level));
}

DocxBuilder& DocxBuilder::table(const std::vector<std::vector<std::string>>& rows, bool borderless) {
    std::vector<std::vector<std::vector<RunSpec>>> cells;
    for (const auto& row : rows) {
        auto& out = cells.emplace_back();
        for (const std::string& cell : row) {
            auto& paragraphs = out.emplace_back();
            std::size_t start = 0;
            while (true) {
                const std::size_t nl = cell.find('\n', start);
                paragraphs.push_back(RunSpec{cell.substr(start, nl == std::string::npos ? std::string::npos : nl - start)});
                if (nl == std::string::npos) break;
                start = nl + 1;
            }
        }
    }
    return formatted_table(cells, borderless);
}

DocxBuilder& DocxBuilder::formatted_table(const std::vector<std::vector<std::vector<RunSpec>>>& rows, bool borderless) {
    std::size_t columns = 0;
    for (const auto& row : rows) columns = std::max(columns, row.size());
    std::string t = "<w:tbl><w:tblPr>";
    t += borderless ? "<w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/>"
                      "<w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/>"
                      "<w:insideV w:val=\"nil\"/></w:tblBorders>"
                    : "<w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/>";
    t += "</w:tblPr><w:tblGrid>";
    for (std::size_t c = 0; c < columns; ++c) t += fmt::format("<w:gridCol w:w=\"{}\"/>", 9000 / std::max<std::size_t>(columns, 1));
    t += "</w:tblGrid>";
    for (const auto& row : rows) {
        t += "<w:tr>";
        for (const auto& cell : row) {
            t += fmt::format("<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/></w:tcPr>", 9000 / std::max<std::size_t>(columns, 1));
            for (const RunSpec& r : cell) {
                t += r.text.empty() ? "<w:p/>" : "<w:p><w:r>" + run_props(r) + run_content(r.text, "t") + "</w:r></w:p>";
            }
            t += "</w:tc>";
        }
        t += "</w:tr>";
    }
    body_.push_back(t + "</w:tbl>");
    return *this;
}

DocxBuilder& DocxBuilder::raw_body(const std::string& xml) {
    body_.push_back(xml);
    return *this;
}

DocxBuilder& DocxBuilder::page(int width_twips, int height_twips, int top, int bottom, int left, int right,
                               bool landscape) {
    sect_pr_ = fmt::format(
        "<w:pgSz w:w=\"{}\" w:h=\"{}\"{}/><w:pgMar w:top=\"{}\" w:right=\"{}\" w:bottom=\"{}\" w:left=\"{}\" "
        "w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/>",
        width_twips, height_twips, landscape ? " w:orient=\"landscape\"" : "", top, right, bottom, left);
    return *this;
}

DocxBuilder& DocxBuilder::header_text(const std::string& text) {
    header_ = text;
    return *this;
}

DocxBuilder& DocxBuilder::footer_text(const std::string& text) {
    footer_ = text;
    return *this;
}

DocxBuilder& DocxBuilder::default_font(const std::string& font, int size_half_points) {
    font_ = font;
    size_ = size_half_points;
    return *this;
}

DocxBuilder& DocxBuilder::part(const std::string& name, const std::string& content) {
    extra_parts_[name] = content;
    std::erase(removed_parts_, name);
    return *this;
}

DocxBuilder& DocxBuilder::without_part(const std::string& name) {
    removed_parts_.push_back(name);
    return *this;
}

std::string DocxBuilder::bytes() const {
    std::map<std::string, std::string> parts;
    std::string doc_rels, overrides;
    auto add_rel = [&](const std::string& id, const std::string& type, const std::string& target) {
        doc_rels += fmt::format("<Relationship Id=\"{}\" Type=\"{}{}\" Target=\"{}\"/>", id, kRelType, type, target);
    };
    auto add_override = [&](const std::string& part, const std::string& type) {
        overrides += fmt::format("<Override PartName=\"/{}\" ContentType=\"{}\"/>", part, type);
    };
    const std::string wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    std::string sect = "<w:sectPr>";
    add_rel("rIdStyles", "styles", "styles.xml");
    parts["word/styles.xml"] = styles_xml(font_, size_);
    add_override("word/styles.xml", wml + "styles+xml");
    if (!header_.empty()) {
        add_rel("rIdHeader1", "header", "header1.xml");
        parts["word/header1.xml"] = header_footer_xml("hdr", header_);
        add_override("word/header1.xml", wml + "header+xml");
        sect += "<w:headerReference w:type=\"default\" r:id=\"rIdHeader1\"/>";
    }
    if (!footer_.empty()) {
        add_rel("rIdFooter1", "footer", "footer1.xml");
        parts["word/footer1.xml"] = header_footer_xml("ftr", footer_);
        add_override("word/footer1.xml", wml + "footer+xml");
        sect += "<w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/>";
    }
    sect += sect_pr_.empty() ? "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" "
                               "w:bottom=\"1134\" w:left=\"1701\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/>"
                             : sect_pr_;
    sect += "</w:sectPr>";
    if (!footnotes_.empty()) {
        add_rel("rIdFootnotes", "footnotes", "footnotes.xml");
        parts["word/footnotes.xml"] = notes_xml("footnotes", "footnote", footnotes_);
        add_override("word/footnotes.xml", wml + "footnotes+xml");
    }
    if (!comments_.empty()) {
        add_rel("rIdComments", "comments", "comments.xml");
        parts["word/comments.xml"] = comments_xml(comments_);
        add_override("word/comments.xml", wml + "comments+xml");
    }
    // Parts given with part() that the document usually relates to get their relationship.
    const std::pair<const char*, const char*> known[] = {{"word/numbering.xml", "numbering"},
                                                        {"word/endnotes.xml", "endnotes"},
                                                        {"word/settings.xml", "settings"},
                                                        {"word/theme/theme1.xml", "theme"}};
    for (const auto& [name, type] : known) {
        if (extra_parts_.contains(name)) {
            add_rel(std::string("rId") + type, type, std::string(name).substr(5));
            add_override(name, wml + type + "+xml");
        }
    }

    std::string body;
    for (const std::string& b : body_) body += b;
    parts["word/document.xml"] = fmt::format(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document {}><w:body>{}{}</w:body></w:document>",
        ns_decl(), body, sect);
    parts["word/_rels/document.xml.rels"] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        doc_rels + "</Relationships>";
    parts["_rels/.rels"] = fmt::format(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"{0}officeDocument\" Target=\"word/document.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        "<Relationship Id=\"rId3\" Type=\"{0}extended-properties\" Target=\"docProps/app.xml\"/>"
        "</Relationships>",
        kRelType);
    parts["docProps/core.xml"] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        "<dc:title>Dự thảo</dc:title><dc:creator>soat DocxBuilder</dc:creator>"
        "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-01-01T00:00:00Z</dcterms:created>"
        "</cp:coreProperties>";
    parts["docProps/app.xml"] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        "<Application>soat DocxBuilder</Application></Properties>";
    parts["[Content_Types].xml"] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"" + wml + "document.main+xml\"/>" + overrides +
        "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        "</Types>";
    for (const auto& [name, content] : extra_parts_) parts[name] = content;
    for (const std::string& name : removed_parts_) parts.erase(name);

    // Write the zip into a growable in-memory source and copy it out.
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (src == nullptr) throw std::runtime_error("zip_source_buffer_create failed");
    zip_source_keep(src);
    std::unique_ptr<zip_t, ZipCloser> archive(zip_open_from_source(src, ZIP_TRUNCATE, &error));
    if (!archive) {
        zip_source_free(src);
        throw std::runtime_error("zip_open_from_source failed");
    }
    // [Content_Types].xml first, as Word writes it.
    std::vector<std::string> order{"[Content_Types].xml"};
    for (const auto& [name, content] : parts)
        if (name != "[Content_Types].xml") order.push_back(name);
    for (const std::string& name : order) {
        auto it = parts.find(name);
        if (it == parts.end()) continue;
        zip_source_t* data = zip_source_buffer(archive.get(), it->second.data(), it->second.size(), 0);
        if (data == nullptr || zip_file_add(archive.get(), name.c_str(), data, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(data);
            zip_source_free(src);
            throw std::runtime_error("zip_file_add failed: " + name);
        }
    }
    if (zip_close(archive.release()) < 0) {
        zip_source_free(src);
        throw std::runtime_error("zip_close failed");
    }
    std::string out;
    zip_stat_t st;
    if (zip_source_stat(src, &st) == 0 && zip_source_open(src) == 0) {
        out.resize(st.size);
        zip_int64_t n = zip_source_read(src, out.data(), st.size);
        out.resize(n < 0 ? 0 : static_cast<std::size_t>(n));
        zip_source_close(src);
    }
    zip_source_free(src);
    return out;
}

void DocxBuilder::write(const std::string& path) const {
    std::ofstream out(path, std::ios::binary);
    const std::string b = bytes();
    out.write(b.data(), static_cast<std::streamsize>(b.size()));
    if (!out) throw std::runtime_error("cannot write " + path);
}

}  // namespace soat::test
