// Reading Vietnamese figures: separators, scale words, units, hedges, and the digits that are
// not quantities at all.
#include "analysis/numbers.hpp"
#include "analysis/quantities.hpp"
#include "support/lint_helpers.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using soat::analysis::Hedge;
using soat::analysis::Interval;
using soat::analysis::Numeral;
using soat::analysis::Role;

TEST_CASE("numerals in Vietnamese notation", "[numbers][reading]") {
    struct Row {
        const char* text;
        double value;
        int decimals;
        Numeral::Style style;
        bool comma_three;
    };
    const Row rows[] = {
        {"307.240", 307240, 0, Numeral::Style::Vietnamese, false},
        {"23,9", 23.9, 1, Numeral::Style::Vietnamese, false},
        {"18.525,5", 18525.5, 1, Numeral::Style::Vietnamese, false},
        {"1.234", 1234, 0, Numeral::Style::Vietnamese, false},
        {"1.365.945", 1365945, 0, Numeral::Style::Vietnamese, false},
        {"7.735,784", 7735.784, 3, Numeral::Style::Vietnamese, false},
        {"47,774", 47.774, 3, Numeral::Style::Vietnamese, true},  // ambiguous with English 47774
        {"0,25", 0.25, 2, Numeral::Style::Vietnamese, false},
        {"3359", 3359, 0, Numeral::Style::Plain, false},
        {"09", 9, 0, Numeral::Style::Plain, false},
        {"2.7", 2.7, 1, Numeral::Style::EnglishDecimal, false},
        {"1.123.9", 1123.9, 1, Numeral::Style::EnglishDecimal, false},
        {"4.0", 4.0, 1, Numeral::Style::EnglishDecimal, false},
        {"1,234,567", 1234567, 0, Numeral::Style::EnglishGrouped, false},
        {"1,234.5", 1234.5, 1, Numeral::Style::EnglishGrouped, false},
    };
    for (const Row& r : rows) {
        INFO(r.text);
        auto n = soat::analysis::parse_numeral(r.text);
        REQUIRE(n);
        CHECK(n->value == Approx(r.value));
        CHECK(n->decimals == r.decimals);
        CHECK(n->style == r.style);
        CHECK(n->comma_three == r.comma_three);
    }
    CHECK(soat::analysis::parse_numeral("47,774")->alt_value == Approx(47774));
    CHECK(soat::analysis::parse_numeral("09")->zero_padded);
    // A decimal comma after an integer part left ungrouped.
    CHECK(soat::analysis::parse_numeral("25418,6")->value == Approx(25418.6));
    CHECK(soat::analysis::parse_numeral("25418,6")->style == soat::analysis::Numeral::Style::Vietnamese);
    CHECK(soat::analysis::parse_numeral("3007,125")->decimals == 3);
    CHECK_FALSE(soat::analysis::parse_numeral("3007,125")->comma_three);
    CHECK_FALSE(soat::analysis::parse_numeral("1,,2"));
    CHECK_FALSE(soat::analysis::parse_numeral("12a"));
    CHECK_FALSE(soat::analysis::parse_numeral("1.23,4.5"));
}

TEST_CASE("printing values in Vietnamese notation", "[numbers][reading]") {
    CHECK(soat::analysis::format_vn(9665.919, 3) == "9.665,919");
    CHECK(soat::analysis::format_vn(1234567, 0) == "1.234.567");
    CHECK(soat::analysis::format_vn(17.24, 1) == "17,2");
    CHECK(soat::analysis::format_vn(-0.52, 2) == "-0,52");
    CHECK(soat::analysis::format_vn_auto(123) == "123");
    CHECK(soat::analysis::format_vn_auto(22.3166) == "22,32");
}

namespace {

const soat::analysis::Quantity& first_quantity(const std::vector<soat::analysis::Quantity>& qs) {
    for (const auto& q : qs) {
        if (q.role == Role::Quantity) return q;
    }
    FAIL("no quantity");
    return qs.front();
}

}  // namespace

TEST_CASE("figures with scale words, units and hedges", "[numbers][reading]") {
    struct Row {
        const char* text;
        double value;   // scaled
        const char* unit;
        const char* noun;
        Hedge hedge;
        double lo, hi;  // the interval it stands for
    };
    const double inf = std::numeric_limits<double>::infinity();
    const Row rows[] = {
        {"đạt 307.240 tỷ đồng", 307240e9, "đồng", "", Hedge::None, 307239.5e9, 307240.5e9},
        {"chiếm 23,9%", 23.9, "%", "", Hedge::None, 23.85, 23.95},
        {"quy mô 213,3 nghìn tỷ đồng", 213.3e12, "đồng", "", Hedge::None, 213.25e12, 213.35e12},
        {"tổng thu trên 12.160 tỷ đồng", 12160e9, "đồng", "", Hedge::Above, 12159.5e9, inf},
        {"gần 34,8 nghìn người", 34.8e3, "", "người", Hedge::Below, 0, 34.85e3},
        {"khoảng 803 tấn/ngày", 803, "tấn/ngày", "", Hedge::Approx, 802.5, 803.5},
        {"ước đạt 60 tỷ USD", 60e9, "USD", "", Hedge::Estimate, 59.5e9, 60.5e9},
        {"xảy ra 168 vụ tai nạn", 168, "", "vụ", Hedge::None, 168, 168},
        {"giải quyết 09 hồ sơ", 9, "", "hồ sơ", Hedge::None, 9, 9},
        {"2.189 triệu kW/h", 2189e6, "kWh", "", Hedge::None, 2188.5e6, 2189.5e6},
        {"10,39 triệu m³", 10.39e6, "m³", "", Hedge::None, 10.385e6, 10.395e6},
        {"trữ lượng 5,01m3", 5.01, "m³", "", Hedge::None, 5.005, 5.015},
        {"1,2 vạn lượt khách", 1.2e4, "", "lượt khách", Hedge::None, 1.15e4, 1.25e4},
        {"bình quân 56.200 đồng/kg", 56200, "đồng/kg", "", Hedge::None, 56199.5, 56200.5},
        {"đạt 4,5‰", 4.5, "‰", "", Hedge::None, 4.45, 4.55},
        {"dài 12,5 km", 12.5, "km", "", Hedge::None, 12.45, 12.55},
        {"105,3ha lúa", 105.3, "ha", "", Hedge::None, 105.25, 105.35},
        {"1.058 triệu người", 1058e6, "", "người", Hedge::None, 1057.5e6, 1058.5e6},
        {"cho 27.519 lao động", 27519, "", "lao động", Hedge::None, 27519, 27519},
    };
    for (const Row& r : rows) {
        INFO(r.text);
        const auto qs = soat::analysis::read_quantities(r.text);
        const auto& q = first_quantity(qs);
        CHECK(q.value() == Approx(r.value));
        CHECK(q.unit == r.unit);
        CHECK(q.noun == r.noun);
        CHECK(q.hedge == r.hedge);
        CHECK(q.interval.lo == Approx(r.lo));
        if (std::isinf(r.hi)) {
            CHECK(std::isinf(q.interval.hi));
        } else {
            CHECK(q.interval.hi == Approx(r.hi));
        }
    }
    SECTION("khoảng widens by the configured tolerance") {
        const auto qs = soat::analysis::read_quantities("khoảng 100 tấn");
        const auto& q = first_quantity(qs);
        const Interval iv = soat::analysis::interval_of(q, 0.02);
        CHECK(iv.lo == Approx(97.5));
        CHECK(iv.hi == Approx(102.5));
    }
    SECTION("a glued unit is marked, a per-unit denominator is not") {
        CHECK(first_quantity(soat::analysis::read_quantities("đạt 47.500ha")).glued);
        CHECK_FALSE(first_quantity(soat::analysis::read_quantities("GTSX/1ha canh tác")).glued);
    }
    SECTION("a minus sign is read") {
        const auto qs = soat::analysis::read_quantities("giảm 35 vụ (-17,2%)");
        CHECK(qs.back().negative);
        CHECK(qs.back().value() == Approx(17.2));
    }
}

TEST_CASE("digits that are not quantities", "[numbers][reading]") {
    struct Row {
        const char* text;
        const char* digits;  // the numeral to look at
        Role role;
    };
    const Row rows[] = {
        {"năm 2023 tăng trưởng", "2023", Role::Year},
        {"giai đoạn 2021-2025", "2021", Role::Year},
        {"Nghị quyết số 233-NQ/TU", "233", Role::Code},
        {"Kế hoạch số 05/KH-UBND", "05", Role::Code},
        {"Nghị quyết số 06/2020/NQ-HĐND", "06", Role::Code},
        {"ngày 25/7/2022", "25", Role::Date},
        {"tuyến QL31 và QL.37", "31", Role::Code},
        {"nâng cấp ĐT 291 đoạn qua huyện", "291", Role::Code},
        {"đường ĐT.295 mới", "295", Role::Code},
        {"công nghệ 4.0 trong sản xuất", "4.0", Role::Version},
        {"dịch COVID-19 được kiểm soát", "19", Role::Name},
        {"đăng cai SEA Games 31 thành công", "31", Role::Name},
        {"đứng thứ 7/63 tỉnh", "7", Role::Rank},
        {"dịch vụ công mức độ 3,4 trên tổng số", "3,4", Role::Level},
        {"1.2.1. Tăng trưởng kinh tế", "1.2.1", Role::Label},
        {"gồm: (1) Nhà làm việc; (2) Trụ sở", "1", Role::Label},
        {"_Hlk107906890 ghi chú", "107906890", Role::Code},
        {"Có 6/10 huyện thu vượt", "6", Role::Fraction},
        {"tỷ lệ 3,8-4,3% năm", "3,8", Role::Range},
        {"5 Nhiều mô hình cho hiệu quả", "5", Role::Label},
        {"xếp thứ 11 toàn quốc", "11", Role::Rank},
    };
    for (const Row& r : rows) {
        INFO(r.text);
        const auto qs = soat::analysis::read_quantities(r.text);
        const std::string_view text(r.text);
        bool seen = false;
        for (const auto& q : qs) {
            if (text.substr(q.byte_begin, std::string_view(r.digits).size()) == r.digits) {
                CHECK(q.role == r.role);
                seen = true;
                break;
            }
        }
        CHECK(seen);
    }
    SECTION("a fraction keeps its denominator and its noun") {
        const auto qs = soat::analysis::read_quantities("hoàn thành 17/18 chỉ tiêu");
        REQUIRE(qs.size() == 1);
        CHECK(qs[0].fraction_denominator == 18);
        CHECK(qs[0].noun == "chỉ tiêu");
    }
}

TEST_CASE("interval arithmetic", "[numbers][reading]") {
    const Interval a = Interval::printed(33, 0), b = Interval::printed(100, 0);
    CHECK((a + a + a).meets(b));  // 33 + 33 + 33 against 100 is consistent
    CHECK_FALSE((Interval::printed(50, 0) + Interval::printed(60, 0)).meets(Interval::printed(120, 0)));
    const Interval ratio = Interval::point(35) / Interval::point(203) * 100.0;
    CHECK(ratio.meets(Interval::printed(17.2, 1)));
    CHECK_FALSE(ratio.meets(Interval::printed(17.5, 1)));
    const Interval diff = Interval::printed(10, 0) - Interval::printed(4, 0);
    CHECK(diff.lo == Approx(5));
    CHECK(diff.hi == Approx(7));
}

TEST_CASE("lower case keeps every byte offset", "[numbers][reading]") {
    const std::string text = "\u212A\u212A Tỷ Lệ ẞ İ \xef\xac\x81 ĐỒNG \xff";
    const std::string l = soat::analysis::lower(text);
    REQUIRE(l.size() == text.size());
    CHECK(l.find("tỷ lệ") == text.find("Tỷ Lệ"));
    CHECK(l.find("đồng") == text.find("ĐỒNG"));
}

TEST_CASE("relations are read at the right place after letters whose case changes length", "[numbers][reading]") {
    const std::string kelvin = std::string(40, ' ') + "\u212A\u212A\u212A\u212A\u212A\u212A\u212A\u212A";
    const auto doc = soat::test::document_from_paragraphs(
        {"Nhiệt độ" + kelvin + "; năm 2025 tỷ lệ lao động qua đào tạo đạt 80%; cơ cấu lao động: công nghiệp chiếm 50%, dịch vụ chiếm 30%, nông nghiệp chiếm 25%."});
    const auto f = soat::test::lint_with(doc, {"share-sum", "inconsistent-figure"});
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == "share-sum");
}
