// libFuzzer target: the `.soat.yml` parser over arbitrary text (no file system access).
#include "engine/config_parse.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)soat::engine::parse_config(text, "fuzz/.soat.yml", "fuzz");
    return 0;
}
