#include "docx/styles.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace soat::docx {

namespace {

// w:b, w:i, w:vanish: present means on unless w:val says false/0/off.
bool on_off(const XmlTree& t, XmlTree::Id n) {
    auto v = t.attr(n, Name::w_val);
    return !v || !(*v == "0" || *v == "false" || *v == "off");
}

int to_int(std::string_view s, int fallback) {
    int v = 0;
    bool neg = false, any = false;
    std::size_t i = 0;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) neg = s[i++] == '-';
    for (; i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); ++i) {
        any = true;
        if (v < 100000000) v = v * 10 + (s[i] - '0');
    }
    return any ? (neg ? -v : v) : fallback;
}

}  // namespace

int parse_int(std::string_view s, int fallback) { return to_int(s, fallback); }

bool visible_borders(const XmlTree& t, XmlTree::Id borders) {
    for (XmlTree::Id side : children(t, borders)) {
        const std::string v = t.attr_or(side, Name::w_val);
        if (t.name(side) != Name::Text && !v.empty() && v != "nil" && v != "none") return true;
    }
    return false;
}

ThemeFonts ThemeFonts::parse(const XmlTree& t) {
    ThemeFonts out;
    // a:theme/a:themeElements/a:fontScheme/{a:majorFont,a:minorFont}/a:latin@typeface
    std::vector<XmlTree::Id> stack{t.root()};
    while (!stack.empty()) {
        XmlTree::Id n = stack.back();
        stack.pop_back();
        for (XmlTree::Id c : children(t, n)) {
            Name name = t.name(c);
            if (name == Name::a_majorFont || name == Name::a_minorFont) {
                XmlTree::Id latin = t.child(c, Name::a_latin);
                if (latin) (name == Name::a_majorFont ? out.major : out.minor) = t.attr_or(latin, Name::typeface);
            } else if (name != Name::Text) {
                stack.push_back(c);
            }
        }
    }
    return out;
}

void PartialRunProps::read(const XmlTree& t, XmlTree::Id rpr, const ThemeFonts& theme) {
    for (XmlTree::Id c : children(t, rpr)) {
        switch (t.name(c)) {
            case Name::w_rFonts: {
                auto f = t.attr(c, Name::w_ascii);
                if (!f) f = t.attr(c, Name::w_hAnsi);
                if (f) {
                    font = std::string(*f);
                } else {
                    auto th = t.attr(c, Name::w_asciiTheme);
                    if (!th) th = t.attr(c, Name::w_hAnsiTheme);
                    if (th && !th->empty()) font = th->starts_with("major") ? theme.major : theme.minor;
                }
                break;
            }
            case Name::w_sz: size = to_int(t.attr_or(c, Name::w_val), 0); break;
            case Name::w_b: bold = on_off(t, c); break;
            case Name::w_i: italic = on_off(t, c); break;
            case Name::w_caps:
            case Name::w_smallCaps: caps = on_off(t, c); break;
            case Name::w_vanish: hidden = on_off(t, c); break;
            case Name::w_highlight: highlight = t.attr_or(c, Name::w_val); if (*highlight == "none") highlight = ""; break;
            case Name::w_shd: {
                std::string fill = t.attr_or(c, Name::w_fill);
                if (!fill.empty() && fill != "auto" && fill != "FFFFFF" && fill != "ffffff" && !highlight) highlight = "shading";
                break;
            }
            case Name::w_color: color = t.attr_or(c, Name::w_val); break;
            case Name::w_vertAlign: superscript = t.attr_or(c, Name::w_val) == "superscript"; break;
            default: break;
        }
    }
}

void PartialRunProps::apply_to(model::RunProps& out) const {
    if (font) out.font = *font;
    if (size) out.size_half_points = *size;
    if (bold) out.bold = *bold;
    if (italic) out.italic = *italic;
    if (caps) out.caps = *caps;
    if (hidden) out.hidden = *hidden;
    if (highlight) out.highlight = *highlight;
    if (color) out.color = *color;
    if (superscript) out.superscript = *superscript;
}

Styles Styles::parse(const XmlTree& t, const ThemeFonts& theme) {
    Styles out;
    for (XmlTree::Id c : children(t, t.root())) {
        if (t.name(c) == Name::w_docDefaults) {
            XmlTree::Id rd = t.child(c, Name::w_rPrDefault);
            XmlTree::Id rpr = rd ? t.child(rd, Name::w_rPr) : 0;
            if (rpr) {
                PartialRunProps p;
                p.read(t, rpr, theme);
                p.apply_to(out.defaults_);
            }
            continue;
        }
        if (t.name(c) != Name::w_style) continue;
        Style s;
        s.id = t.attr_or(c, Name::w_styleId);
        s.type = t.attr_or(c, Name::w_type, "paragraph");
        const std::string def = t.attr_or(c, Name::w_default);
        const bool is_default = def == "1" || def == "true" || def == "on";
        for (XmlTree::Id d : children(t, c)) {
            switch (t.name(d)) {
                case Name::w_name: s.name = t.attr_or(d, Name::w_val); break;
                case Name::w_basedOn: s.based_on = t.attr_or(d, Name::w_val); break;
                case Name::w_rPr: s.rpr.read(t, d, theme); break;
                case Name::w_pPr:
                    for (XmlTree::Id e : children(t, d)) {
                        if (t.name(e) == Name::w_outlineLvl) s.outline_level = to_int(t.attr_or(e, Name::w_val), 9);
                        else if (t.name(e) == Name::w_jc) s.jc = t.attr_or(e, Name::w_val);
                        else if (t.name(e) == Name::w_ind) s.indent = left_indent(t, e);
                        else if (t.name(e) == Name::w_numPr) {
                            for (XmlTree::Id f : children(t, e)) {
                                if (t.name(f) == Name::w_numId) s.num_id = to_int(t.attr_or(f, Name::w_val), 0);
                                else if (t.name(f) == Name::w_ilvl) s.ilvl = to_int(t.attr_or(f, Name::w_val), 0);
                            }
                        }
                    }
                    break;
                case Name::w_tblPr:
                    if (XmlTree::Id b = t.child(d, Name::w_tblBorders)) s.borders = visible_borders(t, b);
                    break;
                default: break;
            }
        }
        if (is_default && s.type == "paragraph" && out.default_paragraph_.empty()) out.default_paragraph_ = s.id;
        if (is_default && s.type == "character" && out.default_character_.empty()) out.default_character_ = s.id;
        out.styles_.emplace(s.id, std::move(s));
    }
    return out;
}

const Style* Styles::find(const std::string& id) const {
    auto it = styles_.find(id);
    return it == styles_.end() ? nullptr : &it->second;
}

template <typename F>
void Styles::chain(const std::string& id, F&& visit) const {
    std::vector<const Style*> path;
    for (const Style* s = find(id); s != nullptr && path.size() < 32; s = s->based_on.empty() ? nullptr : find(s->based_on)) {
        if (std::find(path.begin(), path.end(), s) != path.end()) break;
        path.push_back(s);
    }
    for (auto it = path.rbegin(); it != path.rend(); ++it) visit(**it);
}

int Styles::heading_level(const std::string& id) const {
    std::optional<int> level;
    std::string name;
    chain(id, [&](const Style& s) {
        if (s.outline_level) level = s.outline_level;
        if (name.empty()) name = s.name;
    });
    if (level) return *level >= 0 && *level <= 8 ? *level + 1 : 0;
    // Styles named "heading N" without an outline level (some generators omit it).
    const Style* s = find(id);
    std::string lname = s ? s->name : "";
    std::transform(lname.begin(), lname.end(), lname.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lname.size() == 9 && lname.starts_with("heading ") && lname[8] >= '1' && lname[8] <= '9') return lname[8] - '0';
    return 0;
}

std::optional<std::pair<int, int>> Styles::numbering(const std::string& id) const {
    std::optional<int> num, ilvl;
    chain(id, [&](const Style& s) {
        if (s.num_id) num = s.num_id;
        if (s.ilvl) ilvl = s.ilvl;
    });
    if (!num) return std::nullopt;
    return std::pair{*num, ilvl.value_or(0)};
}

std::optional<bool> Styles::table_borders(const std::string& id) const {
    std::optional<bool> b;
    chain(id, [&](const Style& s) {
        if (s.borders) b = s.borders;
    });
    return b;
}

std::optional<int> left_indent(const XmlTree& t, XmlTree::Id ind) {
    auto value = t.attr(ind, Name::w_left);
    if (!value) value = t.attr(ind, Name::w_start);
    if (!value) return std::nullopt;
    return to_int(*value, 0);
}

int Styles::indent(const std::string& id) const {
    int indent = 0;
    chain(id, [&](const Style& s) {
        if (s.indent) indent = *s.indent;
    });
    return indent;
}

std::string Styles::alignment(const std::string& id) const {
    std::string jc;
    chain(id, [&](const Style& s) {
        if (!s.jc.empty()) jc = s.jc;
    });
    return jc;
}

const model::RunProps& Styles::base_props(const std::string& pstyle, const std::string& rstyle) const {
    std::string key = pstyle + '\x1f' + rstyle;
    auto it = cache_.find(key);
    if (it != cache_.end()) return it->second;
    model::RunProps props = defaults_;
    chain(pstyle.empty() ? default_paragraph_ : pstyle, [&](const Style& s) { s.rpr.apply_to(props); });
    if (!rstyle.empty()) chain(rstyle, [&](const Style& s) { s.rpr.apply_to(props); });
    return cache_.emplace(std::move(key), std::move(props)).first->second;
}

}  // namespace soat::docx
