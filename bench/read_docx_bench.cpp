// Timing of read_docx_bytes on the largest seed DOCX and on a generated ~10 MB document.xml.
//   soat_bench                         run the benchmarks
//   soat_bench --write-large OUT.docx  write the generated document (for bench/extract_floor.sh)
//   soat_bench --read FILE.docx        read one file once (for /usr/bin/time -v peak memory)
#include "support/docx_builder.hpp"

#include <soat/reader.hpp>

#include <benchmark/benchmark.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

fs::path largest_seed() {
    fs::path best;
    std::uintmax_t size = 0;
    const fs::path dir = fs::path(SOAT_SHARED_DIR) / "corpus" / "seeds";
    if (!fs::exists(dir)) return best;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.path().extension() == ".docx" && e.file_size() > size) {
            size = e.file_size();
            best = e.path();
        }
    return best;
}

// A Word-like body: runs split inside words, run properties on every run, proofing marks,
// tables every 40 paragraphs, until document.xml reaches `bytes`.
std::string large_docx(std::size_t bytes) {
    const char* words[] = {"Giá",  "trị",  "sản",     "xuất", "công", "nghiệp", "quý", "III",  "ước",
                           "đạt",  "29.850", "tỷ",     "đồng", "tăng", "11,2%",  "so",  "với",  "cùng",
                           "kỳ;",  "trong", "đó",      "chế",  "biến", "tạo",    "điện", "nước", "rác"};
    const std::string rpr =
        "<w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
        "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/><w:lang w:val=\"vi-VN\"/></w:rPr>";
    std::string body;
    body.reserve(bytes + 4096);
    std::uint32_t x = 7;
    int paragraph = 0;
    while (body.size() < bytes) {
        if (++paragraph % 40 == 0) {
            body += "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>";
            for (int r = 0; r < 4; ++r) {
                body += "<w:tr>";
                for (int c = 0; c < 4; ++c)
                    body += "<w:tc><w:p><w:r>" + rpr + "<w:t>" + std::to_string(r * 1000 + c * 37) + ",5</w:t></w:r></w:p></w:tc>";
                body += "</w:tr>";
            }
            body += "</w:tbl>";
            continue;
        }
        body += "<w:p w:rsidR=\"00A1B2C3\"><w:pPr><w:spacing w:before=\"120\" w:after=\"120\"/><w:ind w:firstLine=\"567\"/><w:jc w:val=\"both\"/></w:pPr>";
        std::string run_text;
        for (int w = 0; w < 60; ++w) {
            x = x * 1103515245u + 12345u;
            run_text += words[(x >> 16) % (sizeof words / sizeof *words)];
            run_text += ' ';
            if ((x >> 8) % 7 == 0) {
                body += "<w:r w:rsidRPr=\"00D4E5F6\">" + rpr + "<w:t xml:space=\"preserve\">" + run_text + "</w:t></w:r><w:proofErr w:type=\"spellStart\"/>";
                run_text.clear();
            }
        }
        body += "<w:r>" + rpr + "<w:t xml:space=\"preserve\">" + run_text + "</w:t></w:r></w:p>";
    }
    soat::test::DocxBuilder b;
    b.raw_body(body);
    return b.bytes();
}

void BM_read_largest_seed(benchmark::State& state) {
    const fs::path seed = largest_seed();
    if (seed.empty()) {
        state.SkipWithError("corpus absent: no seed DOCX under SOAT_SHARED_DIR/corpus/seeds");
        return;
    }
    const std::string bytes = slurp(seed);
    for (auto _ : state) {
        auto doc = soat::read_docx_bytes(bytes, seed.string());
        if (!doc) state.SkipWithError(doc.error().message.c_str());
        benchmark::DoNotOptimize(doc);
    }
    state.SetLabel(seed.filename().string());
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_read_largest_seed)->Unit(benchmark::kMillisecond);

void BM_read_generated_10mb(benchmark::State& state) {
    static const std::string bytes = large_docx(10u << 20);
    for (auto _ : state) {
        auto doc = soat::read_docx_bytes(bytes, "generated.docx");
        if (!doc) state.SkipWithError(doc.error().message.c_str());
        benchmark::DoNotOptimize(doc);
    }
    state.SetLabel("document.xml ~10 MB");
}
BENCHMARK(BM_read_generated_10mb)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace

int main(int argc, char** argv) {
    if (argc == 3 && std::strcmp(argv[1], "--write-large") == 0) {
        std::ofstream(argv[2], std::ios::binary) << large_docx(10u << 20);
        return 0;
    }
    if (argc == 3 && std::strcmp(argv[1], "--read") == 0) {
        auto doc = soat::read_docx_bytes(slurp(argv[2]), argv[2]);
        if (!doc) {
            std::cerr << doc.error().code << " " << doc.error().message << "\n";
            return 1;
        }
        std::cout << doc->paragraphs.size() << " paragraphs\n";
        return 0;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
