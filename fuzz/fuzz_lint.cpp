// libFuzzer target: the whole check pipeline, every built-in rule, on a text or Markdown
// document made of the input (first byte: format and profile).
#include <soat/engine.hpp>
#include <soat/reader.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto rules = soat::engine::load_rules();
    if (size == 0 || !rules) return 0;
    const bool markdown = data[0] & 1;
    const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
    auto doc = soat::read_text(bytes, markdown ? "fuzz.md" : "fuzz.txt",
                               markdown ? soat::model::Format::Markdown : soat::model::Format::Text);
    if (!doc) return 0;
    soat::config::Config config;
    config.profile = data[0] & 2 ? soat::Profile::Final : soat::Profile::Draft;
    (void)soat::engine::lint(*doc, *rules, config);
    return 0;
}
