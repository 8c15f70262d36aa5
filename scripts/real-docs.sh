#!/usr/bin/env bash
# The real-document check: soat over ../shared/corpus/vn-real/, a sorted list of every warning and
# error, counts per rule; `--compare OLD` shows what appeared and disappeared; `--ledger tests/real`
# judges the findings against the review ledger. See docs/real-documents.md.
set -euo pipefail
exec python3 "$(dirname "$0")/real_docs.py" "$@"
