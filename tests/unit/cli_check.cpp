// `soat check` end to end: exit codes for every format, --fail-on, directories, unreadable
// inputs, stdin, --output, baselines, stable output across --jobs.
#include "cli_run.hpp"

#include <nlohmann/json.hpp>

using soat::test::run_soat;
using soat::test::ScratchDir;

namespace {

const char* kError = "Trong quý VI năm 2024 các xã đã hoàn thành kế hoạch.\n";
const char* kWarning = "Toàn tỉnh phân đấu hoàn thành kế hoạch năm.\n";
const char* kInfo = "Giá trị sản xuất dự kiến tăng 4,8%.\n";
const char* kClean = "Các xã đã hoàn thành kế hoạch năm 2024.\n";

}  // namespace

TEST_CASE("check exits 0, 1 or 2 under every format", "[cli]") {
    ScratchDir dir;
    soat::test::use_demo_pack(dir);
    dir.write("loi.md", kError);
    dir.write("sach.md", kClean);
    for (const char* format : {"text", "json", "sarif", "junit", "github", "gcc", "rdjson"}) {
        INFO("format " << format);
        CHECK(run_soat(std::string("check --format ") + format + " sach.md", dir.path()).code == 0);
        const auto bad = run_soat(std::string("check --format ") + format + " loi.md sach.md", dir.path());
        CHECK(bad.code == 1);
        CHECK(bad.out.find("demo-error") != std::string::npos);
        CHECK(run_soat(std::string("check --format ") + format + " sach.md khong-co.md", dir.path()).code == 2);
    }
}

TEST_CASE("check reports findings at the file's line and column", "[cli]") {
    ScratchDir dir;
    soat::test::use_demo_pack(dir);
    dir.write("a.md", std::string("# Tiêu đề\n\n") + kError);
    const auto r = run_soat("check --format gcc --color always a.md", dir.path());
    // "VI" (the `at` group) is at code point column 11, byte column 12 ("Trong quý ").
    CHECK(r.out == "a.md:3:12: error[demo-error] Quý VI không tồn tại\n");
    const auto text = run_soat("check a.md", dir.path());
    CHECK(text.out.find("a.md:3:11: error[demo-error] Quý VI không tồn tại\n  --> Tiêu đề, đoạn 2\n") != std::string::npos);
    CHECK(text.out.find("\x1b[") == std::string::npos);  // not a terminal
    CHECK(run_soat("check --color always a.md", dir.path()).out.find("\x1b[") != std::string::npos);
    const auto en = run_soat("check --lang en a.md", dir.path());
    CHECK(en.out.find("Quarter VI does not exist") != std::string::npos);
    CHECK(en.out.find("1 file: 1 error, 0 warnings, 0 info") != std::string::npos);
}

TEST_CASE("check --fail-on sets the lowest severity that fails", "[cli]") {
    ScratchDir dir;
    soat::test::use_demo_pack(dir);
    dir.write("w.md", kWarning);
    dir.write("i.md", kInfo);
    dir.write("e.md", kError);
    CHECK(run_soat("check w.md", dir.path()).code == 0);
    CHECK(run_soat("check --fail-on warning w.md", dir.path()).code == 1);
    CHECK(run_soat("check --fail-on warning i.md", dir.path()).code == 0);
    CHECK(run_soat("check --fail-on info i.md", dir.path()).code == 1);
    CHECK(run_soat("check --fail-on never e.md", dir.path()).code == 0);
    CHECK(run_soat("check --fail-on sometimes e.md", dir.path()).code == 2);
}

TEST_CASE("check --enable/--disable, --profile and --config change what runs", "[cli]") {
    ScratchDir dir;
    soat::test::use_demo_pack(dir);
    dir.write("e.md", kError);
    CHECK(run_soat("check --disable demo-error e.md", dir.path()).code == 0);
    CHECK(run_soat("check --disable demo e.md", dir.path()).code == 0);
    CHECK(run_soat("check --disable khong-co-quy-tac e.md", dir.path()).code == 2);
    CHECK(run_soat("check --profile final e.md", dir.path()).code == 1);
    CHECK(run_soat("check --profile sometimes e.md", dir.path()).code == 2);
    // An explicit --config without the demo pack: the demo rule does not exist there.
    dir.write("other/plain.yml", "profile: draft\ndisable: [time, numbers, text, structure, hygiene]\n");
    CHECK(run_soat("check --config other/plain.yml e.md", dir.path()).code == 0);
    dir.write("bad.yml", "profil: draft\n");
    const auto bad = run_soat("check --config bad.yml e.md", dir.path(), true);
    CHECK(bad.code == 2);
    CHECK(bad.out.find("E202") != std::string::npos);
}

TEST_CASE("directories are searched recursively, sorted, skipping hidden and lock files", "[cli]") {
    ScratchDir dir;
    soat::test::use_demo_pack(dir);
    dir.write("docs/b.md", kError);
    dir.write("docs/a/z.txt", kError);
    dir.write("docs/a/y.md", kClean);
    dir.write("docs/.git/x.md", kError);
    dir.write("docs/.an.md", kError);
    dir.write("docs/~$b.docx", "lock");
    dir.write("docs/notes.pdf", "%PDF");
    dir.write("docs/nhap/c.md", kError);
    const auto r = run_soat("check --format json docs", dir.path());
    CHECK(r.code == 1);
    const auto j = nlohmann::json::parse(r.out);
    std::vector<std::string> paths;
    for (const auto& f : j["files"]) paths.push_back(f["path"]);
    CHECK(paths == std::vector<std::string>{"docs/a/y.md", "docs/a/z.txt", "docs/b.md", "docs/nhap/c.md"});
    const auto ex = nlohmann::json::parse(run_soat("check --format json --exclude 'nhap' --exclude '*.txt' docs", dir.path()).out);
    CHECK(ex["files"].size() == 2);
    const auto in = nlohmann::json::parse(run_soat("check --format json --include '*.txt' docs", dir.path()).out);
    REQUIRE(in["files"].size() == 1);
    CHECK(in["files"][0]["path"] == "docs/a/z.txt");
}

TEST_CASE("an unreadable file is reported with its code and the others are still linted", "[cli]") {
    ScratchDir dir;
    soat::test::use_demo_pack(dir);
    dir.write("a.md", kError);
    dir.write("hong.docx", "PK\x03\x04 not really a zip");
    dir.write("bad.txt", "abc \xC3\x28\n");
    dir.write("z.md", kWarning);
    const auto r = run_soat("check --format json a.md hong.docx bad.txt z.md khong-co.md", dir.path());
    CHECK(r.code == 2);
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["files"].size() == 5);
    CHECK(j["files"][0]["findings"].size() == 1);
    CHECK(j["files"][1]["error"]["code"].get<std::string>().rfind("E10", 0) == 0);
    CHECK(j["files"][2]["error"]["code"] == "E113");
    CHECK(j["files"][3]["findings"].size() == 1);
    CHECK(j["files"][4]["error"]["code"] == "E101");
    CHECK(j["summary"]["unreadable"] == 3);
    const auto text = run_soat("check a.md bad.txt", dir.path());
    CHECK(text.code == 2);
    CHECK(text.out.find("bad.txt: error[E113]") != std::string::npos);
    CHECK(text.out.find("a.md:1:") != std::string::npos);
}

TEST_CASE("stdin is read once with --stdin-name", "[cli]") {
    ScratchDir dir;
    soat::test::use_demo_pack(dir);
    dir.write("in.md", kError);
    const auto r = run_soat("check --format gcc --stdin-name bao-cao.md - < in.md", dir.path());
    CHECK(r.code == 1);
    CHECK(r.out.rfind("bao-cao.md:1:", 0) == 0);
    const auto binary = run_soat("check --stdin-name x.pdf - < in.md", dir.path());
    CHECK(binary.code == 2);
    CHECK(binary.out.find("E116") != std::string::npos);
    CHECK(run_soat("check - - < in.md", dir.path()).code == 2);
    const auto unnamed = run_soat("check --format gcc - < in.md", dir.path());
    CHECK(unnamed.code == 1);
    CHECK(unnamed.out.rfind("<stdin>.txt:1:", 0) == 0);
}

TEST_CASE("check --output writes the report to a file", "[cli]") {
    ScratchDir dir;
    soat::test::use_demo_pack(dir);
    dir.write("a.md", kError);
    const auto r = run_soat("check --format sarif --output out/../report.sarif a.md", dir.path());
    CHECK(r.code == 1);
    CHECK(r.out.empty());
    const auto j = nlohmann::json::parse(dir.read("report.sarif"));
    CHECK(j["runs"][0]["results"][0]["ruleId"] == "demo-error");
    CHECK(run_soat("check --output /nonexistent-dir/x.json a.md", dir.path()).code == 2);
}

TEST_CASE("suppressed findings are not printed and do not fail", "[cli]") {
    ScratchDir dir;
    soat::test::use_demo_pack(dir);
    dir.write("a.md", std::string("<!-- soat-ignore demo-error: trích nguyên văn -->\n") + kError);
    const auto r = run_soat("check a.md", dir.path());
    CHECK(r.code == 0);
    CHECK(r.out.find("demo-error") == std::string::npos);
    const auto sarif = nlohmann::json::parse(run_soat("check --format sarif a.md", dir.path()).out);
    REQUIRE(sarif["runs"][0]["results"].size() >= 1);
    bool suppressed = false;
    for (const auto& res : sarif["runs"][0]["results"]) suppressed = suppressed || res.contains("suppressions");
    CHECK(suppressed);
}

TEST_CASE("a baseline keeps old findings from failing the run", "[cli]") {
    ScratchDir dir;
    soat::test::use_demo_pack(dir);
    dir.write("a.md", kError);
    CHECK(run_soat("check --write-baseline base.txt a.md", dir.path()).code == 1);
    CHECK(run_soat("check --baseline base.txt a.md", dir.path()).code == 0);
    const auto sarif = nlohmann::json::parse(run_soat("check --format sarif --baseline base.txt a.md", dir.path()).out);
    CHECK(sarif["runs"][0]["results"][0]["baselineState"] == "unchanged");
    dir.write("a.md", std::string(kError) + "\nThêm một đoạn mới về quý VI năm 2025 của tỉnh.\n");
    CHECK(run_soat("check --baseline base.txt a.md", dir.path()).code == 1);
    CHECK(run_soat("check --baseline khong-co.txt a.md", dir.path()).code == 2);
}

TEST_CASE("output is byte-stable across runs and --jobs values", "[cli]") {
    ScratchDir dir;
    soat::test::use_demo_pack(dir);
    for (int i = 0; i < 40; ++i) {
        std::string body;
        for (int k = 0; k <= i % 7; ++k) body += (k % 3 == 0 ? kError : k % 3 == 1 ? kWarning : kInfo) + std::string("\n");
        dir.write("docs/d" + std::to_string(100 + i) + (i % 2 ? ".md" : ".txt"), body);
    }
    for (const char* format : {"text", "json", "sarif", "junit", "github", "gcc", "rdjson"}) {
        INFO("format " << format);
        const auto one = run_soat(std::string("check --format ") + format + " --jobs 1 docs", dir.path());
        const auto four = run_soat(std::string("check --format ") + format + " --jobs 4 docs", dir.path());
        const auto again = run_soat(std::string("check --format ") + format + " --jobs 4 docs", dir.path());
        CHECK(one.code == 1);
        CHECK(one.out == four.out);
        CHECK(four.out == again.out);
    }
}

TEST_CASE("usage errors exit 2", "[cli]") {
    CHECK(run_soat("").code == 2);
    CHECK(run_soat("check").code == 2);
    CHECK(run_soat("check --format xml x.md").code == 2);
    CHECK(run_soat("check --jobs 0 x.md").code == 2);
    CHECK(run_soat("frobnicate").code == 2);
    CHECK(run_soat("--help").code == 0);
}
