// table-total: a total row ("Tổng", "Tổng cộng", "Cộng", "Toàn tỉnh") or a total column whose
// figures are not the sum of the rows or columns it covers. Shares (cơ cấu, tỷ trọng) must make
// 100 %; other percent columns are not additive and are left alone.
#include "analysis/quantities.hpp"
#include "checks/kinds.hpp"

#include <soat/utf8.hpp>

#include <fmt/format.h>

#include <optional>

namespace soat::checks {

namespace {

using analysis::Interval;

struct Cell {
    std::string text;        // lowercased, trimmed
    std::string raw;
    std::size_t paragraph = 0;
    bool has_paragraph = false;
    std::optional<analysis::Numeral> number;
};

std::string trim(std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '*')) s.pop_back();
    std::size_t b = 0;
    while (b < s.size() && (s[b] == ' ' || s[b] == '*')) ++b;
    return s.substr(b);
}

bool starts(const std::string& s, const std::string& w) { return s.compare(0, w.size(), w) == 0; }

class TableTotal : public engine::Check {
public:
    TableTotal(std::vector<std::string> total_labels, std::vector<std::string> share_words, std::vector<std::string> rate_words)
        : total_labels_(std::move(total_labels)), share_words_(std::move(share_words)), rate_words_(std::move(rate_words)) {}

    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& doc = context.document;
        for (const auto& table : doc.tables) check_table(doc, table, sink);
    }

private:
    bool any_of(const std::string& s, const std::vector<std::string>& words) const {
        for (const auto& w : words) {
            if (s.find(w) != std::string::npos) return true;
        }
        return false;
    }
    bool is_total_label(const std::string& s) const {
        for (const auto& w : total_labels_) {
            if (starts(s, w)) return true;
        }
        return false;
    }

    void check_table(const model::Document& doc, const model::Table& table, engine::Sink& sink) const {
        int columns = 0;
        for (const auto& row : table.rows) {
            for (const auto& c : row.cells) columns = std::max(columns, c.column + c.grid_span - 1);
        }
        if (columns < 2 || table.rows.size() < 3) return;
        std::vector<std::vector<Cell>> grid(table.rows.size(), std::vector<Cell>(columns));
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            for (const auto& c : table.rows[r].cells) {
                if (c.column < 1 || c.column > columns) continue;
                Cell cell;
                for (std::size_t p : c.paragraphs) {
                    if (p >= doc.paragraphs.size()) continue;
                    if (!cell.has_paragraph) {
                        cell.paragraph = p;
                        cell.has_paragraph = true;
                    }
                    cell.raw += (cell.raw.empty() ? "" : " ") + doc.paragraphs[p].text;
                }
                cell.raw = trim(cell.raw);
                cell.text = analysis::lower(cell.raw);
                if (!c.vmerge_continue) {
                    std::string n = cell.raw;
                    if (!n.empty() && n.back() == '%') n.pop_back();
                    cell.number = analysis::parse_numeral(trim(n));
                }
                grid[r][c.column - 1] = std::move(cell);
            }
        }
        // Header rows: marked, or leading rows without figures beyond the first column.
        std::size_t body = 0;
        while (body < grid.size()) {
            bool figures = false;
            for (int c = 1; c < columns; ++c) figures = figures || grid[body][c].number.has_value();
            if (table.rows[body].header || !figures) {
                ++body;
            } else {
                break;
            }
        }
        if (body == 0 || body >= grid.size()) return;
        auto header = [&](int c) {
            std::string h;
            for (std::size_t r = 0; r < body; ++r) h += " " + grid[r][c].text;
            return h;
        };
        auto label = [&](std::size_t r) {
            for (int c = 0; c < columns; ++c) {
                if (!grid[r][c].text.empty() && !grid[r][c].number) return grid[r][c].text;
            }
            return std::string();
        };
        // Total rows.
        std::size_t start = body;
        for (std::size_t r = body; r < grid.size(); ++r) {
            if (!is_total_label(label(r))) continue;
            std::vector<std::size_t> rows;
            std::size_t from = r == body ? r + 1 : start;
            std::size_t to = r == body ? grid.size() : r;  // a total first covers the rows below it
            for (std::size_t i = from; i < to; ++i) {
                const std::string l = label(i);
                if (is_total_label(l)) break;
                if (starts(l, "-") || starts(l, "+") || starts(l, "trong đó") || starts(l, "*")) continue;
                rows.push_back(i);
            }
            start = r + 1;
            if (rows.size() < 2) continue;
            for (int c = 0; c < columns; ++c) {
                const Cell& total = grid[r][c];
                if (!total.number || !total.has_paragraph) continue;
                const std::string h = header(c);
                const bool share = any_of(h, share_words_);
                if (!share && (any_of(h, rate_words_) || total.raw.back() == '%')) continue;
                Interval sum{0, 0};
                double mid = 0;
                int decimals = 0;
                bool ok = true;
                for (std::size_t i : rows) {
                    const Cell& cell = grid[i][c];
                    if (cell.text.empty() || cell.text == "-") continue;
                    if (!cell.number) {
                        ok = false;
                        break;
                    }
                    sum = sum + Interval::printed(cell.number->value, cell.number->decimals);
                    mid += cell.number->value;
                    decimals = std::max(decimals, cell.number->decimals);
                }
                if (!ok) continue;
                const Interval stated = share ? Interval::point(100) : Interval::printed(total.number->value, total.number->decimals);
                if (sum.meets(stated)) continue;
                engine::Draft d;
                d.range = model::Range{total.paragraph, 0, utf8::length(doc.paragraphs[total.paragraph].text)};
                d.args["total"] = total.raw;
                d.args["sum"] = analysis::format_vn(mid, decimals);
                d.args["column"] = trim(h);
                d.args["rows"] = std::to_string(rows.size());
                if (share) d.message = "share";
                sink.emit(std::move(d));
            }
        }
        // A total column: header exactly "tổng", "tổng cộng", "cộng", "tổng số" with figures to its right.
        for (int c = 0; c < columns; ++c) {
            const std::string h = trim(header(c));
            if (h != "tổng" && h != "tổng cộng" && h != "cộng" && h != "tổng số") continue;
            std::vector<int> parts;
            for (int j = c + 1; j < columns; ++j) {
                if (any_of(header(j), rate_words_) || any_of(header(j), share_words_)) return;
                parts.push_back(j);
            }
            if (parts.size() < 2) return;
            for (std::size_t r = body; r < grid.size(); ++r) {
                const Cell& total = grid[r][c];
                if (!total.number || !total.has_paragraph) continue;
                Interval sum{0, 0};
                double mid = 0;
                int decimals = 0;
                bool ok = true;
                for (int j : parts) {
                    const Cell& cell = grid[r][j];
                    if (cell.text.empty() || cell.text == "-") continue;
                    if (!cell.number) ok = false;
                    if (!ok) break;
                    sum = sum + Interval::printed(cell.number->value, cell.number->decimals);
                    mid += cell.number->value;
                    decimals = std::max(decimals, cell.number->decimals);
                }
                if (!ok || sum.meets(Interval::printed(total.number->value, total.number->decimals))) continue;
                engine::Draft d;
                d.message = "column";
                d.range = model::Range{total.paragraph, 0, utf8::length(doc.paragraphs[total.paragraph].text)};
                d.args["total"] = total.raw;
                d.args["sum"] = analysis::format_vn(mid, decimals);
                d.args["row"] = label(r);
                sink.emit(std::move(d));
            }
        }
    }

    std::vector<std::string> total_labels_, share_words_, rate_words_;
};

Result<std::vector<std::string>> words(const engine::RuleSpec& spec, const char* key) {
    std::vector<std::string> out;
    const YAML::Node n = spec.params[key];
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
