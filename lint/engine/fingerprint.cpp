#include "engine/fingerprint.hpp"

#include "analysis/string_map.hpp"

#include <soat/utf8.hpp>

#include <fmt/format.h>
#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <map>
#include <unordered_map>
#include <string_view>

namespace soat::engine {

namespace {

constexpr auto kOptions = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                                          UTF8PROC_CASEFOLD | UTF8PROC_IGNORE | UTF8PROC_LUMP);

std::string map_whole(std::string_view text) {
    utf8proc_uint8_t* out = nullptr;
    const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                static_cast<utf8proc_ssize_t>(text.size()), &out, kOptions);
    std::string folded = n >= 0 ? std::string(reinterpret_cast<char*>(out), static_cast<std::size_t>(n)) : std::string(text);
    std::free(out);
    return folded;
}

// A code point whose mapping does not depend on its neighbours: ASCII, Latin-1 and Latin
// Extended-A/B (below U+0250, where the combining marks begin) and Latin Extended Additional
// (U+1E00-U+1EFF: Vietnamese), general punctuation (U+2000-U+206F). None of them is a
// combining mark or composes with the code point after it, so a text made of them maps as the
// concatenation of its code points' mappings.
bool independent(utf8proc_int32_t cp) {
    return (cp >= 0 && cp < 0x250) || (cp >= 0x1E00 && cp < 0x1F00) || (cp >= 0x2000 && cp < 0x2070);
}

// utf8proc_map() of the text, one code point at a time when every code point is independent()
// (a report's text: utf8proc_map costs ~200 instructions a byte), else of the whole text. Each
// code point's mapping is kept per thread in a table by code point (every independent one is
// below U+2070), a mapping too long for its slot in a map.
std::string map_text(std::string_view text) {
    struct Folded {
        std::uint8_t n;  // bytes + 1; 0: not yet known, 0xFF: longer than b, in `known`
        char b[15];
    };
    constexpr utf8proc_int32_t kTable = 0x2070;
    thread_local std::unique_ptr<Folded[]> table;
    thread_local std::unordered_map<utf8proc_int32_t, std::string> known;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            out += static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + ('a' - 'A') : byte);
            ++i;
            continue;
        }
        utf8proc_int32_t cp = 0;
        const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                        static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
        if (n <= 0 || !independent(cp)) return map_whole(text);
        const std::string_view one = text.substr(i, static_cast<std::size_t>(n));
        i += static_cast<std::size_t>(n);
        if (cp < kTable) {
            if (!table) table = std::make_unique<Folded[]>(kTable);  // (zeroed: nothing known)
            Folded& f = table[static_cast<std::size_t>(cp)];
            if (f.n == 0) {
                const std::string m = map_whole(one);
                if (m.size() < sizeof f.b) {
                    f.n = static_cast<std::uint8_t>(m.size() + 1);
                    std::memcpy(f.b, m.data(), m.size());
                } else {
                    f.n = 0xFF;
                    known.emplace(cp, m);
                }
            }
            if (f.n != 0xFF) {
                out.append(f.b, f.n - 1U);
                continue;
            }
        }
        auto it = known.find(cp);
        if (it == known.end()) it = known.emplace(cp, map_whole(one)).first;
        out += it->second;
    }
    return out;
}

}  // namespace

// (Exposed for the test that compares it with utf8proc_map on every independent code point.)
std::string fingerprint_map_text(std::string_view text) { return map_text(text); }
std::string fingerprint_map_whole(std::string_view text) { return map_whole(text); }

namespace {

// Case-folded, compatibility-composed, whitespace collapsed (in place).
std::string normalise_uncached(std::string_view text) {
    std::string s = map_text(text);
    std::size_t kept = 0;
    bool space = false;
    for (const char c : s) {
        if (c == ' ' || c == '\t' || c == '\n') {
            space = kept > 0;
            continue;
        }
        if (space) s[kept++] = ' ';
        space = false;
        s[kept++] = c;
    }
    s.resize(kept);
    return s;
}

// normalise_uncached(), memoised per thread: the findings of one section share its title, and
// the findings of one sentence its text.
const std::string& normalise(std::string_view text) {
    thread_local analysis::StringMap<std::string> memo;
    if (auto it = memo.find(text); it != memo.end()) return it->second;
    if (memo.size() >= 4096) memo.clear();
    return memo.emplace(std::string(text), normalise_uncached(text)).first->second;
}

// The sentence around [begin, end): from the previous ". " (or start) to the next one (or end).
std::string_view sentence_around(const std::string& text, std::size_t begin, std::size_t end) {
    std::size_t from = begin;
    while (from > 0 && !(from >= 2 && text[from - 2] == '.' && text[from - 1] == ' ')) --from;
    std::size_t to = text.find(". ", end);
    to = to == std::string::npos ? text.size() : to + 1;
    return std::string_view(text).substr(from, to - from);
}

std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ull) {
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

}  // namespace

std::string fingerprint(const model::Document& document, const Finding& finding) {
    // Appended one at a time: each normalise() may clear the memo the previous answer lives in.
    std::string key = finding.rule + '\x1f';
    key += normalise(finding.section);
    key += '\x1f';
    if (finding.range && finding.range->paragraph < document.paragraphs.size()) {
        const std::string& text = document.paragraphs[finding.range->paragraph].text;
        const std::size_t b = utf8::byte_offset(text, finding.range->begin);
        const std::size_t e = finding.range->end < finding.range->begin
                                  ? b
                                  : b + utf8::byte_offset(std::string_view(text).substr(b), finding.range->end - finding.range->begin);
        key += normalise(sentence_around(text, b, e));
        key += '\x1f';
        key += normalise(std::string_view(text).substr(b, e - b));
    } else {
        key += normalise(finding.message);
    }
    return fmt::format("{:016x}", fnv1a(key));
}

void make_unique(std::vector<Finding>& findings) {
    std::map<std::string, int> seen;
    for (Finding& f : findings) {
        const int n = ++seen[f.fingerprint];
        if (n > 1) f.fingerprint = fmt::format("{:016x}", fnv1a(fmt::format("{}#{}", f.fingerprint, n)));
    }
}

}  // namespace soat::engine
