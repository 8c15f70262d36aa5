#include "analysis/sentences.hpp"

#include <soat/utf8.hpp>

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <string>

namespace soat::analysis {

namespace {

// Abbreviations written with a final point in Vietnamese administrative text.
constexpr std::array<std::string_view, 28> kAbbreviations = {
    "TP", "Tp", "TS", "ThS", "PGS", "GS", "BS", "KS", "CN", "TX", "TT", "Th", "St", "Q", "P", "H",
    "v.v", "vv", "tr", "Tr", "ĐT", "Đ/c", "đ/c", "Ông", "Bà", "No", "TM", "KT"};

bool is_upper(char32_t c) { return utf8proc_isupper(static_cast<utf8proc_int32_t>(c)); }
bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\u00A0'; }
bool is_closer(char32_t c) { return c == U'"' || c == U'”' || c == U'’' || c == U')' || c == U']' || c == U'»'; }
bool is_terminator(char32_t c) { return c == U'.' || c == U'!' || c == U'?' || c == U';' || c == U'…'; }

// Length in code points of a list label opening the text ("1.", "1.2.", "I.", "A.", "a)", "(3)").
std::size_t label_length(const std::u32string& t) {
    std::size_t i = 0;
    if (i < t.size() && t[i] == U'(') {
        std::size_t j = 1;
        while (j < t.size() && is_digit(t[j])) ++j;
        return j > 1 && j < t.size() && t[j] == U')' ? j + 1 : 0;
    }
    if (i < t.size() && is_digit(t[i])) {
        while (i < t.size() && (is_digit(t[i]) || t[i] == U'.')) ++i;
        return i > 0 && t[i - 1] == U'.' ? i : 0;
    }
    if (i < t.size() && (t[i] == U'I' || t[i] == U'V' || t[i] == U'X' || t[i] == U'L')) {
        while (i < t.size() && (t[i] == U'I' || t[i] == U'V' || t[i] == U'X' || t[i] == U'L')) ++i;
        return i < t.size() && t[i] == U'.' ? i + 1 : 0;
    }
    if (t.size() >= 2 && is_upper(t[0]) && t[1] == U'.') return 2;
    if (t.size() >= 2 && t[1] == U')' && !is_upper(t[0]) && !is_digit(t[0])) return 2;
    return 0;
}

// Whether the word before the point at `dot` is an abbreviation or a single initial.
bool abbreviation_before(const std::u32string& t, std::size_t dot) {
    std::size_t b = dot;
    while (b > 0 && !is_space(t[b - 1]) && t[b - 1] != U'(') --b;
    if (dot - b == 1 && is_upper(t[b])) return true;  // an initial: "Nguyễn V. An"
    std::string word;
    for (std::size_t k = b; k < dot; ++k) utf8::append(word, t[k]);
    return abbreviation_with_point(word);
}

}  // namespace

bool abbreviation_with_point(std::string_view word) {
    return std::find(kAbbreviations.begin(), kAbbreviations.end(), word) != kAbbreviations.end();
}

std::vector<Sentence> split_sentences(std::string_view text) {
    std::u32string t;
    for (std::size_t i = 0; i < text.size();) t += utf8::next(text, i);
    std::vector<Sentence> out;
    auto push = [&](std::size_t b, std::size_t e) {
        while (b < e && is_space(t[b])) ++b;
        while (e > b && is_space(t[e - 1])) --e;
        if (e > b) out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)});
    };
    std::size_t start = 0;
    std::size_t i = label_length(t);
    for (; i < t.size(); ++i) {
        if (!is_terminator(t[i])) continue;
        std::size_t end = i + 1;
        while (end < t.size() && (is_terminator(t[end]) || is_closer(t[end]))) ++end;
        std::size_t next = end;
        if (next >= t.size() || !is_space(t[next])) continue;
        while (next < t.size() && is_space(t[next])) ++next;
        if (next >= t.size()) break;
        const char32_t c = t[next];
        if (!(is_upper(c) || is_digit(c) || c == U'“' || c == U'"' || c == U'(' || c == U'-')) continue;
        if (t[i] == U'.' && end == i + 1 && abbreviation_before(t, i)) continue;
        push(start, end);
        start = next;
        i = next - 1;
    }
    push(start, t.size());
    return out;
}

Sentences::Sentences(const Analysis& analysis) {
    const auto& paragraphs = analysis.document().paragraphs;
    sentences_.reserve(paragraphs.size());
    for (const auto& p : paragraphs) sentences_.push_back(split_sentences(p.text));
}

const std::vector<Sentence>& Sentences::of(std::size_t paragraph) const {
    static const std::vector<Sentence> kNone;
    return paragraph < sentences_.size() ? sentences_[paragraph] : kNone;
}

const Sentence* Sentences::at(std::size_t paragraph, std::uint32_t offset) const {
    const auto& list = of(paragraph);
    if (list.empty()) return nullptr;
    for (const auto& s : list) {
        if (offset < s.end) return &s;
    }
    return &list.back();
}

}  // namespace soat::analysis
