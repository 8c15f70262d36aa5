// The key of the word model: a 64-bit FNV-1a hash of "a b" (canonical() syllables), never 0.
// Shared by the build-time generator (lint/tools/gen_vi_words.cpp) and the lookups.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace soat::analysis::vi_words {

// FNV-1a over syllables joined by spaces.
inline std::uint64_t words_hash(std::initializer_list<std::string_view> words) {
    std::uint64_t h = 1469598103934665603ULL;
    auto mix = [&](unsigned char c) {
        h ^= c;
        h *= 1099511628211ULL;
    };
    bool first = true;
    for (std::string_view w : words) {
        if (!first) mix(' ');
        first = false;
        for (unsigned char c : w) mix(c);
    }
    return h | 1;
}

inline std::uint64_t pair_hash(std::string_view a, std::string_view b) { return words_hash({a, b}); }

// words_hash() of "a b" in two steps: the state after "a " (made once for a fixed first syllable),
// then b. pair_hash_after(pair_prefix(a), b) == pair_hash(a, b).
inline std::uint64_t pair_prefix(std::string_view a) {
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : a) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    h ^= static_cast<unsigned char>(' ');
    h *= 1099511628211ULL;
    return h;
}
inline std::uint64_t pair_hash_after(std::uint64_t prefix, std::string_view b) {
    std::uint64_t h = prefix;
    for (unsigned char c : b) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h | 1;
}

// The key of three syllables in a row, "a b c" (counts of administrative text); "*" for a or c
// keys the commonest syllable after "a b" or before "b c" (no syllable is "*").
inline std::uint64_t triple_hash(std::string_view a, std::string_view b, std::string_view c) { return words_hash({a, b, c}); }

// Parses the lines "a b<TAB>number" of vi_words.inc and vi_admin.inc (b may be empty there, or
// hold two syllables "b c" for three in a row); f(a, b, number) for each well-formed line.
template <class F>
void parse_lines(std::string_view data, F&& f) {
    std::size_t at = 0;
    while (at < data.size()) {
        std::size_t end = data.find('\n', at);
        if (end == std::string_view::npos) end = data.size();
        const std::string_view line = data.substr(at, end - at);
        at = end + 1;
        const std::size_t space = line.find(' ');
        const std::size_t tab = line.find('\t');
        if (space == std::string_view::npos || tab == std::string_view::npos || tab < space) continue;
        int score = 0;
        for (char c : line.substr(tab + 1)) score = score * 10 + (c - '0');
        f(line.substr(0, space), line.substr(space + 1, tab - space - 1), score);
    }
}

}  // namespace soat::analysis::vi_words
