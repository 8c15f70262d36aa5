// Traps of statistical releases: sentences whose figures look related but are not, written the
// way provincial releases state growth, contributions, structure and lists. Each trap stays
// silent, and its wrong twin, where one exists, is still found.
#include "support/docx_builder.hpp"
#include "support/lint_helpers.hpp"

#include <catch2/catch.hpp>

namespace {

std::vector<soat::Finding> run(const std::string& rule, const std::vector<std::string>& paragraphs) {
    return soat::test::lint_with(soat::test::document_from_paragraphs(paragraphs), {rule});
}

}  // namespace

TEST_CASE("a comparison closed by a comma names no prior value", "[numbers][rules]") {
    SECTION("contributions after 'so với cùng kỳ,' are no levels") {
        CHECK(run("percent-mismatch", {"Ngành chế biến tăng 12,4% so với cùng kỳ, đóng góp 3,2 điểm phần trăm vào mức tăng chung; trong đó: "
                                       "sản xuất đồ uống tăng 10,5% (đóng góp 2,1 điểm phần trăm), sản xuất giấy tăng 15,8%."})
                  .empty());
        CHECK(run("percent-mismatch", {"Trồng trọt tăng 3,4% so với năm trước, đóng góp 0,52 điểm phần trăm; chăn nuôi tăng 5,1%, đóng góp "
                                       "0,31 điểm phần trăm; dịch vụ nông nghiệp tăng 2,2%."})
                  .empty());
    }
    SECTION("items of a list after 'so với cùng kỳ, gồm' are siblings, not before and after") {
        CHECK(run("percent-mismatch", {"Nhiều sản phẩm công nghiệp tăng so với cùng kỳ, gồm xi măng ước đạt 42,5 nghìn tấn (tăng 8,2%); "
                                       "thép thanh 120,3 nghìn tấn (tăng 11,4%)."})
                  .empty());
    }
    SECTION("a prior value named as such is still read") {
        CHECK(run("percent-mismatch", {"Doanh thu dịch vụ đạt 2.400 tỷ đồng, tăng 20% so với cùng kỳ (cùng kỳ đạt 2.000 tỷ đồng)."}).empty());
        CHECK(run("percent-mismatch", {"Doanh thu dịch vụ đạt 2.400 tỷ đồng, tăng 25% so với cùng kỳ (cùng kỳ đạt 2.000 tỷ đồng)."}).size() == 1);
    }
}

TEST_CASE("a share of a named whole is taken of that whole, never of a sibling", "[numbers][rules]") {
    const std::string opening = "Số hợp tác xã thành lập mới là 840 hợp tác xã.";
    SECTION("the whole named by its qualifiers, one sentence earlier") {
        CHECK(run("percent-mismatch", {opening + " Hợp tác xã nông nghiệp có 610 hợp tác xã (chiếm 72,6%), trong đó lĩnh vực trồng trọt với 400 "
                                                 "hợp tác xã, chiếm 47,6% tổng số hợp tác xã thành lập mới."})
                  .empty());
        const auto f = run("percent-mismatch", {opening + " Hợp tác xã nông nghiệp có 610 hợp tác xã (chiếm 72,6%), trong đó lĩnh vực trồng "
                                                          "trọt với 400 hợp tác xã, chiếm 52,6% tổng số hợp tác xã thành lập mới."});
        REQUIRE(f.size() == 1);
        CHECK(f[0].message.find("840") != std::string::npos);
    }
    SECTION("siblings with shares of an unstated whole") {
        CHECK(run("percent-mismatch", {"Nhóm thứ nhất có 500 hộ, chiếm 50% tổng số hộ tham gia. Nhóm thứ hai có 300 hộ, chiếm 30% tổng số "
                                       "hộ tham gia."})
                  .empty());
    }
}

TEST_CASE("a count against a list of clauses", "[numbers][rules]") {
    SECTION("the first item capitalised after the colon, an item opening with an acronym") {
        CHECK(run("count-mismatch", {"Có 4 chỉ tiêu vượt kế hoạch, gồm: Thu ngân sách; GRDP bình quân đầu người; tỷ lệ che phủ rừng; số xã "
                                     "đạt chuẩn."})
                  .empty());
        CHECK(run("count-mismatch", {"Có 5 chỉ tiêu vượt kế hoạch, gồm: Thu ngân sách; GRDP bình quân đầu người; tỷ lệ che phủ rừng; số xã "
                                     "đạt chuẩn."})
                  .size() == 1);
    }
    SECTION("an item joined by 'và' may be two") {
        const std::string list = " nhiệm vụ trọng tâm, gồm: cải cách hành chính; chuyển đổi số; xây dựng hạ tầng và phát triển nguồn nhân lực.";
        CHECK(run("count-mismatch", {"Có 3" + list}).empty());
        CHECK(run("count-mismatch", {"Có 4" + list}).empty());
        CHECK(run("count-mismatch", {"Có 6" + list}).size() == 1);
    }
    SECTION("a number ending a name counts nothing") {
        CHECK(run("count-mismatch", {"Triển khai Tiểu dự án 2: “Hỗ trợ phát triển sản xuất”; Tiểu dự án 3: “Đa dạng hóa sinh kế”; và Kế "
                                     "hoạch số 15/KH-UBND."})
                  .empty());
    }
}

TEST_CASE("contributions to growth", "[numbers][rules]") {
    SECTION("a sector's own rate is no headline") {
        CHECK(run("sum-mismatch", {"Ngành chế biến là động lực tăng trưởng của nền kinh tế với tốc độ tăng 9,1%, đóng góp 1,9 điểm phần "
                                   "trăm; ngành điện tăng 7,2%, đóng góp 0,3 điểm phần trăm."})
                  .empty());
    }
    const std::string headline = "GRDP ước tăng 8,40% so với cùng kỳ. Trong đó, khu vực nông nghiệp đóng góp 0,61 điểm phần trăm; khu vực "
                                 "công nghiệp - xây dựng đóng góp 4,92 điểm phần trăm; khu vực dịch vụ đóng góp ";
    SECTION("a small remainder left for taxes on products passes") {
        CHECK(run("sum-mismatch", {headline + "2,75 điểm phần trăm."}).empty());
    }
    SECTION("a larger shortfall is a warning naming the gap") {
        const auto f = run("sum-mismatch", {headline + "2,27 điểm phần trăm."});
        REQUIRE(f.size() == 1);
        CHECK(f[0].severity == soat::Severity::Warning);
        CHECK(f[0].message.find("0,60") != std::string::npos);
    }
    SECTION("a sum above the headline is an error") {
        const auto f = run("sum-mismatch", {headline + "3,37 điểm phần trăm."});
        REQUIRE(f.size() == 1);
        CHECK(f[0].severity == soat::Severity::Error);
    }
}

TEST_CASE("a Roman quarter joined to its year is no abbreviation", "[numbers][rules]") {
    CHECK(run("abbreviation-undefined", {"Tổng sản phẩm quý III-2024 ước tăng 6,1%; quý IV/2024 ước tăng 6,8%."}).empty());
}
