// numbering.xml: list definitions and the counters that render list labels in reading order.
#pragma once

#include "docx/xml_tree.hpp"

#include <array>
#include <map>
#include <string>
#include <unordered_map>

namespace soat::docx {

struct ListLevel {
    int start = 1;
    std::string format = "decimal";  // w:numFmt
    std::string text;                // w:lvlText, e.g. "%1.%2."
    bool legal = false;              // w:isLgl: show every level as decimal
    std::string suffix = "tab";      // w:suff: tab, space, nothing
};

struct ListLabel {
    std::string text;       // "1.2." ; empty when the level shows nothing
    std::string separator;  // " " for tab and space suffixes, "" for nothing
};

class Numbering {
public:
    static Numbering parse(const XmlTree& t);

    // Advances the counters of (numId, ilvl) and renders its label; nullopt when the list is unknown.
    std::optional<ListLabel> next(int num_id, int ilvl);

    // Renders one number in a w:numFmt (decimal for formats it does not know).
    static std::string format_number(int n, const std::string& format);

private:
    struct Definition {
        std::array<ListLevel, 9> levels;
        std::string style_link;      // w:styleLink: the numbering style this list defines
        std::string num_style_link;  // w:numStyleLink: the numbering style whose list this is
    };
    struct Instance {
        int abstract_id = 0;
        std::map<int, int> start_override;
        std::map<int, ListLevel> level_override;
    };
    struct Counters {
        std::array<int, 9> value{};
        std::array<bool, 9> set{};
    };
    std::unordered_map<int, Definition> abstracts_;
    std::unordered_map<int, Instance> nums_;
    std::unordered_map<int, int> linked_;  // abstractNumId with a numStyleLink -> the one defining it
    // A w:num with overrides counts on its own; the others share their abstractNum's counters.
    std::unordered_map<long long, Counters> counters_;
};

}  // namespace soat::docx
