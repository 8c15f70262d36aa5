// Reporters: one run's results in one output format. One file per format; shared helpers in
// location.hpp and columns.hpp. Reporters only format; they never lint or read files.
#pragma once

#include <soat/check.hpp>
#include <soat/finding.hpp>
#include <soat/model.hpp>
#include <soat/result.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace soat::report {

// One input: its document (absent when unreadable) and its findings (suppressed ones kept).
struct FileResult {
    std::string path;
    std::string format;  // "docx", "text", "markdown" (guessed from the name when unreadable)
    std::string kind;    // the document's kind (analysis::kind_name), "" when unreadable
    std::optional<Error> error;
    std::shared_ptr<const model::Document> document;
    std::vector<Finding> findings;
    std::vector<std::string> fixed;  // baseline fingerprints no longer found
};

struct Run {
    std::vector<FileResult> files;
    std::vector<engine::RuleSpec> rules;  // metadata of every loaded rule, sorted by id
    bool baseline = false;                 // a baseline was applied (SARIF baselineState)
};

struct Options {
    Lang lang = Lang::Vi;
    bool color = false;
    bool quiet = false;                    // text: only errors
    std::optional<Severity> fail_on = Severity::Error;  // nullopt: never (junit failures)
};

enum class Format { Text, Json, Sarif, Junit, Github, Gcc, Rdjson };

std::optional<Format> parse_format(std::string_view name);

// Whether `format` reads Run::rules (SARIF's rule list, JUnit's passing cases); the other
// formats print findings only, so `check` copies the specs for these two alone.
bool uses_rules(Format format);

// The whole output of a run in `format`.
std::string render(Format format, const Run& run, const Options& options);

std::string render_text(const Run& run, const Options& options);
std::string render_gcc(const Run& run, const Options& options);
std::string render_json(const Run& run, const Options& options);
std::string render_sarif(const Run& run, const Options& options);
std::string render_junit(const Run& run, const Options& options);
std::string render_github(const Run& run, const Options& options);
std::string render_rdjson(const Run& run, const Options& options);

// The format name of a document ("docx", "text", "markdown").
std::string format_name(model::Format format);

std::string_view severity_name(Severity severity);

}  // namespace soat::report
