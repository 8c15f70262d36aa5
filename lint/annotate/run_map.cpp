#include "annotate/run_map.hpp"

#include <soat/utf8.hpp>

#include <libxml/parser.h>

#include <cstring>

namespace soat::annotate {

namespace {

bool is_w(xmlNodePtr n, const char* local) {
    return n != nullptr && n->type == XML_ELEMENT_NODE && n->ns != nullptr && n->ns->href != nullptr &&
           std::strcmp(reinterpret_cast<const char*>(n->ns->href), kWordNs) == 0 &&
           std::strcmp(reinterpret_cast<const char*>(n->name), local) == 0;
}

std::string content(xmlNodePtr n) {
    xmlChar* c = xmlNodeGetContent(n);
    std::string s = c != nullptr ? reinterpret_cast<const char*>(c) : "";
    xmlFree(c);
    return s;
}

// Replaces a w:t's text without interpreting entity references.
void set_text(xmlNodePtr t, const std::string& text) {
    while (t->children != nullptr) {
        xmlNodePtr c = t->children;
        xmlUnlinkNode(c);
        xmlFreeNode(c);
    }
    xmlAddChild(t, xmlNewDocTextLen(t->doc, reinterpret_cast<const xmlChar*>(text.data()), static_cast<int>(text.size())));
    xmlNodeSetSpacePreserve(t, 1);
}

std::uint32_t text_length(xmlNodePtr run) {
    std::uint32_t n = 0;
    for (xmlNodePtr c = run->children; c != nullptr; c = c->next) {
        if (is_w(c, "t")) n += utf8::length(content(c));
    }
    return n;
}

void collect_runs(xmlNodePtr n, std::vector<xmlNodePtr>& out) {
    for (xmlNodePtr c = n; c != nullptr; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        if (is_w(c, "r")) out.push_back(c);
        collect_runs(c->children, out);
    }
}

xmlNodePtr find_first(xmlNodePtr n, const char* local) {
    for (xmlNodePtr c = n; c != nullptr; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        if (is_w(c, local)) return c;
        if (xmlNodePtr found = find_first(c->children, local)) return found;
    }
    return nullptr;
}

}  // namespace

std::optional<SourcePoint> source_begin(const model::Paragraph& p, std::uint32_t begin) {
    for (std::size_t i = 0; i < p.spans.size(); ++i) {
        const model::Span& s = p.spans[i];
        if (begin >= s.begin + s.length) continue;
        // Inside a span without w:t text (label, tab, field result): start at the next text.
        for (std::size_t j = i; j < p.spans.size(); ++j) {
            const model::Span& t = p.spans[j];
            if (t.kind == model::Span::Kind::Text && t.run >= 0) {
                return SourcePoint{t.run, t.offset + (j == i && begin > t.begin ? begin - t.begin : 0)};
            }
        }
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<SourcePoint> source_end(const model::Paragraph& p, std::uint32_t end) {
    for (std::size_t i = p.spans.size(); i-- > 0;) {
        const model::Span& s = p.spans[i];
        if (end <= s.begin) continue;
        for (std::size_t j = i + 1; j-- > 0;) {
            const model::Span& t = p.spans[j];
            if (t.kind == model::Span::Kind::Text && t.run >= 0) {
                const std::uint32_t in = j == i ? std::min(end - t.begin, t.length) : t.length;
                return SourcePoint{t.run, t.offset + in};
            }
        }
        return std::nullopt;
    }
    return std::nullopt;
}

Result<RunMap> RunMap::parse(const std::string& xml, const std::string& part) {
    RunMap map;
    map.doc_.reset(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), part.c_str(), nullptr,
                                 XML_PARSE_NONET | XML_PARSE_HUGE));
    if (!map.doc_) return Error{"E110", part + ": malformed XML"};
    xmlNodePtr root = xmlDocGetRootElement(map.doc_.get());
    if (root == nullptr) return Error{"E110", part + ": empty XML"};
    map.ns_ = xmlSearchNsByHref(map.doc_.get(), root, reinterpret_cast<const xmlChar*>(kWordNs));
    std::vector<xmlNodePtr> runs;
    collect_runs(root, runs);
    for (xmlNodePtr r : runs) map.pieces_.push_back({Piece{r, 0}});
    return map;
}

std::string RunMap::run_text(std::int32_t run) const {
    std::string text;
    if (run < 0 || static_cast<std::size_t>(run) >= pieces_.size()) return text;
    for (const Piece& piece : pieces_[run]) {
        for (xmlNodePtr c = piece.node->children; c != nullptr; c = c->next) {
            if (is_w(c, "t")) text += content(c);
        }
    }
    return text;
}

bool RunMap::split(SourcePoint point, bool start) {
    if (point.run < 0 || static_cast<std::size_t>(point.run) >= pieces_.size()) return false;
    auto& pieces = pieces_[point.run];
    std::size_t i = 0;
    while (i + 1 < pieces.size() && pieces[i + 1].start <= point.offset) ++i;
    xmlNodePtr run = pieces[i].node;
    const std::uint32_t k = point.offset - pieces[i].start;

    // The first child that goes to the right of the point (splitting a w:t when needed).
    xmlNodePtr move_from = nullptr;
    std::uint32_t consumed = 0;
    for (xmlNodePtr c = run->children; c != nullptr; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || is_w(c, "rPr")) continue;
        if (is_w(c, "t")) {
            const std::string text = content(c);
            const std::uint32_t len = utf8::length(text);
            if (consumed >= k && len > 0) {
                move_from = c;
                break;
            }
            if (consumed + len > k) {
                const std::size_t cut = utf8::byte_offset(text, k - consumed);
                xmlNodePtr right = xmlNewDocNode(run->doc, c->ns, c->name, nullptr);
                xmlAddNextSibling(c, right);
                set_text(right, text.substr(cut));
                set_text(c, text.substr(0, cut));
                move_from = right;
                break;
            }
            consumed += len;
        } else if (consumed >= k && !start) {
            move_from = c;
            break;
        }
    }
    if (move_from == nullptr || k == 0) return true;  // already a boundary
    xmlNodePtr right = xmlNewDocNode(run->doc, run->ns, run->name, nullptr);
    for (xmlAttrPtr a = run->properties; a != nullptr; a = a->next) {
        xmlChar* v = xmlNodeGetContent(reinterpret_cast<xmlNodePtr>(a));
        xmlSetNsProp(right, a->ns, a->name, v);
        xmlFree(v);
    }
    for (xmlNodePtr c = run->children; c != nullptr; c = c->next) {
        if (is_w(c, "rPr")) {
            xmlAddChild(right, xmlDocCopyNode(c, run->doc, 1));
            break;
        }
    }
    xmlAddNextSibling(run, right);
    for (xmlNodePtr c = move_from; c != nullptr;) {
        xmlNodePtr next = c->next;
        xmlUnlinkNode(c);
        xmlAddChild(right, c);
        c = next;
    }
    pieces.insert(pieces.begin() + static_cast<std::ptrdiff_t>(i) + 1, Piece{right, pieces[i].start + k});
    return true;
}

std::optional<RunMap::Where> RunMap::where(SourcePoint point) const {
    if (point.run < 0 || static_cast<std::size_t>(point.run) >= pieces_.size()) return std::nullopt;
    const auto& pieces = pieces_[point.run];
    std::size_t i = 0;
    while (i + 1 < pieces.size() && pieces[i + 1].start <= point.offset) ++i;
    const std::uint32_t k = point.offset - pieces[i].start;
    if (k == 0) return Where{pieces[i].node, true};
    if (k >= text_length(pieces[i].node)) return Where{pieces[i].node, false};
    return std::nullopt;
}

bool RunMap::replace(std::int32_t run, std::uint32_t begin, std::uint32_t end, const std::string& text) {
    if (run < 0 || static_cast<std::size_t>(run) >= pieces_.size() || end < begin) return false;
    std::uint32_t at = 0;
    bool placed = false;
    for (const Piece& piece : pieces_[run]) {
        for (xmlNodePtr c = piece.node->children; c != nullptr; c = c->next) {
            if (!is_w(c, "t")) continue;
            const std::string old = content(c);
            const std::uint32_t len = utf8::length(old);
            const std::uint32_t lo = std::max(begin, at), hi = std::min(end, at + len);
            const bool holds_insert = !placed && begin >= at && begin <= at + len;
            if (lo < hi || holds_insert) {
                std::string updated(old.substr(0, utf8::byte_offset(old, (lo < hi ? lo : begin) - at)));
                if (!placed) updated += text;
                placed = true;
                if (lo < hi) updated += old.substr(utf8::byte_offset(old, hi - at));
                else updated += old.substr(utf8::byte_offset(old, begin - at));
                set_text(c, updated);
            }
            at += len;
        }
    }
    return placed && end <= at;
}

xmlNodePtr RunMap::first_paragraph() const {
    xmlNodePtr body = find_first(xmlDocGetRootElement(doc_.get()), "body");
    return body != nullptr ? find_first(body->children, "p") : nullptr;
}

std::string RunMap::serialize() const {
    xmlChar* mem = nullptr;
    int size = 0;
    xmlDocDumpMemoryEnc(doc_.get(), &mem, &size, "UTF-8");
    std::string out(reinterpret_cast<const char*>(mem), static_cast<std::size_t>(size));
    xmlFree(mem);
    return out;
}

}  // namespace soat::annotate
