// The text format, for a person: a header line, the place, the excerpt with carets, the fix.
#include "report/report.hpp"

#include "report/location.hpp"
#include <soat/utf8.hpp>

#include <fmt/format.h>

#include <array>

namespace soat::report {

namespace {

struct Paint {
    bool on = false;
    std::string operator()(std::string_view code, std::string_view s) const {
        return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, s) : std::string(s);
    }
};

std::string_view severity_color(Severity s) {
    switch (s) {
        case Severity::Error: return "1;31";
        case Severity::Warning: return "1;33";
        case Severity::Info: return "1;36";
    }
    return "1";
}

void block(std::string& out, const FileResult& file, const Finding& f, const Options& opt, const Paint& paint) {
    const model::Document* doc = file.document.get();
    const Location loc = locate(doc, f);
    const bool vi = opt.lang == Lang::Vi;
    const std::string where = loc.known ? fmt::format("{}:{}:{}:", file.path, loc.line, loc.column) : file.path + ":";
    out += fmt::format("{} {}{} {}\n", paint("1", where),
                       paint(severity_color(f.severity), severity_name(f.severity)),
                       paint("2", fmt::format("[{}]", f.rule)), f.message);
    const std::string place = place_label(loc, opt.lang);
    out += fmt::format("  {} {}\n", paint("34", "-->"), loc.section.empty() ? place : loc.section + ", " + place);
    if (loc.known && doc != nullptr) {
        const Excerpt ex = excerpt(*doc, *f.range);
        const std::string left = ex.cut_left ? "… " : "";
        const std::string right = ex.cut_right ? " …" : "";
        out += fmt::format("   {} {}{}{}\n", paint("34", "|"), left, ex.text, right);
        const std::uint32_t pad = utf8::length(left) + ex.caret_begin;
        const std::uint32_t width = std::max<std::uint32_t>(1, ex.caret_end - ex.caret_begin);
        out += fmt::format("   {} {}{}\n", paint("34", "|"), std::string(pad, ' '),
                           paint(severity_color(f.severity), std::string(width, '^')));
    }
    for (const Related& r : f.related) {
        const Location rl = locate(doc, r.range);
        out += rl.known ? fmt::format("  {} {}:{}:{}: {}\n", vi ? "liên quan" : "related", file.path, rl.line, rl.column, r.message)
                        : fmt::format("  {} {}\n", vi ? "liên quan" : "related", r.message);
    }
    if (f.fix) out += fmt::format("  {}: {}\n", paint("32", vi ? "gợi ý" : "suggestion"), f.fix->replacement);
    out += '\n';
}

}  // namespace

std::string render_text(const Run& run, const Options& opt) {
    const Paint paint{opt.color};
    const bool vi = opt.lang == Lang::Vi;
    std::string out;
    std::array<int, 3> counts{};
    int unreadable = 0, fixed = 0;
    for (const FileResult& file : run.files) {
        if (file.error) {
            ++unreadable;
            out += fmt::format("{} {}{} {}\n\n", paint("1", file.path + ":"), paint(severity_color(Severity::Error), "error"),
                               paint("2", fmt::format("[{}]", file.error->code)), file.error->message);
            continue;
        }
        fixed += static_cast<int>(file.fixed.size());
        for (const Finding& f : file.findings) {
            if (f.suppressed) continue;
            ++counts[static_cast<int>(f.severity)];
            if (opt.quiet && f.severity != Severity::Error) continue;
            block(out, file, f, opt, paint);
        }
    }
    if (opt.quiet) return out;
    const int e = counts[2], w = counts[1], i = counts[0];
    const auto files = run.files.size();
    if (vi) {
        out += fmt::format("{} tệp: {} lỗi, {} cảnh báo, {} thông tin", files, e, w, i);
        if (unreadable > 0) out += fmt::format("; {} tệp không đọc được", unreadable);
        if (run.baseline) out += fmt::format("; {} phát hiện trong baseline đã được sửa", fixed);
    } else {
        out += fmt::format("{} file{}: {} error{}, {} warning{}, {} info", files, files == 1 ? "" : "s", e,
                           e == 1 ? "" : "s", w, w == 1 ? "" : "s", i);
        if (unreadable > 0) out += fmt::format("; {} unreadable", unreadable);
        if (run.baseline) out += fmt::format("; {} baseline finding{} fixed", fixed, fixed == 1 ? "" : "s");
    }
    out += '\n';
    return out;
}

}  // namespace soat::report
