#!/usr/bin/env bash
# The VS Code extension builds, its unit tests pass and it packages into a .vsix: npm ci (from the
# npm cache when it can, else the registry), tsc, node --test, vsce package. Usage: vscode_test.sh EXTENSION_DIR
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
timeout 240 npx --yes @vscode/vsce package --skip-license --out "$work/soat.vsix" </dev/null
test -s "$work/soat.vsix"
listing=$(unzip -l "$work/soat.vsix")
grep -q 'extension/out/extension.js' <<<"$listing"
echo "packaged: $(stat -c %s "$work/soat.vsix") bytes"
