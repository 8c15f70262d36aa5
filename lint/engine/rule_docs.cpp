// Rule documentation generated from RuleSpec: the rules table, explain pages and the index.
#include <soat/engine.hpp>

#include <soat/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace soat::engine {

namespace {

std::string_view severity_name(Severity s) {
    switch (s) {
        case Severity::Error: return "error";
        case Severity::Warning: return "warning";
        case Severity::Info: return "info";
    }
    return "warning";
}

std::string severity_text(const RuleSpec& spec) {
    if (spec.draft == spec.final) return std::string(severity_name(spec.draft));
    return fmt::format("{}/{}", severity_name(spec.draft), severity_name(spec.final));
}

std::string scope_text(unsigned scope, Lang lang) {
    if (scope == kAll) return lang == Lang::En ? "everywhere" : "toàn văn bản";
    static const std::pair<unsigned, std::pair<const char*, const char*>> kNames[] = {
        {kBody, {"thân văn bản", "body"}},
        {kHeading, {"đề mục", "headings"}},
        {kTable, {"bảng", "tables"}},
        {kFootnote, {"chú thích", "footnotes"}},
        {kHeaderFooter, {"đầu/chân trang", "headers and footers"}},
    };
    std::string out;
    for (const auto& [bit, names] : kNames) {
        if ((scope & bit) == 0) continue;
        if (!out.empty()) out += ", ";
        out += lang == Lang::En ? names.second : names.first;
    }
    return out;
}

std::string pad(const std::string& s, std::size_t width) {
    const std::size_t n = utf8::length(s);
    return n >= width ? s : s + std::string(width - n, ' ');
}

}  // namespace

std::string rules_table(const std::vector<RuleSpec>& rules, Lang lang) {
    std::vector<const RuleSpec*> sorted;
    for (const auto& r : rules) sorted.push_back(&r);
    std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) { return a->id < b->id; });
    std::size_t id_w = 2, pack_w = 4;
    for (const auto* r : sorted) {
        id_w = std::max<std::size_t>(id_w, utf8::length(r->id));
        pack_w = std::max<std::size_t>(pack_w, utf8::length(r->pack));
    }
    const bool en = lang == Lang::En;
    std::string out = pad(en ? "id" : "mã", id_w) + "  " + pad(en ? "pack" : "gói", pack_w) + "  " +
                      pad(en ? "severity" : "mức", 15) + "  " + pad(en ? "fix" : "sửa", 3) + "  " +
                      (en ? "summary" : "mô tả") + "\n";
    for (const auto* r : sorted) {
        std::string severity = severity_text(*r);
        if (!r->enabled_by_default) severity += en ? " (off)" : " (tắt)";
        out += pad(r->id, id_w) + "  " + pad(r->pack, pack_w) + "  " + pad(severity, 15) + "  " +
               pad(r->fixable ? (en ? "yes" : "có") : "-", 3) + "  " + (en ? r->summary.en : r->summary.vi) + "\n";
    }
    return out;
}

std::string explain_rule(const RuleSpec& spec, Lang lang) {
    const bool en = lang == Lang::En;
    const std::string& what = en ? spec.doc.what_en : spec.doc.what;
    const std::string& why = en ? spec.doc.why_en : spec.doc.why;
    std::string out = fmt::format("# {}\n\n{}\n\n", spec.id, en ? spec.summary.en : spec.summary.vi);
    out += fmt::format("| {} | {} |\n|---|---|\n", en ? "Pack" : "Gói", spec.pack);
    out += fmt::format("| {} | {} |\n", en ? "Severity (draft)" : "Mức (draft)", severity_name(spec.draft));
    out += fmt::format("| {} | {} |\n", en ? "Severity (final)" : "Mức (final)", severity_name(spec.final));
    out += fmt::format("| {} | {} |\n", en ? "Scope" : "Phạm vi", scope_text(spec.scope, lang));
    out += fmt::format("| {} | {} |\n", en ? "Fixable" : "Tự sửa", spec.fixable ? (en ? "yes" : "có") : (en ? "no" : "không"));
    out += fmt::format("| {} | {} |\n\n", en ? "Enabled by default" : "Bật mặc định",
                       spec.enabled_by_default ? (en ? "yes" : "có") : (en ? "no" : "không"));
    if (!what.empty()) out += fmt::format("## {}\n\n{}\n\n", en ? "What it does" : "Quy tắc làm gì", what);
    if (!why.empty()) out += fmt::format("## {}\n\n{}\n\n", en ? "Why" : "Vì sao", why);
    if (!spec.doc.example_bad.empty() || !spec.doc.example_good.empty()) {
        out += fmt::format("## {}\n\n", en ? "Example" : "Ví dụ");
        if (!spec.doc.example_bad.empty()) {
            out += fmt::format("{}\n\n```text\n{}\n```\n\n", en ? "Reported:" : "Bị báo:", spec.doc.example_bad);
        }
        if (!spec.doc.example_good.empty()) {
            out += fmt::format("{}\n\n```text\n{}\n```\n\n", en ? "Not reported:" : "Không bị báo:", spec.doc.example_good);
        }
    }
    out += fmt::format("## {}\n\n", en ? "Configuration" : "Cấu hình");
    out += fmt::format("```yaml\nrules:\n  {}: off        # {}\n```\n", spec.id,
                       en ? "or error | warning | info" : "hoặc error | warning | info");
    out += fmt::format("\n{} `soat-ignore {}: …`\n", en ? "Suppress one place with a comment:" : "Bỏ qua một chỗ bằng ghi chú:",
                       spec.id);
    return out;
}

std::string rules_index(const std::vector<RuleSpec>& rules) {
    std::map<std::string, std::vector<const RuleSpec*>> by_pack;
    for (const auto& r : rules) by_pack[r.pack].push_back(&r);
    std::string out =
        "# Quy tắc / Rules\n\n"
        "Generated from rules/**/*.yml — do not edit; regenerate with "
        "`SOAT_UPDATE_DOCS=1 build/tests/soat_tests \"[docs]\"`.\n";
    for (auto& [pack, list] : by_pack) {
        std::sort(list.begin(), list.end(), [](const auto* a, const auto* b) { return a->id < b->id; });
        out += fmt::format("\n## {}\n\n| id | severity | fix | tóm tắt | summary |\n|---|---|---|---|---|\n", pack);
        for (const auto* r : list) {
            out += fmt::format("| [{0}]({1}/{0}.md) | {2} | {3} | {4} | {5} |\n", r->id, pack, severity_text(*r),
                               r->fixable ? "yes" : "", r->summary.vi, r->summary.en);
        }
    }
    return out;
}

}  // namespace soat::engine
