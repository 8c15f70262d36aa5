#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang under ASan and UBSan in build-fuzz/ and runs
# each for N seconds (default 60), seeded with the documents and .yml files of fixtures/, rules/
# and ../shared/corpus, the LSP sessions of fuzz/seeds/lsp, and HTTP requests made here. Exit 1 when a target finds a crash,
# a leak or a timeout (kept in build-fuzz/findings/<target>/).
# Usage: scripts/fuzz.sh [SECONDS] [JOBS]; with FUZZ_RUNS=N each target instead runs N inputs from
# seed 1, the same every time (scripts/test.sh does, so that CI is reproducible).
# FUZZ_EXTRA_SEEDS=dir1:dir2 adds the documents of more directories (report pages kept outside the
# repository, say) as seeds: their .txt and .md files as text seeds, their .docx as DOCX seeds.
# FUZZ_TARGETS="fuzz_lint fuzz_text" builds and runs only those targets. fuzz_lint and fuzz_text
# run with the dictionary fuzz/lint.dict (the words and figures the readers key on).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
jobs=${2:-$(nproc)}
targets=(fuzz_docx fuzz_text fuzz_lint fuzz_config fuzz_lsp fuzz_http)
[[ -n ${FUZZ_TARGETS:-} ]] && read -r -a targets <<<"$FUZZ_TARGETS"
CC=${CC:-clang-14} CXX=${CXX:-clang++-14} cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSOAT_FUZZ=ON -DSOAT_TESTS=OFF -DSOAT_BENCH=OFF >/dev/null
nice -n 10 cmake --build build-fuzz -j"$jobs" --target "${targets[@]}"

seeds=build-fuzz/seeds
rm -rf "$seeds"
mkdir -p "$seeds/docx" "$seeds/text" "$seeds/config" "$seeds/http"
cp -r fuzz/seeds/lsp "$seeds/lsp"
shared=../shared/corpus
dirs=(fixtures)
[[ -d $shared ]] && dirs+=("$shared") || echo "note: $shared not found; seeding from fixtures/ only"
if [[ -n ${FUZZ_EXTRA_SEEDS:-} ]]; then
  IFS=: read -r -a extra <<<"$FUZZ_EXTRA_SEEDS"
  for d in "${extra[@]}"; do
    [[ -z $d ]] && continue
    [[ -d $d ]] && dirs+=("$d") || { echo "fuzz.sh: FUZZ_EXTRA_SEEDS: no directory $d" >&2; exit 2; }
  done
fi
find "${dirs[@]}" -type f -name '*.docx' -size -2048k -exec cp -t "$seeds/docx" {} + 2>/dev/null || true
# text seeds: the first byte picks .txt (even) or .md (odd), and for fuzz_lint the profile
n=0
while IFS= read -r -d '' f; do
  n=$((n + 1))
  case $f in
    *.md) { printf '\x01'; head -c 65536 "$f"; } >"$seeds/text/$n" ;;
    *) { printf '\x00'; head -c 65536 "$f"; } >"$seeds/text/$n" ;;
  esac
done < <(find "${dirs[@]}" -type f \( -name '*.txt' -o -name '*.md' \) -size -1024k -print0)
n=0
while IFS= read -r -d '' f; do
  n=$((n + 1))
  cp "$f" "$seeds/config/$n"
done < <(find fixtures rules tests -type f \( -name '*.yml' -o -name '.soat.yml' \) -size -64k -print0)
# http seeds: each route of `soat serve`, and uploads of a few small documents
req() { printf '%s %s HTTP/1.1\r\nHost: soat\r\n%s\r\n' "$1" "$2" "${3:-}"; }
req GET / >"$seeds/http/page"
req GET /healthz "Connection: keep-alive"$'\r\n' >"$seeds/http/healthz"
req GET '/api/v1/rules?lang=en' >"$seeds/http/rules"
{ req GET /api/v1/rules/misspelling; req GET /nowhere; } >"$seeds/http/rule-then-404"
req OPTIONS /api/v1/check "Origin: https://example.org"$'\r\n' >"$seeds/http/preflight"
n=0
while IFS= read -r -d '' f; do
  n=$((n + 1))
  route=(check annotate fix)
  body=$(mktemp)
  { printf -- '--b\r\nContent-Disposition: form-data; name="file"; filename="%s"\r\n' "$(basename "$f")"
    printf 'Content-Type: application/octet-stream\r\n\r\n'; cat "$f"; printf -- '\r\n--b--\r\n'; } >"$body"
  { req POST "/api/v1/${route[$((n % 3))]}?profile=final" \
      "Content-Type: multipart/form-data; boundary=b"$'\r\n'"Content-Length: $(stat -c %s "$body")"$'\r\n'
    cat "$body"; } >"$seeds/http/upload-$n"
  rm -f "$body"
done < <(find fixtures -type f \( -name '*.docx' -o -name '*.txt' \) -size -24k -print0 | sort -z | head -z -n 12)

status=0
for target in "${targets[@]}"; do
  max_len=65536
  dict=()
  case $target in
    fuzz_docx) kind=docx max_len=1048576 ;;
    fuzz_text | fuzz_lint) kind=text dict=(-dict=fuzz/lint.dict) ;;
    fuzz_config) kind=config ;;
    fuzz_lsp) kind=lsp ;;
    fuzz_http) kind=http max_len=262144 ;;
  esac
  corpus=build-fuzz/corpus/$target
  findings=build-fuzz/findings/$target
  mkdir -p "$corpus" "$findings"
  if [[ -n ${FUZZ_RUNS:-} ]]; then budget=(-runs="$FUZZ_RUNS" -seed=1); else budget=(-max_total_time="$seconds"); fi
  echo "== $target: ${budget[*]}, seeds $(ls "$seeds/$kind" | wc -l), corpus $(ls "$corpus" | wc -l)"
  ./build-fuzz/fuzz/$target "${budget[@]}" -rss_limit_mb=2048 -timeout=20 -max_len=$max_len "${dict[@]}" \
    -artifact_prefix="$findings/" -print_final_stats=1 "$corpus" "$seeds/$kind" >"$findings/log" 2>&1 &&
    tail -n 8 "$findings/log" || { status=1; grep -Ev '^#[0-9]+ +(NEW|REDUCE|pulse|INITED)' "$findings/log" | tail -n 120; }
done
exit $status
