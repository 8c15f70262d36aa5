// The rule interface: a rule file (rules/<pack>/<id>.yml) picks a C++ kind and gives it
// parameters; the kind reads the document and its analysis and emits drafts to a sink.
// Checks never format output.
#pragma once

#include <soat/analysis.hpp>
#include <soat/config.hpp>
#include <soat/finding.hpp>
#include <soat/model.hpp>
#include <soat/params.hpp>
#include <soat/result.hpp>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace soat::engine {

// Where a rule looks. A paragraph is in `heading` scope when analysis marks it a heading.
enum Scope : unsigned {
    kBody = 1u << 0,
    kHeading = 1u << 1,
    kTable = 1u << 2,
    kFootnote = 1u << 3,      // footnotes and endnotes
    kHeaderFooter = 1u << 4,
    kAll = 0x1f,
};

struct Message {
    std::string vi;
    std::string en;
};

struct RuleDoc {
    std::string what, why, example_bad, example_good;  // what/why in Vietnamese (or the only text)
    std::string what_en, why_en;                       // English, when the rule file gives {vi, en}
};

struct RuleSpec {
    std::string id;
    std::string pack;
    std::string kind;
    Severity draft = Severity::Warning;  // default severity in --profile draft
    Severity final = Severity::Warning;  // default severity in --profile final
    unsigned scope = kAll;
    std::set<std::string> kinds;  // document kinds it applies to (analysis::kind_name); empty: all
    bool fixable = false;
    bool enabled_by_default = true;
    Message summary;                          // one line, for `soat rules` and SARIF
    std::map<std::string, Message> messages;  // "default" and named variants; {placeholders}
    RuleDoc doc;
    Params params;                            // kind-specific parameters
    std::string source;                       // rule file path, for errors
};

// What a check emits; the engine adds rule id, severity, message text, fingerprint, section.
struct Draft {
    std::optional<model::Range> range;       // nullopt: the whole document
    std::string message = "default";         // key into RuleSpec::messages
    std::map<std::string, std::string> args;  // placeholder values
    std::vector<Related> related;            // messages here are already final text
    std::optional<Fix> fix;
    std::optional<Severity> severity;        // overrides the rule's default (e.g. info for names)
};

class Sink {
public:
    virtual ~Sink() = default;
    virtual void emit(Draft draft) = 0;
};

struct Context {
    const model::Document& document;
    const analysis::Analysis& analysis;
    const RuleSpec& rule;
    const config::Config& config;
    // Every rule id loaded (built-in and extra packs), for rules about suppressions; may be null.
    const std::set<std::string>* known_rules = nullptr;
};

class Check {
public:
    virtual ~Check() = default;
    virtual void run(const Context& context, Sink& sink) const = 0;
};

// A kind turns a rule spec into a check, or explains what is wrong with its parameters.
using Factory = Result<std::unique_ptr<Check>> (*)(const RuleSpec& spec);

struct Kind {
    std::string_view name;
    Factory make;
};

// The registry: every kind, sorted by name (lint/checks/registry.cpp).
const std::vector<Kind>& kinds();
const Kind* find_kind(std::string_view name);

}  // namespace soat::engine
