#!/usr/bin/env bash
# The VS Code extension builds and its unit tests pass: npm ci (from the npm cache when it can,
# else the registry), tsc, node --test. Usage: vscode_test.sh EXTENSION_DIR
set -euo pipefail
if ! command -v npm >/dev/null; then
  echo "SKIP: npm is not installed"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$1/package.json" "$1/package-lock.json" "$1/tsconfig.json" "$1/src" "$work/"
cd "$work"
timeout 240 npm ci --no-audit --no-fund --prefer-offline
npm run compile
npm test
