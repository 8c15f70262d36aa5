// Generated arithmetic for the numbers rules: for each relation family, phrasings written the way
// provincial reports phrase figures, filled with random figures. Every case comes as a correct
// twin (the figures reconcile: soat must stay silent) and a wrong twin (one figure is off: soat
// must report it with the family's rule).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace soat::test {

struct GeneratedCase {
    std::string family;                   // "attainment", "part-share", …
    int phrasing = 0;                     // index of the phrasing within the family
    std::vector<std::string> paragraphs;  // the document
    bool wrong = false;                   // the wrong twin
    std::vector<std::string> rules;       // rules that may report the wrong twin
};

// The sets of phrasings: the ones written with the readers, and two held-out sets of shapes studied
// in third-party reports (own wording), each written after the previous one was tuned on, measured
// first, then the readings it needed were added (docs/numbers.md has the figures before and after).
enum Set { kWritten = 0, kPageShapes = 1, kFreshShapes = 2, kUnseen = 3, kFinal = 4, kLast = 5, kSeventh = 6, kEighth = 7, kNinth = 8, kTenth = 9, kEleventh = 10, kTwelfth = 11 };

// The families of a set, in report order.
const std::vector<std::string>& generated_families(int set = kWritten);

// `per_phrasing` correct/wrong twin pairs for every phrasing of every family, from `seed`;
// `set`: one of Set.
std::vector<GeneratedCase> generate_number_cases(std::uint32_t seed, int per_phrasing, int set = kWritten);

// Vietnamese notation: "." groups thousands, "," marks decimals ("18.525,5").
std::string vn_number(double value, int decimals);

}  // namespace soat::test
