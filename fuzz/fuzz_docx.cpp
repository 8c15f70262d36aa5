// libFuzzer target: the .docx reader over arbitrary bytes (zip, XML, OOXML parts). It must return a
// Document or a typed error, never crash, hang or leak. Tight limits keep each run quick.
#include <soat/reader.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    soat::ReadLimits limits;
    limits.max_entry_bytes = 8u << 20;
    limits.max_total_bytes = 32u << 20;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    (void)soat::read_document_bytes(bytes, "fuzz.docx", limits);
    return 0;
}
