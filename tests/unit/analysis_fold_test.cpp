// fold() maps a text code point by code point with a table of the Latin and Vietnamese letters;
// it must give what folding the whole text with utf8proc_map gives.
#include "analysis/anatomy.hpp"

#include <soat/utf8.hpp>

#include <catch2/catch.hpp>
#include <utf8proc.h>

#include <cstdlib>
#include <string>

namespace {

// The definition of fold(): utf8proc_map over the whole text, then fold_stripped().
std::string fold_by_utf8proc(const std::string& text) {
    utf8proc_uint8_t* out = nullptr;
    const auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                                        UTF8PROC_CASEFOLD);
    const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                static_cast<utf8proc_ssize_t>(text.size()), &out, options);
    const std::string folded = n >= 0 ? std::string(reinterpret_cast<char*>(out), static_cast<std::size_t>(n)) : text;
    std::free(out);
    return soat::analysis::fold_stripped(folded);
}

}  // namespace

TEST_CASE("fold: every code point below U+3000 and mixed texts fold as utf8proc_map folds them", "[analysis][fold]") {
    for (char32_t cp = 1; cp < 0x3000; ++cp) {
        if (cp >= 0xD800 && cp < 0xE000) continue;  // surrogates are not UTF-8
        std::string text = "a ";
        soat::utf8::append(text, cp);
        text += "\xCC\x81 B";  // a combining acute after it
        INFO("U+" << std::hex << static_cast<unsigned>(cp));
        REQUIRE(soat::analysis::fold(text) == fold_by_utf8proc(text));
    }
    for (const std::string text : {"Nơi nhận:", "  CỘNG HÒA XÃ HỘI\tCHỦ NGHĨA  VIỆT NAM ", "Độc lập - Tự do - Hạnh phúc",
                                   "Đ\xC6\xA1n vị", "ﬁ ǅ Ǆ ẞ ß İ", "bad \xC3 utf8", "\xE1\xBA", ""}) {
        INFO(text);
        CHECK(soat::analysis::fold(text) == fold_by_utf8proc(text));
    }
    CHECK(soat::analysis::fold("Nơi nhận:") == "noi nhan:");
}
