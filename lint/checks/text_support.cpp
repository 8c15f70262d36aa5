#include "checks/text_support.hpp"

#include "analysis/syllable.hpp"

#include <soat/utf8.hpp>

#include <utf8proc.h>

#include <fmt/format.h>

namespace soat::checks {

Error param_error(const engine::RuleSpec& spec, const std::string& what) {
    return {"E203", fmt::format("{}: params: {}", spec.source, what)};
}

Result<std::vector<std::string>> string_list(const engine::RuleSpec& spec, const char* key) {
    std::vector<std::string> out;
    const engine::Params node = spec.params[key];
    if (!node) return out;
    if (!node.IsSequence()) return param_error(spec, fmt::format("'{}' must be a list of strings", key));
    for (const auto& item : node) {
        if (!item.IsScalar()) return param_error(spec, fmt::format("'{}' must be a list of strings", key));
        out.push_back(item.as<std::string>());
    }
    return out;
}

std::vector<std::string> phrase_keys(const std::string& phrase) {
    std::vector<std::string> keys;
    for (const auto& t : analysis::tokenize(phrase)) keys.push_back(t.key);
    return keys;
}

bool matches_at(const std::vector<analysis::Token>& tokens, const std::u32string& text, std::size_t at,
                const std::vector<std::string>& keys) {
    if (keys.empty() || at + keys.size() > tokens.size()) return false;
    for (std::size_t k = 0; k < keys.size(); ++k) {
        const auto& tok = tokens[at + k];
        if (tok.key != keys[k]) return false;
        if (k == 0) continue;
        const auto& prev = tokens[at + k - 1];
        const bool words = prev.kind != analysis::Token::Kind::Punct && tok.kind != analysis::Token::Kind::Punct;
        if (words && !analysis::spaced(text, prev, tok)) return false;
        if (!words && tok.begin != prev.end && !analysis::spaced(text, prev, tok)) return false;
    }
    return true;
}

std::string match_case(const std::string& original, const std::string& replacement) {
    if (original.empty() || replacement.empty()) return replacement;
    std::size_t i = 0, j = 0;
    const char32_t o = utf8::next(original, i);
    const char32_t r = utf8::next(replacement, j);
    const bool upper = utf8proc_toupper(static_cast<utf8proc_int32_t>(o)) == static_cast<utf8proc_int32_t>(o) &&
                       utf8proc_tolower(static_cast<utf8proc_int32_t>(o)) != static_cast<utf8proc_int32_t>(o);
    if (!upper) return replacement;
    std::string out;
    utf8::append(out, static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(r))));
    out += replacement.substr(j);
    return out;
}

}  // namespace soat::checks
