-- Neovim end-to-end test (run by .ci/run): the repository's Neovim set-up (editors/neovim) on
-- Tests/editors/known-error.qdsl: filetype, the QD2001 diagnostic from qdsl lsp, completion of the options of
-- the right list, range formatting of one declaration, and formatting through the server giving exactly the
-- text of `qdsl fmt`.
-- Environment: QDSL_BIN (the qdsl binary), QDSL_FILE (a copy of the questionnaire), QDSL_FORMATTED (qdsl fmt's
-- output for it). Exits 0 when every check passes, 1 otherwise.

local failures = 0
local function check(ok, what)
  io.stdout:write((ok and 'ok: ' or 'FAILED: ') .. what .. '\n')
  if not ok then failures = failures + 1 end
end
local function finish()
  io.stdout:flush()
  vim.cmd(failures == 0 and 'qall!' or 'cquit! 1')
end

local ok, err = pcall(function()
  require('qdsl').setup({ cmd = { os.getenv('QDSL_BIN'), 'lsp' } })
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('QDSL_FILE')))
  check(vim.bo.filetype == 'qdsl', 'the filetype is qdsl (got ' .. vim.bo.filetype .. ')')
  check(vim.b.current_syntax == 'qdsl', 'the qdsl syntax is loaded')
  local function syntax_at(line, col) return vim.fn.synIDattr(vim.fn.synID(line, col, 1), 'name') end
  check(syntax_at(3, 1) == 'qdslDeclaration', "'survey' is highlighted as a declaration (" .. syntax_at(3, 1) .. ')')
  check(syntax_at(1, 1) == 'qdslComment', 'a comment is highlighted as a comment')
  check(syntax_at(4, 9) == 'qdslString', 'a string is highlighted as a string (' .. syntax_at(4, 9) .. ')')
  check(syntax_at(14, 18) == 'qdslType', "'one' is highlighted as a type (" .. syntax_at(14, 18) .. ')')

  -- The diagnostic arrives from the server.
  local arrived = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
  check(arrived, 'diagnostics arrived from qdsl lsp')
  local diagnostics = vim.diagnostic.get(0)
  local d = diagnostics[1] or {}
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  check(#diagnostics == 1, 'exactly one diagnostic (got ' .. #diagnostics .. ')')
  check(code == 'QD2001', 'its code is QD2001 (got ' .. tostring(code) .. ')')
  check(d.lnum == 21, 'it is on line 22 (got ' .. tostring(d.lnum and d.lnum + 1) .. ')')
  check(d.source == 'qdsl' or d.source == nil, 'its source is qdsl (got ' .. tostring(d.source) .. ')')

  -- Completion after `likes == ` offers the options of yes_no, not those of colour.
  local params = { textDocument = { uri = vim.uri_from_bufnr(0) }, position = { line = 19, character = 12 } }
  local responses = vim.lsp.buf_request_sync(0, 'textDocument/completion', params, 10000) or {}
  local labels = {}
  for _, response in pairs(responses) do
    local result = response.result or {}
    local items = result.items or result
    table.sort(items, function(a, b) return (a.sortText or a.label) < (b.sortText or b.label) end)
    for _, item in ipairs(items) do table.insert(labels, item.label) end
  end
  local offered = table.concat(labels, ' ')
  check(labels[1] == 'yes' and labels[2] == 'no', 'completion offers yes and no first (got ' .. offered:sub(1, 80) .. ')')
  check(not vim.tbl_contains(labels, 'red'), 'completion does not offer the options of another list')

  -- Range formatting (textDocument/rangeFormatting) lays out only the declaration it touches.
  local client = vim.lsp.get_active_clients({ bufnr = 0 })[1] or vim.lsp.get_active_clients()[1]
  local range_params = {
    textDocument = { uri = vim.uri_from_bufnr(0) },
    range = { start = { line = 11, character = 0 }, ['end'] = { line = 11, character = 3 } },
    options = { tabSize = 2, insertSpaces = true },
  }
  local range_responses = vim.lsp.buf_request_sync(0, 'textDocument/rangeFormatting', range_params, 10000) or {}
  for _, response in pairs(range_responses) do
    if response.result then vim.lsp.util.apply_text_edits(response.result, 0, client.offset_encoding) end
  end
  local lines = vim.api.nvim_buf_get_lines(0, 11, 16, false)
  check(table.concat(lines, '|') == 'choices colour {|  1 red "Red"|  2 blue "Blue"|}|',
    'range formatting lays out the choice list it touches (got ' .. table.concat(lines, '|') .. ')')
  check(vim.api.nvim_buf_get_lines(0, 16, 17, false)[1]:find('likes :', 1, true) ~= nil,
    'range formatting leaves the next declaration as written')

  -- Formatting through the server gives the text of qdsl fmt (which differs from the file as written).
  local original = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n') .. '\n'
  if vim.lsp.buf.format then
    vim.lsp.buf.format({ timeout_ms = 10000 })
  else
    vim.lsp.buf.formatting_sync(nil, 10000)
  end
  local text = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n') .. '\n'
  local expected = table.concat(vim.fn.readfile(os.getenv('QDSL_FORMATTED')), '\n') .. '\n'
  check(original ~= expected, 'the file as written is not in the canonical layout')
  check(text == expected, 'formatting through the server equals qdsl fmt')
  if text ~= expected then io.stdout:write('--- got:\n' .. text .. '--- expected:\n' .. expected) end
end)
if not ok then check(false, 'the test ran without a Lua error: ' .. tostring(err)) end
finish()
