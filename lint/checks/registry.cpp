// Every check kind, sorted by name. A rule file picks one by its `kind:`.
#include <soat/check.hpp>

#include "checks/kinds.hpp"

#include <algorithm>

namespace soat::engine {

const std::vector<Kind>& kinds() {
    static const std::vector<Kind> all = {
        {"count-mismatch", checks::make_count_mismatch},
        {"inconsistent-figure", checks::make_inconsistent_figure},
        {"invalid-fraction", checks::make_invalid_fraction},
        {"number-format", checks::make_number_format},
        {"percent-mismatch", checks::make_percent_mismatch},
        {"share-sum", checks::make_share_sum},
        {"sum-mismatch", checks::make_sum_mismatch},
        {"table-total", checks::make_table_total},
        {"unit-format", checks::make_unit_format},
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
