// The key of the word model: a 64-bit hash of the syllables "a b" (canonical() syllables), never 0.
// Shared by the build-time generator (lint/tools/gen_vi_words.cpp) and the lookups. Each
// syllable is hashed on its own (syllable_hash) and the pair's key mixes the two: a caller with
// a fixed syllable hashes it once (After), and a syllable costs a few instructions, not five a
// byte as the FNV-1a over "a b" of sessions 5 to 12 (315 M instructions on large.docx).
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace soat::analysis::vi_words {

namespace detail {

constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ULL;
constexpr std::uint64_t kPair = 0xD6E8FEB86659FD93ULL;

inline std::uint64_t load64(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
}
inline std::uint64_t load32(const char* p) {
    std::uint32_t w;
    std::memcpy(&w, p, 4);
    return w;
}

// splitmix64's finaliser: every bit of x moves every bit of the result.
inline std::uint64_t finish(std::uint64_t x) {
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBULL;
    x ^= x >> 31;
    return x;
}

}  // namespace detail

// A syllable's bytes, eight at a time; the last ones read as overlapping loads (which bytes
// they repeat is fixed by the length, mixed in first), so no byte is read one by one.
inline std::uint64_t syllable_hash(std::string_view s) {
    using namespace detail;
    const char* p = s.data();
    const std::size_t n = s.size();
    std::uint64_t h = kMul ^ (n * kPair);
    auto mix = [&](std::uint64_t w) {
        h = (h ^ w) * kMul;
        h ^= h >> 29;
    };
    if (n >= 8) {
        std::size_t i = 0;
        for (; i + 8 <= n; i += 8) mix(load64(p + i));
        if (i < n) mix(load64(p + n - 8));
    } else if (n >= 4) {
        mix(load32(p) | (load32(p + n - 4) << 32));
    } else if (n > 0) {
        mix(static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) |
            static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8 |
            static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16);
    }
    return h;
}

// The key of "a b" in two steps: a's part (made once for a fixed first syllable), then b.
// pair_hash_after(pair_prefix(a), b) == pair_hash(a, b).
inline std::uint64_t pair_prefix(std::string_view a) { return syllable_hash(a); }
inline std::uint64_t pair_hash_after(std::uint64_t prefix, std::string_view b) {
    return detail::finish(prefix * detail::kPair + syllable_hash(b)) | 1;
}
inline std::uint64_t pair_hash(std::string_view a, std::string_view b) { return pair_hash_after(pair_prefix(a), b); }
// The same for a fixed second syllable: pair_hash_before(a, pair_suffix(b)) == pair_hash(a, b).
inline std::uint64_t pair_suffix(std::string_view b) { return syllable_hash(b); }
inline std::uint64_t pair_hash_before(std::string_view a, std::uint64_t suffix) {
    return detail::finish(syllable_hash(a) * detail::kPair + suffix) | 1;
}

// The key of three syllables in a row, "a b c" (counts of administrative text); "*" for a or c
// keys the commonest syllable after "a b" or before "b c" (no syllable is "*").
inline std::uint64_t triple_hash(std::string_view a, std::string_view b, std::string_view c) {
    using namespace detail;
    const std::uint64_t ab = finish(syllable_hash(a) * kPair + syllable_hash(b)) ^ 0x2545F4914F6CDD1DULL;
    return finish(ab * kPair + syllable_hash(c)) | 1;
}

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
