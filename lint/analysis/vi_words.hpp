// The word-level model of the spell check: which pairs of adjacent Vietnamese syllables are
// words or parts of words, and how often a pair stands in running text. Built by
// scripts/build_vi_words.py from an MIT-licensed dictionary (see vi_words.inc and
// docs/spelling.md); turned into a sorted lookup table at build time (lint/tools/gen_vi_words.cpp),
// so nothing is parsed or built when a process starts.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>

namespace soat::analysis::vi_words {

// Score of a pair of canonical() syllables: 16 * tier + bucket, 0 when the pair is unknown.
// tier 4..1: inside a word of a small (common) .. large (rare) word list, 0: inside none;
// bucket: ceil(log2(1 + n)) of the pair's count n in the dictionary's running text.
std::uint8_t pair_score(std::string_view a, std::string_view b);
inline int tier(std::uint8_t score) { return score >> 4; }
inline int bucket(std::uint8_t score) { return score & 15; }

// How often the pair a b (canonical() syllables) stands in administrative text, or the syllable a
// alone when b is empty: counts from the training half of the real documents (vi_admin.inc,
// scripts/build_vi_admin.py), capped at 255; 0 when unseen.
int admin_count(std::string_view a, std::string_view b);

// How often the three canonical() syllables a b c stand in a row in administrative text (kept when
// seen 3 times or more; 0 otherwise): the words of three syllables of the drafts (`đủ điều kiện`).
int triple_count(std::string_view a, std::string_view b, std::string_view c);
// The count of the commonest syllable after the pair a b (three in a row, 3 times or more), and of
// the commonest one before b c: a pair seen mostly so is part of a longer word (`người sử` of
// `người sử dụng`).
int commonest_after(std::string_view a, std::string_view b);
int commonest_before(std::string_view b, std::string_view c);

// A canonical() syllable the word list knows: the best score of a pair it stands in (0 when only
// in pairs of no word, e.g. of running text); -1 when the word list never has it.
int syllable(std::string_view a);

// Both at once (one search).
struct Entry {
    std::uint8_t score = 0;
    int admin = 0;
};
Entry lookup(std::string_view a, std::string_view b);

// lookup() and pair_score() of pairs with one first syllable a (a variant after a fixed
// neighbour): a's part of the hash is made once.
class After {
public:
    explicit After(std::string_view a);
    [[nodiscard]] Entry lookup(std::string_view b) const;
    [[nodiscard]] std::uint8_t pair_score(std::string_view b) const;

private:
    std::uint64_t prefix_;
};

// lookup() and pair_score() of pairs with one second syllable b (variants before a fixed
// neighbour): b's part of the key is made once.
class Before {
public:
    explicit Before(std::string_view b);
    [[nodiscard]] Entry lookup(std::string_view a) const;
    [[nodiscard]] std::uint8_t pair_score(std::string_view a) const;

private:
    std::uint64_t suffix_;
    bool empty_;
};

// Number of pairs in the model (forces loading; for tests and docs).
std::size_t size();

// Every pair as stored (lowercase NFC, not canonical()), with its score: for tests.
void for_each(const std::function<void(std::string_view a, std::string_view b, std::uint8_t score)>& f);

}  // namespace soat::analysis::vi_words
