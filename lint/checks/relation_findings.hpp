// Findings from the relations of analysis/relations: each family's interval test, reported
// under the rule that owns it (percent-mismatch, sum-mismatch, count-mismatch).
#pragma once

#include "analysis/relations/relations.hpp"

#include <soat/check.hpp>

namespace soat::checks {

enum class RelationRule { Percent, Sum, Count };

void report_relations(const engine::Context& context, engine::Sink& sink, RelationRule rule);

}  // namespace soat::checks
