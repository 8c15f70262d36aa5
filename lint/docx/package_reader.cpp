// read_docx_bytes: sniffs the container, finds the main part through the package
// relationships, reads styles, numbering, the body, notes, comments, headers and footers, and
// merges them into one Document in reading order.
#include "docx/numbering.hpp"
#include "docx/ole2.hpp"
#include "docx/part_reader.hpp"
#include "docx/relationships.hpp"
#include "docx/styles.hpp"
#include "docx/xml_tree.hpp"
#include "docx/zip_package.hpp"

#include <soat/reader.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace soat {

namespace {

using docx::Name;
using docx::XmlTree;

constexpr std::string_view kStrictRelPrefix = "http://purl.oclc.org/ooxml/";
constexpr std::string_view kWordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

class PackageReader {
public:
    PackageReader(docx::ZipPackage& zip, const ReadLimits& limits) : zip_(zip), limits_(limits) {}

    Result<XmlTree> parse(const std::string& part) {
        auto bytes = zip_.read(part);
        if (!bytes) return bytes.error();
        return XmlTree::parse(*bytes, part, limits_.max_depth);
    }

    // A part that may be absent: nullopt when missing; errors other than absence propagate.
    Result<std::optional<XmlTree>> parse_optional(const std::string& part) {
        if (part.empty() || !zip_.has(part)) return std::optional<XmlTree>{};
        auto tree = parse(part);
        if (!tree) return tree.error();
        return std::optional<XmlTree>{std::move(*tree)};
    }

private:
    docx::ZipPackage& zip_;
    const ReadLimits& limits_;
};

// Appends `sink`'s paragraphs listed in `order` (local indices) to the document and rewrites
// every local index held by its changes, tables and anchors.
void merge(model::Document& doc, docx::Sink& sink, const std::vector<std::size_t>& order,
           std::vector<docx::Anchor>& starts, std::vector<docx::Anchor>& ends, std::vector<docx::Anchor>& refs) {
    constexpr std::size_t kNone = SIZE_MAX;
    std::vector<std::size_t> global(sink.paragraphs.size(), kNone);
    for (std::size_t local : order) {
        global[local] = doc.paragraphs.size();
        doc.paragraphs.push_back(std::move(sink.paragraphs[local]));
    }
    for (model::TrackedChange& ch : sink.changes) {
        if (ch.at.paragraph >= global.size() || global[ch.at.paragraph] == kNone) continue;
        ch.at.paragraph = global[ch.at.paragraph];
        doc.changes.push_back(std::move(ch));
    }
    for (model::Table& t : sink.tables) {
        for (auto& row : t.rows)
            for (auto& cell : row.cells)
                for (auto& p : cell.paragraphs) p = global[p];
        doc.tables.push_back(std::move(t));
    }
    auto move_anchors = [&](std::vector<docx::Anchor>& from, std::vector<docx::Anchor>& to) {
        for (docx::Anchor& a : from) {
            if (a.paragraph >= global.size() || global[a.paragraph] == kNone) continue;
            a.paragraph = global[a.paragraph];
            to.push_back(std::move(a));
        }
    };
    move_anchors(sink.comment_starts, starts);
    move_anchors(sink.comment_ends, ends);
    move_anchors(sink.comment_refs, refs);
}

std::vector<std::size_t> identity(std::size_t n) {
    std::vector<std::size_t> v(n);
    for (std::size_t i = 0; i < n; ++i) v[i] = i;
    return v;
}

std::string content_type_of(const XmlTree& types, const std::string& part) {
    for (XmlTree::Id c : docx::children(types, types.root())) {
        if (types.name(c) != Name::ct_Override) continue;
        std::string name = types.attr_or(c, Name::PartName);
        if (!name.empty() && name.front() == '/') name.erase(0, 1);
        if (std::equal(name.begin(), name.end(), part.begin(), part.end(),
                       [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b)); }))
            return types.attr_or(c, Name::ContentType);
    }
    return {};
}

void read_properties(PackageReader& reader, const docx::Relationships& package_rels, model::Properties& props) {
    if (const auto* core = package_rels.by_type("core-properties")) {
        auto tree = reader.parse_optional(core->target);
        if (tree && *tree) {
            const XmlTree& t = **tree;
            for (XmlTree::Id c : docx::children(t, t.root())) {
                switch (t.name(c)) {
                    case Name::dc_title: props.title = t.text(c); break;
                    case Name::dc_subject: props.subject = t.text(c); break;
                    case Name::dc_creator: props.creator = t.text(c); break;
                    case Name::cp_lastModifiedBy: props.last_modified_by = t.text(c); break;
                    case Name::dcterms_created: props.created = t.text(c); break;
                    case Name::dcterms_modified: props.modified = t.text(c); break;
                    default: break;
                }
            }
        }
    }
    if (const auto* app = package_rels.by_type("extended-properties")) {
        auto tree = reader.parse_optional(app->target);
        if (tree && *tree) {
            const XmlTree& t = **tree;
            if (XmlTree::Id a = t.child(t.root(), Name::ep_Application)) props.application = t.text(a);
        }
    }
}

}  // namespace

Result<model::Document> read_docx_bytes(std::string_view bytes, const std::string& name, const ReadLimits& limits) {
    if (bytes.size() > limits.max_file_bytes)
        return Error{"E106", fmt::format("{}: file of {} bytes exceeds the limit of {}", name, bytes.size(), limits.max_file_bytes)};
    if (docx::is_ole2(bytes)) {
        if (docx::ole2_has_encrypted_package(bytes))
            return Error{"E104", name + ": encrypted document (password-protected OLE2 package)"};
        return Error{"E105", name + ": legacy Word 97-2003 document (OLE2), save it as .docx"};
    }
    auto opened = docx::ZipPackage::open(bytes, limits);
    if (!opened) return Error{opened.error().code, name + ": " + opened.error().message};
    docx::ZipPackage& zip = *opened;
    PackageReader reader(zip, limits);
    auto fail = [&](const Error& e) { return Error{e.code, name + ": " + e.message}; };

    // The main part comes from the package relationships, never from a fixed path.
    if (!zip.has("_rels/.rels")) return Error{"E109", name + ": no package relationships (_rels/.rels)"};
    auto package_rels_tree = reader.parse("_rels/.rels");
    if (!package_rels_tree) return fail(package_rels_tree.error());
    const docx::Relationships package_rels = docx::Relationships::parse(*package_rels_tree, "");
    const docx::Relationship* main_rel = package_rels.by_type("officeDocument");
    if (main_rel == nullptr) {
        for (const auto& r : package_rels.all())
            if (r.type.starts_with(kStrictRelPrefix) && r.type.ends_with("/officeDocument"))
                return Error{"E115", name + ": strict OOXML (ISO/IEC 29500 strict) is not supported; save as a Word document"};
        return Error{"E109", name + ": no officeDocument relationship"};
    }
    if (main_rel->type.starts_with(kStrictRelPrefix))
        return Error{"E115", name + ": strict OOXML (ISO/IEC 29500 strict) is not supported; save as a Word document"};
    const std::string main_part = main_rel->target;
    if (!zip.has(main_part)) return Error{"E109", fmt::format("{}: main part {} is missing", name, main_part)};

    auto types = reader.parse_optional("[Content_Types].xml");
    if (!types) return fail(types.error());
    if (*types) {
        const std::string ct = content_type_of(**types, main_part);
        if (ct.find("spreadsheetml") != std::string::npos || ct.find("presentationml") != std::string::npos)
            return Error{"E114", fmt::format("{}: not a Word document ({})", name, ct)};
        if (ct.find("macroEnabled") != std::string::npos)
            return Error{"E116", name + ": macro-enabled document (.docm) not read"};
        // A template named as one (.dotx, .dotm); a .docx saved with a template type still reads.
        if (ct.find("template") != std::string::npos && (name.ends_with(".dotx") || name.ends_with(".dotm")))
            return Error{"E116", name + ": Word template (.dotx), not a document"};
    }

    auto main = reader.parse(main_part);
    if (!main) return fail(main.error());
    const XmlTree& body_tree = *main;
    if (body_tree.strict())
        return Error{"E115", name + ": strict OOXML (ISO/IEC 29500 strict) is not supported; save as a Word document"};
    if (body_tree.name(body_tree.root()) != Name::w_document || body_tree.root_namespace() != kWordNs)
        return Error{"E114", fmt::format("{}: {} is not a WordprocessingML document", name, main_part)};

    docx::Relationships rels;
    {
        auto rels_tree = reader.parse_optional(docx::Relationships::rels_part(main_part));
        if (!rels_tree) return fail(rels_tree.error());
        if (*rels_tree) rels = docx::Relationships::parse(**rels_tree, main_part);
    }
    auto target = [&](const char* type) {
        const docx::Relationship* r = rels.by_type(type);
        return r ? r->target : std::string();
    };

    docx::ThemeFonts theme;
    auto theme_tree = reader.parse_optional(target("theme"));
    if (!theme_tree) return fail(theme_tree.error());
    if (*theme_tree) theme = docx::ThemeFonts::parse(**theme_tree);
    docx::Styles styles;
    auto styles_tree = reader.parse_optional(target("styles"));
    if (!styles_tree) return fail(styles_tree.error());
    if (*styles_tree) styles = docx::Styles::parse(**styles_tree, theme);
    docx::Numbering numbering;
    auto numbering_tree = reader.parse_optional(target("numbering"));
    if (!numbering_tree) return fail(numbering_tree.error());
    if (*numbering_tree) numbering = docx::Numbering::parse(**numbering_tree);

    model::Document doc;
    doc.path = name;
    doc.format = model::Format::Docx;
    doc.default_font = styles.defaults().font;
    doc.default_size_half_points = styles.defaults().size_half_points;
    {
        const model::RunProps& normal = styles.base_props("", "");
        if (!normal.font.empty()) doc.default_font = normal.font;
        if (normal.size_half_points > 0) doc.default_size_half_points = normal.size_half_points;
    }
    docx::SharedState shared{styles, theme, numbering, doc.run_props, {}, {}, {}, {}, {}, 0};
    std::vector<docx::Anchor> starts, ends, refs;

    // Body.
    docx::Sink body;
    {
        docx::PartReader part(body_tree, shared, body, main_part);
        if (XmlTree::Id b = body_tree.child(body_tree.root(), Name::w_body)) part.read_blocks(b);
    }
    if (body.sections.empty() || !body.sections.back().stated || body.paragraphs.empty() ||
        body.paragraphs.back().section >= static_cast<int>(body.sections.size()))
        body.sections.push_back(model::Section{});
    doc.sections = body.sections;
    merge(doc, body, identity(body.paragraphs.size()), starts, ends, refs);

    // Footnotes, then endnotes, each numbered in order of first reference.
    for (const bool foot : {true, false}) {
        const std::string part_name = target(foot ? "footnotes" : "endnotes");
        auto tree = reader.parse_optional(part_name);
        if (!tree) return fail(tree.error());
        if (!*tree) continue;
        const XmlTree& t = **tree;
        docx::Sink sink;
        docx::PartReader part(t, shared, sink, part_name);
        std::map<std::string, std::pair<std::size_t, std::size_t>> ranges;
        for (XmlTree::Id note : docx::children(t, t.root())) {
            if (t.name(note) != (foot ? Name::w_footnote : Name::w_endnote)) continue;
            const std::string type = t.attr_or(note, Name::w_type, "normal");
            if (type != "normal") continue;
            const std::size_t before = sink.paragraphs.size();
            part.trim_next_paragraph();
            part.read_blocks(note);
            ranges[t.attr_or(note, Name::w_id)] = {before, sink.paragraphs.size()};
        }
        std::vector<std::size_t> order;
        const auto& ids = foot ? shared.footnote_order : shared.endnote_order;
        const auto& numbers = foot ? shared.footnote_numbers : shared.endnote_numbers;
        for (const std::string& id : ids) {
            auto it = ranges.find(id);
            if (it == ranges.end()) continue;
            for (std::size_t i = it->second.first; i < it->second.second; ++i) {
                sink.paragraphs[i].area = foot ? model::Area::Footnote : model::Area::Endnote;
                sink.paragraphs[i].note = numbers.at(id);
                order.push_back(i);
            }
        }
        merge(doc, sink, order, starts, ends, refs);
    }

    // Headers, then footers, each part once, in the order the sections reference them.
    for (const bool footer : {false, true}) {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < doc.sections.size() || i < body.header_footer_refs.size(); ++i) {
            if (i >= body.header_footer_refs.size()) break;
            const auto& [rid, is_footer] = body.header_footer_refs[i];
            if (is_footer != footer) continue;
            const docx::Relationship* rel = rels.by_id(rid);
            if (rel == nullptr || rel->external || !seen.insert(rel->target).second) continue;
            auto tree = reader.parse_optional(rel->target);
            if (!tree) return fail(tree.error());
            if (!*tree) continue;
            docx::Sink sink;
            docx::PartReader part(**tree, shared, sink, rel->target);
            part.read_blocks((*tree)->root());
            for (auto& p : sink.paragraphs) {
                p.area = footer ? model::Area::Footer : model::Area::Header;
                p.section = body.header_footer_section[i];
            }
            merge(doc, sink, identity(sink.paragraphs.size()), starts, ends, refs);
        }
    }

    // Comments with their anchors.
    {
        const std::string part_name = target("comments");
        auto tree = reader.parse_optional(part_name);
        if (!tree) return fail(tree.error());
        if (*tree) {
            const XmlTree& t = **tree;
            docx::Sink sink;
            docx::PartReader part(t, shared, sink, part_name);
            for (XmlTree::Id c : docx::children(t, t.root())) {
                if (t.name(c) != Name::w_comment) continue;
                model::Comment comment;
                comment.id = t.attr_or(c, Name::w_id);
                comment.author = t.attr_or(c, Name::w_author);
                comment.date = t.attr_or(c, Name::w_date);
                const std::size_t before = sink.paragraphs.size();
                part.read_blocks(c);
                for (std::size_t i = before; i < sink.paragraphs.size(); ++i)
                    comment.text += (i > before ? "\n" : "") + sink.paragraphs[i].text;
                auto find = [&](const std::vector<docx::Anchor>& v) -> const docx::Anchor* {
                    for (const docx::Anchor& a : v)
                        if (a.id == comment.id) return &a;
                    return nullptr;
                };
                const docx::Anchor* s = find(starts);
                const docx::Anchor* e = find(ends);
                if (s == nullptr) s = find(refs);
                if (s != nullptr) {
                    if (e == nullptr || e->paragraph < s->paragraph) e = s;
                    if (e->paragraph == s->paragraph) {
                        comment.anchor = model::Range{s->paragraph, s->offset, std::max(s->offset, e->offset)};
                    } else {
                        const auto len = docx::count_code_points(doc.paragraphs[s->paragraph].text);
                        comment.anchor = model::Range{s->paragraph, s->offset, len};
                        comment.anchor_end = model::Range{e->paragraph, 0, e->offset};
                    }
                }
                doc.comments.push_back(std::move(comment));
            }
        }
    }

    read_properties(reader, package_rels, doc.properties);

    int number = 0;
    for (model::Paragraph& p : doc.paragraphs) {
        if (p.area == model::Area::Body) p.number = ++number;
        for (const model::Span& s : p.spans) doc.source_not_nfc = doc.source_not_nfc || s.source_not_nfc;
    }
    std::sort(doc.tables.begin(), doc.tables.end(), [](const model::Table& a, const model::Table& b) { return a.index < b.index; });
    return doc;
}

}  // namespace soat
