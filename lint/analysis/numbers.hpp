// Reading one Vietnamese numeral ("307.240", "23,9", "18.525,5", "3359", "2.7") and printing
// values back in Vietnamese notation.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace soat::analysis {

struct Numeral {
    enum class Style {
        Plain,           // digits only: "3359", "09"
        Vietnamese,      // "." groups thousands, "," marks decimals: "307.240", "23,9", "1.234,5"
        EnglishDecimal,  // a "." that cannot group thousands: "2.7", "1.123.9", "4.0"
        EnglishGrouped,  // "," groups thousands: "1,234,567", "1,234.5"
    };
    double value = 0;
    int decimals = 0;
    Style style = Style::Plain;
    // "47,774": decimal in Vietnamese, a thousands group in English style. `alt_value` is the
    // English reading; callers skip checks when the readings disagree and the document writes
    // English style elsewhere.
    bool comma_three = false;
    double alt_value = 0;
    // "1,189,5": thousands grouped with commas the English way, then a Vietnamese decimal comma.
    // Read as Vietnamese (1.189,5), but no arithmetic rests on it.
    bool comma_grouped = false;
    bool zero_padded = false;  // "09", "01"
    int digits = 0;            // digits before the decimal mark
};

// Parses digits with "." and "," separators; nullopt for anything else.
std::optional<Numeral> parse_numeral(std::string_view token);

// Vietnamese notation with `decimals` decimals: 9665.919 -> "9.665,919".
std::string format_vn(double value, int decimals);
// Shortest Vietnamese notation of a recomputed value with at most `max_decimals` decimals.
std::string format_vn_auto(double value, int max_decimals = 2);

}  // namespace soat::analysis
