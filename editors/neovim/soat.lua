-- soat for Neovim (0.7 or newer), without nvim-lspconfig: starts `soat lsp` for Markdown and
-- text drafts and attaches every such buffer to it.
--
--   require('soat').setup({ cmd = { 'soat', 'lsp' }, settings = { profile = 'final' } })
local M = {}

M.config = {
  cmd = { 'soat', 'lsp' },
  filetypes = { 'markdown', 'text' },
  -- The `soat` section the server asks for (workspace/configuration): profile, lang, enable, disable.
  settings = {},
}

local clients = {} -- root directory -> client id

-- The directory of the nearest .soat.yml or .git above the buffer, else its own directory.
local function root_of(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local dir = vim.fn.fnamemodify(name, ':p:h')
  local found = vim.fn.findfile('.soat.yml', dir .. ';')
  if found ~= '' then
    return vim.fn.fnamemodify(found, ':p:h')
  end
  local git = vim.fn.finddir('.git', dir .. ';')
  if git ~= '' then
    return vim.fn.fnamemodify(git, ':p:h:h')
  end
  return dir
end

-- Starts (once per root) and attaches the client; returns its id.
function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local root = root_of(bufnr)
  local id = clients[root]
  if id == nil or vim.lsp.get_client_by_id(id) == nil then
    id = vim.lsp.start_client({
      name = 'soat',
      cmd = M.config.cmd,
      root_dir = root,
      settings = { soat = M.config.settings },
      init_options = M.config.settings,
    })
    clients[root] = id
  end
  if id ~= nil then
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

function M.setup(opts)
  M.config = vim.tbl_deep_extend('force', M.config, opts or {})
  local group = vim.api.nvim_create_augroup('soat', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = M.config.filetypes,
    callback = function(args)
      M.attach(args.buf)
    end,
  })
end

return M
