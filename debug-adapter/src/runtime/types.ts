// The debug runtime's public contract: what the DAP session codes against. It knows nothing of
// DAP: addresses are numbers, lines are 1-based source lines as vm-core's SourceMap counts them,
// files are the paths the program was assembled from. The session converts at its edge.

import type { Diagnostic, ExecutionStatus, Fault, FaultKind, GuestFileSystem, SegmentSummary } from '@tessera/vm-core';

// ---- launch ------------------------------------------------------------------------------------

/** Host access the runtime needs; it does no I/O of its own. */
export interface RuntimeHost {
  /** The bytes of a file (the program, `.include`d sources), or undefined when it cannot be read. */
  readFile(path: string): Uint8Array | undefined;
}

export interface LaunchConfig {
  /** Path of a `.s` file (assembled by vm-core, refusing the launch on errors) or of an ELF. */
  program: string;
  host: RuntimeHost;
  /** argv[1..]. */
  args?: readonly string[];
  /** The guest's environment variables (envp), as on Linux. */
  env?: Readonly<Record<string, string>>;
  /** Folder the guest's relative paths are shown against (informational: files go through `fs`). */
  cwd?: string;
  /** Standard input given up front. Undefined: the runtime asks (inputRequested) when the guest reads. */
  stdin?: string | Uint8Array;
  /** Environment-call personality; default 'linux'. */
  environment?: 'linux' | 'openvm';
  /** openvm input hints, in order (the session reads the files). */
  hints?: readonly Uint8Array[];
  /** The guest's root-confined file system, when it may open files. */
  fs?: GuestFileSystem;
  /** Stop before the first instruction (reason 'entry'). */
  stopOnEntry?: boolean;
  /** Instructions before the run stops with 'step-limit'; default vm-core's 10^10. */
  maxSteps?: number;
  /** Bytes of guest memory; default vm-core's 512 MiB. */
  maxMemory?: number;
  /** How many instructions step back and reverse continue can undo; default 1,000,000. */
  traceHistory?: number;
  /** Extra `.include` search folders. */
  includePaths?: readonly string[];
}

export type LaunchResult =
  | { ok: true }
  /** The program could not be read, assembled or loaded: nothing runs. */
  | { ok: false; message: string; diagnostics: Diagnostic[] };

// ---- events ------------------------------------------------------------------------------------

export type StopReason =
  | 'entry' | 'step' | 'breakpoint' | 'function-breakpoint' | 'instruction-breakpoint'
  | 'data-breakpoint' | 'exception' | 'pause' | 'goto';

/** A data breakpoint that fired: what the access did to the watched bytes. */
export interface DataBreakpointHit {
  id: number;
  address: number;
  size: number;
  access: 'read' | 'write';
  /** Value of the watched range before the instruction (unsigned, little-endian, up to 4 bytes). */
  oldValue: number;
  newValue: number;
}

export interface StoppedEvent {
  reason: StopReason;
  /** One line for the UI, e.g. "breakpoint at loop (sum.s:12)" or "write to count: 3 → 4". */
  description: string;
  /** Ids of the breakpoints (any kind) that caused the stop. */
  hitBreakpointIds: number[];
  /** Longer text: the fault message, the data breakpoint's old → new values. */
  text?: string;
  /** For reason 'exception' from a fault. */
  fault?: Fault;
  /** For reason 'data-breakpoint'. */
  dataHits?: DataBreakpointHit[];
}

export interface OutputEvent {
  category: 'stdout' | 'stderr' | 'console';
  text: string;
}

export interface ExitedEvent {
  exitCode: number;
  /** How the guest ended: exit, openvm terminate, an unfiltered fault, a limit. */
  status: ExecutionStatus;
}

/** Typed events of DebugRuntime (it is an EventEmitter over this map). */
export interface RuntimeEvents {
  stopped: [StoppedEvent];
  /** The runtime resumed on its own (after provideInput while a continue/step was pending). */
  continued: [];
  output: [OutputEvent];
  /** The guest reads standard input and none is buffered: call provideInput. */
  inputRequested: [{ prompt: string }];
  exited: [ExitedEvent];
  /** The session is over: the guest ended (after exited) or terminate() was called. */
  terminated: [];
  /** A binding changed after it was reported (e.g. verified once code is loaded). */
  breakpointChanged: [BreakpointBinding];
}

// ---- breakpoints -------------------------------------------------------------------------------

/** Options every breakpoint kind shares. */
export interface BreakpointOptions {
  /** Expression (see expressions/): stop only when it is non-zero. */
  condition?: string;
  /** Stop on the N-th hit: "5", "=5", ">=5", ">5", "%5" (every fifth). */
  hitCondition?: string;
  /** Logpoint: print this (with `{expression}` interpolated) to the console instead of stopping. */
  logMessage?: string;
}

export interface LineBreakpointSpec extends BreakpointOptions {
  line: number;
}

export interface FunctionBreakpointSpec extends BreakpointOptions {
  /** A label (global or local) or an expression naming an address. */
  name: string;
}

export interface InstructionBreakpointSpec extends BreakpointOptions {
  address: number;
}

export type DataAccessType = 'read' | 'write' | 'readWrite';

export interface DataBreakpointSpec extends BreakpointOptions {
  /** As answered by dataBreakpointInfo. */
  dataId: string;
  accessType: DataAccessType;
}

export interface DataBreakpointInfo {
  /** Undefined when the expression names nothing watchable (description says why). */
  dataId?: string;
  description: string;
  accessTypes: DataAccessType[];
  address?: number;
  size?: number;
}

/** How a requested breakpoint was bound. The id is stable for the runtime's life. */
export interface BreakpointBinding {
  id: number;
  /** True when it is bound to code (or memory) that exists. */
  verified: boolean;
  /** The file and line actually bound (a line with no instruction moves to the next one). */
  file?: string;
  line?: number;
  address?: number;
  /** Why unverified, or "moved to line N". */
  message?: string;
}

/** A place in a source file where a line breakpoint binds (1-based line and column). */
export interface BreakpointLocation {
  line: number;
  column: number;
}

/** Where "Jump to Cursor" on a source line would put pc: the line's first instruction. */
export interface JumpTarget {
  address: number;
  /** The line bound (a line without code moves to the next one that has some). */
  line: number;
  /** "loop+0x8 (sum.s:12)". */
  label: string;
}

/** Exception filter ids: each vm-core fault kind stops as an exception; 'ebreak' stops at ebreak and may continue past it. */
export type ExceptionFilterId = FaultKind | 'ebreak';

export interface ExceptionFilterInfo {
  id: ExceptionFilterId;
  label: string;
  description: string;
  /** On by default. */
  default: boolean;
}

// ---- execution ---------------------------------------------------------------------------------

/** 'line': to the next source line (step over/in/out/back by statement); 'instruction': one instruction (disassembly view). */
export type Granularity = 'line' | 'instruction';

export type RuntimeState = 'not-launched' | 'running' | 'stopped' | 'waiting-input' | 'ended';

// ---- inspection --------------------------------------------------------------------------------

export interface RegisterValue {
  /** 0–31; 32 is pc. */
  index: number;
  /** ABI name (zero, ra, sp, …, pc). */
  name: string;
  /** x0…x31, or pc. */
  alias: string;
  /** Unsigned 32-bit. */
  value: number;
  /** Written by the last step or run (its value differs from the previous stop). */
  changed: boolean;
}

export interface Counters {
  instret: number;
  /**
   * The timestamp a traced run would be at (rows plus accesses so far). The adapter runs in fast
   * mode, so this is found by traced replays of the windows between checkpoints (each once):
   * present while the history still reaches instruction 0, undefined otherwise.
   */
  timestamp?: number;
  gas: number;
  /** Index of the open segment. */
  segment: number;
  segments: SegmentSummary[];
  chipRows: Record<string, number>;
}

export type SymbolKind = 'words' | 'halves' | 'bytes' | 'string' | 'code' | 'absolute';

export interface SymbolInfo {
  name: string;
  address: number;
  /** From `.size` (or the distance to the next symbol when it has none). */
  size: number;
  kind: SymbolKind;
  section: string | null;
  /** Words (signed), halves, bytes, or the string's text, read now from memory. */
  value: number[] | string;
}

export interface OpenFd {
  fd: number;
  description: string;
}

export interface EnvironmentState {
  environment: string;
  brkStart: number;
  brk: number;
  openFds: OpenFd[];
  /** openvm public values revealed so far. */
  publicValues: Uint8Array;
  /** openvm: inputs not yet taken by hintinput, and bytes left in the hint stream. */
  hintsLeft?: { inputs: number; streamBytes: number };
  /** Bytes of standard input given but not read yet. */
  stdinBuffered: number;
}

export interface SourceLocation {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export interface CallFrame {
  /** 0 is the innermost frame; ids are valid until the next resume. */
  id: number;
  /** The label at or before the function's entry, with an offset when not at it: "fact", "main+0x10". */
  name: string;
  /** The frame's pc: the current pc for frame 0, the return address minus 4 (the call) for callers. */
  pc: number;
  source?: SourceLocation;
  /** The frame's sp when it was entered (for callers: at the call). */
  sp: number;
}

export interface DisassembledLine {
  address: number;
  /** Undefined when the address is unmapped. */
  word?: number;
  /** objdump text, or "<unmapped>". */
  text: string;
  /** A label starting at this address. */
  symbol?: string;
  source?: SourceLocation;
}

export interface MemoryRead {
  address: number;
  /** The readable bytes from address on (stops at the first unmapped byte). */
  data: Uint8Array;
  /** Bytes requested but unreadable after data. */
  unreadable: number;
}

export type EvaluateContext = 'watch' | 'hover' | 'repl' | 'condition' | 'log';

export interface EvaluateResult {
  /** Display text: "42 (0x0000002a)" for numbers, a listing for REPL commands. */
  text: string;
  /** Numeric result when it is one (unsigned 32-bit). */
  value?: number;
  /** Address the expression designates (a symbol, a pointer): the memory inspector's reference. */
  memoryReference?: number;
  type?: string;
}

// ---- trace -------------------------------------------------------------------------------------

export interface TraceAccess {
  space: 'register' | 'memory' | 'public';
  /** Register number, byte address, or public-value index. */
  address: number;
  /** "a0", or "0x00011000 <buf+4>". */
  name: string;
  size: 1 | 2 | 4;
  write: boolean;
  value: number;
  /** For writes the value replaced; for reads equal to value. */
  previousValue: number;
}

export interface TraceRowView {
  /** Instructions retired before this one (the row's place in the whole run). */
  instret: number;
  /** Timestamp within the replayed window (see debug-adapter/README.md). */
  timestamp: number;
  pc: number;
  word: number;
  instruction: string;
  chip: string;
  /** The label the pc lies in, with offset. */
  label: string;
  source?: SourceLocation;
  nextPc: number;
  reads: TraceAccess[];
  writes: TraceAccess[];
}

export interface TraceFilter {
  chips?: readonly string[];
  /** Rows that read or write this memory range [start, end). */
  address?: { start: number; end: number };
  /** Rows whose pc is in [start, end). */
  pcRange?: { start: number; end: number };
  /** Rows whose pc lies in the code of this label (to the next label). */
  label?: string;
}

export interface TraceQuery {
  /** First instret to look at (default: the start of the history). */
  start?: number;
  /** Rows wanted at most (default 100, at most 10,000). */
  count?: number;
  filter?: TraceFilter;
}

export interface TracePage {
  rows: TraceRowView[];
  /** Where the next page starts (pass as start), undefined at the present. */
  next?: number;
  /** The history: instret range that can be inspected and stepped back into. */
  historyStart: number;
  historyEnd: number;
}

export interface TraceSummary {
  historyStart: number;
  historyEnd: number;
  /** Rows per chip over the whole run. */
  chipRows: Record<string, number>;
  segments: SegmentSummary[];
}

export type TraceExportFormat = 'jsonl' | 'csv';

// ---- the runtime's methods ---------------------------------------------------------------------

/**
 * What DebugRuntime (runtime/runtime.ts) offers. Execution methods return at once and report
 * through events (stopped, exited …); their promise settles when that run has stopped or ended
 * (not while it waits for input), and rejects with RuntimeError when it cannot start (running,
 * ended, not launched). Other methods that need a stopped runtime throw RuntimeError.
 */
export interface DebugRuntimeApi {
  readonly state: RuntimeState;
  /** Loads the program and builds the process; nothing runs until start(). */
  launch(config: LaunchConfig): Promise<LaunchResult>;
  /** After configuration (breakpoints set): stops with 'entry' when stopOnEntry, else runs. */
  start(): Promise<void>;
  /** Source files of the program (assembled `.s` and `.include`d ones). */
  sourceFiles(): string[];

  continue(): Promise<void>;
  pause(): void;
  stepIn(granularity?: Granularity): Promise<void>;
  stepOver(granularity?: Granularity): Promise<void>;
  stepOut(granularity?: Granularity): Promise<void>;
  stepBack(granularity?: Granularity): Promise<void>;
  reverseContinue(): Promise<void>;
  /** Travel to the state before instruction number `instret` (within the history). */
  goto(instret: number): Promise<void>;
  /** Ends the run and launches again, with `config` when given (else the last one); the old program stays when the new one is refused. */
  restart(config?: LaunchConfig): Promise<LaunchResult>;
  terminate(): void;
  /** Text typed for the guest's standard input; a newline is added when missing. Empty string: end of input. */
  provideInput(text: string): void;

  setLineBreakpoints(file: string, specs: readonly LineBreakpointSpec[]): BreakpointBinding[];
  /** Lines (and columns) in [line, endLine] of file where a line breakpoint binds; endLine defaults to line. */
  breakpointLocations(file: string, line: number, endLine?: number): BreakpointLocation[];
  /** Where a jump to file:line goes (empty when no code is on or after it). */
  jumpTargets(file: string, line: number): JumpTarget[];
  /** Sets pc to address (an instruction) as an edit: a new timeline, stopping with reason 'goto'. */
  jumpTo(address: number): Promise<void>;
  setFunctionBreakpoints(specs: readonly FunctionBreakpointSpec[]): BreakpointBinding[];
  setInstructionBreakpoints(specs: readonly InstructionBreakpointSpec[]): BreakpointBinding[];
  exceptionFilters(): ExceptionFilterInfo[];
  setExceptionFilters(ids: readonly ExceptionFilterId[]): void;
  dataBreakpointInfo(expression: string): DataBreakpointInfo;
  setDataBreakpoints(specs: readonly DataBreakpointSpec[]): BreakpointBinding[];

  registers(): RegisterValue[];
  /** Register by ABI name, xN or pc. */
  setRegister(name: string, value: number): void;
  counters(): Counters;
  symbols(): SymbolInfo[];
  environmentState(): EnvironmentState;
  readMemory(address: number, count: number): MemoryRead;
  /** Answers the bytes written; guest-readonly memory (code) is written too, unmapped is not. */
  writeMemory(address: number, data: Uint8Array): number;
  callStack(): CallFrame[];
  /** `count` instructions from `address` (negative offsets allowed by passing an earlier address). */
  disassemble(address: number, count: number): DisassembledLine[];
  /** Location of an address in the sources. */
  sourceOf(address: number): SourceLocation | undefined;
  /** Registers, symbols, arithmetic, memory reads; in 'repl' also commands (x/8wx sp, info chips). Throws EvaluateError on bad input. */
  evaluate(expression: string, context: EvaluateContext, frameId?: number): EvaluateResult;

  traceSummary(): TraceSummary;
  traceRows(query: TraceQuery): TracePage;
  /**
   * Writes the history's rows (filtered) in the format, a chunk per event-loop turn; answers the
   * rows written. Rejects with RuntimeCancelled when `cancelled` turns true, and with RuntimeError
   * when the program runs or is edited meanwhile.
   */
  exportTrace(format: TraceExportFormat, write: (chunk: string) => void, filter?: TraceFilter, cancelled?: () => boolean): Promise<number>;
}
