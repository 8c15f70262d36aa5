// Short quotations of document text for messages.
#pragma once

#include <soat/utf8.hpp>

#include <string>
#include <string_view>

namespace soat::checks {

// At most `limit` code points of `text`, whitespace collapsed, "…" when cut.
inline std::string excerpt(std::string_view text, std::uint32_t limit = 40) {
    std::string out;
    std::uint32_t n = 0;
    bool space = false;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = utf8::next(text, i);
        if (cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r') {
            space = !out.empty();
            continue;
        }
        if (n == limit) return out + "…";
        if (space) {
            out += ' ';
            ++n;
            space = false;
        }
        utf8::append(out, cp);
        ++n;
    }
    return out;
}

}  // namespace soat::checks
