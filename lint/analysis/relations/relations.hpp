// Candidate arithmetic relations read from the phrasings of reports, one reading per family
// (one file each in this folder): attainment of a plan, a part's share, growth against a prior
// value (percentage, multiple, difference), contributions in percentage points, a change
// between two rates, the count of years in a span, and a rate that cannot pass 100 %.
// Reading only: each relation names the figures it rests on (indices into Quantities::all());
// the checks evaluate the intervals and report. Figures already read by Claims or Ratios are
// left to them, so one percentage is judged once.
#pragma once

#include "analysis/quantities.hpp"

#include <soat/analysis.hpp>

#include <optional>
#include <vector>

namespace soat::analysis {

struct Relation {
    enum class Family {
        Attainment,    // X = A/P·100          terms {A, P}
        Exceed,        // X = A/P·100 − 100    terms {A, P}
        PartShare,     // X = A/T·100          terms {A, T}
        Growth,        // X = ±(C/B − 1)·100   terms {C, B}
        Multiple,      // N = C/B              terms {C, B}
        Ratio,         // X = C/B·100 ("bằng X% so với cùng kỳ")  terms {C, B}
        Difference,    // D = ±(C − B)         terms {C, B}
        Contribution,  // G = Σ contributions  terms: the contributions
        Points,        // D = ±(R2 − R1) in points; terms {R2, R1}
        RateChange,    // "tăng/giảm d%" between two stated rates: relative or points; terms {R2, R1}
        YearSpan,      // N = last − first + 1 years; no terms
        RateBound,     // a rate or share that cannot pass 100 %; no terms
        ChangeByDifference,  // X = D/(C ∓ D)·100 ("C, tăng X% (+D)")   terms {C, D}
        Average,       // M = T/N ("T … cho N dự án, bình quân M/dự án")  terms {T, N}
        TotalGrowth,   // a total's rate between its parts' rates   terms: the parts' rates
        ChangeMultiple,  // N = 1 + X/100 ("tăng X%, gấp N lần")  terms {X}
        Subset,        // A ≤ T ("kiểm tra T cơ sở, phát hiện A cơ sở vi phạm")  terms {A, T}; stated = A
        Remainder,       // X = 100 − x (terms {x}) or X = (T − A)/T·100 (terms {A, T}): the rest's share
        Balance,         // C = A − B ("thu A, chi B, còn C")  terms {A, B}; stated = C
        Classification,  // Σ classes ≤ M ("Trong M chỉ tiêu, có a vượt, b đạt và c không đạt")  terms {a, b, …, M}; stated = the last class
        YearlyMean,      // X = ±((B/A)^(1/n) − 1)·100, n = last_year − first_year  terms {B, A} (by_difference: {C, D}, A = C − D)
        ImpliedWhole,    // A/X = a_j/x_j: shares with their counts imply one whole  terms {A, a_1, x_1, a_2, x_2, …}
        WholePrior,      // C/(1 ± X/100) is a whole count ("62 doanh nghiệp, giảm 32,6%")  terms {C}
    };
    Family family = Family::Attainment;
    std::size_t stated = 0;          // the figure the relation judges
    std::vector<std::size_t> terms;  // the figures it rests on
    bool decrease = false;           // Growth, Difference, Points, RateChange, TotalGrowth: "giảm"
    bool rank = false;               // Difference: of two ranks ("tăng D bậc": D = R1 − R2)
    std::vector<bool> negative;      // Contribution: a term that lowers the total; TotalGrowth: a part that falls
    bool complete = false;           // Contribution: every sector named (taxes too); Classification: two classes, a condition and its negation (Σ = M)
    int first_year = 0, last_year = 0;  // YearSpan, YearlyMean
    bool by_difference = false;         // YearlyMean: the earlier level stated as a difference
    bool by_multiple = false;           // YearlyMean: the ratio stated as a multiple, terms {C, N}
    bool firm = true;                // RateBound: a share ("chiếm"), not a rate read from its name
    bool compared = false;           // Growth: two things compared ("cao hơn X% so với B (C so với D)"), not two periods
    bool group_rates = false;        // TotalGrowth: rates of the two groups splitting a whole, not growths
    // Attainment: the plan is only the nearest figure named as a plan before A (not beside the
    // percentage): a link by proximity, reported only when A/P is within a factor of 3 of the
    // stated figure (a slip), not when it is far off (another plan, or text out of order).
    // PartShare: a share stated with "đạt", which may rate the part within its own group; the
    // same factor of 3.
    bool by_proximity = false;
    // RateChange read from two levels of the sentence only (points.cpp): reported only when d is
    // the change in points and not the relative one (a warning), never as an error.
    bool points_warning_only = false;
    // RateChange of a level not named as a rate, compared by "cao hơn/thấp hơn d%" ("Mức hài lòng
    // đạt R2%, cao hơn d% so với năm trước (R1%)"): reported only when d is neither the change in
    // points nor the relative one; d in points is how such indexes are compared, no slip to warn of.
    bool points_fit = false;
    // Points, RateChange: R against its target T ("đạt R%, vượt D% so với chỉ tiêu (T%)"), not two periods.
    bool target = false;
    // YearSpan: the count may also be an anniversary's, the years between (last − first).
    bool years_between_too = false;
    // PartShare: other figures of A's kind the whole may be ("tiếp nhận T1 hồ sơ và giải quyết T2
    // hồ sơ. Trong đó, …"); the share is reported only when none of them fits either.
    std::vector<std::size_t> other_wholes;
    // PartShare: the whole's own share of a larger whole ("T, chiếm 55% … toàn vùng. Trong đó A,
    // chiếm 30%"): A's share may be of that larger whole, T / 55%.
    std::optional<std::size_t> whole_share;
    // Average: the total's unit in the average's ("Y tấn" over "K tạ/ha": 10).
    double factor = 1;
};

namespace relations {
// A label naming a rate of a population ("tỷ lệ hộ nghèo", "tỷ lệ trẻ em … được tiêm chủng"), which
// cannot pass 100 %; not rates against a plan or a prior period, growth, enrolment or sex ratios.
// Lowercased, with a trailing space.
bool population_rate(const std::string& label);
}  // namespace relations

class Relations {
public:
    explicit Relations(const Analysis& analysis);

    [[nodiscard]] const std::vector<Relation>& all() const { return all_; }

private:
    std::vector<Relation> all_;
};

}  // namespace soat::analysis
