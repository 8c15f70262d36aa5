// A finding's identity across edits: rule + normalised text of its sentence + the flagged
// text + its heading path. Line numbers are not part of it, so edits elsewhere keep it.
#pragma once

#include <soat/finding.hpp>
#include <soat/model.hpp>

#include <string>
#include <vector>

namespace soat::engine {

std::string fingerprint(const model::Document& document, const Finding& finding);
// Findings sharing a fingerprint (the same words flagged twice in one sentence) get the 2nd, 3rd…
// occurrence folded in, in document order, so a baseline tells them apart.
void make_unique(std::vector<Finding>& findings);

}  // namespace soat::engine
