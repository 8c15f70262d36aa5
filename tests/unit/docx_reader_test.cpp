#include "docx_test_util.hpp"

#include <soat/reader.hpp>

using namespace soat;
using namespace soat::test;
using Catch::Matchers::Contains;

TEST_CASE("paragraphs, headings through styles and numbering of paragraphs", "[docx]") {
    DocxBuilder c;
    c.heading(1, "I. TÌNH HÌNH CHUNG").paragraph("Nội dung.").paragraph("").heading(2, "1. Kinh tế");
    auto d = read_ok(c);
    REQUIRE(d.paragraphs.size() == 4);
    CHECK(d.paragraphs[0].heading_level == 1);
    CHECK(d.paragraphs[0].style_id == "Heading1");
    CHECK(d.paragraphs[0].style_name == "heading 1");
    CHECK(d.paragraphs[1].heading_level == 0);
    CHECK(d.paragraphs[2].text.empty());  // empty paragraphs are entries too
    CHECK(d.paragraphs[3].heading_level == 2);
    for (int i = 0; i < 4; ++i) CHECK(d.paragraphs[i].number == i + 1);
    CHECK(d.position(3, 2).line == 4);
    CHECK(d.position(3, 2).column == 3);
}

TEST_CASE("heading level through a basedOn chain, direct outlineLvl and a named style", "[docx]") {
    DocxBuilder b;
    const std::string styles =
        R"(<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
        R"(<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="26"/></w:rPr></w:rPrDefault></w:docDefaults>)"
        R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>)"
        R"(<w:style w:type="paragraph" w:styleId="H"><w:name w:val="Base heading"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>)"
        R"(<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Sub"/><w:basedOn w:val="H"/><w:rPr><w:i/></w:rPr></w:style>)"
        R"(<w:style w:type="paragraph" w:styleId="Named"><w:name w:val="heading 3"/></w:style>)"
        R"(<w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="Loop1"/><w:basedOn w:val="Loop2"/></w:style>)"
        R"(<w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="Loop2"/><w:basedOn w:val="Loop1"/></w:style>)"
        R"(</w:styles>)";
    const std::string theme =
        R"(<?xml version="1.0"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme>)"
        R"(<a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont>)"
        R"(</a:fontScheme></a:themeElements></a:theme>)";
    b.part("word/styles.xml", styles).part("word/theme/theme1.xml", theme);
    b.paragraph("a", "Sub").paragraph("b", "Named").paragraph("c", "Loop1");
    b.raw_body(R"(<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>d</w:t></w:r></w:p>)");
    auto d = read_ok(b);
    REQUIRE(d.paragraphs.size() == 4);
    CHECK(d.paragraphs[0].heading_level == 2);
    CHECK(d.paragraphs[1].heading_level == 3);
    CHECK(d.paragraphs[2].heading_level == 0);  // a basedOn cycle ends
    CHECK(d.paragraphs[3].heading_level == 1);
    const auto& props = d.run_props[d.paragraphs[0].spans[0].props];
    CHECK(props.bold);
    CHECK(props.italic);
    CHECK(props.font == "Calibri");
    CHECK(props.size_half_points == 26);
    CHECK(d.default_font == "Calibri");
}

TEST_CASE("run properties are resolved and interned", "[docx]") {
    DocxBuilder b;
    RunSpec plain, bold, hidden;
    plain.text = "Thường ";
    bold.text = "đậm";
    bold.bold = true;
    bold.highlight = "yellow";
    bold.font = "Arial";
    bold.size_half_points = 24;
    hidden.text = " ẩn";
    hidden.hidden = true;
    b.default_font("Times New Roman", 28).paragraph({plain, bold, hidden});
    b.raw_body(R"(<w:p><w:r><w:rPr><w:i/><w:color w:val="FF0000"/><w:vertAlign w:val="superscript"/><w:shd w:val="clear" w:fill="FFFF00"/></w:rPr><w:t>x</w:t></w:r></w:p>)");
    auto d = read_ok(b);
    const auto& p = d.paragraphs[0];
    REQUIRE(p.spans.size() == 3);
    const auto& a = d.run_props[p.spans[0].props];
    const auto& c = d.run_props[p.spans[1].props];
    CHECK(a.font == "Times New Roman");
    CHECK(a.size_half_points == 28);
    CHECK_FALSE(a.bold);
    CHECK(c.bold);
    CHECK(c.font == "Arial");
    CHECK(c.size_half_points == 24);
    CHECK(c.highlight == "yellow");
    CHECK(d.run_props[p.spans[2].props].hidden);
    const auto& x = d.run_props[d.paragraphs[1].spans[0].props];
    CHECK(x.italic);
    CHECK(x.color == "FF0000");
    CHECK(x.superscript);
    CHECK(x.highlight == "shading");
    CHECK(d.default_font == "Times New Roman");
    CHECK(d.default_size_half_points == 28);
}

namespace {

std::string numbering_xml() {
    return R"(<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
           R"(<w:abstractNum w:abstractNumId="0">)"
           R"(<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>)"
           R"(<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>)"
           R"(<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl>)"
           R"X(<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%4)"/><w:suff w:val="space"/></w:lvl>)X"
           R"(<w:lvl w:ilvl="4"><w:start w:val="1"/><w:isLgl/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%1.%2.%5"/></w:lvl>)"
           R"(</w:abstractNum>)"
           R"(<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1/"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>)"
           R"(<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>)"
           R"(<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>)"
           R"(<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>)"
           R"(<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>)"
           R"(<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>)"
           R"(</w:numbering>)";
}

std::string numbered(int num, int ilvl, const std::string& text) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(ilvl) + "\"/><w:numId w:val=\"" + std::to_string(num) +
           "\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

}  // namespace

TEST_CASE("numbering renders list labels: roman, decimal, multi-level, letters, bullets, start, overrides, isLgl",
          "[docx]") {
    DocxBuilder b;
    b.part("word/numbering.xml", numbering_xml());
    b.raw_body(numbered(1, 0, "Kinh tế") + numbered(1, 1, "Công nghiệp") + numbered(1, 2, "Điện tử") +
               numbered(1, 2, "Dệt may") + numbered(1, 1, "Nông nghiệp") + numbered(1, 2, "Lúa") +
               numbered(1, 3, "vụ đông") + numbered(1, 3, "vụ xuân") + numbered(1, 0, "Xã hội") +
               numbered(1, 1, "Y tế") + numbered(1, 4, "chi tiết") + numbered(2, 0, "năm") + numbered(2, 0, "sáu") +
               numbered(3, 0, "gạch") + numbered(3, 1, "một") + numbered(3, 1, "hai") + numbered(4, 0, "bảy") +
               numbered(1, 0, "tiếp") + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>không</w:t></w:r></w:p>");
    auto d = read_ok(b);
    std::vector<std::string> expected{
        "I. Kinh tế", "1. Công nghiệp", "1.1. Điện tử", "1.2. Dệt may", "2. Nông nghiệp", "2.1. Lúa",
        "a) vụ đông", "b) vụ xuân", "II. Xã hội", "1. Y tế", "2.1.1 chi tiết", "E/năm", "F/sáu", "- gạch",
        "i. một", "ii. hai", "VII. bảy", "III. tiếp", "không"};
    CHECK(texts(d) == expected);
    CHECK(d.paragraphs[0].list_label == "I.");
    CHECK(d.paragraphs[0].list_level == 0);
    CHECK(d.paragraphs[2].list_level == 2);
    REQUIRE(!d.paragraphs[0].spans.empty());
    CHECK(d.paragraphs[0].spans[0].kind == model::Span::Kind::ListLabel);
    CHECK(d.paragraphs[0].spans[0].run == -1);
    CHECK(d.paragraphs[0].spans[0].length == 3);
    CHECK(d.paragraphs[18].list_label.empty());
}

TEST_CASE("a list linked to a numbering style takes that style's levels and counters", "[docx]") {
    const std::string xml =
        R"(<?xml version="1.0"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
        R"(<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="DanhMuc"/>)"
        R"(<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>)"
        R"(<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>)"
        R"(<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="DanhMuc"/></w:abstractNum>)"
        R"(<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>)";
    DocxBuilder b;
    b.part("word/numbering.xml", xml).raw_body(numbered(2, 0, "Kinh tế") + numbered(2, 1, "Công nghiệp") + numbered(1, 0, "Xã hội") +
                                               numbered(2, 0, "Quốc phòng"));
    auto d = read_ok(b);
    const std::vector<std::string> expected{"I. Kinh tế", "1. Công nghiệp", "II. Xã hội", "III. Quốc phòng"};
    CHECK(texts(d) == expected);
}

TEST_CASE("number formats", "[docx]") {
    // Exercised through a document: 1..30 in lowerLetter and upperRoman.
    std::string xml = R"(<?xml version="1.0"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
                      R"(<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>)"
                      R"(<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>)"
                      R"(<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>)";
    std::string body;
    for (int i = 0; i < 28; ++i) body += numbered(1, 0, "") + numbered(2, 0, "");
    DocxBuilder b;
    b.part("word/numbering.xml", xml).raw_body(body);
    auto d = read_ok(b);
    CHECK(d.paragraphs[0].text == "a");
    CHECK(d.paragraphs[50].text == "z");
    CHECK(d.paragraphs[52].text == "aa");
    CHECK(d.paragraphs[7].text == "IV");
    CHECK(d.paragraphs[17].text == "IX");
    CHECK(d.paragraphs[27].text == "XIV");
    CHECK(d.paragraphs[55].text == "XXVIII");
}

TEST_CASE("tables: cells, grid spans, vertical merges, nested tables, borders", "[docx]") {
    DocxBuilder b;
    b.paragraph("Trước bảng");
    b.table({{"ỦY BAN NHÂN DÂN\nTỈNH X", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}}, true);
    b.raw_body(R"(<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>)"
               R"(<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Chỉ tiêu</w:t></w:r></w:p></w:tc>)"
               R"(<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Ghi chú</w:t></w:r></w:p></w:tc></w:tr>)"
               R"(<w:tr><w:tc><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc><w:tc>)"
               R"(<w:tbl><w:tr><w:tc><w:p><w:r><w:t>lồng</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>nhau</w:t></w:r></w:p></w:tc></w:tr></w:tbl>)"
               R"(<w:p><w:r><w:t>sau</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>)"
               R"(<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p><w:r><w:t>B</w:t></w:r></w:p></w:tc></w:tr></w:tbl>)");
    b.paragraph("Sau bảng");
    auto d = read_ok(b);
    REQUIRE(d.tables.size() == 3);
    CHECK(d.tables[0].borderless);
    CHECK_FALSE(d.tables[1].borderless);
    CHECK(d.tables[2].parent == 2);
    auto find = [&](const std::string& t) -> const model::Paragraph& {
        for (const auto& p : d.paragraphs)
            if (p.text == t) return p;
        FAIL("no paragraph " << t);
        return d.paragraphs[0];
    };
    CHECK(find("TỈNH X").cell->table == 1);
    CHECK(find("TỈNH X").cell->column == 1);
    CHECK(find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").cell->column == 2);
    CHECK(find("Ghi chú").cell->column == 3);
    CHECK(find("Ghi chú").cell->row == 1);
    CHECK(find("lồng").cell->table == 3);
    CHECK(find("nhau").cell->column == 2);
    CHECK(find("sau").cell->table == 2);
    CHECK(find("sau").cell->row == 2);
    CHECK(find("sau").cell->column == 2);
    CHECK(find("B").cell->column == 2);  // gridBefore shifts the grid
    CHECK_FALSE(find("Sau bảng").cell.has_value());
    const auto& t2 = d.tables[1];
    REQUIRE(t2.rows.size() == 3);
    CHECK(t2.rows[0].header);
    CHECK(t2.rows[0].cells[0].grid_span == 2);
    CHECK_FALSE(t2.rows[0].cells[1].vmerge_continue);
    CHECK(t2.rows[1].cells[2].vmerge_continue);
    CHECK(t2.rows[1].cells[1].paragraphs.size() == 1);  // the nested table's paragraphs belong to it
    CHECK(d.prefix(1) == "[bảng 1, dòng 1, cột 1] ");
    // Reading order and numbering over body and cells.
    CHECK(d.paragraphs[1].text == "ỦY BAN NHÂN DÂN");
    CHECK(d.paragraphs[2].text == "TỈNH X");
    CHECK(d.paragraphs.back().number == static_cast<int>(d.paragraphs.size()));
}

TEST_CASE("footnotes: marks out of the text, numbered by first reference, after the body", "[docx]") {
    DocxBuilder b;
    b.paragraph("Mở đầu.");
    b.raw_body(R"(<w:p><w:r><w:t>Một</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="7"/></w:r>)"
               R"(<w:r><w:t xml:space="preserve"> hai</w:t></w:r><w:r><w:footnoteReference w:id="3"/></w:r><w:r><w:t>.</w:t></w:r></w:p>)"
               R"(<w:p><w:r><w:t>Lại</w:t></w:r><w:r><w:footnoteReference w:id="7"/></w:r></w:p>)");
    b.part("word/footnotes.xml",
           R"(<?xml version="1.0"?><w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
           R"(<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>)"
           R"(<w:footnote w:id="3"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Ghi chú ba.</w:t></w:r></w:p></w:footnote>)"
           R"(<w:footnote w:id="5"><w:p><w:r><w:t>Không được tham chiếu.</w:t></w:r></w:p></w:footnote>)"
           R"(<w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Ghi chú bảy,</w:t></w:r></w:p><w:p><w:r><w:t>đoạn hai.</w:t></w:r></w:p></w:footnote>)"
           R"(</w:footnotes>)");
    // The builder relates footnotes.xml only when RunSpec footnotes exist: add one.
    RunSpec r;
    r.text = "Cuối";
    r.footnote = "placeholder";
    b.paragraph({r});
    auto bytes = b.bytes();
    auto res = read_docx_bytes(bytes, "t.docx");
    REQUIRE(res.ok());
    const auto& d = *res;
    CHECK(d.paragraphs[1].text == "Một hai.");
    REQUIRE(d.paragraphs[1].note_refs.size() == 2);
    CHECK(d.paragraphs[1].note_refs[0].offset == 3);
    CHECK(d.paragraphs[1].note_refs[0].note == 1);
    CHECK(d.paragraphs[1].note_refs[0].id == "7");
    CHECK(d.paragraphs[1].note_refs[1].offset == 7);
    CHECK(d.paragraphs[1].note_refs[1].note == 2);
    CHECK(d.paragraphs[2].note_refs[0].note == 1);
    auto notes = texts(d, model::Area::Footnote);
    // The placeholder part text was replaced by our part, so id 1 (from RunSpec) has no note.
    CHECK(notes == std::vector<std::string>{"Ghi chú bảy,", "đoạn hai.", "Ghi chú ba."});
    std::size_t first_note = 0;
    while (d.paragraphs[first_note].area == model::Area::Body) ++first_note;
    CHECK(d.paragraphs[first_note].note == 1);
    CHECK(d.paragraphs[first_note].number == 0);
    CHECK(d.paragraphs[first_note].part == "word/footnotes.xml");
    CHECK(d.prefix(first_note) == "[chú thích 1] ");
    CHECK(d.paragraphs[first_note + 2].note == 2);
}

TEST_CASE("endnotes follow footnotes", "[docx]") {
    DocxBuilder b;
    RunSpec r;
    r.text = "Có chú thích";
    r.footnote = "Chú thích cuối trang.";
    b.paragraph({r});
    b.raw_body(R"(<w:p><w:r><w:t>Có chú thích cuối</w:t></w:r><w:r><w:endnoteReference w:id="2"/></w:r></w:p>)");
    b.part("word/endnotes.xml",
           R"(<?xml version="1.0"?><w:endnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
           R"(<w:endnote w:id="2"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>Chú thích cuối văn bản.</w:t></w:r></w:p></w:endnote></w:endnotes>)");
    auto d = read_ok(b);
    REQUIRE(d.paragraphs.size() == 4);
    CHECK(d.paragraphs[2].area == model::Area::Footnote);
    CHECK(d.paragraphs[2].text == "Chú thích cuối trang.");
    CHECK(d.paragraphs[3].area == model::Area::Endnote);
    CHECK(d.paragraphs[3].text == "Chú thích cuối văn bản.");
    CHECK(d.prefix(3) == "[chú thích cuối 1] ");
}

TEST_CASE("comments: text, author, anchors", "[docx]") {
    DocxBuilder b;
    RunSpec before, commented, after;
    before.text = "Tăng trưởng ";
    commented.text = "23,9%";
    commented.comment = "Kiểm tra lại số liệu";
    after.text = " so với cùng kỳ.";
    b.paragraph({before, commented, after});
    b.raw_body(R"(<w:p><w:commentRangeStart w:id="5"/><w:r><w:t>đầu</w:t></w:r></w:p><w:p><w:r><w:t>cuối</w:t></w:r><w:commentRangeEnd w:id="5"/></w:p>)");
    auto bytes = b.bytes();
    auto d0 = read_docx_bytes(bytes, "t.docx");
    REQUIRE(d0.ok());
    const auto& d = *d0;
    REQUIRE(d.comments.size() == 1);
    CHECK(d.comments[0].text == "Kiểm tra lại số liệu");
    CHECK(d.comments[0].author == "Người rà soát");
    REQUIRE(d.comments[0].anchor);
    CHECK(d.comments[0].anchor->paragraph == 0);
    CHECK(d.comments[0].anchor->begin == 12);
    CHECK(d.comments[0].anchor->end == 17);
    CHECK(d.paragraphs[0].text == "Tăng trưởng 23,9% so với cùng kỳ.");
}

TEST_CASE("comment anchors spanning paragraphs", "[docx]") {
    DocxBuilder b;
    b.raw_body(R"(<w:p><w:r><w:t>ab</w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:t>cd</w:t></w:r></w:p><w:p><w:r><w:t>ef</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:t>gh</w:t></w:r></w:p>)");
    b.part("word/comments.xml", R"(<?xml version="1.0"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="A"><w:p><w:r><w:t>một</w:t></w:r></w:p><w:p><w:r><w:t>hai</w:t></w:r></w:p></w:comment></w:comments>)");
    RunSpec r;  // makes the builder relate comments.xml
    r.text = "x";
    r.comment = "placeholder";
    b.paragraph({r});
    auto d = read_ok(b);
    REQUIRE(d.comments.size() == 1);
    CHECK(d.comments[0].text == "một\nhai");
    REQUIRE(d.comments[0].anchor);
    CHECK(d.comments[0].anchor->paragraph == 0);
    CHECK(d.comments[0].anchor->begin == 2);
    CHECK(d.comments[0].anchor->end == 4);
    REQUIRE(d.comments[0].anchor_end);
    CHECK(d.comments[0].anchor_end->paragraph == 1);
    CHECK(d.comments[0].anchor_end->end == 2);
}

TEST_CASE("tracked changes: insertions kept, deletions and moves dropped, all recorded", "[docx]") {
    DocxBuilder b;
    RunSpec a, ins, del;
    a.text = "Kết quả ";
    ins.text = "đạt ";
    ins.inserted = true;
    del.text = "không ";
    del.deleted = true;
    RunSpec tail;
    tail.text = "kế hoạch.";
    b.paragraph({a, del, ins, tail});
    b.raw_body(R"(<w:p><w:moveFrom w:author="B"><w:r><w:t>chuyển đi </w:t></w:r></w:moveFrom><w:r><w:rPr><w:b/><w:rPrChange w:author="C" w:date="2026-01-01T00:00:00Z"><w:rPr/></w:rPrChange></w:rPr><w:t>đậm</w:t></w:r>)"
               R"(<w:moveTo w:author="B"><w:r><w:t xml:space="preserve"> chuyển đến</w:t></w:r></w:moveTo></w:p>)"
               R"(<w:p><w:pPr><w:pPrChange w:author="D"><w:pPr/></w:pPrChange></w:pPr><w:r><w:t>căn lề</w:t></w:r></w:p>)");
    auto d = read_ok(b);
    CHECK(d.paragraphs[0].text == "Kết quả đạt kế hoạch.");
    CHECK(d.paragraphs[1].text == "đậm chuyển đến");
    bool inserted_span = false;
    for (const auto& s : d.paragraphs[0].spans)
        if (s.inserted) {
            inserted_span = true;
            CHECK(s.begin == 8);
            CHECK(s.length == 4);
        }
    CHECK(inserted_span);
    using K = model::TrackedChange::Kind;
    auto find = [&](K k) -> const model::TrackedChange* {
        for (const auto& c : d.changes)
            if (c.kind == k) return &c;
        return nullptr;
    };
    REQUIRE(find(K::Insertion));
    CHECK(find(K::Insertion)->text == "đạt ");
    CHECK(find(K::Insertion)->author == "Người soạn");
    CHECK(find(K::Insertion)->at.begin == 8);
    CHECK(find(K::Insertion)->at.end == 12);
    REQUIRE(find(K::Deletion));
    CHECK(find(K::Deletion)->text == "không ");
    CHECK(find(K::Deletion)->at.paragraph == 0);
    CHECK(find(K::Deletion)->at.begin == 8);
    REQUIRE(find(K::MoveFrom));
    CHECK(find(K::MoveFrom)->text == "chuyển đi ");
    REQUIRE(find(K::MoveTo));
    CHECK(find(K::MoveTo)->text == " chuyển đến");
    int formatting = 0;
    for (const auto& c : d.changes)
        if (c.kind == K::Formatting) {
            ++formatting;
            if (c.author == "C") CHECK(c.at.end == 3);
            if (c.author == "D") CHECK(c.at.paragraph == 2);
        }
    CHECK(formatting == 2);
}

TEST_CASE("fields show their result, never the instruction", "[docx]") {
    DocxBuilder b;
    b.raw_body(
        R"(<w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE \* MERGEFORMAT </w:instrText></w:r>)"
        R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>)"
        R"(<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>DATE</w:instrText></w:r>)"
        R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>ẩn</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>kết quả</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>)"
        R"(<w:p><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>12</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> trang</w:t></w:r></w:p>)"
        R"(<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>x</w:t></w:r></w:p>)");
    auto d = read_ok(b);
    CHECK(texts(d) == std::vector<std::string>{"Trang 3", "kết quả", "12 trang", "x"});
    CHECK(d.paragraphs[0].spans.back().kind == model::Span::Kind::Field);
    CHECK(d.paragraphs[2].spans.front().kind == model::Span::Kind::Field);
}

TEST_CASE("content controls, hyperlinks, smart tags", "[docx]") {
    DocxBuilder b;
    b.raw_body(R"(<w:sdt><w:sdtPr><w:alias w:val="Số"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Số: </w:t></w:r><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>12</w:t></w:r></w:sdtContent></w:sdt>)"
               R"(<w:hyperlink r:id="rId99"><w:r><w:t>/BC-UBND</w:t></w:r></w:hyperlink></w:p></w:sdtContent></w:sdt>)"
               R"(<w:p><w:smartTag w:element="place"><w:r><w:t>Bắc Giang</w:t></w:r></w:smartTag><w:customXml w:element="x"><w:r><w:t>, ngày</w:t></w:r></w:customXml></w:p>)");
    auto d = read_ok(b);
    CHECK(texts(d) == std::vector<std::string>{"Số: 12/BC-UBND", "Bắc Giang, ngày"});
}

TEST_CASE("text boxes: the Choice is read, never also the Fallback", "[docx]") {
    DocxBuilder b;
    b.raw_body(
        R"(<w:p><w:r><w:t>Neo</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>)"
        R"(<w:txbxContent><w:p><w:r><w:t>Trong hộp</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>)"
        R"(<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Trong hộp</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>)"
        R"(<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Hộp VML</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>)");
    auto d = read_ok(b);
    CHECK(texts(d) == std::vector<std::string>{"Neo", "Trong hộp", "", "Hộp VML"});
    // Run ordinals count every w:r of the part, the Fallback's included.
    CHECK(d.paragraphs[0].spans[0].run == 0);
    CHECK(d.paragraphs[1].spans[0].run == 2);
    CHECK(d.paragraphs[3].spans[0].run == 5);
}

TEST_CASE("tabs, breaks, symbols, hyphens, spaces", "[docx]") {
    DocxBuilder b;
    b.raw_body(
        R"(<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>d</w:t></w:r></w:p>)"
        R"(<w:p><w:r><w:t>COVID</w:t><w:noBreakHyphen/><w:t>19 đồng</w:t><w:softHyphen/><w:t>bộ</w:t><w:sym w:font="Symbol" w:char="00B1"/><w:t>)"
        "10\xC2\xA0%"
        R"(</w:t></w:r></w:p>)"
        R"(<w:p><w:r><w:t>trước</w:t><w:br w:type="page"/></w:r></w:p><w:p><w:r><w:t>sau</w:t></w:r></w:p>)"
        R"(<w:p><w:r><w:br w:type="page"/><w:t>đầu trang</w:t></w:r></w:p>)"
        R"(<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>ngắt</w:t></w:r></w:p>)");
    auto d = read_ok(b);
    CHECK(d.paragraphs[0].text == "a\tb c d");
    CHECK(d.paragraphs[1].text == "COVID-19 đồngbộ±10\xC2\xA0%");
    CHECK(d.paragraphs[0].spans.size() == 7);
    CHECK(d.paragraphs[0].spans[1].kind == model::Span::Kind::Tab);
    CHECK(d.paragraphs[0].spans[3].kind == model::Span::Kind::Break);
    CHECK(d.paragraphs[0].spans[2].offset == 1);  // "b" is at code point 1 of the run's w:t text
    CHECK_FALSE(d.paragraphs[2].page_break_before);
    CHECK(d.paragraphs[3].page_break_before);
    CHECK(d.paragraphs[4].page_break_before);
    CHECK(d.paragraphs[5].page_break_before);
}

TEST_CASE("span source map: run ordinals over all runs of the part, offsets inside the run", "[docx]") {
    DocxBuilder b;
    b.raw_body(R"(<w:p><w:r><w:t>Giá trị </w:t></w:r><w:del w:author="x"><w:r><w:delText>cũ</w:delText></w:r></w:del><w:r><w:t>30</w:t><w:t>7.240</w:t></w:r></w:p>)"
               R"(<w:p><w:r><w:t>tỷ</w:t></w:r></w:p>)");
    auto d = read_ok(b);
    const auto& p = d.paragraphs[0];
    CHECK(p.text == "Giá trị 307.240");
    REQUIRE(p.spans.size() == 2);
    CHECK(p.spans[0].run == 0);
    CHECK(p.spans[1].run == 2);  // the deleted run counts
    CHECK(p.spans[1].begin == 8);
    CHECK(p.spans[1].length == 7);
    CHECK(p.spans[1].offset == 0);
    CHECK(d.paragraphs[1].spans[0].run == 3);
    std::uint32_t covered = 0;
    for (const auto& s : p.spans) {
        CHECK(s.begin == covered);
        covered += s.length;
    }
    CHECK(covered == 15);
}

TEST_CASE("text is normalised to NFC and flagged", "[docx]") {
    DocxBuilder b;
    // "số" with a combining acute (NFD-ish), and a combining mark in the next run.
    b.raw_body("<w:p><w:r><w:t>so\xCC\x82\xCC\x81 li\xE1\xBB\x87u</w:t></w:r></w:p>"
               "<w:p><w:r><w:t>ca</w:t></w:r><w:r><w:t>\xCC\x81" "c x</w:t></w:r></w:p>"
               "<w:p><w:r><w:t>s\xE1\xBB\x91</w:t></w:r></w:p>");
    auto d = read_ok(b);
    CHECK(d.paragraphs[0].text == "s\xE1\xBB\x91 li\xE1\xBB\x87u");
    CHECK(d.paragraphs[0].spans[0].source_not_nfc);
    CHECK(d.paragraphs[1].text == "c\xC3\xA1" "c x");
    std::uint32_t total = 0;
    for (const auto& s : d.paragraphs[1].spans) total += s.length;
    CHECK(total == 5);
    CHECK_FALSE(d.paragraphs[2].spans[0].source_not_nfc);
    CHECK(d.source_not_nfc);
}

TEST_CASE("headers and footers come after the notes", "[docx]") {
    DocxBuilder b;
    RunSpec r;
    r.text = "Thân";
    r.footnote = "Chú";
    b.paragraph({r}).header_text("Đầu trang").footer_text("Chân trang");
    auto d = read_ok(b);
    REQUIRE(d.paragraphs.size() == 4);
    CHECK(d.paragraphs[1].area == model::Area::Footnote);
    CHECK(d.paragraphs[2].area == model::Area::Header);
    CHECK(d.paragraphs[2].text == "Đầu trang");
    CHECK(d.paragraphs[2].part == "word/header1.xml");
    CHECK(d.paragraphs[3].area == model::Area::Footer);
    CHECK(d.prefix(3) == "[chân trang] ");
    CHECK(d.paragraphs[3].number == 0);
}

TEST_CASE("section properties", "[docx]") {
    DocxBuilder b;
    b.raw_body(R"(<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:bottom="1134" w:left="1701" w:right="1134"/></w:sectPr></w:pPr><w:r><w:t>một</w:t></w:r></w:p>)");
    b.paragraph("hai").page(16838, 11906, 1000, 1001, 1002, 1003, true);
    auto d = read_ok(b);
    REQUIRE(d.sections.size() == 2);
    CHECK(d.sections[0].page_width == 11906);
    CHECK(d.sections[0].margin_left == 1701);
    CHECK_FALSE(d.sections[0].landscape);
    CHECK(d.sections[1].landscape);
    CHECK(d.sections[1].margin_top == 1000);
    CHECK(d.sections[1].margin_bottom == 1001);
    CHECK(d.sections[1].margin_left == 1002);
    CHECK(d.sections[1].margin_right == 1003);
    CHECK(d.sections[1].stated);
    CHECK(d.paragraphs[0].section == 0);
    CHECK(d.paragraphs[1].section == 1);
}

TEST_CASE("document properties", "[docx]") {
    DocxBuilder b;
    b.paragraph("x");
    auto d = read_ok(b);
    CHECK(d.properties.title == "Dự thảo");
    CHECK(d.properties.creator == "soat DocxBuilder");
    CHECK(d.properties.application == "soat DocxBuilder");
    CHECK(d.properties.created == "2026-01-01T00:00:00Z");
    CHECK(d.path == "test.docx");
}

TEST_CASE("the main part is found through the package relationships", "[docx]") {
    DocxBuilder base;
    base.paragraph("Phần chính ở chỗ khác");
    // Move the document part: the same bytes under another name, relationships rewritten.
    auto original = read_ok(base);
    DocxBuilder b;
    b.paragraph("Phần chính ở chỗ khác");
    const std::string body =
        R"(<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Phần chính ở chỗ khác</w:t></w:r></w:p></w:body></w:document>)";
    b.without_part("word/document.xml").part("content/main.xml", body);
    b.part("_rels/.rels",
           R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
           R"(<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/content/main.xml"/></Relationships>)");
    auto d = read_ok(b);
    REQUIRE(d.paragraphs.size() == 1);
    CHECK(d.paragraphs[0].text == original.paragraphs[0].text);
    CHECK(d.paragraphs[0].part == "content/main.xml");
}

TEST_CASE("strict OOXML and non-Word packages are refused", "[docx]") {
    DocxBuilder strict;
    strict.part("word/document.xml",
                R"(<?xml version="1.0"?><w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p/></w:body></w:document>)");
    CHECK(error_code(strict.bytes()) == "E115");
    DocxBuilder xlsx;
    xlsx.part("word/document.xml",
              R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>)");
    CHECK(error_code(xlsx.bytes()) == "E114");
    DocxBuilder no_rel;
    no_rel.part("_rels/.rels", R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>)");
    CHECK(error_code(no_rel.bytes()) == "E109");
}
