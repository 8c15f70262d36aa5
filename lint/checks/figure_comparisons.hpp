// The document-wide comparisons of inconsistent-figure: one structure (cơ cấu) or one rate
// ("Tỷ lệ …") given for the same year with another value, a year's structure that the next
// year's shares and changes contradict, and a total named as one of its own parts.
#pragma once

#include <soat/check.hpp>

namespace soat::checks {

void compare_structures(const engine::Context& context, engine::Sink& sink);
void compare_rates(const engine::Context& context, engine::Sink& sink);
void compare_total_labels(const engine::Context& context, engine::Sink& sink);

}  // namespace soat::checks
