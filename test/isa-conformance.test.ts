// ISA conformance: the self-checking programs of test/isa (one per RV32I/RV32M instruction, plus
// fence/fence.i and x0), in the style of riscv-tests. Each program exits 0 when all its cases pass,
// else with the number of the first failing case (see test/isa/README.md).
//
// For every test/isa/*.s this test
//   - assembles it with Tessera (assemble() with a readFile for the .include);
//   - runs the image on the engine (vm-core/src/machine/execute.ts) in 'fast' and in 'traced' mode
//     and expects status 'exited' with exit code 0, the same instret and chip rows in both modes,
//     and rows on the chip that executes the instruction under test;
//   - when riscv64-unknown-elf-gcc and qemu-riscv32 are installed: builds it with GNU, runs that
//     on qemu (the oracle must still agree) and the GNU-built ELF on the engine as well.
// A failure names the case and its source line. Until the engine exists (execute.js fails to
// load), the engine tests skip with a note.
//
//   npx vitest run test/isa-conformance.test.ts
//   npx vitest run test/isa-conformance.test.ts -t div.s       (one program)

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { assemble } from '../vm-core/src/asm/assemble.js';
import type { Diagnostic } from '../vm-core/src/diagnostics.js';
import type { Image } from '../vm-core/src/image.js';
import { CHIPS, INSTRUCTIONS } from '../vm-core/src/isa/instructions.js';
import type { ExecuteOptions, ExecutionResult } from '../vm-core/src/machine/types.js';
import { cleanupScratch, hasTool, QEMU, runTool, writeScratch } from './support/tools.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const ISA_DIR = join(HERE, 'isa');
const GCC = 'riscv64-unknown-elf-gcc';
const GCC_FLAGS = ['-march=rv32im', '-mabi=ilp32', '-nostdlib', '-static'];

/** Every RV32I and RV32M instruction has a program named after it; fence.s and x0.s complete the suite. */
const RV32I = [
  'lui', 'auipc', 'jal', 'jalr', 'beq', 'bne', 'blt', 'bge', 'bltu', 'bgeu', 'lb', 'lh', 'lw', 'lbu', 'lhu',
  'sb', 'sh', 'sw', 'addi', 'slti', 'sltiu', 'xori', 'ori', 'andi', 'slli', 'srli', 'srai',
  'add', 'sub', 'sll', 'slt', 'sltu', 'xor', 'srl', 'sra', 'or', 'and',
];
const RV32M = ['mul', 'mulh', 'mulhsu', 'mulhu', 'div', 'divu', 'rem', 'remu'];
const EXTRA = ['fence', 'x0'];
/** I-extension rows of the ISA table that have no program of their own, and why. */
const NOT_TESTED_ALONE: Record<string, string> = {
  ecall: 'every program ends with ecall exit',
  ebreak: 'stops the program (a breakpoint fault); nothing to compare',
  'fence.tso': 'in fence.s',
  pause: 'in fence.s (fence w,0)',
};

type Execute = (program: Image | Uint8Array, options: ExecuteOptions) => ExecutionResult;

let execute: Execute | undefined;
let executeMissing = '';
try {
  const mod = (await import('../vm-core/src/machine/execute.js')) as { execute?: Execute };
  if (typeof mod.execute === 'function') execute = mod.execute;
  else executeMissing = 'vm-core/src/machine/execute.ts does not export execute() yet';
} catch (e) {
  executeMissing = `the engine is not there yet: vm-core/src/machine/execute.ts failed to load (${(e as Error).message.split('\n')[0]})`;
}

const gnuMissing = !hasTool(GCC) ? `${GCC} is not installed` : !hasTool(QEMU) ? `${QEMU} is not installed` : '';

afterAll(() => cleanupScratch());

// ---------------------------------------------------------------------------------------------
// The programs and their cases

interface Program {
  name: string; // add.s
  path: string; // absolute
  text: string;
  /** case number → 1-based line of the statement that starts it */
  cases: Map<number, number>;
  duplicates: number[];
}

const CASE_START = /^\s*(?:[\w.$]+:\s*)?(TEST_\w+)\s+(\d+)\s*(?:,|$|#)/;

function loadProgram(name: string): Program {
  const path = join(ISA_DIR, name);
  const text = readFileSync(path, 'utf8');
  const cases = new Map<number, number>();
  const duplicates: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const m = CASE_START.exec(line);
    if (!m || m[1] === 'TEST_EXPECT') return;
    const n = Number(m[2]);
    if (cases.has(n)) duplicates.push(n);
    else cases.set(n, i + 1);
  });
  return { name, path, text, cases, duplicates };
}

const programs = readdirSync(ISA_DIR)
  .filter((f) => f.endsWith('.s'))
  .sort()
  .map(loadProgram);

/**
 * "test/isa/div.s:99: case 88 failed: TEST_RR_OP 88, div, …" for a failing exit code. A bare
 * `TEST_CASE n` line is followed by the comment above it, which says what the case checks.
 */
function describeCase(p: Program, n: number, verb = 'failed'): string {
  const where = relative(ROOT, p.path);
  if (n === 255) return `${where}: failed outside any case (exit 255)`;
  const line = p.cases.get(n);
  if (line === undefined) return `${where}: exit ${n}, which is no case of this file`;
  const lines = p.text.split(/\r?\n/);
  let text = lines[line - 1]!.trim();
  if (/^TEST_CASE\s+\d+$/.test(text)) {
    const comment = lines.slice(Math.max(0, line - 4), line - 1).reverse().find((l) => l.trim().startsWith('#'));
    if (comment) text += `  (${comment.trim()})`;
  }
  return `${where}:${line}: case ${n} ${verb}: ${text}`;
}

function outcome(p: Program, r: ExecutionResult): string {
  if (r.status === 'exited') return r.exitCode === 0 ? 'passed' : describeCase(p, r.exitCode);
  const running = r.registers?.[3] ?? 0; // gp holds the case number
  let s = `status '${r.status}'`;
  if (r.fault) {
    const f = r.fault;
    s += `: ${f.kind} at pc 0x${(f.pc >>> 0).toString(16)}${f.instruction ? ` (${f.instruction})` : ''}: ${f.message}`;
    if (f.source) s += ` [${relative(ROOT, f.source.file) || f.source.file}:${f.source.start.line}]`;
  }
  return `${s}; ${running ? describeCase(p, running, 'was running') : 'before the first case'}`;
}

// ---------------------------------------------------------------------------------------------
// Assembly with Tessera, once per program

const readFile = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

const assembled = new Map<string, { image?: Image; errors: Diagnostic[] }>();

function tesseraImage(p: Program): { image?: Image; errors: Diagnostic[] } {
  let a = assembled.get(p.name);
  if (!a) {
    const r = assemble({ path: p.path, text: p.text }, { readFile });
    a = { ...(r.image ? { image: r.image } : {}), errors: r.diagnostics.filter((d) => d.severity === 'error') };
    assembled.set(p.name, a);
  }
  return a;
}

function formatErrors(errors: Diagnostic[]): string {
  return errors.map((d) => `${relative(ROOT, d.range.file) || d.range.file}:${d.range.start.line}:${d.range.start.col}: ${d.message}`).join('\n');
}

const RUN_OPTIONS: ExecuteOptions = { maxSteps: 20_000_000, timeoutMs: 60_000 };

// ---------------------------------------------------------------------------------------------

describe('ISA suite', () => {
  it('has a program for every RV32I and RV32M instruction, fence and x0', () => {
    const have = new Set(programs.map((p) => p.name.replace(/\.s$/, '')));
    const missing = [...RV32I, ...RV32M, ...EXTRA].filter((n) => !have.has(n));
    expect(missing, 'test/isa has no program for these').toEqual([]);
  });

  it('covers every I and M row of the ISA table (a new row needs a program, or a reason here)', () => {
    const have = new Set(programs.map((p) => p.name.replace(/\.s$/, '')));
    // Built-in chips only: environments (openvm) register rows of their own at run time.
    const builtIn = new Set<string>(CHIPS);
    const uncovered = INSTRUCTIONS.filter((i) => (i.extension === 'I' || i.extension === 'M') && builtIn.has(i.chip))
      .map((i) => i.mnemonic)
      .filter((m) => !have.has(m) && !(m in NOT_TESTED_ALONE));
    expect(uncovered).toEqual([]);
  });

  it('numbers the cases of each program uniquely, from 1 to at most 254', () => {
    const problems: string[] = [];
    for (const p of programs) {
      if (p.cases.size === 0) problems.push(`${p.name}: no cases`);
      if (p.duplicates.length) problems.push(`${p.name}: case numbers used twice: ${p.duplicates.join(', ')}`);
      const bad = [...p.cases.keys()].filter((n) => n < 1 || n > 254);
      if (bad.length) problems.push(`${p.name}: case numbers outside 1..254: ${bad.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });
});

describe.each(programs.map((p) => [p.name, p] as const))('%s', (_name, p) => {
  it('assembles with Tessera', () => {
    const { image, errors } = tesseraImage(p);
    expect(errors.length, formatErrors(errors)).toBe(0);
    expect(image).toBeDefined();
  });

  const results: Partial<Record<'fast' | 'traced', ExecutionResult>> = {};

  for (const mode of ['fast', 'traced'] as const) {
    it(`passes on the engine (${mode})`, (ctx) => {
      if (!execute) ctx.skip(executeMissing);
      const { image, errors } = tesseraImage(p);
      if (!image) throw new Error(`Tessera could not assemble it:\n${formatErrors(errors)}`);
      const r = execute!(image, { ...RUN_OPTIONS, mode });
      results[mode] = r;
      expect(outcome(p, r)).toBe('passed');
      expect(r.instret).toBeGreaterThan(p.cases.size);
    });
  }

  it('fast and traced runs agree; the chip of the instruction under test ran', (ctx) => {
    if (!execute) ctx.skip(executeMissing);
    const { fast, traced } = results;
    if (!fast || !traced) ctx.skip('needs both engine runs to have passed');
    expect(traced!.instret).toBe(fast!.instret);
    expect(traced!.chipRows).toEqual(fast!.chipRows);
    const mnemonic = p.name.replace(/\.s$/, '');
    const chip = INSTRUCTIONS.find((i) => i.mnemonic === mnemonic)?.chip ?? (mnemonic === 'fence' ? 'System' : undefined);
    if (chip) expect(fast!.chipRows[chip] ?? 0, `rows on ${chip}`).toBeGreaterThan(0);
  });

  it('the GNU build passes on qemu (the oracle agrees)', (ctx) => {
    if (gnuMissing) ctx.skip(gnuMissing);
    const elf = gnuBuild(p);
    const run = runTool(QEMU, [elf]);
    if (run.timedOut) throw new Error(`${QEMU} timed out`);
    if (run.signal) throw new Error(`${QEMU} was killed by ${run.signal}`);
    expect(run.status === 0 ? 'passed' : describeCase(p, run.status ?? -1)).toBe('passed');
  });

  it('the GNU build passes on the engine', (ctx) => {
    if (gnuMissing) ctx.skip(gnuMissing);
    if (!execute) ctx.skip(executeMissing);
    const bytes = new Uint8Array(readFileSync(gnuBuild(p)));
    expect(outcome(p, execute!(bytes, { ...RUN_OPTIONS, mode: 'fast' }))).toBe('passed');
  });
});

const gnuBuilt = new Map<string, string>();

/** Builds the program with gcc (as + ld) into the scratch folder; the include is found through -I. */
function gnuBuild(p: Program): string {
  let out = gnuBuilt.get(p.name);
  if (out) return out;
  out = writeScratch(`isa-${p.name.replace(/\.s$/, '')}.elf`, new Uint8Array(0));
  const r = runTool(GCC, [...GCC_FLAGS, `-Wa,-I${ISA_DIR}`, p.path, '-o', out], 60_000);
  if (r.status !== 0) throw new Error(`${GCC} failed on ${p.name}:\n${r.stderr}`);
  gnuBuilt.set(p.name, out);
  return out;
}
