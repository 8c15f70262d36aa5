// The value of a run of ASCII digits a regular expression matched ("2025" -> 2025).
#pragma once

#include <re2/re2.h>

namespace soat::analysis {

inline int matched_int(re2::StringPiece digits) {
    int v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    return v;
}

}  // namespace soat::analysis
