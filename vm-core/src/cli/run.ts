// `tessera run`: assemble a program if needed, run it on the engine with this process's stdin,
// stdout and stderr, and exit with the guest's status. Faults are reported GNU-style with the
// source line and the instruction; limits say which one stopped the run. The option parsing,
// loading and reporting here are shared with `tessera trace`.

import type { CliIo } from './main.js';
import { nodeHostIO, type NodeHostIOOptions } from './host-io.js';
import { absolutePath, checkDirectory, importModule, readBytes } from './io.js';
import { loadProgramFile, type LoadedProgram } from './program-input.js';
import { environmentByName, environments, installEnvironment } from '../env/registry.js';
import { OPENVM_EXTENSION_NAME } from '../env/openvm.js';
import type { Environment, HostIO } from '../env/types.js';
import { installExtension, type VmExtension } from '../machine/extension.js';
import { execute, ProgramError, type ExecuteExtras } from '../machine/execute.js';
import { CostSchedule } from '../machine/gas.js';
import type { Program } from '../machine/loader.js';
import { DEFAULT_LIMITS, type ExecuteOptions, type ExecutionResult, type Fault } from '../machine/types.js';
import { disassembleWord } from '../isa/disasm.js';
import type { SourceRange } from '../diagnostics.js';

// ---- exit statuses -------------------------------------------------------------------------------

/** The guest faulted (as a shell reports a SIGSEGV'd process). */
export const EXIT_FAULT = 139;
/** A step, gas or time limit stopped the guest (as timeout(1) reports). */
export const EXIT_LIMIT = 124;
/** The program could not be read, assembled or loaded. */
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

export const RUN_OPTIONS_HELP = `  --env linux|openvm     environment (default linux: Linux syscalls and RARS services;
                         openvm: OpenVM's guest ABI, custom-0 terminate/hint/reveal/printstr)
  --fs-root DIR          the folder the guest sees as / (default: the guest can open no files)
  --max-steps N          stop after N instructions (default 10^10)
  --max-memory BYTES     guest memory limit, K/M/G suffixes allowed (default 512M)
  --timeout SECONDS      wall-clock limit (default: none)
  --gas-limit N          stop before the gas used would exceed N
  --strict-align         misaligned loads and stores fault (always so under openvm)
  --segment-height N     rows a chip may fill before a new segment starts (default 4194304)
  --hints FILE           openvm input hint: the file's bytes; repeatable, hintinput reads them in order
  --extension MODULE.js  install a VmExtension (the module's default export, or its export
                         'extension') before assembling; repeatable
  -I DIR                 search DIR for .include files (assembly input)
  -march=ISA             ISA string for the assembler (default rv32im)`;

export const EXIT_STATUS_HELP = `exit status:
  N     the guest's exit code, when it exits (Linux exit) or terminates (openvm terminate)
  139   the guest faulted; the fault, its source line and instruction go to stderr
  124   a limit stopped the guest: --max-steps, --gas-limit or --timeout
  1     the program could not be read, assembled or loaded
  2     usage error (unknown option, bad value)
A guest may itself exit with 1, 2, 124 or 139; stderr tells those apart.`;

export const RUN_USAGE = `usage: tessera run [options] program.s|program.elf [guest arguments...]
Runs a program with this process's stdin, stdout and stderr: assembly is assembled and linked
first (an ELF executable is recognised by its contents). Options come before the program file;
everything after it is passed to the guest as argv[1..], '--' and '-x' included.
${RUN_OPTIONS_HELP}
  --stats                after the run, print status, instructions, MIPS, gas, segments and the
                         rows and gas of each chip to stderr
  -h, --help             show this help

${EXIT_STATUS_HELP}`;

// ---- options -------------------------------------------------------------------------------------

export interface RunSettings {
  program: string;
  guestArgs: string[];
  includePaths: string[];
  march?: string;
  env: string;
  fsRoot?: string;
  maxSteps?: number;
  maxMemory?: number;
  timeoutMs?: number;
  gasLimit?: number;
  strictAlign: boolean;
  segmentHeight?: number;
  hints: string[];
  extensions: string[];
  stats: boolean;
  /** Values of the command's own options (trace: --out, --format), by option name. */
  extra: Map<string, string>;
}

export interface ParseSpec {
  command: string;
  usage: string;
  /** Further options that take a value, with their aliases: `-o` → `--out`. */
  extraOptions?: ReadonlyMap<string, string>;
  /**
   * Options may follow the program file too (trace): then only the words that are not options,
   * and everything after `--`, are the guest's. Otherwise (run) everything after the program is.
   */
  optionsAfterProgram?: boolean;
}

const VALUE_OPTIONS = new Set(['--env', '--fs-root', '--max-steps', '--max-memory', '--timeout', '--gas-limit', '--segment-height', '--hints', '--extension']);

/** The settings of a run command, or the exit status after printing the usage error (or the help: 0). */
export function parseRunArgs(args: readonly string[], io: CliIo, spec: ParseSpec): RunSettings | number {
  const s: RunSettings = { program: '', guestArgs: [], includePaths: [], env: 'linux', strictAlign: false, hints: [], extensions: [], stats: false, extra: new Map() };
  const fail = (message: string): number => {
    io.stderr.write(`tessera ${spec.command}: ${message}\nRun 'tessera ${spec.command} --help' for the options.\n`);
    return EXIT_USAGE;
  };
  let program: string | undefined;
  const guestArgs: string[] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    // After the program file its arguments begin: all of them for run, '--' included; for trace
    // the words that are not options, and everything after '--'.
    if (program !== undefined && !spec.optionsAfterProgram) break;
    if (a === '--') {
      i++;
      break;
    }
    if (program !== undefined && !(a.startsWith('-') && a !== '-')) {
      guestArgs.push(a);
      continue;
    }
    if (a === '-h' || a === '--help') {
      io.stdout.write(spec.usage + '\n');
      return 0;
    }
    if (a === '--strict-align') s.strictAlign = true;
    else if (a === '--stats') s.stats = true;
    else if (a.startsWith('-march=') || a.startsWith('--march=')) s.march = a.slice(a.indexOf('=') + 1);
    else if (a === '-I') {
      const v = args[++i];
      if (v === undefined) return fail(`option '-I' needs a folder`);
      s.includePaths.push(v);
    } else if (a.startsWith('-I')) s.includePaths.push(a.slice(2));
    else if (a.startsWith('-') && a !== '-') {
      const eq = a.indexOf('=');
      const given = eq > 0 ? a.slice(0, eq) : a;
      const name = spec.extraOptions?.get(given) ?? given;
      if (!VALUE_OPTIONS.has(name) && !spec.extraOptions?.has(given)) {
        return fail(`unknown option '${a}'${program !== undefined ? ` (arguments for the program go after '--')` : ''}`);
      }
      const value = eq > 0 ? a.slice(eq + 1) : args[++i];
      if (value === undefined) return fail(`option '${given}' needs a value`);
      const problem = setOption(s, name, value);
      if (problem !== undefined) return fail(problem);
    } else program = a;
  }
  if (program === undefined) {
    program = args[i];
    if (program === undefined) return fail('no program file given');
    i++;
  }
  guestArgs.push(...args.slice(i));
  s.program = program;
  s.guestArgs = guestArgs;
  if (!environmentByName(s.env)) return fail(`unknown environment '${s.env}' (known: ${[...environments.keys()].join(', ')})`);
  if (s.hints.length && !(environmentByName(s.env)!.extensions ?? []).includes(OPENVM_EXTENSION_NAME)) {
    return fail(`--hints is for --env openvm (this run's environment is ${s.env})`);
  }
  return s;
}

/** Applies one valued option; a message when its value is not acceptable. */
function setOption(s: RunSettings, name: string, value: string): string | undefined {
  const bad = (what: string): string => `invalid value '${value}' for ${name}: expected ${what}`;
  switch (name) {
    case '--env': s.env = value; return undefined;
    case '--fs-root': s.fsRoot = value; return undefined;
    case '--hints': s.hints.push(value); return undefined;
    case '--extension': s.extensions.push(value); return undefined;
    case '--max-steps': {
      const n = parseCount(value);
      if (n === undefined) return bad('a whole number of instructions (e.g. 1000000, 1e6 or 0x100)');
      s.maxSteps = n;
      return undefined;
    }
    case '--gas-limit': {
      const n = parseCount(value);
      if (n === undefined) return bad('a whole number (e.g. 5000000 or 5e6)');
      s.gasLimit = n;
      return undefined;
    }
    case '--segment-height': {
      const n = parseCount(value);
      if (n === undefined || n < 1) return bad('a whole number of rows, at least 1');
      s.segmentHeight = n;
      return undefined;
    }
    case '--max-memory': {
      const n = parseBytes(value);
      if (n === undefined || n < 1) return bad('a size in bytes, with an optional K, M or G suffix (e.g. 64M)');
      s.maxMemory = n;
      return undefined;
    }
    case '--timeout': {
      const seconds = /^(\d+(\.\d*)?|\.\d+)$/.test(value) ? Number(value) : NaN;
      if (!(seconds > 0) || !Number.isFinite(seconds)) return bad('a number of seconds greater than 0 (e.g. 10 or 0.5)');
      s.timeoutMs = seconds * 1000;
      return undefined;
    }
    default:
      s.extra.set(name, value);
      return undefined;
  }
}

/** A non-negative whole number: decimal (underscores allowed), 0x hex, or 1e6 notation. */
export function parseCount(text: string): number | undefined {
  let n: number;
  if (/^0x[0-9a-f]+$/i.test(text)) n = Number.parseInt(text.slice(2), 16);
  else if (/^\d+(_\d+)*$/.test(text)) n = Number(text.replace(/_/g, ''));
  else if (/^\d+(\.\d+)?e\d+$/i.test(text)) n = Number(text);
  else return undefined;
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

const UNIT: Readonly<Record<string, number>> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** Bytes: a count with an optional K/M/G (KiB/MiB/GiB, KB/MB/GB all binary) suffix. */
export function parseBytes(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?|0x[0-9a-f]+)\s*([kmg]?)(?:i?b)?$/i.exec(text);
  if (!m) return undefined;
  const base = m[1]!.toLowerCase().startsWith('0x') ? Number.parseInt(m[1]!.slice(2), 16) : Number(m[1]);
  const n = Math.floor(base * UNIT[m[2]!.toLowerCase()]!);
  return Number.isSafeInteger(n) ? n : undefined;
}

// ---- preparing a run -----------------------------------------------------------------------------

export interface PreparedRun {
  settings: RunSettings;
  environment: Environment;
  loaded: LoadedProgram;
  extensions: VmExtension[];
  hints: Uint8Array[];
}

/**
 * Everything before the first instruction: the user's extensions and the environment's are
 * installed (so the assembler knows their mnemonics), hints are read, the program is loaded or
 * assembled. Problems are printed; the answer is then the exit status.
 */
export async function prepareRun(settings: RunSettings, io: CliIo, command: string): Promise<PreparedRun | number> {
  const say = (message: string): void => void io.stderr.write(`tessera ${command}: ${message}\n`);
  if (settings.fsRoot !== undefined) {
    const problem = checkDirectory(io, settings.fsRoot);
    if (problem) {
      say(`--fs-root: ${problem}`);
      return EXIT_USAGE;
    }
  }
  const extensions: VmExtension[] = [];
  for (const path of settings.extensions) {
    const m = await importModule(io, path);
    if (!m.ok) {
      say(`error: --extension: ${m.message}`);
      return EXIT_BAD_INPUT;
    }
    const ext = m.module['default'] ?? m.module['extension'];
    const problem = extensionProblem(ext);
    if (problem !== undefined || !isExtension(ext)) {
      say(`error: --extension '${path}': ${problem ?? 'not a VmExtension'}`);
      return EXIT_BAD_INPUT;
    }
    try {
      installExtension(ext);
    } catch (err) {
      say(`error: --extension '${path}': ${err instanceof Error ? err.message : String(err)}`);
      return EXIT_BAD_INPUT;
    }
    extensions.push(ext);
  }
  const environment = environmentByName(settings.env)!;
  try {
    installEnvironment(environment);
  } catch (err) {
    say(`error: ${err instanceof Error ? err.message : String(err)}`);
    return EXIT_BAD_INPUT;
  }
  const hints: Uint8Array[] = [];
  for (const path of settings.hints) {
    const r = readBytes(io, path);
    if (!r.ok) {
      say(`error: --hints: ${r.message}`);
      return EXIT_BAD_INPUT;
    }
    hints.push(r.bytes);
  }
  const input = loadProgramFile(io, settings.program, {
    command,
    includePaths: settings.includePaths,
    ...(settings.march !== undefined ? { march: settings.march } : {}),
  });
  if (!input.ok) {
    io.stderr.write(input.report);
    return EXIT_BAD_INPUT;
  }
  io.stderr.write(input.loaded.warnings);
  return { settings, environment, loaded: input.loaded, extensions, hints };
}

/** Why a module's export is not a VmExtension, or undefined when it looks like one. */
function extensionProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return `the module has no default export or export 'extension' holding a VmExtension`;
  const v = value as Record<string, unknown>;
  if (typeof v['name'] !== 'string' || v['name'] === '') return `the extension has no name`;
  if (!Array.isArray(v['chips'])) return `the extension '${v['name']}' has no chips array`;
  for (const chip of v['chips'] as unknown[]) {
    const c = chip as Record<string, unknown> | null;
    if (typeof c !== 'object' || c === null || typeof c['name'] !== 'string' || typeof c['execute'] !== 'function') {
      return `the extension '${v['name']}' has a chip without a name or an execute function`;
    }
  }
  if (v['instructions'] !== undefined && !Array.isArray(v['instructions'])) return `the extension '${v['name']}' has instructions that are not an array`;
  return undefined;
}

function isExtension(value: unknown): value is VmExtension {
  return extensionProblem(value) === undefined;
}

/** The HostIO of a run: the CliIo's (tests), else this process's streams; files only below --fs-root. */
export function hostFor(io: CliIo, settings: RunSettings, extra: NodeHostIOOptions = {}): HostIO {
  const options: NodeHostIOOptions = { ...extra };
  if (settings.fsRoot !== undefined) options.fsRoot = absolutePath(io, settings.fsRoot);
  return (io.hostIO ?? nodeHostIO)(options);
}

export function executeOptions(run: PreparedRun, host: HostIO, mode: 'fast' | 'traced'): ExecuteOptions & ExecuteExtras {
  const s = run.settings;
  const o: ExecuteOptions & ExecuteExtras = {
    programName: s.program,
    args: s.guestArgs,
    env: s.env,
    io: host,
    mode,
    strictAlign: s.strictAlign,
    // A person at a terminal may take their time typing input: no wall-clock limit unless asked.
    timeoutMs: s.timeoutMs ?? Infinity,
  };
  if (s.maxSteps !== undefined) o.maxSteps = s.maxSteps;
  if (s.maxMemory !== undefined) o.maxMemory = s.maxMemory;
  if (s.gasLimit !== undefined) o.gasLimit = s.gasLimit;
  if (s.segmentHeight !== undefined) o.segmentHeight = s.segmentHeight;
  if (run.hints.length) o.hints = run.hints;
  if (run.extensions.length) o.extensions = run.extensions;
  return o;
}

/** execute(), with a program that cannot be loaded into memory (ProgramError) reported as bad input. */
export function executePrepared(run: PreparedRun, host: HostIO, mode: 'fast' | 'traced', io: CliIo, command: string): ExecutionResult | number {
  try {
    return execute(run.loaded.program, executeOptions(run, host, mode));
  } catch (err) {
    if (!(err instanceof ProgramError)) throw err;
    for (const d of err.diagnostics) {
      const path = run.loaded.program.path;
      const message = d.message.startsWith(`${path}: `) ? d.message.slice(path.length + 2) : d.message;
      io.stderr.write(`${path}: ${d.severity}: ${message}\n`);
    }
    io.stderr.write(`tessera ${command}: cannot load '${run.settings.program}'\n`);
    return EXIT_BAD_INPUT;
  } finally {
    host.fs?.closeAll?.();
  }
}

// ---- reporting -----------------------------------------------------------------------------------

function hex8(v: number): string {
  return (v >>> 0).toString(16).padStart(8, '0');
}

/** The instruction word a program's image holds at addr (before the run), if any. */
function wordAt(program: Program, addr: number): number | undefined {
  for (const s of program.segments) {
    const off = addr - s.vaddr;
    if (off < 0 || off + 4 > s.data.length) continue;
    return (s.data[off]! | (s.data[off + 1]! << 8) | (s.data[off + 2]! << 16) | (s.data[off + 3]! << 24)) >>> 0;
  }
  return undefined;
}

/** objdump's text for one instruction, with a space instead of its tab. */
function instructionText(word: number, pc: number): string {
  return disassembleWord(word, pc).text.replace('\t', ' ');
}

/** `file:line:col: <head>`, then the source line and a caret under the range, as formatDiagnostic renders them. */
function located(range: SourceRange, head: string, sourceText: (file: string) => string | undefined): string {
  const { file, start, end } = range;
  let out = `${file}:${start.line}:${start.col}: ${head}\n`;
  const line = sourceText(file)?.split(/\r?\n/)[start.line - 1];
  if (line !== undefined) {
    const width = end.line === start.line && end.col > start.col ? end.col - start.col : 1;
    const lead = line.slice(0, start.col - 1).replace(/[^\t]/g, ' ');
    out += ` ${line}\n ${lead}^${'~'.repeat(Math.max(0, width - 1))}\n`;
  }
  return out;
}

/** The fault report: kind and message at its source line (or the program file), then pc and instruction. */
export function describeFault(f: Fault, loaded: LoadedProgram): string {
  const head = `fault: ${f.kind}: ${f.message}`;
  let out = f.source ? located(f.source, head, (file) => loaded.sourceText(file)) : `${loaded.program.path}: ${head}\n`;
  const text = f.instruction ? f.instruction.replace('\t', ' ') : f.word !== undefined ? instructionText(f.word, f.pc) : undefined;
  out += `  pc 0x${hex8(f.pc)}${text ? `: ${text}` : ''}\n`;
  if (f.from !== undefined) {
    const word = wordAt(loaded.program, f.from);
    out += `  from 0x${hex8(f.from)}${word !== undefined ? `: ${instructionText(word, f.from)}` : ''}\n`;
  }
  return out;
}

/** Where a stopped run stands: ` (prog.s:12:3)` when the source map knows pc. */
function whereIs(pc: number, loaded: LoadedProgram): string {
  const r = loaded.program.sourceMap.locate(pc);
  return r ? ` (${r.file}:${r.start.line}:${r.start.col})` : '';
}

const count = (n: number): string => n.toLocaleString('en-US');

/** Prints what ended the run (nothing for a normal exit) and answers the command's exit status. */
export function reportOutcome(result: ExecutionResult, run: PreparedRun, io: CliIo, command: string): number {
  const s = run.settings;
  const at = `at pc 0x${hex8(result.pc)}${whereIs(result.pc, run.loaded)}`;
  switch (result.status) {
    case 'exited':
    case 'terminated':
      return result.exitCode & 0xff;
    case 'fault':
      io.stderr.write(result.fault ? describeFault(result.fault, run.loaded) : `tessera ${command}: the guest faulted ${at}\n`);
      if (result.fault?.kind === 'illegal-instruction' && result.fault.word !== undefined && (result.fault.word & 0x7f) === 0x0b
        && !(run.environment.extensions ?? []).includes(OPENVM_EXTENSION_NAME)) {
        io.stderr.write(`tessera ${command}: note: custom-0 (opcode 0x0b) instructions are OpenVM's; run with --env openvm\n`);
      }
      return EXIT_FAULT;
    case 'step-limit':
      io.stderr.write(`tessera ${command}: step limit of ${count(s.maxSteps ?? DEFAULT_LIMITS.maxSteps)} instructions reached ${at}\n`);
      return EXIT_LIMIT;
    case 'gas-limit':
      io.stderr.write(`tessera ${command}: gas limit of ${count(s.gasLimit ?? 0)} reached ${at} after ${count(result.instret)} instructions (gas used ${count(result.gasUsed)}; the next instruction would exceed the limit)\n`);
      return EXIT_LIMIT;
    case 'timeout':
      io.stderr.write(`tessera ${command}: timeout of ${(s.timeoutMs ?? 0) / 1000} s reached ${at} after ${count(result.instret)} instructions\n`);
      return EXIT_LIMIT;
  }
}

function percent(part: number, whole: number): string {
  return whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : '-';
}

/**
 * The run's statistics: status, exit code, instructions, wall time and MIPS, gas, segments, then
 * one line per chip with its rows and gas and their shares; public values under openvm.
 */
export function formatStats(result: ExecutionResult, envName: string): string {
  const lines: string[] = [];
  const field = (name: string, value: string): void => void lines.push(`${name.padEnd(14)}${value}`);
  field('status', result.status + (result.fault ? ` (${result.fault.kind})` : ''));
  field('exit code', String(result.exitCode));
  field('instructions', count(result.instret));
  const mips = result.wallMs > 0 ? result.instret / (result.wallMs * 1000) : 0;
  field('wall time', `${(result.wallMs / 1000).toFixed(3)} s (${mips.toFixed(2)} MIPS)`);
  field('gas used', count(result.gasUsed));
  field('segments', String(result.segments.length));
  const names = Object.keys(result.chipRows).filter((n) => (result.chipRows[n] ?? 0) > 0);
  const schedule = new CostSchedule(names);
  const chips = names
    .map((name, i) => ({ name, rows: result.chipRows[name] ?? 0, gas: (result.chipRows[name] ?? 0) * schedule.weights[i]! }))
    .sort((a, b) => b.rows - a.rows || a.name.localeCompare(b.name));
  const totalRows = chips.reduce((n, c) => n + c.rows, 0);
  const totalGas = chips.reduce((n, c) => n + c.gas, 0);
  const table = [
    ['chip', 'rows', '%', 'gas', '%'],
    ...chips.map((c) => [c.name, count(c.rows), percent(c.rows, totalRows), count(c.gas), percent(c.gas, totalGas)]),
    ['total', count(totalRows), percent(totalRows, totalRows), count(totalGas), percent(totalGas, totalGas)],
  ];
  const widths = table[0]!.map((_, col) => Math.max(...table.map((row) => row[col]!.length)));
  lines.push('');
  for (const row of table) {
    lines.push(row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ').trimEnd());
  }
  if (envName === 'openvm' || result.publicValues.length > 0) {
    lines.push('');
    const pv = result.publicValues;
    if (pv.length === 0) field('public values', '(none)');
    else {
      const hexBytes = Array.from(pv, (b) => b.toString(16).padStart(2, '0')).join('');
      field('public values', `${pv.length} byte${pv.length === 1 ? '' : 's'}`);
      for (let i = 0; i < hexBytes.length; i += 64) lines.push(`  ${hexBytes.slice(i, i + 64)}`);
    }
  }
  return lines.join('\n') + '\n';
}

// ---- the command ---------------------------------------------------------------------------------

export async function runCommand(args: string[], io: CliIo): Promise<number> {
  const settings = parseRunArgs(args, io, { command: 'run', usage: RUN_USAGE });
  if (typeof settings === 'number') return settings;
  const prepared = await prepareRun(settings, io, 'run');
  if (typeof prepared === 'number') return prepared;
  const result = executePrepared(prepared, hostFor(io, settings), 'fast', io, 'run');
  if (typeof result === 'number') return result;
  const status = reportOutcome(result, prepared, io, 'run');
  if (settings.stats) io.stderr.write(formatStats(result, settings.env));
  return status;
}
