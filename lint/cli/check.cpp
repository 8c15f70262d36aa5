// `soat check`: read every input, lint it in parallel, report in stable input order.
#include "cli/commands.hpp"
#include "cli/inputs.hpp"

#include "pipeline/lint_input.hpp"
#include "report/report.hpp"

#include <soat/engine.hpp>

#include <fmt/format.h>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

namespace soat::cli {

namespace {

struct CheckOptions {
    std::vector<std::string> paths;
    std::string format = "text";
    std::string output;
    std::string config;
    std::string profile;
    std::string kind;
    std::vector<std::string> enable, disable;
    std::string fail_on = "error";
    std::string baseline, write_baseline;
    unsigned jobs = 0;
    std::string lang;
    std::string color = "auto";
    bool quiet = false;
    std::vector<std::string> include, exclude;
    std::string stdin_name = "<stdin>.txt";  // plain text unless named otherwise
};

// One input's configuration and rules, prepared before the parallel part.
struct Plan {
    Input input;
    config::Config config;
    const std::vector<engine::Rule>* rules = nullptr;
};

int fail(const Error& e) {
    std::fprintf(stderr, "soat: %s %s\n", e.code.c_str(), e.message.c_str());
    return kTrouble;
}

int run_check(const CheckOptions& o) {
    const auto format = report::parse_format(o.format);
    std::optional<Severity> fail_on;
    if (o.fail_on == "error") fail_on = Severity::Error;
    else if (o.fail_on == "warning") fail_on = Severity::Warning;
    else if (o.fail_on == "info") fail_on = Severity::Info;

    std::string stdin_bytes;
    const std::vector<Input> inputs = collect_inputs(o.paths, {o.include, o.exclude}, o.stdin_name);
    if (std::count_if(inputs.begin(), inputs.end(), [](const Input& i) { return i.stdin_; }) > 1) {
        std::fprintf(stderr, "soat: '-' (stdin) may be given once\n");
        return kTrouble;
    }
    if (std::any_of(inputs.begin(), inputs.end(), [](const Input& i) { return i.stdin_; })) {
        stdin_bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    }

    // Configuration per input (usage errors stop the run before any linting), rules per set of
    // extra pack directories. Never freed: the process ends with the check, and freeing every
    // rule's patterns and tables cost a tenth of a one-line check.
    static auto* const kept = new std::map<std::vector<std::string>, std::vector<engine::Rule>>;
    auto& rule_sets = *kept;
    {
        auto rules = engine::load_rules();
        if (!rules.ok()) return fail(rules.error());
        rule_sets.emplace(std::vector<std::string>{}, std::move(rules.value()));
    }
    std::vector<Plan> plans;
    for (const Input& input : inputs) {
        auto config = engine::load_config(input.path, o.config);
        if (!config.ok()) return fail(config.error());
        Plan plan{input, std::move(config.value()), nullptr};
        if (o.profile == "draft") plan.config.profile = Profile::Draft;
        if (o.profile == "final") plan.config.profile = Profile::Final;
        if (!o.kind.empty()) plan.config.kind = o.kind;
        if (o.lang == "vi") plan.config.lang = Lang::Vi;
        if (o.lang == "en") plan.config.lang = Lang::En;
        for (const std::string& r : o.enable) {
            plan.config.enable.insert(r);
            plan.config.disable.erase(r);
        }
        for (const std::string& r : o.disable) {
            plan.config.disable.insert(r);
            plan.config.enable.erase(r);
        }
        auto it = rule_sets.find(plan.config.pack_dirs);
        if (it == rule_sets.end()) {
            auto rules = engine::load_rules(plan.config.pack_dirs);
            if (!rules.ok()) return fail(rules.error());
            it = rule_sets.emplace(plan.config.pack_dirs, std::move(rules.value())).first;
        }
        plan.rules = &it->second;
        plans.push_back(std::move(plan));
    }
    // Rule ids named on the command line must exist.
    for (const auto* list : {&o.enable, &o.disable}) {
        for (const std::string& id : *list) {
            bool found = false;
            for (const auto& [dirs, rules] : rule_sets) {
                found = found || std::any_of(rules.begin(), rules.end(), [&](const engine::Rule& r) {
                    return r.spec.id == id || r.spec.pack == id;
                });
            }
            if (!found) {
                std::fprintf(stderr, "soat: unknown rule or pack '%s' (see `soat rules`)\n", id.c_str());
                return kTrouble;
            }
        }
    }

    std::optional<engine::Baseline> baseline;
    if (!o.baseline.empty()) {
        auto b = engine::read_baseline(o.baseline);
        if (!b.ok()) return fail(b.error());
        baseline = std::move(b.value());
    }

    // Lint in parallel; each result lands at its input's index.
    report::Run run;
    run.baseline = baseline.has_value();
    run.files.resize(plans.size());
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < plans.size();) {
            const Plan& plan = plans[i];
            run.files[i] = pipeline::lint_input(plan.input.path,
                                                plan.input.stdin_ ? std::optional<std::string_view>(stdin_bytes) : std::nullopt,
                                                *plan.rules, plan.config, baseline ? &*baseline : nullptr);
        }
    };
    const unsigned jobs = std::max(1u, std::min<unsigned>(o.jobs == 0 ? std::thread::hardware_concurrency() : o.jobs,
                                                          static_cast<unsigned>(std::max<std::size_t>(1, plans.size()))));
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(worker);
    worker();
    for (std::thread& t : threads) t.join();

    // Rule metadata for the reports that list rules (SARIF, JUnit), each id once; copied once (a
    // RuleSpec's move may throw, so a growing vector would copy every spec again). The other
    // formats never read it: copying the specs was 4 % of a one-line check.
    if (report::uses_rules(*format)) {
        std::map<std::string, const engine::RuleSpec*> specs;
        for (const auto& [dirs, rules] : rule_sets) {
            for (const engine::Rule& r : rules) specs.emplace(r.spec.id, &r.spec);
        }
        run.rules.reserve(specs.size());
        for (const auto& [id, spec] : specs) run.rules.push_back(*spec);
    }

    if (!o.write_baseline.empty()) {
        engine::Baseline out;
        for (const report::FileResult& f : run.files) {
            auto& set = out.fingerprints[f.path];
            for (const Finding& d : f.findings) {
                if (!d.suppressed) set.insert(d.fingerprint);
            }
        }
        auto written = engine::write_baseline(o.write_baseline, out);
        if (!written.ok()) return fail(written.error());
    }

    report::Options options;
    options.lang = o.lang == "en" ? Lang::En : o.lang == "vi" ? Lang::Vi : plans.empty() ? Lang::Vi : plans.front().config.lang;
    options.quiet = o.quiet;
    options.fail_on = fail_on;
    const char* no_color = std::getenv("NO_COLOR");
    options.color = o.color == "always" ||
                    (o.color == "auto" && o.output.empty() && isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == 0));
    const std::string text = report::render(*format, run, options);
    if (o.output.empty() || o.output == "-") {
        std::fwrite(text.data(), 1, text.size(), stdout);
        std::fflush(stdout);
    } else {
        const std::filesystem::path target = std::filesystem::path(o.output).lexically_normal();
        for (const auto& plan : plans) {
            std::error_code ec;
            if (!plan.input.stdin_ && std::filesystem::equivalent(target, plan.input.path, ec)) {
                return fail({"E302", fmt::format("{}: the report would overwrite an input", o.output)});
            }
        }
        std::ofstream out(target, std::ios::binary);
        out << text;
        if (!out.flush()) return fail({"E301", fmt::format("{}: cannot write the report", o.output)});
    }

    int code = kClean;
    for (const report::FileResult& f : run.files) {
        if (f.error) return kTrouble;
        for (const Finding& d : f.findings) {
            if (d.suppressed || !fail_on || d.severity < *fail_on) continue;
            if (run.baseline && d.baseline == BaselineState::Unchanged) continue;
            code = kFindings;
        }
    }
    return code;
}

}  // namespace

Runner add_check(CLI::App& app) {
    auto o = std::make_shared<CheckOptions>();
    CLI::App* sub = app.add_subcommand("check", "Lint files and directories (.docx, .txt, .md); '-' reads stdin");
    sub->add_option("paths", o->paths, "Files or directories")->required();
    sub->add_option("--format,-f", o->format, "Output format")
        ->check(CLI::IsMember({"text", "json", "sarif", "junit", "github", "gcc", "rdjson"}));
    sub->add_option("--output,-o", o->output, "Write the report to FILE");
    sub->add_option("--config", o->config, "Configuration file (default: nearest .soat.yml upward)");
    sub->add_option("--profile", o->profile, "draft or final")->check(CLI::IsMember({"draft", "final"}));
    sub->add_option("--kind", o->kind, "Treat every document as this kind instead of classifying it")
        ->check(CLI::IsMember(engine::document_kind_names()));
    sub->add_option("--enable", o->enable, "Switch on rules or packs")->expected(1, -1)->delimiter(',');
    sub->add_option("--disable", o->disable, "Switch off rules or packs")->expected(1, -1)->delimiter(',');
    sub->add_option("--fail-on", o->fail_on, "Lowest severity that makes the exit code 1")
        ->check(CLI::IsMember({"error", "warning", "info", "never"}));
    sub->add_option("--baseline", o->baseline, "Only findings not in this baseline count toward the exit code");
    sub->add_option("--write-baseline", o->write_baseline, "Record the findings' fingerprints in FILE");
    sub->add_option("--jobs,-j", o->jobs, "Parallel jobs (default: cores)")->check(CLI::PositiveNumber);
    sub->add_option("--lang", o->lang, "Language of messages: vi or en")->check(CLI::IsMember({"vi", "en"}));
    sub->add_option("--color", o->color, "auto, always or never")->check(CLI::IsMember({"auto", "always", "never"}));
    sub->add_flag("--quiet,-q", o->quiet, "Print errors only");
    sub->add_option("--include", o->include, "Glob of files to lint inside directories")->expected(1, -1);
    sub->add_option("--exclude", o->exclude, "Glob of files or directories to skip")->expected(1, -1);
    sub->add_option("--stdin-name", o->stdin_name, "Name (and type, by extension) of the document read from '-'");
    return [o] { return run_check(*o); };
}

}  // namespace soat::cli
