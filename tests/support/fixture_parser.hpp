// Rule fixtures (fixtures/README.md): parsing the Markdown into cases, and building each case
// as a DOCX (DocxBuilder) and as plain text, with the (rule, paragraph) pairs its markers expect.
#pragma once

#include "support/docx_builder.hpp"

#include <soat/finding.hpp>
#include <soat/result.hpp>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace soat::test {

struct FixtureCase {
    std::string name;
    int line = 0;                    // line of its `## ` heading in the fixture file
    bool docx_only = false;
    std::optional<Profile> profile;
    std::optional<Lang> lang;
    std::vector<int> page;           // page=W,H,top,bottom,left,right[,1 for landscape] in twips
    std::string font;                // font=Name_With_Underscores:half-points
    int font_size = 0;
    std::string config_yaml;         // a ```yaml block before the ```docx block
    std::vector<std::string> lines;  // the ```docx block
    std::optional<std::string> expected;  // a ```expected block after it
    int expected_begin = 0, expected_end = 0;  // lines of its content [begin, end) in the file, 0-based
};

struct Fixture {
    std::string rule;  // the `# ` title (the file name's rule id)
    std::vector<FixtureCase> cases;
};

Result<Fixture> parse_fixture(std::string_view text, const std::string& path);

// (rule id, 0-based paragraph index in the document model's reading order).
using Expected = std::set<std::pair<std::string, std::size_t>>;

struct BuiltCase {
    DocxBuilder docx;
    std::string text;   // the .txt form: paragraphs separated by blank lines
    Expected expected;
    std::set<std::string> rules;  // every rule a marker names
    std::vector<std::string> paragraphs;  // plain text of each paragraph, for diffs
};

Result<BuiltCase> build_case(const FixtureCase& fixture_case);

}  // namespace soat::test
