// Safe fixes: a DOCX through the run map (the replaced text lies inside one run, so its
// formatting stays), a .txt/.md file by source line and column.
#include "annotate/annotate.hpp"
#include "annotate/package.hpp"
#include "annotate/run_map.hpp"

#include <soat/utf8.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace soat::annotate {

namespace {

// A safe fix placed in the source: run (DOCX) or line (text), code points [begin, end).
struct Edit {
    const Finding* finding;
    std::int32_t run;
    std::uint32_t begin, end;
};

bool overlaps(const Edit& a, const Edit& b) {
    return a.run == b.run && a.begin < b.end && b.begin < a.end;
}

// The safe fixes of `findings` that map into one run (or line) each, sorted from last to first
// so that applying them in order keeps the earlier positions valid.
std::vector<Edit> plan(const model::Document& document, const std::vector<Finding>& findings, FixSummary& summary,
                       bool docx, const std::string& main) {
    std::vector<Edit> edits;
    for (const Finding& f : findings) {
        if (f.suppressed || !f.fix) continue;
        if (!f.fix->safe || !f.range || f.range->paragraph >= document.paragraphs.size()) {
            summary.skipped.push_back(&f);
            continue;
        }
        const model::Paragraph& p = document.paragraphs[f.range->paragraph];
        std::optional<SourcePoint> b, e;
        if (docx) {
            if (p.part == main) {
                b = source_begin(p, f.range->begin);
                e = f.range->end > f.range->begin ? source_end(p, f.range->end) : b;
            }
        } else {
            const auto pb = document.position(f.range->paragraph, f.range->begin);
            // The end is one past the last code point (not the start of the next span, which may
            // sit after dropped Markdown markers).
            const bool empty = f.range->end <= f.range->begin;
            const auto pe = document.position(f.range->paragraph, empty ? f.range->begin : f.range->end - 1);
            b = SourcePoint{pb.line, static_cast<std::uint32_t>(pb.column - 1)};
            e = SourcePoint{pe.line, static_cast<std::uint32_t>(pe.column - (empty ? 1 : 0))};
        }
        if (!b || !e || b->run != e->run || e->offset < b->offset) {
            summary.skipped.push_back(&f);
            continue;
        }
        Edit edit{&f, b->run, b->offset, e->offset};
        if (std::any_of(edits.begin(), edits.end(), [&](const Edit& o) { return overlaps(o, edit); })) {
            summary.skipped.push_back(&f);
            continue;
        }
        edits.push_back(edit);
    }
    std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
        return a.run != b.run ? a.run > b.run : a.begin > b.begin;
    });
    return edits;
}

// The model's text of a finding equals the source text it replaces (no markers in between).
bool same_text(const model::Document& document, const Finding& f, std::string_view source) {
    const auto& text = document.paragraphs[f.range->paragraph].text;
    return utf8::slice(text, f.range->begin, f.range->end) == source;
}

// Applies the safe fixes inside `package`'s main part; `in` names it in errors.
Result<FixSummary> fix_package(Package* package, const std::string& in, const model::Document& document,
                               const std::vector<Finding>& findings) {
    const std::string main = package->main_part();
    auto xml = package->part(main);
    if (!xml) return Error{"E109", in + ": no main document part"};
    auto map = RunMap::parse(*xml, main);
    if (!map) return map.error();
    FixSummary summary;
    for (const Edit& e : plan(document, findings, summary, true, main)) {
        const std::string run_text = map->run_text(e.run);
        if (!same_text(document, *e.finding, utf8::slice(run_text, e.begin, e.end)) ||
            !map->replace(e.run, e.begin, e.end, e.finding->fix->replacement)) {
            summary.skipped.push_back(e.finding);
            continue;
        }
        summary.applied.push_back(e.finding);
    }
    if (!summary.applied.empty()) package->set_part(main, map->serialize());
    return summary;
}

// Applies the safe fixes to a .txt/.md file's text, by source line and column.
FixSummary fix_text(std::string& text, const model::Document& document, const std::vector<Finding>& findings) {
    std::vector<std::string> lines;  // with their line endings
    {
        std::size_t start = 0;
        while (start < text.size()) {
            const std::size_t nl = text.find('\n', start);
            const std::size_t stop = nl == std::string::npos ? text.size() : nl + 1;
            lines.push_back(text.substr(start, stop - start));
            start = stop;
        }
    }
    FixSummary summary;
    for (const Edit& e : plan(document, findings, summary, false, {})) {
        if (e.run < 1 || static_cast<std::size_t>(e.run) > lines.size()) {
            summary.skipped.push_back(e.finding);
            continue;
        }
        std::string& line = lines[static_cast<std::size_t>(e.run) - 1];
        std::string content = line;
        while (!content.empty() && (content.back() == '\n' || content.back() == '\r')) content.pop_back();
        const std::string ending = line.substr(content.size());
        if (!same_text(document, *e.finding, utf8::slice(content, e.begin, e.end))) {
            summary.skipped.push_back(e.finding);
            continue;
        }
        const std::size_t b = utf8::byte_offset(content, e.begin), x = utf8::byte_offset(content, e.end);
        line = content.substr(0, b) + e.finding->fix->replacement + content.substr(x) + ending;
        summary.applied.push_back(e.finding);
    }
    text.clear();
    for (const auto& l : lines) text += l;
    return summary;
}

}  // namespace

Result<FixSummary> fix_file(const std::string& in, const std::string& out, const model::Document& document,
                            const std::vector<Finding>& findings) {
    if (auto e = same_file_error(in, out)) return *e;
    if (document.format == model::Format::Docx) {
        auto package = Package::open(in);
        if (!package) return package.error();
        auto summary = fix_package(&*package, in, document, findings);
        if (!summary) return summary.error();
        auto written = package->write(out);
        if (!written) return written.error();
        return summary;
    }
    std::ifstream file(in, std::ios::binary);
    if (!file) return Error{"E101", in + ": cannot read"};
    std::stringstream buffer;
    buffer << file.rdbuf();
    std::string text = buffer.str();
    FixSummary summary = fix_text(text, document, findings);
    const std::filesystem::path target = std::filesystem::absolute(out);
    const std::string tmp = (target.parent_path() / ("." + target.filename().string() + ".soat-tmp")).string();
    {
        std::ofstream o(tmp, std::ios::binary | std::ios::trunc);
        o << text;
        if (!o) return Error{"E301", out + ": cannot write"};
    }
    std::error_code ec;
    std::filesystem::rename(tmp, target, ec);
    if (ec) return Error{"E301", out + ": " + ec.message()};
    return summary;
}

Result<Fixed> fix_bytes(std::string bytes, const std::string& name, const model::Document& document,
                        const std::vector<Finding>& findings) {
    if (document.format != model::Format::Docx) {
        FixSummary summary = fix_text(bytes, document, findings);
        return Fixed{std::move(bytes), std::move(summary)};
    }
    auto package = Package::from_bytes(std::move(bytes), name);
    if (!package) return package.error();
    auto summary = fix_package(&*package, name, document, findings);
    if (!summary) return summary.error();
    auto data = package->bytes();
    if (!data) return data.error();
    return Fixed{std::move(*data), std::move(*summary)};
}

}  // namespace soat::annotate
