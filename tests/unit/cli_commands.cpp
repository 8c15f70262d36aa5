// `soat extract`, `rules`, `explain` and `init`.
#include "cli_run.hpp"

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

TEST_CASE("rules lists every rule; explain documents one", "[cli]") {
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
