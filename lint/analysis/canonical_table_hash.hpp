// The hash of the build-time table of canonical() (lint/tools/gen_canonical.cpp): FNV-1a over
// the word's bytes. The generator places each word with it and syllable.cpp looks words up with
// it, so both must use this one function.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace soat::analysis {

inline std::uint64_t canonical_table_hash(std::string_view word) {
    std::uint64_t h = 1469598103934665603ull;
    for (const char c : word) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    return h;
}

// canonical() (syllable.hpp) answers the words of the rule packs from the table and computes any
// other word with computed_canonical(); the table's words, for the test.
std::string computed_canonical(std::string_view word);
std::vector<std::string_view> canonical_table_words();

}  // namespace soat::analysis
