#!/usr/bin/env bash
# Runs the exact `soat check` commands of the CI recipes in docs/ci/ on fixtures/reporters/drafts
# and checks their exit codes and reports (SARIF against its schema, JUnit as XML).
# Usage: ci_recipes.sh SOAT_BINARY SOURCE_DIR SARIF_SCHEMA_CACHE
set -uo pipefail
soat=$1; src=$2; cache=$3
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cp -r "$src/fixtures/reporters/drafts" "$work/van-ban"
cp -r "$src/fixtures/reporters/pack" "$work/pack"
export SOAT=$soat DRAFTS=van-ban
cd "$work"
failed=0
# The first command of each recipe writes a report and never fails; the second gates the job.
for recipe in github-actions gitlab-ci; do
  mapfile -t commands < <(grep -o '"\$SOAT" check[^'"'"']*' "$src/docs/ci/$recipe.yml")
  if ((${#commands[@]} != 2)); then echo "$recipe: expected 2 soat commands, found ${#commands[@]}"; failed=1; continue; fi
  for i in 0 1; do
    echo "== $recipe: ${commands[$i]}"
    bash -c "${commands[$i]}" >"out.$i" 2>"err.$i"; code=$?
    want=$((i == 0 ? 0 : 1))   # the drafts hold an error-level finding
    if ((code != want)); then echo "exit $code, want $want"; cat "err.$i"; failed=1; fi
  done
done
[[ -s soat.sarif ]] || { echo "soat.sarif missing"; failed=1; }
[[ -s soat-junit.xml ]] || { echo "soat-junit.xml missing"; failed=1; }
grep -q 'demo-error' soat.sarif || { echo "soat.sarif lacks the demo-error finding"; failed=1; }
grep -q '<failure type="demo-error"' soat-junit.xml || { echo "soat-junit.xml lacks the demo-error failure"; failed=1; }
if command -v xmllint >/dev/null; then
  xmllint --noout soat-junit.xml || failed=1
else
  python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' soat-junit.xml || failed=1
fi
bash "$src/tests/scripts/validate_sarif.sh" "$cache" soat.sarif; code=$?
if ((code == 77)); then echo "SARIF schema check skipped (see above); structure checked by unit tests"; elif ((code != 0)); then failed=1; fi
exit $failed
