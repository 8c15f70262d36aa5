// abbreviation-undefined, abbreviation-before-definition and abbreviation-redefined, and the
// Abbreviations analysis they share.
#include "analysis/abbreviations.hpp"
#include "support/lint_helpers.hpp"

#include <soat/utf8.hpp>

#include <catch2/catch.hpp>

namespace {

using soat::test::document_from_paragraphs;
using soat::test::flagged;
using soat::test::lint_with;

}  // namespace

TEST_CASE("Abbreviations: definitions with their full forms, uses, exclusions", "[text][abbreviations]") {
    const auto doc = document_from_paragraphs({
        "Phát triển kinh tế - xã hội (KTXH) và khoa học và công nghệ (KH&CN); Liên hợp quốc (UN) dự báo.",
        "Giải phóng mặt bằng (sau đây gọi tắt là GPMB) các KCN; Kế hoạch số 02/KH-UBND; QL31, ĐT 291, khóa XIX.",
        "I. TÌNH HÌNH KINH TẾ - XÃ HỘI",
        "Nơi nhận:",
        "- TT HĐND tỉnh;",
    });
    soat::analysis::Analysis analysis(doc);
    const auto& a = analysis.get<soat::analysis::Abbreviations>();
    REQUIRE(a.definitions().size() == 4);
    CHECK(a.definitions()[0].abbr == "KTXH");
    CHECK(a.definitions()[0].full == "kinh tế - xã hội");
    CHECK(a.definitions()[1].key == "KHCN");
    CHECK(a.definitions()[1].full == "khoa học và công nghệ");
    CHECK(a.definitions()[2].full.empty());  // a foreign full form is not matched by initials
    CHECK(a.definitions()[3].abbr == "GPMB");
    CHECK(a.definitions()[3].full == "Giải phóng mặt bằng");
    REQUIRE(a.uses().size() == 1);
    CHECK(a.uses()[0].abbr == "KCN");
    CHECK(a.excluded(2));
    CHECK(a.excluded(3));
    CHECK(a.excluded(4));
    CHECK_FALSE(a.excluded(0));
}

TEST_CASE("abbreviation-undefined reports the first use of each undefined abbreviation", "[text][abbreviation-undefined]") {
    const auto doc = document_from_paragraphs({
        "Hạ tầng các KCN được đầu tư; các KCN và CCN thu hút 12 dự án; UBND tỉnh, HĐND tỉnh chỉ đạo.",
        "Trung tâm GDNN-GDTX tuyển sinh; phát triển KT-XH; dịch COVID-19; vốn FDI 1,2 tỷ USD.",
        "Khu công nghiệp (KCN) là động lực; Công ty TNHH Lâm Dương TXK; xếp hạng BB+.",
    });
    const auto findings = lint_with(doc, {"abbreviation-undefined"});
    CHECK(flagged(doc, findings) == std::vector<std::string>{"0:CCN", "1:GDNN-GDTX", "1:KT-XH"});
    REQUIRE_FALSE(findings.empty());
    CHECK(findings[0].severity == soat::Severity::Info);
    CHECK(findings[0].message.find("“CCN”") != std::string::npos);
}

TEST_CASE("abbreviation-undefined: dotted forms, units, clock times, web addresses, a foreign full form", "[text][abbreviation-undefined]") {
    // "TP.HCM" is one abbreviation: undefined, it is reported once, whole; defined, never.
    const auto bare = document_from_paragraphs({"Hội Nông dân TP.HCM trao 300 suất quà; Sở KH.ĐT thẩm định."});
    CHECK(flagged(bare, lint_with(bare, {"abbreviation-undefined"})) == std::vector<std::string>{"0:TP.HCM", "0:KH.ĐT"});
    const auto defined = document_from_paragraphs({"Thành phố Hồ Chí Minh (TP.HCM) dẫn đầu; các quận của TP.HCM tăng 5%."});
    CHECK(lint_with(defined, {"abbreviation-undefined"}).empty());
    // Power units, the half of the day after a time, web addresses, "(foreign full form - ABBR)".
    const auto others = document_from_paragraphs({"Nhà máy 50 MW và trạm biến áp 110 KV; cập nhật 9:15 AM, đăng trên VOV.VN. Ảnh: N.T.K",
                                                  "Thuê bao điện thoại cố định (fixed phone - FP) giảm; thuê bao FP còn 2 triệu."});
    CHECK(lint_with(others, {"abbreviation-undefined"}).empty());
    // A road code stays a road code when written with a dot.
    const auto roads = document_from_paragraphs({"Nâng cấp QL.37 và ĐT.295 đoạn qua huyện."});
    CHECK(lint_with(roads, {"abbreviation-undefined"}).empty());
}

TEST_CASE("abbreviation-undefined: the configuration extends the allow-list", "[text][abbreviation-undefined]") {
    const auto doc = document_from_paragraphs({"Các CCN và KT-XH; quỹ CSR."});
    soat::config::Config config;
    config.abbreviations = {"CCN", "KTXH"};
    CHECK(flagged(doc, lint_with(doc, {"abbreviation-undefined"}, config)) == std::vector<std::string>{"0:CSR"});
}

TEST_CASE("abbreviation-before-definition points at the first early use and the definition", "[text][abbreviation-before-definition]") {
    const auto doc = document_from_paragraphs({
        "Kịch bản tăng trưởng GRDP theo quý; GRDP cả năm.",
        "Tăng trưởng kinh tế (GRDP) đạt 7,2%; GRDP bình quân đầu người tăng.",
        "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) tăng 3 bậc; PCI năm 2024.",
    });
    const auto findings = lint_with(doc, {"abbreviation-before-definition"});
    REQUIRE(flagged(doc, findings) == std::vector<std::string>{"0:GRDP"});
    CHECK(findings[0].severity == soat::Severity::Warning);
    REQUIRE(findings[0].related.size() == 1);
    CHECK(findings[0].related[0].range->paragraph == 1);
}

TEST_CASE("abbreviation-before-definition: a definition in a footnote counts at its reference", "[text][abbreviation-before-definition]") {
    auto doc = document_from_paragraphs({
        "Chỉ số PCI năm 2023 tăng 3 bậc.",
        "Cải thiện PCI là nhiệm vụ trọng tâm.",
        "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) do VCCI công bố.",
    });
    doc.paragraphs[1].note_refs.push_back({5, 1, "1"});
    doc.paragraphs[2].area = soat::model::Area::Footnote;
    doc.paragraphs[2].note = 1;
    // The note is referenced in paragraph 1, so only the use in paragraph 0 is early.
    CHECK(flagged(doc, lint_with(doc, {"abbreviation-before-definition"})) == std::vector<std::string>{"0:PCI"});
}

TEST_CASE("abbreviation-redefined: second definitions, variants and full forms", "[text][abbreviation-redefined]") {
    const auto doc = document_from_paragraphs({
        "Phát triển kinh tế - xã hội (KTXH) đạt kết quả; công tác giải phóng mặt bằng (GPMB) tập trung.",
        "Các chỉ tiêu KT-XH đạt kế hoạch; tiến độ GPMB đáp ứng yêu cầu.",
        "Tình hình kinh tế - xã hội (KT-XH) còn khó khăn; giải phóng mặt bằng chậm.",
        "Thực hiện Nghị quyết số 12-NQ/TU ngày 05/3/2022 của Ban Thường vụ Tỉnh ủy về đẩy mạnh giải phóng mặt bằng.",
        "Giải phóng mặt bằng; giải phóng mặt bằng; giải phóng mặt bằng.",
        "Giải phóng mặt bằng khu A.",
        "Giải phóng mặt bằng khu B.",
    });
    const auto findings = lint_with(doc, {"abbreviation-redefined"});
    CHECK(flagged(doc, findings) == std::vector<std::string>{
                                        "1:KT-XH",
                                        "2:kinh tế - xã hội", "2:KT-XH", "2:giải phóng mặt bằng",
                                        "4:Giải phóng mặt bằng", "5:Giải phóng mặt bằng"});
}
