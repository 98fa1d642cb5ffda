-- gongwen for Neovim 0.7+: one client for every text and Markdown buffer (the README's config).
local gongwen_bin = vim.env.GONGWEN_BIN or (vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h') .. '/../../bin/gongwen')
local gongwen
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'text', 'markdown' },
  callback = function(args)
    gongwen = gongwen or vim.lsp.start_client({ name = 'gongwen', cmd = { 'node', gongwen_bin, 'lsp' } })
    vim.lsp.buf_attach_client(args.buf, gongwen)
  end,
})
