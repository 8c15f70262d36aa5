// page-setup: each stated section of a DOCX must be A4 (params.width/height twips within
// params.size_tolerance_mm), portrait unless the section holds a table (landscape for wide
// tables), with margins inside params.margins (mm, widened by params.margin_tolerance_mm).
// Only documents laid out under Decree 30 or Hướng dẫn 36 (not forms, theses, notes). One finding
// per section and problem, on the section's first paragraph.
#include "checks/kinds.hpp"
#include "checks/structure_params.hpp"

#include <fmt/format.h>

#include <cmath>

namespace soat::checks {

namespace {

constexpr double kTwipsPerMm = 1440.0 / 25.4;

std::string mm(double value) {
    std::string s = fmt::format("{:.1f}", value);
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    for (char& c : s) if (c == '.') c = ',';
    return s;
}

struct Range {
    double low = 0, high = 0;
};

class PageSetup final : public engine::Check {
public:
    PageSetup(int width, int height, double size_tolerance, double margin_tolerance, std::map<std::string, Range> margins)
        : width_(width), height_(height), size_tol_(size_tolerance), margin_tol_(margin_tolerance),
          margins_(std::move(margins)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& doc = context.document;
        if (doc.format != model::Format::Docx || !context.analysis.get<analysis::Anatomy>().formal()) return;
        for (std::size_t s = 0; s < doc.sections.size(); ++s) {
            const auto& sec = doc.sections[s];
            if (!sec.stated || sec.page_width <= 0 || sec.page_height <= 0) continue;
            std::optional<std::size_t> first;
            bool table = false;
            for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
                const auto& p = doc.paragraphs[i];
                if (p.area != model::Area::Body || p.section != static_cast<int>(s)) continue;
                if (!first) first = i;
                table = table || p.cell.has_value();
            }
            auto emit = [&](const char* key, std::map<std::string, std::string> args) {
                engine::Draft d;
                if (first) d.range = model::Range{*first, 0, utf8::length(doc.paragraphs[*first].text)};
                d.message = key;
                d.args = std::move(args);
                d.args["section"] = std::to_string(s + 1);
                sink.emit(std::move(d));
            };
            const bool landscape = sec.landscape || sec.page_width > sec.page_height;
            const int w = std::min(sec.page_width, sec.page_height), h = std::max(sec.page_width, sec.page_height);
            const double tol = size_tol_ * kTwipsPerMm;
            if (std::abs(w - width_) > tol || std::abs(h - height_) > tol) {
                emit("default", {{"width", mm(w / kTwipsPerMm)}, {"height", mm(h / kTwipsPerMm)}});
            }
            if (landscape) {
                if (!table) emit("landscape", {});
                continue;  // margins of a rotated page follow the rotation; not checked
            }
            const std::pair<const char*, int> sides[] = {{"top", sec.margin_top},
                                                         {"bottom", sec.margin_bottom},
                                                         {"left", sec.margin_left},
                                                         {"right", sec.margin_right}};
            for (const auto& [side, twips] : sides) {
                auto it = margins_.find(side);
                if (it == margins_.end()) continue;
                const double value = twips / kTwipsPerMm;
                if (value < it->second.low - margin_tol_ || value > it->second.high + margin_tol_) {
                    emit(side, {{"value", mm(value)}, {"low", mm(it->second.low)}, {"high", mm(it->second.high)}});
                }
            }
        }
    }

private:
    int width_, height_;
    double size_tol_, margin_tol_;
    std::map<std::string, Range> margins_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_page_setup(const engine::RuleSpec& spec) {
    const engine::Params& p = spec.params;
    std::map<std::string, Range> margins;
    if (const engine::Params m = p["margins"]; m && m.IsMap()) {
        for (const auto& kv : m) {
            if (!kv.second.IsSequence() || kv.second.size() != 2) {
                return Error{"E203", "page-setup: params.margins." + kv.first.as<std::string>() + " is [low, high] in mm"};
            }
            margins[kv.first.as<std::string>()] = {kv.second[0].as<double>(), kv.second[1].as<double>()};
        }
    }
    if (!p["width"] || !p["height"] || margins.empty()) {
        return Error{"E203", "page-setup needs params.width, params.height and params.margins"};
    }
    return std::unique_ptr<engine::Check>(std::make_unique<PageSetup>(
        p["width"].as<int>(), p["height"].as<int>(), p["size_tolerance_mm"].as<double>(1.0),
        p["margin_tolerance_mm"].as<double>(0.5), std::move(margins)));
}

}  // namespace soat::checks
