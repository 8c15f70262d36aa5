// Real LibreOffice-made documents against golden dumps of their model.
// SOAT_UPDATE_GOLDEN=1 rewrites the golden files instead of comparing.
#include "support/model_dump.hpp"

#include <soat/reader.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace soat;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<fs::path> fixture_documents() {
    std::vector<fs::path> out;
    const fs::path root(SOAT_SOURCE_DIR);
    for (const auto& e : fs::directory_iterator(root / "fixtures" / "docx"))
        if (e.path().extension() == ".docx") out.push_back(e.path());
    out.push_back(root / "fixtures" / "sample" / "bao-cao-mau.docx");
    std::sort(out.begin(), out.end());
    return out;
}

std::string code_point_text(const std::string& s, std::uint32_t begin, std::uint32_t end) {
    std::string out;
    std::uint32_t cp = 0;
    for (unsigned char c : s) {
        if ((c & 0xC0) != 0x80) ++cp;
        if (cp > begin && cp <= end) out += static_cast<char>(c);
    }
    return out;
}

model::Document read_file(const fs::path& p) {
    auto r = read_docx_bytes(slurp(p), p.filename().string());
    if (!r) FAIL(p << ": " << r.error().code << " " << r.error().message);
    return std::move(*r);
}

}  // namespace

TEST_CASE("fixture documents match their golden model dumps", "[docx][golden]") {
    const bool update = std::getenv("SOAT_UPDATE_GOLDEN") != nullptr;
    const auto docs = fixture_documents();
    REQUIRE(docs.size() >= 3);
    for (const fs::path& doc : docs) {
        fs::path golden = doc;
        golden.replace_extension(".model.txt");
        const std::string dump = test::dump_model(read_file(doc));
        INFO(doc);
        if (update) {
            std::ofstream(golden, std::ios::binary) << dump;
            WARN("rewrote " << golden);
            continue;
        }
        REQUIRE(fs::exists(golden));
        CHECK(dump == slurp(golden));
    }
}

TEST_CASE("the sample draft carries what the rules look for", "[docx]") {
    const auto d = read_file(fs::path(SOAT_SOURCE_DIR) / "fixtures" / "sample" / "bao-cao-mau.docx");
    auto find = [&](const std::string& needle) -> const model::Paragraph* {
        for (const auto& p : d.paragraphs)
            if (p.text.find(needle) != std::string::npos) return &p;
        return nullptr;
    };
    // Header table: agency left, national title right, number left blank.
    REQUIRE(find("ỦY BAN NHÂN DÂN"));
    CHECK(find("ỦY BAN NHÂN DÂN")->cell->column == 1);
    REQUIRE(find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    CHECK(find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")->cell->column == 2);
    REQUIRE(find("/BC-UBND"));
    CHECK(find("/BC-UBND")->text == "Số:      /BC-UBND");
    // Auto-numbered headings I. / 1. / 1.1. rendered from numbering.xml.
    REQUIRE(find("TÌNH HÌNH KINH TẾ - XÃ HỘI"));
    CHECK(find("TÌNH HÌNH KINH TẾ - XÃ HỘI")->text == "I. TÌNH HÌNH KINH TẾ - XÃ HỘI");
    CHECK(find("TÌNH HÌNH KINH TẾ - XÃ HỘI")->heading_level == 1);
    CHECK(find("Về phát triển kinh tế")->text == "1. Về phát triển kinh tế");
    CHECK(find("Thu hút đầu tư")->text == "1.2. Thu hút đầu tư");
    CHECK(find("Thu hút đầu tư")->heading_level == 3);
    CHECK(find("QUÝ VI NĂM 2025")->text.starts_with("II. "));
    // The deliberate arithmetic error: 26.400 + 2.150 + 1.200 is not 29.850.
    CHECK(find("29.850 tỷ đồng") != nullptr);
    // Tracked insertion kept, deletion dropped, both recorded; a reviewer comment; a footnote.
    CHECK(find("(cao hơn mức tăng của quý II)") != nullptr);
    CHECK(find("thu hút khoảng") == nullptr);
    bool ins = false, del = false;
    for (const auto& c : d.changes) {
        ins = ins || (c.kind == model::TrackedChange::Kind::Insertion && c.text == " (cao hơn mức tăng của quý II)");
        del = del || (c.kind == model::TrackedChange::Kind::Deletion && c.text == "khoảng ");
    }
    CHECK(ins);
    CHECK(del);
    REQUIRE(d.comments.size() == 1);
    CHECK(d.comments[0].author == "Lãnh đạo Văn phòng");
    REQUIRE(d.comments[0].anchor);
    CHECK(code_point_text(d.paragraphs[d.comments[0].anchor->paragraph].text, d.comments[0].anchor->begin,
                          d.comments[0].anchor->end) == "12 dự án mới");
    const auto* investment = find("12 dự án mới");
    REQUIRE(investment);
    REQUIRE(investment->note_refs.size() == 1);
    CHECK(d.paragraphs.back().area == model::Area::Footnote);
    CHECK(d.paragraphs.back().text.starts_with("Theo số liệu"));
    // Signer table.
    REQUIRE(find("Trần Thị Hoa"));
    CHECK(find("Trần Thị Hoa")->cell->column == 2);
}
