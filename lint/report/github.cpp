// GitHub Actions workflow commands: one annotation per finding, then a summary notice (GitHub
// shows at most 10 annotations of each type per step, so the totals are stated once).
#include "report/report.hpp"

#include "report/location.hpp"

#include <fmt/format.h>

namespace soat::report {

namespace {

// Message data: %, CR and LF are escaped.
std::string escape_data(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '%': out += "%25"; break;
            case '\r': out += "%0D"; break;
            case '\n': out += "%0A"; break;
            default: out += c;
        }
    }
    return out;
}

// Property values: also ':' and ','.
std::string escape_property(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case ':': out += "%3A"; break;
            case ',': out += "%2C"; break;
            default: out += escape_data(std::string_view(&c, 1));
        }
    }
    return out;
}

std::string_view command(Severity s) {
    switch (s) {
        case Severity::Error: return "error";
        case Severity::Warning: return "warning";
        case Severity::Info: return "notice";
    }
    return "warning";
}

}  // namespace

std::string render_github(const Run& run, const Options& options) {
    std::string out;
    int counts[3] = {0, 0, 0};
    int unreadable = 0;
    for (const FileResult& file : run.files) {
        if (file.error) {
            ++unreadable;
            out += fmt::format("::error file={},title={}::{}\n", escape_property(file.path), escape_property("soat " + file.error->code),
                               escape_data(file.error->message));
            continue;
        }
        for (const Finding& f : file.findings) {
            if (f.suppressed) continue;
            ++counts[static_cast<int>(f.severity)];
            const Location loc = locate(file.document.get(), f);
            std::string props = "file=" + escape_property(file.path);
            if (loc.known) {
                props += fmt::format(",line={},col={},endLine={},endColumn={}", loc.line, loc.column, loc.end_line, loc.end_column);
            }
            props += ",title=" + escape_property("soat " + f.rule);
            std::string message = f.message;
            if (f.fix) message += (options.lang == Lang::Vi ? " (gợi ý: " : " (suggestion: ") + f.fix->replacement + ")";
            out += fmt::format("::{} {}::{}\n", command(f.severity), props, escape_data(message));
        }
    }
    const std::string summary =
        options.lang == Lang::Vi
            ? fmt::format("soat: {} tệp, {} lỗi, {} cảnh báo, {} thông tin, {} tệp không đọc được. GitHub chỉ hiện tối đa 10 chú thích mỗi loại mỗi bước; xem toàn bộ trong nhật ký hoặc báo cáo SARIF.",
                          run.files.size(), counts[2], counts[1], counts[0], unreadable)
            : fmt::format("soat: {} files, {} errors, {} warnings, {} info, {} unreadable. GitHub shows at most 10 annotations of each type per step; see the log or the SARIF report for all.",
                          run.files.size(), counts[2], counts[1], counts[0], unreadable);
    out += fmt::format("::notice title=soat::{}\n", escape_data(summary));
    return out;
}

}  // namespace soat::report
