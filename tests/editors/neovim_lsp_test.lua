-- Run by neovim_lsp_test.sh inside `nvim --headless`: opens the draft, waits for soat's
-- diagnostics, prints them and checks that RULE is reported on LINE (1-based).
local soat_bin, draft, rule, line = _G.soat_args[1], _G.soat_args[2], _G.soat_args[3], tonumber(_G.soat_args[4])

local function finish(code, text)
  io.stdout:write(text .. '\n')
  vim.cmd((code == 0 and 'qa!') or 'cq!')
end

local ok, soat = pcall(require, 'soat')
if not ok then
  return finish(1, 'cannot load editors/neovim/soat.lua: ' .. tostring(soat))
end
soat.setup({ cmd = { soat_bin, 'lsp' } })
vim.cmd('edit ' .. vim.fn.fnameescape(draft))
local buf = vim.api.nvim_get_current_buf()

local got = vim.wait(15000, function()
  return #vim.diagnostic.get(buf) > 0
end, 50)
local diagnostics = vim.diagnostic.get(buf)
for _, d in ipairs(diagnostics) do
  io.stdout:write(string.format('%s:%d:%d: %s [%s] %s\n', vim.fn.fnamemodify(draft, ':t'), d.lnum + 1, d.col + 1,
    vim.diagnostic.severity[d.severity], tostring(d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)),
    d.message))
end
if not got then
  return finish(1, 'FAIL: no diagnostics within 15 s (filetype=' .. vim.bo[buf].filetype .. ')')
end
for _, d in ipairs(diagnostics) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  if code == rule and d.lnum + 1 == line then
    return finish(0, 'OK: ' .. rule .. ' on line ' .. line)
  end
end
finish(1, 'FAIL: no ' .. rule .. ' on line ' .. line)
