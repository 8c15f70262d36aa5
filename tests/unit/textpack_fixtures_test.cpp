// Runs the text pack's rule fixtures (fixtures/rules/text/*.md, format in fixtures/README.md)
// on plain paragraphs through the real engine: the set of (rule, paragraph) pairs must equal
// the {rule-id} markers. The project's fixture runner also builds them as DOCX.
#include "support/lint_helpers.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace {

struct Case {
    std::string title, yaml;
    std::vector<std::string> lines;
};

std::vector<Case> read_cases(const std::string& path) {
    std::ifstream in(path);
    std::vector<Case> cases;
    std::string line, fence;
    while (std::getline(in, line)) {
        if (fence.empty()) {
            if (line.rfind("## ", 0) == 0) cases.push_back({line.substr(3), {}, {}});
            else if (line.rfind("```", 0) == 0 && !cases.empty()) fence = line.substr(3, 4);
            continue;
        }
        if (line.rfind("```", 0) == 0) {
            fence.clear();
        } else if (fence == "yaml") {
            cases.back().yaml += line + "\n";
        } else if (!line.empty()) {
            cases.back().lines.push_back(std::regex_replace(line, std::regex("^#+ "), ""));
        }
    }
    return cases;
}

}  // namespace

TEST_CASE("text pack fixtures hold on plain paragraphs", "[textpack][fixtures]") {
    const std::filesystem::path dir = std::filesystem::path(SOAT_SOURCE_DIR) / "fixtures/rules/text";
    const std::vector<std::string> ids = {"repeated-word", "misspelling", "tone-style", "unicode",
                                          "spacing", "unbalanced-delimiters", "capitalization"};
    const std::regex marker(R"(\{([a-z]+(?:-[a-z]+)*)\})");
    for (const auto& id : ids) {
        const auto cases = read_cases((dir / (id + ".md")).string());
        REQUIRE(cases.size() >= 2);
        bool fires = false, silent = false;
        for (const auto& c : cases) {
            INFO(id << ": " << c.title);
            std::set<std::pair<std::string, std::size_t>> expected, actual;
            std::vector<std::string> paragraphs;
            for (const auto& l : c.lines) {
                for (std::sregex_iterator it(l.begin(), l.end(), marker), end; it != end; ++it) {
                    expected.insert({(*it)[1], paragraphs.size()});
                }
                paragraphs.push_back(std::regex_replace(l, marker, ""));
            }
            soat::config::Config config;
            if (!c.yaml.empty()) {
                const auto tmp = std::filesystem::temp_directory_path() / ("soat-textpack-" + id + ".yml");
                std::ofstream(tmp) << c.yaml;
                auto loaded = soat::engine::load_config(tmp.string(), tmp.string());
                REQUIRE(loaded.ok());
                config = *loaded;
            }
            for (const auto& f : soat::test::lint_with(soat::test::document_from_paragraphs(paragraphs), {id}, config)) {
                if (f.range) actual.insert({f.rule, f.range->paragraph});
            }
            CHECK(actual == expected);
            (expected.empty() ? silent : fires) = true;
        }
        CHECK(fires);
        CHECK(silent);
    }
}
