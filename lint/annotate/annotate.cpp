#include "annotate/annotate.hpp"
#include "annotate/package.hpp"
#include "annotate/run_map.hpp"

#include <soat/xml_text.hpp>
#include <soat/utf8.hpp>

#include <fmt/format.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <regex>

namespace soat::annotate {

namespace {

constexpr const char* kCommentsType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
constexpr const char* kCommentsContentType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";

std::string now_utc() {
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

// The largest w:id of comments in a part's text.
int max_comment_id(const std::string& xml) {
    static const std::regex id(R"~(<w:(?:comment|commentRangeStart|commentReference)\b[^>]*\bw:id="(-?\d+)")~");
    int max = -1;
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), id); it != std::sregex_iterator(); ++it) {
        max = std::max(max, std::atoi((*it)[1].str().c_str()));
    }
    return max;
}

// Inserts `fragment` before the last closing tag of `xml`.
std::string insert_before_close(const std::string& xml, const std::string& fragment) {
    const auto at = xml.rfind("</");
    if (at == std::string::npos) return xml;
    return xml.substr(0, at) + fragment + xml.substr(at);
}

xmlNodePtr w_element(RunMap& map, const char* name, int id) {
    xmlNodePtr n = xmlNewDocNode(map.doc(), map.ns(), reinterpret_cast<const xmlChar*>(name), nullptr);
    if (id >= 0) xmlSetNsProp(n, map.ns(), BAD_CAST "id", BAD_CAST std::to_string(id).c_str());
    return n;
}

// <w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="N"/></w:r>
xmlNodePtr reference_run(RunMap& map, int id, bool styled) {
    xmlNodePtr r = w_element(map, "r", -1);
    if (styled) {
        xmlNodePtr rpr = xmlNewChild(r, map.ns(), BAD_CAST "rPr", nullptr);
        xmlNodePtr style = xmlNewChild(rpr, map.ns(), BAD_CAST "rStyle", nullptr);
        xmlSetNsProp(style, map.ns(), BAD_CAST "val", BAD_CAST "CommentReference");
    }
    xmlAddChild(r, w_element(map, "commentReference", id));
    return r;
}

void place(xmlNodePtr marker, const RunMap::Where& at) {
    if (at.before) xmlAddPrevSibling(at.node, marker);
    else xmlAddNextSibling(at.node, marker);
}

struct Planned {
    const Finding* finding;
    int id;
    std::optional<SourcePoint> begin, end;
};

// Adds the comments to `package` (read as `document`); `in` names it in errors.
Result<AnnotateSummary> annotate_package(Package* package, const std::string& in, const model::Document& document,
                                         const std::vector<Finding>& findings, Lang lang) {
    const std::string main = package->main_part();
    auto main_xml = package->part(main);
    if (!main_xml) return Error{"E109", in + ": no main document part"};
    auto parsed = RunMap::parse(*main_xml, main);
    if (!parsed) return parsed.error();
    RunMap& map = *parsed;
    if (map.ns() == nullptr) return Error{"E114", in + ": not a WordprocessingML document"};

    // The comments part, through the main part's relationships.
    const std::string dir = std::filesystem::path(main).parent_path().string();
    const std::string rels_name = rels_path(main);
    std::string rels = package->part(rels_name).value_or(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>");
    std::string comments_name;
    {
        static const std::regex rel(R"~(<Relationship\b[^>]*/relationships/comments"[^>]*>)~");
        static const std::regex target(R"~(Target="([^"]+)")~");
        std::smatch m, t;
        if (std::regex_search(rels, m, rel)) {
            const std::string element = m.str();
            if (std::regex_search(element, t, target)) {
                const std::string tgt = t[1].str();
                comments_name = tgt.front() == '/' ? tgt.substr(1) : (dir.empty() ? tgt : dir + "/" + tgt);
            }
        }
    }
    std::optional<std::string> comments_xml = comments_name.empty() ? std::nullopt : package->part(comments_name);
    int next_id = std::max(max_comment_id(*main_xml), comments_xml ? max_comment_id(*comments_xml) : -1) + 1;
    const std::string styles = package->part(dir.empty() ? "styles.xml" : dir + "/styles.xml").value_or("");
    const bool reference_style = styles.find("w:styleId=\"CommentReference\"") != std::string::npos;
    const bool text_style = styles.find("w:styleId=\"CommentText\"") != std::string::npos;

    // Split the runs at every anchor first, then place the markers: a split never moves a marker.
    std::vector<Planned> plan;
    for (const Finding& f : findings) {
        if (f.suppressed) continue;
        Planned p{&f, next_id++, std::nullopt, std::nullopt};
        if (f.range && f.range->paragraph < document.paragraphs.size() &&
            document.paragraphs[f.range->paragraph].part == main) {
            const auto& para = document.paragraphs[f.range->paragraph];
            p.begin = source_begin(para, f.range->begin);
            p.end = f.range->end > f.range->begin ? source_end(para, f.range->end) : p.begin;
            if (p.begin && p.end &&
                (p.end->run < p.begin->run || (p.end->run == p.begin->run && p.end->offset < p.begin->offset))) {
                p.end = p.begin;
            }
            if (!(p.begin && p.end && map.split(*p.begin, true) && map.split(*p.end, false))) p.begin.reset();
        }
        plan.push_back(p);
    }

    AnnotateSummary summary;
    std::string fragment;
    const std::string date = now_utc();
    xmlNodePtr first = map.first_paragraph();
    for (const Planned& p : plan) {
        const Finding& f = *p.finding;
        std::optional<RunMap::Where> from, to;
        if (p.begin) {
            from = map.where(*p.begin);
            to = map.where(*p.end);
        }
        if (from && to) {
            place(w_element(map, "commentRangeStart", p.id), *from);
            xmlNodePtr end = w_element(map, "commentRangeEnd", p.id);
            place(end, *to);
            xmlAddNextSibling(end, reference_run(map, p.id, reference_style));
            ++summary.anchored;
        } else if (first != nullptr) {
            xmlNodePtr start = w_element(map, "commentRangeStart", p.id);
            xmlNodePtr after = first->children;
            while (after != nullptr && (after->type != XML_ELEMENT_NODE || xmlStrEqual(after->name, BAD_CAST "pPr"))) {
                after = after->next;
            }
            if (after != nullptr) xmlAddPrevSibling(after, start);
            else xmlAddChild(first, start);
            xmlAddChild(first, w_element(map, "commentRangeEnd", p.id));
            xmlAddChild(first, reference_run(map, p.id, reference_style));
            ++summary.fallback;
        } else {
            continue;
        }
        auto paragraph = [&](const std::string& text, bool with_ref) {
            std::string x = "<w:p>";
            if (text_style) x += "<w:pPr><w:pStyle w:val=\"CommentText\"/></w:pPr>";
            if (with_ref) {
                x += "<w:r>";
                if (reference_style) x += "<w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr>";
                x += "<w:annotationRef/></w:r>";
            }
            return x + "<w:r><w:t xml:space=\"preserve\">" + xml::escape(text) + "</w:t></w:r></w:p>";
        };
        std::string body = paragraph("[" + f.rule + "] " + f.message, true);
        if (f.fix) body += paragraph((lang == Lang::En ? "Suggestion: " : "Gợi ý: ") + f.fix->replacement, false);
        if (!(from && to) && f.range) {
            const auto pos = document.position(f.range->paragraph, f.range->begin);
            body += paragraph(lang == Lang::En ? fmt::format("At line {}, column {} of soat extract", pos.line, pos.column)
                                               : fmt::format("Vị trí: dòng {}, cột {} (soat extract)", pos.line, pos.column),
                              false);
        }
        fragment += fmt::format("<w:comment xmlns:w=\"{}\" w:id=\"{}\" w:author=\"soat\" w:date=\"{}\" w:initials=\"S\">{}</w:comment>",
                                kWordNs, p.id, date, body);
    }

    package->set_part(main, map.serialize());
    if (comments_xml) {
        package->set_part(comments_name, insert_before_close(*comments_xml, fragment));
    } else if (!fragment.empty()) {
        std::string name = dir.empty() ? "comments.xml" : dir + "/comments.xml";
        if (package->part(name)) name = dir.empty() ? "comments-soat.xml" : dir + "/comments-soat.xml";
        package->set_part(name, fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                            "<w:comments xmlns:w=\"{}\">{}</w:comments>",
                                            kWordNs, fragment));
        std::string id = "rIdSoatComments";
        while (rels.find("Id=\"" + id + "\"") != std::string::npos) id += "1";
        const std::string target = std::filesystem::path(name).filename().string();
        package->set_part(rels_name, insert_before_close(rels, fmt::format("<Relationship Id=\"{}\" Type=\"{}\" Target=\"{}\"/>",
                                                                          id, kCommentsType, target)));
        auto types = package->part("[Content_Types].xml");
        if (!types) return Error{"E109", in + ": no [Content_Types].xml"};
        if (types->find("PartName=\"/" + name + "\"") == std::string::npos) {
            package->set_part("[Content_Types].xml",
                              insert_before_close(*types, fmt::format("<Override PartName=\"/{}\" ContentType=\"{}\"/>",
                                                                      name, kCommentsContentType)));
        }
    }
    return summary;
}

}  // namespace

Result<AnnotateSummary> annotate_docx(const std::string& in, const std::string& out, const model::Document& document,
                                      const std::vector<Finding>& findings, Lang lang) {
    if (auto e = same_file_error(in, out)) return *e;
    auto package = Package::open(in);
    if (!package) return package.error();
    auto summary = annotate_package(&*package, in, document, findings, lang);
    if (!summary) return summary.error();
    auto written = package->write(out);
    if (!written) return written.error();
    return summary;
}

Result<Annotated> annotate_docx_bytes(std::string bytes, const std::string& name, const model::Document& document,
                                      const std::vector<Finding>& findings, Lang lang) {
    auto package = Package::from_bytes(std::move(bytes), name);
    if (!package) return package.error();
    auto summary = annotate_package(&*package, name, document, findings, lang);
    if (!summary) return summary.error();
    auto data = package->bytes();
    if (!data) return data.error();
    return Annotated{std::move(*data), *summary};
}

}  // namespace soat::annotate
