// Hygiene kinds and suppressions through real DOCX files (DocxBuilder -> read_docx_bytes) and
// the text reader.
#include "support/docx_builder.hpp"
#include "support/lint_helpers.hpp"

#include <soat/engine.hpp>

#include "engine/suppressions.hpp"
#include <soat/reader.hpp>
#include <soat/utf8.hpp>

#include <catch2/catch.hpp>

using namespace soat;
using test::RunSpec;

namespace {

model::Document read(const test::DocxBuilder& b) {
    auto doc = read_docx_bytes(b.bytes(), "t.docx");
    if (!doc) FAIL(doc.error().message);
    return *doc;
}

std::vector<Finding> active(std::vector<Finding> all) {
    std::erase_if(all, [](const Finding& f) { return f.suppressed; });
    return all;
}

RunSpec run(const std::string& text) {
    RunSpec r;
    r.text = text;
    return r;
}
RunSpec inserted(const std::string& text) {
    RunSpec r = run(text);
    r.inserted = true;
    return r;
}
RunSpec deleted(const std::string& text) {
    RunSpec r = run(text);
    r.deleted = true;
    return r;
}
RunSpec hidden(const std::string& text) {
    RunSpec r = run(text);
    r.hidden = true;
    return r;
}
RunSpec commented(const std::string& text, const std::string& comment) {
    RunSpec r = run(text);
    r.comment = comment;
    return r;
}

}  // namespace

TEST_CASE("tracked-changes: insertions and deletions, severity by profile", "[engine][hygiene]") {
    RunSpec ins = inserted("trong quý IV");
    RunSpec del = deleted("cũ");
    auto doc = read(test::DocxBuilder()
                        .paragraph("Báo cáo tình hình kinh tế.")
                        .paragraph({run("Triển khai "), ins, run(" năm 2024.")})
                        .paragraph({run("Số liệu "), del, run(" đã thay.")}));
    auto f = test::lint_with(doc, {"tracked-changes"});
    REQUIRE(f.size() == 2);
    CHECK(f[0].range->paragraph == 1);
    CHECK(f[0].severity == Severity::Warning);
    CHECK_THAT(f[0].message, Catch::Contains("trong quý IV"));
    CHECK(f[1].range->paragraph == 2);
    CHECK_THAT(f[1].message, Catch::Contains("cũ"));
    config::Config final_profile;
    final_profile.profile = Profile::Final;
    CHECK(test::lint_with(doc, {"tracked-changes"}, final_profile)[0].severity == Severity::Error);
    CHECK(test::lint_with(read(test::DocxBuilder().paragraph("Sạch.")), {"tracked-changes"}).empty());
}

TEST_CASE("comments-left: reviewer comments, not suppressions", "[engine][hygiene]") {
    auto doc = read(test::DocxBuilder()
                        .paragraph({run("Thu ngân sách "), commented("12.450", "Kiểm tra lại số")})
                        .paragraph({commented("Quý VI", "soat-ignore invalid-period: tên công ty")}));
    auto f = test::lint_with(doc, {"comments-left"});
    REQUIRE(f.size() == 1);
    CHECK(f[0].range->paragraph == 0);
    CHECK_THAT(f[0].message, Catch::Contains("Kiểm tra lại số"));
}

TEST_CASE("hidden-text: hidden runs with content", "[engine][hygiene]") {
    auto doc = read(test::DocxBuilder()
                        .paragraph({run("Tăng trưởng 7,2%"), hidden(" số cũ 6,8%")})
                        .paragraph({run("Không ẩn"), hidden(" ")}));
    auto f = test::lint_with(doc, {"hidden-text"});
    REQUIRE(f.size() == 1);
    CHECK(f[0].range->paragraph == 0);
    CHECK(utf8::slice(doc.paragraphs[0].text, f[0].range->begin, f[0].range->end) == " số cũ 6,8%");
}

TEST_CASE("suppressions in DOCX: range and file, several rules, reasons", "[engine][suppressions]") {
    RunSpec hidden_a = hidden("ẩn một");
    RunSpec hidden_b = hidden("ẩn hai");
    auto doc = read(test::DocxBuilder()
                        .paragraph({commented("Một ", "soat-ignore hidden-text, comments-left: bản nháp có chủ ý"), hidden_a})
                        .paragraph({run("Hai "), hidden_b}));
    auto f = test::lint_with(doc, {"hidden-text", "comments-left", "suppression-reason"});
    // The comment covers "Một " only: the hidden run right after it touches the range end.
    REQUIRE(f.size() == 2);
    CHECK(f[0].rule == "hidden-text");
    CHECK(f[0].suppressed);
    CHECK(f[0].suppression_reason == "bản nháp có chủ ý");
    CHECK_FALSE(f[1].suppressed);

    auto whole = read(test::DocxBuilder()
                          .paragraph({commented("Đầu", "soat-ignore-file hidden-text: mẫu")})
                          .paragraph({run("Hai "), hidden_b}));
    auto g = test::lint_with(whole, {"hidden-text"});
    REQUIRE(g.size() == 1);
    CHECK(g[0].suppressed);
    CHECK(g[0].suppression_reason == "mẫu");
}

TEST_CASE("suppression-reason: missing reason, unknown rule, no rule", "[engine][suppressions]") {
    auto doc = read(test::DocxBuilder()
                        .paragraph({commented("A", "soat-ignore hidden-text")})
                        .paragraph({commented("B", "soat-ignore hiden-text: gõ sai")})
                        .paragraph({commented("C", "soat-ignore: không nêu")})
                        .paragraph({commented("D", "soat-ignore comments-left: quy tắc không được bật ở đây")}));
    auto f = active(test::lint_with(doc, {"suppression-reason"}));
    REQUIRE(f.size() == 3);
    CHECK(f[0].range->paragraph == 0);
    CHECK_THAT(f[0].message, Catch::Contains("thiếu lý do"));
    CHECK(f[1].range->paragraph == 1);
    CHECK_THAT(f[1].message, Catch::Contains("hiden-text"));
    CHECK(f[2].range->paragraph == 2);
    CHECK_THAT(f[2].message, Catch::Contains("không nêu mã"));
    CHECK(f[0].severity == Severity::Warning);
}

TEST_CASE("suppressions in text files anchor on the next paragraph", "[engine][suppressions]") {
    const std::string text =
        "Đoạn đầu có lỗi.\n\n<!-- soat-ignore suppression-reason: thử -->\n<!-- soat-ignore hidden-text -->\nĐoạn sau.\n";
    auto doc = read_text(text, "t.txt", model::Format::Text);
    REQUIRE(doc.ok());
    auto f = test::lint_with(*doc, {"suppression-reason"});
    // The reason-less suppression is reported on paragraph 2, and silenced by the first one.
    REQUIRE(f.size() == 1);
    CHECK(f[0].range->paragraph == 1);
    CHECK(f[0].suppressed);
    CHECK(f[0].suppression_reason == "thử");
}

TEST_CASE("parse_suppression", "[engine][suppressions]") {
    CHECK(!engine::parse_suppression("Ý kiến: sửa lại"));
    CHECK(!engine::parse_suppression("soat-ignored"));
    auto s = engine::parse_suppression("  soat-ignore a-rule,b-rule c-rule : lý do: chi tiết ");
    REQUIRE(s);
    CHECK_FALSE(s->whole_file);
    CHECK(s->rules == std::vector<std::string>{"a-rule", "b-rule", "c-rule"});
    CHECK(s->reason == "lý do: chi tiết");
    auto file = engine::parse_suppression("soat-ignore-file x");
    REQUIRE(file);
    CHECK(file->whole_file);
    CHECK(file->reason.empty());
}
