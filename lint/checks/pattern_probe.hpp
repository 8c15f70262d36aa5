// Whether RE2 accepts a pattern, without building its program: parsed with a memory budget too
// small for any program, a pattern that parses fails only as "too large". Shared by blank-field
// (lint/checks/blank_field.cpp), which checks its patterns at load, and the build-time rule
// generator (lint/tools/gen_rules.cpp), which probes the built-in ones with the same RE2 so that
// the load need not (engine::built_in_pattern_parses).
#pragma once

#include <re2/re2.h>

#include <string>

namespace soat::checks {

inline bool pattern_parses(const std::string& source) {
    RE2::Options probe;
    probe.set_log_errors(false);
    probe.set_max_mem(3);  // RE2 compiles with 2/3 of it: 2 bytes, no room for one instruction (0 means no limit)
    const RE2 parsed(source, probe);
    return parsed.ok() || parsed.error_code() == RE2::ErrorPatternTooLarge;
}

}  // namespace soat::checks
