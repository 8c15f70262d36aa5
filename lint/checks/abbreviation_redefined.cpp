// abbreviation-redefined: an abbreviation defined twice (a heading's gloss aside), defined or used in two spellings
// ("KTXH" / "KT-XH"), or whose full form keeps being written out after the definition (at most
// params.max_full_form_uses reports per abbreviation, one per paragraph; quoted document titles after a citation
// head such as "Nghị quyết số …" are left alone).
#include "analysis/abbreviations.hpp"
#include "analysis/syllable.hpp"
#include "analysis/headings.hpp"
#include "analysis/words.hpp"
#include "checks/kinds.hpp"
#include "engine/messages.hpp"

#include <soat/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace soat::checks {

namespace {

class AbbreviationRedefined final : public engine::Check {
public:
    AbbreviationRedefined(int max_full_form_uses, std::vector<std::vector<std::string>> title_heads)
        : max_full_form_uses_(max_full_form_uses), title_heads_(std::move(title_heads)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& abbreviations = context.analysis.get<analysis::Abbreviations>();
        const auto& defs = abbreviations.definitions();
        std::map<std::string, const analysis::AbbreviationDefinition*> first;
        for (const auto& d : defs) {
            auto& slot = first[d.key];
            if (!slot || d.order < slot->order) slot = &d;
        }
        auto related = [&](const analysis::AbbreviationDefinition& def) {
            return Related{engine::render_message(context.rule, "related_definition", {{"abbr", def.abbr}},
                                                  context.config.lang),
                           def.range};
        };
        // A heading that glosses an abbreviation ("1.2.1. Tăng trưởng kinh tế (GRDP)") may be repeated
        // by the body's definition.
        const auto& headings = context.analysis.get<analysis::Headings>();
        for (const auto& d : defs) {
            const auto& f = *first[d.key];
            if (&f == &d || (headings.at(f.range.paragraph) && f.abbr == d.abbr)) continue;
            engine::Draft draft;
            draft.range = d.range;
            draft.message = f.abbr == d.abbr ? "default" : "variant";
            draft.args = {{"abbr", d.abbr}, {"first", f.abbr}};
            draft.related.push_back(related(f));
            sink.emit(std::move(draft));
        }
        std::set<std::string> variants;
        for (const auto& u : abbreviations.uses()) {
            const auto it = first.find(u.key);
            if (it == first.end() || it->second->abbr == u.abbr || !variants.insert(u.abbr).second) continue;
            engine::Draft draft;
            draft.range = u.range;
            draft.message = "variant_use";
            draft.args = {{"abbr", u.abbr}, {"first", it->second->abbr}};
            draft.fix = Fix{it->second->abbr, false};
            draft.related.push_back(related(*it->second));
            sink.emit(std::move(draft));
        }
        std::map<std::size_t, int> count;
        std::set<std::pair<std::size_t, std::size_t>> paragraphs;  // (definition, paragraph) reported
        for (const auto& use : abbreviations.full_form_uses()) {
            const auto& def = defs[use.definition];
            if (first[def.key] != &def || abbreviations.excluded(use.range.paragraph)) continue;
            if (count[use.definition] >= max_full_form_uses_ || in_title(context, use.range)) continue;
            if (!paragraphs.insert({use.definition, use.range.paragraph}).second) continue;
            ++count[use.definition];
            const std::string written(utf8::slice(context.document.paragraphs[use.range.paragraph].text,
                                                  use.range.begin, use.range.end));
            engine::Draft draft;
            draft.range = use.range;
            draft.message = "full_form";
            draft.args = {{"abbr", def.abbr}, {"full", written}};
            draft.related.push_back(related(def));
            sink.emit(std::move(draft));
        }
    }

private:
    // Inside a cited title: a citation head ("Nghị quyết", "Kế hoạch", …) among the 25 words before.
    bool in_title(const engine::Context& context, const model::Range& r) const {
        const std::string& text = context.document.paragraphs[r.paragraph].text;
        const auto ws = analysis::words::split(utf8::slice(text, 0, r.begin));
        std::vector<std::string> lower;
        const std::size_t from = ws.size() > 25 ? ws.size() - 25 : 0;
        for (std::size_t i = from; i < ws.size(); ++i) lower.push_back(analysis::lower(ws[i].text));
        for (const auto& head : title_heads_) {
            for (std::size_t i = 0; i + head.size() <= lower.size(); ++i) {
                if (std::equal(head.begin(), head.end(), lower.begin() + static_cast<std::ptrdiff_t>(i))) return true;
            }
        }
        return false;
    }

    int max_full_form_uses_;
    std::vector<std::vector<std::string>> title_heads_;
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_abbreviation_redefined(const engine::RuleSpec& spec) {
    try {
        const int max_uses = spec.params["max_full_form_uses"] ? spec.params["max_full_form_uses"].as<int>() : 3;
        if (max_uses < 0) return Error{"E203", fmt::format("{}: params.max_full_form_uses must be ≥ 0", spec.source)};
        std::vector<std::vector<std::string>> heads;
        if (const engine::Params list = spec.params["title_heads"]) {
            if (!list.IsSequence()) return Error{"E203", fmt::format("{}: params.title_heads must be a list", spec.source)};
            for (const auto& item : list) {
                const std::string phrase = item.as<std::string>();
                std::vector<std::string> words;
                for (const auto& w : analysis::words::split(phrase)) words.push_back(analysis::lower(w.text));
                if (words.empty()) return Error{"E203", fmt::format("{}: params.title_heads has an empty entry", spec.source)};
                heads.push_back(std::move(words));
            }
        }
        return std::unique_ptr<engine::Check>(std::make_unique<AbbreviationRedefined>(max_uses, std::move(heads)));
    } catch (const YAML::Exception& e) {
        return Error{"E203", fmt::format("{}: {}", spec.source, e.what())};
    }
}

}  // namespace soat::checks
