// Reading the parameters of the structure and hygiene rules (lists and maps of strings).
#pragma once

#include "analysis/anatomy.hpp"

#include <soat/check.hpp>
#include <soat/result.hpp>
#include <soat/utf8.hpp>

#include <yaml-cpp/yaml.h>

#include <map>
#include <string>
#include <vector>

namespace soat::checks {

// `params[key]` as a list of strings; empty when absent.
inline std::vector<std::string> param_list(const engine::Params& params, const char* key) {
    std::vector<std::string> out;
    if (const engine::Params node = params[key]; node && node.IsSequence()) {
        for (const auto& item : node) out.push_back(item.as<std::string>());
    }
    return out;
}

// `params[key]` as a map of string to string; empty when absent.
inline std::map<std::string, std::string> param_map(const engine::Params& params, const char* key) {
    std::map<std::string, std::string> out;
    if (const engine::Params node = params[key]; node && node.IsMap()) {
        for (const auto& kv : node) out[kv.first.as<std::string>()] = kv.second.as<std::string>();
    }
    return out;
}

// Is the font one of these, or a face of one ("Times New Roman Bold")? Compared folded.
inline bool font_allowed(const std::vector<std::string>& fonts, const std::string& font) {
    const std::string f = analysis::fold(font);
    for (const auto& allowed : fonts) {
        const std::string a = analysis::fold(allowed);
        if (f == a || (f.size() > a.size() && f.compare(0, a.size(), a) == 0 && f[a.size()] == ' ')) return true;
    }
    return false;
}

// Does the document type (anatomy's type_name) start with one of these names? Compared folded.
inline bool type_listed(const std::string& type_name, const std::vector<std::string>& names) {
    if (type_name.empty()) return false;
    const std::string t = analysis::fold(type_name);
    for (const auto& name : names) {
        const std::string n = analysis::fold(name);
        if (t.compare(0, n.size(), n) == 0 && (t.size() == n.size() || t[n.size()] == ' ')) return true;
    }
    return false;
}

// A draft covering the whole of one paragraph (for findings about a missing part).
inline engine::Draft paragraph_draft(const model::Document& doc, std::size_t paragraph, const char* key) {
    engine::Draft d;
    d.range = model::Range{paragraph, 0, static_cast<std::uint32_t>(utf8::length(doc.paragraphs[paragraph].text))};
    d.message = key;
    return d;
}

}  // namespace soat::checks
