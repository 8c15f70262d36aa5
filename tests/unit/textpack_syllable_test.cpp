#include "analysis/syllable.hpp"
#include "analysis/tokens.hpp"

#include <catch2/catch.hpp>

using namespace soat::analysis;

TEST_CASE("valid Vietnamese syllables parse", "[text][syllable]") {
    for (const char* w : {"nghiêng", "khuya", "quyết", "giữ", "gì", "người", "thuở", "oanh", "xoong", "gìn",
                          "Ủy", "uỷ", "hóa", "hoá", "quý", "quỹ", "thuỷ", "nghề", "ghế", "kỹ", "kinh", "yên",
                          "tiếng", "khuyến", "ngoài", "chuyển", "phấn", "đấu", "Nếnh", "ĐỒNG", "tỷ", "giêng",
                          "quốc", "quỳnh", "huých", "sách", "mạch", "ếch", "ước", "hươu", "khoẻ", "loằng"}) {
        INFO(w);
        CHECK(is_valid_syllable(w));
    }
}

TEST_CASE("invalid Vietnamese syllables are rejected", "[text][syllable]") {
    for (const char* w : {"nghành", "ngiên", "gias", "thei", "tỷđồng", "ghà", "kăn", "cên", "quu", "tap",
                          "sáchs", "anhh", "Luxshare", "logistics", "wifi", "iên", "coa", "hoàngg",
                          "ngy", "thàt", "hễ"}) {
        INFO(w);
        CHECK_FALSE(is_valid_syllable(w));
    }
}

TEST_CASE("canonical form ignores tone position and case", "[text][syllable]") {
    CHECK(canonical("hòa") == canonical("hoà"));
    CHECK(canonical("Hoà") == canonical("hòa"));
    CHECK(canonical("thủy") == canonical("thuỷ"));
    CHECK(canonical("ỦY") == canonical("uỷ"));
    CHECK(canonical("quý") != canonical("quỹ"));
    CHECK(canonical("hóa") != canonical("hòa"));
    CHECK(canonical("Luxshare") == "luxshare");
}

TEST_CASE("tone style of oa/oe/uy words", "[text][syllable]") {
    CHECK(tone_style_of("hóa") == ToneStyle::Old);
    CHECK(tone_style_of("hoá") == ToneStyle::New);
    CHECK(tone_style_of("Ủy") == ToneStyle::Old);
    CHECK(tone_style_of("Uỷ") == ToneStyle::New);
    CHECK(tone_style_of("khỏe") == ToneStyle::Old);
    CHECK_FALSE(tone_style_of("quý").has_value());
    CHECK_FALSE(tone_style_of("quỹ").has_value());
    CHECK_FALSE(tone_style_of("hoàn").has_value());
    CHECK_FALSE(tone_style_of("hoa").has_value());
    CHECK_FALSE(tone_style_of("khuya").has_value());
    CHECK(with_tone_style("Hoá", ToneStyle::Old) == "Hóa");
    CHECK(with_tone_style("thủy", ToneStyle::New) == "thuỷ");
    CHECK(with_tone_style("ỦY", ToneStyle::New) == "UỶ");
}

TEST_CASE("tokenizer splits words, numbers, mixed runs and punctuation", "[text][tokens]") {
    auto t = tokenize("Tăng 23,9% (QL18) tỷđồng");
    REQUIRE(t.size() == 9);
    CHECK(t[0].text == "Tăng");
    CHECK(t[0].kind == Token::Kind::Word);
    CHECK(t[1].kind == Token::Kind::Number);
    CHECK(t[1].begin == 5);
    CHECK(t[2].text == ",");
    CHECK(t[6].text == "QL18");
    CHECK(t[6].kind == Token::Kind::Mixed);
    CHECK(t[8].text == "tỷđồng");
    CHECK(t[8].begin == 18);
    CHECK(t[8].end == 24);
}
