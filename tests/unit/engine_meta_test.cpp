// Every rule is a complete unit: well-formed id, file layout, bilingual texts, and a fixture
// with at least one case that fires and one that stays silent.
#include "support/fixture_parser.hpp"

#include <soat/engine.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

namespace fs = std::filesystem;
using namespace soat;

TEST_CASE("rule files: unique kebab-case ids, file name = id, pack = directory", "[engine][meta]") {
    const fs::path rules_dir = fs::path(SOAT_SOURCE_DIR) / "rules";
    static const std::regex kKebab("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");
    std::map<std::string, std::string> seen;  // id -> file
    for (const auto& entry : fs::recursive_directory_iterator(rules_dir)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".yml") continue;
        const std::string id = entry.path().stem().string();
        INFO(entry.path().string());
        CHECK(std::regex_match(id, kKebab));
        CHECK(fs::relative(entry.path(), rules_dir).begin()->string() == entry.path().parent_path().filename().string());
        auto [it, fresh] = seen.emplace(id, entry.path().string());
        INFO("also in " << it->second);
        CHECK(fresh);
    }
    auto rules = engine::load_rules();
    REQUIRE(rules.ok());
    CHECK(rules->size() == seen.size());
    for (const auto& r : *rules) {
        INFO(r.spec.source);
        CHECK(r.spec.source == "rules/" + r.spec.pack + "/" + r.spec.id + ".yml");
    }
}

TEST_CASE("every rule has vi and en texts", "[engine][meta]") {
    auto rules = engine::load_rules();
    REQUIRE(rules.ok());
    for (const auto& r : *rules) {
        const auto& s = r.spec;
        INFO(s.source);
        CHECK(!s.summary.vi.empty());
        CHECK(!s.summary.en.empty());
        CHECK(s.summary.vi != s.summary.en);  // a translation, not a copy
        for (const auto& [key, m] : s.messages) {
            INFO("message " << key);
            CHECK(!m.vi.empty());
            CHECK(!m.en.empty());
        }
        CHECK(!s.doc.what.empty());
        CHECK(!s.doc.why.empty());
        CHECK(!s.doc.what_en.empty());
        CHECK(!s.doc.why_en.empty());
        CHECK(s.doc.what != s.doc.what_en);
        CHECK(s.doc.why != s.doc.why_en);
        CHECK(!s.doc.example_bad.empty());
        CHECK(!s.doc.example_good.empty());
    }
}

TEST_CASE("every rule has a fixture with a firing and a silent case", "[engine][meta]") {
    auto rules = engine::load_rules();
    REQUIRE(rules.ok());
    for (const auto& r : *rules) {
        const fs::path path = fs::path(SOAT_SOURCE_DIR) / "fixtures" / "rules" / r.spec.pack / (r.spec.id + ".md");
        INFO(path.string());
        std::ifstream in(path, std::ios::binary);
        REQUIRE(in.good());
        std::stringstream buffer;
        buffer << in.rdbuf();
        auto fixture = test::parse_fixture(buffer.str(), path.string());
        REQUIRE(fixture.ok());
        CHECK(fixture->rule == r.spec.id);
        bool fires = false, silent = false;
        for (const auto& c : fixture->cases) {
            auto built = test::build_case(c);
            REQUIRE(built.ok());
            bool any = false;
            for (const auto& [rule, p] : built->expected) any = any || rule == r.spec.id;
            (any ? fires : silent) = true;
        }
        CHECK(fires);
        CHECK(silent);
    }
}
