// Which scope (body, heading, table, footnote, header-footer) a paragraph belongs to.
#pragma once

#include <soat/check.hpp>

#include "analysis/headings.hpp"

namespace soat::engine {

unsigned scope_of(const model::Document& document, const analysis::Headings& headings, std::size_t paragraph);

// True when the paragraph lies in the scope of the context's rule.
bool in_scope(const Context& context, std::size_t paragraph);

}  // namespace soat::engine
