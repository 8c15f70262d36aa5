// table-total: a total row ("Tổng", "Tổng cộng", "Cộng", "Toàn tỉnh") or a total column whose
// figures are not the sum of the rows or columns it covers. Shares (cơ cấu, tỷ trọng) must make
// 100 % and match their row's value over the total (a percent column totalling 100 whose rows
// are their value over the total is one too); other percent columns are not additive and are left alone, unless the column-numbering row gives their formula ("(4)=(3)/(2)").
#include "analysis/phrases.hpp"
#include "analysis/quantities.hpp"
#include "analysis/relations/relations.hpp"
#include "checks/kinds.hpp"
#include "checks/table_formulas.hpp"
#include "checks/table_grid.hpp"

#include <fmt/format.h>

#include <optional>

namespace soat::checks {

namespace {

using analysis::Interval;

bool starts(const std::string& s, const std::string& w) { return s.compare(0, w.size(), w) == 0; }

class TableTotal : public engine::Check {
public:
    TableTotal(std::vector<std::string> total_labels, std::vector<std::string> share_words, std::vector<std::string> rate_words)
        : total_labels_(std::move(total_labels)), share_words_(std::move(share_words)), rate_words_(std::move(rate_words)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& doc = context.document;
        for (const auto& table : doc.tables) check_table(doc, table, context.config.approx_tolerance, sink);
    }

private:
    bool any_of(const std::string& s, const std::vector<std::string>& words) const {
        for (const auto& w : words) {
            if (s.find(w) != std::string::npos) return true;
        }
        return false;
    }
    // A row of rates or percentages ("Tỷ lệ hộ nghèo (%)"): never a part of a sum.
    static bool rate_row(const std::string& label) {
        return label.find("tỷ lệ") != std::string::npos || label.find("tỉ lệ") != std::string::npos ||
               label.find('%') != std::string::npos;
    }
    // A column of codes, item numbers or years ("Mã số", "STT", "Năm"): never summed.
    static bool code_column(const std::string& header) {
        const std::string h = trim_cell(header);
        return h == "mã số" || h == "mã" || h == "ký hiệu" || h == "stt" || h == "tt" || h == "số tt" || h == "năm" ||
               h == "mã số thuế" || h == "số thứ tự";
    }
    bool is_total_label(const std::string& s) const {
        for (const auto& w : total_labels_) {
            if (starts(s, w)) return true;
        }
        return false;
    }

    void check_table(const model::Document& doc, const model::Table& table, double approx_tolerance, engine::Sink& sink) const {
        const auto read = read_grid(doc, table, approx_tolerance);
        if (!read) return;
        const Grid& g = *read;
        const auto& grid = g.cells;
        const int columns = g.columns;
        const std::size_t body = g.body;
        derived(doc, g, sink);
        above_whole(doc, g, sink);
        // Total rows. A numbered total row ("1 | Tổng số hồ sơ") is the parent of the rows numbered
        // below it and sums its direct children; an unnumbered one ("Tổng cộng") covers the rows
        // above it since the previous total, or those below when it comes first.
        std::size_t start = body;
        for (std::size_t r = body; r < grid.size(); ++r) {
            const std::string label = g.label(r);
            if (!is_total_label(label)) continue;
            std::vector<std::size_t> rows;
            bool subset = false;  // "Trong đó" parts need not make the whole
            // A long label names an item of a statistics form ("Tổng số TTHC thuộc thẩm quyền …"),
            // whose numbered sub-rows count some of it in other ways, not its parts.
            if (analysis::phrases::word_count(label) > 3) continue;
            const int level = g.level(r);
            if (level >= 0 && level < 12) {
                int child = 13;
                std::size_t end = r + 1;
                for (; end < grid.size() && g.level(end) > level; ++end) child = std::min(child, g.level(end));
                for (std::size_t i = r + 1; i < end; ++i) {
                    if (starts(g.label(i), "trong đó")) subset = true;
                    if (g.level(i) == child) rows.push_back(i);
                }
            } else {
                std::size_t from = r == body ? r + 1 : start;
                std::size_t to = r == body ? grid.size() : r;  // a total first covers the rows below it
                for (std::size_t i = from; i < to; ++i) {
                    const std::string l = g.label(i);
                    if (is_total_label(l)) break;
                    if (starts(l, "-") || starts(l, "+") || starts(l, "trong đó") || starts(l, "*") || rate_row(l)) continue;
                    rows.push_back(i);
                }
                start = r + 1;
                // Numbered rows below an unnumbered total ("Tổng số" over I, 1, 2, II, 1, 2): the
                // total is the sum of the top level only; the children are counted in their parent.
                int top = 13;
                for (std::size_t i : rows) top = std::min(top, g.level(i));
                if (top < 12) std::erase_if(rows, [&](std::size_t i) { return g.level(i) != top; });
            }
            if (rows.size() < 2) continue;
            for (int c = 0; c < columns; ++c) {
                const GridCell& total = grid[r][c];
                if (c == g.item_column || !total.number || !total.has_paragraph) continue;
                const std::string h = g.header(c);
                if (code_column(h)) continue;
                const bool share = share_column(g, c, r, share_words_, rate_words_);
                if (!share && (any_of(h, rate_words_) || total.raw.back() == '%')) continue;
                Interval sum{0, 0};
                double mid = 0;
                int decimals = 0;
                bool ok = true;
                for (std::size_t i : rows) {
                    const GridCell& cell = grid[i][c];
                    if (cell.text.empty() || cell.text == "-") continue;
                    if (!cell.number || cell.raw.back() == '%') {
                        ok = false;
                        break;
                    }
                    sum = sum + cell.range;
                    mid += cell.value();
                    decimals = std::max(decimals, cell.number->decimals);
                }
                if (!ok) continue;
                const Interval stated = share ? Interval::point(100) : total.range;
                if (sum.meets(stated) || (subset && !share && sum.lo <= stated.hi)) continue;
                engine::Draft d;
                d.range = cell_range(doc, total);
                d.args["total"] = total.raw;
                d.args["sum"] = analysis::format_vn(mid, decimals);
                std::string column;
                for (std::size_t i = 0; i < body; ++i) column += (column.empty() ? "" : " ") + grid[i][c].raw;
                d.args["column"] = trim_cell(column);
                d.args["rows"] = std::to_string(rows.size());
                if (share) d.message = "share";
                sink.emit(std::move(d));
            }
        }
        // A total column: header exactly "tổng", "tổng cộng", "cộng", "tổng số" with figures to its right.
        for (int c = 0; c < columns; ++c) {
            const std::string h = trim_cell(g.header(c));
            if (h != "tổng" && h != "tổng cộng" && h != "cộng" && h != "tổng số") continue;
            std::vector<int> parts;
            for (int j = c + 1; j < columns; ++j) {
                if (any_of(g.header(j), rate_words_) || any_of(g.header(j), share_words_)) return;
                if (code_column(g.header(j))) continue;
                parts.push_back(j);
            }
            if (parts.size() < 2) return;
            for (std::size_t r = body; r < grid.size(); ++r) {
                const GridCell& total = grid[r][c];
                if (!total.number || !total.has_paragraph || total.raw.back() == '%' || rate_row(g.label(r))) continue;
                Interval sum{0, 0};
                double mid = 0;
                int decimals = 0;
                bool ok = true;
                for (int j : parts) {
                    const GridCell& cell = grid[r][j];
                    if (cell.text.empty() || cell.text == "-") continue;
                    if (!cell.number) ok = false;
                    if (!ok) break;
                    sum = sum + cell.range;
                    mid += cell.value();
                    decimals = std::max(decimals, cell.number->decimals);
                }
                if (!ok || sum.meets(total.range)) continue;
                engine::Draft d;
                d.message = "column";
                d.range = cell_range(doc, total);
                d.args["total"] = total.raw;
                d.args["sum"] = analysis::format_vn(mid, decimals);
                d.args["row"] = g.label_cell(r) ? g.label_cell(r)->raw : std::string();
                sink.emit(std::move(d));
            }
        }
    }

    // A row or column of a population rate in percent ("Tỷ lệ hộ nghèo (%)") holding a value above
    // 100: a count in the wrong row, or a slip. A warning: the label is read, not the arithmetic.
    void above_whole(const model::Document& doc, const Grid& g, engine::Sink& sink) const {
        auto in_percent = [](const std::string& label) {
            return label.find("(%)") != std::string::npos || label.find("%)") != std::string::npos;
        };
        auto rate = [&](std::string label) {
            label = trim_cell(label);
            return in_percent(label) && analysis::relations::population_rate(label + " ");
        };
        // The unit in its own column: "Đơn vị tính | %".
        auto unit_percent = [&](std::size_t r) {
            for (int c = 0; c < g.columns; ++c) {
                const std::string h = trim_cell(g.header(c));
                const bool unit_column = h == "đơn vị" || h == "đvt" || h.ends_with("đơn vị tính") || h.ends_with(" đvt");
                if (unit_column && trim_cell(g.cells[r][c].text) == "%") return true;
            }
            return false;
        };
        for (std::size_t r = g.body; r < g.cells.size(); ++r) {
            const std::string label = trim_cell(g.label(r));
            const bool row_rate = rate(label) || (unit_percent(r) && analysis::relations::population_rate(label + " "));
            for (int c = 0; c < g.columns; ++c) {
                const GridCell& cell = g.cells[r][c];
                if (c == g.item_column || !cell.number || !cell.has_paragraph || code_column(g.header(c))) continue;
                if (!row_rate && !rate(g.header(c))) continue;
                if (cell.range.lo <= 100) continue;
                engine::Draft d;
                d.message = "above_whole";
                d.severity = Severity::Warning;
                d.range = cell_range(doc, cell);
                d.args["stated"] = cell.raw;
                d.args["row"] = g.label_cell(r) ? g.label_cell(r)->raw : std::to_string(r + 1);
                d.args["column"] = trim_cell(g.header(c));
                sink.emit(std::move(d));
            }
        }
    }

    // Formula columns, and share columns against the one total row.
    void derived(const model::Document& doc, const Grid& g, engine::Sink& sink) const {
        std::vector<std::size_t> totals;
        for (std::size_t r = g.body; r < g.cells.size(); ++r) {
            if (is_total_label(g.label(r))) totals.push_back(r);
        }
        auto mismatches = formula_mismatches(g);
        if (totals.size() == 1) {
            auto shares = share_mismatches(g, totals.front(), share_words_, rate_words_);
            mismatches.insert(mismatches.end(), shares.begin(), shares.end());
        }
        for (const auto& m : mismatches) {
            const GridCell& cell = g.cells[m.row][m.column];
            engine::Draft d;
            d.message = m.formula == "value/total" ? "row_share" : "formula";
            d.range = cell_range(doc, cell);
            d.args["stated"] = cell.raw;
            d.args["row"] = g.label_cell(m.row) ? g.label_cell(m.row)->raw : std::to_string(m.row + 1);
            d.args["column"] = trim_cell(g.header(m.column));
            d.args["formula"] = m.formula;
            d.args["recomputed"] = analysis::format_vn(m.recomputed, std::max(1, cell.number->decimals));
            sink.emit(std::move(d));
        }
    }

    std::vector<std::string> total_labels_, share_words_, rate_words_;
};

Result<std::vector<std::string>> words(const engine::RuleSpec& spec, const char* key) {
    std::vector<std::string> out;
    const engine::Params n = spec.params[key];
    if (!n || !n.IsSequence() || n.size() == 0) return Error{"E203", fmt::format("{}: params.{} must be a non-empty list", spec.source, key)};
    for (const auto& w : n) out.push_back(analysis::lower(w.as<std::string>()));
    return out;
}

}  // namespace

Result<std::unique_ptr<engine::Check>> make_table_total(const engine::RuleSpec& spec) {
    auto totals = words(spec, "total_labels");
    if (!totals) return totals.error();
    auto shares = words(spec, "share_words");
    if (!shares) return shares.error();
    auto rates = words(spec, "rate_words");
    if (!rates) return rates.error();
    return std::unique_ptr<engine::Check>(std::make_unique<TableTotal>(std::move(*totals), std::move(*shares), std::move(*rates)));
}

}  // namespace soat::checks
