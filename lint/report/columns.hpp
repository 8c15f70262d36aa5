// Column conversion: findings carry code point offsets; each emitter converts to what its
// consumer counts (SARIF: code points, rdjson and gcc: UTF-8 bytes, LSP: UTF-16 code units).
#pragma once

#include <soat/model.hpp>

#include <cstdint>
#include <string_view>

namespace soat::report {

enum class Unit { CodePoint, Utf8, Utf16 };

// 1-based column in `unit` of the code point with 0-based index `cp` in a UTF-8 line.
int column_in(std::string_view line, std::uint32_t cp, Unit unit);

// Line (1-based) and column (1-based, in `unit`) of a code point offset in a paragraph: for
// DOCX in the `soat extract` line, for text files in the source file. Characters the text
// reader dropped from a source line (Markdown markers, indentation) count as one unit each.
model::Document::Position position_in(const model::Document& document, std::size_t paragraph,
                                      std::uint32_t offset, Unit unit);

}  // namespace soat::report
