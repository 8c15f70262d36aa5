#include "checks/table_formulas.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace soat::checks {

namespace {

using analysis::Interval;

bool contains_any(const std::string& s, const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return s.find(w) != std::string::npos; });
}

// The years (1900–2100) a header names.
std::set<int> years_in(const std::string& header) {
    std::set<int> years;
    for (std::size_t i = 0; i + 4 <= header.size(); ++i) {
        if (!std::all_of(header.begin() + static_cast<std::ptrdiff_t>(i), header.begin() + static_cast<std::ptrdiff_t>(i + 4),
                         [](char ch) { return ch >= '0' && ch <= '9'; })) {
            continue;
        }
        const bool alone = (i == 0 || !std::isdigit(static_cast<unsigned char>(header[i - 1]))) &&
                           (i + 4 == header.size() || !std::isdigit(static_cast<unsigned char>(header[i + 4])));
        const int y = std::stoi(header.substr(i, 4));
        if (alone && y >= 1900 && y <= 2100) years.insert(y);
    }
    return years;
}

Interval times(const Interval& a, const Interval& b) {
    const double p[] = {a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi};
    return {*std::min_element(std::begin(p), std::end(p)), *std::max_element(std::begin(p), std::end(p))};
}

// Recursive descent over "(4)/(3)*100", "4-3", "(1)+(2)+(3)" with column references resolved
// through the numbering row; nullopt when a term is missing or the formula does not parse.
class Formula {
public:
    Formula(const Grid& grid, std::size_t row, const std::string& text) : grid_(grid), row_(row), s_(text) {}

    std::optional<Interval> evaluate() {
        auto v = sum();
        if (!v || i_ != s_.size()) return std::nullopt;
        return v;
    }
    [[nodiscard]] bool divides() const { return divides_; }
    [[nodiscard]] bool scaled() const { return scaled_; }

private:
    std::optional<Interval> sum() {
        auto v = product();
        while (v && i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) {
            const char op = s_[i_++];
            auto w = product();
            if (!w) return std::nullopt;
            v = op == '+' ? *v + *w : *v - *w;
        }
        return v;
    }
    std::optional<Interval> product() {
        auto v = factor(false);
        while (v && i_ < s_.size() && (s_[i_] == '/' || s_[i_] == '*' || s_[i_] == 'x' || s_.compare(i_, 2, "\u00d7") == 0)) {
            const bool divide = s_[i_] == '/';
            i_ += s_.compare(i_, 2, "\u00d7") == 0 ? 2 : 1;
            auto w = factor(!divide);
            if (!w) return std::nullopt;
            if (divide) {
                if (w->lo <= 0 && w->hi >= 0) return std::nullopt;
                divides_ = true;
                v = times(*v, Interval{1 / w->hi, 1 / w->lo});
            } else {
                v = times(*v, *w);
            }
        }
        return v;
    }
    // "(3)" is a column; a bare number is a column unless it is a factor such as "100".
    std::optional<Interval> factor(bool after_times) {
        const bool paren = i_ < s_.size() && s_[i_] == '(';
        if (paren) ++i_;
        std::size_t e = i_;
        while (e < s_.size() && std::isdigit(static_cast<unsigned char>(s_[e]))) ++e;
        if (e == i_ || e - i_ > 3) return std::nullopt;
        const int n = std::stoi(s_.substr(i_, e - i_));
        i_ = e;
        if (paren) {
            if (i_ >= s_.size() || s_[i_] != ')') return std::nullopt;
            ++i_;
        }
        if (!paren && (after_times || n >= 100)) {
            scaled_ = scaled_ || n == 100;
            return Interval::point(n);
        }
        const auto at = std::find(grid_.numbering.begin(), grid_.numbering.end(), n);
        if (at == grid_.numbering.end()) return std::nullopt;
        const GridCell& cell = grid_.cells[row_][at - grid_.numbering.begin()];
        if (!cell.number) return std::nullopt;
        return cell.range;
    }

    const Grid& grid_;
    std::size_t row_;
    const std::string& s_;
    std::size_t i_ = 0;
    bool divides_ = false;
    bool scaled_ = false;
};

}  // namespace

std::vector<DerivedMismatch> formula_mismatches(const Grid& grid) {
    std::vector<DerivedMismatch> out;
    for (int c = 0; c < static_cast<int>(grid.formula.size()); ++c) {
        if (grid.formula[c].empty()) continue;
        for (std::size_t r = grid.body; r < grid.cells.size(); ++r) {
            const GridCell& cell = grid.cells[r][c];
            if (!cell.number || !cell.has_paragraph) continue;
            Formula f(grid, r, grid.formula[c]);
            const auto v = f.evaluate();
            if (!v || std::isinf(v->hi) || std::isinf(v->lo)) continue;
            const Interval stated = cell.range;
            // A ratio printed as a percentage, or as a plain ratio.
            const bool as_percent = f.divides() && !f.scaled() && !v->meets(stated);
            const Interval computed = as_percent ? times(*v, Interval::point(100)) : *v;
            if (computed.meets(stated)) continue;
            out.push_back({r, c, (as_percent ? 100 : 1) * v->mid(), grid.formula[c]});
        }
    }
    return out;
}

namespace {

bool percent_header(const std::string& h) {
    return h.find('%') != std::string::npos || h.find("tỷ lệ") != std::string::npos || h.find("tỉ lệ") != std::string::npos;
}

// The absolute column a share column divides: the nearest one to its left for the same year
// ("Cơ cấu 2023" divides "Giá trị 2023", not "Giá trị 2024") with a positive total; -1 when none.
int value_column(const Grid& grid, int c, std::size_t total_row, const std::vector<std::string>& share_words,
                 const std::vector<std::string>& rate_words) {
    const std::string share_header = grid.header(c);
    for (int v = c - 1; v >= 0; --v) {
        if (v == grid.item_column) continue;
        const std::string h = grid.header(v);
        if (contains_any(h, share_words) || contains_any(h, rate_words)) continue;
        const auto a = years_in(share_header), b = years_in(h);
        if (!a.empty() && !b.empty() && a != b) continue;
        const GridCell& total = grid.cells[total_row][v];
        if (total.number) return total.range.lo > 0 ? v : -1;
    }
    return -1;
}

// The rows of a share column that are not their value over the total, and how many are.
struct RowShares {
    std::vector<DerivedMismatch> mismatches;
    int matched = 0;
};

RowShares row_shares(const Grid& grid, int c, int value, std::size_t total_row) {
    RowShares out;
    const GridCell& total = grid.cells[total_row][value];
    for (std::size_t r = grid.body; r < grid.cells.size(); ++r) {
        const GridCell& share = grid.cells[r][c];
        const GridCell& part = grid.cells[r][value];
        if (r == total_row || !share.number || !part.number || !share.has_paragraph) continue;
        const Interval computed = times(part.range / total.range, Interval::point(100));
        if (computed.meets(share.range)) {
            ++out.matched;
        } else {
            out.mismatches.push_back({r, c, part.value() / total.value() * 100, "value/total"});
        }
    }
    return out;
}

}  // namespace

bool share_column(const Grid& grid, int c, std::size_t total_row, const std::vector<std::string>& share_words,
                  const std::vector<std::string>& rate_words) {
    const std::string h = grid.header(c);
    if (contains_any(h, share_words)) return true;
    const GridCell& total = grid.cells[total_row][c];
    if (!percent_header(h) || !total.number || total.negative || total.number->value != 100) return false;
    const int value = value_column(grid, c, total_row, share_words, rate_words);
    if (value < 0) return false;
    const RowShares rows = row_shares(grid, c, value, total_row);
    return rows.matched >= 2 && rows.matched >= 2 * static_cast<int>(rows.mismatches.size());
}

std::vector<DerivedMismatch> share_mismatches(const Grid& grid, std::size_t total_row, const std::vector<std::string>& share_words,
                                              const std::vector<std::string>& rate_words) {
    std::vector<DerivedMismatch> out;
    for (int c = 1; c < grid.columns; ++c) {
        if (!share_column(grid, c, total_row, share_words, rate_words)) continue;
        const int value = value_column(grid, c, total_row, share_words, rate_words);
        if (value < 0) continue;
        auto rows = row_shares(grid, c, value, total_row);
        out.insert(out.end(), rows.mismatches.begin(), rows.mismatches.end());
    }
    return out;
}

}  // namespace soat::checks
