// table-total on hand-built DOCX tables: total rows and columns, sub-rows, share columns, rate
// columns and merged cells.
#include "support/lint_helpers.hpp"

#include <soat/utf8.hpp>

#include <catch2/catch.hpp>

namespace {

// One table from rows of cell texts; the first `header_rows` rows are marked as headers. A cell
// written "[2]Tổng" spans two grid columns.
soat::model::Document table_document(const std::vector<std::vector<std::string>>& rows, int header_rows = 1,
                                     const std::string& before = "Đơn vị: tỷ đồng") {
    soat::model::Document doc = soat::test::document_from_paragraphs({before});
    soat::model::Table table;
    table.index = 1;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        soat::model::TableRow row;
        row.header = static_cast<int>(r) < header_rows;
        int column = 1;
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            soat::model::Paragraph p;
            p.text = rows[r][c];
            const int span = p.text.starts_with("[2]") ? 2 : 1;
            if (span > 1) p.text = p.text.substr(3);
            p.part = "word/document.xml";
            p.number = static_cast<int>(doc.paragraphs.size()) + 1;
            p.cell = soat::model::CellRef{1, static_cast<int>(r) + 1, column};
            soat::model::Span run;
            run.length = soat::utf8::length(p.text);
            p.spans.push_back(run);
            soat::model::TableCell cell;
            cell.column = column;
            cell.grid_span = span;
            column += span;
            cell.vmerge_continue = rows[r][c] == "^";
            if (cell.vmerge_continue) p.text.clear();
            cell.paragraphs.push_back(doc.paragraphs.size());
            doc.paragraphs.push_back(std::move(p));
            row.cells.push_back(cell);
        }
        table.rows.push_back(std::move(row));
    }
    doc.tables.push_back(std::move(table));
    return doc;
}

std::vector<soat::Finding> lint(const soat::model::Document& doc) { return soat::test::lint_with(doc, {"table-total"}); }

}  // namespace

TEST_CASE("table-total: a total row", "[numbers][table]") {
    SECTION("a wrong total fires on its cell") {
        const auto doc = table_document({{"STT", "Huyện", "Thu ngân sách"},
                                         {"1", "Yên Thế", "120,5"},
                                         {"2", "Lục Nam", "230,2"},
                                         {"3", "Sơn Động", "99,3"},
                                         {"", "Tổng cộng", "452,0"}});
        const auto f = lint(doc);
        REQUIRE(f.size() == 1);
        CHECK(doc.paragraphs[f[0].range->paragraph].text == "452,0");
        CHECK(f[0].message.find("450,0") != std::string::npos);
    }
    SECTION("a right total, within rounding, stays silent") {
        CHECK(lint(table_document({{"Huyện", "Thu"}, {"Yên Thế", "33"}, {"Lục Nam", "33"}, {"Sơn Động", "33"}, {"Cộng", "100"}})).empty());
    }
    SECTION("a total above its rows (Toàn tỉnh first) covers the rows below") {
        CHECK(lint(table_document({{"Đơn vị", "Số hộ"}, {"Toàn tỉnh", "1.500"}, {"Huyện A", "700"}, {"Huyện B", "800"}})).empty());
        CHECK(lint(table_document({{"Đơn vị", "Số hộ"}, {"Toàn tỉnh", "1.600"}, {"Huyện A", "700"}, {"Huyện B", "800"}})).size() == 1);
    }
    SECTION("sub-rows (-, Trong đó) are not added twice") {
        CHECK(lint(table_document({{"Nguồn vốn", "Kế hoạch"},
                                   {"Vốn tỉnh", "500"},
                                   {"- Trong đó: vốn đất", "200"},
                                   {"Vốn trung ương", "300"},
                                   {"Tổng", "800"}}))
                  .empty());
    }
    SECTION("rate columns are not additive; share columns make 100") {
        CHECK(lint(table_document({{"Ngành", "Giá trị", "Tốc độ tăng (%)"},
                                   {"Công nghiệp", "600", "12,5"},
                                   {"Dịch vụ", "400", "8,1"},
                                   {"Tổng", "1.000", "10,8"}}))
                  .empty());
        const auto f = lint(table_document({{"Ngành", "Giá trị", "Cơ cấu (%)"},
                                            {"Công nghiệp", "600", "62,0"},
                                            {"Dịch vụ", "400", "40,0"},
                                            {"Tổng", "1.000", "100"}}));
        REQUIRE(f.size() == 2);  // the column makes 102 %, and 600 of 1.000 is 60 %, not 62 %
        CHECK(f[0].message.find("60,0%") != std::string::npos);
        CHECK(f[1].message.find("102,0") != std::string::npos);
    }
    SECTION("merged cells and dashes count as empty") {
        CHECK(lint(table_document({{"Huyện", "Nhóm", "Số dự án"},
                                   {"Yên Thế", "A", "4"},
                                   {"^", "B", "-"},
                                   {"Lục Nam", "A", "6"},
                                   {"Tổng", "", "10"}}))
                  .empty());
    }
}

TEST_CASE("table-total: a total column", "[numbers][table]") {
    CHECK(lint(table_document({{"Huyện", "Tổng", "Nam", "Nữ"}, {"Yên Thế", "1.210", "600", "610"}, {"Lục Nam", "900", "450", "450"}})).empty());
    const auto f = lint(table_document({{"Huyện", "Tổng", "Nam", "Nữ"}, {"Yên Thế", "1.210", "600", "620"}, {"Lục Nam", "900", "450", "450"}}));
    REQUIRE(f.size() == 1);
    CHECK(f[0].message.find("Yên Thế") != std::string::npos);
}

TEST_CASE("table-total: tables without totals and layout tables stay silent", "[numbers][table]") {
    CHECK(lint(table_document({{"ỦY BAN NHÂN DÂN TỈNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
                               {"Số: 12/KH-UBND", "Độc lập - Tự do - Hạnh phúc"},
                               {"", "Bắc Giang, ngày 05 tháng 01 năm 2024"}},
                              0))
              .empty());
    CHECK(lint(table_document({{"Chỉ tiêu", "Năm 2023", "Năm 2024"}, {"GRDP", "200,1", "213,3"}, {"Thu ngân sách", "17,1", "16,5"}})).empty());
}

TEST_CASE("table-total: formula columns from the column-numbering row", "[numbers][table]") {
    const std::vector<std::string> header = {"STT", "Chỉ tiêu", "Ước TH 2024", "KH 2025", "So sánh (%)"};
    const std::vector<std::string> numbering = {"A", "B", "(1)", "(2)", "(3)=(2)/(1)"};
    SECTION("a ratio printed as a percentage") {
        CHECK(lint(table_document({header, numbering, {"1", "Thu ngân sách", "16.500", "17.800", "107,9"}, {"2", "Chi ngân sách", "40.000", "41.200", "103,0"}}, 1)).empty());
        const auto doc = table_document({header, numbering, {"1", "Thu ngân sách", "16.500", "17.800", "107,9"}, {"2", "Chi ngân sách", "40.000", "41.200", "104,0"}}, 1);
        const auto f = lint(doc);
        REQUIRE(f.size() == 1);
        CHECK(doc.paragraphs[f[0].range->paragraph].text == "104,0");
        CHECK(f[0].message.find("103,0") != std::string::npos);
        CHECK(f[0].message.find("Chi ngân sách") != std::string::npos);
    }
    SECTION("differences and sums, signed cells") {
        const std::vector<std::string> h = {"Chỉ tiêu", "Năm 2023", "Năm 2024", "Tăng, giảm"};
        CHECK(lint(table_document({h, {"A", "1", "2", "3=2-1"}, {"Số vụ", "205", "178", "-27"}, {"Số người chết", "117", "106", "-11"}}, 1)).empty());
        CHECK(lint(table_document({h, {"A", "1", "2", "3=2-1"}, {"Số vụ", "205", "178", "-25"}, {"Số người chết", "117", "106", "-11"}}, 1)).size() == 1);
        const std::vector<std::string> sum = {"Nguồn vốn", "Tỉnh", "Huyện", "Tổng"};
        CHECK(lint(table_document({sum, {"A", "(1)", "(2)", "(3)=(1)+(2)"}, {"Vốn ĐTPT", "300,5", "120,2", "420,7"}, {"Vốn sự nghiệp", "80", "20", "100"}}, 1)).empty());
        CHECK(lint(table_document({sum, {"A", "(1)", "(2)", "(3)=(1)+(2)"}, {"Vốn ĐTPT", "300,5", "120,2", "430,7"}, {"Vốn sự nghiệp", "80", "20", "100"}}, 1)).size() == 1);
    }
    SECTION("no numbering row, no formula check") {
        CHECK(lint(table_document({header, {"1", "Thu ngân sách", "16.500", "17.800", "150,0"}, {"2", "Chi ngân sách", "40.000", "41.200", "104,0"}}, 1)).empty());
    }
}

TEST_CASE("table-total: a share column against the total row", "[numbers][table]") {
    const std::vector<std::string> header = {"Ngành", "Giá trị (tỷ đồng)", "Tỷ trọng (%)"};
    CHECK(lint(table_document({header, {"Công nghiệp", "600", "60,0"}, {"Dịch vụ", "300", "30,0"}, {"Nông nghiệp", "100", "10,0"}, {"Tổng", "1.000", "100"}})).empty());
    const auto doc = table_document({header, {"Công nghiệp", "650", "60,0"}, {"Dịch vụ", "250", "30,0"}, {"Nông nghiệp", "100", "10,0"}, {"Tổng", "1.000", "100"}});
    const auto f = lint(doc);
    REQUIRE(f.size() == 2);  // 65 % and 25 %: the column still makes 100 %
    CHECK(doc.paragraphs[f[0].range->paragraph].text == "60,0");
    CHECK(f[0].message.find("65,0%") != std::string::npos);
}

TEST_CASE("table-total: hedged cells stand for their interval", "[numbers][table]") {
    auto with_total = [](const std::string& total) {
        return table_document({{"Huyện", "Sản lượng (tấn)"}, {"Lục Ngạn", "300"}, {"Lục Nam", "152"}, {"Tổng", total}});
    };
    CHECK(lint(with_total("khoảng 450")).empty());  // 2 % of 450 covers 452
    CHECK(lint(with_total("trên 400")).empty());
    CHECK(lint(with_total("gần 460")).empty());
    CHECK(lint(with_total("khoảng 500")).size() == 1);
    CHECK(lint(with_total("trên 460")).size() == 1);
    CHECK(lint(with_total("450")).size() == 1);
}

TEST_CASE("table-total: merged header cells name every column they span", "[numbers][table]") {
    // | Ngành | Giá trị (tỷ đồng)      | Cơ cấu (%)      |
    // |       | 2023      | 2024       | 2023   | 2024   |
    soat::model::Document doc = soat::test::document_from_paragraphs({"Đơn vị: tỷ đồng"});
    soat::model::Table table;
    table.index = 1;
    const std::vector<std::vector<std::pair<std::string, int>>> rows = {
        {{"Ngành", 1}, {"Giá trị (tỷ đồng)", 2}, {"Cơ cấu (%)", 2}},
        {{"", 1}, {"2023", 1}, {"2024", 1}, {"2023", 1}, {"2024", 1}},
        {{"Công nghiệp", 1}, {"500", 1}, {"650", 1}, {"50,0", 1}, {"60,0", 1}},
        {{"Dịch vụ", 1}, {"300", 1}, {"250", 1}, {"30,0", 1}, {"30,0", 1}},
        {{"Nông nghiệp", 1}, {"200", 1}, {"100", 1}, {"20,0", 1}, {"10,0", 1}},
        {{"Tổng", 1}, {"1.000", 1}, {"1.000", 1}, {"100", 1}, {"100", 1}},
    };
    for (std::size_t r = 0; r < rows.size(); ++r) {
        soat::model::TableRow row;
        row.header = r < 2;
        int column = 1;
        for (const auto& [text, span] : rows[r]) {
            soat::model::Paragraph p;
            p.text = text;
            p.part = "word/document.xml";
            p.cell = soat::model::CellRef{1, static_cast<int>(r) + 1, column};
            soat::model::Span s;
            s.length = soat::utf8::length(text);
            p.spans.push_back(s);
            soat::model::TableCell cell;
            cell.column = column;
            cell.grid_span = span;
            cell.paragraphs.push_back(doc.paragraphs.size());
            doc.paragraphs.push_back(std::move(p));
            row.cells.push_back(cell);
            column += span;
        }
        table.rows.push_back(std::move(row));
    }
    doc.tables.push_back(std::move(table));
    const auto f = lint(doc);
    // 2024: 650 of 1.000 is 65 %, 250 is 25 %; 2023 reconciles against its own values.
    REQUIRE(f.size() == 2);
    CHECK(doc.paragraphs[f[0].range->paragraph].text == "60,0");
    CHECK(f[0].message.find("65,0%") != std::string::npos);
    CHECK(doc.paragraphs[f[1].range->paragraph].text == "30,0");
}

// Statistics forms (Biểu mẫu): a "Tổng số" row over numbered groups (I, II) with numbered
// children, code and year columns, rate rows. Each shape as a correct twin (silent) and a wrong
// twin (one figure off: found).
TEST_CASE("table-total: statistics forms, correct and wrong twins", "[numbers][table]") {
    auto form = [](const std::string& rural) {
        return table_document({{"STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2023", "Năm 2024"},
                               {"", "Tổng số", "người", "1.500", "1.650"},
                               {"I", "Khu vực thành thị", "người", "600", "700"},
                               {"1", "Nam", "người", "280", "330"},
                               {"2", "Nữ", "người", "320", "370"},
                               {"II", "Khu vực nông thôn", "người", rural, "950"},
                               {"1", "Nam", "người", "430", "460"},
                               {"2", "Nữ", "người", "470", "490"}});
    };
    SECTION("an unnumbered total first sums the top level below it, not the children twice") {
        CHECK(lint(form("900")).empty());
        const auto f = lint(form("950"));
        REQUIRE(f.size() == 1);
        CHECK(f[0].message.find("1.550") != std::string::npos);
    }
    auto coded = [](const std::string& second) {
        return table_document({{"Chỉ tiêu", "Mã số", "Số lượng"},
                               {"Doanh nghiệp nhà nước", "01", "12"},
                               {"Doanh nghiệp ngoài nhà nước", "02", second},
                               {"Doanh nghiệp FDI", "03", "40"},
                               {"Tổng cộng", "10", "1.262"}});
    };
    SECTION("a code column is never summed") {
        CHECK(lint(coded("1.210")).empty());
        CHECK(lint(coded("1.250")).size() == 1);
    }
    auto numbered = [](const std::string& online) {
        return table_document({{"TT", "Nội dung", "Số hồ sơ"},
                               {"1", "Tổng số", "5.400"},
                               {"1.1", "Nộp trực tuyến", online},
                               {"1.2", "Nộp trực tiếp", "2.100"},
                               {"2", "Số hồ sơ đã giải quyết", "5.000"},
                               {"2.1", "Đúng hạn", "4.900"},
                               {"2.2", "Quá hạn", "100"}});
    };
    SECTION("a numbered total sums its numbered children only") {
        CHECK(lint(numbered("3.300")).empty());
        CHECK(lint(numbered("3.400")).size() == 1);
    }
    auto with_rate_row = [](const std::string& men) {
        return table_document({{"Chỉ tiêu", "Tổng số", "Nam", "Nữ"},
                               {"Số lao động có việc làm (người)", "12.500", men, "6.300"},
                               {"Tỷ lệ lao động qua đào tạo (%)", "68,5", "70,1", "66,9"}});
    };
    SECTION("a rate row is not a sum across a total column") {
        CHECK(lint(with_rate_row("6.200")).empty());
        CHECK(lint(with_rate_row("6.400")).size() == 1);
    }
    auto with_rate_below = [](const std::string& b) {
        return table_document({{"Đơn vị", "Số hộ"},
                               {"Huyện A", "700"},
                               {"Huyện B", b},
                               {"Tỷ lệ hộ nghèo (%)", "4,5"},
                               {"Tổng cộng", "1.500"}});
    };
    SECTION("a rate row among the rows a total covers is left out") {
        CHECK(lint(with_rate_below("800")).empty());
        CHECK(lint(with_rate_below("850")).size() == 1);
    }
}

// The usual layout of a land or area table: an STT column, the total row labelled in the STT cell
// (merged over the label column, or left in it), and a "Tỷ lệ (%)" column of shares totalling 100.
TEST_CASE("table-total: a total labelled in the STT cell, a percent column of shares", "[numbers][table]") {
    auto crops = [](const std::string& total, bool on_top) {
        std::vector<std::vector<std::string>> rows = {{"STT", "Nhóm cây trồng", "Diện tích (ha)"},
                                                      {"1", "Cây hằng năm", "2.150"},
                                                      {"2", "Cây ăn quả", "840"},
                                                      {"3", "Cây công nghiệp", "310"}};
        const std::vector<std::string> total_row = {"[2]Tổng cộng", total};
        rows.insert(on_top ? rows.begin() + 1 : rows.end(), total_row);
        return table_document(rows);
    };
    SECTION("the total row sums the rows it covers, below or above it") {
        CHECK(lint(crops("3.300", false)).empty());
        CHECK(lint(crops("3.300", true)).empty());
        CHECK(lint(crops("3.400", false)).size() == 1);
        CHECK(lint(crops("3.400", true)).size() == 1);
        // The label left in the STT cell, the figure in its own column.
        CHECK(lint(table_document({{"TT", "Nhóm", "Số hộ"}, {"1", "Hộ nghèo", "120"}, {"2", "Hộ cận nghèo", "95"}, {"Cộng", "", "225"}})).size() == 1);
        CHECK(lint(table_document({{"TT", "Nhóm", "Số hộ"}, {"1", "Hộ nghèo", "120"}, {"2", "Hộ cận nghèo", "95"}, {"Cộng", "", "215"}})).empty());
    }
    auto land = [](const std::string& hilly_share) {
        return table_document({{"TT", "Loại đất", "Diện tích (ha)", "Tỷ lệ (%)"},
                               {"[2]Tổng diện tích tự nhiên", "5.000,00", "100"},
                               {"1.", "Đất nông nghiệp", "3.600,00", "72,0"},
                               {"2.", "Đất phi nông nghiệp", "1.150,00", "23,0"},
                               {"3.", "Đất chưa sử dụng", "250,00", "5,0"},
                               {"a.", "Đất bằng", "50,00", "1,0"},
                               {"b.", "Đất đồi núi", "200,00", hilly_share}});
    };
    SECTION("a percent column whose total reads 100 holds each row's value over the total") {
        CHECK(lint(land("4,0")).empty());
        const auto doc = land("2,0");
        const auto f = lint(doc);
        REQUIRE(f.size() == 1);
        CHECK(doc.paragraphs[f[0].range->paragraph].text == "2,0");
        CHECK(f[0].message.find("4,0%") != std::string::npos);
    }
    SECTION("an index column totalling 100 is no share column") {
        CHECK(lint(table_document({{"Ngành", "Năm 2024 (tỷ đồng)", "So với năm 2023 (%)"},
                                   {"Công nghiệp", "620", "96,4"},
                                   {"Dịch vụ", "380", "105,8"},
                                   {"Tổng", "1.000", "100"}}))
                  .empty());
        CHECK(lint(table_document({{"Huyện", "Số xã", "Tỷ lệ xã đạt chuẩn (%)"},
                                   {"Huyện A", "12", "100"},
                                   {"Huyện B", "9", "100"},
                                   {"Toàn tỉnh", "21", "100"}}))
                  .empty());
    }
}

TEST_CASE("table-total: a population rate in percent above 100", "[numbers][table]") {
    auto rows = [](const std::string& v) {
        return table_document({{"Chỉ tiêu", "Năm 2023", "Năm 2024"},
                               {"Số hộ nghèo (hộ)", "1.240", "1.080"},
                               {"Tỷ lệ hộ nghèo (%)", "4,2", v}});
    };
    CHECK(lint(rows("3,6")).empty());
    const auto f = lint(rows("124"));
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == soat::Severity::Warning);
    // Rates against a plan or a prior period pass 100.
    CHECK(lint(table_document({{"Chỉ tiêu", "Năm 2024"}, {"Thu ngân sách (tỷ đồng)", "1.500"}, {"Tỷ lệ thực hiện so với dự toán (%)", "112,4"}})).empty());
    CHECK(lint(table_document({{"Huyện", "Tỷ lệ che phủ rừng (%)"}, {"Huyện A", "56,2"}, {"Huyện B", "61,0"}})).empty());
    CHECK(lint(table_document({{"Huyện", "Tỷ lệ che phủ rừng (%)"}, {"Huyện A", "56,2"}, {"Huyện B", "610"}})).size() == 1);
    // The unit in its own column; a rate of units completing a task.
    auto form = [](const std::string& v) {
        return table_document({{"STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả"},
                               {"1", "Số sở, ban, ngành đã sắp xếp", "Cơ quan", "15"},
                               {"2", "Tỷ lệ UBND cấp xã đã hoàn thành việc sắp xếp bộ máy", "%", v}});
    };
    CHECK(lint(form("100")).empty());
    CHECK(lint(form("124")).size() == 1);
    CHECK(lint(table_document({{"Chỉ tiêu", "Đơn vị tính", "Kết quả"}, {"Số xã", "Xã", "124"}, {"Tỷ lệ hoàn thành kế hoạch", "%", "124"}})).empty());
}

TEST_CASE("inconsistent-figure: a rate's table row against the prose", "[numbers][table][inconsistent]") {
    auto rate_table = [](const std::string& prose, const std::string& header, const std::string& value) {
        return table_document({{"STT", "Chỉ tiêu", "Đơn vị", header, "KH 2025"},
                               {"1", "Tỷ lệ lao động qua đào tạo", "%", value, "74"},
                               {"2", "Tỷ lệ hộ nghèo theo chuẩn đa chiều", "%", "2,1", "1,8"}},
                              1, prose);
    };
    auto lint_figures = [](const soat::model::Document& doc) { return soat::test::lint_with(doc, {"inconsistent-figure"}); };
    const std::string prose = "Năm 2024, tỷ lệ lao động qua đào tạo đạt 70,5%.";
    SECTION("the same year and kind with another value is reported at the cell") {
        const auto doc = rate_table(prose, "Ước TH 2024", "72,5");
        const auto f = lint_figures(doc);
        REQUIRE(f.size() == 1);
        CHECK(doc.paragraphs[f[0].range->paragraph].text == "72,5");
    }
    SECTION("the same value, another period, a plan column or a comparison stays silent") {
        CHECK(lint_figures(rate_table(prose, "Ước TH 2024", "70,5")).empty());
        CHECK(lint_figures(rate_table(prose, "Thực hiện 6 tháng 2024", "72,5")).empty());
        CHECK(lint_figures(rate_table(prose, "KH 2024", "72,5")).empty());
        CHECK(lint_figures(rate_table(prose, "So sánh 2024/2023 (%)", "72,5")).empty());
        CHECK(lint_figures(rate_table(prose, "Huyện Yên Thế 2024", "72,5")).empty());
    }
}
