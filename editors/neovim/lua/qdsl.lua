-- qdsl for Neovim >= 0.7: starts `qdsl lsp` for every qdsl buffer (vim.lsp.start where it exists, else
-- vim.lsp.start_client with one client per project folder) and maps formatting to `qdsl fmt`'s layout.
local M = {}

M.config = {
  -- The qdsl program: a name on PATH or a full path.
  cmd = { 'qdsl', 'lsp' },
  -- Folders whose presence marks a project root; the file's own folder otherwise.
  root_markers = { '.git' },
  -- Format the buffer through the server before writing it.
  format_on_save = false,
}

local clients = {} -- root folder -> client id (for Neovim 0.7, which has no vim.lsp.start)

local function root_for(bufnr)
  local file = vim.api.nvim_buf_get_name(bufnr)
  local dir = vim.fn.fnamemodify(file, ':p:h')
  for _, marker in ipairs(M.config.root_markers) do
    local found = vim.fn.finddir(marker, dir .. ';')
    if found == '' then found = vim.fn.findfile(marker, dir .. ';') end
    if found ~= '' then return vim.fn.fnamemodify(found, ':p:h:h') end
  end
  return dir
end

local function format(bufnr)
  if vim.lsp.buf.format then
    vim.lsp.buf.format({ bufnr = bufnr, timeout_ms = 3000 })
  else
    vim.lsp.buf.formatting_sync(nil, 3000) -- Neovim 0.7
  end
end

function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local root = root_for(bufnr)
  local config = { name = 'qdsl', cmd = M.config.cmd, root_dir = root }
  if vim.lsp.start then
    vim.lsp.start(config, { bufnr = bufnr })
  else
    local id = clients[root]
    if id == nil or vim.lsp.get_client_by_id(id) == nil then
      id = vim.lsp.start_client(config)
      clients[root] = id
    end
    if id then vim.lsp.buf_attach_client(bufnr, id) end
  end
  vim.api.nvim_buf_set_option(bufnr, 'omnifunc', 'v:lua.vim.lsp.omnifunc')
  vim.api.nvim_buf_create_user_command(bufnr, 'QdslFormat', function() format(bufnr) end,
    { desc = 'Format the buffer in the layout of qdsl fmt' })
  if M.config.format_on_save then
    vim.api.nvim_create_autocmd('BufWritePre', { buffer = bufnr, callback = function() format(bufnr) end })
  end
end

function M.setup(opts)
  M.config = vim.tbl_deep_extend('force', M.config, opts or {})
  local group = vim.api.nvim_create_augroup('qdsl', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = 'qdsl',
    callback = function(args) M.attach(args.buf) end,
  })
end

return M
