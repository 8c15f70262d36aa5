#include "analysis/headings.hpp"

#include <re2/re2.h>

namespace soat::analysis {

namespace {

// Label kinds, outermost first. The rank is the default nesting level of a labelled line.
struct LabelKind {
    const char* pattern;
    int rank;
};

const LabelKind kLabelKinds[] = {
    {R"(^(Phần thứ [^\s.:]+)[.:]?\s*)", 1},
    {R"(^([IVXL]+\.)\s+)", 3},
    {R"(^([A-Z]\.)\s+)", 2},
    {R"(^(\d{1,2}\.\d{1,2}\.\d{1,2}\.?)\s+)", 6},
    {R"(^(\d{1,2}\.\d{1,2}\.?)\s+)", 5},
    {R"(^(\d{1,2}\.)\s+)", 4},
    {R"(^([a-zđ]\))\s+)", 7},
    {R"(^(\(\d{1,2}\))\s+)", 8},
};

bool looks_like_heading_text(const model::Paragraph& p, std::size_t label_bytes) {
    // A numbered body paragraph ("1.1. Sản xuất công nghiệp …") is a heading too: its first
    // sentence names the topic. A line starting with a count ("01 dự án") has no label match.
    return p.text.size() > label_bytes && !p.cell && p.area == model::Area::Body;
}

}  // namespace

Headings::Headings(const Analysis& analysis) {
    const auto& paragraphs = analysis.document().paragraphs;
    index_of_.assign(paragraphs.size(), -1);
    enclosing_.assign(paragraphs.size(), -1);
    static const std::vector<std::unique_ptr<RE2>> patterns = [] {
        std::vector<std::unique_ptr<RE2>> v;
        for (const auto& k : kLabelKinds) v.push_back(std::make_unique<RE2>(k.pattern));
        return v;
    }();

    std::vector<int> stack;  // heading indices of the open path
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        const auto& p = paragraphs[i];
        if (p.area != model::Area::Body || p.cell) {
            enclosing_[i] = stack.empty() ? -1 : stack.back();
            continue;
        }
        Heading h;
        h.paragraph = i;
        bool is_heading = false;
        for (std::size_t k = 0; k < std::size(kLabelKinds); ++k) {
            re2::StringPiece input(p.text), label;
            if (RE2::Consume(&input, *patterns[k], &label) && looks_like_heading_text(p, p.text.size() - input.size())) {
                h.label = std::string(label);
                h.title = std::string(input);
                h.level = kLabelKinds[k].rank;
                is_heading = true;
                break;
            }
        }
        if (!is_heading && p.heading_level > 0) {
            h.title = p.text;
            h.level = p.heading_level;
            is_heading = true;
        }
        if (is_heading) {
            while (!stack.empty() && headings_[stack.back()].level >= h.level) stack.pop_back();
            headings_.push_back(h);
            index_of_[i] = static_cast<int>(headings_.size() - 1);
            stack.push_back(index_of_[i]);
        }
        enclosing_[i] = stack.empty() ? -1 : stack.back();
    }
}

const Heading* Headings::at(std::size_t paragraph) const {
    if (paragraph >= index_of_.size() || index_of_[paragraph] < 0) return nullptr;
    return &headings_[index_of_[paragraph]];
}

std::string Headings::path(std::size_t paragraph) const {
    if (paragraph >= enclosing_.size()) return {};
    // Walk back through the headings before this one, keeping each strictly shallower level.
    std::vector<const Heading*> chain;
    int idx = enclosing_[paragraph];
    int level_limit = 1 << 20;
    for (int j = idx; j >= 0; --j) {
        if (headings_[j].level < level_limit) {
            chain.push_back(&headings_[j]);
            level_limit = headings_[j].level;
        }
    }
    std::string out;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if (!out.empty()) out += " › ";
        std::string text = (*it)->label.empty() ? (*it)->title : (*it)->label + " " + (*it)->title;
        // Numbered body paragraphs carry a whole paragraph: keep the first clause.
        const auto cut = text.find(". ", (*it)->label.size() + 1);
        if (cut != std::string::npos) text.resize(cut);
        if (text.size() > 120) {
            std::size_t n = 117;
            while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
            text = text.substr(0, n) + "…";
        }
        out += text;
    }
    return out;
}

}  // namespace soat::analysis
