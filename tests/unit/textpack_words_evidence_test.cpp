// How much the word model's counts must say before a real word is read as a slip. A pair seen once
// in the administrative text the model was built from may be the slip itself (the training half holds
// slips too): it anchors a written syllable unless that syllable is rare there (10 times or less) and
// one of its variants is seen often with a neighbour. A grammatical word, which stands beside almost
// anything, is read as a slip only into a word of the smallest list or a pair drafts write.
#include "support/lint_helpers.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace {

bool fixed_to(const std::string& slipped, const std::string& clean) {
    const auto fixes = soat::test::misspelling_fixes(slipped);
    return std::find(fixes.begin(), fixes.end(), clean) != fixes.end();
}

}  // namespace

TEST_CASE("words: a rare syllable seen once beside a neighbour is read when a variant is common beside the other", "[misspelling]") {
    CHECK(fixed_to("các phòng chuyên muôn thuộc ủy ban nhân dân huyện", "các phòng chuyên môn thuộc ủy ban nhân dân huyện"));
    CHECK(fixed_to("các sở ngành phải tô chức thực hiện kế hoạch này", "các sở ngành phải tổ chức thực hiện kế hoạch này"));
    for (const char* clean : {"các phòng chuyên môn thuộc ủy ban nhân dân huyện", "các sở ngành phải tổ chức thực hiện kế hoạch này",
                              // A syllable used elsewhere beside a pair the lists lack: no slip.
                              "bảo đảm an toàn thông tin, phòng, chống mã độc trên các hệ thống"}) {
        CHECK(soat::test::misspelling_fixes(clean).empty());
    }
}

TEST_CASE("words: a grammatical word is read as a slip only into a word of the smallest list or a pair drafts write", "[misspelling]") {
    // `chỉ` (only) before a verb of figures: `thu chi` is a word of the dictionary, drafts seldom write it so.
    for (const char* clean : {"Cấp huyện thu chỉ đạt 61% dự toán.", "Tiền thuê đất thu chỉ bằng một nửa năm trước."}) {
        CHECK(soat::test::misspelling_fixes(clean).empty());
    }
    // `như cầu` for `nhu cầu`, a pair drafts write all the time.
    CHECK(fixed_to("hạ tầng mạng đáp ứng như cầu sử dụng của người dân", "hạ tầng mạng đáp ứng nhu cầu sử dụng của người dân"));
}

TEST_CASE("words: a Telex tone key left over is a slip only when the syllable meant reads with a neighbour", "[misspelling]") {
    // `gias cả`: giá cả, a warning. `quán bar`: a loanword, at most a note that it is no Vietnamese syllable.
    auto severities = [](const std::string& text) {
        std::vector<soat::Severity> out;
        for (const auto& f : soat::test::lint_with(soat::test::document_from_paragraphs({text}), {"misspelling"})) out.push_back(f.severity);
        return out;
    };
    CHECK(severities("các mặt hàng thiết yếu có gias cả ổn định") == std::vector<soat::Severity>{soat::Severity::Warning});
    CHECK(severities("kiểm tra các quán bar, vũ trường trên địa bàn") == std::vector<soat::Severity>{soat::Severity::Info});
}

TEST_CASE("words: a common syllable in a pair drafts write with its other neighbour, or a listed word beside a grammatical one, is no slip", "[misspelling]") {
    // `tạo | việc làm` (tạo: a syllable of every report) is no `tỉnh táo`; `sự | cổ vũ` no `sự cố`.
    for (const char* clean : {"Năm nay, huyện tạo việc làm mới cho 3.150 lao động.", "Phong trào nhận được sự cổ vũ của đông đảo học sinh."}) {
        CHECK(soat::test::misspelling_fixes(clean).empty());
    }
    // A change verb without an object is its clause's verb: `chỉ số giá | tăng so với …`, `… giá tăng;`.
    for (const char* clean : {"Có 9 nhóm hàng có chỉ số giá tăng so với tháng trước.", "Bốn nhóm hàng có chỉ số giá tăng; hai nhóm giảm.",
                              "Nhóm giáo dục có chỉ số giá tăng cao nhất."}) {
        CHECK(soat::test::misspelling_fixes(clean).empty());
    }
    // Slips beside those words are still read.
    CHECK(fixed_to("Ban tổ chức đã đó tiếp các đoàn đại biểu.", "Ban tổ chức đã đón tiếp các đoàn đại biểu."));
    CHECK(fixed_to("Dân số tiếp tục giá tăng dân số cơ học.", "Dân số tiếp tục gia tăng dân số cơ học."));
}

TEST_CASE("words: a listed word of a syllable drafts write all the time, at a phrase's edge or before a function word, is no slip", "[misspelling]") {
    // `thông quan` (customs clearance): `quan` is in every report; nothing on its other side argues.
    for (const char* clean : {"Tăng cường kiểm tra sau thông quan, chống gian lận thương mại.", "Hàng hóa đã thông quan được xuất ngay."}) {
        CHECK(soat::test::misspelling_fixes(clean).empty());
    }
    // A rare syllable in a listed word there is still read as a slip.
    CHECK(fixed_to("Khai thác, sử dụng lại thông tín, dữ liệu số hóa.", "Khai thác, sử dụng lại thông tin, dữ liệu số hóa."));
}
