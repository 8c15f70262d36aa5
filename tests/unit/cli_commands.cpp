// `soat extract`, `rules`, `explain` and `init`.
#include "cli_run.hpp"

#include <nlohmann/json.hpp>

#include <map>

using soat::test::run_soat;
using soat::test::ScratchDir;

TEST_CASE("extract prints one line per paragraph, footnotes after the body", "[cli]") {
    ScratchDir dir;
    dir.write("a.md", "# Tiêu đề\n\nDòng một\ndòng hai\twith tab\n\n¹ Chú thích.\n\nĐoạn cuối.\n");
    const auto r = run_soat("extract a.md", dir.path());
    CHECK(r.code == 0);
    CHECK(r.out == "Tiêu đề\nDòng một dòng hai with tab\nĐoạn cuối.\nChú thích.\n");
    CHECK(run_soat("extract khong-co.md", dir.path()).code == 2);
    const auto in = run_soat("extract --stdin-name x.md - < a.md", dir.path());
    CHECK(in.out == r.out);
}

TEST_CASE("rules lists every rule — explain documents one", "[cli]") {
    ScratchDir dir;
    soat::test::use_demo_pack(dir);
    const auto rules = run_soat("rules");
    CHECK(rules.code == 0);
    CHECK(rules.out.rfind("rule", 0) == 0);
    CHECK(run_soat("explain khong-co-quy-tac").code == 2);
}

TEST_CASE("init writes the default configuration once", "[cli]") {
    ScratchDir dir;
    const auto r = run_soat("init", dir.path());
    CHECK(r.code == 0);
    CHECK(dir.read(".soat.yml").find("profile: draft") != std::string::npos);
    CHECK(run_soat("init", dir.path()).code == 2);
    CHECK(run_soat("init --force", dir.path()).code == 0);
    dir.write("a.md", "Văn bản.\n");
    CHECK(run_soat("check a.md", dir.path()).code == 0);  // the written file is a valid config
}

TEST_CASE("extract --format json gives the kind and each line's component — check's JSON the kind", "[cli]") {
    const std::string sample = std::string(SOAT_SOURCE_DIR) + "/fixtures/sample/bao-cao-mau.docx";
    const auto r = run_soat("extract --format json '" + sample + "'");
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["kind"] == "administrative");
    std::map<std::string, std::string> first;  // component -> its first line's text
    for (const auto& p : j["paragraphs"]) first.emplace(p["component"].get<std::string>(), p["text"].get<std::string>());
    CHECK(first["national-title"] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    CHECK(first["motto"] == "Độc lập - Tự do - Hạnh phúc");
    CHECK(first["doc-type"] == "BÁO CÁO");
    CHECK(first["recipients"] == "Nơi nhận:");
    CHECK(first["signer-authority"] == "TM. ỦY BAN NHÂN DÂN");
    CHECK(first["signer-title"] == "PHÓ CHỦ TỊCH");
    CHECK(first["signer-name"] == "Trần Thị Hoa");
    CHECK(first.count("body") == 1);
    const auto human = run_soat("extract --components '" + sample + "'");
    CHECK(human.out.rfind("# administrative\n", 0) == 0);
    CHECK(human.out.find("{number}") != std::string::npos);
    const auto check = run_soat("check --format json --fail-on never '" + sample + "'");
    CHECK(nlohmann::json::parse(check.out)["files"][0]["kind"] == "administrative");
}
