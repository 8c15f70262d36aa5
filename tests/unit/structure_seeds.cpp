// [seeds] The structure and hygiene rules on the five seed drafts (read at run time from
// SOAT_SHARED_DIR/seeds; line N = paragraph N − 1, as in annotations-000-001-004.md).
#include "support/lint_helpers.hpp"

#include <catch2/catch.hpp>

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
