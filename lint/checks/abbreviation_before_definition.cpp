// abbreviation-before-definition: an abbreviation used before the place that defines it; the
// finding points at the first such use and relates the definition.
#include "analysis/abbreviations.hpp"
#include "analysis/anatomy.hpp"
#include "analysis/headings.hpp"
#include "analysis/phrases.hpp"
#include "checks/kinds.hpp"
#include "engine/messages.hpp"

#include <soat/utf8.hpp>

#include <map>
#include <set>

namespace soat::checks {

namespace {

// "… viết tắt: ADHIGHTECH", "gọi tắt là Sở": the use stands right after the words that define it.
bool names_itself(const std::string& text, std::uint32_t begin) {
    const std::string before = analysis::lower(text.substr(0, utf8::byte_offset(text, begin)));
    const auto at = before.rfind("tắt");
    return at != std::string::npos && before.size() - at <= 12;
}

// Abbreviations listed in a glossary: the lines after a short heading naming "chữ viết tắt", up to
// the next upper-case heading.
std::set<std::string> glossary_terms(const model::Document& doc, const analysis::Abbreviations& abbreviations,
                                     const analysis::Texts& texts) {
    std::set<std::size_t> lines;
    for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
        const std::string& title = texts.plain(i);
        if (texts.folded(i).find("chu viet tat") == std::string::npos || analysis::phrases::word_count(title) > 12 ||
            analysis::table_of_contents(doc.paragraphs[i])) {
            continue;
        }
        for (std::size_t k = i + 1; k < doc.paragraphs.size() && k < i + 200; ++k) {
            const std::string& line = texts.plain(k);
            if (!doc.paragraphs[k].cell && analysis::is_upper_line(line) && analysis::phrases::word_count(line) >= 2) break;
            lines.insert(k);
        }
    }
    std::set<std::string> out;
    for (const auto& u : abbreviations.uses()) {
        if (lines.count(u.range.paragraph)) out.insert(u.key);
    }
    return out;
}

class AbbreviationBeforeDefinition final : public engine::Check {
public:
    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& abbreviations = context.analysis.get<analysis::Abbreviations>();
        std::map<std::string, const analysis::AbbreviationDefinition*> first;
        for (const auto& d : abbreviations.definitions()) {
            auto& slot = first[d.key];
            if (!slot || d.order < slot->order) slot = &d;
        }
        const auto& doc = context.document;
        const auto glossary = glossary_terms(doc, abbreviations, context.analysis.get<analysis::Texts>());
        std::map<std::string, bool> reported;
        for (const auto& u : abbreviations.uses()) {
            const auto it = first.find(u.key);
            if (it == first.end() || !(u.order < it->second->order) || reported[u.key]) continue;
            // A table of contents repeats terms; a glossary ("Danh mục chữ viết tắt") defines them;
            // "viết tắt: X" is itself the definition.
            const auto& para = doc.paragraphs[u.range.paragraph];
            if (analysis::table_of_contents(para) || glossary.count(u.key) || names_itself(para.text, u.range.begin)) continue;
            reported[u.key] = true;
            const auto& def = *it->second;
            engine::Draft d;
            d.range = u.range;
            d.args = {{"abbr", u.abbr}};
            d.related.push_back({engine::render_message(context.rule, "related_definition", {{"abbr", def.abbr}},
                                                        context.config.lang),
                                 def.range});
            sink.emit(std::move(d));
        }
    }
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_abbreviation_before_definition(const engine::RuleSpec&) {
    return std::unique_ptr<engine::Check>(std::make_unique<AbbreviationBeforeDefinition>());
}

}  // namespace soat::checks
