// soat annotate and soat fix: comments anchored through the run map, safe fixes applied, the
// result re-read with soat's own reader.
#include "annotate/annotate.hpp"
#include "support/docx_builder.hpp"

#include <soat/engine.hpp>
#include <soat/reader.hpp>
#include <soat/utf8.hpp>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace soat;
namespace fs = std::filesystem;

namespace {

fs::path scratch(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / "soat-annotate-test";
    fs::create_directories(dir);
    return dir / name;
}

// A finding on the first occurrence of `needle` in paragraph `paragraph`.
Finding finding_on(const model::Document& doc, std::size_t paragraph, const std::string& needle, const std::string& rule,
                   std::optional<Fix> fix = std::nullopt) {
    const std::string& text = doc.paragraphs.at(paragraph).text;
    const auto at = text.find(needle);
    REQUIRE(at != std::string::npos);
    Finding f;
    f.rule = rule;
    f.severity = Severity::Error;
    f.message = "Thông báo thử về “" + needle + "”";
    const auto begin = utf8::cp_offset(text, at);
    f.range = model::Range{paragraph, begin, begin + utf8::length(needle)};
    f.fix = std::move(fix);
    return f;
}

std::string anchored_text(const model::Document& doc, const model::Comment& c) {
    REQUIRE(c.anchor);
    return std::string(utf8::slice(doc.paragraphs.at(c.anchor->paragraph).text, c.anchor->begin, c.anchor->end));
}

const model::Comment* comment_with(const model::Document& doc, const std::string& prefix) {
    for (const auto& c : doc.comments) {
        if (c.text.rfind(prefix, 0) == 0) return &c;
    }
    return nullptr;
}

test::RunSpec run(const std::string& text, bool bold = false, bool italic = false) {
    test::RunSpec r;
    r.text = text;
    r.bold = bold;
    r.italic = italic;
    return r;
}

}  // namespace

TEST_CASE("annotate anchors comments on the exact words, splitting runs", "[annotate]") {
    test::RunSpec lead = run("Trong kỳ, kết quả ", true);
    test::RunSpec middle = run("quý VI năm 2024 đạt ");
    test::RunSpec tail = run("khá", false, true);
    tail.comment = "Ý kiến của phòng Tổng hợp";
    const fs::path in = scratch("in.docx"), out = scratch("out.docx");
    test::DocxBuilder()
        .heading(1, "I. TÌNH HÌNH KINH TẾ")
        .paragraph({lead, middle, tail})
        .paragraph("Đoạn thứ ba không có lỗi.")
        .write(in.string());
    auto read = read_document(in.string());
    REQUIRE(read);
    const model::Document& doc = *read;
    REQUIRE(doc.paragraphs.size() >= 3);
    REQUIRE(doc.paragraphs[1].text == "Trong kỳ, kết quả quý VI năm 2024 đạt khá");

    std::vector<Finding> findings;
    findings.push_back(finding_on(doc, 1, "quý VI", "invalid-period", Fix{"quý IV", false}));
    findings.push_back(finding_on(doc, 1, "kết quả quý", "test-across-runs"));
    Finding whole;
    whole.rule = "page-setup";
    whole.message = "Lề trái chưa đúng";
    findings.push_back(whole);
    Finding quiet = finding_on(doc, 2, "lỗi", "suppressed-rule");
    quiet.suppressed = true;
    findings.push_back(quiet);

    auto summary = annotate::annotate_docx(in.string(), out.string(), doc, findings, Lang::Vi);
    REQUIRE(summary);
    CHECK(summary->anchored == 2);
    CHECK(summary->fallback == 1);

    auto again = read_document(out.string());
    REQUIRE(again);
    REQUIRE(again->paragraphs.size() == doc.paragraphs.size());
    for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) CHECK(again->paragraphs[i].text == doc.paragraphs[i].text);
    CHECK(again->comments.size() == 4);  // the drafter's own comment is kept

    const auto* kept = comment_with(*again, "Ý kiến");
    REQUIRE(kept != nullptr);
    CHECK(anchored_text(*again, *kept) == "khá");
    const auto* period = comment_with(*again, "[invalid-period]");
    REQUIRE(period != nullptr);
    CHECK(period->author == "soat");
    CHECK(period->text == "[invalid-period] Thông báo thử về “quý VI”\nGợi ý: quý IV");
    CHECK(anchored_text(*again, *period) == "quý VI");
    const auto* across = comment_with(*again, "[test-across-runs]");
    REQUIRE(across != nullptr);
    CHECK(anchored_text(*again, *across) == "kết quả quý");
    const auto* page = comment_with(*again, "[page-setup]");
    REQUIRE(page != nullptr);
    REQUIRE(page->anchor);
    CHECK(page->anchor->paragraph == 0);
    CHECK(comment_with(*again, "[suppressed-rule]") == nullptr);

    // The split runs keep their formatting: "quý VI" is still not bold, "kết quả " still bold.
    const auto& p = again->paragraphs[1];
    for (const auto& span : p.spans) {
        const bool in_lead = span.begin < utf8::length("Trong kỳ, kết quả ");
        CHECK(again->run_props.at(span.props).bold == in_lead);
    }
}

TEST_CASE("annotate refuses to overwrite its input and leaves other parts byte for byte", "[annotate]") {
    const fs::path in = scratch("same.docx");
    test::DocxBuilder().paragraph("Báo cáo quý VI.").header_text("UBND TỈNH").write(in.string());
    auto doc = read_document(in.string());
    REQUIRE(doc);
    std::vector<Finding> findings{finding_on(*doc, 0, "quý VI", "invalid-period")};
    auto refused = annotate::annotate_docx(in.string(), in.string(), *doc, findings, Lang::Vi);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == "E302");
    auto dotted = annotate::annotate_docx(in.string(), (in.parent_path() / "." / in.filename()).string(), *doc,
                                          findings, Lang::Vi);
    REQUIRE_FALSE(dotted);
    CHECK(dotted.error().code == "E302");

    const fs::path out = scratch("same-out.docx");
    REQUIRE(annotate::annotate_docx(in.string(), out.string(), *doc, findings, Lang::Vi));
    const auto sh = [](const std::string& cmd) { return std::system(cmd.c_str()); };
    // Parts soat does not touch compare equal (zipcmp -t would also compare timestamps).
    for (const char* part : {"word/styles.xml", "word/header1.xml"}) {
        const std::string a = scratch("a.xml").string(), b = scratch("b.xml").string();
        REQUIRE(sh("unzip -p '" + in.string() + "' " + part + " > " + a) == 0);
        REQUIRE(sh("unzip -p '" + out.string() + "' " + part + " > " + b) == 0);
        CHECK(sh("cmp -s " + a + " " + b) == 0);
    }
}

TEST_CASE("fix applies safe fixes inside a run in DOCX and text, and lists the rest", "[annotate]") {
    const fs::path in = scratch("fix.docx"), out = scratch("fix-out.docx");
    test::DocxBuilder()
        .paragraph({run("Số liệu ", true), run("quý VI năm 2024 và quý VI năm trước")})
        .write(in.string());
    auto doc = read_document(in.string());
    REQUIRE(doc);
    std::vector<Finding> findings{finding_on(*doc, 0, "quý VI", "invalid-period", Fix{"quý IV", true}),
                                  finding_on(*doc, 0, "Số liệu quý", "across", Fix{"Dữ liệu quý", true}),
                                  finding_on(*doc, 0, "năm 2024", "unsafe", Fix{"năm 2025", false})};
    auto fixed = annotate::fix_file(in.string(), out.string(), *doc, findings);
    REQUIRE(fixed);
    CHECK(fixed->applied.size() == 1);
    CHECK(fixed->skipped.size() == 2);
    auto again = read_document(out.string());
    REQUIRE(again);
    CHECK(again->paragraphs[0].text == "Số liệu quý IV năm 2024 và quý VI năm trước");
    CHECK(again->run_props.at(again->paragraphs[0].spans.front().props).bold);

    const fs::path md = scratch("fix.md"), md_out = scratch("fix-out.md");
    std::ofstream(md) << "# Báo cáo\n\n📌 Kết quả **quý VI** năm 2024\nvà quý VI năm sau.\n";
    auto text_doc = read_document(md.string());
    REQUIRE(text_doc);
    std::vector<Finding> text_findings;
    const std::string& t = text_doc->paragraphs.at(1).text;
    for (auto at = t.find("quý VI"); at != std::string::npos; at = t.find("quý VI", at + 1)) {
        Finding f;
        f.rule = "invalid-period";
        const auto b = utf8::cp_offset(t, at);
        f.range = model::Range{1, b, b + 6};
        f.fix = Fix{"quý IV", true};
        text_findings.push_back(f);
    }
    REQUIRE(text_findings.size() == 2);
    auto text_fixed = annotate::fix_file(md.string(), md_out.string(), *text_doc, text_findings);
    REQUIRE(text_fixed);
    CHECK(text_fixed->applied.size() == 2);
    std::ifstream result(md_out);
    std::stringstream all;
    all << result.rdbuf();
    CHECK(all.str() == "# Báo cáo\n\n📌 Kết quả **quý IV** năm 2024\nvà quý IV năm sau.\n");
    auto refused = annotate::fix_file(md.string(), md.string(), *text_doc, text_findings);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == "E302");
}

TEST_CASE("fix with the real rules: the fixed findings are gone when OUT is linted again", "[annotate]") {
    auto rules = engine::load_rules();
    REQUIRE(rules);
    const fs::path in = scratch("relint.docx"), out = scratch("relint-out.docx");
    test::DocxBuilder()
        .paragraph("Ủy ban nhân dân huyện đã chỉ đạo triển khai kế hoạch năm 2024.")
        .paragraph("Phối hợp giữa các các phòng, ban chuyên môn còn chưa chặt chẽ.")
        .write(in.string());
    auto doc = read_document(in.string());
    REQUIRE(doc);
    const auto before = engine::lint(*doc, *rules, {});
    std::size_t safe = 0;
    for (const auto& f : before) safe += f.fix && f.fix->safe && !f.suppressed;
    if (safe == 0) {
        WARN("no built-in rule reported a safe fix on the sample; nothing to re-lint");
        return;
    }
    auto fixed = annotate::fix_file(in.string(), out.string(), *doc, before);
    REQUIRE(fixed);
    REQUIRE_FALSE(fixed->applied.empty());
    auto again = read_document(out.string());
    REQUIRE(again);
    const auto after = engine::lint(*again, *rules, {});
    for (const Finding* f : fixed->applied) {
        for (const auto& g : after) {
            CHECK_FALSE((g.rule == f->rule && g.range && f->range && g.range->paragraph == f->range->paragraph &&
                         g.range->begin == f->range->begin));
        }
    }
    CHECK(after.size() < before.size());
}
