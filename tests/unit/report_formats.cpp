// Every output format on a hand-made run: golden files in fixtures/reporters/, plus targeted
// checks of columns, escaping, suppressions and structure.
#include "report_sample.hpp"

#include "report/columns.hpp"
#include "report/location.hpp"

#include <libxml/parser.h>
#include <nlohmann/json.hpp>

using soat::report::Format;
using soat::report::Options;
using soat::report::Unit;

namespace {

std::string render(Format f, soat::Lang lang = soat::Lang::Vi) {
    Options o;
    o.lang = lang;
    return soat::report::render(f, soat::test::sample_run(), o);
}

}  // namespace

TEST_CASE("column conversion counts code points, UTF-8 bytes and UTF-16 units", "[report][columns]") {
    const std::string line = "Đạt quý VI 𝔸 x";  // Đ and ạ are 2 and 3 bytes; 𝔸 is astral
    CHECK(soat::report::column_in(line, 0, Unit::Utf8) == 1);
    CHECK(soat::report::column_in(line, 2, Unit::CodePoint) == 3);
    CHECK(soat::report::column_in(line, 2, Unit::Utf8) == 6);   // Đ(2) ạ(3)
    CHECK(soat::report::column_in(line, 2, Unit::Utf16) == 3);
    CHECK(soat::report::column_in(line, 7, Unit::Utf8) == 12);    // "Đạt quý" is 11 bytes
    CHECK(soat::report::column_in(line, 13, Unit::Utf16) == 15);  // "x": 𝔸 counts two units
    CHECK(soat::report::column_in(line, 13, Unit::Utf8) == 21);   // ... and four bytes
    CHECK(soat::report::column_in(line, 14, Unit::Utf16) == 16);
    CHECK(soat::report::column_in(line, 14, Unit::Utf8) == 22);
}

TEST_CASE("positions in a text file convert through dropped Markdown markers", "[report][columns]") {
    auto doc = soat::read_text("Đã **hoàn thành** 19/18 chỉ tiêu\n", "x.md", soat::model::Format::Markdown);
    REQUIRE(doc.ok());
    // "19/18" is code point 14 of the text; before it in the line, "Đã **hoàn thành** " is 18
    // code points and 22 bytes (Đ, ã, à, à are 2 bytes each).
    const auto cp = soat::report::position_in(*doc, 0, 14, Unit::CodePoint);
    CHECK(cp.line == 1);
    CHECK(cp.column == 19);
    CHECK(doc->position(0, 14).column == 19);
    CHECK(soat::report::position_in(*doc, 0, 14, Unit::Utf8).column == 23);
    CHECK(soat::report::position_in(*doc, 0, 14, Unit::Utf16).column == 19);
}

TEST_CASE("DOCX positions include the extract prefix", "[report][columns]") {
    auto d = soat::test::sample_docx();
    // Table cell paragraph 2 has prefix "[bảng 2, dòng 3, cột 1] " (24 code points, 29 bytes).
    CHECK(d->position(2, 0).column == 25);
    CHECK(soat::report::position_in(*d, 2, 0, Unit::Utf8).column == 30);
    CHECK(soat::report::position_in(*d, 2, 0, Unit::Utf8).line == 3);
}

TEST_CASE("excerpt is a window of the extract line with the span inside", "[report]") {
    auto d = soat::test::sample_docx();
    const auto ex = soat::report::excerpt(*d, {1, 86, 92});
    CHECK(ex.text == "nhiệm vụ, giải pháp trọng tâm quý VI năm 2022 của tỉnh");
    CHECK(soat::utf8::slice(ex.text, ex.caret_begin, ex.caret_end) == "quý VI");
    CHECK(ex.cut_left);
    CHECK(ex.cut_right);
    // Tabs print as spaces; the prefix is part of the line.
    const auto cell = soat::report::excerpt(*d, {2, 10, 15});
    CHECK(cell.text == "[bảng 2, dòng 3, cột 1] Tổng cộng 1.230 tỷ đồng");
    CHECK(soat::utf8::slice(cell.text, cell.caret_begin, cell.caret_end) == "1.230");
}

TEST_CASE("text format matches its golden file, in Vietnamese and English", "[report][text]") {
    soat::test::check_golden("sample.text", render(Format::Text));
    soat::test::check_golden("sample.en.text", render(Format::Text, soat::Lang::En));
}

TEST_CASE("text format puts carets under the exact span and hides suppressed findings", "[report][text]") {
    const std::string out = render(Format::Text);
    CHECK(out.find("bao-cao 9 tháng.docx:2:87: error[invalid-period] Quý VI") != std::string::npos);
    CHECK(out.find("  --> I. TÌNH HÌNH KINH TẾ, đoạn 2\n") != std::string::npos);
    CHECK(out.find("   | … nhiệm vụ, giải pháp trọng tâm quý VI năm 2022 của tỉnh …\n"
                   "   |                                 ^^^^^^\n") != std::string::npos);
    CHECK(out.find("  gợi ý: quý IV\n") != std::string::npos);
    CHECK(out.find("bảng 2, dòng 3, cột 1") != std::string::npos);
    CHECK(out.find("chú thích 4") != std::string::npos);
    CHECK(out.find("Dấu cách thừa") == std::string::npos);
    CHECK(out.find("ghi-chú.md:3:19: error[invalid-fraction]") != std::string::npos);
    CHECK(out.find("ghi-chú.md:4:11: info[percent-mismatch]") != std::string::npos);
    CHECK(out.find("hỏng.docx: error[E102]") != std::string::npos);
    CHECK(out.find("3 tệp: 3 lỗi, 2 cảnh báo, 1 thông tin; 1 tệp không đọc được") != std::string::npos);
    CHECK(out.find("\x1b[") == std::string::npos);
    Options colored;
    colored.color = true;
    CHECK(soat::report::render_text(soat::test::sample_run(), colored).find("\x1b[1;31merror") != std::string::npos);
}

TEST_CASE("quiet text prints only errors and no summary", "[report][text]") {
    Options o;
    o.quiet = true;
    const std::string out = soat::report::render_text(soat::test::sample_run(), o);
    CHECK(out.find("error[invalid-period]") != std::string::npos);
    CHECK(out.find("warning[") == std::string::npos);
    CHECK(out.find("info[") == std::string::npos);
    CHECK(out.find("tệp:") == std::string::npos);
}

TEST_CASE("gcc format is one line per finding with UTF-8 byte columns", "[report][gcc]") {
    const std::string out = render(Format::Gcc);
    soat::test::check_golden("sample.gcc", out);
    // "19/18" on line 3 is code point column 19 and byte column 23 ("Đã **hoàn thành** ").
    CHECK(out.find("ghi-chú.md:3:23: error[invalid-fraction] 19/18") != std::string::npos);
    CHECK(out.find("trích") == std::string::npos);
}

TEST_CASE("json format has the shape of interface.md", "[report][json]") {
    const std::string out = render(Format::Json);
    soat::test::check_golden("sample.json", out);
    const auto j = nlohmann::json::parse(out);
    CHECK(j["version"] == 1);
    CHECK(j["tool"]["name"] == "soat");
    REQUIRE(j["files"].size() == 3);
    const auto& f0 = j["files"][0];
    CHECK(f0["format"] == "docx");
    CHECK(f0["error"].is_null());
    REQUIRE(f0["findings"].size() == 4);  // the suppressed one is left out
    const auto& p = f0["findings"][0];
    CHECK(p["rule"] == "invalid-period");
    CHECK(p["location"]["line"] == 2);
    CHECK(p["location"]["column"] == 87);
    CHECK(p["location"]["end_column"] == 93);
    CHECK(p["location"]["paragraph"] == 2);
    CHECK(p["location"]["part"] == "word/document.xml");
    CHECK(p["location"]["table"].is_null());
    CHECK(p["location"]["section"] == "I. TÌNH HÌNH KINH TẾ");
    CHECK(p["related"][0]["location"]["line"] == 1);
    CHECK(p["fix"]["replacement"] == "quý IV");
    CHECK(p["fix"]["safe"] == false);
    const auto& cell = f0["findings"][1]["location"];
    CHECK(cell["table"]["index"] == 2);
    CHECK(cell["table"]["row"] == 3);
    CHECK(cell["table"]["column"] == 1);
    CHECK(f0["findings"][2]["location"]["part"] == "word/footnotes.xml");
    CHECK(f0["findings"][2]["location"]["paragraph"].is_null());
    CHECK(f0["findings"][3]["location"]["line"].is_null());
    CHECK(j["files"][2]["error"]["code"] == "E102");
    CHECK(j["files"][2]["findings"].empty());
    CHECK(j["summary"] == nlohmann::json{{"files", 3}, {"unreadable", 1}, {"error", 3}, {"warning", 2}, {"info", 1}});
    // Keys stay in the documented order.
    CHECK(out.find("\"version\"") < out.find("\"tool\""));
    CHECK(out.find("\"tool\"") < out.find("\"files\""));
    CHECK(out.find("\"files\"") < out.find("\"summary\""));
}

TEST_CASE("sarif format carries rules, regions, logical locations and suppressions", "[report][sarif]") {
    soat::report::Run run = soat::test::sample_run();
    run.baseline = true;
    run.files[0].findings[0].baseline = soat::BaselineState::Unchanged;
    const std::string out = soat::report::render_sarif(run, {});
    const auto j = nlohmann::json::parse(out);
    CHECK(j["version"] == "2.1.0");
    const auto& r = j["runs"][0];
    CHECK(r["columnKind"] == "unicodeCodePoints");
    const auto& rules = r["tool"]["driver"]["rules"];
    REQUIRE(rules.size() == 4);
    CHECK(rules[0]["id"] == "invalid-period");
    CHECK(rules[0]["defaultConfiguration"]["level"] == "error");
    CHECK(rules[0]["shortDescription"]["text"] == "Kỳ báo cáo không tồn tại");
    const auto& results = r["results"];
    REQUIRE(results.size() == 7);  // 5 docx findings including the suppressed one, 2 markdown
    const auto& first = results[0];
    CHECK(first["ruleId"] == "invalid-period");
    CHECK(first["ruleIndex"] == 0);
    CHECK(first["level"] == "error");
    const auto& loc = first["locations"][0];
    CHECK(loc["physicalLocation"]["artifactLocation"]["uri"] == "bao-cao%209%20th%C3%A1ng.docx");
    CHECK(loc["physicalLocation"]["region"]["startLine"] == 2);
    CHECK(loc["physicalLocation"]["region"]["startColumn"] == 87);
    CHECK(loc["physicalLocation"]["region"]["endColumn"] == 93);
    CHECK(loc["logicalLocations"][0]["fullyQualifiedName"] == "I. TÌNH HÌNH KINH TẾ");
    CHECK(first["partialFingerprints"]["soatFingerprint/v1"] == "invalid-period-1086");
    CHECK(first["baselineState"] == "unchanged");
    CHECK(results[1]["baselineState"] == "new");
    CHECK(results[1]["locations"][0]["logicalLocations"][1]["name"] == "bảng 2, dòng 3, cột 1");
    CHECK_FALSE(results[1].contains("ruleIndex") == false);
    CHECK(results[3]["suppressions"][0]["kind"] == "inSource");
    CHECK(results[3]["suppressions"][0]["justification"] == "trích nguyên văn");
    CHECK_FALSE(results[4]["locations"][0]["physicalLocation"].contains("region"));
    CHECK_FALSE(results[5].contains("ruleIndex"));  // a rule not in the metadata
    const auto& notes = r["invocations"][0]["toolExecutionNotifications"];
    REQUIRE(notes.size() == 1);
    CHECK(notes[0]["descriptor"]["id"] == "E102");
    CHECK(r["invocations"][0]["executionSuccessful"] == false);
    soat::test::check_golden("sample.sarif", soat::report::render_sarif(soat::test::sample_run(), {}));
}

TEST_CASE("junit format has one test case per rule per file and parses as XML", "[report][junit]") {
    const std::string out = render(Format::Junit);
    soat::test::check_golden("sample.junit.xml", out);
    xmlDocPtr doc = xmlReadMemory(out.data(), static_cast<int>(out.size()), "junit.xml", nullptr, XML_PARSE_NONET);
    CHECK(doc != nullptr);
    xmlFreeDoc(doc);
    // 4 known rules for the docx file; the markdown file adds 2 rules not in the metadata.
    CHECK(out.find("<testsuite name=\"bao-cao 9 tháng.docx\" tests=\"4\" failures=\"2\" errors=\"0\">") != std::string::npos);
    CHECK(out.find("<testsuite name=\"ghi-chú.md\" tests=\"6\" failures=\"1\" errors=\"0\">") != std::string::npos);
    CHECK(out.find("<testsuite name=\"hỏng.docx\" tests=\"1\" failures=\"0\" errors=\"1\">") != std::string::npos);
    CHECK(out.find("Tổng &quot;cộng&quot;") != std::string::npos);
    CHECK(out.find("<system-out>ghi-chú.md:4:11: info[percent-mismatch]") != std::string::npos);
    // With --fail-on warning the spacing finding fails too.
    Options o;
    o.fail_on = soat::Severity::Warning;
    const std::string strict = soat::report::render_junit(soat::test::sample_run(), o);
    CHECK(strict.find("tests=\"4\" failures=\"4\"") != std::string::npos);
}

TEST_CASE("github format escapes data and properties and ends with a summary notice", "[report][github]") {
    const std::string out = render(Format::Github);
    soat::test::check_golden("sample.github", out);
    CHECK(out.find("::error file=bao-cao 9 tháng.docx,line=2,col=87,endLine=2,endColumn=93,title=soat invalid-period::Quý VI") !=
          std::string::npos);
    CHECK(out.find("Dấu cách trước dấu phẩy, 50%25 lỗi") != std::string::npos);
    CHECK(out.find("::warning file=bao-cao 9 tháng.docx,line=4,") != std::string::npos);
    CHECK(out.find("::notice file=ghi-chú.md,line=4,col=11,") != std::string::npos);
    CHECK(out.find("::error file=h%E1") == std::string::npos);
    CHECK(out.find("::error file=hỏng.docx,title=soat E102::hỏng.docx: not a zip archive") != std::string::npos);
    CHECK(out.rfind("::notice title=soat::soat: 3 tệp, 3 lỗi, 2 cảnh báo, 1 thông tin") != std::string::npos);
    CHECK(out.find("trích") == std::string::npos);
    soat::report::Run run = soat::test::sample_run();
    run.files[0].path = "a:b,c%.docx";
    run.files[0].findings[0].message = "dòng một\ndòng hai\r";
    const std::string esc = soat::report::render_github(run, {});
    CHECK(esc.find("::error file=a%3Ab%2Cc%25.docx,line=2") != std::string::npos);
    CHECK(esc.find("::dòng một%0Adòng hai%0D (gợi ý: quý IV)\n") != std::string::npos);
}

TEST_CASE("rdjson format uses UTF-8 byte columns and fixes as suggestions", "[report][rdjson]") {
    const std::string out = render(Format::Rdjson);
    soat::test::check_golden("sample.rdjson", out);
    const auto j = nlohmann::json::parse(out);
    CHECK(j["source"]["name"] == "soat");
    const auto& d = j["diagnostics"];
    REQUIRE(d.size() == 7);  // 4 docx findings, 2 markdown, 1 unreadable
    CHECK(d[0]["code"]["value"] == "invalid-period");
    CHECK(d[0]["severity"] == "ERROR");
    // Paragraph 2 before "quý VI": 86 code points, 120 bytes.
    CHECK(d[0]["location"]["range"]["start"]["column"] == 121);
    CHECK(d[0]["location"]["range"]["end"]["column"] == 121 + 7);  // "quý VI" is 7 bytes
    CHECK(d[0]["suggestions"][0]["text"] == "quý IV");
    CHECK(d[4]["location"]["range"]["start"]["line"] == 3);
    CHECK(d[4]["location"]["range"]["start"]["column"] == 23);
    CHECK(d[6]["code"]["value"] == "E102");
    CHECK_FALSE(d[6]["location"].contains("range"));
}

TEST_CASE("every format is byte-stable across renders", "[report]") {
    for (Format f : {Format::Text, Format::Json, Format::Sarif, Format::Junit, Format::Github, Format::Gcc, Format::Rdjson}) {
        CHECK(render(f) == render(f));
    }
}
