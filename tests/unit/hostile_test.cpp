// Hostile inputs: each file is built at test time and must give its E-code quickly.
#include "docx_test_util.hpp"

#include <zip.h>

#include <chrono>
#include <cstdio>
#include <fstream>

using namespace soat;
using namespace soat::test;

namespace {

// Times one read: the error code and the elapsed seconds.
std::pair<std::string, double> timed(const std::string& bytes, const ReadLimits& limits = {}) {
    auto start = std::chrono::steady_clock::now();
    std::string code = error_code(bytes, limits);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return {code, s};
}

// A zip with the given entries, written by libzip into memory.
std::string make_zip(const std::vector<std::pair<std::string, std::string>>& entries) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_source_keep(src);
    zip_t* z = zip_open_from_source(src, ZIP_TRUNCATE, &error);
    for (const auto& [name, content] : entries) {
        zip_source_t* data = zip_source_buffer(z, content.data(), content.size(), 0);
        zip_file_add(z, name.c_str(), data, ZIP_FL_ENC_UTF_8);
    }
    zip_close(z);
    std::string out;
    zip_stat_t st;
    if (zip_source_stat(src, &st) == 0 && zip_source_open(src) == 0) {
        out.resize(st.size);
        out.resize(static_cast<std::size_t>(std::max<zip_int64_t>(0, zip_source_read(src, out.data(), st.size))));
        zip_source_close(src);
    }
    zip_source_free(src);
    return out;
}

std::string document_xml(const std::string& inner, const std::string& prolog = "") {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + prolog +
           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + inner +
           "</w:body></w:document>";
}

// A minimal OLE2 compound file header with one directory sector naming `stream` (UTF-16LE).
std::string ole2(const std::string& stream) {
    std::string out("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    out.resize(512, '\0');
    out[0x1A] = 0x3E;  // minor/major version 3
    out[0x1C] = '\xFE';
    out[0x1D] = '\xFF';  // little endian
    out[0x1E] = 0x09;    // 512-byte sectors
    std::string dir(512, '\0');
    std::string root = "Root Entry";
    for (std::size_t i = 0; i < root.size(); ++i) dir[2 * i] = root[i];
    for (std::size_t i = 0; i < stream.size(); ++i) dir[128 + 2 * i] = stream[i];
    return out + dir;
}

}  // namespace

TEST_CASE("not a zip", "[hostile]") {
    auto [code, s] = timed("Đây là một tệp văn bản, không phải DOCX.");
    CHECK(code == "E102");
    CHECK(s < 2.0);
}

TEST_CASE("truncated zip", "[hostile]") {
    DocxBuilder b;
    b.paragraph("Nội dung bị cắt cụt");
    std::string bytes = b.bytes();
    auto [code, s] = timed(bytes.substr(0, bytes.size() / 2));
    CHECK(code == "E103");
    CHECK(s < 2.0);
}

TEST_CASE("entry names escaping the root", "[hostile]") {
    DocxBuilder b;
    b.paragraph("x").part("../../etc/evil.xml", "<x/>");
    CHECK(error_code(b.bytes()) == "E108");
    DocxBuilder c;
    c.paragraph("x").part("/abs/evil.xml", "<x/>");
    CHECK(error_code(c.bytes()) == "E108");
}

TEST_CASE("zip bombs: size limit, extreme ratio, lying declared size", "[hostile]") {
    const std::string zeros(3u << 20, '0');
    SECTION("an entry of extreme ratio (3 MB of one byte) with the default limits") {
        DocxBuilder b;
        b.part("word/document.xml", document_xml("<w:p><w:r><w:t>" + zeros + "</w:t></w:r></w:p>"));
        auto [code, s] = timed(b.bytes());
        CHECK(code == "E106");
        CHECK(s < 2.0);
    }
    SECTION("an entry that inflates past the entry limit") {
        std::string text;
        std::uint32_t x = 12345;
        for (int i = 0; i < (1 << 20); ++i) {
            x = x * 1103515245u + 12345u;
            text += static_cast<char>('a' + (x >> 16) % 26);
        }
        DocxBuilder b;
        b.part("word/document.xml", document_xml("<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"));
        ReadLimits limits;
        limits.max_entry_bytes = 512u << 10;
        CHECK(error_code(b.bytes(), limits) == "E106");
        limits.max_entry_bytes = 4u << 20;
        CHECK(error_code(b.bytes(), limits) == "OK");
    }
    SECTION("declared sizes that lie: the counting while inflating catches it") {
        DocxBuilder b;
        b.part("word/document.xml", document_xml("<w:p><w:r><w:t>" + std::string(200000, 'a') + "</w:t></w:r></w:p>"));
        std::string bytes = b.bytes();
        // Rewrite the uncompressed size of word/document.xml to 1000 in its local header and its
        // central directory record.
        const std::string name = "word/document.xml";
        bool patched_local = false, patched_central = false;
        for (std::size_t at = bytes.find(name); at != std::string::npos; at = bytes.find(name, at + 1)) {
            if (at >= 30 && bytes.compare(at - 30, 4, "PK\x03\x04", 4) == 0) {
                bytes[at - 30 + 22] = '\xE8';
                bytes[at - 30 + 23] = '\x03';
                bytes[at - 30 + 24] = bytes[at - 30 + 25] = '\0';
                patched_local = true;
            } else if (at >= 46 && bytes.compare(at - 46, 4, "PK\x01\x02", 4) == 0) {
                bytes[at - 46 + 24] = '\xE8';
                bytes[at - 46 + 25] = '\x03';
                bytes[at - 46 + 26] = bytes[at - 46 + 27] = '\0';
                patched_central = true;
            }
        }
        REQUIRE(patched_local);
        REQUIRE(patched_central);
        auto [code, s] = timed(bytes);
        CHECK(code == "E106");
        CHECK(s < 2.0);
    }
}

TEST_CASE("too many entries", "[hostile]") {
    std::vector<std::pair<std::string, std::string>> entries;
    for (int i = 0; i < 10001; ++i) entries.emplace_back("x/" + std::to_string(i), "");
    auto [code, s] = timed(make_zip(entries));
    CHECK(code == "E107");
    CHECK(s < 2.0);
}

TEST_CASE("OLE2: encrypted package and legacy .doc", "[hostile]") {
    CHECK(error_code(ole2("EncryptedPackage")) == "E104");
    CHECK(error_code(ole2("WordDocument")) == "E105");
}

TEST_CASE("missing main part, malformed XML", "[hostile]") {
    DocxBuilder missing;
    missing.paragraph("x").without_part("word/document.xml");
    CHECK(error_code(missing.bytes()) == "E109");
    DocxBuilder malformed;
    malformed.part("word/document.xml", document_xml("<w:p><w:r><w:t>mở</w:r></w:p>"));
    CHECK(error_code(malformed.bytes()) == "E110");
    DocxBuilder bad_styles;
    bad_styles.paragraph("x").part("word/styles.xml", "<w:styles");
    CHECK(error_code(bad_styles.bytes()) == "E110");
}

TEST_CASE("billion laughs", "[hostile]") {
    std::string prolog = "<!DOCTYPE w:document [<!ENTITY a \"hahahahahahahahahaha\">";
    char prev = 'a';
    for (char c = 'b'; c <= 'k'; ++c) {
        prolog += std::string("<!ENTITY ") + c + " \"";
        for (int i = 0; i < 10; ++i) prolog += std::string("&") + prev + ";";
        prolog += "\">";
        prev = c;
    }
    prolog += "]>";
    DocxBuilder b;
    b.part("word/document.xml", document_xml("<w:p><w:r><w:t>&k;</w:t></w:r></w:p>", prolog));
    auto [code, s] = timed(b.bytes());
    CHECK(code == "E111");
    CHECK(s < 2.0);
}

TEST_CASE("external entity pointing at a local file", "[hostile]") {
    const std::string path = "/tmp/soat_xxe_secret.txt";
    const std::string secret = "BI-MAT-KHONG-DUOC-LO-7731";
    std::ofstream(path) << secret;
    DocxBuilder b;
    b.part("word/document.xml",
           document_xml("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>", "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file://" + path + "\">]>"));
    auto r = read_docx_bytes(b.bytes(), "xxe.docx");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == "E111");
    CHECK(r.error().message.find(secret) == std::string::npos);
    // An external DTD is refused too.
    DocxBuilder c;
    c.part("word/document.xml", document_xml("<w:p/>", "<!DOCTYPE w:document SYSTEM \"file://" + path + "\">"));
    CHECK(error_code(c.bytes()) == "E111");
    std::remove(path.c_str());
}

TEST_CASE("100000-deep nesting", "[hostile]") {
    std::string inner;
    inner.reserve(100000 * 20);
    for (int i = 0; i < 100000; ++i) inner += "<w:sdt>";
    for (int i = 0; i < 100000; ++i) inner += "</w:sdt>";
    DocxBuilder b;
    b.part("word/document.xml", document_xml(inner));
    // Repetitive nesting also compresses past the ratio limit (E106); lift it to reach the parser.
    ReadLimits limits;
    limits.max_ratio = 1e9;
    CHECK(error_code(b.bytes()) == "E106");
    auto [code, s] = timed(b.bytes(), limits);
    CHECK(code == "E112");
    CHECK(s < 2.0);
}

TEST_CASE("a file over the size limit", "[hostile]") {
    ReadLimits limits;
    limits.max_file_bytes = 100;
    DocxBuilder b;
    b.paragraph("x");
    CHECK(error_code(b.bytes(), limits) == "E106");
}
