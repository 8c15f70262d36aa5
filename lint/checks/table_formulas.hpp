// Derived columns of a table, checked row by row: a column whose numbering-row cell prints a
// formula of other columns ("(4)=(3)/(2)", "5=4-3", "(3)=(1)+(2)", "(5)=(4)/(3)*100"), and a
// share column (cơ cấu, tỷ trọng, or a percent column totalling 100) beside the absolute column it divides by the total row.
#pragma once

#include "checks/table_grid.hpp"

#include <optional>
#include <string>
#include <vector>

namespace soat::checks {

struct DerivedMismatch {
    std::size_t row = 0;
    int column = 0;
    double recomputed = 0;
    std::string formula;  // as printed in the numbering row, or "value/total" for a share
};

// Cells of formula columns that the formula, evaluated on the row's printed figures (as
// intervals), cannot give. A division is read as a ratio or as a percentage, whichever fits.
std::vector<DerivedMismatch> formula_mismatches(const Grid& grid);

// A column of shares of the total row: its header names a share (cơ cấu, tỷ trọng), or it is a
// percent column ("Tỷ lệ (%)") whose total row reads 100 and whose rows are, two in three at
// least, their value over the total. An index column ("So sánh (%)") with a total of 100 is not.
bool share_column(const Grid& grid, int column, std::size_t total_row, const std::vector<std::string>& share_words,
                  const std::vector<std::string>& rate_words);

// Cells of share columns that are not the row's value over the total row's, times 100; the
// value column is the nearest absolute column to the left.
std::vector<DerivedMismatch> share_mismatches(const Grid& grid, std::size_t total_row, const std::vector<std::string>& share_words,
                                              const std::vector<std::string>& rate_words);

}  // namespace soat::checks
