// Interval arithmetic for printed figures (reconcile.md §2): a number printed with d decimals
// stands for [v − ½·10^−d, v + ½·10^−d]; relations hold when intervals overlap.
#pragma once

#include <algorithm>
#include <cmath>
#include <limits>

namespace soat::analysis {

struct Interval {
    double lo = 0;
    double hi = 0;

    static Interval point(double v) { return {v, v}; }
    // The values a figure printed as `v` with `decimals` decimals may stand for, times `scale`.
    static Interval printed(double v, int decimals, double scale = 1.0) {
        const double half = 0.5 * std::pow(10.0, -decimals);
        return {(v - half) * scale, (v + half) * scale};
    }
    [[nodiscard]] double mid() const {
        if (std::isinf(hi)) return lo;
        if (std::isinf(lo)) return hi;
        return (lo + hi) / 2;
    }
    [[nodiscard]] bool meets(const Interval& o) const { return lo <= o.hi && o.lo <= hi; }
    [[nodiscard]] bool contains(double v) const { return lo <= v && v <= hi; }
};

inline Interval operator+(const Interval& a, const Interval& b) { return {a.lo + b.lo, a.hi + b.hi}; }
inline Interval operator-(const Interval& a, const Interval& b) { return {a.lo - b.hi, a.hi - b.lo}; }
inline Interval operator*(const Interval& a, double k) {
    return k >= 0 ? Interval{a.lo * k, a.hi * k} : Interval{a.hi * k, a.lo * k};
}
// Ratio of positive intervals; an interval reaching zero in the divisor gives [lo/hi, ∞).
inline Interval operator/(const Interval& a, const Interval& b) {
    const double inf = std::numeric_limits<double>::infinity();
    if (b.lo <= 0) return {b.hi > 0 ? a.lo / b.hi : -inf, inf};
    return {a.lo / b.hi, a.hi / b.lo};
}
inline Interval hull(const Interval& a, const Interval& b) { return {std::min(a.lo, b.lo), std::max(a.hi, b.hi)}; }

}  // namespace soat::analysis
