// The engine's entry points (the shape of ProzChain's multi-VM interface): execute a program to
// a structured result, estimate its gas, validate it before running. Guest behaviour never
// throws; a program that cannot be loaded at all (a malformed ELF) is a ProgramError.

import { diagnostic, fileRange, type Diagnostic } from '../diagnostics.js';
import type { Image } from '../image.js';
import { hex, PERM } from './memory.js';
import type { Environment, HostIO } from '../env/types.js';
import { environmentByName, installEnvironment } from '../env/registry.js';
import { installExtension, type VmExtension } from './extension.js';
import { GuestTrap } from './chip.js';
import { CostSchedule } from './gas.js';
import { loadProgram, programFromElf, programFromImage, type Program } from './loader.js';
import { Machine } from './machine.js';
import { DEFAULT_LIMITS, type ExecuteOptions, type ExecutionResult, type ExecutionStatus, type Fault } from './types.js';
import type { SourceRange } from '../diagnostics.js';

export const DEFAULT_SEGMENT_HEIGHT = 1 << 22;
/** Instructions between two looks at the clock: about 10 ms fast, less traced. */
const FAST_CHUNK = 1 << 20;
const TRACED_CHUNK = 1 << 16;

export class ProgramError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
  }
}

export type ProgramInput = Image | Uint8Array | Program;

/** An image from assemble(), ELF file bytes, or an already loaded Program. Throws ProgramError for unloadable input. */
export function toProgram(input: ProgramInput, path = 'a.out'): Program {
  if (input instanceof Uint8Array) {
    const { program, diagnostics } = programFromElf(input, path);
    if (!program) throw new ProgramError(diagnostics);
    return program;
  }
  if ('segments' in input) return input;
  return programFromImage(input, path);
}

export function resolveEnvironment(env: string | Environment | undefined): Environment {
  if (env !== undefined && typeof env !== 'string') return env;
  const found = environmentByName(env ?? 'linux');
  if (!found) throw new ProgramError([diagnostic('error', 'unknown-environment', `unknown environment '${env}'`, fileRange('<options>'))]);
  return found;
}

function extensionsFor(env: Environment, extra: readonly VmExtension[]): VmExtension[] {
  const out = installEnvironment(env);
  for (const e of extra) {
    installExtension(e);
    if (!out.includes(e)) out.push(e);
  }
  return out;
}

const SILENT_IO: HostIO = { readStdin: () => new Uint8Array(0), writeStdout: () => {}, writeStderr: () => {} };

export interface ExecuteExtras {
  /** Extensions this run adds (a user's custom instructions), beyond the environment's. */
  extensions?: readonly VmExtension[];
  /** An Environment object instead of a name. */
  environment?: Environment;
}

/** Creates a machine with the program loaded and the stack built, ready to run (the debugger steps it itself). */
export function createMachine(program: Program, options: ExecuteOptions & ExecuteExtras = {}): Machine {
  const env = options.environment ?? resolveEnvironment(options.env);
  const envState = new Map<string, unknown>();
  if (options.hints) envState.set('hints', [...options.hints]);
  const m = new Machine({
    env,
    io: options.io ?? SILENT_IO,
    extensions: extensionsFor(env, options.extensions ?? []),
    maxMemory: options.maxMemory ?? DEFAULT_LIMITS.maxMemory,
    segmentHeight: options.segmentHeight ?? DEFAULT_SEGMENT_HEIGHT,
    strictAlign: options.strictAlign ?? false,
    traced: options.mode === 'traced',
    envState,
  });
  const error = loadProgram(m, program, { programName: options.programName ?? program.path, args: options.args ?? [], envp: options.envp ?? [] });
  if (error) throw new ProgramError([diagnostic('error', 'load-failed', error, fileRange(program.path))]);
  return m;
}

export function execute(input: ProgramInput, options: ExecuteOptions & ExecuteExtras = {}): ExecutionResult {
  const start = performance.now();
  const program = toProgram(input, options.programName);
  const m = createMachine(program, options);
  const maxSteps = options.maxSteps ?? DEFAULT_LIMITS.maxSteps;
  const deadline = start + (options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs);
  const costs = new CostSchedule(m.chips.map((c) => c.name), options.costs);
  const gasLimit = options.gasLimit;
  const chunk = m.trace ? TRACED_CHUNK : FAST_CHUNK;
  let limit: ExecutionStatus | undefined;
  while (!m.stop) {
    if (m.instret >= maxSteps) {
      limit = 'step-limit';
      break;
    }
    let budget = Math.min(maxSteps - m.instret, chunk);
    if (gasLimit !== undefined) {
      const left = gasLimit - costs.gasOf(m.chipRows());
      budget = Math.min(budget, Math.floor(left / costs.max));
      if (budget <= 0) {
        // Near the limit: one instruction at a time, each only if its own cost still fits.
        const next = nextChip(m);
        if (next !== undefined && costs.weights[next]! > left) {
          limit = 'gas-limit';
          break;
        }
        budget = 1;
      }
    }
    m.runChunk(budget);
    if (!m.stop && performance.now() > deadline) {
      limit = 'timeout';
      break;
    }
  }
  const chipRows = m.chipRows();
  const result: ExecutionResult = {
    status: m.stop?.status ?? limit ?? 'step-limit',
    exitCode: m.stop?.exitCode ?? 0,
    instret: m.instret,
    chipRows,
    segments: m.allSegments(),
    gasUsed: costs.gasOf(chipRows),
    publicValues: m.revealed(),
    pc: m.pc,
    registers: m.x.slice(0, 32),
    wallMs: performance.now() - start,
  };
  if (m.stop?.fault) {
    const f: Fault = { ...m.stop.fault };
    const source = program.sourceMap.locate(f.from ?? f.pc);
    if (source) f.source = source;
    result.fault = f;
  }
  if (m.trace) result.trace = m.trace;
  return result;
}

/** The chip of the instruction at pc, or undefined when fetching it would fault (runChunk reports that). */
function nextChip(m: Machine): number | undefined {
  try {
    return m.insnAt(m.pc)?.chip;
  } catch (e) {
    if (e instanceof GuestTrap) return undefined;
    throw e;
  }
}

export interface GasEstimate {
  gasUsed: number;
  status: ExecutionStatus;
  instret: number;
  chipRows: ExecutionResult['chipRows'];
}

/** How much gas a run needs: the program runs once in fast mode, without a gas limit. */
export function estimateGas(input: ProgramInput, options: ExecuteOptions & ExecuteExtras = {}): GasEstimate {
  const { gasLimit: _ignored, ...rest } = options;
  const r = execute(input, { ...rest, mode: 'fast' });
  return { gasUsed: r.gasUsed, status: r.status, instret: r.instret, chipRows: r.chipRows };
}

export interface ValidationProblem {
  pc: number;
  word: number;
  message: string;
  source?: SourceRange;
}

export interface ValidationResult {
  ok: boolean;
  problems: ValidationProblem[];
  /** Instruction words checked. */
  checked: number;
}

/**
 * Reports, before running, the words in executable memory that the chosen environment cannot
 * run: illegal encodings, ecall or CSR access where the environment forbids them, instructions of
 * extensions it does not install. Data inside code (`$d` regions, literal pools) is skipped.
 */
export function validate(input: ProgramInput, options: Pick<ExecuteOptions, 'env'> & ExecuteExtras = {}): ValidationResult {
  const program = toProgram(input);
  const env = options.environment ?? resolveEnvironment(options.env);
  const m = new Machine({
    env, io: SILENT_IO, extensions: extensionsFor(env, options.extensions ?? []), maxMemory: 0x1_0000_0000,
    segmentHeight: DEFAULT_SEGMENT_HEIGHT, strictAlign: false, traced: false,
  });
  const dataRanges = dataInCode(program);
  const problems: ValidationProblem[] = [];
  let checked = 0;
  for (const seg of program.segments) {
    if (!(seg.perm & PERM.X)) continue;
    for (let off = 0; off + 4 <= seg.data.length; off += 4) {
      const pc = seg.vaddr + off;
      if (dataRanges.some(([a, b]) => pc >= a && pc < b)) continue;
      const word = (seg.data[off]! | (seg.data[off + 1]! << 8) | (seg.data[off + 2]! << 16) | (seg.data[off + 3]! << 24)) >>> 0;
      checked++;
      const why = m.illegalReason(word);
      if (!why) continue;
      const p: ValidationProblem = { pc, word, message: `0x${hex(pc)}: ${why}` };
      const source = program.sourceMap.locate(pc);
      if (source) p.source = source;
      problems.push(p);
    }
  }
  return { ok: problems.length === 0, problems, checked };
}

/** [start, end) ranges of data inside executable sections, from the $d/$x mapping symbols. */
function dataInCode(program: Program): [number, number][] {
  const marks = program.image.symbols
    .filter((s) => s.name === '$d' || s.name.startsWith('$x'))
    .map((s) => ({ addr: s.value, data: s.name === '$d' }))
    .sort((a, b) => a.addr - b.addr);
  const out: [number, number][] = [];
  for (let i = 0; i < marks.length; i++) {
    if (!marks[i]!.data) continue;
    out.push([marks[i]!.addr, marks[i + 1]?.addr ?? 0x1_0000_0000]);
  }
  return out;
}
