// Every check kind, sorted by name. A rule file picks one by its `kind:`.
#include <soat/check.hpp>

#include "checks/kinds.hpp"

#include <algorithm>

namespace soat::engine {

const std::vector<Kind>& kinds() {
    static const std::vector<Kind> all = {
        {"abbreviation-before-definition", checks::make_abbreviation_before_definition},
        {"abbreviation-redefined", checks::make_abbreviation_redefined},
        {"abbreviation-undefined", checks::make_abbreviation_undefined},
        {"date-style", checks::make_date_style},
        {"invalid-date", checks::make_invalid_date},
        {"invalid-period", checks::make_invalid_period},
        {"name-consistency", checks::make_name_consistency},
        {"period-mismatch", checks::make_period_mismatch},
    };
    return all;
}

const Kind* find_kind(std::string_view name) {
    const auto& all = kinds();
    auto it = std::lower_bound(all.begin(), all.end(), name,
                               [](const Kind& k, std::string_view n) { return k.name < n; });
    return it != all.end() && it->name == name ? &*it : nullptr;
}

}  // namespace soat::engine
