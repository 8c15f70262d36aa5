#include "analysis/numbers.hpp"

#include <cmath>
#include <cstdio>
#include <vector>

namespace soat::analysis {

namespace {

struct Group {
    std::string digits;
    char sep_before = 0;  // '.' or ',' (0 for the first group)
};

double digits_value(const std::string& d) {
    double v = 0;
    for (char c : d) v = v * 10 + (c - '0');
    return v;
}

}  // namespace

std::optional<Numeral> parse_numeral(std::string_view token) {
    std::vector<Group> groups(1);
    for (char c : token) {
        if (c >= '0' && c <= '9') {
            groups.back().digits += c;
        } else if (c == '.' || c == ',') {
            if (groups.back().digits.empty()) return std::nullopt;
            groups.push_back({{}, c});
        } else {
            return std::nullopt;
        }
    }
    if (groups.back().digits.empty()) return std::nullopt;
    Numeral n;
    n.zero_padded = groups[0].digits.size() > 1 && groups[0].digits[0] == '0';
    int dots = 0, commas = 0;
    for (std::size_t i = 1; i < groups.size(); ++i) (groups[i].sep_before == '.' ? dots : commas)++;
    auto all_three = [&](std::size_t from, std::size_t to, char sep) {
        for (std::size_t i = from; i < to; ++i) {
            if (groups[i].sep_before != sep || groups[i].digits.size() != 3) return false;
        }
        return groups[0].digits.size() <= 3;
    };
    if (groups.size() == 1) {
        n.value = digits_value(groups[0].digits);
        n.digits = static_cast<int>(groups[0].digits.size());
        return n;
    }
    const Group& last = groups.back();
    if (groups.size() == 2 && commas == 1 && groups[0].digits.size() > 3) {
        // "25418,6", "3007,1": a decimal comma after an integer part left ungrouped.
        n.style = Numeral::Style::Vietnamese;
        n.digits = static_cast<int>(groups[0].digits.size());
        n.decimals = static_cast<int>(last.digits.size());
        n.value = digits_value(groups[0].digits) + digits_value(last.digits) / std::pow(10.0, n.decimals);
        return n;
    }
    if (commas <= 1 && (commas == 0 || last.sep_before == ',') && all_three(1, groups.size() - (commas ? 1 : 0), '.')) {
        // Vietnamese: thousands groups, then at most one decimal part.
        double integer = 0;
        std::size_t end = groups.size() - (commas ? 1 : 0);
        for (std::size_t i = 0; i < end; ++i) integer = integer * 1000 + digits_value(groups[i].digits);
        n.style = Numeral::Style::Vietnamese;
        n.digits = static_cast<int>(groups[0].digits.size() + 3 * (end - 1));
        n.value = integer;
        if (commas) {
            n.decimals = static_cast<int>(last.digits.size());
            n.value += digits_value(last.digits) / std::pow(10.0, n.decimals);
            if (n.decimals == 3 && dots == 0 && groups[0].digits.size() <= 3) {
                n.comma_three = true;
                n.alt_value = integer * 1000 + digits_value(last.digits);
            }
        }
        return n;
    }
    if (commas >= 1 && dots <= 1 && (dots == 0 || last.sep_before == '.') && all_three(1, groups.size() - (dots ? 1 : 0), ',')) {
        double integer = 0;
        std::size_t end = groups.size() - (dots ? 1 : 0);
        for (std::size_t i = 0; i < end; ++i) integer = integer * 1000 + digits_value(groups[i].digits);
        n.style = Numeral::Style::EnglishGrouped;
        n.value = integer;
        n.digits = static_cast<int>(groups[0].digits.size() + 3 * (end - 1));
        if (dots) {
            n.decimals = static_cast<int>(last.digits.size());
            n.value += digits_value(last.digits) / std::pow(10.0, n.decimals);
        }
        return n;
    }
    // "1,189,5", "2,345,6": commas grouping thousands, then a decimal comma (its last group is
    // not three digits). No list: "1,2,3" has no group of three.
    if (dots == 0 && commas >= 2 && last.digits.size() < 3 && all_three(1, groups.size() - 1, ',')) {
        double integer = 0;
        for (std::size_t i = 0; i + 1 < groups.size(); ++i) integer = integer * 1000 + digits_value(groups[i].digits);
        n.style = Numeral::Style::Vietnamese;
        n.comma_grouped = true;
        n.digits = static_cast<int>(groups[0].digits.size() + 3 * (groups.size() - 2));
        n.decimals = static_cast<int>(last.digits.size());
        n.value = integer + digits_value(last.digits) / std::pow(10.0, n.decimals);
        return n;
    }
    // A final "." group that is not three digits: an English decimal (or a version "4.0").
    if (commas == 0 && last.sep_before == '.' && last.digits.size() != 3) {
        double integer = 0;
        for (std::size_t i = 0; i + 1 < groups.size(); ++i) integer = integer * 1000 + digits_value(groups[i].digits);
        n.style = Numeral::Style::EnglishDecimal;
        n.decimals = static_cast<int>(last.digits.size());
        n.value = integer + digits_value(last.digits) / std::pow(10.0, n.decimals);
        n.digits = static_cast<int>(groups[0].digits.size());
        return n;
    }
    return std::nullopt;
}

std::string format_vn(double value, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals < 0 ? 0 : decimals, std::fabs(value));
    std::string s(buf);
    std::string integer = s.substr(0, s.find('.'));
    std::string fraction = s.find('.') == std::string::npos ? "" : s.substr(s.find('.') + 1);
    std::string grouped;
    for (std::size_t i = 0; i < integer.size(); ++i) {
        if (i > 0 && (integer.size() - i) % 3 == 0) grouped += '.';
        grouped += integer[i];
    }
    std::string out = (value < 0 && std::fabs(value) >= 0.5 * std::pow(10.0, -decimals)) ? "-" : "";
    out += grouped;
    if (!fraction.empty()) out += "," + fraction;
    return out;
}

std::string format_vn_auto(double value, int max_decimals) {
    for (int d = 0; d < max_decimals; ++d) {
        if (std::fabs(value * std::pow(10.0, d) - std::round(value * std::pow(10.0, d))) < 1e-6) return format_vn(value, d);
    }
    return format_vn(value, max_decimals);
}

}  // namespace soat::analysis
