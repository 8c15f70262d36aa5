#!/usr/bin/env bash
# Installs soat's build and test dependencies from Debian 12 packages; skips what is present.
set -euo pipefail
packages=(build-essential cmake pkg-config libxml2-dev liblzma-dev zlib1g-dev libxml2-utils libzip-dev zipcmp zipmerge
          ziptool unzip libre2-dev libfmt-dev libyaml-cpp-dev nlohmann-json3-dev libutf8proc-dev
          libcli11-dev catch2 libbenchmark-dev python3 python3-jsonschema
          neovim libreoffice-writer libcpp-httplib-dev chromium chromium-driver python3-selenium
          clang-14 libclang-rt-14-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
