#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang in build-fuzz/ and runs each for N seconds
# (default 60), seeded with the documents of fixtures/ and ../shared/corpus. Not part of CI.
# Usage: scripts/fuzz.sh [SECONDS] [JOBS]
# Findings (crash-*, leak-*, timeout-*) land in build-fuzz/findings/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
jobs=${2:-$(nproc)}
CC=${CC:-clang-14} CXX=${CXX:-clang++-14} cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSOAT_FUZZ=ON -DSOAT_TESTS=OFF -DSOAT_BENCH=OFF >/dev/null
nice -n 10 cmake --build build-fuzz -j"$jobs" --target fuzz_docx fuzz_text

seeds=build-fuzz/seeds
rm -rf "$seeds"
mkdir -p "$seeds/docx" "$seeds/text"
shared=../shared/corpus
dirs=(fixtures)
[[ -d $shared ]] && dirs+=("$shared") || echo "note: $shared not found; seeding from fixtures/ only"
find "${dirs[@]}" -type f -name '*.docx' -size -2048k -exec cp -t "$seeds/docx" {} + 2>/dev/null || true
# text seeds: the first byte picks .txt (even) or .md (odd)
n=0
while IFS= read -r -d '' f; do
  n=$((n + 1))
  case $f in
    *.md) { printf '\x01'; head -c 65536 "$f"; } >"$seeds/text/$n" ;;
    *) { printf '\x00'; head -c 65536 "$f"; } >"$seeds/text/$n" ;;
  esac
done < <(find "${dirs[@]}" -type f \( -name '*.txt' -o -name '*.md' \) -size -1024k -print0)

status=0
for target in fuzz_docx fuzz_text; do
  kind=${target#fuzz_}
  corpus=build-fuzz/corpus/$target
  findings=build-fuzz/findings/$target
  mkdir -p "$corpus" "$findings"
  echo "== $target: ${seconds}s, seeds $(ls "$seeds/$kind" | wc -l), corpus $(ls "$corpus" | wc -l)"
  ./build-fuzz/fuzz/$target -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=1048576 \
    -artifact_prefix="$findings/" -print_final_stats=1 "$corpus" "$seeds/$kind" || status=1
done
[[ $status -eq 0 ]] && echo "fuzz: no crash" || echo "fuzz: findings in build-fuzz/findings/"
exit $status
