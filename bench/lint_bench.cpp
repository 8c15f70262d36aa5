// Timing of linting a report of about 150 pages: seed 001's paragraphs (≈ 50 pages of a real
// provincial plan) three times over, read as text, linted with every rule and with one pack.
#include <soat/engine.hpp>
#include <soat/reader.hpp>

#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

// Seed 001 three times, paragraphs separated by blank lines; empty when ../shared is absent.
const std::string& report_150_pages() {
    static const std::string text = [] {
        const fs::path dir = fs::path(SOAT_SHARED_DIR) / "corpus" / "seeds" / "word-like";
        if (!fs::exists(dir)) return std::string();
        for (const auto& e : fs::directory_iterator(dir)) {
            const std::string name = e.path().filename().string();
            if (name.rfind("001_", 0) != 0 || name.find(".paragraphs.txt") == std::string::npos) continue;
            std::ifstream in(e.path());
            std::ostringstream out;
            std::string line;
            std::string once;
            while (std::getline(in, line)) once += line + "\n\n";
            for (int i = 0; i < 3; ++i) out << once;
            return out.str();
        }
        return std::string();
    }();
    return text;
}

void lint_with(benchmark::State& state, const std::string& pack) {
    const std::string& text = report_150_pages();
    if (text.empty()) {
        state.SkipWithError("../shared/corpus/seeds is absent");
        return;
    }
    auto doc = soat::read_text(text, "bao-cao-150-trang.md", soat::model::Format::Markdown);
    auto rules = soat::engine::load_rules();
    if (!doc || !rules) {
        state.SkipWithError("cannot read the report or the rules");
        return;
    }
    std::vector<soat::engine::Rule> chosen;
    for (auto& r : *rules) {
        if (pack.empty() || r.spec.pack == pack) chosen.push_back(std::move(r));
    }
    soat::config::Config config;  // the defaults a drafter gets
    if (!pack.empty()) config.enable.insert(pack);
    for (auto _ : state) benchmark::DoNotOptimize(soat::engine::lint(*doc, chosen, config));
    state.SetLabel(std::to_string(doc->paragraphs.size()) + " paragraphs, " + (pack.empty() ? "all rules" : pack));
}

void BM_lint_150_pages(benchmark::State& state) { lint_with(state, ""); }
BENCHMARK(BM_lint_150_pages)->Unit(benchmark::kMillisecond);

void BM_lint_150_pages_numbers(benchmark::State& state) { lint_with(state, "numbers"); }
BENCHMARK(BM_lint_150_pages_numbers)->Unit(benchmark::kMillisecond);

void BM_lint_150_pages_text(benchmark::State& state) { lint_with(state, "text"); }
BENCHMARK(BM_lint_150_pages_text)->Unit(benchmark::kMillisecond);

}  // namespace
