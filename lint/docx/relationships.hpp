// OPC relationships (`_rels/*.rels`) and part-name resolution.
#pragma once

#include "docx/xml_tree.hpp"

#include <string>
#include <vector>

namespace soat::docx {

struct Relationship {
    std::string id;
    std::string type;    // full relationship type URI
    std::string target;  // resolved part name without leading '/', or the URI when external
    bool external = false;
};

class Relationships {
public:
    // `source` is the part the .rels file belongs to ("" for the package itself).
    static Relationships parse(const XmlTree& tree, const std::string& source);

    // The rels part name of a source part: "word/document.xml" -> "word/_rels/document.xml.rels".
    static std::string rels_part(const std::string& source);

    [[nodiscard]] const Relationship* by_id(const std::string& id) const;
    // The first internal relationship whose type ends with "/" + suffix.
    [[nodiscard]] const Relationship* by_type(const std::string& suffix) const;
    [[nodiscard]] const std::vector<Relationship>& all() const { return rels_; }

private:
    std::vector<Relationship> rels_;
};

// Joins a relative target to the folder of `source`, resolving "." and "..", decoding %XX.
std::string resolve_part(const std::string& source, const std::string& target);

}  // namespace soat::docx
