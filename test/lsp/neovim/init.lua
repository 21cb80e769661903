-- Drives tessera-lsp from Neovim's own LSP client (0.7: vim.lsp.start_client + buf_attach_client),
-- as a user would: open a file with errors, wait for the diagnostics, hover, fix the errors one
-- line at a time and watch the diagnostics follow. Everything it sees goes to a JSON file that
-- test/lsp/neovim.test.ts checks. The plan (file, server command, edits) comes as JSON in
-- $TESSERA_NVIM_PLAN. Waits poll inside Neovim with vim.wait; each is bounded by plan.timeout.

local plan = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv('TESSERA_NVIM_PLAN')), '\n'))
local out = { steps = {}, publications = {}, log = {} }

local function log(msg)
  table.insert(out.log, msg)
end

local function finish(err)
  out.error = err
  vim.fn.writefile({ vim.fn.json_encode(out) }, plan.out)
  vim.cmd('qall!')
end

-- Every publishDiagnostics the client receives, with its version, before Neovim's own handling.
local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  table.insert(out.publications, { version = result.version or vim.NIL, count = #result.diagnostics })
  return publish(err, result, ctx, config)
end

local function snapshot(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(list, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, code = d.code or vim.NIL, source = d.source or vim.NIL,
    })
  end
  table.sort(list, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  return list
end

-- The publication for the buffer's current version: Neovim sends changedtick as the version.
local function wait_for_current(bufnr, what)
  local want = vim.lsp.util.buf_versions[bufnr]
  local ok = vim.wait(plan.timeout, function()
    local last = out.publications[#out.publications]
    return last ~= nil and last.version ~= vim.NIL and want ~= nil and last.version >= want
  end, 10)
  if not ok then
    error(string.format('no diagnostics for version %s (%s) within %d ms; publications: %s',
      tostring(want), what, plan.timeout, vim.fn.json_encode(out.publications)))
  end
end

local function hover(bufnr, line, character)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = line, character = character },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, plan.timeout)
  for _, r in pairs(responses or {}) do
    if r.err then return { error = r.err.message } end
    if r.result then return r.result end
  end
  return vim.NIL
end

local function main()
  vim.cmd('edit ' .. vim.fn.fnameescape(plan.file))
  local bufnr = vim.api.nvim_get_current_buf()
  local exited = nil
  local client_id = vim.lsp.start_client({
    name = 'tessera',
    cmd = plan.cmd,
    root_dir = plan.root,
    settings = { tessera = { diagnosticsDelay = 20 } },
    flags = { debounce_text_changes = 0 },
    on_exit = function(code, signal) exited = { code = code, signal = signal } end,
  })
  if not client_id then return finish('vim.lsp.start_client failed') end
  if not vim.lsp.buf_attach_client(bufnr, client_id) then return finish('buf_attach_client failed') end

  local ok, err = pcall(function()
    local client = vim.lsp.get_client_by_id(client_id)
    if not vim.wait(plan.timeout, function() return client.initialized end, 10) then error('server did not initialize') end
    wait_for_current(bufnr, 'on open')
    table.insert(out.steps, { label = 'open', version = vim.lsp.util.buf_versions[bufnr], diagnostics = snapshot(bufnr) })

    out.hovers = {}
    for _, h in ipairs(plan.hovers) do
      table.insert(out.hovers, { label = h.label, result = hover(bufnr, h.line, h.character) })
    end

    for _, edit in ipairs(plan.edits) do
      vim.api.nvim_buf_set_lines(bufnr, edit.line, edit.line + 1, false, { edit.text })
      wait_for_current(bufnr, edit.label)
      table.insert(out.steps, { label = edit.label, version = vim.lsp.util.buf_versions[bufnr], diagnostics = snapshot(bufnr) })
    end

    vim.lsp.stop_client(client_id)
    if not vim.wait(plan.timeout, function() return exited ~= nil end, 10) then error('server did not exit after stop_client') end
    out.exit = exited
  end)
  finish(not ok and tostring(err) or nil)
end

vim.api.nvim_create_autocmd('VimEnter', { once = true, callback = function()
  local ok, err = pcall(main)
  if not ok then finish('init.lua failed: ' .. tostring(err)) end
end })
