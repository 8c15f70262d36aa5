#!/usr/bin/env bash
# package.deb: builds the Debian package with cpack in the build directory, unpacks it with
# dpkg -x into a scratch directory and runs the packaged binary.
# Usage: package_deb.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
src=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
(cd "$build" && cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log"; exit 1; }
deb=$(ls "$scratch"/out/soat_*.deb)
echo "== $(basename "$deb")"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
dpkg-deb --contents "$deb" | awk '{print $6}'
# soat loads libzip with dlopen() when it opens a zip (SOAT_LAZY_LIBZIP): the package names it.
dpkg-deb --field "$deb" Depends | grep -q 'libzip' || { echo "the package does not depend on libzip"; exit 1; }
dpkg -x "$deb" "$scratch/root"
for f in usr/bin/soat usr/bin/soat-serve usr/share/man/man1/soat.1 usr/share/bash-completion/completions/soat \
         usr/share/doc/soat/rules/README.md; do
  [[ -f $scratch/root/$f ]] || { echo "missing from the package: $f"; exit 1; }
done
for f in soat soat-serve; do
  if file "$scratch/root/usr/bin/$f" | grep -q "not stripped"; then
    echo "usr/bin/$f is not stripped"; exit 1
  fi
done
version=$("$scratch/root/usr/bin/soat" --version)
echo "== soat --version: $version"
pattern='^soat [0-9]+\.[0-9]+\.[0-9]+ \(commit ([0-9a-f]+|unknown)\)$'
[[ $version =~ $pattern ]] || { echo "bad --version"; exit 1; }
status=0
"$scratch/root/usr/bin/soat" check "$src/fixtures/sample/bao-cao-mau.docx" >"$scratch/check.txt" || status=$?
echo "== soat check fixtures/sample/bao-cao-mau.docx: exit $status, $(wc -l <"$scratch/check.txt") lines"
[[ $status -eq 0 || $status -eq 1 ]] || { cat "$scratch/check.txt"; exit 1; }
# `soat serve` runs the packaged soat-serve beside it.
"$scratch/root/usr/bin/soat" serve --host 127.0.0.1 --port 0 2>"$scratch/serve.txt" &
server=$!
for _ in $(seq 100); do grep -q "listening on http://127.0.0.1:" "$scratch/serve.txt" && break; sleep 0.1; done
kill "$server"; wait "$server" || true
grep -q "listening on http://127.0.0.1:" "$scratch/serve.txt" || { cat "$scratch/serve.txt"; echo "soat serve did not start"; exit 1; }
echo "== soat serve: $(head -1 "$scratch/serve.txt")"
echo "package.deb: ok"
