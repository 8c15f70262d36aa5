#!/usr/bin/env bash
# Validates SARIF files against the SARIF 2.1.0 schema (sarif-2.1.0-rtm.5.json) shipped in the
# npm package @microsoft/jest-sarif. The package is fetched with `npm pack` into CACHE_DIR at test
# time, only when absent; nothing third-party is committed. Exits 77 (ctest SKIP) when neither
# the cached schema nor npm is available, saying why.
# Usage: validate_sarif.sh CACHE_DIR FILE.sarif...
set -euo pipefail
cache=$1; shift
here=$(cd "$(dirname "$0")" && pwd)
schema=$cache/package/lib/schemas/sarif-2.1.0-rtm.5.json
if [[ ! -f $schema ]]; then
  if ! command -v npm >/dev/null; then
    echo "SKIP: npm not found; cannot fetch the SARIF 2.1.0 schema (@microsoft/jest-sarif)"
    exit 77
  fi
  mkdir -p "$cache"
  if ! (cd "$cache" && npm pack --silent @microsoft/jest-sarif@1.0.0-beta.0 >/dev/null 2>npm.log \
        && tar xzf microsoft-jest-sarif-1.0.0-beta.0.tgz package/lib/schemas/sarif-2.1.0-rtm.5.json); then
    echo "SKIP: npm pack @microsoft/jest-sarif failed (offline?):"; cat "$cache/npm.log" || true
    exit 77
  fi
fi
python=python3
/usr/bin/python3 -c 'import jsonschema' 2>/dev/null && python=/usr/bin/python3
exec "$python" "$here/validate_json.py" "$schema" "$@"
