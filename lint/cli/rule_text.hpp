// Rule metadata as text, shared by `soat rules` and `soat explain`.
#pragma once

#include <soat/check.hpp>

#include <string>

namespace soat::cli {

// The message in `lang`, falling back to the other language.
inline std::string pick(const engine::Message& m, Lang lang) {
    const std::string& first = lang == Lang::En ? m.en : m.vi;
    return first.empty() ? (lang == Lang::En ? m.vi : m.en) : first;
}

inline std::string severity_word(Severity s) {
    return s == Severity::Error ? "error" : s == Severity::Warning ? "warning" : "info";
}

// "warning" when both profiles agree, else "info/error" (draft/final).
inline std::string severities(const engine::RuleSpec& s) {
    return s.draft == s.final ? severity_word(s.draft) : severity_word(s.draft) + "/" + severity_word(s.final);
}

}  // namespace soat::cli
