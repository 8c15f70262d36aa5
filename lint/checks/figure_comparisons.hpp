// The document-wide comparisons of inconsistent-figure: one structure (cơ cấu) or one rate
// ("Tỷ lệ …") given for the same year with another value, a year's structure that the next
// year's shares and changes contradict, a total named as one of its own parts, and a figure
// pointing back to one said before ("… nói trên") that matches none.
#pragma once

#include <soat/check.hpp>

namespace soat::checks {

void compare_structures(const engine::Context& context, engine::Sink& sink);
void compare_rates(const engine::Context& context, engine::Sink& sink);
void compare_total_labels(const engine::Context& context, engine::Sink& sink);
void compare_restated(const engine::Context& context, engine::Sink& sink);

}  // namespace soat::checks
