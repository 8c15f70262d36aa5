// UTF-8 helpers shared by readers, rules and reporters. Offsets in the model are code points.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace soat::utf8 {

inline bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

inline std::uint32_t length(std::string_view s) {
    std::uint32_t n = 0;
    for (char c : s) n += !is_continuation(c);
    return n;
}

// Byte offset of code point `cp` (s.size() when past the end).
inline std::size_t byte_offset(std::string_view s, std::uint32_t cp) {
    std::uint32_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!is_continuation(s[i])) {
            if (n == cp) return i;
            ++n;
        }
    }
    return s.size();
}

// Code point offset of byte `byte` (which should start a code point).
inline std::uint32_t cp_offset(std::string_view s, std::size_t byte) {
    return length(s.substr(0, byte < s.size() ? byte : s.size()));
}

// Decodes the code point at s[i] (assumed valid UTF-8) and advances i.
inline char32_t next(std::string_view s, std::size_t& i) {
    const auto c = static_cast<unsigned char>(s[i++]);
    if (c < 0x80) return c;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    char32_t cp = c & (0x3F >> extra);
    while (extra-- > 0 && i < s.size()) cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
    return cp;
}

// The UTF-8 bytes of `cp` written to out[0..3]; their number.
inline std::size_t encode(char32_t cp, char* out) {
    if (cp < 0x80) {
        out[0] = static_cast<char>(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (cp >> 12));
        out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (cp >> 18));
    out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}

inline void append(std::string& out, char32_t cp) {
    char bytes[4];
    out.append(bytes, encode(cp, bytes));
}

// The substring of code points [begin, end).
inline std::string_view slice(std::string_view s, std::uint32_t begin, std::uint32_t end) {
    const std::size_t b = byte_offset(s, begin);
    const std::size_t e = byte_offset(s, end);
    return s.substr(b, e > b ? e - b : 0);
}

}  // namespace soat::utf8
