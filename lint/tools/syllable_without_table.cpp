// analysis/syllable.cpp for the build-time generators: without the table of canonical() of the
// rule packs' words, which soat_gen_canonical makes from this very code.
#define SOAT_NO_CANONICAL_TABLE
#include "analysis/syllable.cpp"
