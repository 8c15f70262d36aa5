#!/usr/bin/env bash
# Runs `soat check` on fixtures/reporters/drafts in json and sarif and validates both outputs
# against schema/soat-output.schema.json and the SARIF 2.1.0 schema.
# Usage: cli_schema.sh SOAT_BINARY SOURCE_DIR SARIF_SCHEMA_CACHE
set -uo pipefail
soat=$1; src=$2; cache=$3
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cp -r "$src/fixtures/reporters/drafts" "$work/drafts"
cp -r "$src/fixtures/reporters/pack" "$work/pack"
printf 'broken' > "$work/drafts/hong.docx"
cd "$work"
"$soat" check --format json --output out.json drafts; code=$?
((code == 2)) || { echo "json run: exit $code, want 2 (one unreadable input)"; exit 1; }
"$soat" check --format sarif --output out.sarif drafts; code=$?
((code == 2)) || { echo "sarif run: exit $code, want 2"; exit 1; }
here=$src/tests/scripts
python=python3
/usr/bin/python3 -c 'import jsonschema' 2>/dev/null && python=/usr/bin/python3
"$python" "$here/validate_json.py" "$src/schema/soat-output.schema.json" out.json "$src/fixtures/reporters/sample.json" || exit $?
exec bash "$here/validate_sarif.sh" "$cache" out.sarif "$src/fixtures/reporters/sample.sarif"
