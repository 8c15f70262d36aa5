// libFuzzer target: the text and Markdown readers over arbitrary bytes (UTF-8 checks, NFD and
// TCVN3 detection, Markdown structure), chosen by the first byte.
#include <soat/reader.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const bool markdown = data[0] & 1;
    const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
    (void)soat::read_text(bytes, markdown ? "fuzz.md" : "fuzz.txt",
                          markdown ? soat::model::Format::Markdown : soat::model::Format::Text);
    (void)soat::read_document_bytes(bytes, markdown ? "fuzz.md" : "fuzz.txt");
    return 0;
}
