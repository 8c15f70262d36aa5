// [seeds] The structure and hygiene rules on the five seed drafts (read at run time from
// SOAT_SHARED_DIR/seeds; line N = paragraph N − 1, as in annotations-000-001-004.md).
#include "support/lint_helpers.hpp"

#include <soat/reader.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace {

const std::vector<std::string> kRules = {
    "heading-numbering",  "footnote-integrity", "missing-national-title", "blank-field",
    "doc-type-mismatch",  "missing-signature",  "signature-authority",    "missing-recipients",
    "citation-format",    "citation-conflict",  "page-setup",             "font-style",
    "highlight-left",     "draft-marker"};

std::optional<std::vector<std::string>> seed_lines(const std::string& prefix) {
    const std::filesystem::path dir = std::filesystem::path(SOAT_SHARED_DIR) / "seeds";
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) return std::nullopt;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(prefix + "_", 0) == 0 && entry.path().extension() == ".txt") {
            std::ifstream in(entry.path());
            std::vector<std::string> lines;
            for (std::string line; std::getline(in, line);) {
                if (!line.empty() && line.back() == '\r') line.pop_back();
                lines.push_back(line);
            }
            return lines;
        }
    }
    return std::nullopt;
}

// (rule, 1-based line) of every finding.
std::set<std::pair<std::string, int>> findings_of(const std::string& seed, soat::Profile profile = soat::Profile::Draft) {
    auto lines = seed_lines(seed);
    REQUIRE(lines);
    soat::config::Config config;
    config.profile = profile;
    std::set<std::pair<std::string, int>> out;
    for (const auto& f : soat::test::lint_with(soat::test::document_from_paragraphs(*lines), kRules, config)) {
        out.insert({f.rule, f.range ? static_cast<int>(f.range->paragraph) + 1 : 0});
    }
    return out;
}

bool shared_present() {
    if (seed_lines("000")) return true;
    WARN("SOAT_SHARED_DIR/seeds is missing (" SOAT_SHARED_DIR "): the structure seed test did not run");
    return false;
}

}  // namespace

TEST_CASE("structure rules on all seeds (listing)", "[.explore]") {
    for (const char* seed : {"000", "001", "002", "003", "004"}) {
        auto lines = seed_lines(seed);
        if (!lines) continue;
        for (const auto& f : soat::test::lint_with(soat::test::document_from_paragraphs(*lines), kRules)) {
            std::cout << seed << ":" << (f.range ? f.range->paragraph + 1 : 0) << " " << f.rule << " ["
                      << static_cast<int>(f.severity) << "] " << f.message << "\n";
        }
    }
}

TEST_CASE("structure rules on the word-like seed DOCX (listing)", "[.explore]") {
    const std::filesystem::path dir = std::filesystem::path(SOAT_SHARED_DIR) / "corpus/seeds/word-like";
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) return;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
        if (e.path().extension() == ".docx") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        auto doc = soat::read_document(file.string());
        REQUIRE(doc);
        for (const auto& f : soat::test::lint_with(*doc, kRules)) {
            const auto pos = f.range ? doc->position(f.range->paragraph, f.range->begin) : soat::model::Document::Position{};
            std::cout << file.filename().string().substr(0, 3) << ":" << pos.line << " " << f.rule << " ["
                      << static_cast<int>(f.severity) << "] " << f.message << "\n";
        }
    }
}

TEST_CASE("structure rules find the annotated defects of the seeds and stay silent on the correct parts",
          "[seeds][structure]") {
    if (!shared_present()) {
        SUCCEED("seeds absent");
        return;
    }
    using F = std::set<std::pair<std::string, int>>;
    auto has = [](const F& f, const std::string& rule, int line) { return f.count({rule, line}) == 1; };
    auto count = [](const F& f, const std::string& rule) {
        return std::count_if(f.begin(), f.end(), [&](const auto& p) { return p.first == rule; });
    };
    SECTION("000: press release with a blank date, no national title; signer and name present") {
        const F f = findings_of("000");
        CHECK(has(f, "blank-field", 7));
        CHECK(has(f, "missing-national-title", 5));
        CHECK(count(f, "missing-signature") == 0);
        CHECK(count(f, "missing-recipients") == 0);  // a press release needs none
        CHECK(count(f, "heading-numbering") == 0);
        CHECK(count(f, "blank-field") == 1);
    }
    SECTION("001: blank number and day, duplicated 2., undotted 2.2.1, missing (4) and repeated (5)") {
        const F f = findings_of("001");
        CHECK(has(f, "blank-field", 3));
        CHECK(has(f, "blank-field", 5));
        CHECK(has(f, "heading-numbering", 381));
        CHECK(has(f, "heading-numbering", 395));
        CHECK(has(f, "heading-numbering", 453));
        CHECK(has(f, "heading-numbering", 455));
        CHECK(count(f, "heading-numbering") == 4);  // "2023. Năng suất…" (63) and inline (1) (179) are no headings
        CHECK(count(f, "footnote-integrity") == 0);  // 54 references, 54 notes; m³ is a unit
        CHECK(count(f, "missing-signature") == 0);
        CHECK(count(f, "missing-recipients") == 0);
        CHECK(count(f, "doc-type-mismatch") == 0);
        CHECK(has(f, "draft-marker", 9));
    }
    SECTION("002: the signer block has no name") {
        const F f = findings_of("002");
        CHECK(has(f, "missing-signature", 3184));
        CHECK(count(f, "missing-recipients") == 0);
        CHECK(count(f, "signature-authority") == 0);  // TM. / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH is right
        CHECK(count(f, "heading-numbering") == 0);
        CHECK(count(f, "blank-field") == 0);
    }
    SECTION("003: blank number and day; signer complete") {
        const F f = findings_of("003");
        CHECK(has(f, "blank-field", 3));
        CHECK(has(f, "blank-field", 5));
        CHECK(count(f, "missing-signature") == 0);
        CHECK(count(f, "missing-recipients") == 0);
    }
    SECTION("004: no national title, no signature, no recipients; 17-CT/TU of two terms is info only") {
        const F f = findings_of("004");
        CHECK(has(f, "missing-national-title", 1));
        CHECK(has(f, "missing-signature", 36));
        CHECK(has(f, "missing-recipients", 36));
        CHECK(count(f, "heading-numbering") == 0);  // Điều 1.–3., items 1.–11.
        auto lines = seed_lines("004");
        for (const auto& finding : soat::test::lint_with(soat::test::document_from_paragraphs(*lines), {"citation-conflict"})) {
            CHECK(finding.severity == soat::Severity::Info);
        }
    }
}
