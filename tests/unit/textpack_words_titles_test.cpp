// Slips inside a title written in sentence case mid-sentence (`trong Chiến lượt quốc gia`): only the
// title's first word takes a capital, and it is read with the lowercase word after it (never as a
// slip itself, since a capitalised word may be a name). Generated twins: frames written for this
// test, each tone or mark slip of the title's second syllable linted whole; a slip is found when a
// misspelling warning's fix turns the slipped frame back into the frame. Clean frames and names stay
// silent. The floor sits just below the measured figure.
#include "analysis/slips.hpp"
#include "analysis/syllable.hpp"
#include "support/lint_helpers.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

namespace {

namespace an = soat::analysis;

}  // namespace

TEST_CASE("words: a slip after the capitalised first word of a title mid-sentence", "[misspelling]") {
    const std::vector<std::pair<const char*, const char*>> frames = {
        {"mục tiêu được xác định trong Chiến lược phát triển kinh tế biển của tỉnh", "lược"},
        {"các xã đang thực hiện Kế hoạch xây dựng nông thôn mới giai đoạn tới", "hoạch"},
        {"đơn vị lập dự toán theo Hướng dẫn của Sở Tài chính về quyết toán", "dẫn"},
        {"huyện đã triển khai Chương trình mục tiêu quốc gia giảm nghèo bền vững", "trình"},
        {"hai bên đã ký Quy chế phối hợp giữa các sở ngành", "chế"},
        {"các đơn vị tổ chức thực hiện Đề án phát triển du lịch cộng đồng", "án"},
        {"sở đã tổ chức Hội nghị tổng kết công tác năm", "nghị"},
        {"chi trả theo Thông tư hướng dẫn của Bộ Tài chính", "tư"},
        {"các sở ngành nghiêm túc thực hiện Chỉ thị về tăng cường kỷ luật", "thị"},
        {"cán bộ được cử đi học lớp Bồi dưỡng kiến thức quản lý nhà nước", "dưỡng"},
    };
    int found = 0, injected = 0, alarms = 0;
    for (const auto& [text, target] : frames) {
        const std::string clean = text;
        if (!soat::test::misspelling_fixes(clean).empty()) {
            ++alarms;
            std::cout << "title: finding on the clean frame: " << clean << "\n";
        }
        const std::string word = target;
        const auto at = clean.find(" " + word + " ");
        REQUIRE(at != std::string::npos);
        for (const auto& v : an::mark_variants(word)) {
            if (!an::is_valid_syllable(v)) continue;
            const std::string slipped = clean.substr(0, at + 1) + v + clean.substr(at + 1 + word.size());
            ++injected;
            const auto fixes = soat::test::misspelling_fixes(slipped);
            if (std::find(fixes.begin(), fixes.end(), clean) != fixes.end()) {
                ++found;
            } else {
                std::cout << "title: missed " << v << " for " << word << " in: " << clean << "\n";
            }
        }
    }
    std::cout << "title: " << found << "/" << injected << " found, " << alarms << " clean frames with a finding\n";
    CHECK(alarms == 0);
    CHECK(injected == 50);
    CHECK(found >= 42);  // (44 of 50 measured; 14 before titles were read)
    // Names: every word capitalised, or a capital word with a capitalised neighbour, is not read.
    for (const char* clean : {"đoàn công tác của Hà Nội tổ chức khảo sát tại Lạng Sơn", "đồng chí Nguyễn Văn Tư chủ trì hội nghị",
                              "dòng sông Hồng chảy qua địa bàn thành phố", "chị Mai đã được khen thưởng đột xuất"}) {
        CHECK(soat::test::misspelling_fixes(clean).empty());
    }
}
