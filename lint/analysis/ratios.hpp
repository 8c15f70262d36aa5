// Ratio claims read around figures: a/b with the percentage it makes ("495/617 DN, đạt
// 80,2%"), a listed part's share of its total ("…, trong đó thu nội địa 800 tỷ đồng, chiếm
// 80%"), a current value against its prior ("giảm 27 vụ (178/205)", "tăng 12% so với cùng kỳ
// (cùng kỳ 4.464 tỷ đồng)"), and an N/M count split into its parts ("17/18 chỉ tiêu …; trong
// đó 09 … và 08 …; có 01 … không hoàn thành"). Quantities are indices into Quantities::all().
#pragma once

#include "analysis/quantities.hpp"

#include <soat/analysis.hpp>

#include <optional>
#include <vector>

namespace soat::analysis {

struct FractionPercent {
    std::size_t fraction = 0;  // a/b
    std::size_t percent = 0;   // X: a/b·100
};

struct PartShare {
    std::size_t part = 0;
    std::size_t total = 0;
    std::size_t percent = 0;  // X in "chiếm X%": part/total·100
    // Other figures of the part's kind in the total's sentence ("tiếp nhận T1 hồ sơ và giải quyết
    // T2 hồ sơ. Trong đó, …"): the whole may be any of them; reported only when none fits.
    std::vector<std::size_t> other_wholes;
    // The total's own share of a larger whole ("T, chiếm 55% …. Trong đó A, chiếm 30%"): the
    // part's share may be of that larger whole, T / 55%.
    std::optional<std::size_t> whole_share;
};

struct PriorComparison {
    Interval current, prior;
    std::size_t current_at = 0;  // the quantity printing the current value (the fraction for "a/b")
    std::size_t prior_at = 0;    // the quantity printing the prior value (the same fraction for "a/b")
    std::optional<std::size_t> delta;    // N in "giảm N vụ": |current − prior|
    std::optional<std::size_t> percent;  // X in "giảm X%", "(-X%)": |current/prior − 1|·100
    bool decrease = false;
};

struct Tally {
    std::size_t fraction = 0;          // N/M
    std::vector<std::size_t> parts;    // add to N ("09 … đạt và 08 … vượt")
    std::vector<std::size_t> rest;     // N + rest = M ("01 chỉ tiêu không hoàn thành")
    // M written apart ("N trong số M chỉ tiêu", "N trên tổng số M trường"): `fraction` is N.
    std::optional<std::size_t> whole;
    // "trong đó a …, b …" (no colon, no "và" before the last part) singles out some of N: Σ ≤ N.
    bool some = false;
};

class Ratios {
public:
    explicit Ratios(const Analysis& analysis);

    [[nodiscard]] const std::vector<FractionPercent>& fraction_percents() const { return fraction_percents_; }
    [[nodiscard]] const std::vector<PartShare>& part_shares() const { return part_shares_; }
    [[nodiscard]] const std::vector<PriorComparison>& priors() const { return priors_; }
    [[nodiscard]] const std::vector<Tally>& tallies() const { return tallies_; }

private:
    std::vector<FractionPercent> fraction_percents_;
    std::vector<PartShare> part_shares_;
    std::vector<PriorComparison> priors_;
    std::vector<Tally> tallies_;
};

// The interval of the denominator b of a fraction a/b as printed.
Interval denominator_interval(const Quantity& fraction);

}  // namespace soat::analysis
