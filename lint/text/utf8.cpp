// Strict UTF-8 decoding and code point arithmetic.
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

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::uint32_t code_points(std::string_view s) {
    std::uint32_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

std::size_t byte_offset(std::string_view s, std::uint32_t cp) {
    std::size_t i = 0;
    for (; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (cp == 0) return i;
            --cp;
        }
    }
    return s.size();
}

std::string substr_cp(std::string_view s, std::uint32_t begin, std::uint32_t end) {
    if (end < begin) end = begin;
    const std::size_t b = byte_offset(s, begin);
    const std::size_t e = byte_offset(s, end);
    return std::string(s.substr(b, e - b));
}

}  // namespace soat::text
