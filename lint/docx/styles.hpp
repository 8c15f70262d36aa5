// Styles: docDefaults, paragraph/character/table styles through the w:basedOn chain, theme fonts.
#pragma once

#include "docx/xml_tree.hpp"

#include <soat/model.hpp>

#include <optional>
#include <string>
#include <unordered_map>

namespace soat::docx {

// Run properties as stated at one level (style or direct); unset fields inherit.
struct PartialRunProps {
    std::optional<std::string> font, highlight, color;
    std::optional<int> size;
    std::optional<bool> bold, italic, caps, hidden, superscript;

    void read(const XmlTree& t, XmlTree::Id rpr, const struct ThemeFonts& theme);
    void apply_to(model::RunProps& out) const;
};

struct ThemeFonts {
    std::string major, minor;
    static ThemeFonts parse(const XmlTree& t);
};

struct Style {
    std::string id, name, type, based_on;
    std::optional<int> outline_level;  // 0..9 as in w:outlineLvl
    std::optional<int> num_id, ilvl;
    std::optional<bool> borders;       // table styles: a stated w:tblBorders has a visible side
    PartialRunProps rpr;
    std::string jc;
    std::optional<int> indent;  // w:ind left edge, twips
};

// The left edge of a w:ind element (w:left, or w:start), twips; nullopt when it gives none.
std::optional<int> left_indent(const XmlTree& t, XmlTree::Id ind);

// True when a w:tblBorders / w:tcBorders element has a side that draws a line.
bool visible_borders(const XmlTree& t, XmlTree::Id borders);

class Styles {
public:
    static Styles parse(const XmlTree& t, const ThemeFonts& theme);

    [[nodiscard]] const Style* find(const std::string& id) const;
    [[nodiscard]] const std::string& default_paragraph() const { return default_paragraph_; }
    // Heading level 1..9 of a paragraph style (chain), 0 when none.
    [[nodiscard]] int heading_level(const std::string& id) const;
    [[nodiscard]] std::optional<std::pair<int, int>> numbering(const std::string& id) const;  // numId, ilvl
    [[nodiscard]] std::optional<bool> table_borders(const std::string& id) const;
    [[nodiscard]] std::string alignment(const std::string& id) const;
    [[nodiscard]] int indent(const std::string& id) const;  // through the chain, 0 when none
    // docDefaults, then paragraph style chain, then character style chain.
    [[nodiscard]] const model::RunProps& base_props(const std::string& pstyle, const std::string& rstyle) const;
    [[nodiscard]] const model::RunProps& defaults() const { return defaults_; }

private:
    template <typename F>
    void chain(const std::string& id, F&& visit) const;  // base first

    std::unordered_map<std::string, Style> styles_;
    std::string default_paragraph_, default_character_;
    model::RunProps defaults_;
    mutable std::unordered_map<std::string, model::RunProps> cache_;
};

}  // namespace soat::docx
