// invalid-period and period-mismatch on small documents, through the real engine and rule files.
#include "support/lint_helpers.hpp"

#include <soat/utf8.hpp>

#include <catch2/catch.hpp>

namespace {

using soat::test::document_from_paragraphs;
using soat::test::flagged;
using soat::test::lint_with;

}  // namespace

TEST_CASE("invalid-period flags quarters outside I-IV and names the title's quarter", "[time][invalid-period]") {
    const auto doc = document_from_paragraphs({
        "BÁO CÁO",
        "Tình hình 9 tháng đầu năm; nhiệm vụ, giải pháp trọng tâm quý IV năm 2022",
        "Triển khai nhiệm vụ, giải pháp trọng tâm quý VI năm 2022 của tỉnh.",
    });
    const auto findings = lint_with(doc, {"invalid-period"});
    REQUIRE(flagged(doc, findings) == std::vector<std::string>{"2:quý VI năm 2022"});
    CHECK(findings[0].severity == soat::Severity::Error);
    CHECK(findings[0].message == "Quý VI không tồn tại (chỉ có quý I–IV); tiêu đề ghi “quý IV năm 2022”");
    REQUIRE(findings[0].related.size() == 1);
    CHECK(findings[0].related[0].range->paragraph == 1);
}

TEST_CASE("invalid-period reads all-caps headings", "[time][invalid-period]") {
    const auto doc = document_from_paragraphs({"II. NHIỆM VỤ TRỌNG TÂM QUÝ VI NĂM 2022", "HÀNG QUÝ VỚI BÁO CHÍ; TẾT QUÝ MÃO",
                                               "9 THÁNG ĐẦU NĂM; THÁNG 13"});
    CHECK(flagged(doc, lint_with(doc, {"invalid-period"})) ==
          std::vector<std::string>{"0:QUÝ VI NĂM 2022", "2:THÁNG 13"});
}

TEST_CASE("invalid-period: digits, months, and English messages", "[time][invalid-period]") {
    const auto doc = document_from_paragraphs({"Kết quả quý 5/2023 và tháng 13 năm 2023; tháng 0 năm sau."});
    soat::config::Config en;
    en.lang = soat::Lang::En;
    const auto findings = lint_with(doc, {"invalid-period"}, en);
    REQUIRE(flagged(doc, findings) == std::vector<std::string>{"0:quý 5/2023", "0:tháng 13 năm 2023", "0:tháng 0"});
    CHECK(findings[0].message == "Quarter 5 does not exist (only I–IV)");
    CHECK(findings[1].message == "Month 13 does not exist (only 1–12)");
}

TEST_CASE("invalid-period leaves lunar years, adjectives, funds, names and durations alone", "[time][invalid-period]") {
    const auto doc = document_from_paragraphs({
        "Tết Quý Mão an toàn; kinh nghiệm quý báu; họp báo hàng quý với báo chí.",
        "Quỹ bảo trợ trẻ em; ông Trần Văn Quý; Quý Vị đại biểu; quý II, Quý III, quý IV/2023, quý 1.",
        "Thi công 18 tháng 24 ngày; 6 tháng cuối năm; tháng 12 năm 2023; ngày 5 tháng 13 là ngày sai.",
        "Tăng trưởng hàng quý 10% ổn định.",
        "Có thể tuyển 2.000 lao động/tháng 18:30 05/06/2024 - Theo trung tâm dịch vụ việc làm.",
        "Nguyễn Quý 27/03/2024 18:25; Trần Quý 15/9.",
    });
    CHECK(lint_with(doc, {"invalid-period"}).empty());
    // A quarter with its year after a slash is still read.
    CHECK(lint_with(document_from_paragraphs({"Quý 5/2024 doanh thu tăng."}), {"invalid-period"}).size() == 1);
}

TEST_CASE("period-mismatch: the title's construction repeated with another quarter", "[time][period-mismatch]") {
    const auto doc = document_from_paragraphs({
        "# THÔNG CÁO BÁO CHÍ",
        "Về tình hình 9 tháng đầu năm; nhiệm vụ, giải pháp trọng tâm quý IV năm 2022",
        "Các ngành thực hiện tốt nhiệm vụ, giải pháp trọng tâm quý III năm 2022.",
        "So với kết quả thực hiện nhiệm vụ, giải pháp trọng tâm quý III năm 2022, tiến độ nhanh hơn.",
        "Triển khai nhiệm vụ, giải pháp trọng tâm quý IV năm 2022.",
        "Tăng trưởng quý III năm 2022 đạt 7%.",
        "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM QUÝ IV NĂM 2022",
        "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM QUÝ I NĂM 2022",
        "Dự kiến nhiệm vụ, giải pháp trọng tâm quý I năm 2023 sẽ được xây dựng sau.",
    });
    const auto findings = lint_with(doc, {"period-mismatch"});
    REQUIRE(flagged(doc, findings) == std::vector<std::string>{"2:quý III năm 2022", "7:QUÝ I NĂM 2022"});
    CHECK(findings[0].severity == soat::Severity::Warning);
    CHECK(findings[0].related[0].range->paragraph == 1);
}

TEST_CASE("period-mismatch: a year that differs, and the other half year", "[time][period-mismatch]") {
    const auto doc = document_from_paragraphs({
        "NGHỊ QUYẾT",
        "Về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2023",
        "Kết quả nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2023 đạt khá.",
        "Để thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2024, cần tập trung.",
    });
    CHECK(flagged(doc, lint_with(doc, {"period-mismatch"})) == std::vector<std::string>{"3:6 tháng cuối năm 2024"});
}

TEST_CASE("period-mismatch: one programme, two overlapping spans", "[time][period-mismatch]") {
    const auto doc = document_from_paragraphs({
        "Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025.",
        "Vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 được giao sớm.",
        "Tổng kết Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2022-2025.",
        "Tỷ lệ hộ nghèo theo chuẩn nghèo giai đoạn 2021-2025 còn 1,2%; theo chuẩn nghèo giai đoạn 2021-2026 là sai.",
        "Kế hoạch đầu tư công trung hạn giai đoạn 2021-2025; Kế hoạch đầu tư công trung hạn giai đoạn 2026-2030.",
        "Nghị quyết về phát triển du lịch giai đoạn 2021-2025; Đề án về phát triển du lịch giai đoạn 2021-2030.",
    });
    const auto findings = lint_with(doc, {"period-mismatch"});
    REQUIRE(flagged(doc, findings) ==
            std::vector<std::string>{"2:giai đoạn 2022-2025", "3:giai đoạn 2021-2026"});
    CHECK(findings[0].message.find("2021-2025") != std::string::npos);
    CHECK(findings[0].related[0].range->paragraph == 0);
}

TEST_CASE("invalid-period: a range of dates or years that ends before it begins", "[time][invalid-period]") {
    // Every link and both written forms, each with its correct twin.
    const std::vector<std::string> links{" đến ", " đến ngày ", " tới ngày ", " - ", " – ", " đến hết ngày "};
    for (const auto& link : links) {
        for (const auto& [start, end] : std::vector<std::pair<std::string, std::string>>{
                 {"05/11/2025", "25/10/2025"}, {"ngày 5 tháng 11 năm 2025", "ngày 25 tháng 10 năm 2025"}}) {
            const auto bad = document_from_paragraphs({"Đợt kiểm tra diễn ra từ " + start + link + end + "."});
            const auto good = document_from_paragraphs({"Đợt kiểm tra diễn ra từ " + end + link + start + "."});
            INFO(start << link << end);
            const auto findings = lint_with(bad, {"invalid-period"});
            REQUIRE(findings.size() == 1);
            CHECK(findings[0].message == "Khoảng thời gian kết thúc (25/10/2025) trước khi bắt đầu (05/11/2025)");
            CHECK(lint_with(good, {"invalid-period"}).empty());
        }
    }
    const auto doc = document_from_paragraphs({
        "Kiểm tra từ ngày 12/4 đến ngày 10/4; tập huấn từ ngày 20/5 đến hết ngày 18/5/2025.",
        "Thực hiện kế hoạch giai đoạn 2025-2021 của tỉnh.",
        // A range across the new year, written without its years, is short: no error.
        "Cao điểm Tết từ ngày 15/12 đến ngày 15/02; lễ hội từ ngày 20/12/2025 đến ngày 05/01.",
        "Từ ngày 20/12/2025 đến ngày 05/01/2026; từ ngày 28/10 - 30/10/2025; giai đoạn 2021-2025.",
        "Chiến dịch bắt đầu từ ngày 10/2/2024 và kết thúc ngày 25/1/2024; đợt sau bắt đầu ngày 25/1/2024, kết thúc vào ngày 10/2/2024.",
        // Two dates that are no range.
        "Văn bản ngày 05/11/2025 và ngày 25/10/2025; ký ngày 05/11/2025, đến ngày 25/10/2025 mới gửi.",
    });
    CHECK(flagged(doc, lint_with(doc, {"invalid-period"})) ==
          std::vector<std::string>{"0:12/4 đến ngày 10/4", "0:20/5 đến hết ngày 18/5/2025", "1:giai đoạn 2025-2021",
                                   "4:10/2/2024 và kết thúc ngày 25/1/2024"});
}

TEST_CASE("invalid-period: a range of years after từ or in parentheses that ends before it begins", "[time][invalid-period]") {
    const std::vector<std::pair<std::string, std::string>> shapes{
        {"Sau 3 năm thực hiện đề án (từ ", "), toàn tỉnh trồng 900 ha rừng."},
        {"Từ năm ", ", toàn tỉnh trồng 900 ha rừng."},
        {"Trong 10 năm (", "), toàn tỉnh trồng 900 ha rừng."},
        {"Giai đoạn từ ", ", toàn tỉnh trồng 900 ha rừng."},
    };
    for (const auto& [lead, tail] : shapes) {
        for (const std::string link : {" - ", "-", " – ", " đến ", " đến năm "}) {
            if (lead.back() == '(' && link.find("đến") != std::string::npos) continue;
            INFO(lead << link);
            const auto bad = document_from_paragraphs({lead + "2021" + link + "2013" + tail});
            const auto findings = lint_with(bad, {"invalid-period"});
            REQUIRE(findings.size() == 1);
            CHECK(findings[0].message == "Khoảng thời gian kết thúc (2013) trước khi bắt đầu (2021)");
            CHECK(lint_with(document_from_paragraphs({lead + "2021" + link + "2023" + tail}), {"invalid-period"}).empty());
        }
    }
    // A range of counts, or figures that are no years, is no period.
    const auto counts = document_from_paragraphs({"Mỗi xã nuôi từ 2000 - 1500 con gia cầm; giá từ 2050 đến 1980 đồng/kg."});
    CHECK(lint_with(counts, {"invalid-period"}).empty());
}

TEST_CASE("period-mismatch: a comparison with the same period of a year not before the one compared",
          "[time][period-mismatch]") {
    // The period compared opens the sentence in several shapes; the base is one year before
    // (silent), the same year or a later one (reported).
    const std::vector<std::pair<std::string, int>> periods{
        {"Lũy kế 2 tháng đầu năm 2025", 2025}, {"Quý III năm 2025", 2025}, {"Tháng 10/2025", 2025},
        {"Tính đến ngày 30/9/2025", 2025},     {"Năm 2026", 2026},          {"6 tháng cuối năm 2024", 2024}};
    for (const auto& entry : periods) {
        const auto& period = entry.first;  // (no structured binding: clang 14 captures none)
        const auto year = entry.second;
        for (const std::string& base : {std::string("so với cùng kỳ năm "), std::string("bằng 112,4% cùng kỳ ")}) {
            INFO(period << " / " << base);
            auto sentence = [&](int y) {
                return period + ", tổng thu ngân sách đạt 1.250 tỷ đồng, " + base + std::to_string(y) + ".";
            };
            CHECK(lint_with(document_from_paragraphs({sentence(year - 1)}), {"period-mismatch"}).empty());
            for (int y : {year, year + 1}) {
                const auto doc = document_from_paragraphs({sentence(y)});
                const auto findings = lint_with(doc, {"period-mismatch"});
                REQUIRE(findings.size() == 1);
                CHECK(flagged(doc, findings)[0].rfind("0:cùng kỳ ", 0) == 0);
                CHECK(findings[0].related.size() == 1);
            }
        }
    }
    const auto doc = document_from_paragraphs({
        "Năm 2024 đạt 5 tỷ USD; năm 2025 đạt 6 tỷ USD, tăng 20% so với cùng kỳ năm 2024.",
        "Quý I năm 2026 tăng 5% so với quý IV năm 2025 và tăng 7% so với cùng kỳ năm 2025.",
        "Dư nợ tăng 5,3% so với cuối năm 2024 (cùng kỳ năm 2024 tăng 2,6% so với cuối năm 2023).",
        "Năm 2023 tăng 11,3% (so với 8,8% trong cùng kỳ năm 2023); giá tăng 5% so với năm 2024.",
        "Thực hiện Nghị quyết số 12/2025/NQ-HĐND, thu ngân sách tăng 5% so với cùng kỳ năm 2024.",
        // A target's year is not the period compared; nor, past a nearer period without its year
        // or outside the parenthesis, one of an earlier year.
        "Thu đạt 7.000 tỷ đồng, tăng 2% so với cùng kỳ 2022, đạt 60% chỉ tiêu điều hành năm 2022.",
        "Thu nhập tăng chậm hơn quý II/2022 (thu nhập quý II tăng 5,4% so với cùng kỳ năm 2022).",
        "Năm 2022 đạt 7,2%; riêng 6 tháng đầu năm tăng 5,1% so với cùng kỳ năm 2022 của kế hoạch.",
    });
    CHECK(lint_with(doc, {"period-mismatch"}).empty());
}

TEST_CASE("period-mismatch: a sentence without a period compares with the title's latest year",
          "[time][period-mismatch]") {
    const auto report = [](const std::string& title, const std::string& body) {
        return document_from_paragraphs({"BÁO CÁO", title, body});
    };
    const std::string body = "Tổng thu ngân sách ước đạt 5.000 tỷ đồng, tăng 8% so với cùng kỳ năm 2025.";
    const auto doc = report("Tình hình kinh tế - xã hội 9 tháng năm 2025", body);
    const auto findings = lint_with(doc, {"period-mismatch"});
    REQUIRE(flagged(doc, findings) == std::vector<std::string>{"2:cùng kỳ năm 2025"});
    CHECK(findings[0].related[0].range->paragraph == 1);
    CHECK(lint_with(report("Tình hình kinh tế - xã hội 9 tháng năm 2026", body), {"period-mismatch"}).empty());
    CHECK(lint_with(report("Kết quả năm 2025 và kế hoạch năm 2026", body), {"period-mismatch"}).empty());
}

TEST_CASE("period-mismatch: a number of months against the months named in its parenthesis", "[time][period-mismatch]") {
    const auto doc = document_from_paragraphs({
        "Thu ngân sách 6 tháng đầu năm (từ tháng 1 đến tháng 8) đạt 5.000 tỷ đồng.",
        "Kết quả 9 tháng (từ ngày 01/01 đến ngày 31/10/2025) khả quan.",
        // Correct twins, a span across the new year, and days inside months that count no whole months.
        "Thu ngân sách 6 tháng đầu năm (từ tháng 1 đến tháng 6); 9 tháng (từ 01/01 đến 30/9/2025) đạt kế hoạch.",
        "Niên vụ 5 tháng (từ tháng 11 đến tháng 3); trong 2 tháng (từ 15/4 đến 15/6) xảy ra 344 vụ cháy.",
    });
    const auto findings = lint_with(doc, {"period-mismatch"});
    REQUIRE(flagged(doc, findings) == std::vector<std::string>{"0:6 tháng đầu năm (từ tháng 1 đến tháng 8)",
                                                              "1:9 tháng (từ ngày 01/01 đến ngày 31/10/2025)"});
    CHECK(findings[0].message == "“6 tháng đầu năm (từ tháng 1 đến tháng 8)”: từ tháng 1 đến tháng 8 là 8 tháng, không khớp 6 tháng");
}

TEST_CASE("period-mismatch: a period compared with itself, named in full", "[time][period-mismatch]") {
    const auto doc = document_from_paragraphs({
        "Lũy kế 4 tháng đầu năm 2025, xuất khẩu đạt 294 triệu USD, giảm 24% so với 4 tháng đầu năm 2025.",
        "Tháng 3/2025 xuất khẩu đạt 94 triệu USD, tăng 4% so với tháng 3/2025.",
        // Correct twins: an earlier year, another month of the year, and a landmark before the base.
        "Lũy kế 4 tháng đầu năm 2025, xuất khẩu đạt 294 triệu USD, giảm 24% so với 4 tháng đầu năm 2024.",
        "Tháng 4/2025 xuất khẩu đạt 94 triệu USD, tăng 4% so với tháng 3/2025.",
        "Giá đạt 7.601 USD/tấn, thấp nhất kể từ tháng 2/2016, giảm 2,9% so với tháng 3/2019 và 21,2% so với tháng 4/2018.",
    });
    const auto findings = lint_with(doc, {"period-mismatch"});
    REQUIRE(flagged(doc, findings) == std::vector<std::string>{"0:4 tháng đầu năm 2025", "1:tháng 3/2025"});
}
