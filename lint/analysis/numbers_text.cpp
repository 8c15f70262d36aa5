#include "analysis/numbers_text.hpp"

#include <string_view>

namespace soat::analysis {

namespace {

constexpr std::string_view kOther = "ỉ";  // U+1EC9
constexpr std::string_view kUsual = "ỷ";  // U+1EF7, the same three bytes long

bool letter_byte(unsigned char c) { return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The syllable "tỉ"/"Tỉ" standing alone (not "tỉnh"): its byte offsets in t.
template <typename F>
void each_ti(std::string_view t, F&& f) {
    for (std::size_t at = t.find(kOther); at != std::string_view::npos; at = t.find(kOther, at + kOther.size())) {
        if (at == 0 || (t[at - 1] != 't' && t[at - 1] != 'T')) continue;
        if (at >= 2 && letter_byte(static_cast<unsigned char>(t[at - 2]))) continue;
        const std::size_t end = at + kOther.size();
        if (end < t.size() && letter_byte(static_cast<unsigned char>(t[end]))) continue;
        f(at);
    }
}

}  // namespace

NumbersText::NumbersText(const Analysis& analysis) : original_(analysis.document()) {
    bool any = false;
    for (const auto& p : original_.paragraphs) {
        each_ti(p.text, [&](std::size_t) { any = true; });
        if (any) break;
    }
    if (!any) return;
    auto copy = std::make_shared<model::Document>(original_);
    for (auto& p : copy->paragraphs) {
        std::string& t = p.text;
        each_ti(t, [&](std::size_t at) { t.replace(at, kUsual.size(), kUsual); });
    }
    copy_ = std::move(copy);
}

}  // namespace soat::analysis
