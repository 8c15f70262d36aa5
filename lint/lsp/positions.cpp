#include "lsp/positions.hpp"

#include <soat/utf8.hpp>

namespace soat::lsp {

namespace {

std::uint32_t width(char32_t cp, Encoding encoding) {
    switch (encoding) {
        case Encoding::Utf8: return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        case Encoding::Utf16: return cp < 0x10000 ? 1 : 2;
        case Encoding::Utf32: return 1;
    }
    return 1;
}

}  // namespace

std::string_view encoding_name(Encoding encoding) {
    switch (encoding) {
        case Encoding::Utf8: return "utf-8";
        case Encoding::Utf16: return "utf-16";
        case Encoding::Utf32: return "utf-32";
    }
    return "utf-16";
}

std::uint32_t to_units(std::string_view line, std::uint32_t cp, Encoding encoding) {
    std::uint32_t units = 0;
    std::size_t i = 0;
    for (std::uint32_t n = 0; n < cp; ++n) {
        if (i >= line.size()) return units + (cp - n);
        units += width(utf8::next(line, i), encoding);
    }
    return units;
}

std::uint32_t to_code_points(std::string_view line, std::uint32_t units, Encoding encoding) {
    std::uint32_t used = 0;
    std::uint32_t cp = 0;
    std::size_t i = 0;
    while (i < line.size()) {
        const std::uint32_t w = width(utf8::next(line, i), encoding);
        if (used + w > units) break;
        used += w;
        ++cp;
    }
    return cp;
}

}  // namespace soat::lsp
