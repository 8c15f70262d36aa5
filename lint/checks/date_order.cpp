// date-order: a document cited with a date after the date of the document citing it
// (`Căn cứ Nghị định số 12/2026/NĐ-CP ngày 20/11/2026` in a decision of 14/10/2026). The
// document's own date is its place-and-date line; a day or month left blank in a draft
// (`ngày    tháng 10 năm 2026`) compares by what is filled in.
#include "analysis/citations.hpp"
#include "checks/kinds.hpp"
#include "checks/structure_params.hpp"

#include <re2/re2.h>

#include <fmt/format.h>

#include <tuple>

namespace soat::checks {

namespace {

struct OwnDate {
    int day = 0, month = 0, year = 0;  // 0: left blank
};

std::optional<OwnDate> own_date(const model::Document& doc, const analysis::Anatomy& anatomy) {
    if (!anatomy.place_date) return std::nullopt;
    static const RE2 re(R"(ngày\s*(\d{0,2})\s*tháng\s*(\d{0,2})\s*năm\s*(\d{4}))");
    std::string day, month, year;
    if (!RE2::PartialMatch(doc.paragraphs[*anatomy.place_date].text, re, &day, &month, &year)) return std::nullopt;
    OwnDate d;
    d.day = day.empty() ? 0 : std::stoi(day);
    d.month = month.empty() ? 0 : std::stoi(month);
    d.year = std::stoi(year);
    return d;
}

class DateOrder final : public engine::Check {
public:
    void run(const engine::Context& context, engine::Sink& sink) const override {
        const auto& doc = context.document;
        const auto own = own_date(doc, context.analysis.get<analysis::Anatomy>());
        if (!own) return;
        for (const auto& c : context.analysis.get<analysis::Citations>().all) {
            if (c.year == 0 || c.month == 0 || c.day == 0) continue;
            // Compare only as far as the own date is filled in.
            const bool later = own->month == 0  ? c.year > own->year
                               : own->day == 0  ? std::tie(c.year, c.month) > std::tie(own->year, own->month)
                                                : std::tie(c.year, c.month, c.day) > std::tie(own->year, own->month, own->day);
            if (!later) continue;
            engine::Draft d;
            d.range = model::Range{c.paragraph, c.date_begin, c.date_end};
            d.args = {{"cited", fmt::format("{:02}/{:02}/{}", c.day, c.month, c.year)},
                      {"symbol", c.symbol},
                      {"own", own->day ? fmt::format("{:02}/{:02}/{}", own->day, own->month, own->year)
                              : own->month ? fmt::format("{:02}/{}", own->month, own->year)
                                           : std::to_string(own->year)}};
            sink.emit(std::move(d));
        }
    }
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_date_order(const engine::RuleSpec&) {
    return std::unique_ptr<engine::Check>(std::make_unique<DateOrder>());
}

}  // namespace soat::checks
