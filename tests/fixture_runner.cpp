// Runs one rule fixture (fixtures/README.md): every case is built as a DOCX and as a .txt,
// read back through the real readers, linted with every rule, and its (rule, paragraph) pairs
// compared both ways with the markers, for the rules the file is about. Exit 1 on a mismatch.
//   usage: soat_fixture_runner fixtures/rules/<pack>/<rule>.md
//   SOAT_UPDATE_FIXTURES=1 rewrites the ```expected blocks.
#include "support/fixture_parser.hpp"

#include "engine/config_parse.hpp"
#include "report/report.hpp"

#include <soat/engine.hpp>
#include <soat/reader.hpp>
#include <soat/utf8.hpp>

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

using namespace soat;

namespace {

struct Outcome {
    bool ok = true;
    std::string report;
};

std::string describe(const test::BuiltCase& built, const std::string& rule, std::size_t paragraph,
                     const std::vector<Finding>& findings) {
    std::string text = paragraph < built.paragraphs.size() ? built.paragraphs[paragraph] : "?";
    if (utf8::length(text) > 70) text = std::string(utf8::slice(text, 0, 70)) + "…";
    std::string out = fmt::format("{} @ paragraph {}: “{}”", rule, paragraph + 1, text);
    for (const Finding& f : findings) {
        const std::size_t p = f.range ? f.range->paragraph : 0;
        if (f.rule == rule && p == paragraph) out += fmt::format("\n        message: {}", f.message);
    }
    return out;
}

Outcome compare(const std::string& form, const test::BuiltCase& built, const std::set<std::string>& concerned,
                const std::vector<Finding>& findings) {
    test::Expected actual;
    for (const Finding& f : findings) {
        if (f.suppressed || !concerned.count(f.rule)) continue;
        actual.emplace(f.rule, f.range ? f.range->paragraph : 0);
    }
    Outcome o;
    for (const auto& [rule, p] : built.expected) {
        if (!actual.count({rule, p})) {
            o.ok = false;
            o.report += fmt::format("    [{}] missing   {}\n", form, describe(built, rule, p, findings));
        }
    }
    for (const auto& [rule, p] : actual) {
        if (!built.expected.count({rule, p})) {
            o.ok = false;
            o.report += fmt::format("    [{}] unexpected {}\n", form, describe(built, rule, p, findings));
        }
    }
    return o;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: soat_fixture_runner FIXTURE.md\n";
        return 2;
    }
    const std::string path = argv[1];
    const std::string source = read_file(path);
    auto fixture = test::parse_fixture(source, path);
    if (!fixture) {
        std::cerr << fixture.error().message << "\n";
        return 1;
    }
    const std::string file_rule = std::filesystem::path(path).stem().string();
    if (fixture->rule != file_rule) {
        std::cerr << fmt::format("{}: the title '# {}' must be the file's rule id '{}'\n", path, fixture->rule, file_rule);
        return 1;
    }
    auto rules = engine::load_rules();
    if (!rules) {
        std::cerr << rules.error().message << "\n";
        return 1;
    }
    bool rule_exists = false;
    for (const auto& r : *rules) rule_exists = rule_exists || r.spec.id == file_rule;
    if (!rule_exists) {
        std::cerr << fmt::format("{}: no rule '{}' is loaded\n", path, file_rule);
        return 1;
    }
    std::vector<engine::RuleSpec> specs;
    for (const auto& r : *rules) specs.push_back(r.spec);

    const bool update = std::getenv("SOAT_UPDATE_FIXTURES") != nullptr;
    std::vector<std::string> file_lines;
    {
        std::istringstream in(source);
        std::string l;
        while (std::getline(in, l)) file_lines.push_back(l);
    }
    std::vector<std::pair<int, std::pair<int, std::string>>> rewrites;  // begin -> (end, content)

    int failures = 0, checked = 0;
    for (const auto& fc : fixture->cases) {
        auto built = test::build_case(fc);
        if (!built) {
            std::cerr << built.error().message << "\n";
            return 1;
        }
        std::set<std::string> concerned = built->rules;
        concerned.insert(file_rule);

        config::Config config;
        if (!fc.config_yaml.empty()) {
            auto c = engine::parse_config(fc.config_yaml, fmt::format("{} (case '{}')", path, fc.name), ".");
            if (!c) {
                std::cerr << c.error().message << "\n";
                return 1;
            }
            config = *c;
        }
        if (fc.profile) config.profile = *fc.profile;
        if (fc.lang) config.lang = *fc.lang;
        for (const auto& r : concerned) {
            if (!config.disable.count(r)) config.enable.insert(r);
        }

        std::string report;
        bool ok = true;
        auto docx = read_docx_bytes(built->docx.bytes(), "fixture.docx");
        if (!docx) {
            ok = false;
            report += fmt::format("    [docx] the reader failed: {} {}\n", docx.error().code, docx.error().message);
        }
        std::vector<Finding> docx_findings;
        if (docx) {
            docx_findings = engine::lint(*docx, *rules, config);
            auto o = compare("docx", *built, concerned, docx_findings);
            ok = ok && o.ok;
            report += o.report;
        }
        if (!fc.docx_only) {
            auto txt = read_text(built->text, "fixture.txt", model::Format::Text);
            if (!txt) {
                ok = false;
                report += fmt::format("    [txt] the reader failed: {} {}\n", txt.error().code, txt.error().message);
            } else {
                auto o = compare("txt", *built, concerned, engine::lint(*txt, *rules, config));
                ok = ok && o.ok;
                report += o.report;
            }
        }
        if (fc.expected && docx) {
            report::FileResult file;
            file.path = "fixture.docx";
            file.format = "docx";
            file.document = std::make_shared<const model::Document>(*docx);
            for (const Finding& f : docx_findings) {
                if (concerned.count(f.rule)) file.findings.push_back(f);
            }
            report::Run run;
            run.files.push_back(std::move(file));
            run.rules = specs;
            report::Options options;
            options.lang = config.lang;
            const std::string text = report::render_text(run, options);
            if (update) {
                rewrites.push_back({fc.expected_begin, {fc.expected_end, text}});
            } else if (text != *fc.expected) {
                ok = false;
                report += fmt::format("    [text output] differs (SOAT_UPDATE_FIXTURES=1 rewrites it)\n--- expected\n{}--- actual\n{}",
                                      *fc.expected, text);
            }
        }
        ++checked;
        if (!ok) {
            ++failures;
            std::cout << fmt::format("FAIL {}:{}: {}\n{}", path, fc.line, fc.name, report);
            std::cout << "  expected:";
            for (const auto& [r, p] : built->expected) std::cout << fmt::format(" {}@{}", r, p + 1);
            std::cout << "\n";
        } else {
            std::cout << fmt::format("ok   {}\n", fc.name);
        }
    }
    if (update && !rewrites.empty()) {
        std::string out;
        std::size_t next = 0;
        for (const auto& [begin, rest] : rewrites) {
            for (; next < static_cast<std::size_t>(begin); ++next) out += file_lines[next] + "\n";
            out += rest.second;
            next = static_cast<std::size_t>(rest.first);
        }
        for (; next < file_lines.size(); ++next) out += file_lines[next] + "\n";
        std::ofstream(path, std::ios::binary | std::ios::trunc) << out;
        std::cout << "rewrote the expected blocks of " << path << "\n";
    }
    bool fires = false, silent = false;
    for (const auto& fc : fixture->cases) {
        auto built = test::build_case(fc);
        bool any = false;
        for (const auto& [r, p] : built->expected) any = any || r == file_rule;
        (any ? fires : silent) = true;
    }
    if (!fires || !silent) {
        std::cout << fmt::format("FAIL {}: needs at least one case that fires and one that stays silent\n", path);
        ++failures;
    }
    std::cout << fmt::format("{}: {} cases, {} failed\n", path, checked, failures);
    return failures == 0 ? 0 : 1;
}
