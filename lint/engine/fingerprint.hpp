// A finding's identity across edits: rule + normalised text of its sentence + the flagged
// text + its heading path. Line numbers are not part of it, so edits elsewhere keep it.
#pragma once

#include <soat/finding.hpp>
#include <soat/model.hpp>

#include <string>

namespace soat::engine {

std::string fingerprint(const model::Document& document, const Finding& finding);

}  // namespace soat::engine
