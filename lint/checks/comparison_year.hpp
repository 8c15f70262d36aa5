// period-mismatch, third part: a comparison with "the same period of year Y" (`so với cùng kỳ năm
// 2025`) where Y is not before the period compared: the nearest period or date with its year
// earlier in the sentence (`lũy kế 2 tháng đầu năm 2025 …`), or else the latest year of the title.
// A period that is itself a base (`so với năm 2024`) or a target's (`chỉ tiêu năm 2022`) is not
// the one compared; a nearer period without its year (`quý II`) leaves the year unknown.
#pragma once

#include <soat/check.hpp>

namespace soat::checks {

void comparison_years(const engine::Context& context, engine::Sink& sink);

}  // namespace soat::checks
