#include "engine/suppressions.hpp"

#include <algorithm>
#include <tuple>

namespace soat::engine {

namespace {

std::string_view trim(std::string_view s) {
    const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

using Point = std::tuple<std::size_t, std::uint32_t>;

// Whether a finding's range touches the comment's anchored range (closed at both ends, so a
// zero-width finding at an edge counts).
bool overlaps(const model::Range& f, const model::Comment& c) {
    if (!c.anchor) return false;
    const Point start{c.anchor->paragraph, c.anchor->begin};
    const Point end = c.anchor_end ? Point{c.anchor_end->paragraph, c.anchor_end->end}
                                   : Point{c.anchor->paragraph, c.anchor->end};
    const Point fb{f.paragraph, f.begin}, fe{f.paragraph, f.end};
    return !(fe < start || end < fb);
}

}  // namespace

std::optional<Suppression> parse_suppression(std::string_view text) {
    text = trim(text);
    constexpr std::string_view kFile = "soat-ignore-file", kRange = "soat-ignore";
    Suppression s;
    if (text.substr(0, kFile.size()) == kFile) {
        s.whole_file = true;
        text.remove_prefix(kFile.size());
    } else if (text.substr(0, kRange.size()) == kRange) {
        text.remove_prefix(kRange.size());
    } else {
        return std::nullopt;
    }
    // The keyword must end here: "soat-ignored" is not a suppression.
    if (!text.empty() && text.front() != ' ' && text.front() != '\t' && text.front() != ':') return std::nullopt;
    const auto colon = text.find(':');
    std::string_view ids = text.substr(0, colon);
    if (colon != std::string_view::npos) s.reason = std::string(trim(text.substr(colon + 1)));
    std::string current;
    for (char c : ids) {
        if (c == ',' || c == ' ' || c == '\t' || c == '\n') {
            if (!current.empty()) s.rules.push_back(std::move(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty()) s.rules.push_back(std::move(current));
    return s;
}

void apply_suppressions(const model::Document& document, std::vector<Finding>& findings) {
    for (const model::Comment& comment : document.comments) {
        const auto s = parse_suppression(comment.text);
        if (!s) continue;
        for (Finding& f : findings) {
            if (f.suppressed || std::find(s->rules.begin(), s->rules.end(), f.rule) == s->rules.end()) continue;
            if (s->whole_file || (f.range && overlaps(*f.range, comment))) {
                f.suppressed = true;
                f.suppression_reason = s->reason;
            }
        }
    }
}

}  // namespace soat::engine
