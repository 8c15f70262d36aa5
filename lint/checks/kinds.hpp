// Factories of every check kind, one per file in lint/checks/. Listed in registry.cpp.
#pragma once

#include <soat/check.hpp>

namespace soat::checks {

}  // namespace soat::checks
