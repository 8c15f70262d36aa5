// Arithmetic claims read from sentences, parentheses, footnotes and items one a line: totals and their parts,
// counts of listed items, changes with their percentage, growth of a total and of its parts,
// attainment of a plan stated elsewhere, and shares of one whole. Quantities are indices into
// Quantities::all().
#pragma once

#include "analysis/quantities.hpp"

#include <soat/analysis.hpp>

#include <optional>
#include <string>
#include <vector>

namespace soat::analysis {

struct SumClaim {
    enum class Kind {
        Exhaustive,  // "(a X, b Y)", "gồm:", "bao gồm:", "trong đó:" — Σ parts = total
        Partial,     // "như:", a list ending in "..." — Σ parts ≤ total
        Subsets,     // "trong đó" without a colon — subsets may overlap: each part ≤ total
    };
    std::size_t total = 0;
    std::vector<std::size_t> parts;
    Kind kind = Kind::Exhaustive;
    bool plan = false;  // the total is a plan (kế hoạch, dự toán): its parts are plans too
    // A parenthesis with no "gồm" after the total: a breakdown only when its parts come near the
    // total; far below it, it names some of the whole ("1.593 đơn vị (thành lập mới 91 …)").
    bool bare = false;
    // The parts of a composition count other things than the total ("973 cơ sở lưu trú, bao gồm
    // 141 khách sạn, 251 nhà nghỉ và 522 cơ sở homestay"): a breakdown only when their sum comes
    // within half of the total either way; far off, they count something else ("25 đoàn khách,
    // gồm 800 khách quốc tế và 1.200 khách nội địa").
    bool near_only = false;
    // A part printed without the scale word its siblings carry ("5,01m³" beside "5,38 triệu
    // m³") whose scaled reading makes the sum meet: a unit slip, not a sum error.
    std::optional<std::size_t> missing_scale;
    // Items of the list counting another noun ("…, 94 di tích khảo cổ và 153 danh lam thắng
    // cảnh"): they may be parts too, so a sum that meets the total with them is no mismatch.
    std::vector<std::size_t> maybe_parts;
    // Parts written without their noun after "trong đó" ("đã giải quyết 15.640 hồ sơ, trong đó
    // đúng hẹn 15.120, trễ hẹn 510"): kept only when their labels split the whole.
    bool elliptic = false;
    // Parts counting kinds of the whole's things named by their own head nouns ("N thiết chế,
    // trong đó a nhà văn hóa, b sân thể thao"): reported only near the total (a slip), since a
    // count of other things far past it names what the whole holds.
    bool kinds = false;
    // Items with no figure that name one member by its title or name ("23 người, gồm: Chủ tịch, 3
    // Phó Chủ tịch và 19 Ủy viên"): one each.
    int named_members = 0;
};

struct CountClaim {
    std::size_t count = 0;       // the stated count (a Fraction's numerator for "6/10 huyện")
    int items = 0;               // items listed
    bool partial = false;        // the list ends in "..."
    int joined = 0;              // items holding "và", each of which may be two ("a; b và c")
    std::vector<int> other_counts;  // earlier counts of the clause ("14 xã hoàn thành 19/19 tiêu chí:"): the list may be theirs
    std::size_t list_begin = 0;  // bytes of the list in the count's paragraph
    std::size_t list_end = 0;
};

struct ChangeClaim {
    std::size_t value = 0;    // the current value V
    std::size_t delta = 0;    // N in "tăng/giảm N"
    std::size_t percent = 0;  // X in "(-X%)" / ", tăng X%"
    bool decrease = false;
    bool index = false;       // ", bằng X%": X may be V against its base (an index), not the change
};

struct GrowthClaim {
    std::size_t sum = 0;                  // index into sums()
    std::size_t total_growth = 0;         // "%" quantity after the total
    std::vector<std::size_t> part_growth; // one per part of the sum, same order
    // −1 for a fall ("giảm X%"), +1 for a rise; the total's, then one per part.
    int total_sign = 1;
    std::vector<int> part_sign;
    // "giảm 1,4% so với tháng trước và tăng 5,7% so với cùng kỳ": the total's rate against the
    // period before, when the parts' rates may be either comparison; npos when none.
    std::size_t other_total_growth = static_cast<std::size_t>(-1);
    int other_total_sign = 1;
};

struct Attainment {
    std::size_t achieved = 0;  // A
    std::size_t percent = 0;   // X in "bằng X% kế hoạch"
    std::size_t plan = 0;      // P, a part of a plan stated elsewhere
    bool exceed = false;       // "vượt X% kế hoạch": X = A/P − 1
};

struct ShareGroup {
    std::vector<std::size_t> shares;
    // The change written after each share ("chiếm 45,1%, tăng 0,9%"): quantity and sign.
    std::vector<std::optional<std::pair<std::size_t, int>>> changes;
    bool structure = false;  // the paragraph speaks of a structure (cơ cấu): changes are points
    // The share of "còn lại" (the rest), which makes the list the whole; with "đều" ("các huyện
    // còn lại đều dưới 1%") it bounds each remaining part, so the rest has no upper bound.
    std::optional<std::size_t> remainder;  // index into shares
    bool remainder_each = false;
};

class Claims {
public:
    explicit Claims(const Analysis& analysis);

    [[nodiscard]] const std::vector<SumClaim>& sums() const { return sums_; }
    [[nodiscard]] const std::vector<CountClaim>& counts() const { return counts_; }
    [[nodiscard]] const std::vector<ChangeClaim>& changes() const { return changes_; }
    [[nodiscard]] const std::vector<GrowthClaim>& growths() const { return growths_; }
    [[nodiscard]] const std::vector<Attainment>& attainments() const { return attainments_; }
    [[nodiscard]] const std::vector<ShareGroup>& shares() const { return shares_; }

private:
    std::vector<SumClaim> sums_;
    std::vector<CountClaim> counts_;
    std::vector<ChangeClaim> changes_;
    std::vector<GrowthClaim> growths_;
    std::vector<Attainment> attainments_;
    std::vector<ShareGroup> shares_;
};

}  // namespace soat::analysis
