// JUnit XML: one test suite per file, one test case per rule per file. A rule fails when it
// has findings at or above --fail-on; findings below it are listed in system-out. An
// unreadable file is one test case with an <error>.
#include "report/report.hpp"

#include "report/location.hpp"

#include <soat/xml_text.hpp>

#include <fmt/format.h>

#include <map>
#include <set>

namespace soat::report {

namespace {

// With --fail-on never the run passes, but the report still marks errors as failures so that a
// CI job that only collects the report shows them.
bool fails(Severity s, const Options& o) { return s >= o.fail_on.value_or(Severity::Error); }

}  // namespace

std::string render_junit(const Run& run, const Options& options) {
    std::string suites;
    int total_tests = 0, total_failures = 0, total_errors = 0;
    for (const FileResult& file : run.files) {
        std::string cases;
        int tests = 0, failures = 0, errors = 0;
        if (file.error) {
            tests = errors = 1;
            cases += fmt::format("    <testcase classname=\"{0}\" name=\"read\">\n      <error type=\"{1}\" message=\"{2}\">{2}</error>\n    </testcase>\n",
                                 xml::escape(file.path), file.error->code, xml::escape(file.error->message));
        } else {
            std::map<std::string, std::vector<const Finding*>> by_rule;
            for (const Finding& d : file.findings) {
                if (!d.suppressed) by_rule[d.rule].push_back(&d);
            }
            std::set<std::string> ids;
            for (const engine::RuleSpec& spec : run.rules) ids.insert(spec.id);
            for (const auto& [id, list] : by_rule) ids.insert(id);
            for (const std::string& id : ids) {
                ++tests;
                const auto it = by_rule.find(id);
                if (it == by_rule.end()) {
                    cases += fmt::format("    <testcase classname=\"{}\" name=\"{}\"/>\n", xml::escape(file.path), xml::escape(id));
                    continue;
                }
                std::string failing, other;
                int count = 0;
                for (const Finding* d : it->second) {
                    const Location loc = locate(file.document.get(), *d);
                    const std::string line = loc.known ? fmt::format("{}:{}:{}: {}[{}] {}\n", file.path, loc.line, loc.column,
                                                                     severity_name(d->severity), d->rule, d->message)
                                                       : fmt::format("{}: {}[{}] {}\n", file.path, severity_name(d->severity),
                                                                     d->rule, d->message);
                    if (fails(d->severity, options)) {
                        failing += line;
                        ++count;
                    } else {
                        other += line;
                    }
                }
                cases += fmt::format("    <testcase classname=\"{}\" name=\"{}\">\n", xml::escape(file.path), xml::escape(id));
                if (count > 0) {
                    ++failures;
                    cases += fmt::format("      <failure type=\"{}\" message=\"{} finding(s)\">{}</failure>\n", xml::escape(id), count,
                                         xml::escape(failing));
                }
                if (!other.empty()) cases += fmt::format("      <system-out>{}</system-out>\n", xml::escape(other));
                cases += "    </testcase>\n";
            }
        }
        total_tests += tests;
        total_failures += failures;
        total_errors += errors;
        suites += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n{}  </testsuite>\n",
                              xml::escape(file.path), tests, failures, errors, cases);
    }
    return fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"soat\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n{}</testsuites>\n",
                       total_tests, total_failures, total_errors, suites);
}

}  // namespace soat::report
