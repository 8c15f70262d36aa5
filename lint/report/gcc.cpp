// One line per finding, `path:line:column: severity[rule] message`, columns in UTF-8 bytes
// (Vim `errorformat` %f:%l:%c:%m, Emacs compilation mode).
#include "report/report.hpp"

#include "report/location.hpp"

#include <fmt/format.h>

namespace soat::report {

std::string render_gcc(const Run& run, const Options& /*options*/) {
    std::string out;
    for (const FileResult& file : run.files) {
        if (file.error) {
            out += fmt::format("{}:1:1: error[{}] {}\n", file.path, file.error->code, file.error->message);
            continue;
        }
        for (const Finding& f : file.findings) {
            if (f.suppressed) continue;
            const Location loc = locate(file.document.get(), f);
            int line = 1, column = 1;
            if (loc.known) {
                const auto p = convert(*file.document, *f.range, false, Unit::Utf8);
                line = p.line;
                column = p.column;
            }
            out += fmt::format("{}:{}:{}: {}[{}] {}\n", file.path, line, column, severity_name(f.severity), f.rule, f.message);
        }
    }
    return out;
}

}  // namespace soat::report
