// `soat explain RULE`: a rule's documentation, generated from its own metadata.
#include "cli/commands.hpp"
#include "cli/rule_text.hpp"

#include <soat/engine.hpp>

#include <fmt/format.h>

#include <cstdio>
#include <memory>

namespace soat::cli {

namespace {

std::string scope_text(unsigned scope, bool vi) {
    static const std::pair<unsigned, std::pair<const char*, const char*>> names[] = {
        {engine::kBody, {"thân bài", "body"}},           {engine::kHeading, {"tiêu đề", "headings"}},
        {engine::kTable, {"bảng", "tables"}},            {engine::kFootnote, {"chú thích", "footnotes"}},
        {engine::kHeaderFooter, {"đầu/chân trang", "headers and footers"}}};
    std::string out;
    for (const auto& [bit, name] : names) {
        if ((scope & bit) == 0) continue;
        if (!out.empty()) out += ", ";
        out += vi ? name.first : name.second;
    }
    return out;
}

std::string indent(const std::string& text) {
    std::string out = "    ";
    for (char c : text) {
        out += c;
        if (c == '\n') out += "    ";
    }
    return out;
}

int run_explain(const std::string& id, const std::string& lang_name) {
    auto rules = engine::load_rules();
    if (!rules.ok()) {
        std::fprintf(stderr, "soat: %s %s\n", rules.error().code.c_str(), rules.error().message.c_str());
        return kTrouble;
    }
    const engine::RuleSpec* spec = nullptr;
    for (const engine::Rule& r : *rules) {
        if (r.spec.id == id) spec = &r.spec;
    }
    if (spec == nullptr) {
        std::fprintf(stderr, "soat: unknown rule '%s' (see `soat rules`)\n", id.c_str());
        return kTrouble;
    }
    const bool vi = lang_name != "en";
    const Lang lang = vi ? Lang::Vi : Lang::En;
    std::string out = fmt::format("{} — {}\n\n", spec->id, pick(spec->summary, lang));
    out += fmt::format("{}: {}\n", vi ? "Gói" : "Pack", spec->pack);
    out += fmt::format("{}: {} (draft) / {} (final){}\n", vi ? "Mức" : "Severity", severity_word(spec->draft),
                       severity_word(spec->final), spec->enabled_by_default ? "" : (vi ? ", tắt mặc định" : ", off by default"));
    out += fmt::format("{}: {}\n", vi ? "Phạm vi" : "Scope", scope_text(spec->scope, vi));
    out += fmt::format("{}: {}\n", vi ? "Tự sửa" : "Fixable", spec->fixable ? (vi ? "có" : "yes") : (vi ? "không" : "no"));
    if (!spec->doc.what.empty()) out += fmt::format("\n{}\n{}\n", vi ? "Phát hiện gì" : "What it does", indent(spec->doc.what));
    if (!spec->doc.why.empty()) out += fmt::format("\n{}\n{}\n", vi ? "Vì sao" : "Why", indent(spec->doc.why));
    if (!spec->doc.example_bad.empty()) out += fmt::format("\n{}\n{}\n", vi ? "Ví dụ sai" : "Example (flagged)", indent(spec->doc.example_bad));
    if (!spec->doc.example_good.empty()) out += fmt::format("\n{}\n{}\n", vi ? "Ví dụ đúng" : "Example (fine)", indent(spec->doc.example_good));
    out += fmt::format("\n{}: <!-- soat-ignore {}: … --> (.txt/.md), {} `soat-ignore {}: …` (.docx)\n", vi ? "Bỏ qua" : "Suppress",
                       spec->id, vi ? "chú thích Word" : "Word comment", spec->id);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return kClean;
}

}  // namespace

Runner add_explain(CLI::App& app) {
    auto id = std::make_shared<std::string>();
    auto lang = std::make_shared<std::string>("vi");
    CLI::App* sub = app.add_subcommand("explain", "Show a rule's documentation");
    sub->add_option("rule", *id, "Rule id")->required();
    sub->add_option("--lang", *lang, "vi or en")->check(CLI::IsMember({"vi", "en"}));
    return [id, lang] { return run_explain(*id, *lang); };
}

}  // namespace soat::cli
