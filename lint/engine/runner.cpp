// Runs every enabled rule once over a document and turns drafts into findings.
#include <soat/engine.hpp>

#include "analysis/anatomy.hpp"
#include "analysis/headings.hpp"
#include "engine/embedded_rules.hpp"
#include "engine/fingerprint.hpp"
#include "engine/messages.hpp"
#include "engine/scope.hpp"
#include "engine/suppressions.hpp"

#include <filesystem>
#include <set>

#include <algorithm>
#include <tuple>

namespace soat::engine {

namespace {

// Ids of the built-in rules (file stems), whether or not they were passed to lint().
const std::set<std::string>& builtin_rule_ids() {
    static const std::set<std::string> ids = [] {
        std::set<std::string> out;
        for (const auto id : embedded_rule_ids()) out.emplace(id);
        return out;
    }();
    return ids;
}

class CollectingSink final : public Sink {
public:
    CollectingSink(const model::Document& document, const analysis::Headings& headings, const RuleSpec& spec,
                   Severity severity, Lang lang, std::vector<Finding>& out)
        : document_(document), headings_(headings), spec_(spec), severity_(severity), lang_(lang), out_(out) {}

    void emit(Draft draft) override {
        if (draft.range) {
            const auto& r = *draft.range;
            if (r.paragraph >= document_.paragraphs.size() || r.begin > r.end) return;
            if ((scope_of(document_, headings_, r.paragraph) & spec_.scope) == 0) return;
        }
        Finding f;
        f.rule = spec_.id;
        f.severity = draft.severity ? std::min(*draft.severity, severity_) : severity_;
        f.message = render_message(spec_, draft.message, draft.args, lang_);
        f.range = draft.range;
        f.related = std::move(draft.related);
        f.fix = std::move(draft.fix);
        if (f.range) f.section = headings_.path(f.range->paragraph);
        f.fingerprint = fingerprint(document_, f);
        out_.push_back(std::move(f));
    }

private:
    const model::Document& document_;
    const analysis::Headings& headings_;
    const RuleSpec& spec_;
    Severity severity_;
    Lang lang_;
    std::vector<Finding>& out_;
};

}  // namespace

std::optional<Severity> effective_severity(const RuleSpec& spec, const config::Config& config) {
    bool enabled = spec.enabled_by_default;
    std::optional<Severity> severity = config.profile == Profile::Final ? spec.final : spec.draft;
    if (auto it = config.rules.find(spec.id); it != config.rules.end()) {
        if (it->second.enabled) enabled = *it->second.enabled;
        if (it->second.severity) severity = it->second.severity;
    }
    if (config.enable.count(spec.id) || config.enable.count(spec.pack)) enabled = true;
    if (config.disable.count(spec.id) || config.disable.count(spec.pack)) enabled = false;
    if (!enabled) return std::nullopt;
    return severity;
}

namespace {

std::vector<Finding> lint(const analysis::Analysis& analysis, const model::Document& document,
                          const std::vector<Rule>& rules, const config::Config& config) {
    const auto& headings = analysis.get<analysis::Headings>();
    std::vector<Finding> findings;
    std::set<std::string> known = builtin_rule_ids();
    for (const Rule& rule : rules) known.insert(rule.spec.id);
    for (const Rule& rule : rules) {
        auto severity = effective_severity(rule.spec, config);
        if (!severity) continue;
        if (!rule.spec.kinds.empty() &&
            !rule.spec.kinds.count(std::string(analysis::kind_name(analysis.get<analysis::Anatomy>().kind)))) {
            continue;
        }
        CollectingSink sink(document, headings, rule.spec, *severity, config.lang, findings);
        rule.check->run(Context{document, analysis, rule.spec, config, &known}, sink);
    }
    apply_suppressions(document, findings);
    auto key = [](const Finding& f) {
        return std::make_tuple(f.range ? f.range->paragraph : 0, f.range ? f.range->begin : 0,
                               f.range ? f.range->end : 0, f.rule, f.message);
    };
    std::stable_sort(findings.begin(), findings.end(),
                     [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
    make_unique(findings);
    return findings;
}

}  // namespace

std::vector<Finding> lint(const model::Document& document, const std::vector<Rule>& rules,
                          const config::Config& config) {
    const analysis::Analysis analysis(document, config.kind);
    return lint(analysis, document, rules, config);
}

std::vector<Finding> lint(const model::Document& document, const std::vector<Rule>& rules,
                          const config::Config& config, std::string& kind) {
    const analysis::Analysis analysis(document, config.kind);
    auto findings = lint(analysis, document, rules, config);
    kind = std::string(analysis::kind_name(analysis.get<analysis::Anatomy>().kind));
    return findings;
}

std::vector<std::string> document_kind_names() {
    std::vector<std::string> names;
    for (const auto k : {analysis::DocumentKind::Administrative, analysis::DocumentKind::Party,
                         analysis::DocumentKind::LegalNormative, analysis::DocumentKind::Attachment,
                         analysis::DocumentKind::Other}) {
        names.emplace_back(analysis::kind_name(k));
    }
    return names;
}

std::string document_kind(const model::Document& document, const config::Config& config) {
    const analysis::Analysis analysis(document, config.kind);
    return std::string(analysis::kind_name(analysis.get<analysis::Anatomy>().kind));
}

}  // namespace soat::engine
