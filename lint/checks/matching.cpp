#include "checks/matching.hpp"

#include <soat/utf8.hpp>

#include <fmt/format.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>

namespace soat::checks {

namespace {

std::string map_text(std::string_view text, int options) {
    utf8proc_uint8_t* out = nullptr;
    const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                static_cast<utf8proc_ssize_t>(text.size()), &out,
                                static_cast<utf8proc_option_t>(options));
    std::string result = n >= 0 ? std::string(reinterpret_cast<char*>(out), static_cast<std::size_t>(n)) : std::string(text);
    std::free(out);
    return result;
}

// The code point ending just before byte `i`.
char32_t previous(std::string_view s, std::size_t i) {
    std::size_t b = i;
    while (b > 0 && utf8::is_continuation(s[b - 1])) --b;
    if (b > 0) --b;
    return utf8::next(s, b);
}

char32_t at(std::string_view s, std::size_t i) { return utf8::next(s, i); }

}  // namespace

bool is_word_char(char32_t cp) {
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
        case UTF8PROC_CATEGORY_LU:
        case UTF8PROC_CATEGORY_LL:
        case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO:
        case UTF8PROC_CATEGORY_MN:
        case UTF8PROC_CATEGORY_MC:
        case UTF8PROC_CATEGORY_ME:
        case UTF8PROC_CATEGORY_ND: return true;
        default: return false;
    }
}

std::string nfc(std::string_view text) { return map_text(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE); }

std::string casefold(std::string_view text) {
    return map_text(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
}

std::string match_case(std::string_view found, const std::string& replacement) {
    int upper = 0, lower = 0;
    bool first_upper = false, seen = false;
    for (std::size_t i = 0; i < found.size();) {
        const char32_t cp = utf8::next(found, i);
        const bool u = utf8proc_isupper(static_cast<utf8proc_int32_t>(cp));
        const bool l = utf8proc_islower(static_cast<utf8proc_int32_t>(cp));
        if (!seen && (u || l)) {
            first_upper = u;
            seen = true;
        }
        upper += u;
        lower += l;
    }
    std::string out;
    bool first = true;
    for (std::size_t i = 0; i < replacement.size();) {
        char32_t cp = utf8::next(replacement, i);
        const bool letter = utf8proc_isupper(static_cast<utf8proc_int32_t>(cp)) || utf8proc_islower(static_cast<utf8proc_int32_t>(cp));
        if ((upper >= 2 && lower == 0) || (first && letter && first_upper)) {
            cp = static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(cp)));
        }
        if (letter) first = false;
        utf8::append(out, cp);
    }
    return out;
}

bool within_one_run(const model::Paragraph& paragraph, std::uint32_t begin, std::uint32_t end) {
    const model::Span* first = nullptr;
    for (const model::Span& s : paragraph.spans) {
        if (s.begin + s.length <= begin || s.begin >= end) continue;
        if (s.kind != model::Span::Kind::Text || s.run < 0 || s.inserted) return false;
        if (first == nullptr) {
            first = &s;
        } else if (s.run != first->run || s.props != first->props ||
                   s.offset != first->offset + (s.begin - first->begin)) {
            return false;
        }
    }
    return first != nullptr;
}

Result<std::shared_ptr<const Matcher>> Matcher::compile(const std::string& pattern, bool case_sensitive,
                                                        bool boundary) {
    RE2::Options options(RE2::Quiet);
    options.set_encoding(RE2::Options::EncodingUTF8);
    options.set_case_sensitive(case_sensitive);
    auto m = std::make_shared<Matcher>();
    m->re_ = std::make_unique<RE2>(nfc(pattern), options);
    if (!m->re_->ok()) return Error{"E203", fmt::format("bad pattern '{}': {}", pattern, m->re_->error())};
    m->boundary_ = boundary;
    options.set_longest_match(true);
    m->longest_ = std::make_unique<RE2>(nfc(pattern), options);
    const auto& names = m->re_->NamedCapturingGroups();
    if (auto it = names.find("at"); it != names.end()) m->at_group_ = it->second;
    return std::shared_ptr<const Matcher>(std::move(m));
}

Result<std::shared_ptr<const Matcher>> Matcher::words(const std::vector<std::string>& words, bool case_sensitive,
                                                      bool boundary) {
    if (words.empty()) return Error{"E203", "an empty word list"};
    std::vector<std::string> sorted;
    for (const auto& w : words) sorted.push_back(nfc(w));
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    std::string pattern = "(?:";
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        if (i) pattern += '|';
        pattern += RE2::QuoteMeta(sorted[i]);
    }
    pattern += ')';
    return compile(pattern, case_sensitive, boundary);
}

namespace {

bool splits_start(std::string_view text, std::size_t b) {
    return b > 0 && b < text.size() && is_word_char(at(text, b)) && is_word_char(previous(text, b));
}

bool splits_end(std::string_view text, std::size_t e) {
    return e > 0 && e < text.size() && is_word_char(previous(text, e)) && is_word_char(at(text, e));
}

}  // namespace

std::size_t Matcher::end_at_boundary(std::string_view text, std::size_t b, std::size_t e,
                                     std::vector<re2::StringPiece>& groups) const {
    const re2::StringPiece input(text.data(), text.size());
    const int n = static_cast<int>(groups.size());
    if (!splits_end(text, e)) return e;
    if (longest_->Match(input, b, text.size(), RE2::ANCHOR_START, groups.data(), n)) {
        const std::size_t longest_end = b + groups[0].size();
        if (!splits_end(text, longest_end) && longest_end > b) return longest_end;
        for (std::size_t end = longest_end; end > b + 1;) {
            --end;
            while (end > b && utf8::is_continuation(text[end])) --end;
            if (end <= b || splits_end(text, end)) continue;
            if (re_->Match(input, b, end, RE2::ANCHOR_BOTH, groups.data(), n)) return end;
        }
    }
    return std::string_view::npos;
}

std::vector<Match> Matcher::find_all(std::string_view text) const {
    std::vector<Match> out;
    const int n = re_->NumberOfCapturingGroups() + 1;
    std::vector<re2::StringPiece> groups(static_cast<std::size_t>(n));
    const re2::StringPiece input(text.data(), text.size());
    std::size_t pos = 0;
    auto next_code_point = [&](std::size_t b) {
        pos = b + 1;
        while (pos < text.size() && utf8::is_continuation(text[pos])) ++pos;
    };
    while (pos <= text.size() && re_->Match(input, pos, text.size(), RE2::UNANCHORED, groups.data(), n)) {
        const std::size_t b = static_cast<std::size_t>(groups[0].data() - text.data());
        std::size_t e = b + groups[0].size();
        if (e == b || (boundary_ && splits_start(text, b))) {  // empty matches flag nothing
            next_code_point(b);
            continue;
        }
        // A match splitting a word at its end: a longer or shorter match at b may end cleanly.
        if (boundary_ && (e = end_at_boundary(text, b, e, groups)) == std::string_view::npos) {
            next_code_point(b);
            continue;
        }
        Match m;
        m.text = std::string(text.substr(b, e - b));
        std::size_t fb = b, fe = e;
        if (at_group_ > 0 && groups[static_cast<std::size_t>(at_group_)].data() != nullptr) {
            fb = static_cast<std::size_t>(groups[static_cast<std::size_t>(at_group_)].data() - text.data());
            fe = fb + groups[static_cast<std::size_t>(at_group_)].size();
        }
        m.begin = utf8::cp_offset(text, fb);
        m.end = utf8::cp_offset(text, fe);
        for (const auto& [name, index] : re_->NamedCapturingGroups()) {
            if (groups[static_cast<std::size_t>(index)].data() != nullptr) {
                m.groups[name] = std::string(groups[static_cast<std::size_t>(index)]);
            }
        }
        out.push_back(std::move(m));
        pos = e;
    }
    return out;
}

std::optional<Error> unknown_params(const engine::RuleSpec& spec, std::initializer_list<const char*> known) {
    if (!spec.params.IsMap()) return param_error(spec, spec.params, "params must be a mapping");
    for (const auto& kv : spec.params) {
        const std::string key = kv.first.Scalar();
        if (std::none_of(known.begin(), known.end(), [&](const char* k) { return key == k; })) {
            std::string list;
            for (const char* k : known) list += std::string(list.empty() ? "" : ", ") + k;
            return param_error(spec, kv.first, fmt::format("unknown parameter '{}' for kind {} (known: {})", key, spec.kind, list));
        }
    }
    return std::nullopt;
}

std::optional<Error> unknown_message(const engine::RuleSpec& spec, const std::string& key) {
    if (spec.messages.count(key)) return std::nullopt;
    return param_error(spec, spec.params, fmt::format("message '{}' is not defined under messages", key));
}

std::vector<std::string> string_list(const engine::Params& node) {
    std::vector<std::string> out;
    if (!node) return out;
    if (node.IsScalar()) {
        out.push_back(node.as<std::string>());
        return out;
    }
    for (const auto& item : node) out.push_back(item.as<std::string>());
    return out;
}

bool flag(const engine::Params& params, const char* name, bool fallback) {
    return params[name] ? params[name].as<bool>() : fallback;
}

Error param_error(const engine::RuleSpec& spec, const engine::Params& node, const std::string& what) {
    (void)spec;
    if (node.IsDefined() && node.Mark().line >= 0) return {"E203", fmt::format("line {}: {}", node.Mark().line + 1, what)};
    return {"E203", what};
}

}  // namespace soat::checks
