#!/usr/bin/env bash
# A real LSP client: headless Neovim with editors/neovim/soat.lua opens a Markdown draft with a
# repeated word and must receive soat's diagnostic for it on the right line.
# Usage: neovim_lsp_test.sh SOAT_BINARY SOURCE_DIR [DRAFT RULE LINE]
set -euo pipefail
soat=$1
source_dir=$2
if ! command -v nvim >/dev/null; then
  echo "SKIP: nvim is not installed (scripts/deps.sh installs neovim)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if (($# >= 5)); then
  draft=$3 rule=$4 line=$5
else
  draft=$work/dự-thảo.md rule=repeated-word line=5
  cat > "$draft" <<'MD'
# Báo cáo kết quả thực hiện nhiệm vụ

Ủy ban nhân dân huyện đã chỉ đạo triển khai kế hoạch năm 2024.

Phối hợp giữa các các phòng, ban chuyên môn còn chưa chặt chẽ.
MD
fi
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state \
       XDG_CACHE_HOME=$work/cache
cat > "$work/args.lua" <<LUA
_G.soat_args = { [[$soat]], [[$draft]], [[$rule]], [[$line]] }
package.path = [[$source_dir/editors/neovim/?.lua;]] .. package.path
LUA
timeout 60 nvim --headless --clean -n -c "luafile $work/args.lua" -c "luafile $source_dir/tests/editors/neovim_lsp_test.lua"
