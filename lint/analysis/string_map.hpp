// A hash map keyed by std::string that is searched with a std::string_view, building no key: the
// per-thread memos of the spell check are searched once per word and per variant.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace soat::analysis {

// The keys are words and short phrases: eight bytes at a time, multiplied and folded, inline
// (std::hash's out-of-line Murmur cost ~60 instructions a word, and every word is searched in
// several memos). Lookup only: nothing iterates these maps, so their order does not matter.
//
// Not noexcept on purpose: libstdc++ then stores each node's hash (a hash marked noexcept counts
// as fast and is recomputed for every node a lookup walks past, and a string's equality is tested
// without comparing hashes first: 29 M instructions of the spell check's list lookups on seed 002).
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const {  // NOLINT(performance-noexcept-*)
        constexpr std::uint64_t k = 0x9E3779B97F4A7C15ull;
        std::uint64_t h = s.size() * k;
        std::size_t i = 0;
        for (; i + 8 <= s.size(); i += 8) {
            std::uint64_t w;
            std::memcpy(&w, s.data() + i, 8);
            h = (h ^ w) * k;
            h ^= h >> 32;
        }
        if (const std::size_t rest = s.size() - i; rest > 0) {
            // The last 1 to 7 bytes, in the low bytes of w as a copy into a zeroed word puts them
            // (little-endian), from two overlapping loads: memcpy of a variable length was a call.
            const auto* b = reinterpret_cast<const unsigned char*>(s.data() + i);
            std::uint64_t w = 0;
            if (rest >= 4) {
                std::uint32_t lo = 0, hi = 0;
                std::memcpy(&lo, b, 4);
                std::memcpy(&hi, b + rest - 4, 4);
                w = lo | static_cast<std::uint64_t>(hi) << (8 * (rest - 4));
            } else {
                w = b[0] | static_cast<std::uint64_t>(b[rest / 2]) << (8 * (rest / 2)) | static_cast<std::uint64_t>(b[rest - 1]) << (8 * (rest - 1));
            }
            h = (h ^ w) * k;
            h ^= h >> 32;
        }
        h *= 0xBF58476D1CE4E5B9ull;
        return static_cast<std::size_t>(h ^ (h >> 31));
    }
};

template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

}  // namespace soat::analysis
