// End-to-end: the packaged .vsix in a real VS Code (code-server) driven through headless Chromium
// by playwright-core. Checks what a user sees: diagnostics in the Problems panel, hover docs, F5
// stopping at a breakpoint, registers in the Variables view changing on a step, and the trace
// view listing rows. Screenshots of each step go to test/e2e/screenshots/. `npm run test:e2e`.
// Environment: TESSERA_E2E_CACHE (code-server install, see setup.mjs), CHROMIUM (default
// /usr/bin/chromium), E2E_SKIP_PACKAGE=1 to reuse an existing tessera-<version>.vsix.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureCodeServer } from './setup.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS = join(import.meta.dirname, 'screenshots');
const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
const VSIX = join(ROOT, `tessera-${version}.vsix`);
const STEP_TIMEOUT = 60_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function waitForHttp(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`code-server did not answer at ${url}`);
}

const results = [];
async function step(name, page, f) {
  const t0 = Date.now();
  try {
    await f();
    results.push({ name, ok: true, ms: Date.now() - t0 });
    process.stdout.write(`✓ ${name} (${Date.now() - t0} ms)\n`);
  } catch (e) {
    results.push({ name, ok: false, error: e instanceof Error ? e.message : String(e) });
    process.stdout.write(`✗ ${name}: ${e instanceof Error ? e.message : String(e)}\n`);
  } finally {
    await page.screenshot({ path: join(SHOTS, `${String(results.length).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`) }).catch(() => undefined);
  }
}

async function focusEditor(page) {
  // A focused webview keeps the keyboard to itself; the editor gives it back to the workbench.
  const editor = page.locator('.editor-instance .view-lines').first();
  if (await editor.isVisible().catch(() => false)) await editor.click({ position: { x: 5, y: 5 } });
}

async function quickOpen(page, file) {
  await focusEditor(page);
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: STEP_TIMEOUT });
  await page.keyboard.type(file);
  const row = page.locator(`.quick-input-list .monaco-list-row[aria-label*="${file}"]`).first();
  await row.waitFor({ timeout: STEP_TIMEOUT });
  await row.click();
  await page.waitForSelector(`.tab.active[aria-label*="${file}"]`, { timeout: STEP_TIMEOUT }).catch(async (e) => {
    await page.screenshot({ path: join(SHOTS, `quick-open-${file}.png`) });
    throw e;
  });
  await page.waitForTimeout(300);
}

async function command(page, title) {
  await focusEditor(page);
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: STEP_TIMEOUT });
  await page.keyboard.type(title);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`, { timeout: STEP_TIMEOUT });
  await page.keyboard.press('Enter');
}

async function gotoLine(page, line) {
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: STEP_TIMEOUT });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
}

async function variablesText(page) {
  return page.locator('.debug-view-content .monaco-list-row, .debug-pane .monaco-list-row').allInnerTexts().then((t) => t.join('\n'));
}

async function main() {
  rmSync(SHOTS, { recursive: true, force: true }); // no stale screenshots from an earlier run
  mkdirSync(SHOTS, { recursive: true });
  const cs = ensureCodeServer();
  if (!process.env.E2E_SKIP_PACKAGE || !existsSync(VSIX)) {
    execFileSync('npm', ['run', 'package'], { cwd: ROOT, stdio: 'inherit' });
  }
  const work = mkdtempSync(join(tmpdir(), 'tessera-e2e-'));
  const userData = join(work, 'user-data');
  const extensions = join(work, 'extensions');
  const folder = join(work, 'workspace');
  cpSync(join(import.meta.dirname, 'workspace'), folder, { recursive: true });
  cpSync(join(ROOT, 'examples', 'hello.s'), join(folder, 'hello.s'));
  mkdirSync(join(userData, 'User'), { recursive: true });
  // A fresh profile opens folders in Restricted Mode, where extensions do not run.
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'editor.hover.delay': 200,
  }));
  const entry = join(cs.codeServer, 'out', 'node', 'entry.js');
  const base = ['--auth', 'none', '--user-data-dir', userData, '--extensions-dir', extensions, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust'];
  execFileSync(cs.node, [entry, ...base, '--install-extension', VSIX], { stdio: 'inherit' });

  const port = await freePort();
  const server = spawn(cs.node, [entry, ...base, '--bind-addr', `127.0.0.1:${port}`, folder], { stdio: ['ignore', 'pipe', 'pipe'] });
  let serverLog = '';
  server.stdout.on('data', (d) => (serverLog += d));
  server.stderr.on('data', (d) => (serverLog += d));
  let browser;
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 120_000);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.setDefaultTimeout(STEP_TIMEOUT);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 120_000 });
    await page.waitForTimeout(3000);

    await step('problems panel lists the broken file\'s errors', page, async () => {
      await quickOpen(page, 'broken.s');
      await page.keyboard.press('Control+Shift+M');
      await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 90_000 });
      await page.waitForFunction(() => /unknown instruction 'adi'/.test(document.querySelector('.markers-panel')?.textContent ?? ''), undefined, { timeout: 90_000 });
      // Each problem once: the status bar counts the two errors of broken.s, not four.
      await page.waitForTimeout(1000);
      const counts = await page.locator('.statusbar-item[id="status.problems"]').first().innerText();
      if (!/^\s*2\s+0\s*$/.test(counts.replace(/\n/g, ' '))) throw new Error(`the status bar counts problems as '${counts}', not 2 errors and 0 warnings`);
    });

    await step('the language server is restarted after it dies, with a notice', page, async () => {
      // Our own process: the server code-server's extension host started from this run's extensions dir.
      const ps = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
      const pids = ps.split('\n').filter((l) => l.includes(extensions) && l.includes('server.cjs')).map((l) => Number(l.trim().split(/\s+/)[0]));
      if (pids.length !== 1) throw new Error(`expected one language server process, found ${pids.length}`);
      process.kill(pids[0], 'SIGKILL');
      await page.locator('.notification-toast', { hasText: /stopped unexpectedly and was restarted/ }).first().waitFor({ timeout: STEP_TIMEOUT });
      // The new server analyses edits again.
      await quickOpen(page, 'broken.s');
      await page.keyboard.press('Control+End');
      await page.keyboard.type('\n\tbogus_insn a0\n');
      await page.waitForFunction(() => /unknown instruction 'bogus_insn'/.test(document.querySelector('.markers-panel')?.textContent ?? ''), undefined, { timeout: 90_000 });
      await page.keyboard.press('Control+Z');
      await page.keyboard.press('Control+Z');
      await page.keyboard.press('Control+S');
    });

    await step('hover shows an instruction\'s doc', page, async () => {
      await quickOpen(page, 'hello.s');
      const token = page.locator('.view-lines .view-line span', { hasText: /^ecall$/ }).first();
      await token.hover();
      await page.waitForFunction(() => {
        const h = [...document.querySelectorAll('.monaco-hover')].find((e) => e.getBoundingClientRect().height > 0);
        return h && /ecall/i.test(h.textContent ?? '') && (h.textContent ?? '').length > 20;
      }, undefined, { timeout: 30_000 });
    });

    await step('F5 stops at a breakpoint', page, async () => {
      await page.keyboard.press('Escape');
      await quickOpen(page, 'sum.s');
      await gotoLine(page, 8);
      await page.keyboard.press('F9');
      await page.waitForSelector('.codicon-debug-breakpoint', { timeout: STEP_TIMEOUT });
      await page.keyboard.press('F5');
      await page.waitForSelector('.debug-toolbar', { timeout: 90_000 });
      await page.waitForSelector('.debug-top-stack-frame-line, .codicon-debug-stackframe', { timeout: 90_000 });
    });

    let before = '';
    await step('variables view shows the registers', page, async () => {
      const registers = page.locator('.debug-pane .monaco-list-row', { hasText: /^Registers$/ }).first();
      await registers.waitFor({ timeout: STEP_TIMEOUT });
      if ((await registers.getAttribute('aria-expanded')) !== 'true') await registers.click();
      // The list is virtual: scroll until a0 (register 10) is rendered.
      const a0 = page.locator('.debug-pane .monaco-list-row', { hasText: /^\*?a0\b/ }).first();
      const box = await registers.boundingBox();
      for (let i = 0; i < 40 && !(await a0.isVisible()); i++) {
        await page.mouse.move(box.x + 40, box.y + 60);
        await page.mouse.wheel(0, 44);
        await page.waitForTimeout(100);
      }
      await a0.waitFor({ timeout: STEP_TIMEOUT });
      before = await variablesText(page);
      if (!/\bt0\b/.test(before) || !/\bsp\b/.test(before)) throw new Error(`no registers in the Variables view: ${before.slice(0, 300)}`);
    });

    await step('a step changes them', page, async () => {
      const a0 = async () => (await page.locator('.debug-pane .monaco-list-row', { hasText: /^\*?a0\b/ }).first().innerText()).replace(/\s+/g, ' ');
      const old = await a0();
      await page.keyboard.press('F10');
      const end = Date.now() + STEP_TIMEOUT;
      let now = old;
      while (now === old && Date.now() < end) {
        await page.waitForTimeout(250);
        now = await a0().catch(() => old);
      }
      if (now === old) throw new Error(`a0 did not change after a step: ${old}`);
      process.stdout.write(`  a0: ${old} → ${now}\n`);
    });

    await step('trace view lists rows', page, async () => {
      await command(page, 'Tessera: Show Trace');
      const deadline = Date.now() + 90_000;
      for (;;) {
        let count = 0;
        for (const f of page.frames()) count = Math.max(count, await f.locator('#rows tr').count().catch(() => 0));
        if (count > 0) break;
        if (Date.now() > deadline) throw new Error('the trace view shows no rows');
        await page.waitForTimeout(500);
      }
      // Filtering keeps the matching rows; clicking one shows its source line.
      let table;
      for (const f of page.frames()) if ((await f.locator('#rows tr').count().catch(() => 0)) > 0) table = f;
      if (!table) throw new Error('no frame holds the trace table');
      await table.locator('#text').fill('add a0');
      await table.waitForFunction(() => {
        const rows = [...document.querySelectorAll('#rows tr')];
        return rows.length > 0 && rows.every((r) => /add a0/.test(r.textContent ?? ''));
      }, undefined, { timeout: STEP_TIMEOUT });
      await table.locator('#rows tr').first().click();
      await page.locator('.statusbar-item', { hasText: /Ln 8, Col 1\b/ }).first().waitFor({ timeout: STEP_TIMEOUT });
    });

    await page.keyboard.press('Shift+F5').catch(() => undefined);
    await page.waitForSelector('.debug-toolbar', { state: 'hidden', timeout: STEP_TIMEOUT }).catch(() => undefined);

    await step('Run File ends with exit code, instret and gas', page, async () => {
      await quickOpen(page, 'hello.s');
      await command(page, 'Tessera: Run File');
      await page.locator('.statusbar-item', { hasText: /9 instret/ }).first().waitFor({ timeout: 90_000 });
      const term = await page.locator('.terminal-wrapper, .xterm').first().innerText().catch(() => '');
      // The terminal's text is in the DOM unless it draws on a canvas; the status bar is then the check.
      if (/Hello from Tessera!/.test(term) && !/tessera: exited, exit code 0, 9 instructions, gas 27/.test(term.replace(/\s+/g, ' '))) {
        throw new Error(`unexpected run summary: ${term.slice(-300)}`);
      }
    });

    await step('chip metrics of a traced run', page, async () => {
      await quickOpen(page, 'sum.s');
      await command(page, 'Tessera: Show Chip Metrics');
      const deadline = Date.now() + 90_000;
      for (;;) {
        let text = '';
        for (const f of page.frames()) text += await f.locator('body').innerText().catch(() => '');
        if (/traced run/.test(text) && /Rows per chip/.test(text) && /BaseAlu/.test(text) && /BranchLessThan/.test(text)) break;
        if (Date.now() > deadline) throw new Error('the chip metrics view shows no traced run');
        await page.waitForTimeout(500);
      }
    });

    await step('Assemble to ELF, then Disassemble ELF with the source', page, async () => {
      await quickOpen(page, 'hello.s');
      await command(page, 'Tessera: Assemble to ELF');
      const button = page.locator('.notification-toast .monaco-button', { hasText: 'Disassemble' }).first();
      await button.click({ timeout: STEP_TIMEOUT });
      await page.waitForSelector('.tab.active[aria-label*="hello.elf.disasm"]', { timeout: STEP_TIMEOUT });
      await page.waitForFunction(() => {
        const t = document.querySelector('.editor-instance .view-lines')?.textContent ?? '';
        return t.includes('<_start>:') && t.includes('STDOUT');
      }, undefined, { timeout: STEP_TIMEOUT });
    });
  } finally {
    await browser?.close().catch(() => undefined);
    server.kill();
    if (!results.every((r) => r.ok)) writeFileSync(join(SHOTS, 'code-server.log'), serverLog);
    rmSync(work, { recursive: true, force: true });
  }
  const failed = results.filter((r) => !r.ok);
  process.stdout.write(`\n${results.length - failed.length}/${results.length} e2e steps passed; screenshots in ${SHOTS}\n`);
  if (failed.length || results.length < 10) process.exitCode = 1;
}

main().catch((e) => {
  process.stderr.write(`e2e: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
