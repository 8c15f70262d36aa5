#include "docx/numbering.hpp"

#include <fmt/format.h>

namespace soat::docx {

namespace {

ListLevel read_level(const XmlTree& t, XmlTree::Id lvl, ListLevel level) {
    for (XmlTree::Id c : children(t, lvl)) {
        switch (t.name(c)) {
            case Name::w_start: level.start = parse_int(t.attr_or(c, Name::w_val), 1); break;
            case Name::w_numFmt: level.format = t.attr_or(c, Name::w_val, "decimal"); break;
            case Name::w_lvlText: level.text = t.attr_or(c, Name::w_val); break;
            case Name::w_isLgl: level.legal = t.attr_or(c, Name::w_val, "1") != "0" && t.attr_or(c, Name::w_val, "1") != "false"; break;
            case Name::w_suff: level.suffix = t.attr_or(c, Name::w_val, "tab"); break;
            default: break;
        }
    }
    return level;
}

std::string roman(int n, bool upper) {
    if (n <= 0 || n >= 4000) return std::to_string(n);
    static const std::pair<int, const char*> table[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                                                        {90, "xc"},  {50, "l"},   {40, "xl"}, {10, "x"},   {9, "ix"},
                                                        {5, "v"},    {4, "iv"},   {1, "i"}};
    std::string out;
    for (const auto& [value, digits] : table)
        while (n >= value) {
            out += digits;
            n -= value;
        }
    if (upper)
        for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
    return out;
}

// Word's letters: a..z, then aa..zz, aaa.. (the letter repeated).
std::string letters(int n, bool upper) {
    if (n <= 0) return std::to_string(n);
    char c = static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26);
    return std::string(static_cast<std::size_t>((n - 1) / 26 + 1), c);
}

// Symbol-font bullets live in the private use area; show them as the bullet they draw.
std::string bullet_text(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c == 0xEF && i + 2 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xFC) == 0x80) {
            unsigned cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
                          (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
            out += cp == 0xF02D ? "-" : cp == 0xF0A7 ? "▪" : cp == 0xF076 ? "❖" : cp == 0xF0D8 ? "➢" : "•";
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

}  // namespace

std::string Numbering::format_number(int n, const std::string& format) {
    if (format == "upperRoman") return roman(n, true);
    if (format == "lowerRoman") return roman(n, false);
    if (format == "upperLetter") return letters(n, true);
    if (format == "lowerLetter") return letters(n, false);
    if (format == "decimalZero") return n < 10 && n >= 0 ? fmt::format("0{}", n) : std::to_string(n);
    if (format == "none") return "";
    return std::to_string(n);
}

Numbering Numbering::parse(const XmlTree& t) {
    Numbering out;
    for (XmlTree::Id c : children(t, t.root())) {
        if (t.name(c) == Name::w_abstractNum) {
            Definition def;
            for (XmlTree::Id lvl : children(t, c)) {
                if (t.name(lvl) == Name::w_styleLink) def.style_link = t.attr_or(lvl, Name::w_val);
                if (t.name(lvl) == Name::w_numStyleLink) def.num_style_link = t.attr_or(lvl, Name::w_val);
                if (t.name(lvl) != Name::w_lvl) continue;
                int i = parse_int(t.attr_or(lvl, Name::w_ilvl), -1);
                if (i >= 0 && i < 9) def.levels[static_cast<std::size_t>(i)] = read_level(t, lvl, ListLevel{});
            }
            out.abstracts_[parse_int(t.attr_or(c, Name::w_abstractNumId), -1)] = def;
        } else if (t.name(c) == Name::w_num) {
            Instance inst;
            for (XmlTree::Id d : children(t, c)) {
                if (t.name(d) == Name::w_abstractNumId) {
                    inst.abstract_id = parse_int(t.attr_or(d, Name::w_val), -1);
                } else if (t.name(d) == Name::w_lvlOverride) {
                    int i = parse_int(t.attr_or(d, Name::w_ilvl), -1);
                    if (i < 0 || i >= 9) continue;
                    if (XmlTree::Id so = t.child(d, Name::w_startOverride)) inst.start_override[i] = parse_int(t.attr_or(so, Name::w_val), 1);
                    if (XmlTree::Id lvl = t.child(d, Name::w_lvl)) inst.level_override[i] = read_level(t, lvl, ListLevel{});
                }
            }
            out.nums_[parse_int(t.attr_or(c, Name::w_numId), -1)] = std::move(inst);
        }
    }
    // A list that points at a numbering style (w:numStyleLink) is the list defining that style
    // (w:styleLink): same levels, same counters.
    for (auto& [id, def] : out.abstracts_) {
        if (def.num_style_link.empty()) continue;
        for (const auto& [target, other] : out.abstracts_) {
            if (target != id && other.style_link == def.num_style_link) {
                out.linked_[id] = target;
                break;
            }
        }
    }
    return out;
}

std::optional<ListLabel> Numbering::next(int num_id, int ilvl) {
    auto ni = nums_.find(num_id);
    if (ni == nums_.end() || ilvl < 0 || ilvl >= 9) return std::nullopt;
    const Instance& inst = ni->second;
    const auto link = linked_.find(inst.abstract_id);
    const int abstract_id = link == linked_.end() ? inst.abstract_id : link->second;
    auto ai = abstracts_.find(abstract_id);
    if (ai == abstracts_.end()) return std::nullopt;
    std::array<ListLevel, 9> levels = ai->second.levels;
    for (const auto& [i, level] : inst.level_override) levels[static_cast<std::size_t>(i)] = level;
    for (const auto& [i, start] : inst.start_override) levels[static_cast<std::size_t>(i)].start = start;

    const bool own = !inst.start_override.empty() || !inst.level_override.empty();
    Counters& counters = counters_[own ? -1 - static_cast<long long>(num_id) : static_cast<long long>(abstract_id)];
    auto level = static_cast<std::size_t>(ilvl);
    counters.value[level] = counters.set[level] ? counters.value[level] + 1 : levels[level].start;
    counters.set[level] = true;
    for (std::size_t deeper = level + 1; deeper < 9; ++deeper) counters.set[deeper] = false;

    const ListLevel& current = levels[level];
    ListLabel label;
    label.separator = current.suffix == "nothing" ? "" : " ";
    if (current.format == "bullet") {
        label.text = bullet_text(current.text);
    } else {
        const std::string& pattern = current.text;
        for (std::size_t i = 0; i < pattern.size(); ++i) {
            if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
                auto ref = static_cast<std::size_t>(pattern[i + 1] - '1');
                int value = counters.set[ref] ? counters.value[ref] : levels[ref].start;
                label.text += format_number(value, current.legal ? "decimal" : levels[ref].format);
                ++i;
            } else {
                label.text += pattern[i];
            }
        }
    }
    if (label.text.empty()) label.separator.clear();
    return label;
}

}  // namespace soat::docx
