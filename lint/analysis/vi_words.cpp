// Lookups in the table generated at build time by lint/tools/gen_vi_words.cpp (vi_words_table.inc
// in the build directory): sorted 64-bit hashes of "a b" (canonical syllables) with one score
// byte each, found by binary search inside the bucket of the hash's top bits. Nothing is parsed
// or allocated at start-up; the pages of the table are read only when a lookup touches them.
#include "analysis/vi_words.hpp"

#include "analysis/vi_words_hash.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace soat::analysis::vi_words {

namespace {

#include "vi_words_table.inc"

// The pair list itself, for for_each() (tests and docs only).
constexpr char kRaw[] =
#include "analysis/vi_words.inc"
    ;

}  // namespace

namespace {

// Index of the key h in kKeys, kCount when absent.
std::size_t find_hash(std::uint64_t h) {
    const std::uint64_t bucket = h >> (64 - kBucketBits);
    const std::uint64_t* first = kKeys + kStart[bucket];
    const std::uint64_t* last = kKeys + kStart[bucket + 1];
    const std::uint64_t* it = std::lower_bound(first, last, h);
    return it != last && *it == h ? static_cast<std::size_t>(it - kKeys) : kCount;
}

std::size_t find(std::string_view a, std::string_view b) { return find_hash(pair_hash(a, b)); }

int admin_at(std::uint64_t h) {
    const std::size_t i = find_hash(h);
    return i < kCount ? kAdmin[i] : 0;
}

}  // namespace

int triple_count(std::string_view a, std::string_view b, std::string_view c) { return admin_at(triple_hash(a, b, c)); }
int commonest_after(std::string_view a, std::string_view b) { return admin_at(triple_hash(a, b, "*")); }
int commonest_before(std::string_view b, std::string_view c) { return admin_at(triple_hash("*", b, c)); }

std::uint8_t pair_score(std::string_view a, std::string_view b) {
    if (b.empty()) return 0;
    const std::size_t i = find(a, b);
    return i < kCount ? kScores[i] : 0;
}

int admin_count(std::string_view a, std::string_view b) {
    const std::size_t i = find(a, b);
    return i < kCount ? kAdmin[i] : 0;
}

Entry lookup(std::string_view a, std::string_view b) {
    const std::size_t i = find(a, b);
    if (i == kCount) return {};
    return {b.empty() ? std::uint8_t{0} : kScores[i], kAdmin[i]};
}

After::After(std::string_view a) : prefix_(pair_prefix(a)) {}

Entry After::lookup(std::string_view b) const {
    const std::size_t i = find_hash(pair_hash_after(prefix_, b));
    if (i == kCount) return {};
    return {b.empty() ? std::uint8_t{0} : kScores[i], kAdmin[i]};
}

std::uint8_t After::pair_score(std::string_view b) const {
    if (b.empty()) return 0;
    const std::size_t i = find_hash(pair_hash_after(prefix_, b));
    return i < kCount ? kScores[i] : 0;
}

Before::Before(std::string_view b) : suffix_(pair_suffix(b)), empty_(b.empty()) {}

Entry Before::lookup(std::string_view a) const {
    const std::size_t i = find_hash(pair_hash_before(a, suffix_));
    if (i == kCount) return {};
    return {empty_ ? std::uint8_t{0} : kScores[i], kAdmin[i]};
}

std::uint8_t Before::pair_score(std::string_view a) const {
    if (empty_) return 0;
    const std::size_t i = find_hash(pair_hash_before(a, suffix_));
    return i < kCount ? kScores[i] : 0;
}

int syllable(std::string_view a) {
    const std::size_t i = find(a, "");
    return i < kCount && kScores[i] >= 128 ? kScores[i] - 128 : -1;
}

std::size_t size() {
    std::size_t n = 0;  // pairs of the word list (the table also holds administrative counts and syllables)
    for (std::size_t i = 0; i < kCount; ++i) n += kScores[i] != 0 && kScores[i] < 128;
    return n;
}

void for_each(const std::function<void(std::string_view a, std::string_view b, std::uint8_t score)>& f) {
    parse_lines(std::string_view(kRaw, sizeof(kRaw) - 1), f);
}

}  // namespace soat::analysis::vi_words
