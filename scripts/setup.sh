#!/usr/bin/env bash
# Installs the dependencies, builds the soat binary only (the tests build in scripts/test.sh),
# and lints the sample draft.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target soat
echo "== soat check fixtures/sample/bao-cao-mau.docx"
./build/lint/soat check fixtures/sample/bao-cao-mau.docx || true
