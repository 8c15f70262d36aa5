// `soat rules`: every loaded rule with its pack, default severities, fixability and summary.
#include "cli/commands.hpp"
#include "cli/rule_text.hpp"

#include <soat/engine.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace soat::cli {

namespace {

int run_rules(const std::string& lang_name) {
    auto rules = engine::load_rules();
    if (!rules.ok()) {
        std::fprintf(stderr, "soat: %s %s\n", rules.error().code.c_str(), rules.error().message.c_str());
        return kTrouble;
    }
    const Lang lang = lang_name == "en" ? Lang::En : Lang::Vi;
    std::vector<const engine::RuleSpec*> specs;
    for (const engine::Rule& r : *rules) specs.push_back(&r.spec);
    std::sort(specs.begin(), specs.end(), [](auto* a, auto* b) { return std::tie(a->pack, a->id) < std::tie(b->pack, b->id); });
    std::size_t width = 4;
    for (auto* s : specs) width = std::max(width, s->id.size());
    std::string out = fmt::format("{:<{}}  {:<9}  {:<15}  {:<3}  {}\n", "rule", width, "pack",
                                  lang == Lang::Vi ? "mức (nháp/cuối)" : "severity", "fix",
                                  lang == Lang::Vi ? "tóm tắt" : "summary");
    for (auto* s : specs) {
        out += fmt::format("{:<{}}  {:<9}  {:<15}  {:<3}  {}{}\n", s->id, width, s->pack, severities(*s),
                           s->fixable ? (lang == Lang::Vi ? "có" : "yes") : "-", pick(s->summary, lang),
                           s->enabled_by_default ? "" : (lang == Lang::Vi ? " (tắt mặc định)" : " (off by default)"));
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return kClean;
}

}  // namespace

Runner add_rules(CLI::App& app) {
    auto lang = std::make_shared<std::string>("vi");
    CLI::App* sub = app.add_subcommand("rules", "List the rules");
    sub->add_option("--lang", *lang, "vi or en")->check(CLI::IsMember({"vi", "en"}));
    return [lang] { return run_rules(*lang); };
}

}  // namespace soat::cli
