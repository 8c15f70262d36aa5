// A compact, read-only XML tree built from libxml2's SAX2 interface, safe for hostile input:
// no network, no DTD loading, entity declarations refused (E111), nesting limited (E112).
// Element and attribute names are interned as "prefix:local" with canonical prefixes chosen by
// namespace URI (w, r, mc, a, ...), so documents with any prefix spelling compare equal.
#pragma once

#include <soat/result.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace soat::docx {

// Names the reader compares against; X(identifier, "prefix:local").
#define SOAT_XML_NAMES(X)                                                                          \
    X(w_document, "w:document") X(w_body, "w:body") X(w_p, "w:p") X(w_pPr, "w:pPr")               \
    X(w_pStyle, "w:pStyle") X(w_numPr, "w:numPr") X(w_ilvl, "w:ilvl") X(w_numId, "w:numId")       \
    X(w_outlineLvl, "w:outlineLvl") X(w_jc, "w:jc") X(w_sectPr, "w:sectPr")                         \
    X(w_pageBreakBefore, "w:pageBreakBefore") X(w_r, "w:r") X(w_rPr, "w:rPr")                     \
    X(w_rStyle, "w:rStyle") X(w_rFonts, "w:rFonts") X(w_sz, "w:sz") X(w_b, "w:b") X(w_i, "w:i")    \
    X(w_vanish, "w:vanish") X(w_highlight, "w:highlight") X(w_shd, "w:shd") X(w_color, "w:color") \
    X(w_vertAlign, "w:vertAlign") X(w_caps, "w:caps") X(w_ind, "w:ind") X(w_smallCaps, "w:smallCaps") X(w_t, "w:t") X(w_delText, "w:delText")                           \
    X(w_instrText, "w:instrText") X(w_delInstrText, "w:delInstrText") X(w_tab, "w:tab")            \
    X(w_ptab, "w:ptab") X(w_br, "w:br") X(w_cr, "w:cr") X(w_sym, "w:sym")                           \
    X(w_noBreakHyphen, "w:noBreakHyphen") X(w_softHyphen, "w:softHyphen") X(w_fldChar, "w:fldChar") \
    X(w_fldSimple, "w:fldSimple") X(w_hyperlink, "w:hyperlink") X(w_sdt, "w:sdt")                  \
    X(w_sdtContent, "w:sdtContent") X(w_ins, "w:ins") X(w_del, "w:del") X(w_moveFrom, "w:moveFrom") \
    X(w_moveTo, "w:moveTo") X(w_rPrChange, "w:rPrChange") X(w_pPrChange, "w:pPrChange")            \
    X(w_footnoteReference, "w:footnoteReference") X(w_endnoteReference, "w:endnoteReference")     \
    X(w_footnote, "w:footnote") X(w_endnote, "w:endnote") X(w_comment, "w:comment")                \
    X(w_commentRangeStart, "w:commentRangeStart") X(w_commentRangeEnd, "w:commentRangeEnd")       \
    X(w_commentReference, "w:commentReference") X(w_tbl, "w:tbl") X(w_tr, "w:tr") X(w_tc, "w:tc")  \
    X(w_tcPr, "w:tcPr") X(w_gridSpan, "w:gridSpan") X(w_vMerge, "w:vMerge") X(w_trPr, "w:trPr")    \
    X(w_tblHeader, "w:tblHeader") X(w_tblPr, "w:tblPr") X(w_tblBorders, "w:tblBorders")            \
    X(w_tblStyle, "w:tblStyle") X(w_gridBefore, "w:gridBefore") X(w_txbxContent, "w:txbxContent")  \
    X(w_pgSz, "w:pgSz") X(w_pgMar, "w:pgMar") X(w_headerReference, "w:headerReference")           \
    X(w_footerReference, "w:footerReference") X(w_style, "w:style") X(w_docDefaults, "w:docDefaults") \
    X(w_rPrDefault, "w:rPrDefault") X(w_name, "w:name") X(w_basedOn, "w:basedOn")                 \
    X(w_abstractNum, "w:abstractNum") X(w_abstractNumId, "w:abstractNumId") X(w_num, "w:num")      \
    X(w_lvl, "w:lvl") X(w_start, "w:start") X(w_numFmt, "w:numFmt") X(w_lvlText, "w:lvlText")     \
    X(w_isLgl, "w:isLgl") X(w_lvlOverride, "w:lvlOverride") X(w_startOverride, "w:startOverride") \
    X(w_suff, "w:suff") X(w_styleLink, "w:styleLink") X(w_numStyleLink, "w:numStyleLink")        \
    X(w_smartTag, "w:smartTag") X(w_customXml, "w:customXml") X(w_dir, "w:dir") \
    X(w_bdo, "w:bdo") X(w_sdtPr, "w:sdtPr") X(w_sdtEndPr, "w:sdtEndPr")                           \
    X(w_val, "w:val") X(w_type, "w:type") X(w_styleId, "w:styleId") X(w_default, "w:default")     \
    X(w_id, "w:id") X(w_author, "w:author") X(w_date, "w:date") X(w_ascii, "w:ascii")              \
    X(w_hAnsi, "w:hAnsi") X(w_asciiTheme, "w:asciiTheme") X(w_hAnsiTheme, "w:hAnsiTheme")          \
    X(w_fill, "w:fill") X(w_char, "w:char") X(w_fldCharType, "w:fldCharType") X(w_w, "w:w")       \
    X(w_h, "w:h") X(w_orient, "w:orient") X(w_top, "w:top") X(w_bottom, "w:bottom")               \
    X(w_left, "w:left") X(w_right, "w:right") X(w_end, "w:end") X(w_insideH, "w:insideH")         \
    X(w_insideV, "w:insideV") X(r_id, "r:id") X(mc_AlternateContent, "mc:AlternateContent")        \
    X(mc_Choice, "mc:Choice") X(mc_Fallback, "mc:Fallback") X(pr_Relationship, "pr:Relationship")  \
    X(Id, "Id") X(Type, "Type") X(Target, "Target") X(TargetMode, "TargetMode")                    \
    X(ct_Override, "ct:Override") X(PartName, "PartName") X(ContentType, "ContentType")            \
    X(dc_title, "dc:title") X(dc_subject, "dc:subject") X(dc_creator, "dc:creator")                \
    X(cp_lastModifiedBy, "cp:lastModifiedBy") X(dcterms_created, "dcterms:created")               \
    X(dcterms_modified, "dcterms:modified") X(ep_Application, "ep:Application")                   \
    X(a_majorFont, "a:majorFont") X(a_minorFont, "a:minorFont") X(a_latin, "a:latin")             \
    X(typeface, "typeface") X(w_drawing, "w:drawing") X(w_pict, "w:pict") X(w_object, "w:object") X(w_tcBorders, "w:tcBorders")    \
    X(m_oMath, "m:oMath") X(wp_inline, "wp:inline")

enum class Name : std::uint32_t {
    None = 0,
    Text,  // a text node
#define SOAT_XML_ENUM(id, str) id,
    SOAT_XML_NAMES(SOAT_XML_ENUM)
#undef SOAT_XML_ENUM
    FirstDynamic
};

class XmlTree {
public:
    using Id = std::uint32_t;  // 0 is "none"

    // Parses `xml`; `part` names the part in error messages.
    static Result<XmlTree> parse(std::string_view xml, const std::string& part, int max_depth);

    [[nodiscard]] Id root() const { return nodes_.size() > 1 ? 1 : 0; }
    [[nodiscard]] Name name(Id n) const { return nodes_[n].name; }
    [[nodiscard]] Id first_child(Id n) const { return nodes_[n].first_child; }
    [[nodiscard]] Id next(Id n) const { return nodes_[n].next; }
    [[nodiscard]] Id child(Id n, Name name) const;
    // Text of a text node; for an element, the concatenation of its text children.
    [[nodiscard]] std::string text(Id n) const;
    [[nodiscard]] std::string_view text_node(Id n) const { return view(nodes_[n].text_begin, nodes_[n].text_len); }
    [[nodiscard]] std::optional<std::string_view> attr(Id n, Name name) const;
    [[nodiscard]] std::string attr_or(Id n, Name name, std::string_view fallback = {}) const;
    // Document-order index of a w:r element among all w:r elements of the part.
    [[nodiscard]] std::int32_t run_ordinal(Id n) const { return static_cast<std::int32_t>(nodes_[n].text_begin); }
    [[nodiscard]] bool strict() const { return strict_; }
    [[nodiscard]] const std::string& root_namespace() const { return root_ns_; }

private:
    friend struct SaxBuilder;
    struct Node {
        Name name = Name::None;
        Id first_child = 0, next = 0;
        std::uint32_t attr_begin = 0, attr_end = 0;
        std::uint32_t text_begin = 0, text_len = 0;  // w:r: text_begin holds the run ordinal
    };
    struct Attr {
        Name name;
        std::uint32_t begin, len;
    };
    [[nodiscard]] std::string_view view(std::uint32_t b, std::uint32_t n) const {
        return std::string_view(arena_).substr(b, n);
    }
    std::vector<Node> nodes_;
    std::vector<Attr> attrs_;
    std::string arena_;
    bool strict_ = false;
    std::string root_ns_;
};

// Iterate the element children of a node: for (auto c : children(tree, n)).
class Children {
public:
    Children(const XmlTree& t, XmlTree::Id n) : t_(t), n_(n) {}
    struct It {
        const XmlTree* t;
        XmlTree::Id c;
        XmlTree::Id operator*() const { return c; }
        It& operator++() {
            c = t->next(c);
            return *this;
        }
        bool operator!=(const It& o) const { return c != o.c; }
    };
    [[nodiscard]] It begin() const { return {&t_, n_ ? t_.first_child(n_) : 0}; }
    [[nodiscard]] It end() const { return {&t_, 0}; }

private:
    const XmlTree& t_;
    XmlTree::Id n_;
};

inline Children children(const XmlTree& t, XmlTree::Id n) { return {t, n}; }

// A decimal attribute value; `fallback` when it has no digits.
int parse_int(std::string_view s, int fallback = 0);

}  // namespace soat::docx
