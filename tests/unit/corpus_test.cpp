// The shared DOCX corpus (SOAT_SHARED_DIR/corpus), when present: real-world files must read or
// be refused with an E-code, and the seed drafts must extract to their expected paragraphs.
#include "support/model_dump.hpp"

#include <soat/reader.hpp>

#include <catch2/catch.hpp>
#include <utf8proc.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace fs = std::filesystem;
using namespace soat;

namespace {

fs::path corpus_dir() { return fs::path(SOAT_SHARED_DIR) / "corpus"; }

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string nfc(const std::string& s) {
    utf8proc_uint8_t* out = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(s.c_str()));
    if (out == nullptr) return s;
    std::string r(reinterpret_cast<char*>(out));
    std::free(out);
    return r;
}

std::vector<std::string> lines_of(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace

TEST_CASE("real-world corpus: normal files read, the others are refused with an E-code", "[corpus]") {
    const fs::path manifest = corpus_dir() / "real" / "MANIFEST.tsv";
    if (!fs::exists(manifest)) {
        WARN("corpus absent: " << manifest << " does not exist; real-world corpus not tested");
        SUCCEED("corpus absent");
        return;
    }
    // Known failures, with reasons, are listed in this file (none at the time of writing).
    std::map<std::string, std::string> known;
    {
        std::ifstream in(fs::path(SOAT_SOURCE_DIR) / "tests" / "data" / "corpus_known_failures.tsv");
        for (std::string line; std::getline(in, line);) {
            if (line.empty() || line[0] == '#') continue;
            auto tab = line.find('\t');
            known[line.substr(0, tab)] = tab == std::string::npos ? "" : line.substr(tab + 1);
        }
    }
    std::ifstream in(manifest);
    std::string header;
    std::getline(in, header);
    int normal = 0, refused = 0;
    double slowest = 0;
    for (std::string line; std::getline(in, line);) {
        std::vector<std::string> cols;
        std::istringstream row(line);
        for (std::string c; std::getline(row, c, '\t');) cols.push_back(c);
        if (cols.size() < 5) continue;
        const std::string& path = cols[0];
        const std::string& kind = cols[4];
        auto start = std::chrono::steady_clock::now();
        auto result = read_docx_bytes(slurp(corpus_dir() / "real" / path), path);
        slowest = std::max(slowest, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        INFO(path << " (" << kind << ")");
        if (known.contains(path)) {
            WARN("known failure: " << path << ": " << known[path]);
            continue;
        }
        if (kind == "normal") {
            if (!result) FAIL_CHECK(result.error().code << " " << result.error().message);
            ++normal;
        } else {
            CHECK_FALSE(result.ok());
            if (!result) {
                CHECK(result.error().code.size() == 4);
                CHECK(result.error().code[0] == 'E');
                ++refused;
            }
        }
    }
    CHECK(normal > 200);
    CHECK(refused >= 10);
    CHECK(slowest < 2.0);
}

TEST_CASE("seed drafts extract to their expected paragraphs", "[corpus]") {
    const fs::path seeds = corpus_dir() / "seeds";
    if (!fs::exists(seeds)) {
        WARN("corpus absent: " << seeds << " does not exist; seed extraction not tested");
        SUCCEED("corpus absent");
        return;
    }
    int compared = 0;
    for (const char* flavour : {"word-like", "libreoffice"}) {
        for (const auto& entry : fs::directory_iterator(seeds / flavour)) {
            if (entry.path().extension() != ".docx") continue;
            fs::path expected_path = entry.path();
            expected_path.replace_extension(".paragraphs.txt");
            INFO(entry.path());
            auto doc = read_docx_bytes(slurp(entry.path()), entry.path().string());
            REQUIRE(doc.ok());
            // The expected lines cover the body, table cells and notes (not headers and
            // footers); they are compared in NFC, as the model is.
            std::vector<std::string> got;
            for (const auto& p : doc->paragraphs) {
                if (p.area == model::Area::Header || p.area == model::Area::Footer || blank(p.text)) continue;
                std::string text = p.text;
                for (char& c : text)
                    if (c == '\n') c = ' ';
                got.push_back(text);
            }
            std::vector<std::string> expected;
            for (const std::string& l : lines_of(slurp(expected_path)))
                if (!blank(l)) expected.push_back(nfc(l));
            CHECK(got == expected);
            ++compared;
        }
    }
    CHECK(compared == 10);
}

TEST_CASE("pandoc seeds read with text", "[corpus]") {
    const fs::path dir = corpus_dir() / "seeds" / "pandoc";
    if (!fs::exists(dir)) {
        WARN("corpus absent: " << dir << " does not exist; pandoc seeds not tested");
        SUCCEED("corpus absent");
        return;
    }
    int read = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".docx") continue;
        INFO(entry.path());
        auto doc = read_docx_bytes(slurp(entry.path()), entry.path().string());
        REQUIRE(doc.ok());
        std::size_t chars = 0;
        for (const auto& p : doc->paragraphs) chars += p.text.size();
        CHECK(chars > 1000);
        ++read;
    }
    CHECK(read == 5);
}
