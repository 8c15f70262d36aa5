// A finding's identity across edits: rule + normalised text of its sentence + the flagged
// text + its heading path. Line numbers are not part of it, so edits elsewhere keep it.
#pragma once

#include <soat/finding.hpp>
#include <soat/model.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace soat::engine {

std::string fingerprint(const model::Document& document, const Finding& finding);
// Findings sharing a fingerprint (the same words flagged twice in one sentence) get the 2nd, 3rd…
// occurrence folded in, in document order, so a baseline tells them apart.
void make_unique(std::vector<Finding>& findings);

// The utf8proc mapping (case folding, compatibility composition) of the fingerprints' texts: code
// point by code point where that gives the same answer, and utf8proc_map of the whole text.
// Exposed for the test that compares them.
std::string fingerprint_map_text(std::string_view text);
std::string fingerprint_map_whole(std::string_view text);

}  // namespace soat::engine
