// Generated arithmetic for the numbers rules: for each relation family, phrasings written the way
// provincial reports phrase figures, filled with random figures. Every case comes as a correct
// twin (the figures reconcile: soat must stay silent) and a wrong twin (one figure is off: soat
// must report it with the family's rule).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <map>
#include <random>
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
enum Set { kWritten = 0, kPageShapes = 1, kFreshShapes = 2, kUnseen = 3, kFinal = 4, kLast = 5, kSeventh = 6, kEighth = 7, kNinth = 8, kTenth = 9, kEleventh = 10, kTwelfth = 11, kThirteenth = 12, kFourteenth = 13 };

// The families of a set, in report order.
const std::vector<std::string>& generated_families(int set = kWritten);

// `per_phrasing` correct/wrong twin pairs for every phrasing of every family, from `seed`;
// `set`: one of Set.
std::vector<GeneratedCase> generate_number_cases(std::uint32_t seed, int per_phrasing, int set = kWritten);

// Vietnamese notation: "." groups thousands, "," marks decimals ("18.525,5").
std::string vn_number(double value, int decimals);

// What the files of the generated sets share (numbers_generator.cpp holds sets 1–12 and these
// helpers, numbers_generator_thirteenth.cpp set 13, numbers_generator_fourteenth.cpp set 14).
namespace generated {

using Vars = std::map<std::string, std::string>;

// `{key}` in `text` replaced by its value.
std::string fill(std::string text, const Vars& vars);

// Splits a template at " || " into paragraphs.
std::vector<std::string> paragraphs_of(const std::string& text);

class Gen {
public:
    explicit Gen(std::uint32_t seed) : rng_(seed) {}
    double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng_); }
    int integer(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
    bool coin() { return integer(0, 1) == 1; }
    // A value rounded to `decimals`.
    double rounded(double v, int decimals) {
        const double s = std::pow(10.0, decimals);
        return std::round(v * s) / s;
    }
    // A wrong value: off by 4–12 % of itself, at least `min_off`, either way but positive.
    double off(double v, double min_off) {
        const double d = std::max(min_off, std::fabs(v) * uniform(0.04, 0.12));
        return (coin() || v - d <= 0) ? v + d : v - d;
    }

private:
    std::mt19937 rng_;
};

struct Family {
    std::string name;
    std::vector<std::string> rules;
    std::vector<std::string> phrasings;
    // Fills the variables of one case; `wrong` perturbs one figure.
    std::function<Vars(Gen&, bool wrong)> figures;
};


// Figures shared by the sets that phrase one relation differently (numbers_generator.cpp).
Vars part_share_figures(Gen& g, bool wrong);
Vars part_share_in_millions(Gen& g, bool wrong);
Vars rate_above_whole(Gen& g, bool wrong);
Vars four_items(Gen& g, bool wrong);
Vars fraction_figures(Gen& g, bool wrong);
Vars subset_figures(Gen& g, bool wrong);
Vars attainment_figures(Gen& g, bool wrong);
Vars attainment_whole_figures(Gen& g, bool wrong);
Vars attainment_exceed_figures(Gen& g, bool wrong);
Vars points_figures(Gen& g, bool wrong);
Vars growth_figures(Gen& g, bool wrong);
Vars contribution_figures(Gen& g, bool wrong);
Vars year_span_figures(Gen& g, bool wrong);
Vars change_figures(Gen& g, bool wrong);

// The thirteenth held-out set (numbers_generator_thirteenth.cpp).
std::vector<Family> thirteenth_families();

// The fourteenth held-out set (numbers_generator_fourteenth.cpp).
std::vector<Family> fourteenth_families();

}  // namespace generated

}  // namespace soat::test
