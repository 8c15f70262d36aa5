#!/usr/bin/env bash
# Runs every test: unit tests, rule fixtures, corpus and command-line tests (builds first), then
# each libFuzzer target for a fixed, reproducible number of inputs under ASan and UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
(cd build && ctest --output-on-failure -j"$(nproc)")
FUZZ_RUNS=3000 bash scripts/fuzz.sh
