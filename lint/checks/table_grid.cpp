#include "checks/table_grid.hpp"

#include "analysis/syllable.hpp"

#include <soat/utf8.hpp>

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace soat::checks {

std::string trim_cell(std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '*')) s.pop_back();
    std::size_t b = 0;
    while (b < s.size() && (s[b] == ' ' || s[b] == '*')) ++b;
    return s.substr(b);
}

namespace {

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "(3)", "3", "(3)=(2)/(1)", "3=2/1" -> 3 and the formula after "="; 0 when not a column number.
int column_number(const std::string& text, std::string& formula) {
    std::string s;
    for (char c : text) {
        if (c != ' ') s += c;
    }
    const std::size_t eq = s.find('=');
    std::string head = s.substr(0, eq);
    if (head.size() >= 2 && head.front() == '(' && head.back() == ')') head = head.substr(1, head.size() - 2);
    if (!all_digits(head) || head.size() > 2) return 0;
    formula = eq == std::string::npos ? std::string() : s.substr(eq + 1);
    return std::stoi(head);
}

// "107,9", "12,5%", "-27", "khoảng 120", "trên 50": the figure, its sign and its interval.
void read_figure(GridCell& cell, double approx_tolerance) {
    std::string n = cell.text;
    if (!n.empty() && n.back() == '%') n = n.substr(0, n.size() - 1);
    const double inf = std::numeric_limits<double>::infinity();
    int open = 0;  // -1: below the figure, +1: above it
    bool approx = false;
    for (const auto& [word, side] : {std::pair<std::string_view, int>{"khoảng ", 0}, {"ước ", 0}, {"trên ", 1}, {"hơn ", 1},
                                     {"gần ", -1}, {"dưới ", -1}, {"~", 0}}) {
        if (n.rfind(word, 0) == 0) {
            n = n.substr(word.size());
            open = side;
            approx = word == "khoảng " || word == "~";
            break;
        }
    }
    n = trim_cell(n);
    if (n.rfind("-", 0) == 0 || n.rfind("\u2212", 0) == 0) {
        cell.negative = true;
        n = trim_cell(n.substr(n[0] == '-' ? 1 : 3));
    }
    cell.number = analysis::parse_numeral(n);
    if (!cell.number) {
        cell.negative = false;
        return;
    }
    cell.range = analysis::Interval::printed(cell.value(), cell.number->decimals);
    if (approx) {
        const double w = std::fabs(cell.value()) * approx_tolerance;
        cell.range = {cell.range.lo - w, cell.range.hi + w};
    }
    if (open > 0) cell.range.hi = inf;
    if (open < 0) cell.range.lo = -inf;
}

}  // namespace

std::string Grid::header(int column) const {
    std::string h;
    for (std::size_t r = 0; r < body; ++r) {
        // A cell merged across columns ("Năm 2024" over "Giá trị | Cơ cấu (%)") heads every
        // column it spans.
        int c = column;
        while (c > 0 && cells[r][c].text.empty() && cells[r][c].span == 1) --c;
        const GridCell& cell = cells[r][c];
        h += " " + (c == column || c + cell.span > column ? cell.text : std::string());
    }
    return h;
}

namespace {

// "1", "2.1", "II", "a)", "-": an item number of the STT column.
bool item_number(const std::string& text) {
    static const RE2 item(R"((?:\d{1,2}(?:\.\d{1,2})*|[ivxlc]+|[a-zđ]|[-+*•–])[.)]?)");
    return RE2::FullMatch(text, item);
}

}  // namespace

const GridCell* Grid::label_cell(std::size_t row) const {
    for (int c = 0; c < columns; ++c) {
        if (c == item_column) continue;
        if (!cells[row][c].text.empty() && !cells[row][c].number) return &cells[row][c];
    }
    // A total row labelled in the STT cell, often merged over the label column ("Tổng | | 2.400").
    if (item_column >= 0) {
        const GridCell& cell = cells[row][item_column];
        if (!cell.text.empty() && !cell.number && !item_number(trim_cell(cell.text))) return &cell;
    }
    return nullptr;
}

std::string Grid::label(std::size_t row) const {
    const GridCell* cell = label_cell(row);
    return cell ? cell->text : std::string();
}

int Grid::level(std::size_t row) const {
    if (item_column < 0) return -1;
    std::string t = trim_cell(cells[row][item_column].text);
    while (!t.empty() && (t.back() == '.' || t.back() == ')')) t.pop_back();
    if (t.empty()) return 12;
    static const RE2 roman(R"([ivxlc]+)"), arabic(R"(\d+(?:\.\d+)*)"), letter(R"([a-zđ])"), mark(R"([-+*•–])");
    if (RE2::FullMatch(t, arabic)) return 1 + static_cast<int>(std::count(t.begin(), t.end(), '.'));
    if (RE2::FullMatch(t, roman)) return 0;
    if (RE2::FullMatch(t, letter)) return 10;
    if (RE2::FullMatch(t, mark)) return 11;
    return 12;
}

namespace {

int find_item_column(const Grid& g) {
    for (int c = 0; c < std::min(g.columns, 2); ++c) {
        const std::string h = trim_cell(g.header(c));
        if (h == "stt" || h == "tt" || h == "số tt" || h == "số thứ tự" || h == "s tt") return c;
        if (h == "mã số" || h == "mã" || h == "ký hiệu") continue;  // codes, not item numbers
        int items = 0, others = 0;
        for (std::size_t r = g.body; r < g.cells.size(); ++r) {
            const std::string t = trim_cell(g.cells[r][c].text);
            if (t.empty()) continue;
            (item_number(t) ? items : others)++;
        }
        if (items >= 2 && others == 0 && c + 1 < g.columns) return c;
    }
    return -1;
}

}  // namespace

std::optional<Grid> read_grid(const model::Document& doc, const model::Table& table, double approx_tolerance) {
    Grid grid;
    for (const auto& row : table.rows) {
        for (const auto& c : row.cells) grid.columns = std::max(grid.columns, c.column + c.grid_span - 1);
    }
    if (grid.columns < 2 || table.rows.size() < 3) return std::nullopt;
    grid.cells.assign(table.rows.size(), std::vector<GridCell>(grid.columns));
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        for (const auto& c : table.rows[r].cells) {
            if (c.column < 1 || c.column > grid.columns) continue;
            GridCell cell;
            for (std::size_t p : c.paragraphs) {
                if (p >= doc.paragraphs.size()) continue;
                if (!cell.has_paragraph) {
                    cell.paragraph = p;
                    cell.has_paragraph = true;
                }
                cell.raw += (cell.raw.empty() ? "" : " ") + doc.paragraphs[p].text;
            }
            cell.raw = trim_cell(cell.raw);
            cell.text = analysis::lower(cell.raw);
            if (!c.vmerge_continue) read_figure(cell, approx_tolerance);
            cell.span = c.grid_span;
            grid.cells[r][c.column - 1] = std::move(cell);
        }
    }
    // Header rows: marked, leading rows without figures beyond the first column, and a
    // column-numbering row.
    while (grid.body < grid.cells.size()) {
        const auto& row = grid.cells[grid.body];
        bool figures = false;
        for (int c = 1; c < grid.columns; ++c) figures = figures || row[c].number.has_value();
        // "A | B | (1) | (2) | (3)=(2)/(1)": every cell a column number or a letter, the
        // numbers rising one by one.
        std::vector<int> numbers(grid.columns, 0);
        std::vector<std::string> formulas(grid.columns);
        int marks = 0, numbered = 0, previous = 0;
        bool rising = true;
        for (int c = 0; c < grid.columns; ++c) {
            numbers[c] = column_number(row[c].text, formulas[c]);
            const bool letter = row[c].raw.size() == 1 && row[c].raw[0] >= 'A' && row[c].raw[0] <= 'Z';
            marks += numbers[c] > 0 || letter || row[c].text.empty();
            if (numbers[c] > 0) {
                rising = rising && numbers[c] == previous + 1;
                previous = numbers[c];
                ++numbered;
            }
        }
        const bool numbering = marks == grid.columns && numbered >= 2 && rising;
        if (numbering) {
            grid.numbering = std::move(numbers);
            grid.formula = std::move(formulas);
        }
        if (table.rows[grid.body].header || !figures || numbering) {
            ++grid.body;
        } else {
            break;
        }
    }
    if (grid.body == 0 || grid.body >= grid.cells.size()) return std::nullopt;
    grid.item_column = find_item_column(grid);
    return grid;
}

model::Range cell_range(const model::Document& doc, const GridCell& cell) {
    return model::Range{cell.paragraph, 0, utf8::length(doc.paragraphs[cell.paragraph].text)};
}

}  // namespace soat::checks
