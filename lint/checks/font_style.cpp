// font-style: body text in a font other than params.fonts, or a size outside
// [params.min_pt, params.max_pt]. Each body paragraph (not in a table, the header or closing
// area) counts with its dominant font and size; one finding per distinct wrong font or size,
// on its first paragraph, with the number of paragraphs affected.
#include "checks/kinds.hpp"
#include "checks/structure_params.hpp"

#include <fmt/format.h>

namespace soat::checks {

namespace {

class FontStyle final : public engine::Check {
public:
    FontStyle(std::vector<std::string> fonts, double min_pt, double max_pt)
        : fonts_(std::move(fonts)), min_pt_(min_pt), max_pt_(max_pt) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& doc = context.document;
        if (doc.format != model::Format::Docx) return;
        const auto& anatomy = context.analysis.get<analysis::Anatomy>();
        std::map<std::string, std::pair<std::size_t, int>> bad_fonts;  // font -> first paragraph, count
        std::map<int, std::pair<std::size_t, int>> bad_sizes;         // half-points -> first, count
        for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
            const auto& p = doc.paragraphs[i];
            if (p.area != model::Area::Body || p.cell || anatomy.in_frame(i)) continue;
            std::map<std::string, std::uint32_t> font_chars;
            std::map<int, std::uint32_t> size_chars;
            // utf8::byte_offset(), walking on from the last code point found (the spans come in
            // order: slicing each from the paragraph's start read long paragraphs once per run).
            std::uint32_t at_cp = 0;
            std::size_t at_byte = 0;
            auto byte_of = [&](std::uint32_t cp) {
                std::uint32_t n = 0;
                std::size_t i = 0;
                if (cp >= at_cp) {
                    n = at_cp;
                    i = at_byte;
                }
                for (; i < p.text.size(); ++i) {
                    if (!utf8::is_continuation(p.text[i])) {
                        if (n == cp) {
                            at_cp = n;
                            at_byte = i;
                            return i;
                        }
                        ++n;
                    }
                }
                return p.text.size();
            };
            for (const auto& span : p.spans) {
                if (span.kind != model::Span::Kind::Text || span.props >= doc.run_props.size()) continue;
                const auto& props = doc.run_props[span.props];
                const std::size_t b = byte_of(span.begin);
                const std::size_t e = byte_of(span.begin + span.length);
                const std::string_view text = std::string_view(p.text).substr(b, e > b ? e - b : 0);
                if (text.find_first_not_of(" \t") == std::string::npos) continue;
                const std::string font = props.font.empty() ? doc.default_font : props.font;
                const int size = props.size_half_points > 0 ? props.size_half_points : doc.default_size_half_points;
                if (!font.empty()) font_chars[font] += span.length;
                if (size > 0) size_chars[size] += span.length;
            }
            auto dominant = [](const auto& counts) {
                auto best = counts.begin();
                for (auto it = counts.begin(); it != counts.end(); ++it) if (it->second > best->second) best = it;
                return best;
            };
            if (!font_chars.empty()) {
                const std::string font = dominant(font_chars)->first;
                if (!font_allowed(fonts_, font)) {
                    auto [it, fresh] = bad_fonts.emplace(font, std::make_pair(i, 0));
                    ++it->second.second;
                }
            }
            if (!size_chars.empty()) {
                const int size = dominant(size_chars)->first;
                if (size < min_pt_ * 2 || size > max_pt_ * 2) {
                    auto [it, fresh] = bad_sizes.emplace(size, std::make_pair(i, 0));
                    ++it->second.second;
                }
            }
        }
        auto emit = [&](std::size_t paragraph, const char* key, std::map<std::string, std::string> args) {
            auto d = paragraph_draft(doc, paragraph, key);
            d.args = std::move(args);
            sink.emit(std::move(d));
        };
        for (const auto& [font, where] : bad_fonts) {
            emit(where.first, "default", {{"font", font}, {"count", std::to_string(where.second)}, {"expected", fonts_.front()}});
        }
        for (const auto& [size, where] : bad_sizes) {
            std::string pt = size % 2 ? fmt::format("{},5", size / 2) : std::to_string(size / 2);
            emit(where.first, "size",
                 {{"size", pt}, {"count", std::to_string(where.second)}, {"min", fmt::format("{}", min_pt_)},
                  {"max", fmt::format("{}", max_pt_)}});
        }
    }

private:
    std::vector<std::string> fonts_;
    double min_pt_, max_pt_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_font_style(const engine::RuleSpec& spec) {
    auto fonts = param_list(spec.params, "fonts");
    if (fonts.empty() || !spec.params["min_pt"] || !spec.params["max_pt"]) {
        return Error{"E203", "font-style needs params.fonts, params.min_pt and params.max_pt"};
    }
    return std::unique_ptr<engine::Check>(std::make_unique<FontStyle>(
        std::move(fonts), spec.params["min_pt"].as<double>(), spec.params["max_pt"].as<double>()));
}

}  // namespace soat::checks
