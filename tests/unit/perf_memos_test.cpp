// The shortcuts of performance session 10 keep their promises: a memoised decomposition stays
// valid while the memo is renewed, and each built-in blank-field pattern's `requires` names bytes
// every match holds (a wrong list would hide findings).
#include "analysis/syllable.hpp"

#include <soat/engine.hpp>

#include <catch2/catch.hpp>
#include <re2/re2.h>

#include <string>
#include <vector>

namespace an = soat::analysis;

TEST_CASE("decompose: an answer stays valid while 100 000 more words are read", "[perf]") {
    const auto& held = an::decompose("Nghiệp");
    REQUIRE(held);
    const an::Letters copy = *held;
    const auto& other = an::decompose("Trường");  // a second answer held at once
    REQUIRE(other);
    const an::Letters other_copy = *other;
    for (int i = 0; i < 100000; ++i) (void)an::decompose("zz" + std::to_string(i));
    CHECK(held->base == copy.base);
    CHECK(held->upper == copy.upper);
    CHECK(held->tone == copy.tone);
    CHECK(other->base == other_copy.base);
    CHECK(other->tone == other_copy.tone);
    // and a fresh reading answers the same
    CHECK(an::decompose("Nghiệp")->base == copy.base);
}

TEST_CASE("blank-field: every match of a built-in pattern holds one of its requires", "[perf]") {
    auto rules = soat::engine::load_rules();
    REQUIRE(rules.ok());
    const soat::engine::RuleSpec* spec = nullptr;
    for (const auto& r : *rules) {
        if (r.spec.id == "blank-field") spec = &r.spec;
    }
    REQUIRE(spec != nullptr);
    const std::vector<std::string> texts = {
        "Số: /KH-UBND; Bắc Giang, ngày tháng 7 năm 2024",
        "Số:    …/QĐ-UBND",
        "Số: ..../BC-SKHĐT",
        "ngày … tháng … năm 20…",
        "Bắc Ninh, ngày 15 tháng ... năm 2024",
        "ngày  tháng  năm 2024",
        "theo Quyết định số …/QĐ-UBND ngày …/…/2024",
        "theo Quyết định SỐ ___/QĐ-UBND",
        "…/…/2024 và ../05/2023",
        "xxx TODO XXX (xxxx) [TODO]",
        "[ … ] và [...] và []",
        "…………",
        "  ...... ….",
        "Họ và tên: ……………",
        "Địa chỉ:    ______",
        "Ghi chú: .... ",
        "Nội dung ngắn.",
    };
    int patterns = 0, matches = 0;
    for (const auto& item : spec->params["patterns"]) {
        std::vector<std::string> requires_any;
        if (const auto r = item["requires"]; r && r.IsSequence()) {
            for (const auto& x : r) requires_any.push_back(x.as<std::string>());
        }
        const std::string source = item["pattern"].as<std::string>();
        INFO(source);
        CHECK_FALSE(requires_any.empty());  // every built-in pattern names its bytes
        ++patterns;
        const RE2 re(source);
        REQUIRE(re.ok());
        for (const auto& text : texts) {
            re2::StringPiece input(text), m;
            while (RE2::FindAndConsume(&input, "(" + source + ")", &m)) {
                if (m.empty()) break;
                ++matches;
                bool holds = false;
                for (const auto& r : requires_any) holds = holds || std::string(m.data(), m.size()).find(r) != std::string::npos;
                INFO(text << " -> " << std::string(m.data(), m.size()));
                CHECK(holds);
            }
        }
    }
    CHECK(patterns == 9);
    CHECK(matches > 10);
}
