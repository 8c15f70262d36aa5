// numbers18: "trong đó" lists of kinds whose parts pass their total, and counts split in two.
// Phrasings written for this test (never copied from a report) × random figures: each correct
// twin must stay silent on every numbers rule, each wrong twin must be found by sum-mismatch, and
// traps (people's attributes, nested budget items, labels with their own verbs, places, contents
// of a whole, a condition negated with a reason or beside "vượt") must stay silent even when their
// figures pass the total.
#include "support/lint_helpers.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace {

using soat::test::fill_marks;
using soat::test::grouped;

const std::vector<std::string> kNumberRules = {"sum-mismatch",        "percent-mismatch", "count-mismatch", "share-sum",
                                               "inconsistent-figure", "number-format",    "invalid-fraction"};



std::vector<std::string> fired(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& f : soat::test::lint_with(soat::test::document_from_paragraphs({text}), kNumberRules)) {
        if (f.severity == soat::Severity::Info) continue;
        out.push_back(f.rule + ": " + f.message);
    }
    return out;
}

bool sum_found(const std::vector<std::string>& said) {
    for (const auto& s : said) {
        if (s.rfind("sum-mismatch", 0) == 0) return true;
    }
    return false;
}

struct Phrasing {
    const char* text;  // {T} and {a} {b} {c}
    int parts;
    bool exhaustive;  // the parts are the whole (Σ = T), else Σ ≤ T
    long long lo, hi;  // the range of each part
};

struct Tally {
    int wrong = 0, found = 0, right = 0, alarms = 0;
};

// Draws `per` figures for each phrasing: a correct twin (T = Σ, or Σ plus up to a third for a
// list that may leave kinds out) and a wrong one (T below Σ by a slip, up to a fifth; for a whole
// split in two, T off Σ either way).
Tally run(const std::vector<Phrasing>& phrasings, std::uint32_t seed, int per, const char* title) {
    std::mt19937 rng(seed);
    Tally t;
    for (std::size_t i = 0; i < phrasings.size(); ++i) {
        const Phrasing& ph = phrasings[i];
        std::uniform_int_distribution<long long> part(ph.lo, ph.hi);
        for (int n = 0; n < per; ++n) {
            long long v[3] = {part(rng), part(rng), part(rng)};
            long long sum = 0, top = 0;
            for (int k = 0; k < ph.parts; ++k) {
                sum += v[k];
                top = std::max(top, v[k]);
            }
            const long long slack = std::max(1LL, sum / 5);
            std::uniform_int_distribution<long long> off(1, slack);
            const long long right = ph.exhaustive ? sum : sum + std::uniform_int_distribution<long long>(0, sum / 3)(rng);
            // (A part above the whole is another finding: the wrong total stays above every part.)
            const long long wrong = ph.exhaustive && (n % 2 == 1) ? sum + off(rng) : std::max(top + 1, sum - off(rng));
            auto text = [&](long long total) {
                return fill_marks(ph.text, {{"T", grouped(total)}, {"a", grouped(v[0])}, {"b", grouped(v[1])}, {"c", grouped(v[2])}});
            };
            const std::string ok = text(right), bad = text(wrong);
            const auto ok_said = fired(ok);
            ++t.right;
            if (!ok_said.empty()) {
                ++t.alarms;
                std::printf("FALSE ALARM %s #%zu: %s [%s]\n", title, i, ok.c_str(), ok_said.front().c_str());
            }
            ++t.wrong;
            if (sum_found(fired(bad))) {
                ++t.found;
            } else {
                std::printf("MISS %s #%zu: %s\n", title, i, bad.c_str());
            }
        }
    }
    std::printf("%-34s found %d/%d, false alarms %d/%d\n", title, t.found, t.wrong, t.alarms, t.right);
    return t;
}

// Every trap stays silent on sum-mismatch: its parts pass the total (a list that may overlap), or,
// marked `exhaustive`, fall short of it (two classes that need not make the whole).
void traps(const std::vector<Phrasing>& phrasings, std::uint32_t seed, int per) {
    std::mt19937 rng(seed);
    for (const Phrasing& ph : phrasings) {
        std::uniform_int_distribution<long long> part(ph.lo, ph.hi);
        for (int n = 0; n < per; ++n) {
            long long v[3] = {part(rng), part(rng), part(rng)};
            long long sum = 0, top = 0;
            for (int k = 0; k < ph.parts; ++k) {
                sum += v[k];
                top = std::max(top, v[k]);
            }
            // A total each part stays under, the parts together pass it (or miss it, when split in two).
            const long long total = ph.exhaustive ? sum + std::max(1LL, sum / 4) : std::max(top + 1, sum - std::max(1LL, (sum - top) / 2));
            const std::string text = fill_marks(ph.text, {{"T", grouped(total)}, {"a", grouped(v[0])}, {"b", grouped(v[1])}, {"c", grouped(v[2])}});
            INFO(text);
            CHECK_FALSE(sum_found(fired(text)));
        }
    }
}

}  // namespace

TEST_CASE("numbers18: kinds named by their own head nouns cannot pass their total", "[numbers][generated][kinds]") {
    const std::vector<Phrasing> phrasings = {
        {"Toàn tỉnh hiện có {T} thiết chế văn hóa, thể thao cơ sở, trong đó {a} nhà văn hóa, {b} sân thể thao và {c} thư viện.", 3, false, 5, 160},
        {"Giai đoạn này, huyện đã đầu tư {T} công trình hạ tầng, trong đó có {a} trường học, {b} trạm y tế, {c} chợ nông thôn.", 3, false, 3, 90},
        {"Năm 2024, cơ quan đăng ký đã cấp biển số cho {T} phương tiện, trong đó {a} ô tô và {b} xe máy.", 2, false, 300, 9000},
        {"Hội đồng nhân dân tỉnh ban hành {T} văn bản, trong đó {a} nghị quyết, {b} quyết định.", 2, false, 4, 60},
        {"Trên địa bàn có {T} cơ sở lưu trú du lịch, trong đó {a} khách sạn, {b} nhà nghỉ, {c} homestay.", 3, false, 10, 400},
        {"Ngành đã lắp đặt mới {T} thiết bị, trong đó: {a} camera giám sát, {b} loa truyền thanh.", 2, false, 20, 700},
    };
    const Tally t = run(phrasings, 20261207u, 8, "kinds by head noun");
    CHECK(t.alarms == 0);
    CHECK(t.found == t.wrong);
}

TEST_CASE("numbers18: amounts of disjoint sources or sectors, and projects by state, cannot pass their total", "[numbers][generated][kinds]") {
    const std::vector<Phrasing> phrasings = {
        {"Tổng thu ngân sách nhà nước trên địa bàn năm 2024 đạt {T} tỷ đồng, trong đó thu thuế {a} tỷ đồng, thu tiền sử dụng đất {b} tỷ đồng.", 2,
         false, 200, 6000},
        {"Thu ngân sách của huyện ước đạt {T} triệu đồng, trong đó thu tiền sử dụng đất {a} triệu đồng, thu tiền thuê đất {b} triệu đồng, thu phí, "
         "lệ phí {c} triệu đồng.",
         3, false, 900, 40000},
        {"Giá trị tăng thêm theo giá hiện hành đạt {T} tỷ đồng, trong đó khu vực nông, lâm nghiệp và thủy sản {a} tỷ đồng, khu vực công nghiệp - "
         "xây dựng {b} tỷ đồng, khu vực dịch vụ {c} tỷ đồng.",
         3, false, 1000, 30000},
        {"Tổng kinh phí xây dựng các tuyến đường là {T} triệu đồng, trong đó ngân sách nhà nước hỗ trợ {a} triệu đồng, nhân dân đóng góp {b} "
         "triệu đồng.",
         2, false, 300, 9000},
        {"Kế hoạch đầu tư công năm 2025 bố trí vốn cho {T} dự án, trong đó {a} dự án giao thông, {b} dự án thủy lợi, {c} dự án giáo dục.", 3, false,
         3, 60},
        {"Huyện đã hoàn thành {T} công trình, trong đó {a} công trình giao thông và {b} công trình nước sinh hoạt.", 2, false, 3, 60},
        {"Năm 2024, tỉnh triển khai {T} dự án đầu tư công, trong đó {a} dự án đã hoàn thành, {b} dự án đang thi công, {c} dự án chưa khởi công.", 3,
         false, 4, 80},
    };
    const Tally t = run(phrasings, 20261208u, 8, "sources, sectors, states");
    CHECK(t.alarms == 0);
    CHECK(t.found == t.wrong);
}

TEST_CASE("numbers18: a whole split in two by a condition and its negation", "[numbers][generated][kinds]") {
    const std::vector<Phrasing> phrasings = {
        {"Toàn huyện có {T} xã, trong đó {a} xã đạt chuẩn nông thôn mới, {b} xã chưa đạt.", 2, true, 3, 40},
        {"Năm 2024 có {T} dự án được bố trí vốn, trong đó {a} dự án đã hoàn thành, {b} dự án chưa hoàn thành.", 2, true, 2, 70},
        {"Bộ phận một cửa tiếp nhận {T} hồ sơ, trong đó đã giải quyết {a} hồ sơ, chưa giải quyết {b} hồ sơ.", 2, true, 40, 5000},
        {"Trong {T} chỉ tiêu chủ yếu, có {a} chỉ tiêu đạt, {b} chỉ tiêu không đạt.", 2, true, 2, 25},
        {"Trong tổng số {T} trường, có {a} trường đạt chuẩn, {b} trường chưa đạt chuẩn.", 2, true, 5, 300},
    };
    const Tally t = run(phrasings, 20261209u, 8, "split in two");
    CHECK(t.alarms == 0);
    CHECK(t.found == t.wrong);
}

TEST_CASE("numbers18 traps: attributes, nested items, own verbs, places and contents stay silent", "[numbers][generated][kinds]") {
    const std::vector<Phrasing> phrasings = {
        // People's attributes overlap.
        {"Cơ quan có {T} cán bộ, công chức, trong đó {a} nữ, {b} đảng viên, {c} người dân tộc thiểu số.", 3, false, 20, 300},
        {"Lớp bồi dưỡng có {T} học viên, trong đó {a} nữ, {b} đảng viên.", 2, false, 10, 80},
        {"Toàn xã có {T} hộ, trong đó {a} hộ có xe máy, {b} hộ có ti vi, {c} nhà tạm.", 3, false, 10, 300},
        // Places nest.
        {"Huyện có {T} xã, trong đó {a} thôn đặc biệt khó khăn, {b} bản vùng cao.", 2, false, 5, 40},
        // Labels with their own verbs measure other things.
        {"Năm 2024 có {T} công trình văn hóa, trong đó khởi công mới {a} nhà văn hóa, hoàn thành {b} sân thể thao.", 2, false, 5, 40},
        // Contents of a whole, and categories.
        {"Tỉnh có {T} trường học, trong đó {a} phòng học kiên cố, {b} nhà vệ sinh đạt chuẩn.", 2, false, 10, 200},
        {"Có {T} dự án nhà ở, trong đó {a} căn hộ, {b} căn nhà liền kề.", 2, false, 10, 200},
        // Budget items nest: "thu nội địa" holds the land-use fee; a tax holds VAT.
        {"Tổng thu ngân sách đạt {T} tỷ đồng, trong đó thu nội địa {a} tỷ đồng, thu tiền sử dụng đất {b} tỷ đồng.", 2, false, 300, 5000},
        {"Thu ngân sách đạt {T} tỷ đồng, trong đó thu thuế {a} tỷ đồng, thuế giá trị gia tăng {b} tỷ đồng.", 2, false, 300, 5000},
        {"Thu ngân sách đạt {T} tỷ đồng, trong đó thu từ khu vực ngoài quốc doanh {a} tỷ đồng, thu thuế thu nhập cá nhân {b} tỷ đồng.", 2, false, 300,
         5000},
        // "Xã hội hóa" holds the people's contribution.
        {"Tổng kinh phí đạt {T} triệu đồng, trong đó vốn xã hội hóa {a} triệu đồng, nhân dân đóng góp {b} triệu đồng.", 2, false, 300, 9000},
        // A label that leaves a value out names the rest, which holds the other values.
        {"Thu ngân sách đạt {T} tỷ đồng, trong đó thu thuế {a} tỷ đồng, thu nội địa không kể tiền sử dụng đất {b} tỷ đồng.", 2, false, 300, 5000},
        {"Tổng vốn huy động đạt {T} tỷ đồng, trong đó vốn huy động ngoài ngân sách nhà nước {a} tỷ đồng, nhân dân đóng góp {b} tỷ đồng.", 2, false,
         300, 5000},
        // A plan or another period is no part.
        {"Thu ngân sách đạt {T} tỷ đồng, trong đó thu thuế {a} tỷ đồng, dự toán thu tiền sử dụng đất {b} tỷ đồng.", 2, false, 300, 5000},
        {"Thu ngân sách đạt {T} tỷ đồng, trong đó thu thuế {a} tỷ đồng, thu tiền sử dụng đất cùng kỳ năm trước {b} tỷ đồng.", 2, false, 300, 5000},
        // A change is no part.
        {"Tổng thu ngân sách đạt {T} tỷ đồng, trong đó thu thuế tăng {a} tỷ đồng, thu tiền sử dụng đất tăng {b} tỷ đồng.", 2, false, 300, 5000},
        // Fields name other things outside projects: health insurance is no health project.
        {"Số người tham gia bảo hiểm đạt {T} người, trong đó {a} người tham gia bảo hiểm y tế, {b} người tham gia bảo hiểm giáo dục.", 2, false, 300,
         5000},
        {"Có {T} dự án, trong đó {a} dự án giao thông kết hợp thủy lợi, {b} dự án thủy lợi.", 2, false, 3, 40},
        // Started and finished in one year may overlap.
        {"Năm 2024 có {T} dự án, trong đó khởi công {a} dự án, hoàn thành {b} dự án.", 2, false, 3, 40},
        // A condition negated with a reason, or beside "vượt", or against another condition.
        {"Toàn tỉnh có {T} xã, trong đó {a} xã đạt chuẩn nông thôn mới, {b} xã chưa đạt tiêu chí thu nhập.", 2, false, 3, 40},
        {"Toàn tỉnh có {T} xã, trong đó {a} xã đạt chuẩn nông thôn mới, {b} xã chưa đạt tiêu chí thu nhập.", 2, true, 3, 40},
        {"Trong {T} chỉ tiêu, có {a} chỉ tiêu đạt và vượt, {b} chỉ tiêu không đạt.", 2, true, 2, 25},
        {"Tiếp nhận {T} hồ sơ, trong đó {a} hồ sơ đã giải quyết, {b} hồ sơ chưa giải quyết do thiếu thành phần.", 2, true, 40, 900},
        {"Toàn huyện có {T} xã, trong đó {a} xã đạt chuẩn nông thôn mới, {b} xã đạt chuẩn nông thôn mới nâng cao.", 2, true, 3, 40},
        {"Toàn xã có {T} hộ, trong đó {a} hộ đã được hỗ trợ, {b} hộ chưa có nhà ở kiên cố.", 2, false, 10, 300},
        // A whole of two things, its parts counting one.
        {"Toàn tỉnh có {T} xã, phường tổ chức đại hội, trong đó {a} xã đã hoàn thành, {b} xã chưa hoàn thành.", 2, true, 3, 40},
        {"Trong {T} xã, phường, có {a} xã đạt, {b} xã không đạt.", 2, true, 3, 40},
    };
    traps(phrasings, 20261210u, 6);
}
