// Strict UTF-8 validation for readers (the rest of the UTF-8 helpers are in <soat/utf8.hpp>).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace soat::text {

// Decodes strict UTF-8 (no overlongs, surrogates or values above U+10FFFF); on failure returns
// the byte offset of the first bad sequence.
std::optional<std::size_t> decode_utf8(std::string_view in, std::vector<char32_t>& out);

}  // namespace soat::text
