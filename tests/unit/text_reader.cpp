// The text and Markdown reader: paragraphs, spans back to lines and columns, headings,
// emphasis, footnotes, suppression comments, NFC, invalid UTF-8.
#include <catch2/catch.hpp>

#include <soat/reader.hpp>

using soat::model::Area;
using soat::model::Document;
using soat::model::Format;

namespace {

Document read(const std::string& s, Format f = Format::Markdown) {
    auto r = soat::read_text(s, "t.md", f);
    REQUIRE(r.ok());
    return std::move(r.value());
}

}  // namespace

TEST_CASE("paragraphs are separated by blank lines and lines join with a space", "[text]") {
    const Document d = read("Dòng một\ndòng hai\n\n\nĐoạn hai\n", Format::Text);
    REQUIRE(d.paragraphs.size() == 2);
    CHECK(d.paragraphs[0].text == "Dòng một dòng hai");
    CHECK(d.paragraphs[1].text == "Đoạn hai");
    CHECK(d.paragraphs[0].number == 1);
    CHECK(d.paragraphs[1].number == 2);
    CHECK(d.paragraphs[0].part == "t.md");
    // "hai" of line 2 is code point 14 of the paragraph; in the file: line 2, column 6.
    const auto p = d.position(0, 14);
    CHECK(p.line == 2);
    CHECK(p.column == 6);
    // The joining space maps to the end of line 1.
    CHECK(d.position(0, 8).line == 1);
    CHECK(d.position(0, 8).column == 9);
    CHECK(d.position(1, 0).line == 5);
    CHECK(d.position(1, 0).column == 1);
}

TEST_CASE("a .txt without blank lines, as Word exports it, has a paragraph per line", "[text]") {
    const std::string exported = "BÁO CÁO\r\nTình hình kinh tế - xã hội.\r\nThu ngân sách đạt 100 tỷ đồng.\r\n";
    const Document d = read(exported, Format::Text);
    REQUIRE(d.paragraphs.size() == 3);
    CHECK(d.paragraphs[2].text == "Thu ngân sách đạt 100 tỷ đồng.");
    CHECK(d.position(2, 4).line == 3);
    CHECK(d.position(2, 4).column == 5);
    CHECK(read(exported, Format::Markdown).paragraphs.size() == 1);  // Markdown joins lines
    CHECK(read("Dòng một\ndòng hai\n", Format::Text).paragraphs.size() == 1);  // two lines may be one paragraph
}

TEST_CASE("a .txt line after a sentence end, a title or opening a list item starts a paragraph", "[text]") {
    // A title without a full stop, then the text under it; a wrapped sentence goes on in lower case.
    const Document d = read("Kết quả giảm nghèo ở các xã biên giới\nBiên giới phía Tây có 9 xã, trong đó\nhai xã đã thoát nghèo.\n"
                            "Năm sau tiếp tục hỗ trợ:\n- xây nhà;\n+ cấp giống.\n\nHết.\n",
                            Format::Text);
    REQUIRE(d.paragraphs.size() == 6);
    CHECK(d.paragraphs[0].text == "Kết quả giảm nghèo ở các xã biên giới");
    CHECK(d.paragraphs[1].text == "Biên giới phía Tây có 9 xã, trong đó hai xã đã thoát nghèo.");
    CHECK(d.paragraphs[2].text == "Năm sau tiếp tục hỗ trợ:");
    CHECK(d.paragraphs[3].text == "- xây nhà;");
    CHECK(d.paragraphs[4].text == "+ cấp giống.");
    CHECK(d.position(1, 38).line == 3);  // "hai" of the wrapped line
    // Markdown keeps joining its lines.
    CHECK(read("Tiêu đề\nCâu tiếp theo.\n", Format::Markdown).paragraphs.size() == 1);
}

TEST_CASE("spans cover the text without gaps", "[text]") {
    const Document d = read("# Tiêu **đề**\n\nMột *câu* có [^1] chú thích\ndòng tiếp\n\n[^1]: Nội dung chú thích\n");
    for (const auto& p : d.paragraphs) {
        std::uint32_t at = 0;
        for (const auto& s : p.spans) {
            CHECK(s.begin == at);
            at += s.length;
        }
        std::uint32_t cps = 0;
        for (unsigned char c : p.text) cps += (c & 0xC0) != 0x80;
        CHECK(at == cps);
    }
}

TEST_CASE("Markdown headings set the level and strip the marker", "[text]") {
    const Document d = read("## I. TÌNH HÌNH CHUNG\nThân bài ngay sau\n");
    REQUIRE(d.paragraphs.size() == 2);
    CHECK(d.paragraphs[0].heading_level == 2);
    CHECK(d.paragraphs[0].text == "I. TÌNH HÌNH CHUNG");
    CHECK(d.position(0, 0).column == 4);  // after "## "
    CHECK(d.paragraphs[1].heading_level == 0);
    CHECK(d.paragraphs[1].text == "Thân bài ngay sau");
    CHECK(d.position(1, 0).line == 2);
}

TEST_CASE("a # without a space is text, and so is # in plain text lines", "[text]") {
    const Document d = read("#hashtag không phải tiêu đề\n");
    CHECK(d.paragraphs[0].heading_level == 0);
    CHECK(d.paragraphs[0].text == "#hashtag không phải tiêu đề");
}

TEST_CASE("emphasis markers are stripped and positions still map", "[text]") {
    const Document d = read("Kết quả **đạt 95%** kế hoạch, *vượt* chỉ tiêu\n");
    REQUIRE(d.paragraphs.size() == 1);
    const std::string& t = d.paragraphs[0].text;
    CHECK(t == "Kết quả đạt 95% kế hoạch, vượt chỉ tiêu");
    // "đạt" is at code point 8 of the text and column 11 of the line (after "**").
    CHECK(d.position(0, 8).column == 11);
    // "kế" at code point 16: source column 16 + 4 markers = 20 (0-based) -> 21.
    CHECK(d.position(0, 16).column == 21);
    // "vượt" at code point 26: 2 + 2 + 1 markers before it -> 0-based 31 -> 32.
    CHECK(d.position(0, 26).column == 32);
}

TEST_CASE("plain text keeps asterisks and underscores", "[text]") {
    const Document d = read("Tệp ten_tep và 5 * 3 và **đậm**\n", Format::Text);
    CHECK(d.paragraphs[0].text == "Tệp ten_tep và 5 * 3 và **đậm**");
}

TEST_CASE("footnote bodies become footnote paragraphs after the body", "[text]") {
    const Document d = read("Tăng trưởng đạt 6%¹ so với cùng kỳ.\n\n¹ Theo số liệu của Cục Thống kê.\n\nĐoạn cuối.\n\n[^2]: Chú thích kiểu Markdown.\n");
    REQUIRE(d.paragraphs.size() == 4);
    CHECK(d.paragraphs[0].area == Area::Body);
    CHECK(d.paragraphs[1].area == Area::Body);
    CHECK(d.paragraphs[1].text == "Đoạn cuối.");
    CHECK(d.paragraphs[1].number == 2);
    CHECK(d.paragraphs[2].area == Area::Footnote);
    CHECK(d.paragraphs[2].note == 1);
    CHECK(d.paragraphs[2].text == "Theo số liệu của Cục Thống kê.");
    CHECK(d.paragraphs[2].number == 0);
    CHECK(d.position(2, 0).line == 3);
    CHECK(d.position(2, 0).column == 3);
    CHECK(d.paragraphs[3].note == 2);
    CHECK(d.paragraphs[3].text == "Chú thích kiểu Markdown.");
    REQUIRE(d.paragraphs[0].note_refs.size() == 1);
    CHECK(d.paragraphs[0].note_refs[0].note == 1);
    CHECK(d.paragraphs[0].note_refs[0].offset == 18);
}

TEST_CASE("Markdown note references are left out of the text and recorded", "[text]") {
    const Document d = read("Số liệu[^3] đã cập nhật\n");
    CHECK(d.paragraphs[0].text == "Số liệu đã cập nhật");
    REQUIRE(d.paragraphs[0].note_refs.size() == 1);
    CHECK(d.paragraphs[0].note_refs[0].note == 3);
    CHECK(d.paragraphs[0].note_refs[0].offset == 7);
    CHECK(d.position(0, 8).column == 13);  // "đã"
}

TEST_CASE("soat-ignore comments are kept out of the text and anchored on the next line", "[text]") {
    const Document d = read("<!-- soat-ignore-file spacing: bảng số liệu gốc -->\nĐoạn một.\n\n<!-- soat-ignore invalid-period: trích nguyên văn -->\nQuý VI năm 2022\ndòng hai\n");
    REQUIRE(d.paragraphs.size() == 2);
    CHECK(d.paragraphs[1].text == "Quý VI năm 2022 dòng hai");
    REQUIRE(d.comments.size() == 2);
    CHECK(d.comments[0].text == "soat-ignore-file spacing: bảng số liệu gốc");
    CHECK_FALSE(d.comments[0].anchor.has_value());
    CHECK(d.comments[1].text == "soat-ignore invalid-period: trích nguyên văn");
    REQUIRE(d.comments[1].anchor.has_value());
    CHECK(d.comments[1].anchor->paragraph == 1);
    CHECK(d.comments[1].anchor->begin == 0);
    CHECK(d.comments[1].anchor->end == 15);
    CHECK(d.position(1, 0).line == 5);
}

TEST_CASE("NFD input is normalised to NFC and marked", "[text]") {
    // "hệ" written as e + combining circumflex + combining dot below.
    const Document d = read("h\x65\xCC\x82\xCC\xA3 thống\n", Format::Text);
    CHECK(d.paragraphs[0].text == "hệ thống");
    CHECK(d.source_not_nfc);
    CHECK(d.paragraphs[0].spans[0].source_not_nfc);
    const Document clean = read("hệ thống\n", Format::Text);
    CHECK_FALSE(clean.source_not_nfc);
}

TEST_CASE("invalid UTF-8 is E113 with the byte offset", "[text]") {
    auto r = soat::read_text("abc\n\xC3\x28 x", "bad.txt", Format::Text);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == "E113");
    CHECK(r.error().message.find("byte 4") != std::string::npos);
    auto overlong = soat::read_text("\xEF\xBB\xBF" "ab\xC0\xAF", "bad.txt", Format::Text);
    REQUIRE_FALSE(overlong.ok());
    CHECK(overlong.error().message.find("byte 5") != std::string::npos);
    auto surrogate = soat::read_text("\xED\xA0\x80", "bad.txt", Format::Text);
    CHECK_FALSE(surrogate.ok());
}

TEST_CASE("a BOM is skipped and CRLF lines work", "[text]") {
    const Document d = read("\xEF\xBB\xBF" "Dòng một\r\ndòng hai\r\n\r\nĐoạn hai\r\n", Format::Text);
    REQUIRE(d.paragraphs.size() == 2);
    CHECK(d.paragraphs[0].text == "Dòng một dòng hai");
    CHECK(d.position(0, 0).column == 1);
    CHECK(d.position(1, 0).line == 4);
}

TEST_CASE("empty and whitespace-only input give an empty document", "[text]") {
    CHECK(read("", Format::Text).paragraphs.empty());
    CHECK(read("  \n\t\n", Format::Text).paragraphs.empty());
}
