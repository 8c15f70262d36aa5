// Typing slips that leave a valid syllable (`thục hiện` for `thực hiện`): a pair of adjacent
// syllables that the word model does not know, one of whose syllables, changed the way a
// typist changes it, makes a common word.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace soat::analysis {

// The syllables one slip away from `key` (a canonical() syllable): another tone or none; a mark
// of ă â ê ô ơ ư đ dropped, added or swapped; an initial or final confused (d/gi/r, ch/tr, s/x,
// l/n, c/t, n/ng); a letter dropped or added. Only valid syllables, in canonical() form.
std::vector<std::string> slip_variants(std::string_view key);

struct Slip {
    int side = 0;          // 0: the first syllable is the slip, 1: the second
    std::string right;     // the syllable meant (canonical form)
};

// For adjacent lowercase syllables a b (canonical keys) with neighbours before a and after b
// ("" when none): the slip when "a b" is no word and is rare in text, the changed syllable
// forms no known pair with its other neighbour, and one variant pair is a common word that
// clearly dominates every other candidate.
std::optional<Slip> find_slip(std::string_view before, std::string_view a, std::string_view b, std::string_view after);

}  // namespace soat::analysis
