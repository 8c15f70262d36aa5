// A folder of 500 generated drafts linted in one run: every file reported. The wall time is
// printed for the record, not asserted (bench/ is where speed is measured).
#include "cli_run.hpp"

#include <nlohmann/json.hpp>

#include <chrono>

using soat::test::run_soat;
using soat::test::ScratchDir;

TEST_CASE("a folder of 500 documents is linted in one run", "[cli][perf]") {
    ScratchDir dir;
    soat::test::use_demo_pack(dir);
    const char* sentences[] = {
        "Tổng thu ngân sách nhà nước trên địa bàn ước đạt 12.450 tỷ đồng, bằng 103,2% dự toán năm.",
        "Trong quý VI năm 2024, các huyện đã hoàn thành 14/15 chỉ tiêu chủ yếu.",
        "Toàn tỉnh phân đấu đạt tốc độ tăng trưởng kinh tế 8,5% trong năm 2025.",
        "Giá trị sản xuất nông nghiệp dự kiến tăng 4,8% so với cùng kỳ năm trước.",
        "Công tác cải cách hành chính tiếp tục được quan tâm chỉ đạo, đạt nhiều kết quả tích cực.",
    };
    for (int i = 0; i < 500; ++i) {
        std::string body = "# BÁO CÁO SỐ " + std::to_string(i) + "\n\n## I. KẾT QUẢ\n\n";
        for (int p = 0; p < 30; ++p) {
            body += sentences[(i + p) % 5];
            body += p % 3 == 2 ? "\n\n" : "\n";
        }
        dir.write("docs/nhom-" + std::to_string(i % 10) + "/bao-cao-" + std::to_string(i) + (i % 2 ? ".md" : ".txt"), body);
    }
    const auto start = std::chrono::steady_clock::now();
    const auto r = run_soat("check --format json docs", dir.path());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    WARN("500 documents linted in " << seconds << " s");
    CHECK(r.code == 1);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["summary"]["files"] == 500);
    CHECK(j["summary"]["unreadable"] == 0);
    CHECK(j["summary"]["error"].get<int>() >= 500);
}
