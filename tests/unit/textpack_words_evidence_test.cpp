// A pair seen once in the administrative text the word model was built from may be the slip itself
// (the training half holds slips too): it anchors a written syllable unless that syllable is rare
// there (10 times or less) and one of its variants is seen often with a neighbour.
#include "support/lint_helpers.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

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
