#include "analysis/sentences.hpp"

#include <soat/utf8.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace soat;

namespace {

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& s : analysis::split_sentences(text)) out.emplace_back(utf8::slice(text, s.begin, s.end));
    return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("sentences: split at . ! ? and semicolon before an uppercase letter or digit", "[analysis][sentences]") {
    CHECK(split("Kinh tế tăng trưởng khá. Thu ngân sách đạt 95%! Chi tiêu hợp lý? Đúng vậy.") ==
          V{"Kinh tế tăng trưởng khá.", "Thu ngân sách đạt 95%!", "Chi tiêu hợp lý?", "Đúng vậy."});
    CHECK(split("Hoàn thành 9 chỉ tiêu; 2 chỉ tiêu chưa đạt.") == V{"Hoàn thành 9 chỉ tiêu;", "2 chỉ tiêu chưa đạt."});
    CHECK(split("các xã; các phường; các thị trấn") == V{"các xã; các phường; các thị trấn"});
    CHECK(split("Ông nói: “Xong rồi.” Sau đó về.") == V{"Ông nói: “Xong rồi.”", "Sau đó về."});
    CHECK(split("   ").empty());
}

TEST_CASE("sentences: numbers, abbreviations and labels do not split", "[analysis][sentences]") {
    CHECK(split("Dân số 1.234.567 người, tăng 4.0 lần.") == V{"Dân số 1.234.567 người, tăng 4.0 lần."});
    CHECK(split("Làm việc với UBND TP. Bắc Giang và TS. Nguyễn Văn An. Kết quả tốt.") ==
          V{"Làm việc với UBND TP. Bắc Giang và TS. Nguyễn Văn An.", "Kết quả tốt."});
    CHECK(split("1. Về phát triển kinh tế. Tăng trưởng khá.") == V{"1. Về phát triển kinh tế.", "Tăng trưởng khá."});
    CHECK(split("1.2. Nông nghiệp ổn định.") == V{"1.2. Nông nghiệp ổn định."});
    CHECK(split("I. TÌNH HÌNH CHUNG") == V{"I. TÌNH HÌNH CHUNG"});
    CHECK(split("a) Thu ngân sách. Chi ngân sách.") == V{"a) Thu ngân sách.", "Chi ngân sách."});
    CHECK(split("Các loại cây: lúa, ngô, v.v. Sản lượng tăng.") == V{"Các loại cây: lúa, ngô, v.v. Sản lượng tăng."});
}

TEST_CASE("sentences: lookup by offset", "[analysis][sentences]") {
    const std::string text = "Câu một. Câu hai.";
    model::Document doc;
    doc.paragraphs.push_back(model::Paragraph{});
    doc.paragraphs[0].text = text;
    analysis::Analysis a(doc);
    const auto& s = a.get<analysis::Sentences>();
    REQUIRE(s.of(0).size() == 2);
    CHECK(s.at(0, 2)->begin == 0);
    CHECK(s.at(0, 10)->begin == 9);
    CHECK(s.at(0, 100)->begin == 9);
    CHECK(s.of(5).empty());
}
