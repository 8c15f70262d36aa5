// Strict UTF-8 decoding.
#include "text/utf8.hpp"

namespace soat::text {

std::optional<std::size_t> decode_utf8(std::string_view in, std::vector<char32_t>& out) {
    out.reserve(out.size() + in.size());
    const auto* s = reinterpret_cast<const unsigned char*>(in.data());
    const std::size_t n = in.size();
    for (std::size_t i = 0; i < n;) {
        const unsigned char b = s[i];
        if (b < 0x80) {
            out.push_back(b);
            ++i;
            continue;
        }
        int len = 0;
        char32_t c = 0;
        char32_t min = 0;
        if ((b & 0xE0) == 0xC0) { len = 2; c = b & 0x1F; min = 0x80; }
        else if ((b & 0xF0) == 0xE0) { len = 3; c = b & 0x0F; min = 0x800; }
        else if ((b & 0xF8) == 0xF0) { len = 4; c = b & 0x07; min = 0x10000; }
        else return i;
        if (i + static_cast<std::size_t>(len) > n) return i;
        for (int k = 1; k < len; ++k) {
            const unsigned char t = s[i + static_cast<std::size_t>(k)];
            if ((t & 0xC0) != 0x80) return i;
            c = (c << 6) | (t & 0x3F);
        }
        if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return i;
        out.push_back(c);
        i += static_cast<std::size_t>(len);
    }
    return std::nullopt;
}

}  // namespace soat::text
