// inconsistent-figure across the document: one rate ("Tỷ lệ …") given two values for the same
// year, period and kind, in the prose or in a table row and the prose.
#include "analysis/indicators.hpp"
#include "analysis/phrases.hpp"
#include "analysis/quantities.hpp"
#include "checks/figure_comparisons.hpp"
#include "checks/table_grid.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace soat::checks {

namespace {

// The year a table column is for, and whether it is a plan or target column: one year in its
// header, no month, quarter, period range, comparison or change. 0 when the column is not one
// year's level.
int column_year(const std::string& header, bool& target) {
    static const std::set<std::string> kTarget = {"kh", "kế", "mục", "chỉ", "nghị", "nq", "dự"};
    for (const char* w : {"tháng", "quý", "so sánh", "tăng", "giảm", "bình quân", "giai đoạn", "/", "=", "-", "–", "cùng kỳ"}) {
        if (header.find(w) != std::string::npos) return 0;
    }
    int year = 0;
    target = false;
    bool achieved = false;
    for (const auto& w : analysis::phrases::words_of(header)) {
        std::string core = w;
        if (core.size() > 4 && (core.rfind("kh", 0) == 0 || core.rfind("th", 0) == 0) &&
            std::all_of(core.begin() + 2, core.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            (core[0] == 'k' ? target : achieved) = true;
            core = core.substr(2);
        }
        if (core.size() == 4 && std::all_of(core.begin(), core.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
            (core[0] == '1' || core[0] == '2')) {
            const int y = std::stoi(core);
            if (year && y != year) return 0;
            year = y;
        } else if (kTarget.count(core)) {
            target = true;
        } else if (core == "th" || core == "thực" || core == "ước" || core == "năm") {
            achieved = true;
        } else if (core == "hoạch" || core == "tiêu" || core == "quyết" || core == "kiến" || core == "hiện" || core == "tế" ||
                   core == "tính" || core == "giao" || core == "%" || core == "đạt") {
            // the rest of "kế hoạch", "chỉ tiêu", "thực hiện", "ước tính", "(%)"
        } else {
            return 0;  // a word the header should not hold ("khác", a place, a scope)
        }
    }
    if (target && header.find("thực hiện") != std::string::npos) return 0;  // "thực hiện kế hoạch": mixed
    return target || achieved ? year : 0;
}

// "tỷ lệ hộ nghèo theo chuẩn đa chiều (%)" -> "hộ nghèo theo chuẩn đa chiều"; "" when the label
// is not a rate in percent.
std::string rate_phrase(std::string label, bool percent_unit) {
    while (!label.empty() && (label[0] == '-' || label[0] == '+' || label[0] == '*' || label[0] == ' ')) label.erase(0, 1);
    if (label.rfind("tỷ lệ ", 0) != 0) return {};
    const bool percent = percent_unit || label.find('%') != std::string::npos;
    if (!percent) return {};
    std::string rest = label.substr(std::string_view("tỷ lệ ").size());
    rest = rest.substr(0, rest.find_first_of("(,;:0123456789"));
    std::string phrase;
    int words = 0;
    for (const auto& w : analysis::phrases::words_of(rest)) {
        phrase += (phrase.empty() ? "" : " ") + w;
        ++words;
    }
    return words >= 3 && words <= 10 ? phrase : std::string();
}

}  // namespace

// The first statement of each rate, year, period and kind is the reference for later ones.
void compare_rates(const engine::Context& context, engine::Sink& sink) {
    const auto& qs = context.analysis.get<analysis::Quantities>().all();
    const double tol = context.config.approx_tolerance;
    // One amount or count stated for one year in two sentences of its own.
    {
        std::map<std::tuple<std::string, int, std::string, std::string>, const analysis::AmountStatement*> seen;
        for (const auto& r : context.analysis.get<analysis::Indicators>().amounts()) {
            const auto& b = qs[r.quantity];
            const auto [it, inserted] = seen.emplace(std::make_tuple(r.phrase, r.year, b.unit, std::string()), &r);
            if (inserted) continue;
            const auto& a = qs[it->second->quantity];
            if (analysis::interval_of(a, tol).meets(analysis::interval_of(b, tol))) continue;
            engine::Draft d;
            d.message = "rate";
            d.range = analysis::range_of(b);
            d.args["indicator"] = r.phrase;
            d.args["year"] = std::to_string(r.year);
            d.args["first"] = analysis::printed(context.document, a);
            d.args["second"] = analysis::printed(context.document, b);
            d.related.push_back({fmt::format("{} năm {} đã nêu {}", r.phrase, r.year, d.args["first"]), analysis::range_of(a)});
            sink.emit(std::move(d));
        }
    }
    std::map<std::tuple<std::string, int, std::string, bool>, const analysis::RateStatement*> first;
    const auto& quantities = context.analysis.get<analysis::Quantities>();
    for (const auto& r : context.analysis.get<analysis::Indicators>().rates()) {
        if (!r.year) continue;
        const auto [it, inserted] = first.emplace(std::make_tuple(r.phrase, r.year, r.qualifier, r.target), &r);
        if (inserted) continue;
        const auto& a = qs[it->second->quantity];
        const auto& b = qs[r.quantity];
        if (analysis::interval_of(a, tol).meets(analysis::interval_of(b, tol))) continue;
        // One sentence giving a rate twice lists it per unit or place (`A: tỷ lệ … 11%; B …;
        // tỷ lệ … 31,4%`), never restates it.
        if (a.paragraph == b.paragraph && quantities.sentence_at(a.paragraph, a.byte_begin).begin ==
                                              quantities.sentence_at(b.paragraph, b.byte_begin).begin) {
            continue;
        }
        engine::Draft d;
        d.message = "rate";
        d.range = analysis::range_of(b);
        d.args["indicator"] = "tỷ lệ " + r.phrase;
        d.args["year"] = std::to_string(r.year);
        d.args["first"] = analysis::printed(context.document, a);
        d.args["second"] = analysis::printed(context.document, b);
        d.related.push_back({fmt::format("Tỷ lệ {} năm {} đã nêu {}", r.phrase, r.year, d.args["first"]), analysis::range_of(a)});
        sink.emit(std::move(d));
    }
    // A rate's table row ("Tỷ lệ lao động qua đào tạo (%)" under "Ước TH 2024") against the prose
    // statement of the same rate, year and kind (a plan column against a target). Tables are
    // not compared with each other: two tables may cover two scopes.
    const auto& doc = context.document;
    for (const auto& table : doc.tables) {
        const auto grid = read_grid(doc, table, tol);
        if (!grid) continue;
        int unit_column = -1;
        for (int c = 0; c < grid->columns; ++c) {
            const std::string h = grid->header(c);
            if (h.find("đơn vị") != std::string::npos || h.find("đvt") != std::string::npos) unit_column = c;
        }
        for (std::size_t row = grid->body; row < grid->cells.size(); ++row) {
            const bool unit_percent = unit_column >= 0 && trim_cell(grid->cells[row][unit_column].text) == "%";
            const std::string phrase = rate_phrase(grid->label(row), unit_percent);
            if (phrase.empty()) continue;
            for (int c = 0; c < grid->columns; ++c) {
                const GridCell& cell = grid->cells[row][c];
                if (!cell.number || cell.negative || c == grid->item_column || c == unit_column) continue;
                bool target = false;
                const int year = column_year(grid->header(c), target);
                if (!year) continue;
                const auto it = first.find(std::make_tuple(phrase, year, std::string(), target));
                if (it == first.end()) continue;
                const auto& a = qs[it->second->quantity];
                if (analysis::interval_of(a, tol).meets(cell.range)) continue;
                engine::Draft d;
                d.message = "rate";
                d.range = cell_range(doc, cell);
                d.args["indicator"] = "tỷ lệ " + phrase;
                d.args["year"] = std::to_string(year);
                d.args["first"] = analysis::printed(doc, a);
                d.args["second"] = trim_cell(cell.raw);
                d.related.push_back({fmt::format("Tỷ lệ {} năm {} đã nêu {}", phrase, year, d.args["first"]), analysis::range_of(a)});
                sink.emit(std::move(d));
            }
        }
    }
}

}  // namespace soat::checks
