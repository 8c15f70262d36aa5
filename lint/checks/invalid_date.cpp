// invalid-date: a date that cannot exist or is malformed ("31/4/2023", "29/02/2023",
// "11/3//2024", "09/6/20214", "ngày 32 tháng 1"); not a US date (month first) in English text.
#include "analysis/dates.hpp"
#include "analysis/quantities.hpp"
#include "checks/kinds.hpp"

#include <string>

namespace soat::checks {

namespace {

class InvalidDate final : public engine::Check {
public:
    void run(const engine::Context& context, engine::Sink& sink) const override {
        using Problem = analysis::DateMention::Problem;
        const auto& quantities = context.analysis.get<analysis::Quantities>();
        for (const auto& date : context.analysis.get<analysis::Dates>().all()) {
            if (date.valid()) continue;
            // "Schemas v17 (9/19/2017)": in English text, a date valid month first is a US date.
            if (date.problem == Problem::OutOfRange && date.day >= 1 && date.day <= 12 &&
                date.month <= analysis::days_in_month(date.day, date.year) && !quantities.vietnamese(date.range.paragraph)) {
                continue;
            }
            engine::Draft d;
            d.range = date.range;
            d.args = {{"date", date.text},
                      {"day", std::to_string(date.day)},
                      {"month", std::to_string(date.month)},
                      {"days", std::to_string(analysis::days_in_month(date.month, date.year))},
                      {"year", date.year ? std::to_string(date.year) : std::string()}};
            switch (date.problem) {
                case Problem::ExtraSlash: d.message = "extra_slash"; break;
                case Problem::YearDigits: d.message = "year_digits"; break;
                case Problem::OutOfRange: d.message = "out_of_range"; break;
                case Problem::NoSuchDay: d.message = "default"; break;
                case Problem::None: break;
            }
            sink.emit(std::move(d));
        }
    }
};

}  // namespace

Result<std::unique_ptr<engine::Check>> make_invalid_date(const engine::RuleSpec&) {
    return std::unique_ptr<engine::Check>(std::make_unique<InvalidDate>());
}

}  // namespace soat::checks
