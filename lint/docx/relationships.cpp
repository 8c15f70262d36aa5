#include "docx/relationships.hpp"

#include <cctype>
#include <string>

namespace soat::docx {

namespace {

std::string percent_decode(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
            out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

}  // namespace

std::string resolve_part(const std::string& source, const std::string& target) {
    std::string path = percent_decode(target);
    if (path.empty()) return path;
    if (path.front() != '/') {
        std::size_t slash = source.rfind('/');
        path = (slash == std::string::npos ? std::string() : source.substr(0, slash + 1)) + path;
    }
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string::npos) end = path.size();
        std::string seg = path.substr(start, end - start);
        if (seg == "..") {
            if (!segments.empty()) segments.pop_back();
        } else if (!seg.empty() && seg != ".") {
            segments.push_back(seg);
        }
        start = end + 1;
    }
    std::string out;
    for (const std::string& seg : segments) out += (out.empty() ? "" : "/") + seg;
    return out;
}

std::string Relationships::rels_part(const std::string& source) {
    std::size_t slash = source.rfind('/');
    if (slash == std::string::npos) return "_rels/" + source + ".rels";
    return source.substr(0, slash + 1) + "_rels/" + source.substr(slash + 1) + ".rels";
}

Relationships Relationships::parse(const XmlTree& tree, const std::string& source) {
    Relationships out;
    for (XmlTree::Id c : children(tree, tree.root())) {
        if (tree.name(c) != Name::pr_Relationship) continue;
        Relationship rel;
        rel.id = tree.attr_or(c, Name::Id);
        rel.type = tree.attr_or(c, Name::Type);
        rel.external = tree.attr_or(c, Name::TargetMode) == "External";
        std::string target = tree.attr_or(c, Name::Target);
        rel.target = rel.external ? target : resolve_part(source, target);
        out.rels_.push_back(std::move(rel));
    }
    return out;
}

const Relationship* Relationships::by_id(const std::string& id) const {
    for (const Relationship& r : rels_)
        if (r.id == id) return &r;
    return nullptr;
}

const Relationship* Relationships::by_type(const std::string& suffix) const {
    for (const Relationship& r : rels_) {
        if (r.external || r.type.size() <= suffix.size()) continue;
        if (r.type.compare(r.type.size() - suffix.size(), suffix.size(), suffix) == 0 &&
            r.type[r.type.size() - suffix.size() - 1] == '/')
            return &r;
    }
    return nullptr;
}

}  // namespace soat::docx
