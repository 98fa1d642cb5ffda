-- A by-hand check of the server in a second real LSP client (Neovim 0.7+), as in the README:
--   HOME=$(mktemp -d) nvim --headless --clean -u test/clients/nvim-init.lua \
--     -c 'luafile test/clients/nvim-check.lua' test/fixtures/samples/drafts/half-year-summary-b.txt
-- Prints the diagnostics count and the outline's top level; exits non-zero on failure.
local ok, err = pcall(function()
  local buf = vim.api.nvim_get_current_buf()
  -- Character rules arrive first; the full set once the segmenter has loaded.
  assert(vim.wait(20000, function() return #vim.diagnostic.get(buf) > 90 end, 100), 'no full diagnostics')
  local diags = vim.diagnostic.get(buf)
  print('diagnostics: ' .. #diags .. ', first: ' .. (diags[1].lnum + 1) .. ':' .. (diags[1].col + 1) .. ' ' .. diags[1].message)
  local res = vim.lsp.buf_request_sync(buf, 'textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params() }, 5000)
  for _, r in pairs(res) do
    for _, s in ipairs(r.result) do print('symbol: ' .. s.name .. ' (' .. #(s.children or {}) .. ' children)') end
  end
end)
if not ok then print('FAILED ' .. tostring(err)) vim.cmd('cq!') end
vim.cmd('qa!')
