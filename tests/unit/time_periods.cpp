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
