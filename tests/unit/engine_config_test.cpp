#include <soat/engine.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

namespace fs = std::filesystem;
using namespace soat;

namespace {

struct TempDir {
    fs::path path;
    TempDir() {
        std::random_device rd;
        path = fs::temp_directory_path() / ("soat-config-" + std::to_string(rd()));
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    fs::path write(const std::string& name, const std::string& text) const {
        fs::create_directories((path / name).parent_path());
        std::ofstream(path / name, std::ios::binary) << text;
        return path / name;
    }
};

}  // namespace

TEST_CASE("no .soat.yml anywhere gives the defaults", "[engine][config]") {
    TempDir dir;
    auto file = dir.write("a/b/bao-cao.txt", "x");
    auto c = engine::load_config(file.string());
    REQUIRE(c.ok());
    // The temp dir may sit under a directory with its own .soat.yml: accept only the default.
    if (!c->source.empty()) WARN("a .soat.yml above the temp directory was found: " << c->source);
    else CHECK(c->profile == Profile::Draft);
}

TEST_CASE("the nearest .soat.yml upward is used, with every key", "[engine][config]") {
    TempDir dir;
    dir.write(".soat.yml", "profile: draft\n");
    dir.write("a/.soat.yml",
              "profile: final\n"
              "lang: en\n"
              "rules:\n"
              "  invalid-period: off\n"
              "  spacing: error\n"
              "  repeated-word: {enabled: true, severity: info}\n"
              "enable: [draft-marker]\n"
              "disable: [numbers, unicode]\n"
              "packs: [my-rules, /abs/rules]\n"
              "abbreviations: [KCN, CCN]\n"
              "tone: new\n"
              "confusables: {chuyên đổi số: chuyển đổi số}\n"
              "tolerances: {approx: 0.05}\n"
              "kind: attachment\n");
    auto file = dir.write("a/b/c/bao-cao.docx", "x");
    auto c = engine::load_config(file.string());
    REQUIRE(c.ok());
    CHECK(c->source == (dir.path / "a/.soat.yml").string());
    CHECK(c->profile == Profile::Final);
    CHECK(c->lang == Lang::En);
    REQUIRE(c->rules.count("invalid-period"));
    CHECK(c->rules["invalid-period"].enabled == false);
    CHECK(!c->rules["invalid-period"].severity);
    CHECK(c->rules["spacing"].severity == Severity::Error);
    CHECK(c->rules["spacing"].enabled == true);
    CHECK(c->rules["repeated-word"].severity == Severity::Info);
    CHECK(c->enable == std::set<std::string>{"draft-marker"});
    CHECK(c->disable == std::set<std::string>{"numbers", "unicode"});
    REQUIRE(c->pack_dirs.size() == 2);
    CHECK(c->pack_dirs[0] == (dir.path / "a/my-rules").string());
    CHECK(c->pack_dirs[1] == "/abs/rules");
    CHECK(c->abbreviations == std::set<std::string>{"CCN", "KCN"});
    CHECK(c->tone == config::TonePolicy::New);
    CHECK(c->kind == "attachment");
    CHECK(c->confusables.at("chuyên đổi số") == "chuyển đổi số");
    CHECK(c->approx_tolerance == Approx(0.05));

    // A sibling directory goes up to the outer file.
    auto other = dir.write("z/doc.txt", "x");
    auto d = engine::load_config(other.string());
    REQUIRE(d.ok());
    CHECK(d->source == (dir.path / ".soat.yml").string());
    CHECK(d->profile == Profile::Draft);
}

TEST_CASE("an explicit --config wins over the upward search", "[engine][config]") {
    TempDir dir;
    dir.write(".soat.yml", "profile: final\n");
    auto explicit_path = dir.write("other.yml", "lang: en\n");
    auto c = engine::load_config((dir.path / "x.docx").string(), explicit_path.string());
    REQUIRE(c.ok());
    CHECK(c->lang == Lang::En);
    CHECK(c->profile == Profile::Draft);
    auto missing = engine::load_config((dir.path / "x.docx").string(), (dir.path / "nope.yml").string());
    REQUIRE(!missing.ok());
    CHECK(missing.error().code == "E201");
}

TEST_CASE("unknown keys are E202 with the key and its line", "[engine][config]") {
    TempDir dir;
    auto cfg = dir.write("bad/.soat.yml", "profile: final\n\nprofiel: draft\n");
    auto c = engine::load_config((dir.path / "bad/x.docx").string());
    REQUIRE(!c.ok());
    CHECK(c.error().code == "E202");
    CHECK_THAT(c.error().message, Catch::Contains("profiel") && Catch::Contains(":3:"));

    dir.write("bad2/.soat.yml", "rules:\n  spacing:\n    severty: info\n");
    auto d = engine::load_config((dir.path / "bad2/x.docx").string());
    REQUIRE(!d.ok());
    CHECK(d.error().code == "E202");
    CHECK_THAT(d.error().message, Catch::Contains("severty") && Catch::Contains(":3:"));

    dir.write("bad3/.soat.yml", "tolerances:\n  exact: 1\n");
    auto t = engine::load_config((dir.path / "bad3/x.docx").string());
    REQUIRE(!t.ok());
    CHECK(t.error().code == "E202");
}

TEST_CASE("bad values are E201 with the line", "[engine][config]") {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"profile: release\n", ":1:"},
        {"lang: fr\n", ":1:"},
        {"tone: auto\ntone2: x\n", ""},  // E202, checked below
        {"rules:\n  spacing: loud\n", ":2:"},
        {"enable: spacing\n", ":1:"},
        {"tolerances: {approx: lots}\n", ":1:"},
        {"tolerances:\n  approx: 2\n", ":2:"},
        {"packs: {a: b}\n", ":1:"},
        {"kind: memo\n", ":1:"},
        {"profile: [draft\n", ""},  // invalid YAML
        {"- a\n- b\n", ":1:"},
    };
    TempDir dir;
    int n = 0;
    for (const auto& [text, line] : cases) {
        const std::string sub = "c" + std::to_string(n++);
        dir.write(sub + "/.soat.yml", text);
        auto c = engine::load_config((dir.path / sub / "x.docx").string());
        INFO(text);
        REQUIRE(!c.ok());
        if (text.rfind("tone: auto", 0) == 0) {
            CHECK(c.error().code == "E202");
            continue;
        }
        CHECK(c.error().code == "E201");
        if (!line.empty()) CHECK_THAT(c.error().message, Catch::Contains(line));
    }
}

TEST_CASE("a changed file is re-read — an empty file gives defaults", "[engine][config]") {
    TempDir dir;
    auto cfg = dir.write(".soat.yml", "");
    auto c = engine::load_config((dir.path / "x.docx").string());
    REQUIRE(c.ok());
    CHECK(c->profile == Profile::Draft);
    dir.write(".soat.yml", "profile: final   # changed\n");
    fs::last_write_time(cfg, fs::last_write_time(cfg) + std::chrono::seconds(5));
    auto d = engine::load_config((dir.path / "x.docx").string());
    REQUIRE(d.ok());
    CHECK(d->profile == Profile::Final);
}

TEST_CASE("default_config_text loads back to the defaults", "[engine][config]") {
    TempDir dir;
    const auto text = engine::default_config_text();
    CHECK_THAT(text, Catch::Contains("profile: draft") && Catch::Contains("approx: 0.02"));
    auto cfg = dir.write(".soat.yml", text);
    auto c = engine::load_config((dir.path / "x.docx").string());
    REQUIRE(c.ok());
    const config::Config d;
    CHECK(c->profile == d.profile);
    CHECK(c->lang == d.lang);
    CHECK(c->rules.empty());
    CHECK(c->enable.empty());
    CHECK(c->disable.empty());
    CHECK(c->pack_dirs.empty());
    CHECK(c->abbreviations.empty());
    CHECK(c->tone == d.tone);
    CHECK(c->confusables.empty());
    CHECK(c->approx_tolerance == d.approx_tolerance);
    // Every top-level key of the parser appears in the text.
    for (const char* key : {"profile:", "lang:", "rules:", "enable:", "disable:", "packs:", "abbreviations:", "tone:",
                            "confusables:", "tolerances:"}) {
        CHECK_THAT(text, Catch::Contains(std::string("\n") + key));
    }
}

TEST_CASE("a .soat.yml created later is found once locations are forgotten", "[engine][config]") {
    TempDir dir;
    dir.write(".soat.yml", "profile: draft\n");
    const auto draft = dir.write("sub/bao-cao.txt", "x");
    auto before = engine::load_config(draft.string());
    REQUIRE(before.ok());
    CHECK(before->source == (dir.path / ".soat.yml").string());
    dir.write("sub/.soat.yml", "profile: final\n");
    CHECK(engine::load_config(draft.string())->source == (dir.path / ".soat.yml").string());  // cached location
    engine::forget_config_locations();
    auto after = engine::load_config(draft.string());
    REQUIRE(after.ok());
    CHECK(after->source == (dir.path / "sub" / ".soat.yml").string());
    CHECK(after->profile == Profile::Final);
}
