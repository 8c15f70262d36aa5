// The engine: loads rule packs and configuration, runs every enabled rule once per document,
// applies suppressions and baselines. The CLI, annotate, fix and lsp all go through here.
#pragma once

#include <soat/check.hpp>
#include <soat/config.hpp>
#include <soat/finding.hpp>
#include <soat/model.hpp>
#include <soat/result.hpp>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace soat::engine {

struct Rule {
    RuleSpec spec;
    std::unique_ptr<Check> check;
};

// Built-in packs (embedded in the binary at build time) plus `extra_dirs`.
// E203 names the rule file, its line and the RE2 or kind message when one is bad.
Result<std::vector<Rule>> load_rules(const std::vector<std::string>& extra_dirs = {});

// `.soat.yml`: `explicit_path` when given (--config), else the nearest one upward from
// `for_file`, else defaults. E201 unreadable or invalid YAML, E202 unknown key (with line).
Result<config::Config> load_config(const std::string& for_file, const std::string& explicit_path = {});
// Forgets where `.soat.yml` files were found, so that one created or deleted since is seen (a
// long-running server calls it on such a change; a parsed file is re-read whenever it changes).
void forget_config_locations();

// The commented default configuration `soat init` writes.
std::string default_config_text();

// Effective severity of a rule under a configuration; nullopt when the rule is off.
std::optional<Severity> effective_severity(const RuleSpec& spec, const config::Config& config);

// All findings of one document, sorted by position, suppressions marked (suppressed findings
// are kept with `suppressed = true` so SARIF can report them).
std::vector<Finding> lint(const model::Document& document, const std::vector<Rule>& rules,
                          const config::Config& config);
// The same, and document_kind() into `kind`, read from the lint's own analysis (not a second one).
std::vector<Finding> lint(const model::Document& document, const std::vector<Rule>& rules,
                          const config::Config& config, std::string& kind);

// What the document is ("administrative", "party", "legal-normative", "attachment", "other"), as
// the rules that depend on it read it.
std::string document_kind(const model::Document& document, const config::Config& config);
// The names document_kind() returns, which `kind:` and --kind accept.
std::vector<std::string> document_kind_names();

// Rule documentation, from rule metadata only. `soat rules`: one line per rule (id, pack,
// severity in draft/final, fixable, summary), sorted by id.
std::string rules_table(const std::vector<RuleSpec>& rules, Lang lang);
// `soat explain RULE` and docs/rules/<pack>/<id>.md: Markdown with What it does, Why, examples,
// severity per profile, scope, fixable, enabled by default.
std::string explain_rule(const RuleSpec& spec, Lang lang);
// docs/rules/README.md: every rule by pack, linking to its page.
std::string rules_index(const std::vector<RuleSpec>& rules);

// Baselines: a file of fingerprints per path.
struct Baseline {
    std::map<std::string, std::multiset<std::string>> fingerprints;  // path -> fingerprints
};
Result<Baseline> read_baseline(const std::string& path);
Result<bool> write_baseline(const std::string& path, const Baseline& baseline);
// Marks each finding New or Unchanged; returns the fingerprints that are gone (fixed).
std::vector<std::string> apply_baseline(const Baseline& baseline, const std::string& path,
                                        std::vector<Finding>& findings);

}  // namespace soat::engine
