// UTF-8 helpers shared by the text reader and the reporters.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace soat::text {

// Decodes strict UTF-8 (no overlongs, surrogates or values above U+10FFFF); on failure returns
// the byte offset of the first bad sequence.
std::optional<std::size_t> decode_utf8(std::string_view in, std::vector<char32_t>& out);

void append_utf8(std::string& out, char32_t c);

// Code points in a valid UTF-8 string.
std::uint32_t code_points(std::string_view s);

// Byte offset of the code point with index `cp` (clamped to the end).
std::size_t byte_offset(std::string_view s, std::uint32_t cp);

// The code points [begin, end) of `s` as UTF-8.
std::string substr_cp(std::string_view s, std::uint32_t begin, std::uint32_t end);

}  // namespace soat::text
