#!/usr/bin/env bash
# Compares reading a DOCX with soat against the floor of unzipping word/document.xml and
# streaming it through libxml2 (xmllint --stream): wall time and peak memory of each.
# Usage: bench/extract_floor.sh [FILE.docx]   (default: a generated ~10 MB document.xml)
# Needs: unzip, xmllint, /usr/bin/time, a built build/bench/soat_bench.
set -euo pipefail
cd "$(dirname "$0")/.."
bench=build/bench/soat_bench
file=${1:-}
if [[ -z $file ]]; then
  file=$(mktemp --suffix=.docx)
  trap 'rm -f "$file"' EXIT
  "$bench" --write-large "$file"
fi
xml_size=$(unzip -p "$file" word/document.xml | wc -c)
measure() {  # prints "seconds peak_kb" of the command, best of 3 runs
  local best_t=999 best_m=0 log
  log=$(mktemp)
  for _ in 1 2 3; do
    /usr/bin/time -o "$log" -f '%e %M' bash -c "$1" >/dev/null 2>&1
    read -r t m < <(tail -1 "$log")
    if awk -v t="$t" -v b="$best_t" 'BEGIN{exit !(t < b)}'; then best_t=$t; best_m=$m; fi
  done
  rm -f "$log"
  echo "$best_t $best_m"
}
read -r floor_t floor_m < <(measure "unzip -p '$file' word/document.xml | xmllint --stream --noout -")
read -r soat_t soat_m < <(measure "'$bench' --read '$file'")
echo "file: $file (word/document.xml: $xml_size bytes)"
echo "floor (unzip | xmllint --stream): ${floor_t}s, peak ${floor_m} KB"
echo "soat read_docx_bytes:             ${soat_t}s, peak ${soat_m} KB"
awk -v a="$soat_t" -v b="$floor_t" -v m="$soat_m" -v x="$xml_size" \
  'BEGIN{ if (b > 0) printf "time ratio: %.2fx the floor\n", a/b; printf "peak memory: %.2fx document.xml\n", m*1024/x }'
