// component-format: each component of the frame (national title, motto, issuing body, number,
// place and date, type, summary, signer, recipients) in the case, weight, slant, size, font,
// alignment and column Decree 30 Appendix I gives it. The facts are params of the rule file.
// A component is measured on its own text: the first visual line of its paragraph, before any
// line break; a paragraph that lays out two components side by side with tabs is not measured.
// Equal faults are reported once, on their first paragraph, with the number of paragraphs.
#include "checks/kinds.hpp"
#include "checks/structure_params.hpp"

#include <soat/utf8.hpp>

#include <fmt/format.h>

#include <utf8proc.h>

#include <map>

namespace soat::checks {

namespace {

struct Expectation {
    engine::Message name;
    std::optional<bool> upper, bold, italic;
    double min_pt = 0, max_pt = 0;  // 0: size not checked
    std::vector<std::string> align;  // allowed w:jc values; empty: not checked
};

// What one component's text looks like: letters counted by property, dominant size and font.
struct Measure {
    std::uint32_t letters = 0, bold = 0, italic = 0, lower = 0;
    std::map<int, std::uint32_t> sizes;
    std::map<std::string, std::uint32_t> fonts;
};

template <typename Map>
auto dominant(const Map& counts) {
    auto best = counts.begin();
    for (auto it = counts.begin(); it != counts.end(); ++it) if (it->second > best->second) best = it;
    return best->first;
}

// The component's own text: spans up to the first line break; nullopt when a tab after text
// sets another component beside it on the same line.
std::optional<Measure> measure(const model::Document& doc, const model::Paragraph& p) {
    Measure m;
    for (const auto& span : p.spans) {
        if (span.kind == model::Span::Kind::Break && m.letters > 0) break;
        if (span.kind == model::Span::Kind::Tab && m.letters > 0) return std::nullopt;
        if (span.kind != model::Span::Kind::Text || span.props >= doc.run_props.size()) continue;
        const auto& props = doc.run_props[span.props];
        const std::string_view text = utf8::slice(p.text, span.begin, span.begin + span.length);
        std::uint32_t letters = 0, lower = 0;
        for (std::size_t at = 0; at < text.size();) {
            const char32_t c = utf8::next(text, at);
            const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
            if (cat == UTF8PROC_CATEGORY_LL) ++letters, ++lower;
            else if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LO) ++letters;
        }
        if (letters == 0) continue;
        m.letters += letters;
        if (props.bold) m.bold += letters;
        if (props.italic) m.italic += letters;
        if (!props.caps) m.lower += lower;
        const int size = props.size_half_points > 0 ? props.size_half_points : doc.default_size_half_points;
        if (size > 0) m.sizes[size] += letters;
        const std::string font = props.font.empty() ? doc.default_font : props.font;
        if (!font.empty()) m.fonts[font] += letters;
    }
    if (m.letters == 0) return std::nullopt;
    return m;
}

std::string points(int half_points) {
    return half_points % 2 ? fmt::format("{},5", half_points / 2) : std::to_string(half_points / 2);
}

std::string number(double pt) {
    std::string s = fmt::format("{:g}", pt);
    for (char& c : s) if (c == '.') c = ',';
    return s;
}

class ComponentFormat final : public engine::Check {
public:
    ComponentFormat(std::map<std::string, Expectation> expected, std::vector<std::string> fonts, int signer_indent_twips)
        : expected_(std::move(expected)), fonts_(std::move(fonts)), signer_indent_twips_(signer_indent_twips) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& doc = context.document;
        if (doc.format != model::Format::Docx) return;
        const auto& anatomy = context.analysis.get<analysis::Anatomy>();
        const bool en = context.config.lang == Lang::En;
        // (component, fault, value) -> first paragraph, count, arguments
        struct Fault {
            std::size_t paragraph;
            int count;
            std::map<std::string, std::string> args;
        };
        std::map<std::tuple<std::string, std::string, std::string>, Fault> faults;
        auto add = [&](const std::string& key, const Expectation& e, std::size_t i, const char* fault, std::string value,
                       std::map<std::string, std::string> args) {
            auto [it, fresh] = faults.try_emplace({key, fault, value}, Fault{i, 0, std::move(args)});
            ++it->second.count;
            it->second.args["component"] = en ? e.name.en : e.name.vi;
        };
        for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
            const auto& p = doc.paragraphs[i];
            const std::string key = expectation_key(anatomy, anatomy.component(i), p.text);
            const auto found = expected_.find(key);
            if (found == expected_.end()) continue;
            const Expectation& e = found->second;
            const auto m = measure(doc, p);
            if (!m) continue;
            const bool bold = m->bold * 2 > m->letters, italic = m->italic * 2 > m->letters;
            if (e.bold && *e.bold != bold) add(key, e, i, *e.bold ? "bold" : "not-bold", "", {});
            if (e.italic && *e.italic != italic) add(key, e, i, *e.italic ? "italic" : "not-italic", "", {});
            if (e.upper && *e.upper && m->lower > 0) add(key, e, i, "upper", "", {});
            if (e.max_pt > 0 && !m->sizes.empty()) {
                const int size = dominant(m->sizes);
                if (size < e.min_pt * 2 || size > e.max_pt * 2) {
                    add(key, e, i, "size", std::to_string(size),
                        {{"size", points(size)},
                         {"expected", e.min_pt == e.max_pt ? number(e.min_pt) : number(e.min_pt) + "–" + number(e.max_pt)}});
                }
            }
            if (!m->fonts.empty() && !fonts_.empty()) {
                const std::string font = dominant(m->fonts);
                if (!font_allowed(fonts_, font)) add(key, e, i, "font", font, {{"font", font}, {"expected", fonts_.front()}});
            }
            if (!e.align.empty() && !p.alignment.empty() &&
                std::find(e.align.begin(), e.align.end(), p.alignment) == e.align.end()) {
                add(key, e, i, "align", p.alignment, {{"align", p.alignment}});
            }
        }
        column_faults(doc, anatomy, en, faults);
        for (auto& [what, fault] : faults) {
            auto d = paragraph_draft(doc, fault.paragraph, std::get<1>(what).c_str());
            d.args = std::move(fault.args);
            d.args["count"] = std::to_string(fault.count);
            sink.emit(std::move(d));
        }
    }

private:
    // The component's params key: the summary of a công văn ("V/v …") and the "Nơi nhận:" line
    // have their own layout.
    static std::string expectation_key(const analysis::Anatomy& anatomy, std::string_view component, std::string_view text) {
        if (component == "subject" && anatomy.type_name == "CÔNG VĂN") return "subject-letter";
        // (folded only for the one component that asks: every paragraph comes through here)
        if (component == "recipients" && analysis::fold(analysis::plain(text)).rfind("noi nhan", 0) == 0) {
            return "recipients-heading";
        }
        return std::string(component);
    }

    // In a two-column table the national title stands right of the issuing body, and the signer
    // right of the recipients.
    template <typename Faults>
    void column_faults(const model::Document& doc, const analysis::Anatomy& anatomy, bool en, Faults& faults) const {
        auto cell = [&](std::optional<std::size_t> i) -> const model::CellRef* {
            return i && doc.paragraphs[*i].cell ? &*doc.paragraphs[*i].cell : nullptr;
        };
        auto check = [&](std::optional<std::size_t> left, std::optional<std::size_t> right, const char* key) {
            const auto* l = cell(left);
            const auto* r = cell(right);
            const auto e = expected_.find(key);
            if (!l || !r || e == expected_.end() || l->table != r->table || r->column > l->column) return;
            auto [it, fresh] = faults.try_emplace({key, "column", ""}, typename Faults::mapped_type{*right, 0, {}});
            ++it->second.count;
            it->second.args["component"] = en ? e->second.name.en : e->second.name.vi;
        };
        check(anatomy.issuing_body, anatomy.national_title, "national-title");
        std::optional<std::size_t> signer;
        if (!anatomy.signer.empty()) signer = anatomy.signer.front().paragraph;
        check(anatomy.recipients, signer, std::string(anatomy.component(signer.value_or(0))).c_str());
        // Without a table the signer block stands in the right half: centred or right-aligned,
        // indented, pushed right with tabs or spaces, or set beside the recipients on their lines.
        if (!signer || doc.paragraphs[*signer].cell) return;
        const auto& p = doc.paragraphs[*signer];
        const bool left = p.alignment.empty() || p.alignment == "left" || p.alignment == "start" || p.alignment == "both";
        const auto segments = analysis::laid_out_segments(p);
        const bool beside = std::any_of(segments.begin(), segments.end(), [](const auto& x) { return x.column; });
        const bool pushed = beside || p.indent >= signer_indent_twips_ || p.text.rfind('\t', 0) == 0 || p.text.rfind("    ", 0) == 0;
        const auto e = expected_.find(std::string(anatomy.component(*signer)));
        if (!left || pushed || e == expected_.end()) return;
        auto [it, fresh] = faults.try_emplace({e->first, "left", ""}, typename Faults::mapped_type{*signer, 0, {}});
        ++it->second.count;
        it->second.args["component"] = en ? e->second.name.en : e->second.name.vi;
    }

    std::map<std::string, Expectation> expected_;
    std::vector<std::string> fonts_;
    int signer_indent_twips_;
};

std::optional<bool> flag(const engine::Params& node) {
    if (!node) return std::nullopt;
    return node.as<bool>();
}

}  // namespace

Result<std::unique_ptr<engine::Check>> make_component_format(const engine::RuleSpec& spec) {
    const engine::Params components = spec.params["components"];
    if (!components || !components.IsMap()) return Error{"E203", "component-format needs params.components"};
    std::map<std::string, Expectation> expected;
    for (const auto& kv : components) {
        const engine::Params c = kv.second;
        Expectation e;
        const engine::Params name = c["name"];
        e.name.vi = name && name["vi"] ? name["vi"].as<std::string>() : kv.first.as<std::string>();
        e.name.en = name && name["en"] ? name["en"].as<std::string>() : e.name.vi;
        e.upper = flag(c["upper"]);
        e.bold = flag(c["bold"]);
        e.italic = flag(c["italic"]);
        if (c["min_pt"]) e.min_pt = c["min_pt"].as<double>();
        if (c["max_pt"]) e.max_pt = c["max_pt"].as<double>();
        e.align = param_list(c, "align");
        expected.emplace(kv.first.as<std::string>(), std::move(e));
    }
    // Millimetres to twips (1 mm = 56.7 twips).
    const double indent_mm = spec.params["signer_indent_mm"] ? spec.params["signer_indent_mm"].as<double>() : 40;
    return std::unique_ptr<engine::Check>(std::make_unique<ComponentFormat>(
        std::move(expected), param_list(spec.params, "fonts"), static_cast<int>(indent_mm * 56.7)));
}

}  // namespace soat::checks
