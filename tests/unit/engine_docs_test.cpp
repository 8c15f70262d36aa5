// The committed docs/rules/ must match the rules; SOAT_UPDATE_DOCS=1 regenerates them.
#include "support/rule_docs.hpp"

#include <soat/engine.hpp>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace soat;

TEST_CASE("docs/rules is generated from the current rules", "[engine][docs]") {
    const auto docs = test::generated_rule_docs();
    REQUIRE(!docs.empty());
    const fs::path root = fs::path(SOAT_SOURCE_DIR) / "docs" / "rules";
    const char* kRegenerate = "regenerate with: SOAT_UPDATE_DOCS=1 build/tests/soat_tests \"[docs]\"";
    if (std::getenv("SOAT_UPDATE_DOCS") != nullptr) {
        std::error_code ec;
        fs::remove_all(root, ec);
        for (const auto& [rel, text] : docs) {
            fs::create_directories((root / rel).parent_path());
            std::ofstream(root / rel, std::ios::binary) << text;
        }
        WARN("rewrote " << docs.size() << " files under " << root);
    }
    for (const auto& [rel, text] : docs) {
        std::ifstream in(root / rel, std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        INFO("docs/rules/" << rel << " is missing or stale; " << kRegenerate);
        CHECK(buffer.str() == text);
    }
    std::error_code ec;
    if (fs::is_directory(root, ec)) {
        for (const auto& entry : fs::recursive_directory_iterator(root)) {
            if (!entry.is_regular_file()) continue;
            const std::string rel = fs::relative(entry.path(), root).generic_string();
            INFO("docs/rules/" << rel << " belongs to no rule; " << kRegenerate);
            CHECK(docs.count(rel) == 1);
        }
    }
}

TEST_CASE("rules table and explain pages carry the metadata", "[engine][docs]") {
    auto rules = engine::load_rules();
    REQUIRE(rules.ok());
    std::vector<engine::RuleSpec> specs;
    const engine::RuleSpec* tracked = nullptr;
    for (const auto& r : *rules) specs.push_back(r.spec);
    for (const auto& s : specs) {
        if (s.id == "tracked-changes") tracked = &s;
    }
    REQUIRE(tracked != nullptr);
    const auto table = engine::rules_table(specs, Lang::En);
    CHECK_THAT(table, Catch::Contains("tracked-changes") && Catch::Contains("warning/error") &&
                          Catch::Contains(tracked->summary.en));
    CHECK_THAT(engine::rules_table(specs, Lang::Vi), Catch::Contains(tracked->summary.vi));
    const auto vi = engine::explain_rule(*tracked, Lang::Vi);
    CHECK_THAT(vi, Catch::Contains("Quy tắc làm gì") && Catch::Contains(tracked->doc.what) &&
                       Catch::Contains(tracked->doc.example_bad) && Catch::Contains("Mức (final) | error"));
    const auto en = engine::explain_rule(*tracked, Lang::En);
    CHECK_THAT(en, Catch::Contains("What it does") && Catch::Contains(tracked->doc.what_en) &&
                       Catch::Contains("Why") && Catch::Contains("Fixable | no"));
}
