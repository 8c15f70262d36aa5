#include "docx/xml_tree.hpp"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <fmt/format.h>

#include <array>
#include <cstring>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace soat::docx {

namespace {

// Canonical prefixes by namespace URI; unknown namespaces keep their URI out of the name space
// of the canonical ones by a "~" prefix.
struct NamespacePrefix {
    const char* uri;
    const char* prefix;
};
constexpr std::array kNamespaces{
    NamespacePrefix{"http://schemas.openxmlformats.org/wordprocessingml/2006/main", "w"},
    NamespacePrefix{"http://purl.oclc.org/ooxml/wordprocessingml/main", "w"},
    NamespacePrefix{"http://schemas.openxmlformats.org/officeDocument/2006/relationships", "r"},
    NamespacePrefix{"http://purl.oclc.org/ooxml/officeDocument/relationships", "r"},
    NamespacePrefix{"http://schemas.openxmlformats.org/markup-compatibility/2006", "mc"},
    NamespacePrefix{"http://schemas.openxmlformats.org/package/2006/relationships", "pr"},
    NamespacePrefix{"http://schemas.openxmlformats.org/package/2006/content-types", "ct"},
    NamespacePrefix{"http://purl.org/dc/elements/1.1/", "dc"},
    NamespacePrefix{"http://purl.org/dc/terms/", "dcterms"},
    NamespacePrefix{"http://schemas.openxmlformats.org/package/2006/metadata/core-properties", "cp"},
    NamespacePrefix{"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "ep"},
    NamespacePrefix{"http://schemas.openxmlformats.org/drawingml/2006/main", "a"},
    NamespacePrefix{"http://schemas.openxmlformats.org/officeDocument/2006/math", "m"},
    NamespacePrefix{"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "wp"},
};
constexpr const char* kStrictW = "http://purl.oclc.org/ooxml/wordprocessingml/main";

constexpr std::array<const char*, static_cast<std::size_t>(Name::FirstDynamic)> kNames{
    "", "#text",
#define SOAT_XML_STR(id, str) str,
    SOAT_XML_NAMES(SOAT_XML_STR)
#undef SOAT_XML_STR
};

}  // namespace

struct SaxBuilder {
    XmlTree tree;
    xmlParserCtxtPtr ctxt = nullptr;
    int max_depth = 256;
    std::vector<XmlTree::Id> stack{0};
    std::vector<XmlTree::Id> last_child{0};
    std::unordered_map<std::string, Name> names;
    std::vector<std::pair<const xmlChar*, std::string>> uri_prefixes;  // libxml2 interns URIs
    std::string key;
    std::uint32_t runs = 0;
    std::string fail_code, fail_message;

    SaxBuilder() {
        names.reserve(512);
        for (std::size_t i = 2; i < kNames.size(); ++i) names.emplace(kNames[i], static_cast<Name>(i));
        tree.nodes_.reserve(1024);
        tree.nodes_.emplace_back();
    }

    const std::string& prefix_of(const xmlChar* uri) {
        for (const auto& [p, s] : uri_prefixes)
            if (p == uri) return s;
        std::string prefix;
        if (uri != nullptr) {
            const char* u = reinterpret_cast<const char*>(uri);
            prefix = std::string("~") + u;
            for (const NamespacePrefix& ns : kNamespaces)
                if (std::strcmp(ns.uri, u) == 0) prefix = ns.prefix;
            if (std::strcmp(u, kStrictW) == 0) tree.strict_ = true;
        }
        uri_prefixes.emplace_back(uri, std::move(prefix));
        return uri_prefixes.back().second;
    }

    // The names met so far by libxml2's pointers: libxml2 hands each element and attribute its
    // local name and namespace URI from its dictionary, so a name comes back with the same two
    // pointers; the local name is compared too, so a pointer reused for another string is only a
    // miss. An open-addressed table of 2^kSeenBits slots, probed a few steps; a name it cannot
    // place is interned each time, as before (named_uncached).
    static constexpr int kSeenBits = 10;
    struct Seen {
        const xmlChar* uri = nullptr;
        const xmlChar* local = nullptr;
        std::string local_text;
        Name name = Name::None;
    };
    std::vector<Seen> seen = std::vector<Seen>(std::size_t{1} << kSeenBits);

    Name intern(const xmlChar* uri, const xmlChar* local) {
        const auto a = reinterpret_cast<std::uintptr_t>(local), u = reinterpret_cast<std::uintptr_t>(uri);
        std::size_t slot = static_cast<std::size_t>((((a >> 3) ^ (u >> 3)) * 0x9E3779B97F4A7C15ULL) >> (64 - kSeenBits));
        for (int step = 0; step < 4; ++step, ++slot) {
            Seen& e = seen[slot & ((std::size_t{1} << kSeenBits) - 1)];
            if (e.local == nullptr) {
                e.name = named_uncached(uri, local);
                e.uri = uri;
                e.local = local;
                e.local_text = reinterpret_cast<const char*>(local);
                return e.name;
            }
            if (e.local == local && e.uri == uri && e.local_text == reinterpret_cast<const char*>(local)) return e.name;
        }
        return named_uncached(uri, local);
    }

    Name named_uncached(const xmlChar* uri, const xmlChar* local) {
        const std::string& prefix = prefix_of(uri);
        key.assign(prefix);
        if (!prefix.empty()) key += ':';
        key += reinterpret_cast<const char*>(local);
        auto [it, inserted] = names.emplace(key, static_cast<Name>(names.size() + 2));
        return it->second;
    }

    void fail(const char* code, std::string message) {
        if (fail_code.empty()) {
            fail_code = code;
            fail_message = std::move(message);
        }
        xmlStopParser(ctxt);
    }

    XmlTree::Id append(XmlTree::Node node) {
        auto id = static_cast<XmlTree::Id>(tree.nodes_.size());
        tree.nodes_.push_back(node);
        XmlTree::Id parent = stack.back();
        if (last_child.back() == 0) tree.nodes_[parent].first_child = id;
        else tree.nodes_[last_child.back()].next = id;
        last_child.back() = id;
        return id;
    }

    static void start(void* ctx, const xmlChar* local, const xmlChar*, const xmlChar* uri, int, const xmlChar**,
                      int nb_attributes, int, const xmlChar** attributes) {
        auto* b = static_cast<SaxBuilder*>(ctx);
        if (static_cast<int>(b->stack.size()) > b->max_depth) {
            b->fail("E112", fmt::format("XML nested deeper than {} elements", b->max_depth));
            return;
        }
        XmlTree::Node node;
        node.name = b->intern(uri, local);
        if (b->stack.size() == 1 && uri != nullptr) b->tree.root_ns_ = reinterpret_cast<const char*>(uri);
        node.attr_begin = static_cast<std::uint32_t>(b->tree.attrs_.size());
        for (int i = 0; i < nb_attributes; ++i) {
            const xmlChar** a = attributes + 5 * i;
            auto begin = static_cast<std::uint32_t>(b->tree.arena_.size());
            b->tree.arena_.append(reinterpret_cast<const char*>(a[3]), static_cast<std::size_t>(a[4] - a[3]));
            b->tree.attrs_.push_back({b->intern(a[2], a[0]), begin, static_cast<std::uint32_t>(a[4] - a[3])});
        }
        node.attr_end = static_cast<std::uint32_t>(b->tree.attrs_.size());
        if (node.name == Name::w_r) node.text_begin = b->runs++;
        XmlTree::Id id = b->append(node);
        b->stack.push_back(id);
        b->last_child.push_back(0);
    }

    static void end(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
        auto* b = static_cast<SaxBuilder*>(ctx);
        if (b->stack.size() > 1) {
            b->stack.pop_back();
            b->last_child.pop_back();
        }
    }

    static void characters(void* ctx, const xmlChar* ch, int len) {
        auto* b = static_cast<SaxBuilder*>(ctx);
        if (b->stack.size() <= 1) return;
        XmlTree::Id last = b->last_child.back();
        auto& arena = b->tree.arena_;
        if (last != 0 && b->tree.nodes_[last].name == Name::Text &&
            b->tree.nodes_[last].text_begin + b->tree.nodes_[last].text_len == arena.size()) {
            arena.append(reinterpret_cast<const char*>(ch), static_cast<std::size_t>(len));
            b->tree.nodes_[last].text_len += static_cast<std::uint32_t>(len);
            return;
        }
        XmlTree::Node node;
        node.name = Name::Text;
        node.text_begin = static_cast<std::uint32_t>(arena.size());
        node.text_len = static_cast<std::uint32_t>(len);
        arena.append(reinterpret_cast<const char*>(ch), static_cast<std::size_t>(len));
        b->append(node);
    }

    static void entity_decl(void* ctx, const xmlChar* name, int, const xmlChar*, const xmlChar*, xmlChar*) {
        auto* b = static_cast<SaxBuilder*>(ctx);
        b->fail("E111", fmt::format("entity declaration '{}' refused", reinterpret_cast<const char*>(name)));
    }

    static void internal_subset(void* ctx, const xmlChar*, const xmlChar* external_id, const xmlChar* system_id) {
        auto* b = static_cast<SaxBuilder*>(ctx);
        if (external_id != nullptr || system_id != nullptr) b->fail("E111", "external DTD refused");
    }

    static void structured_error(void* ctx, const xmlError* error) {
        auto* b = static_cast<SaxBuilder*>(ctx);
        if (error == nullptr || error->level < XML_ERR_ERROR || !b->fail_code.empty()) return;
        std::string message = error->message ? error->message : "malformed XML";
        while (!message.empty() && message.back() == '\n') message.pop_back();
        const char* code = "E110";
        if (message.find("xcessive depth") != std::string::npos) code = "E112";
        else if (message.find("ntity") != std::string::npos && error->code != XML_ERR_UNDECLARED_ENTITY) code = "E111";
        b->fail_code = code;
        b->fail_message = fmt::format("line {}: {}", error->line, message);
    }
};

Result<XmlTree> XmlTree::parse(std::string_view xml, const std::string& part, int max_depth) {
    // libxml2 must be initialised once before parsers run on several threads.
    static std::once_flag init;
    std::call_once(init, [] { xmlInitParser(); });
    xmlSAXHandler handler{};
    handler.initialized = XML_SAX2_MAGIC;
    handler.startElementNs = &SaxBuilder::start;
    handler.endElementNs = &SaxBuilder::end;
    handler.characters = &SaxBuilder::characters;
    handler.cdataBlock = &SaxBuilder::characters;
    handler.entityDecl = &SaxBuilder::entity_decl;
    handler.internalSubset = &SaxBuilder::internal_subset;
    handler.serror = reinterpret_cast<xmlStructuredErrorFunc>(&SaxBuilder::structured_error);

    SaxBuilder builder;
    builder.max_depth = max_depth;
    builder.tree.arena_.reserve(xml.size() / 2);
    // libxml2 keeps declared entities in a document of its own (ctxt->myDoc) that freeing the
    // context leaves behind.
    auto free_context = [](xmlParserCtxt* c) {
        if (c->myDoc) xmlFreeDoc(c->myDoc);
        xmlFreeParserCtxt(c);
    };
    std::unique_ptr<xmlParserCtxt, decltype(free_context)> ctxt(xmlCreatePushParserCtxt(&handler, &builder, nullptr, 0, part.c_str()),
                                                                free_context);
    if (!ctxt) return Error{"E110", part + ": cannot create XML parser"};
    builder.ctxt = ctxt.get();
    xmlCtxtUseOptions(ctxt.get(), XML_PARSE_NONET | XML_PARSE_NOCDATA);
    constexpr std::size_t kChunk = 1 << 20;
    std::size_t at = 0;
    do {
        std::size_t n = std::min(kChunk, xml.size() - at);
        bool last = at + n == xml.size();
        xmlParseChunk(ctxt.get(), xml.data() + at, static_cast<int>(n), last ? 1 : 0);
        at += n;
        if (!builder.fail_code.empty() || ctxt->disableSAX) break;
    } while (at < xml.size());
    if (!builder.fail_code.empty()) return Error{builder.fail_code, part + ": " + builder.fail_message};
    if (!ctxt->wellFormed) return Error{"E110", part + ": malformed XML"};
    if (builder.tree.nodes_.size() < 2) return Error{"E110", part + ": no root element"};
    return std::move(builder.tree);
}

XmlTree::Id XmlTree::child(Id n, Name wanted) const {
    for (Id c = nodes_[n].first_child; c != 0; c = nodes_[c].next)
        if (nodes_[c].name == wanted) return c;
    return 0;
}

std::string XmlTree::text(Id n) const {
    if (nodes_[n].name == Name::Text) return std::string(text_node(n));
    std::string out;
    for (Id c = nodes_[n].first_child; c != 0; c = nodes_[c].next)
        if (nodes_[c].name == Name::Text) out += text_node(c);
    return out;
}

std::optional<std::string_view> XmlTree::attr(Id n, Name wanted) const {
    const Node& node = nodes_[n];
    for (std::uint32_t i = node.attr_begin; i < node.attr_end; ++i)
        if (attrs_[i].name == wanted) return view(attrs_[i].begin, attrs_[i].len);
    return std::nullopt;
}

std::string XmlTree::attr_or(Id n, Name wanted, std::string_view fallback) const {
    auto v = attr(n, wanted);
    return std::string(v ? *v : fallback);
}

}  // namespace soat::docx
