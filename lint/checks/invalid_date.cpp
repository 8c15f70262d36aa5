// invalid-date: a date that cannot exist or is malformed ("31/4/2023", "29/02/2023",
// "11/3//2024", "09/6/20214", "ngày 32 tháng 1"); not a US date (month first) in English text, and
// in Vietnamese text one said to be in that order, with the day-first form as the fix.
#include "analysis/dates.hpp"
#include "analysis/quantities.hpp"
#include "analysis/tokens.hpp"
#include "checks/kinds.hpp"

#include <optional>
#include <string>

namespace soat::checks {

namespace {

// The date written with its first two numbers swapped ("9/21/2019" -> "21/9/2019") when that
// is a valid date and the written one is not; nullopt otherwise.
std::optional<std::string> day_first(const analysis::DateMention& date) {
    if (date.form != analysis::DateMention::Form::Slash || date.day < 1 || date.day > 12 || date.month < 13 ||
        date.month > analysis::days_in_month(date.day, date.year)) {
        return std::nullopt;
    }
    const std::size_t first = date.text.find_first_of("/-.");
    const std::size_t second = first == std::string::npos ? first : date.text.find_first_of("/-.", first + 1);
    if (second == std::string::npos) return std::nullopt;
    return date.text.substr(first + 1, second - first - 1) + date.text.substr(first, 1) + date.text.substr(0, first) +
           date.text.substr(second);
}

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
                case Problem::OutOfRange: {
                    // "9/21/2019" in Vietnamese text: a valid date read month first is written in the
                    // US order; say so and give the day-first form.
                    const auto swapped = day_first(date);
                    if (swapped) {
                        d.message = "month_first";
                        d.args["right"] = *swapped;
                        d.fix = Fix{*swapped, analysis::within_one_run(context.document.paragraphs[date.range.paragraph],
                                                                        date.range.begin, date.range.end)};
                    } else {
                        d.message = "out_of_range";
                    }
                    break;
                }
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
