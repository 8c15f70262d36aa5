// Every check kind, sorted by name. A rule file picks one by its `kind:`.
#include <soat/check.hpp>

#include "checks/kinds.hpp"

#include <algorithm>

namespace soat::engine {

const std::vector<Kind>& kinds() {
    static const std::vector<Kind> all = {
        {"capitalization", checks::make_capitalization},
        {"comments-left", checks::make_comments_left},
        {"conditional", checks::make_conditional},
        {"consistency", checks::make_consistency},
        {"existence", checks::make_existence},
        {"hidden-text", checks::make_hidden_text},
        {"misspelling", checks::make_misspelling},
        {"repeated-word", checks::make_repeated_word},
        {"repetition", checks::make_repetition},
        {"spacing", checks::make_spacing},
        {"substitution", checks::make_substitution},
        {"suppression-reason", checks::make_suppression_reason},
        {"tone-style", checks::make_tone_style},
        {"tracked-changes", checks::make_tracked_changes},
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
