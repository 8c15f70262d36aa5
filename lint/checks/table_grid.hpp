// A DOCX table read as a grid of cells for the table checks: each cell's text and figure, the
// header rows (marked, without figures, or a column-numbering row "(1) (2) (3)=(2)/(1)"), and
// the row labels.
#pragma once

#include "analysis/intervals.hpp"
#include "analysis/numbers.hpp"

#include <soat/model.hpp>

#include <optional>
#include <string>
#include <vector>

namespace soat::checks {

struct GridCell {
    std::string text;  // lowercased, trimmed
    std::string raw;
    std::size_t paragraph = 0;
    bool has_paragraph = false;
    int span = 1;  // grid columns the cell covers (w:gridSpan)
    std::optional<analysis::Numeral> number;  // a figure: "%", a sign and a hedge word allowed
    bool negative = false;
    analysis::Interval range;  // what the figure stands for: printed precision, widened by its hedge

    [[nodiscard]] double value() const { return negative ? -number->value : number->value; }
};

struct Grid {
    std::vector<std::vector<GridCell>> cells;  // [row][column]
    int columns = 0;
    std::size_t body = 0;  // first row after the header rows
    // Column numbering row: column number as printed -> grid column, and the formula printed
    // for a column ("(3)/(2)"), both empty when the table has none.
    std::vector<int> numbering;       // per grid column: its printed number, 0 when none
    std::vector<std::string> formula;  // per grid column: the text after "=", lowercased, no spaces
    // The item-number column (STT): its header says so, or every body value is an item number
    // ("1", "2.1", "II", "a)", "-"). Its figures are labels, never summed. -1 when none.
    int item_column = -1;

    [[nodiscard]] std::string header(int column) const;  // header rows' text, lowercased
    [[nodiscard]] const GridCell* label_cell(std::size_t row) const;  // first cell with text and no figure
    [[nodiscard]] std::string label(std::size_t row) const;
    // A row's depth in the item numbering: "I" 0, "1" 1, "1.1" 2, "1.1.1" 3, "a)" 10, "-" 11,
    // none 12. -1 without an item column.
    [[nodiscard]] int level(std::size_t row) const;
};

// nullopt for tables too small to hold totals (fewer than two columns or three rows).
// `approx_tolerance` widens "khoảng 120" (config::Config::approx_tolerance); "trên 50" and
// "gần 50" are open on one side.
std::optional<Grid> read_grid(const model::Document& document, const model::Table& table, double approx_tolerance);

// Without surrounding spaces and '*'.
std::string trim_cell(std::string s);

// The cell's range in the document: the whole first paragraph of the cell.
model::Range cell_range(const model::Document& document, const GridCell& cell);

}  // namespace soat::checks
