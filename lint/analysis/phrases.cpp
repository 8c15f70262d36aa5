#include "analysis/phrases.hpp"

namespace soat::analysis::phrases {

std::size_t word_count(std::string_view s) {
    std::size_t n = 0;
    bool in = false;
    for (char c : s) {
        const bool space = c == ' ';
        if (!space && !in) ++n;
        in = !space;
    }
    return n;
}

std::string squeeze(std::string_view t, std::size_t from, std::size_t to) {
    if (to <= from) return {};
    std::string out;
    for (char c : lower(t.substr(from, to - from))) {
        if (c != ' ' && c != '*' && c != '-' && c != '+') out += c;
    }
    // U+2212 minus
    for (std::size_t p; (p = out.find("\u2212")) != std::string::npos;) out.erase(p, 3);
    return out;
}

std::vector<int> paren_depth(std::string_view t) {
    std::vector<int> d(t.size() + 1, 0);
    int depth = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] == '(') ++depth;
        d[i] = depth;
        if (t[i] == ')' && depth > 0) --depth;
    }
    d[t.size()] = depth;
    return d;
}

bool after_change_word(std::string_view t, const Quantity& q) {
    static const char* const kChangeWords[] = {"tăng", "giảm", "vượt", "hơn", "bằng", "gấp", "hạ"};
    const std::string w = lower(word_before(t, q.byte_begin));
    for (const char* c : kChangeWords) {
        if (w == c) return true;
    }
    return false;
}

std::size_t closing_paren(std::string_view t, std::size_t open) {
    int d = 0;
    for (std::size_t i = open; i < t.size(); ++i) {
        if (t[i] == '(') ++d;
        if (t[i] == ')' && --d == 0) return i;
    }
    return std::string_view::npos;
}

}  // namespace soat::analysis::phrases
