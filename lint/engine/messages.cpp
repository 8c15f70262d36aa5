#include "engine/messages.hpp"

namespace soat::engine {

std::string render_message(const RuleSpec& spec, const std::string& key,
                           const std::map<std::string, std::string>& args, Lang lang) {
    auto it = spec.messages.find(key);
    if (it == spec.messages.end()) it = spec.messages.find("default");
    if (it == spec.messages.end()) return spec.id;
    const std::string& pattern = lang == Lang::En ? it->second.en : it->second.vi;
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{') {
            const auto close = pattern.find('}', i);
            if (close != std::string::npos) {
                if (auto a = args.find(pattern.substr(i + 1, close - i - 1)); a != args.end()) {
                    out += a->second;
                    i = close;
                    continue;
                }
            }
        }
        out += pattern[i];
    }
    return out;
}

}  // namespace soat::engine
