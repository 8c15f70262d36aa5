// invalid-date and date-style on small documents, through the real engine and rule files.
#include "analysis/dates.hpp"
#include "support/lint_helpers.hpp"

#include <soat/utf8.hpp>

#include <catch2/catch.hpp>

namespace {

using soat::test::document_from_paragraphs;
using soat::test::flagged;
using soat::test::lint_with;

}  // namespace

TEST_CASE("days in a month follow the Gregorian leap years", "[time][dates]") {
    CHECK(soat::analysis::days_in_month(2, 2024) == 29);
    CHECK(soat::analysis::days_in_month(2, 2023) == 28);
    CHECK(soat::analysis::days_in_month(2, 1900) == 28);
    CHECK(soat::analysis::days_in_month(2, 2000) == 29);
    CHECK(soat::analysis::days_in_month(4, 2023) == 30);
    CHECK(soat::analysis::days_in_month(13, 2023) == 0);
}

TEST_CASE("invalid-date flags impossible and malformed dates", "[time][invalid-date]") {
    const auto doc = document_from_paragraphs({
        "Quyết định ngày 31/4/2023; hội nghị ngày 30/02/2024; kế hoạch ngày 29/02/2023.",
        "Chỉ thị số 29-CT/TU ngày 11/3//2024; Thông báo ngày 14/10/222; Nghị quyết ngày 09/6/20214.",
        "Hạn nộp ngày 32 tháng 1 năm 2024; luật ngày 29 tháng 02 năm 2023; khai mạc ngày 31/9; ngày 13/13/2023.",
    });
    const auto findings = lint_with(doc, {"invalid-date"});
    CHECK(flagged(doc, findings) == std::vector<std::string>{
                                        "0:31/4/2023", "0:30/02/2024", "0:29/02/2023", "1:11/3//2024", "1:14/10/222",
                                        "1:09/6/20214", "2:ngày 32 tháng 1 năm 2024", "2:ngày 29 tháng 02 năm 2023",
                                        "2:31/9", "2:13/13/2023"});
    REQUIRE(findings.size() == 10);
    CHECK(findings[0].message == "Ngày 31/4/2023 không tồn tại: tháng 4 chỉ có 30 ngày");
    CHECK(findings[3].message == "Ngày 11/3//2024 viết sai: thừa dấu “/”");
    CHECK(findings[4].message == "Ngày 14/10/222 viết sai: năm phải có 4 chữ số");
}

TEST_CASE("invalid-date reads a long date without 'ngày' when its year is written", "[time][invalid-date]") {
    const auto doc = document_from_paragraphs({
        "Cần Thơ, 19 tháng 13 năm 2025",
        "Sinh ngày: 31 tháng 4 năm 1997; cấp ngày: 30 tháng 2 năm 2020.",
        "Cần Thơ, 19 tháng 3 năm 2025; sinh ngày: 30 tháng 4 năm 1997.",
        "Sau 3 tháng 12 ngày thi công; trong 6 tháng 13 đơn vị đạt chuẩn; kéo dài 2,5 tháng 10 lần.",
        "Thời gian 45 tháng 11 năm; kế hoạch (1)31 tháng 4 năm 2024 là số mục.",
    });
    CHECK(flagged(doc, lint_with(doc, {"invalid-date"})) ==
          std::vector<std::string>{"0:19 tháng 13 năm 2025", "1:ngày: 31 tháng 4 năm 1997", "1:ngày: 30 tháng 2 năm 2020"});
}

TEST_CASE("invalid-date leaves ranks, scales, holidays, symbols and leap days alone", "[time][invalid-date]") {
    const auto doc = document_from_paragraphs({
        "Thực hiện 05/05 chương trình; 10/10 huyện; xếp thứ 7/63; tỷ lệ 1/500; chào mừng 30/4 và 01/5.",
        "Nghị quyết số 510/NQ-UBTVQH15; Nghị quyết số 06/2020/NQ-HĐND; Luật số 31/2024/QH15.",
        "Ngày 29/02/2024 và 29/02/2000; ngày 19 tháng 6 năm 2015; tỷ lệ 3/5/10 giữa các nhóm.",
        "Mật độ 31/12/2022/QĐ là ký hiệu; ước đến 30/9/2022 đạt 7.410 tỷ đồng.",
    });
    CHECK(lint_with(doc, {"invalid-date"}).empty());
}

TEST_CASE("invalid-date reads a US date (month first) in English text as valid", "[time][invalid-date]") {
    CHECK(lint_with(document_from_paragraphs({"Schemas in the open specification, version 17 (9/19/2017), were updated."}),
                    {"invalid-date"})
              .empty());
    // In Vietnamese text the day comes first: still flagged; and no month-first reading saves 2/30.
    CHECK(lint_with(document_from_paragraphs({"Quyết định ban hành ngày 9/19/2017 của Ủy ban nhân dân tỉnh."}), {"invalid-date"}).size() == 1);
    CHECK(lint_with(document_from_paragraphs({"The plan was signed on 30/2/2017 by the board of the company."}), {"invalid-date"}).size() == 1);
}

TEST_CASE("invalid-date says a Vietnamese date written month first is in the US order, with the day-first fix", "[time][invalid-date]") {
    for (const std::string date : {"9/21/2019", "12/13/2024", "02/29/2024", "3/31/2025"}) {
        const auto findings = lint_with(document_from_paragraphs({"Cập nhật lúc " + date + " theo số liệu của Sở."}), {"invalid-date"});
        REQUIRE(findings.size() == 1);
        REQUIRE(findings[0].fix);
        const std::size_t a = date.find_first_of("/-"), b = date.find_first_of("/-", a + 1);
        CHECK(findings[0].fix->replacement == date.substr(a + 1, b - a - 1) + date[a] + date.substr(0, a) + date.substr(b));
        CHECK(findings[0].message.find("kiểu Mỹ") != std::string::npos);
    }
    // Swapped, still no date (2/30, 2/29 of a common year) or no swap possible: the plain message, no fix.
    for (const std::string date : {"2/30/2023", "2/29/2023", "13/13/2023", "31/4/2023"}) {
        const auto findings = lint_with(document_from_paragraphs({"Cập nhật lúc " + date + " theo số liệu của Sở."}), {"invalid-date"});
        REQUIRE(findings.size() == 1);
        CHECK(!findings[0].fix);
        CHECK(findings[0].message.find("kiểu Mỹ") == std::string::npos);
    }
}

TEST_CASE("date-style reports the minority padding once per written form", "[time][date-style]") {
    const auto doc = document_from_paragraphs({
        "Chỉ thị ngày 11/6/2020, Kết luận ngày 18/5/2021, Nghị quyết ngày 25/7/2022, Đề án ngày 05/5/2021.",
        "Kết luận ngày 08/08/2021; Nghị quyết ngày 15/07/2021; nhắc lại Nghị quyết ngày 15/07/2021.",
        "Kế hoạch ngày 11/01/2024, ngày 16/02/2024 và Chỉ thị ngày 23/2/2024; Quyết định ngày 6/5/2024.",
    });
    const auto findings = lint_with(doc, {"date-style"});
    CHECK(flagged(doc, findings) ==
          std::vector<std::string>{"1:08/08/2021", "1:15/07/2021", "2:23/2/2024", "2:6/5/2024"});
    REQUIRE(findings.size() == 4);
    CHECK(findings[0].severity == soat::Severity::Info);
    CHECK(findings[0].fix->replacement == "08/8/2021");
    CHECK(findings[0].fix->safe);
    CHECK(findings[2].fix->replacement == "23/02/2024");
    CHECK(findings[3].fix->replacement == "06/5/2024");
}

TEST_CASE("date-style: the header date line pads day and months 1-2", "[time][date-style]") {
    const auto bad = document_from_paragraphs({"Bắc Giang, ngày 5 tháng 1 năm 2024", "KẾ HOẠCH"});
    const auto findings = lint_with(bad, {"date-style"});
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].fix->replacement == "ngày 05 tháng 01 năm 2024");
    const auto good = document_from_paragraphs({"Bắc Giang, ngày 05 tháng 01 năm 2024", "Hà Nội, ngày 15 tháng 3 năm 2024",
                                                "Một ngày lẻ 15/07/2021 không đủ để so sánh."});
    CHECK(lint_with(good, {"date-style"}).empty());
}
