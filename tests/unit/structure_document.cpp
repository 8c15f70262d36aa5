// A complete, correct administrative document gives no finding from the structure and hygiene
// rules (profile final); each rule fires on a composed defect and stays silent on its trap.
#include "support/docx_builder.hpp"
#include "support/lint_helpers.hpp"

#include <soat/reader.hpp>

#include "analysis/anatomy.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace {

const std::vector<std::string> kRules = {
    "heading-numbering", "footnote-integrity", "missing-national-title", "blank-field",
    "doc-type-mismatch", "missing-signature",  "signature-authority",    "missing-recipients",
    "citation-format",   "citation-conflict",  "page-setup",             "font-style",
    "highlight-left",    "draft-marker",       "component-format",       "date-order"};

const std::vector<std::string> kBody = {
    "BÁO CÁO",
    "Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội quý IV năm 2023",
    "Thực hiện Kế hoạch số 05/KH-UBND ngày 10/01/2023 của Ủy ban nhân dân tỉnh về phát triển kinh tế - xã hội "
    "năm 2023, Ủy ban nhân dân tỉnh báo cáo kết quả như sau:",
    "I. KẾT QUẢ ĐẠT ĐƯỢC",
    "1. Về phát triển kinh tế",
    "1.1. Sản xuất công nghiệp tăng khá. Giá trị sản xuất công nghiệp quý IV ước đạt 120.500 tỷ đồng, "
    "tăng 12,4% so với cùng kỳ.",
    "1.2. Nông nghiệp ổn định. Tổng sản lượng lương thực đạt 615 nghìn tấn.",
    "2. Về văn hóa - xã hội",
    "a) Giáo dục và đào tạo",
    "Tỷ lệ trường đạt chuẩn quốc gia đạt 92%; 01 dự án trường học được khởi công.",
    "b) Y tế",
    "Tổ chức tốt các hoạt động dịp 30/4 và 01/5; tiếp tục thực hiện Kế hoạch số 05/KH-UBND ngày 10/01/2023.",
    "II. NHIỆM VỤ, GIẢI PHÁP NĂM 2024",
    "1. Tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh.",
    "2. Đẩy mạnh cải cách hành chính, chuyển đổi số./.",
};


// A run in Times New Roman, as Appendix I of Decree 30 lays the component out.
soat::test::RunSpec laid(const std::string& text, int half_points, bool bold = false, bool italic = false) {
    soat::test::RunSpec r{text};
    r.size_half_points = half_points;
    r.bold = bold;
    r.italic = italic;
    return r;
}

soat::test::DocxBuilder complete_docx() {
    soat::test::DocxBuilder b;
    b.formatted_table({{{laid("ỦY BAN NHÂN DÂN", 26, true), laid("TỈNH BẮC GIANG", 26, true)},
              {laid("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 26, true), laid("Độc lập - Tự do - Hạnh phúc", 28, true)}},
             {{laid("Số: 12/BC-UBND", 26)}, {laid("Bắc Giang, ngày 05 tháng 01 năm 2024", 28, false, true)}}},
            true);
    b.paragraph({laid(kBody[0], 28, true)});
    b.paragraph({laid(kBody[1], 28, true)});
    for (std::size_t i = 2; i < kBody.size(); ++i) b.paragraph(kBody[i]);
    std::vector<soat::test::RunSpec> left = {laid("Nơi nhận:", 24, true, true)};
    for (const char* line : {"- Thường trực Tỉnh ủy, HĐND tỉnh;", "- Các sở, cơ quan thuộc UBND tỉnh;", "- Lưu: VT, TH."}) {
        left.push_back(laid(line, 22));
    }
    std::vector<soat::test::RunSpec> right;
    for (const char* line : {"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Văn An"}) {
        right.push_back(laid(line, 28, true));
    }
    b.formatted_table({{left, right}}, true);
    b.page(11906, 16838, 1134, 1134, 1701, 1134);  // A4, 20/20/30/20 mm
    b.default_font("Times New Roman", 28);
    return b;
}

std::vector<std::string> complete_text() {
    std::vector<std::string> lines = {"ỦY BAN NHÂN DÂN", "TỈNH BẮC GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                      "Độc lập - Tự do - Hạnh phúc", "Số: 12/BC-UBND",
                                      "Bắc Giang, ngày 05 tháng 01 năm 2024"};
    lines.insert(lines.end(), kBody.begin(), kBody.end());
    for (const char* l : {"Nơi nhận:", "- Thường trực Tỉnh ủy, HĐND tỉnh;", "- Lưu: VT, TH.", "TM. ỦY BAN NHÂN DÂN",
                          "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"}) {
        lines.emplace_back(l);
    }
    return lines;
}

std::vector<soat::Finding> lint_final(const soat::model::Document& doc, const std::vector<std::string>& rules = kRules) {
    soat::config::Config config;
    config.profile = soat::Profile::Final;
    return soat::test::lint_with(doc, rules, config);
}

std::string listing(const std::vector<soat::Finding>& findings) {
    std::string out;
    for (const auto& f : findings) {
        out += f.rule + " @" + std::to_string(f.range ? f.range->paragraph : 0) + ": " + f.message + "\n";
    }
    return out;
}

soat::model::Document with(std::vector<std::string> lines) { return soat::test::document_from_paragraphs(lines); }

std::size_t fired(const std::vector<soat::Finding>& f, const std::string& rule) {
    return static_cast<std::size_t>(std::count_if(f.begin(), f.end(), [&](const auto& x) { return x.rule == rule; }));
}

}  // namespace

TEST_CASE("a complete administrative report (DOCX, tables) gives no structure finding in final", "[structure]") {
    auto doc = soat::read_docx_bytes(complete_docx().bytes(), "bao-cao.docx");
    REQUIRE(doc);
    REQUIRE(!doc->tables.empty());
    const auto findings = lint_final(*doc);
    INFO(listing(findings));
    CHECK(findings.empty());
}

TEST_CASE("the complete report gives no finding from any rule in final", "[structure][all-rules]") {
    auto doc = soat::read_docx_bytes(complete_docx().bytes(), "bao-cao.docx");
    REQUIRE(doc);
    soat::config::Config config;
    config.profile = soat::Profile::Final;
    const auto findings = soat::test::lint_with(*doc, {}, config);
    INFO(listing(findings));
    CHECK(findings.empty());
}

TEST_CASE("the same report as plain text gives no structure finding in final", "[structure]") {
    auto doc = with(complete_text());
    doc.format = soat::model::Format::Text;
    const auto findings = lint_final(doc);
    INFO(listing(findings));
    CHECK(findings.empty());
}

TEST_CASE("missing parts of the frame are reported, present ones inside tables are not", "[structure]") {
    auto lines = complete_text();
    lines.erase(lines.begin() + 2, lines.begin() + 4);   // national title and motto
    lines.resize(lines.size() - 7);                       // recipients and signer
    const auto f = lint_final(with(lines), {"missing-national-title", "missing-signature", "missing-recipients"});
    INFO(listing(f));
    CHECK(fired(f, "missing-national-title") == 1);
    CHECK(fired(f, "missing-signature") == 1);
    CHECK(fired(f, "missing-recipients") == 1);
    for (const auto& x : f) REQUIRE(x.range);
}

TEST_CASE("signer block: no name, wrong KT., TM. before a person, academic title, unknown prefix", "[structure]") {
    auto ending = [](std::vector<std::string> signer) {
        auto lines = complete_text();
        lines.resize(lines.size() - 4);
        lines.insert(lines.end(), signer.begin(), signer.end());
        return with(lines);
    };
    CHECK(fired(lint_final(ending({"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"}), {"missing-signature"}),
                "missing-signature") == 1);
    CHECK(fired(lint_final(ending({"TM. ỦY BAN NHÂN DÂN", "Nguyễn Văn An"}), {"missing-signature"}),
                "missing-signature") == 1);
    CHECK(fired(lint_final(ending({"KT. CHỦ TỊCH", "CHỦ TỊCH", "Nguyễn Văn An"}), {"signature-authority"}),
                "signature-authority") == 1);
    CHECK(fired(lint_final(ending({"TM. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"}), {"signature-authority"}),
                "signature-authority") == 1);
    CHECK(fired(lint_final(ending({"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "TS. Nguyễn Văn An"}), {"signature-authority"}),
                "signature-authority") == 1);
    CHECK(fired(lint_final(ending({"K/T. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"}), {"signature-authority"}),
                "signature-authority") == 1);
    CHECK(fired(lint_final(ending({"GIÁM ĐỐC", "Trần Văn Bình"}), kRules), "missing-signature") == 0);
    CHECK(fired(lint_final(ending({"Q. GIÁM ĐỐC", "Trần Văn Bình"}), kRules), "missing-signature") == 0);
}

TEST_CASE("heading numbering: skips, repeats, restarts, depth and format — numbers that are no labels",
          "[structure]") {
    const auto f = lint_final(with({"I. MỤC TIÊU", "1. Chung", "2. Cụ thể", "2. Giải pháp", "II. NHIỆM VỤ", "1. Kinh tế",
                                    "1.1. Công nghiệp", "1.1.1. Khu công nghiệp", "1.1.2 Cụm công nghiệp",
                                    "1.2.1. Sai cha", "3. Xã hội", "a) Giáo dục", "c) Y tế", "(1) Chỉ tiêu một;",
                                    "(3) Chỉ tiêu ba;", "2025. Xây dựng kế hoạch năm sau.", "01 dự án được khởi công.",
                                    "30/4 là ngày lễ lớn."}),
                              {"heading-numbering"});
    INFO(listing(f));
    std::set<std::size_t> at;
    for (const auto& x : f) at.insert(x.range->paragraph);
    CHECK(at == std::set<std::size_t>{3, 8, 9, 10, 12, 14});
}

TEST_CASE("heading numbering: a writer's initial and name, a page number, is no lettered heading", "[structure]") {
    for (const std::string& byline : {std::string("H. Lan"), std::string("K. Thu Hà"), std::string("T. Vy"), std::string("P. 215"),
                                      std::string("P. 12-14")}) {
        INFO(byline);
        CHECK(lint_final(with({"1. Kết quả", "2. Nhiệm vụ", byline}), {"heading-numbering"}).empty());
    }
    // A letter far into the alphabet with no lettered heading open abbreviates a word ("P." for Phòng).
    CHECK(lint_final(with({"1. Kết quả", "2. Nhiệm vụ", "P. Kế hoạch - Tài chính"}), {"heading-numbering"}).empty());
    // Lettered headings with titles are still read: A then C skips B.
    CHECK(fired(lint_final(with({"A. Kết quả", "C. Nhiệm vụ"}), {"heading-numbering"}), "heading-numbering") == 1);
    CHECK(fired(lint_final(with({"A. Kết quả", "B. Nhiệm vụ", "B. Kiến nghị"}), {"heading-numbering"}), "heading-numbering") == 1);
}

TEST_CASE("heading numbering: an article cited in a sentence is no article heading", "[structure]") {
    CHECK(lint_final(with({"Nghị định quy định:", "Điều 24 quy định về lòng sông:", "- phạt tiền;", "Điều 36 quy định về mỏ:", "- tịch thu."}),
                     {"heading-numbering"})
              .empty());
    // Headings put a mark or a capital after the number.
    CHECK(fired(lint_final(with({"Điều 1. Phạm vi", "Điều 3. Đối tượng"}), {"heading-numbering"}), "heading-numbering") == 1);
    CHECK(fired(lint_final(with({"Điều 1 Phạm vi", "Điều 3 Đối tượng"}), {"heading-numbering"}), "heading-numbering") == 1);
}

TEST_CASE("a byline's initial and name ('Q. Hùng.') is no acting signer", "[structure]") {
    const std::vector<std::string> rules = {"missing-signature", "missing-national-title", "heading-numbering"};
    CHECK(lint_final(with({"Sáng 12/5, Phòng Tư pháp huyện tổ chức hội nghị cho 250 đại biểu.", "Q. Hùng."}), rules).empty());
    CHECK(lint_final(with({"Dư nợ tín dụng tăng 8,5% so với đầu năm.", "Q.C |"}), rules).empty());
    // One word in capitals after "Q." is a name: an acting signer's title has two syllables at least.
    for (const char* byline : {"Q. MINH", "Q. THÀNH", "Q. LÂM"}) {
        INFO(byline);
        CHECK(lint_final(with({"Từ đầu năm, toàn tỉnh xảy ra 80 vụ cháy, giảm 12 vụ.", byline}), rules).empty());
    }
    // Nor is a name of two words or a byline's bar: an acting head's title holds a word of office.
    for (const char* byline : {"Q.VIỆT |", "Q. VIỆT HÀ", "Q.THANH TÂM |"}) {
        INFO(byline);
        CHECK(lint_final(with({"Từ đầu năm, toàn tỉnh xảy ra 80 vụ cháy, giảm 12 vụ.", byline}), rules).empty());
    }
    // An acting head's title still signs for a body: the document is read as one.
    CHECK(fired(lint_final(with({"Từ đầu năm, toàn tỉnh xảy ra 80 vụ cháy, giảm 12 vụ.", "Q. GIÁM ĐỐC"}), rules), "missing-national-title") == 1);
    // A byline's initials and name in capitals ("T.HỒNG", "B.T (B.T)") are no misspelt authority.
    for (const std::string& byline : {std::string("T.HỒNG"), std::string("H.DUNG"), std::string("B.T (B.T)")}) {
        INFO(byline);
        CHECK(fired(lint_final(with({"Dư nợ tín dụng tăng 8,5% so với đầu năm.", byline}), kRules), "signature-authority") == 0);
    }
}

TEST_CASE("heading numbering: a no-break space after the label is a space", "[structure]") {
    const std::string nbsp = "\u00A0";
    for (const std::string& sep : {std::string(" "), nbsp}) {
        for (const std::string& other : {std::string(" "), nbsp}) {
            INFO("separators " << (sep == nbsp ? "nbsp" : "space") << ", " << (other == nbsp ? "nbsp" : "space"));
            // In order, whatever space follows each label: silent.
            CHECK(lint_final(with({"Điều 1." + sep + "Phạm vi", "1." + sep + "Một", "2." + other + "Hai",
                                   "3." + other + "Ba", "4." + sep + "Bốn"}),
                             {"heading-numbering"})
                      .empty());
            // A real skip is still found: 1, 2, 4.
            CHECK(fired(lint_final(with({"Điều 1." + sep + "Phạm vi", "1." + sep + "Một", "2." + other + "Hai",
                                         "4." + other + "Bốn"}),
                                   {"heading-numbering"}),
                        "heading-numbering") == 1);
        }
    }
}

TEST_CASE("a document issued with this one after the signature is not read as more signer lines",
          "[structure]") {
    for (const std::string opener : {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Chương I", "Điều 1. Phạm vi điều chỉnh"}) {
        INFO(opener);
        auto lines = complete_text();
        for (const std::string& l : {opener, std::string("QUY CHẾ"), std::string("Chương II"), std::string("QUY ĐỊNH CHUNG"),
                                     std::string("Nguyễn Văn Bình")}) {
            lines.push_back(l);
        }
        const auto doc = with(lines);
        soat::analysis::Analysis analysis(doc);
        const auto& anatomy = analysis.get<soat::analysis::Anatomy>();
        std::vector<std::string> names;
        for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
            if (anatomy.component(i) == "signer-name") names.push_back(doc.paragraphs[i].text);
        }
        CHECK(names == std::vector<std::string>{"Nguyễn Văn An"});
        CHECK(fired(lint_final(doc, kRules), "missing-signature") == 0);
    }
}

TEST_CASE("heading numbering: a bulleted line with an outline level is no heading", "[structure]") {
    // Word keeps an outline level on body lines whose formatting was copied from a heading.
    const auto outlined = [](const std::string& text) {
        return "<w:p><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr><w:r><w:t xml:space=\"preserve\">" + text +
               "</w:t></w:r></w:p>";
    };
    for (const bool skip : {false, true}) {
        INFO((skip ? "III. skipped" : "in order"));
        soat::test::DocxBuilder b;
        b.paragraph("Phần thứ nhất").paragraph("I. TÌNH HÌNH").paragraph("1. Tội phạm").paragraph("II. KẾT QUẢ");
        b.paragraph("1. Tham mưu");
        b.raw_body(outlined("- Năm 2025, tỉnh bố trí kinh phí cho công tác phòng, chống ma túy."));
        if (!skip) b.paragraph("III. ĐÁNH GIÁ");
        b.paragraph("IV. KIẾN NGHỊ").paragraph("1. Đề xuất");
        const auto doc = soat::read_docx_bytes(b.bytes(), "t.docx");
        REQUIRE(doc);
        const auto f = lint_final(*doc, {"heading-numbering"});
        INFO(listing(f));
        if (skip) {
            REQUIRE(f.size() == 1);
            CHECK(f[0].message.find("III.") != std::string::npos);  // "IV. đứng sau II.: thiếu III."
        } else {
            CHECK(f.empty());
        }
    }
}

TEST_CASE("blank fields and their traps", "[structure]") {
    const auto f = lint_final(with({"Số: /KH-UBND", "Bắc Giang, ngày tháng 7 năm 2024",
                                    "Thực hiện Quyết định số …/QĐ-UBND ngày …/…/2024 của UBND tỉnh.",
                                    "Đơn vị phụ trách: ………", "Kinh phí: xxx triệu đồng", "TODO: bổ sung số liệu",
                                    "Các sản phẩm như: vải thiều, cam, bưởi...", "Ghi rõ ngày tháng năm sinh.",
                                    "Bắc Giang, ngày 05 tháng 7 năm 2024"}),
                              {"blank-field"});
    INFO(listing(f));
    std::set<std::size_t> at;
    for (const auto& x : f) at.insert(x.range->paragraph);
    CHECK(at == std::set<std::size_t>{0, 1, 2, 3, 4, 5});
    for (const auto& x : f) CHECK(x.severity == soat::Severity::Error);
    soat::config::Config draft;
    for (const auto& x : soat::test::lint_with(with({"Số: /KH-UBND"}), {"blank-field"}, draft)) {
        CHECK(x.severity == soat::Severity::Info);
    }
}

TEST_CASE("document type against the symbol", "[structure]") {
    auto lines = complete_text();
    lines[4] = "Số: 12/KH-UBND";
    CHECK(fired(lint_final(with(lines), {"doc-type-mismatch"}), "doc-type-mismatch") == 1);
    lines[4] = "Số: 12/UBND-VX";  // a body code alone: not a type code
    CHECK(fired(lint_final(with(lines), {"doc-type-mismatch"}), "doc-type-mismatch") == 0);
}

TEST_CASE("citations: malformed symbols, conflicting dates, term restarts", "[structure]") {
    const auto f = lint_final(with({"Thực hiện Chương trình số 37-Ctr/Tu ngày 05/3/2021 của Tỉnh ủy.",
                                    "Thực hiện Nghị quyết số 401- NQ/TU ngày 10/5/2021 của Tỉnh ủy.",
                                    "Theo Nghị quyết số 06/2020/NQ-HDND ngày 12/7/2020 của HĐND tỉnh.",
                                    "Theo Nghị quyết số 58/NQ-CP ngày 21/4/2023 của Chính phủ."}),
                              {"citation-format"});
    INFO(listing(f));
    CHECK(fired(f, "citation-format") == 3);
    const auto c = lint_final(with({"Chỉ thị số 19-CT/TU ngày 11/6/2020 của Ban Thường vụ Tỉnh ủy.",
                                    "Chỉ thị số 19-CT/TU ngày 16/6/2020 của Ban Thường vụ Tỉnh ủy.",
                                    "Chỉ thị số 17-CT/TU ngày 27/02/2020 của Ban Thường vụ Tỉnh ủy.",
                                    "Chỉ thị số 17-CT/TU ngày 14/10/2022 của Ban Thường vụ Tỉnh ủy."}),
                              {"citation-conflict"});
    INFO(listing(c));
    REQUIRE(c.size() == 2);
    CHECK(c[0].severity == soat::Severity::Warning);
    CHECK(c[1].severity == soat::Severity::Info);
}

TEST_CASE("citations: a web address's path holds no symbol", "[structure]") {
    const auto f = lint_final(with({"Nguồn: https://baodientu.vn/xa-hoi/202403/da-nang-tang-cuong-kiem-tra-1234567",
                                    "Thực hiện Nghị quyết số 401- NQ/TU ngày 10/5/2021 của Tỉnh ủy."}),
                              {"citation-format"});
    INFO(listing(f));
    CHECK(fired(f, "citation-format") == 1);
}

TEST_CASE("footnotes from the model: orphan reference, unreferenced note, gap", "[structure]") {
    auto doc = with({"Tăng trưởng đạt 8,2%.", "Thu ngân sách đạt 15.000 tỷ đồng.", "Chú thích một", "Chú thích ba"});
    doc.paragraphs[0].note_refs.push_back({20, 1, "1"});
    doc.paragraphs[1].note_refs.push_back({10, 2, "2"});
    doc.paragraphs[1].note_refs.push_back({30, 4, "4"});
    doc.paragraphs[2].area = soat::model::Area::Footnote;
    doc.paragraphs[2].note = 1;
    doc.paragraphs[3].area = soat::model::Area::Footnote;
    doc.paragraphs[3].note = 3;
    const auto f = lint_final(doc, {"footnote-integrity"});
    INFO(listing(f));
    CHECK(f.size() == 3);  // 2 has no text, 4 has no text, note 3 is never referenced
    const auto t = lint_final(with({"Đạt 5,38 triệu m³ gỗ¹.", "¹ Theo Sở Nông nghiệp.", "Sản lượng²."}),
                              {"footnote-integrity"});
    INFO(listing(t));
    CHECK(t.size() == 1);
}

TEST_CASE("page set-up, fonts, highlights and draft markers from the model", "[structure][hygiene]") {
    // A numbered report: Decree 30's page rules govern it.
    auto doc = with({"Số: 12/BC-UBND", "Nội dung thứ hai của báo cáo.", "DỰ THẢO",
                     "Ngành đã góp ý 92 dự thảo văn bản."});
    soat::model::Section portrait;
    portrait.stated = true;
    portrait.page_width = 11906;
    portrait.page_height = 16838;
    portrait.margin_top = 1134;
    portrait.margin_bottom = 1134;
    portrait.margin_left = 1418;  // 25 mm: too narrow
    portrait.margin_right = 1134;
    doc.sections.push_back(portrait);
    soat::model::RunProps arial;
    arial.font = "Arial";
    arial.size_half_points = 24;
    arial.highlight = "yellow";
    doc.run_props.push_back(arial);
    doc.default_font = "Times New Roman";
    doc.default_size_half_points = 28;
    doc.paragraphs[1].spans[0].props = 1;
    const auto f = lint_final(doc, {"page-setup", "font-style", "highlight-left", "draft-marker"});
    INFO(listing(f));
    CHECK(fired(f, "page-setup") == 1);
    CHECK(fired(f, "font-style") == 2);   // Arial, 12 pt: once each
    CHECK(fired(f, "highlight-left") == 1);
    CHECK(fired(f, "draft-marker") == 1);  // not the prose "dự thảo văn bản"
    doc.sections[0].landscape = true;
    std::swap(doc.sections[0].page_width, doc.sections[0].page_height);
    const auto l = lint_final(doc, {"page-setup"});
    CHECK(fired(l, "page-setup") == 1);  // landscape without a table
    auto note = with({"Ghi chú cuộc họp.", "Nội dung của ghi chú."});  // no frame: Decree 30 does not govern it
    note.format = doc.format;
    note.sections.push_back(portrait);
    CHECK(fired(lint_final(note, {"page-setup"}), "page-setup") == 0);
    doc.paragraphs[0].cell = soat::model::CellRef{1, 1, 1};
    CHECK(fired(lint_final(doc, {"page-setup"}), "page-setup") == 0);
}
