// The generic kinds, through small rule files loaded from a temporary pack directory.
#include "support/lint_helpers.hpp"

#include <soat/engine.hpp>
#include <soat/utf8.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

namespace fs = std::filesystem;
using namespace soat;

namespace {

// A pack directory holding one rule `id` of `kind` with the given params YAML.
struct TempPack {
    fs::path dir;
    explicit TempPack(const std::string& id, const std::string& kind, const std::string& params,
                      const std::string& messages = "  default: {vi: \"sai {match}\", en: \"wrong {match}\"}\n") {
        std::random_device rd;
        dir = fs::temp_directory_path() / ("soat-pack-" + std::to_string(rd()));
        fs::create_directories(dir / "test");
        std::ofstream(dir / "test" / (id + ".yml"))
            << "id: " << id << "\npack: test\nkind: " << kind << "\nseverity: warning\n"
            << "summary: {vi: tóm tắt, en: summary}\nmessages:\n" << messages << "params:\n" << params;
    }
    ~TempPack() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

Result<std::vector<engine::Rule>> load(const TempPack& pack) { return engine::load_rules({pack.dir.string()}); }

std::vector<Finding> run(const TempPack& pack, const std::string& id, const model::Document& doc,
                         const config::Config& config = {}) {
    auto rules = load(pack);
    if (!rules) FAIL(rules.error().message);
    std::vector<engine::Rule> chosen;
    for (auto& r : *rules) {
        if (r.spec.id == id) chosen.push_back(std::move(r));
    }
    REQUIRE(chosen.size() == 1);
    return engine::lint(doc, chosen, config);
}

std::string flagged(const model::Document& doc, const Finding& f) {
    return std::string(utf8::slice(doc.paragraphs[f.range->paragraph].text, f.range->begin, f.range->end));
}

}  // namespace

TEST_CASE("existence: words at Vietnamese word boundaries", "[engine][kinds]") {
    TempPack pack("no-todo", "existence", "  words: [TODO, xxx, đồng]\n");
    auto doc = test::document_from_paragraphs({"Số liệu TODO cần bổ sung; xxxy không phải.", "tỷđồng và đồngbộ và đồng"});
    auto f = run(pack, "no-todo", doc);
    REQUIRE(f.size() == 2);
    CHECK(flagged(doc, f[0]) == "TODO");
    CHECK(f[0].message == "sai TODO");
    CHECK(f[1].range->paragraph == 1);
    CHECK(flagged(doc, f[1]) == "đồng");
    CHECK(f[1].range->begin == 20);  // the last one: "tỷđồng" and "đồngbộ" are one word each
}

TEST_CASE("existence: patterns, named groups as args, the `at` group, case", "[engine][kinds]") {
    TempPack pack("quarter", "existence",
                  "  patterns: ['quý (?P<at>(?P<value>V|VI|VII|VIII))']\n  case_sensitive: false\n",
                  "  default: {vi: \"Quý {value} không tồn tại\", en: \"Quarter {value} does not exist\"}\n");
    auto doc = test::document_from_paragraphs({"Trong Quý VI năm 2022 và quý V.", "quý IV năm 2022"});
    auto f = run(pack, "quarter", doc);
    REQUIRE(f.size() == 2);
    CHECK(flagged(doc, f[0]) == "VI");
    CHECK(f[0].message == "Quý VI không tồn tại");
    CHECK(flagged(doc, f[1]) == "V");
    config::Config en;
    en.lang = Lang::En;
    CHECK(run(pack, "quarter", doc, en)[0].message == "Quarter VI does not exist");
}

TEST_CASE("existence: exceptions and boundary off", "[engine][kinds]") {
    TempPack pack("space-comma", "existence", "  patterns: [' +,']\n  boundary: false\n  exceptions: ['  ,']\n");
    auto doc = test::document_from_paragraphs({"Tỉnh , huyện  , xã,"});
    auto f = run(pack, "space-comma", doc);
    REQUIRE(f.size() == 1);
    CHECK(f[0].range->begin == 4);
}

TEST_CASE("existence: a bad pattern names the rule file and the RE2 error", "[engine][kinds]") {
    TempPack pack("broken", "existence", "  patterns: ['(unclosed']\n");
    auto rules = load(pack);
    REQUIRE(!rules.ok());
    CHECK(rules.error().code == "E203");
    CHECK_THAT(rules.error().message, Catch::Contains("broken.yml") && Catch::Contains("missing )"));
    TempPack unknown("odd", "existence", "  words: [a]\n  wrods: [b]\n");
    auto u = load(unknown);
    REQUIRE(!u.ok());
    CHECK_THAT(u.error().message, Catch::Contains("wrods"));
    TempPack nothing("empty", "existence", "  case_sensitive: true\n");
    CHECK(!load(nothing).ok());
}

TEST_CASE("substitution: fix keeps case, safe only inside one run", "[engine][kinds]") {
    TempPack pack("confusable", "substitution",
                  "  swap: {phân đấu: phấn đấu, đơn đốc: đôn đốc}\n  case_sensitive: false\n",
                  "  default: {vi: \"“{wrong}” → “{right}”\", en: \"“{wrong}” → “{right}”\"}\n");
    auto doc = test::document_from_paragraphs({"Phân đấu hoàn thành, đơn đốc các xã.", "Cần đơn đốc."});
    // Second paragraph: two runs meeting inside "đơn đốc".
    auto& p = doc.paragraphs[1];
    p.spans.clear();
    p.spans.push_back(model::Span{0, 6, model::Span::Kind::Text, 1, 0});
    p.spans.push_back(model::Span{6, 6, model::Span::Kind::Text, 2, 0});
    auto f = run(pack, "confusable", doc);
    REQUIRE(f.size() == 3);
    CHECK(f[0].fix->replacement == "Phấn đấu");
    CHECK(f[0].fix->safe);
    CHECK(f[0].message == "“Phân đấu” → “Phấn đấu”");
    CHECK(f[1].fix->replacement == "đôn đốc");
    CHECK(f[1].fix->safe);
    CHECK(flagged(doc, f[2]) == "đơn đốc");
    CHECK_FALSE(f[2].fix->safe);
}

TEST_CASE("substitution: config confusables are added when the rule asks", "[engine][kinds]") {
    TempPack pack("confusable", "substitution", "  swap: {kiểm chế: kiềm chế}\n  config_confusables: true\n",
                  "  default: {vi: \"{wrong} → {right}\", en: \"{wrong} → {right}\"}\n");
    auto doc = test::document_from_paragraphs({"kiểm chế lạm phát, tiến dân định kỳ"});
    CHECK(run(pack, "confusable", doc).size() == 1);
    config::Config c;
    c.confusables["tiến dân"] = "tiếp dân";
    auto f = run(pack, "confusable", doc, c);
    REQUIRE(f.size() == 2);
    CHECK(f[1].fix->replacement == "tiếp dân");
}

TEST_CASE("consistency: the minority form is reported, the majority suggested", "[engine][kinds]") {
    TempPack pack("tone", "consistency", "  groups: [[hòa, hoà], [thủy, thuỷ]]\n  case_sensitive: false\n",
                  "  default: {vi: \"“{found}” / “{expected}”\", en: \"“{found}” / “{expected}”\"}\n");
    auto doc = test::document_from_paragraphs(
        {"Xã Hòa Bình, xã Hoà Phú và xã Hòa Lạc.", "Công trình thủy lợi."});
    auto f = run(pack, "tone", doc);
    REQUIRE(f.size() == 1);
    CHECK(flagged(doc, f[0]) == "Hoà");
    CHECK(f[0].fix->replacement == "Hòa");
    CHECK(f[0].message == "“Hoà” / “Hòa”");
    REQUIRE(f[0].related.size() == 1);
    CHECK(f[0].related[0].range->begin == 3);
    // One form only: silent.
    CHECK(run(pack, "tone", test::document_from_paragraphs({"hoà bình, hoà hợp"})).empty());
    // A tie: the form seen first wins.
    auto tie = run(pack, "tone", test::document_from_paragraphs({"thuỷ sản", "thủy lợi"}));
    REQUIRE(tie.size() == 1);
    CHECK(tie[0].range->paragraph == 1);
}

TEST_CASE("repetition: repeated tokens, case-insensitive, spaces only", "[engine][kinds]") {
    TempPack pack("repeat", "repetition", "  ignore: [nhiều]\n",
                  "  default: {vi: \"Lặp từ “{word}”\", en: \"Repeated “{word}”\"}\n");
    auto doc = test::document_from_paragraphs(
        {"Khắc phục khắc phục các các tồn tại", "nhiều nhiều; 10 10 xã; lợi, lợi ích", "các các các"});
    auto f = run(pack, "repeat", doc);
    REQUIRE(f.size() == 2);
    CHECK(f[0].message == "Lặp từ “các”");
    CHECK(flagged(doc, f[0]) == "các các");
    CHECK(f[0].fix->replacement == "các");
    CHECK(f[0].fix->safe);
    CHECK(f[1].range->paragraph == 2);
    CHECK(flagged(doc, f[1]) == "các các các");
    TempPack only("repeat-only", "repetition", "  tokens: [và]\n  numbers: true\n",
                  "  default: {vi: \"Lặp từ “{word}”\", en: \"Repeated “{word}”\"}\n");
    auto g = run(only, "repeat-only", test::document_from_paragraphs({"các các và và 10 10"}));
    REQUIRE(g.size() == 1);
    CHECK(g[0].message == "Lặp từ “và”");
}

TEST_CASE("conditional: a term needs a definition earlier", "[engine][kinds]") {
    TempPack pack("abbr", "conditional",
                  "  first: '(?P<term>[A-ZĐ]{2,})'\n  second: '\\((?P<term>[A-ZĐ]{2,})\\)'\n"
                  "  exceptions: [UBND]\n  config_abbreviations: true\n",
                  "  default: {vi: \"“{term}” chưa được định nghĩa\", en: \"“{term}” is not defined\"}\n");
    auto doc = test::document_from_paragraphs({
        "Khu công nghiệp (KCN) Quang Châu; UBND tỉnh chỉ đạo.",
        "Các KCN và CCN đã hoạt động; CCN mở rộng; HTX phát triển.",
        "Cụm công nghiệp (CCN) được quy hoạch.",
    });
    auto f = run(pack, "abbr", doc);
    REQUIRE(f.size() == 2);
    CHECK(flagged(doc, f[0]) == "CCN");
    CHECK(f[0].range->paragraph == 1);
    CHECK(f[0].message == "“CCN” chưa được định nghĩa");
    CHECK(flagged(doc, f[1]) == "HTX");
    config::Config c;
    c.abbreviations.insert("HTX");
    CHECK(run(pack, "abbr", doc, c).size() == 1);
}

TEST_CASE("a rule file's kinds: limit it to those document kinds — kind: in the config forces the kind",
          "[engine][kinds]") {
    TempPack pack("party-only", "existence", "  words: [TODO]\nkinds: [party]\n");
    // An administrative report: number and symbol, type line.
    auto doc = test::document_from_paragraphs({"ỦY BAN NHÂN DÂN TỈNH BÌNH LÂM", "Số: 12/BC-UBND", "BÁO CÁO",
                                                "Kết quả công tác tháng 5", "Số liệu TODO cần bổ sung."});
    REQUIRE(engine::document_kind(doc, {}) == "administrative");
    CHECK(run(pack, "party-only", doc).empty());
    config::Config party;
    party.kind = "party";
    CHECK(engine::document_kind(doc, party) == "party");
    CHECK(run(pack, "party-only", doc, party).size() == 1);
}

TEST_CASE("kinds: names only known document kinds", "[engine][kinds]") {
    TempPack pack("bad-kinds", "existence", "  words: [TODO]\nkinds: [memo]\n");
    auto rules = load(pack);
    REQUIRE(!rules);
    CHECK(rules.error().code == "E203");
    CHECK_THAT(rules.error().message, Catch::Contains("memo"));
}

TEST_CASE("kinds: a param of the wrong type is the pack's error, not a crash", "[engine][kinds]") {
    TempPack pack("paper", "page-setup", "  width: abc\n  height: 297\n  margins: {top: [20, 25]}\n");
    auto rules = load(pack);
    REQUIRE(!rules);
    CHECK(rules.error().code == "E203");
    CHECK_THAT(rules.error().message, Catch::Contains("paper.yml"));
}
