// period-mismatch, fourth part: a number of months with the months it runs through in
// parentheses that count another number (`6 tháng đầu năm (từ tháng 1 đến tháng 8)`, `9 tháng (từ
// ngày 01/01 đến ngày 31/10)`). Dates count only from a month's first day to its last ones.
#pragma once

#include <soat/check.hpp>

namespace soat::checks {

void months_spans(const engine::Context& context, engine::Sink& sink);

}  // namespace soat::checks
