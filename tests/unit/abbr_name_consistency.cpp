// name-consistency on small documents, through the real engine and rule file.
#include "support/lint_helpers.hpp"

#include <soat/utf8.hpp>

#include <catch2/catch.hpp>

namespace {

using soat::test::document_from_paragraphs;
using soat::test::flagged;
using soat::test::lint_with;

}  // namespace

TEST_CASE("name-consistency: case variants report the rarer form", "[text][name-consistency]") {
    const auto doc = document_from_paragraphs({
        "Đầu tư hạ tầng KCN Hòa Phú, Song Khê - Nội Hoàng; mở rộng KCN Hòa phú đạt 80%.",
        "Sở Giao thông vận tải chủ trì; giao Sở Giao thông vận tải hướng dẫn.",
        "Đề nghị Sở Giao thông Vận tải báo cáo.",
    });
    const auto findings = lint_with(doc, {"name-consistency"});
    CHECK(flagged(doc, findings) == std::vector<std::string>{"0:Hòa phú", "2:Sở Giao thông Vận tải"});
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].severity == soat::Severity::Warning);
    CHECK(findings[0].message == "Tên “Hòa phú” được viết khác với “Hòa Phú” ở chỗ khác trong văn bản");
    CHECK(findings[1].related[0].range->paragraph == 1);
}

TEST_CASE("name-consistency: one letter or tone mark, rarer or later in the same phrase", "[text][name-consistency]") {
    const auto doc = document_from_paragraphs({
        "Thị trấn Bố Hạ và chợ Bố Hạ; đoạn qua thị trấn Bó Hạ.",
        "Tuyến Cao Thượng đi cầu Bể Nội; sửa tuyến Cao Thượng đi cầu Bì Nội.",
    });
    CHECK(flagged(doc, lint_with(doc, {"name-consistency"})) == std::vector<std::string>{"0:Bó Hạ", "1:Bì Nội"});
}

TEST_CASE("name-consistency leaves tone style, different names and common nouns alone", "[text][name-consistency]") {
    const auto doc = document_from_paragraphs({
        "KCN Hoà Phú và KCN Hòa Phú; Hiệp Hoà và Hiệp Hòa.",
        "Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương.",
        "Sở Giáo dục và Đào tạo, Sở Giao thông vận tải; KCN Ngọc Thiện, Ngọc Lý; xã Yên Lư, Yên Sơn.",
        "Có 06 Trường trung cấp; Trường Trung cấp nghề Yên Thế.",
        "Tân Yên và Tân Yên; huyện Lục Nam, huyện Lục Ngạn.",
        "TÌNH HÌNH KINH TẾ XÃ HỘI TẠI HÒA PHÚ",
    });
    CHECK(lint_with(doc, {"name-consistency"}).empty());
}

TEST_CASE("name-consistency: a name never runs across a word that marks a clause", "[text][name-consistency]") {
    // "Đoàn Thể thao" (a team) beside "đoàn thể thao" (any team), after "huy chương Bạc mà".
    const auto across = document_from_paragraphs({
        "Kết quả giúp đoàn thể thao Việt Nam vượt kỷ lục 150 huy chương Vàng mà đoàn Lào từng lập.",
        "Môn điền kinh chiếm 20% số huy chương Vàng mà đoàn thể thao Việt Nam giành được.",
        "Môn bơi chiếm 30% số huy chương Vàng mà Đoàn Thể thao Việt Nam giành được.",
    });
    CHECK(lint_with(across, {"name-consistency"}).empty());
    // The same case variant without the clause word is one name written two ways.
    const auto name = document_from_paragraphs({
        "Ban Quản lý dự án tỉnh chủ trì; giao Ban Quản lý dự án tỉnh thực hiện.",
        "Đề nghị Ban Quản lý Dự án tỉnh báo cáo.",
    });
    CHECK(flagged(name, lint_with(name, {"name-consistency"})) == std::vector<std::string>{"1:Ban Quản lý Dự án"});
}

TEST_CASE("name-consistency: words ending their clause are no shorter form of a longer name", "[text][name-consistency]") {
    // "do Trung tâm quản lý đã đón": "quản lý" is the verb; the name goes on ("Quản lý Di tích").
    const auto verb = document_from_paragraphs({
        "Các điểm do Trung tâm Quản lý Di tích tỉnh quản lý đón 20.000 lượt khách.",
        "Tính chung cả năm, các điểm do Trung tâm quản lý đã đón 60.000 lượt khách.",
        "Nguồn: Trung tâm Quản lý Di tích tỉnh.",
    });
    CHECK(lint_with(verb, {"name-consistency"}).empty());
    // The same name cut short in the middle of a longer one is still reported.
    const auto name = document_from_paragraphs({
        "Trung tâm Quản lý Di tích tỉnh chủ trì; giao Trung tâm Quản lý Di tích tỉnh thực hiện.",
        "Đề nghị Trung tâm quản lý Di tích tỉnh báo cáo.",
    });
    CHECK(flagged(name, lint_with(name, {"name-consistency"})) == std::vector<std::string>{"1:Trung tâm quản lý"});
}
