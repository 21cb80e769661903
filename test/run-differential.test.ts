// Execution differential test: Tessera's engine against qemu-riscv32.
//
// For every test/run-corpus/NAME.OPT.ref.json (written by `node test/run-corpus/regen.mjs`
// from gcc and qemu; this test never regenerates them) it runs the program with the recorded
// argv, environment and stdin and compares stdout, stderr (empty) and the exit code with what
// qemu printed:
//
//   (a) the committed GNU-built NAME.OPT.elf, through execute() in fast mode;
//   (b) NAME.OPT.s (gcc -S of the same build) assembled and linked by Tessera's assemble(),
//       which must report no errors, through execute() in fast mode;
//   (c) -O0 builds only: the GNU ELF again in traced mode, which must behave identically;
//   (d) when qemu-riscv32 and riscv64-unknown-elf-gcc are installed: qemu run live on the
//       committed ELF still gives the reference (so references and ELFs stay in step).
//
// Until vm-core/src/machine/execute.ts (or the assembler) can be loaded, (a)–(c) skip with a
// note; (d) and the corpus checks run regardless.
//
//   npx vitest run test/run-differential.test.ts
//   npx vitest run test/run-differential.test.ts -t sort.O2       (one build)

import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, type TestContext } from 'vitest';
import type { Diagnostic } from '../vm-core/src/diagnostics.js';
import type { HostIO } from '../vm-core/src/env/types.js';
import type { Image } from '../vm-core/src/image.js';
import type { ExecuteOptions, ExecutionResult } from '../vm-core/src/machine/types.js';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'run-corpus');
const QEMU = 'qemu-riscv32';
const GCC = 'riscv64-unknown-elf-gcc';
const OPTS = ['O0', 'O2'] as const;

// --- the corpus ----------------------------------------------------------------------------------

interface RunReference {
  source: string;
  opt: string;
  build: string;
  programName: string;
  args: string[];
  env: string[];
  stdin: string;
  command: string;
  stdout: string;
  exitCode: number;
}

interface Entry {
  /** NAME.OPT */
  label: string;
  name: string;
  opt: string;
  elfPath: string;
  asmPath: string;
  ref: RunReference;
}

const programs = existsSync(DIR)
  ? readdirSync(DIR)
      .filter((f) => f.endsWith('.c'))
      .map((f) => f.slice(0, -2))
      .sort()
  : [];

const entries: Entry[] = [];
for (const name of programs) {
  for (const opt of OPTS) {
    const label = `${name}.${opt}`;
    const refPath = join(DIR, `${label}.ref.json`);
    if (!existsSync(refPath)) continue;
    entries.push({
      label,
      name,
      opt,
      elfPath: join(DIR, `${label}.elf`),
      asmPath: join(DIR, `${label}.s`),
      ref: JSON.parse(readFileSync(refPath, 'utf8')) as RunReference,
    });
  }
}

// --- Tessera, loaded dynamically so this file runs before the engine lands -----------------------

type ExecuteFn = (program: Image | Uint8Array, options: ExecuteOptions) => ExecutionResult;
type AssembleFn = (source: { path: string; text: string }, options: object) => { image?: Image; diagnostics: Diagnostic[] };

async function load<T>(importer: () => Promise<unknown>, path: string, symbol: string): Promise<{ fn?: T; missing?: string }> {
  try {
    const mod = (await importer()) as Record<string, unknown>;
    if (typeof mod[symbol] === 'function') return { fn: mod[symbol] as T };
    return { missing: `${path} does not export ${symbol}() yet` };
  } catch (e) {
    return { missing: `${path} failed to load (not written yet?): ${(e as Error).message.split('\n')[0]}` };
  }
}

const engine = await load<ExecuteFn>(() => import('../vm-core/src/machine/execute.js'), 'vm-core/src/machine/execute.ts', 'execute');
const assembler = await load<AssembleFn>(() => import('../vm-core/src/asm/assemble.js'), 'vm-core/src/asm/assemble.ts', 'assemble');

// --- running -------------------------------------------------------------------------------------

interface Captured {
  stdout: string;
  stderr: string;
}

/** stdin from the reference, stdout and stderr collected (copied: the engine may pass views of guest memory). */
function memoryIO(stdin: string): HostIO & { captured(): Captured } {
  let input = new TextEncoder().encode(stdin);
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  const text = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString('utf8');
  return {
    readStdin(max: number): Uint8Array {
      const n = Math.max(0, Math.min(max, input.length));
      const chunk = input.slice(0, n);
      input = input.subarray(n);
      return chunk;
    },
    writeStdout: (bytes: Uint8Array) => void out.push(bytes.slice()),
    writeStderr: (bytes: Uint8Array) => void err.push(bytes.slice()),
    now: () => 0,
    random: () => 0x12345678,
    captured: () => ({ stdout: text(out), stderr: text(err) }),
  };
}

function hex(n: number): string {
  return `0x${(n >>> 0).toString(16).padStart(8, '0')}`;
}

function firstDifference(want: string, got: string): string {
  const w = want.split('\n');
  const g = got.split('\n');
  for (let i = 0; i < Math.max(w.length, g.length); i++) {
    if (w[i] !== g[i]) {
      const show = (s: string | undefined) => (s === undefined ? '(no such line)' : JSON.stringify(s));
      return `first difference at stdout line ${i + 1}:\n  qemu:    ${show(w[i])}\n  tessera: ${show(g[i])}`;
    }
  }
  return 'stdout is the same';
}

/** Runs one program on Tessera's engine and describes every way it differs from the reference. */
function runAndCompare(program: Image | Uint8Array, ref: RunReference, mode: 'fast' | 'traced'): string[] {
  const io = memoryIO(ref.stdin);
  let result: ExecutionResult;
  try {
    result = engine.fn!(program, {
      programName: ref.programName,
      args: ref.args,
      envp: ref.env,
      env: 'linux',
      io,
      mode,
      maxSteps: 500_000_000,
      timeoutMs: 60_000,
    });
  } catch (e) {
    return [`execute() threw: ${(e as Error).stack ?? String(e)}`];
  }
  const { stdout, stderr } = io.captured();
  const problems: string[] = [];
  if (result.status !== 'exited') problems.push(`status ${result.status}, expected exited (qemu: exit ${ref.exitCode})`);
  else if (result.exitCode !== ref.exitCode) problems.push(`exit code ${result.exitCode}, qemu ${ref.exitCode}`);
  if (stdout !== ref.stdout) problems.push(firstDifference(ref.stdout, stdout));
  if (stderr) problems.push(`stderr: ${JSON.stringify(stderr.slice(0, 500))}`);
  if (result.fault) {
    const f = result.fault;
    const where = f.instruction ? ` (${hex(f.word ?? 0)} ${f.instruction})` : '';
    const addr = f.address !== undefined ? ` address ${hex(f.address)}` : '';
    const from = f.from !== undefined ? ` from ${hex(f.from)}` : '';
    problems.push(`fault ${f.kind} at pc ${hex(f.pc)}${where}${addr}${from}: ${f.message}`);
  }
  if (problems.length) problems.push(`after ${result.instret} instructions (${mode}); qemu command: ${ref.command}`);
  return problems;
}

const assembled = new Map<string, { image?: Image; problems: string[] }>();

/** NAME.OPT.s assembled and linked by Tessera (once per build). */
function assembleEntry(entry: Entry): { image?: Image; problems: string[] } {
  let a = assembled.get(entry.label);
  if (a) return a;
  const text = readFileSync(entry.asmPath, 'utf8');
  try {
    const { image, diagnostics } = assembler.fn!({ path: entry.asmPath, text }, {});
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const problems = errors.slice(0, 10).map((d) => `${d.range.file}:${d.range.start.line}:${d.range.start.col}: ${d.code}: ${d.message}`);
    if (errors.length > 10) problems.push(`… and ${errors.length - 10} more errors`);
    if (!image && !problems.length) problems.push('assemble() returned no image and no error');
    a = { image, problems };
  } catch (e) {
    a = { problems: [`assemble() threw: ${(e as Error).stack ?? String(e)}`] };
  }
  assembled.set(entry.label, a);
  return a;
}

function needEngine(ctx: TestContext): void {
  if (!engine.fn) ctx.skip(engine.missing);
}

// --- qemu, live ----------------------------------------------------------------------------------

function which(cmd: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, cmd), constants.X_OK);
      return join(dir, cmd);
    } catch {
      /* next */
    }
  }
  return undefined;
}

const qemuPath = which(QEMU);
const gccPath = which(GCC);
let scratch: string | undefined;

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Runs the committed ELF under qemu exactly as regen.mjs did: in its folder, named NAME.OPT.elf, with only the declared environment. */
function runQemu(entry: Entry): { stdout: string; stderr: string; status: number | null; signal: string | null } {
  scratch ??= mkdtempSync(join(tmpdir(), 'tessera-run-differential-'));
  const dir = join(scratch, entry.label);
  rmSync(dir, { recursive: true, force: true });
  spawnSync('mkdir', ['-p', dir]);
  writeFileSync(join(dir, entry.ref.programName), readFileSync(entry.elfPath), { mode: 0o755 });
  // qemu-user reverses the environment it passes on (see regen.mjs).
  const env: Record<string, string> = {};
  for (const e of [...entry.ref.env].reverse()) env[e.slice(0, e.indexOf('='))] = e.slice(e.indexOf('=') + 1);
  const r = spawnSync(qemuPath!, [entry.ref.programName, ...entry.ref.args], {
    cwd: dir,
    env,
    input: Buffer.from(entry.ref.stdin, 'utf8'),
    timeout: 20_000,
    maxBuffer: 16 << 20,
  });
  return { stdout: r.stdout?.toString('utf8') ?? '', stderr: r.stderr?.toString('utf8') ?? '', status: r.status, signal: r.signal };
}

// --- tests ---------------------------------------------------------------------------------------

describe('run corpus', () => {
  it('has at least 14 programs, each with references, assembly and an ELF at -O0 and -O2', () => {
    expect(programs.length).toBeGreaterThanOrEqual(14);
    const missing: string[] = [];
    for (const name of programs)
      for (const opt of OPTS)
        for (const ext of ['ref.json', 's', 'elf']) if (!existsSync(join(DIR, `${name}.${opt}.${ext}`))) missing.push(`${name}.${opt}.${ext}`);
    expect(missing, 'run: node test/run-corpus/regen.mjs').toEqual([]);
  });

  it('references are well-formed', () => {
    const problems: string[] = [];
    for (const { label, ref } of entries) {
      if (ref.programName !== `${label}.elf`) problems.push(`${label}: programName ${ref.programName}`);
      if (!Array.isArray(ref.args) || !Array.isArray(ref.env) || typeof ref.stdin !== 'string') problems.push(`${label}: args/env/stdin`);
      if (typeof ref.stdout !== 'string' || !ref.stdout) problems.push(`${label}: empty stdout`);
      if (!Number.isInteger(ref.exitCode) || ref.exitCode < 0 || ref.exitCode > 255) problems.push(`${label}: exit code ${ref.exitCode}`);
    }
    expect(problems).toEqual([]);
    // Exit statuses vary across the corpus, and most are not 0.
    expect(new Set(entries.map((e) => e.ref.exitCode)).size).toBeGreaterThanOrEqual(8);
  });

  it('-O0 and -O2 builds of a program print the same and exit the same', () => {
    const problems: string[] = [];
    for (const name of programs) {
      const [o0, o2] = OPTS.map((opt) => entries.find((e) => e.label === `${name}.${opt}`)?.ref);
      if (!o0 || !o2) continue;
      // argv[0] is the file name, which args.c prints.
      if (o0.stdout.replaceAll('.O0.elf', '.OPT.elf') !== o2.stdout.replaceAll('.O2.elf', '.OPT.elf')) problems.push(`${name}: stdout differs`);
      if (o0.exitCode !== o2.exitCode) problems.push(`${name}: exit ${o0.exitCode} vs ${o2.exitCode}`);
    }
    expect(problems).toEqual([]);
  });

  // What the corpus is for: these must be real instructions in the code Tessera runs.
  it('the builds contain the instructions they are meant to exercise', () => {
    const asm = (label: string) => readFileSync(join(DIR, `${label}.s`), 'utf8');
    const jumpTable = /\n\s*lw\s+(\w+),0\((\w+)\)\n\s*jr\s+\1\n/;
    const problems: string[] = [];
    for (const opt of OPTS) {
      const interp = asm(`interp.${opt}`);
      if (!jumpTable.test(interp)) problems.push(`interp.${opt}.s: no lw/jr table dispatch`);
      // A table of at least 30 code labels in a row.
      if (!/(\t\.word\t\.L\d+\n){30,}/.test(interp)) problems.push(`interp.${opt}.s: no jump table of 30+ entries`);
    }
    // gcc's own M instructions (tab after the mnemonic; the inline asm ones have a space).
    const div32 = asm('div32.O2');
    for (const op of ['div', 'divu', 'rem', 'remu', 'mul', 'mulh', 'mulhu', 'mulhsu']) {
      if (!new RegExp(`\\n\\t${op}\\t`).test(div32)) problems.push(`div32.O2.s: gcc emitted no ${op}`);
      if (!new RegExp(`\\n\\s*${op} [a-z0-9]+, [a-z0-9]+, [a-z0-9]+\\n`).test(div32)) problems.push(`div32.O2.s: no inline-asm ${op}`);
    }
    const int64 = asm('int64.O2');
    for (const op of ['mulhu', 'mul']) if (!new RegExp(`\\n\\t${op}\\t`).test(int64)) problems.push(`int64.O2.s: no ${op}`);
    for (const fn of ['__udivdi3', '__umoddi3', '__divdi3', '__moddi3'])
      if (!new RegExp(`\\n\\s*call\\s+${fn.replace(/\$/g, '\\$')}\\b`).test(int64)) problems.push(`int64.O2.s: no call to ${fn}`);
    const mis = asm('misaligned.O2');
    for (const op of ['lw', 'lh', 'lhu', 'sw', 'sh']) if (!new RegExp(`\\n\\s*${op} [a-z0-9]+, 0\\([a-z0-9]+\\)\\n`).test(mis)) problems.push(`misaligned.O2.s: no inline-asm ${op}`);
    for (const opt of OPTS) if (!/\n\s*call\s+chain\n/.test(asm(`recursion.${opt}`))) problems.push(`recursion.${opt}.s: chain does not call itself`);
    expect(problems).toEqual([]);
  });
});

for (const entry of entries) {
  describe(entry.label, () => {
    it('GNU-built ELF on Tessera (fast) = qemu', (ctx) => {
      needEngine(ctx);
      const problems = runAndCompare(new Uint8Array(readFileSync(entry.elfPath)), entry.ref, 'fast');
      expect(problems, `${entry.label}.elf:\n${problems.join('\n')}`).toEqual([]);
    });

    it('Tessera-assembled .s on Tessera (fast) = qemu', (ctx) => {
      if (!assembler.fn) ctx.skip(assembler.missing);
      needEngine(ctx);
      const { image, problems: asmProblems } = assembleEntry(entry);
      expect(asmProblems, `${entry.label}.s does not assemble:\n${asmProblems.join('\n')}`).toEqual([]);
      const problems = runAndCompare(image!, entry.ref, 'fast');
      expect(problems, `${entry.label}.s:\n${problems.join('\n')}`).toEqual([]);
    });

    if (entry.opt === 'O0') {
      it('GNU-built ELF on Tessera (traced) = qemu', (ctx) => {
        needEngine(ctx);
        const problems = runAndCompare(new Uint8Array(readFileSync(entry.elfPath)), entry.ref, 'traced');
        expect(problems, `${entry.label}.elf traced:\n${problems.join('\n')}`).toEqual([]);
      });
    }

    it('qemu on the committed ELF still gives the reference', (ctx) => {
      if (!qemuPath || !gccPath) ctx.skip(`${QEMU} and ${GCC} are needed (sudo apt-get install qemu-user gcc-riscv64-unknown-elf)`);
      const r = runQemu(entry);
      expect(r.signal, `qemu was killed: ${r.stderr}`).toBeNull();
      expect(r.stderr).toBe('');
      expect(r.stdout, firstDifference(entry.ref.stdout, r.stdout)).toBe(entry.ref.stdout);
      expect(r.status).toBe(entry.ref.exitCode);
    });
  });
}
