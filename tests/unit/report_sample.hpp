// A hand-made run for the reporter tests: a DOCX-like document with a heading, a body paragraph,
// a table cell and a footnote; a Markdown file read by the real text reader; an unreadable file.
#pragma once

#include "report/report.hpp"

#include <soat/reader.hpp>
#include <soat/utf8.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

namespace soat::test {

inline engine::RuleSpec sample_rule(const std::string& id, const std::string& pack, Severity severity,
                                    const std::string& summary) {
    engine::RuleSpec spec;
    spec.id = id;
    spec.pack = pack;
    spec.draft = spec.final = severity;
    spec.summary = {summary, summary + " (en)"};
    spec.doc.what = "What " + id + " detects.";
    spec.doc.why = "Why it matters.";
    spec.doc.example_bad = "sai";
    spec.doc.example_good = "đúng";
    return spec;
}

inline model::Paragraph sample_paragraph(const std::string& text, int number, const std::string& part = "word/document.xml") {
    model::Paragraph p;
    p.text = text;
    p.number = number;
    p.part = part;
    model::Span s;
    s.length = utf8::length(text);
    s.run = 0;
    p.spans.push_back(s);
    return p;
}

inline std::shared_ptr<model::Document> sample_docx() {
    auto d = std::make_shared<model::Document>();
    d->path = "bao-cao 9 tháng.docx";
    d->format = model::Format::Docx;
    auto h = sample_paragraph("I. TÌNH HÌNH KINH TẾ", 1);
    h.heading_level = 1;
    d->paragraphs.push_back(h);
    d->paragraphs.push_back(sample_paragraph(
        "Căn cứ chỉ đạo của tỉnh, Sở cung cấp một số nội dung về nhiệm vụ, giải pháp trọng tâm quý VI năm 2022 của tỉnh Bắc Giang như sau:", 2));
    auto cell = sample_paragraph("Tổng\tcộng 1.230 tỷ đồng", 3);
    cell.cell = model::CellRef{2, 3, 1};
    d->paragraphs.push_back(cell);
    auto note = sample_paragraph("Theo số liệu ước tính , tăng 5%", 0, "word/footnotes.xml");
    note.area = model::Area::Footnote;
    note.note = 4;
    d->paragraphs.push_back(note);
    return d;
}

inline Finding sample_finding(const std::string& rule, Severity severity, const std::string& message,
                              std::optional<model::Range> range, const std::string& section = {}) {
    Finding f;
    f.rule = rule;
    f.severity = severity;
    f.message = message;
    f.range = range;
    f.section = section;
    f.fingerprint = rule + "-" + std::to_string(range ? range->paragraph * 1000 + range->begin : 0);
    return f;
}

inline report::Run sample_run() {
    report::Run run;
    run.rules = {sample_rule("invalid-period", "time", Severity::Error, "Kỳ báo cáo không tồn tại"),
                 sample_rule("page-setup", "structure", Severity::Warning, "Khổ giấy, lề"),
                 sample_rule("spacing", "text", Severity::Warning, "Khoảng trắng sai"),
                 sample_rule("table-total", "numbers", Severity::Error, "Tổng bảng không khớp")};

    report::FileResult docx;
    docx.path = "bao-cao 9 tháng.docx";
    docx.format = "docx";
    docx.document = sample_docx();
    const std::string section = "I. TÌNH HÌNH KINH TẾ";
    // "quý VI" starts at code point 86 of paragraph 1.
    auto period = sample_finding("invalid-period", Severity::Error,
                                 "Quý VI không tồn tại (chỉ có quý I–IV); tiêu đề ghi quý IV", model::Range{1, 86, 92}, section);
    period.fix = Fix{"quý IV", false};
    period.related.push_back({"tiêu đề", model::Range{0, 0, 20}});
    docx.findings.push_back(period);
    auto total = sample_finding("table-total", Severity::Error, "Tổng \"cộng\" 1.230 ≠ 1.200: tổng các dòng", model::Range{2, 10, 15}, section);
    docx.findings.push_back(total);
    auto spacing = sample_finding("spacing", Severity::Warning, "Dấu cách trước dấu phẩy, 50% lỗi", model::Range{3, 21, 23});
    spacing.fix = Fix{",", true};
    docx.findings.push_back(spacing);
    auto ignored = sample_finding("spacing", Severity::Warning, "Dấu cách thừa", model::Range{1, 0, 2}, section);
    ignored.suppressed = true;
    ignored.suppression_reason = "trích nguyên văn";
    docx.findings.push_back(ignored);
    docx.findings.push_back(sample_finding("page-setup", Severity::Warning, "Lề trái 25 mm, cần 30–35 mm", std::nullopt));
    run.files.push_back(docx);

    report::FileResult md;
    md.path = "ghi-chú.md";
    md.format = "markdown";
    auto doc = read_text("# Báo cáo\n\nĐã **hoàn thành** 19/18 chỉ tiêu,\nđạt tỷ lệ 105%.\n", md.path, model::Format::Markdown);
    REQUIRE(doc.ok());
    md.document = std::make_shared<model::Document>(std::move(doc.value()));
    // Paragraph 1 is "Đã hoàn thành 19/18 chỉ tiêu, đạt tỷ lệ 105%."; "19/18" is code points 14..19.
    md.findings.push_back(sample_finding("invalid-fraction", Severity::Error, "19/18: phần lớn hơn tổng", model::Range{1, 14, 19}, "Báo cáo"));
    // "105%" on the second source line: code points 40..44.
    md.findings.push_back(sample_finding("percent-mismatch", Severity::Info, "Tỷ lệ 105%", model::Range{1, 40, 44}, "Báo cáo"));
    run.files.push_back(md);

    report::FileResult bad;
    bad.path = "hỏng.docx";
    bad.format = "docx";
    bad.error = Error{"E102", "hỏng.docx: not a zip archive"};
    run.files.push_back(bad);
    return run;
}

// Compares `actual` with fixtures/reporters/<name>; SOAT_UPDATE_GOLDEN=1 rewrites the file.
inline void check_golden(const std::string& name, const std::string& actual) {
    const std::string path = std::string(SOAT_SOURCE_DIR) + "/fixtures/reporters/" + name;
    if (std::getenv("SOAT_UPDATE_GOLDEN") != nullptr) {
        std::ofstream(path, std::ios::binary) << actual;
    }
    std::ifstream in(path, std::ios::binary);
    INFO("golden file " << path << " (set SOAT_UPDATE_GOLDEN=1 to rewrite)");
    REQUIRE(in.good());
    std::stringstream ss;
    ss << in.rdbuf();
    CHECK(ss.str() == actual);
}

}  // namespace soat::test
