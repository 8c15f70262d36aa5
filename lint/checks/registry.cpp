// Every check kind, sorted by name. A rule file picks one by its `kind:`.
#include <soat/check.hpp>

#include "checks/kinds.hpp"

#include <algorithm>

namespace soat::engine {

const std::vector<Kind>& kinds() {
    static const std::vector<Kind> all = {
        {"capitalization", checks::make_capitalization},
        {"misspelling", checks::make_misspelling},
        {"repeated-word", checks::make_repeated_word},
        {"spacing", checks::make_spacing},
        {"tone-style", checks::make_tone_style},
        {"unbalanced-delimiters", checks::make_unbalanced_delimiters},
        {"unicode", checks::make_unicode},
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
