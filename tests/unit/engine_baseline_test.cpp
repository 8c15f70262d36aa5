#include "support/lint_helpers.hpp"

#include <soat/engine.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

namespace fs = std::filesystem;
using namespace soat;

namespace {

fs::path temp_file(const std::string& stem) {
    std::random_device rd;
    return fs::temp_directory_path() / (stem + std::to_string(rd()) + ".json");
}

// The hidden-text rule flags one span per paragraph built here.
model::Document doc_with_hidden(const std::vector<std::string>& paragraphs, const std::vector<std::size_t>& hidden) {
    auto doc = test::document_from_paragraphs(paragraphs);
    model::RunProps h;
    h.hidden = true;
    doc.run_props.push_back(h);
    for (std::size_t i : hidden) doc.paragraphs[i].spans[0].props = 1;
    return doc;
}

Finding finding(const std::string& fp) {
    Finding f;
    f.fingerprint = fp;
    return f;
}

}  // namespace

TEST_CASE("baseline: write, read back, multiset semantics, fixed fingerprints", "[engine][baseline]") {
    engine::Baseline b;
    b.fingerprints["a.docx"] = {"x", "x", "y"};
    b.fingerprints["b.txt"] = {"z"};
    const auto path = temp_file("soat-baseline-");
    REQUIRE(engine::write_baseline(path.string(), b).ok());
    auto r = engine::read_baseline(path.string());
    REQUIRE(r.ok());
    CHECK(r->fingerprints == b.fingerprints);

    std::vector<Finding> findings = {finding("x"), finding("x"), finding("x"), finding("w")};
    auto gone = engine::apply_baseline(*r, "a.docx", findings);
    CHECK(findings[0].baseline == BaselineState::Unchanged);
    CHECK(findings[1].baseline == BaselineState::Unchanged);
    CHECK(findings[2].baseline == BaselineState::New);  // a third copy needs a third entry
    CHECK(findings[3].baseline == BaselineState::New);
    CHECK(gone == std::vector<std::string>{"y"});
    std::vector<Finding> other = {finding("x")};
    CHECK(engine::apply_baseline(*r, "new.docx", other).empty());
    CHECK(other[0].baseline == BaselineState::New);
    fs::remove(path);
}

TEST_CASE("baseline: bad files are E204", "[engine][baseline]") {
    CHECK(engine::read_baseline("/nonexistent/soat-baseline.json").error().code == "E204");
    for (const std::string text : {"not json", "[]", "{\"version\": 2, \"files\": {}}", "{\"version\": 1}",
                                   "{\"version\": 1, \"files\": {\"a\": [1]}}"}) {
        const auto path = temp_file("soat-bad-baseline-");
        std::ofstream(path) << text;
        auto r = engine::read_baseline(path.string());
        INFO(text);
        REQUIRE(!r.ok());
        CHECK(r.error().code == "E204");
        fs::remove(path);
    }
    CHECK(engine::write_baseline("/nonexistent-dir/x.json", {}).error().code == "E301");
}

TEST_CASE("fingerprints survive inserted paragraphs and change with the sentence", "[engine][baseline]") {
    const std::string target = "Kết quả thu ngân sách đạt khá. Chi thường xuyên giảm.";
    auto before = doc_with_hidden({"I. TÌNH HÌNH", target}, {1});
    auto after = doc_with_hidden({"I. TÌNH HÌNH", "Một đoạn mới được chèn vào.", target}, {2});
    auto changed = doc_with_hidden({"I. TÌNH HÌNH", "Kết quả thu ngân sách đạt tốt. Chi thường xuyên giảm."}, {1});
    auto f1 = test::lint_with(before, {"hidden-text"});
    auto f2 = test::lint_with(after, {"hidden-text"});
    auto f3 = test::lint_with(changed, {"hidden-text"});
    REQUIRE(f1.size() == 1);
    REQUIRE(f2.size() == 1);
    REQUIRE(f3.size() == 1);
    CHECK(f1[0].range->paragraph != f2[0].range->paragraph);
    CHECK(f1[0].fingerprint == f2[0].fingerprint);
    CHECK(f1[0].fingerprint != f3[0].fingerprint);

    engine::Baseline b;
    b.fingerprints["r.docx"].insert(f1[0].fingerprint);
    CHECK(engine::apply_baseline(b, "r.docx", f2).empty());
    CHECK(f2[0].baseline == BaselineState::Unchanged);
    CHECK(engine::apply_baseline(b, "r.docx", f3).size() == 1);
    CHECK(f3[0].baseline == BaselineState::New);
}
