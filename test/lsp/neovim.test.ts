// A client the project did not write: Neovim's built-in LSP client (headless, 0.7's
// vim.lsp.start_client) runs `tessera-lsp --stdio` on a file with three errors, hovers, then fixes
// the errors one line at a time; test/lsp/neovim/init.lua records what Neovim saw and this test
// checks it. Skipped, with the reason, only when nvim is not installed (.ci/run installs it).
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureServerBuilt, ROOT, SERVER_BIN } from './support/build.js';

const NVIM = process.env.NVIM_BIN ?? 'nvim';
const nvimVersion = spawnSync(NVIM, ['--version'], { encoding: 'utf8' });
const hasNvim = nvimVersion.status === 0;
if (!hasNvim) console.warn(`test/lsp/neovim.test.ts skipped: '${NVIM}' not found (apt-get install neovim; .ci/run does)`);

const TIMEOUT_MS = 20_000;
const dir = mkdtempSync(join(tmpdir(), 'tessera-nvim-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface VimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  message: string;
  code: string | null;
}

interface Report {
  error?: string;
  steps: { label: string; version: number; diagnostics: VimDiagnostic[] }[];
  publications: { version: number | null; count: number }[];
  hovers?: { label: string; result: { contents: unknown } | { error: string } | null }[];
  exit?: { code: number; signal: number };
  log: string[];
}

/** Runs nvim on the plan; the child is bounded (it only ends early if init.lua hangs). */
function runNeovim(plan: object): Promise<{ report: Report; stderr: string }> {
  const planFile = join(dir, 'plan.json');
  const outFile = join(dir, 'out.json');
  writeFileSync(planFile, JSON.stringify({ ...plan, out: outFile, timeout: TIMEOUT_MS }));
  return new Promise((resolve, reject) => {
    const child = spawn(NVIM, ['--headless', '--clean', '-u', join(ROOT, 'test/lsp/neovim/init.lua')], {
      cwd: dir,
      env: { ...process.env, TESSERA_NVIM_PLAN: planFile, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir, XDG_CACHE_HOME: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', () => {});
    const killer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS * 6);
    child.on('exit', (code, signal) => {
      clearTimeout(killer);
      try {
        resolve({ report: JSON.parse(readFileSync(outFile, 'utf8')) as Report, stderr });
      } catch {
        reject(new Error(`nvim ended (${signal ?? code}) without writing its report\n${stderr}`));
      }
    });
  });
}

describe.skipIf(!hasNvim)(`Neovim (${nvimVersion.stdout?.split('\n')[0] ?? 'absent'}) drives tessera-lsp --stdio`, () => {
  it('shows the diagnostics of a file with errors, hovers, and follows each fix', async () => {
    ensureServerBuilt();
    const file = join(dir, 'three-errors.s');
    copyFileSync(join(ROOT, 'test/lsp/fixtures/diagnostics/three-errors.s'), file);
    const { report, stderr } = await runNeovim({
      file,
      root: dir,
      cmd: [process.execPath, SERVER_BIN, '--stdio'],
      hovers: [
        { label: 'mnemonic addi', line: 8, character: 2 },
        { label: 'register a1', line: 8, character: 6 },
        { label: 'label loop', line: 9, character: 11 },
      ],
      edits: [
        { label: 'fix adi', line: 4, text: '\taddi\ta0, zero, 1' },
        { label: 'fix x99', line: 7, text: '\tadd\ta0, a0, a1' },
        { label: 'rename the second loop', line: 10, text: 'done:' },
      ],
    });
    expect(report.error, `${report.error}\n${stderr}`).toBeUndefined();

    const brief = (d: VimDiagnostic): string => `${d.lnum}:${d.col}-${d.end_lnum}:${d.end_col} ${d.code}`;
    expect(report.steps.map((s) => ({ label: s.label, diagnostics: s.diagnostics.map(brief) }))).toEqual([
      { label: 'open', diagnostics: ['4:1-4:4 asm/unknown-mnemonic', '7:13-7:16 asm/undefined-symbol', '10:0-10:4 asm/duplicate-label'] },
      { label: 'fix adi', diagnostics: ['7:13-7:16 asm/undefined-symbol', '10:0-10:4 asm/duplicate-label'] },
      { label: 'fix x99', diagnostics: ['10:0-10:4 asm/duplicate-label'] },
      { label: 'rename the second loop', diagnostics: [] },
    ]);
    const open = report.steps[0]!.diagnostics;
    expect(open.every((d) => d.severity === 1)).toBe(true); // vim.diagnostic.severity.ERROR
    expect(open[0]!.message).toContain("did you mean 'addi'");

    // Versions Neovim sent (its changedtick) come back in order: nothing stale after something newer.
    const versions = report.publications.map((p) => p.version);
    expect(versions.every((v) => typeof v === 'number')).toBe(true);
    expect(versions).toEqual([...versions].sort((a, b) => (a ?? 0) - (b ?? 0)));

    const hover = (label: string): string => JSON.stringify(report.hovers?.find((h) => h.label === label)?.result ?? null);
    expect(hover('mnemonic addi')).toMatch(/addi/);
    expect(hover('register a1')).toMatch(/x11/);
    expect(hover('label loop')).toMatch(/loop/);

    expect(report.exit).toEqual({ code: 0, signal: 0 });
  });
});
