// Column units of the Language Server Protocol: the model counts code points, the client counts
// the negotiated position encoding (UTF-16 code units unless it offers utf-8 or utf-32).
#pragma once

#include <cstdint>
#include <string_view>

namespace soat::lsp {

enum class Encoding { Utf8, Utf16, Utf32 };

std::string_view encoding_name(Encoding encoding);

// Units of `encoding` taken by the first `cp` code points of a UTF-8 line (past the end: the
// line's units plus one per missing code point).
std::uint32_t to_units(std::string_view line, std::uint32_t cp, Encoding encoding);

// Code points before unit `units` of a UTF-8 line (clamped to the line).
std::uint32_t to_code_points(std::string_view line, std::uint32_t units, Encoding encoding);

}  // namespace soat::lsp
