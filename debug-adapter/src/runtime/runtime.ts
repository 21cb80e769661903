// DebugRuntime: a program under the debugger, over one vm-core Machine in fast mode. Breakpoints,
// calls and returns are hooked pcs (the fast loop runs everything else at full speed), data
// breakpoints are watched pages, step back restores a checkpoint and runs forward (history.ts),
// and the guest's I/O is journaled so that running forward again is the same run (journal-io.ts).
// Runs go in chunks that yield to the event loop, so pause and other requests are served.

import { EventEmitter } from 'node:events';
import {
  ABI_NAMES, CostSchedule, createMachine, ProgramError, registerNumber,
  type DebugHooks, type ExecuteOptions, type Fault, type Insn, type Machine,
} from '@tessera/vm-core';
import { evaluateExpr, formatValue, type EvalScope } from '../expressions/evaluate.js';
import { runCommand, type CommandHost } from '../expressions/commands.js';
import { EvaluateError, parseExpression } from '../expressions/parse.js';
import { renderLogMessage } from '../expressions/interpolate.js';
import { BreakpointTable, countHit, REASON_OF, type DataBreakpoint, type PcBreakpoint } from './breakpoints.js';
import { History } from './history.js';
import { JournalIO } from './journal-io.js';
import { loadProgram, type LoadedProgram } from './program.js';
import { ShadowStack } from './shadow-stack.js';
import * as inspect from './inspect.js';
import { TraceView, type WindowClock } from './trace-view.js';
import type {
  BreakpointBinding, BreakpointLocation, CallFrame, Counters, DataBreakpointHit, DataBreakpointInfo, DataBreakpointSpec,
  DebugRuntimeApi, DisassembledLine, EnvironmentState, EvaluateContext, EvaluateResult, ExceptionFilterId,
  ExceptionFilterInfo, ExitedEvent, FunctionBreakpointSpec, Granularity, InstructionBreakpointSpec, JumpTarget, LaunchConfig,
  LaunchResult, LineBreakpointSpec, MemoryRead, RegisterValue, RuntimeEvents, RuntimeState, SourceLocation,
  StoppedEvent, SymbolInfo, TraceExportFormat, TraceFilter, TracePage, TraceQuery, TraceSummary,
} from './types.js';

export class RuntimeError extends Error {}

/** A long request (exportTrace) stopped because its caller cancelled it. */
export class RuntimeCancelled extends RuntimeError {}

export const DEFAULT_TRACE_HISTORY = 1_000_000;
/** Exit status reported when the guest faults and no exception filter stops it (as `tessera run`). */
export const FAULT_EXIT_CODE = 139;
export const LIMIT_EXIT_CODE = 124;

const FAULT_FILTERS: readonly [ExceptionFilterId, string, string][] = [
  ['illegal-instruction', 'Illegal instruction', 'A word no instruction (or installed extension) has, or one the environment forbids'],
  ['fetch-fault', 'Fetch fault', 'pc in unmapped or non-executable memory'],
  ['misaligned-fetch', 'Misaligned fetch', 'A jump or branch to a pc that is not a multiple of 4'],
  ['load-fault', 'Load fault', 'A load from unmapped or unreadable memory'],
  ['store-fault', 'Store fault', 'A store to unmapped or read-only memory'],
  ['misaligned-load', 'Misaligned load', 'Only with strict alignment (openvm)'],
  ['misaligned-store', 'Misaligned store', 'Only with strict alignment (openvm)'],
  ['breakpoint', 'ebreak fault', 'ebreak while the ebreak filter is off: the guest faults'],
  ['environment-call', 'Environment call fault', 'An ecall the environment does not know, or refusing its arguments'],
  ['memory-limit', 'Memory limit', 'The guest asked for more memory than the limit'],
];

type Plan =
  | { kind: 'continue' }
  | { kind: 'step'; mode: 'in' | 'over' | 'out'; granularity: Granularity; startLine: string | undefined; startDepth: number; startInstret: number; deep: boolean };

interface Waiter {
  resolve(): void;
}

/** Instructions per chunk while running: grown until a chunk takes about 10 ms. */
const FIRST_CHUNK = 1 << 14;
const MAX_CHUNK = 1 << 22;
const SLICE_MS = 15;

export class DebugRuntime implements DebugRuntimeApi {
  private readonly emitter = new EventEmitter();
  private _state: RuntimeState = 'not-launched';
  private config: LaunchConfig | undefined;
  private loaded: LoadedProgram | undefined;
  private m: Machine | undefined;
  private io: JournalIO | undefined;
  private costs: CostSchedule | undefined;
  private history = new History(DEFAULT_TRACE_HISTORY);
  private shadow = new ShadowStack();
  readonly breakpoints = new BreakpointTable(() => this.loaded?.program.sourceMap, () => this.loaded?.labels);
  private readonly filters = new Set<ExceptionFilterId>(['illegal-instruction', 'fetch-fault', 'misaligned-fetch', 'load-fault', 'store-fault', 'misaligned-load', 'misaligned-store', 'breakpoint', 'environment-call', 'memory-limit', 'ebreak']);
  private hookPcs = new Set<number>();
  /** 'live' runs stop at breakpoints; 'replay' re-runs the past silently; 'scan' looks for the last stop going back. */
  private mode: 'live' | 'replay' | 'scan' = 'live';
  private resumeAt = -1;
  private pendingStop: StoppedEvent | undefined;
  private pendingData: { bp: DataBreakpoint; hit: DataBreakpointHit }[] = [];
  private scanHits: { instret: number; event: StoppedEvent }[] = [];
  private depthLimit: number | undefined;
  private pauseRequested = false;
  private waitingPlan: Plan | undefined;
  private waiters: Waiter[] = [];
  private prevRegs = new Int32Array(33);
  private changedRegs = new Set<number>();
  /** The guest faulted and an exception filter stopped it there: resuming ends the session. */
  private faultStop: Fault | undefined;
  private generation = 0;
  private timestampCache: { instret: number; value: number | undefined } | undefined;
  private machineOptions: ExecuteOptions | undefined;
  private windowTicks = new Map<number, number>();
  private clock: { current?: WindowClock } = {};
  /** Counts runs, edits and launches: work spread over event-loop turns checks it did not change. */
  private moves = 0;
  /** An idle replay of the clock's windows is scheduled (see warmClock). */
  private warming = false;

  // ---- events -----------------------------------------------------------------------------

  on<K extends keyof RuntimeEvents>(event: K, listener: (...args: RuntimeEvents[K]) => void): this {
    this.emitter.on(event, listener as (...args: unknown[]) => void);
    return this;
  }

  once<K extends keyof RuntimeEvents>(event: K, listener: (...args: RuntimeEvents[K]) => void): this {
    this.emitter.once(event, listener as (...args: unknown[]) => void);
    return this;
  }

  off<K extends keyof RuntimeEvents>(event: K, listener: (...args: RuntimeEvents[K]) => void): this {
    this.emitter.off(event, listener as (...args: unknown[]) => void);
    return this;
  }

  private emit<K extends keyof RuntimeEvents>(event: K, ...args: RuntimeEvents[K]): void {
    this.emitter.emit(event, ...args);
  }

  get state(): RuntimeState {
    return this._state;
  }

  /** The machine under the debugger, for tests and tools that compare states (do not run it). */
  get machine(): Machine | undefined {
    return this.m;
  }

  // ---- launch -----------------------------------------------------------------------------

  async launch(config: LaunchConfig): Promise<LaunchResult> {
    const out = loadProgram(config);
    if (!out.ok) return { ok: false, message: out.message, diagnostics: out.diagnostics };
    return this.launchLoaded(config, out.loaded);
  }

  private launchLoaded(config: LaunchConfig, loaded: LoadedProgram): LaunchResult {
    const history = new History(config.traceHistory ?? DEFAULT_TRACE_HISTORY);
    // One decoder per stream, so a character split between two writes is decoded whole.
    const outDecoder = new TextDecoder();
    const errDecoder = new TextDecoder();
    const io = new JournalIO({
      instret: () => (this.m ? this.m.instret + this.m.pendingSteps : 0),
      highWater: () => this.history.highWater,
      stdout: (b) => this.emit('output', { category: 'stdout', text: outDecoder.decode(b, { stream: true }) }),
      stderr: (b) => this.emit('output', { category: 'stderr', text: errDecoder.decode(b, { stream: true }) }),
    }, config.stdin === undefined ? undefined : typeof config.stdin === 'string' ? new TextEncoder().encode(config.stdin) : config.stdin, config.fs);
    let m: Machine;
    const options: ExecuteOptions = {
      io, env: config.environment ?? 'linux', programName: config.program, args: config.args ?? [],
      envp: Object.entries(config.env ?? {}).map(([k, v]) => `${k}=${v}`),
      ...(config.maxMemory !== undefined ? { maxMemory: config.maxMemory } : {}),
      ...(config.hints ? { hints: config.hints } : {}),
      mode: 'fast',
    };
    try {
      m = createMachine(loaded.program, options);
    } catch (e) {
      if (e instanceof ProgramError) return { ok: false, message: e.message, diagnostics: e.diagnostics };
      throw e;
    }
    this.config = config;
    this.loaded = loaded;
    this.generation++;
    this.moves++;
    this.machineOptions = options;
    this.windowTicks = new Map();
    this.clock = {};
    this.m = m;
    this.io = io;
    this.history = history;
    this.shadow = new ShadowStack();
    this.costs = new CostSchedule(m.chips.map((c) => c.name));
    this.faultStop = undefined;
    this.waitingPlan = undefined;
    this.timestampCache = undefined;
    m.debug = this.hooks();
    m.callLog = new Int32Array(1 + 4 * 4096);
    m.drainCallLog = () => this.drainCalls();
    m.memory.onWatch = (addr, size, write, value, previous) => this.onWatch(addr, size, write, value, previous);
    for (const b of this.breakpoints.rebind()) this.emit('breakpointChanged', b);
    this.refreshHooks();
    this.refreshWatches();
    history.take(m, this.shadow.frames, io.cursor);
    this.prevRegs.set(m.x.subarray(0, 32));
    this.prevRegs[32] = m.pc;
    this._state = 'stopped';
    return { ok: true };
  }

  async start(): Promise<void> {
    this.requireMachine();
    if (this.config?.stopOnEntry) {
      this.stop({ reason: 'entry', description: `entry at ${this.describePc(this.m!.pc)}`, hitBreakpointIds: [] });
      return;
    }
    // A breakpoint on the very first instruction stops: nothing was resumed from there.
    return this.drive({ kind: 'continue' }, false, false);
  }

  sourceFiles(): string[] {
    return this.loaded ? this.loaded.program.sourceMap.files() : [];
  }

  // ---- execution --------------------------------------------------------------------------

  async continue(): Promise<void> {
    return this.drive({ kind: 'continue' });
  }

  async stepIn(granularity: Granularity = 'line'): Promise<void> {
    return this.drive(this.stepPlan('in', granularity));
  }

  async stepOver(granularity: Granularity = 'line'): Promise<void> {
    return this.drive(this.stepPlan('over', granularity));
  }

  async stepOut(granularity: Granularity = 'line'): Promise<void> {
    return this.drive(this.stepPlan('out', granularity));
  }

  pause(): void {
    if (this._state === 'running') this.pauseRequested = true;
    else if (this._state === 'waiting-input') {
      this.waitingPlan = undefined;
      this.stop({ reason: 'pause', description: 'paused while waiting for input', hitBreakpointIds: [] });
    }
  }

  terminate(): void {
    if (this._state === 'ended' || this._state === 'not-launched') return;
    this._state = 'ended';
    this.closeFiles();
    this.settle();
    this.emit('terminated');
  }

  /** The host files the guest left open (fsRoot) are closed when its run ends, as a process's are. */
  private closeFiles(): void {
    this.config?.fs?.closeAll?.();
  }

  async restart(next?: LaunchConfig): Promise<LaunchResult> {
    if (!this.config) throw new RuntimeError('not launched');
    const config = next ?? this.config;
    // Loaded before the old run ends, so a program that no longer assembles leaves it as it was.
    const out = loadProgram(config);
    if (!out.ok) return { ok: false, message: out.message, diagnostics: out.diagnostics };
    const previous = this._state;
    const files = this.config.fs;
    this._state = 'ended';
    this.settle();
    const r = this.launchLoaded(config, out.loaded);
    if (r.ok) {
      files?.closeAll?.();
      void this.start();
    } else this._state = previous;
    return r;
  }

  provideInput(text: string): void {
    if (!this.io) throw new RuntimeError('not launched');
    const bytes = new TextEncoder().encode(text === '' || text.endsWith('\n') ? text : `${text}\n`);
    this.io.push(bytes);
    if (this._state === 'waiting-input' && this.waitingPlan) {
      const plan = this.waitingPlan;
      this.waitingPlan = undefined;
      this.emit('continued');
      void this.drive(plan, true);
    }
  }

  async stepBack(granularity: Granularity = 'line'): Promise<void> {
    const m = this.requireStopped();
    const from = m.instret;
    if (!this.history.enabled) throw new RuntimeError('step back is off (traceHistory is 0)');
    if (from <= this.history.start) {
      this.stop({ reason: 'step', description: 'at the start of the recorded history', hitBreakpointIds: [] });
      return;
    }
    const target = granularity === 'instruction' ? from - 1 : this.previousLineStart(from);
    this.beginStop();
    this.travel(target);
    this.stop({ reason: 'step', description: `stepped back to ${this.describePc(m.pc)}`, hitBreakpointIds: [] });
  }

  async reverseContinue(): Promise<void> {
    const m = this.requireStopped();
    if (!this.history.enabled) throw new RuntimeError('step back is off (traceHistory is 0)');
    this.beginStop();
    const now = m.instret;
    const found = this.scanBack(now);
    if (found) {
      this.travel(found.instret);
      this.stop(found.event);
      return;
    }
    const start = this.history.start;
    this.travel(start);
    this.stop({ reason: start === 0 ? 'entry' : 'step', description: start === 0 ? 'reached the start of the program' : 'reached the start of the recorded history', hitBreakpointIds: [] });
  }

  async goto(instret: number): Promise<void> {
    const m = this.requireStopped();
    const target = Math.floor(instret);
    if (!this.history.enabled) throw new RuntimeError('going back is off (traceHistory is 0)');
    if (!(target >= this.history.start && target <= this.history.highWater)) {
      throw new RuntimeError(`instruction ${instret} is outside the recorded history [${this.history.start}, ${this.history.highWater}]`);
    }
    this.beginStop();
    this.travel(target);
    this.stop({ reason: 'goto', description: `at instruction ${m.instret}: ${this.describePc(m.pc)}`, hitBreakpointIds: [] });
  }

  /** Jump to Cursor: pc moves to the instruction, the registers and memory stay; an edit like setRegister('pc'). */
  async jumpTo(address: number): Promise<void> {
    const m = this.requireStopped();
    const a = address >>> 0;
    if (this.faultStop) throw new RuntimeError('the program faulted here: step back before jumping elsewhere');
    if (a & 3 || (m.memory.permissions(a) & 4) === 0) throw new RuntimeError(`${hex(a)} is not an instruction of the program`);
    this.beginStop();
    this.edit(() => (m.pc = a));
    this.stop({ reason: 'goto', description: `jumped to ${this.describePc(a)}`, hitBreakpointIds: [] });
  }

  jumpTargets(file: string, line: number): JumpTarget[] {
    const found = this.breakpoints.codeAt(file, line);
    if (!found?.addrs.length) return [];
    const address = found.addrs[0]!;
    return [{ address, line: found.line, label: this.describePc(address) }];
  }

  // ---- breakpoints ------------------------------------------------------------------------

  breakpointLocations(file: string, line: number, endLine?: number): BreakpointLocation[] {
    return this.breakpoints.locations(file, line, endLine ?? line);
  }

  setLineBreakpoints(file: string, specs: readonly LineBreakpointSpec[]): BreakpointBinding[] {
    const r = this.breakpoints.setLines(file, specs);
    this.refreshHooks();
    return r;
  }

  setFunctionBreakpoints(specs: readonly FunctionBreakpointSpec[]): BreakpointBinding[] {
    const r = this.breakpoints.setFunctions(specs);
    this.refreshHooks();
    return r;
  }

  setInstructionBreakpoints(specs: readonly InstructionBreakpointSpec[]): BreakpointBinding[] {
    const r = this.breakpoints.setInstructions(specs, (a) => this.m !== undefined && (this.m.memory.permissions(a) & 4) !== 0);
    this.refreshHooks();
    return r;
  }

  exceptionFilters(): ExceptionFilterInfo[] {
    return [
      { id: 'ebreak', label: 'ebreak', description: 'Stop at ebreak; continuing skips it', default: true },
      ...FAULT_FILTERS.map(([id, label, description]) => ({ id, label, description, default: true })),
    ];
  }

  setExceptionFilters(ids: readonly ExceptionFilterId[]): void {
    this.filters.clear();
    for (const id of ids) this.filters.add(id);
    this.refreshHooks();
  }

  dataBreakpointInfo(expression: string): DataBreakpointInfo {
    const r = this.resolveData(expression);
    if (typeof r === 'string') return { description: r, accessTypes: [] };
    return { dataId: expression.trim(), description: r.description, accessTypes: ['read', 'write', 'readWrite'], address: r.start, size: r.size };
  }

  setDataBreakpoints(specs: readonly DataBreakpointSpec[]): BreakpointBinding[] {
    const r = this.breakpoints.setData(specs, (id) => this.resolveData(id));
    this.refreshWatches();
    return r;
  }

  /**
   * What a data id names: `label` (its .size bytes, at most 4 watched as one value when 1, 2 or
   * 4 long; else the whole range), `address` or `expr` (a word), or `start:length` (a range).
   */
  private resolveData(text: string): { start: number; size: number; description: string } | string {
    const t = text.trim();
    try {
      const range = /^(.+):\s*(\d+|0x[0-9a-f]+)$/i.exec(t);
      if (range) {
        const start = this.evalNumber(range[1]!) >>> 0;
        const size = Number(range[2]);
        if (size < 1 || size > 1 << 20) return 'a watched range is 1 byte to 1 MiB long';
        return { start, size, description: `${size} bytes at ${hex(start)}` };
      }
      const sym = this.loaded?.labels.symbol(t);
      if (sym) {
        const size = sym.size > 0 ? Math.min(sym.size, 1 << 20) : 4;
        return { start: sym.value >>> 0, size, description: `${t} (${size} byte${size === 1 ? '' : 's'} at ${hex(sym.value)})` };
      }
      const e = parseExpression(t);
      if (e.kind === 'load') {
        const start = evaluateExpr(e.addr, this.scope()).value >>> 0;
        return { start, size: e.size, description: `${t} (${e.size} bytes at ${hex(start)})` };
      }
      const start = this.evalNumber(t) >>> 0;
      return { start, size: 4, description: `word at ${hex(start)}` };
    } catch (err) {
      if (err instanceof EvaluateError || err instanceof RuntimeError) return `cannot watch '${t}': ${err.message}`;
      throw err;
    }
  }

  private evalNumber(text: string): number {
    if (!this.m) throw new RuntimeError('not launched');
    return evaluateExpr(parseExpression(text), this.scope()).value;
  }

  // ---- inspection -------------------------------------------------------------------------

  registers(): RegisterValue[] {
    const m = this.requireMachine();
    const out: RegisterValue[] = [];
    for (let i = 0; i < 32; i++) out.push({ index: i, name: ABI_NAMES[i]!, alias: `x${i}`, value: m.x[i]! >>> 0, changed: this.changedRegs.has(i) });
    out.push({ index: 32, name: 'pc', alias: 'pc', value: m.pc >>> 0, changed: this.changedRegs.has(32) });
    return out;
  }

  setRegister(name: string, value: number): void {
    const m = this.requireStopped();
    const n = name.trim().toLowerCase();
    if (n === 'pc') {
      this.edit(() => (m.pc = value >>> 0));
      return;
    }
    const i = registerNumber(n) ?? registerNumber(n.replace(/^\$/, ''));
    if (i === undefined) throw new RuntimeError(`no register '${name}'`);
    if (i === 0) throw new RuntimeError('x0 (zero) is always 0');
    this.edit(() => (m.x[i] = value | 0));
  }

  counters(): Counters {
    const m = this.requireMachine();
    const chipRows = m.chipRows();
    const segments = m.allSegments();
    const c: Counters = { instret: m.instret, gas: this.costs!.gasOf(chipRows), segment: Math.max(0, segments.length - 1), segments, chipRows };
    const ts = this.timestamp();
    if (ts !== undefined) c.timestamp = ts;
    return c;
  }

  symbols(): SymbolInfo[] {
    return inspect.symbols(this.requireMachine(), this.loaded!);
  }

  environmentState(): EnvironmentState {
    return inspect.environment(this.requireMachine(), this.io!, this.config!);
  }

  readMemory(address: number, count: number): MemoryRead {
    const m = this.requireMachine();
    const n = finiteCount(count, 1 << 20);
    const start = address >>> 0;
    const data: number[] = [];
    for (let i = 0; i < n; i++) {
      const b = m.memory.peek((start + i) >>> 0, 1);
      if (!b) break;
      data.push(b[0]!);
    }
    return { address: start, data: Uint8Array.from(data), unreadable: n - data.length };
  }

  writeMemory(address: number, data: Uint8Array): number {
    const m = this.requireStopped();
    let written = 0;
    let code = false;
    this.edit(() => {
      for (let i = 0; i < data.length; i++) {
        const a = (address + i) >>> 0;
        const p = a >>> 12;
        if (!m.memory.perm[p]) break;
        const page = m.memory.page(p);
        if (!page) break;
        m.memory.markDirty(p);
        if (m.memory.codePages[p]) code = true;
        page.u8[a & 4095] = data[i]!;
        written++;
      }
      if (code) m.redecodeAll();
    });
    return written;
  }

  callStack(): CallFrame[] {
    const m = this.requireMachine();
    const frames = this.shadow.frames;
    const out: CallFrame[] = [];
    const labels = this.loaded!.labels;
    // A frame is named by the function it runs: the label its call entered, or for the
    // outermost frame the global label the pc lies in.
    const nameOf = (pc: number, entry: number | undefined) =>
      (entry !== undefined ? labels.at(entry)?.name : undefined) ?? labels.functionOf(pc)?.name ?? hex(pc);
    out.push(this.frame(0, m.pc, nameOf(m.pc, frames[frames.length - 1]?.entry), m.x[2]! >>> 0));
    for (let i = frames.length - 1; i >= 0; i--) {
      const f = frames[i]!;
      out.push(this.frame(out.length, f.callPc, nameOf(f.callPc, frames[i - 1]?.entry), f.sp >>> 0));
    }
    return out;
  }

  private frame(id: number, pc: number, name: string, sp: number): CallFrame {
    const f: CallFrame = { id, name, pc, sp };
    const source = this.sourceOf(pc);
    if (source) f.source = source;
    return f;
  }

  disassemble(address: number, count: number): DisassembledLine[] {
    return inspect.disassemble(this.requireMachine(), this.loaded!, address >>> 0, finiteCount(count, 10_000));
  }

  sourceOf(address: number): SourceLocation | undefined {
    const r = this.loaded?.program.sourceMap.locate(address >>> 0);
    return r ? { file: r.file, line: r.start.line, column: r.start.col } : undefined;
  }

  evaluate(expression: string, context: EvaluateContext, _frameId?: number): EvaluateResult {
    this.requireMachine();
    const host = this.commandHost();
    if (context === 'repl') {
      const wasEdit = /(^|[^=!<>])=($|[^=])/.test(expression) && !/^\s*(x\/|p |print |info )/.test(expression);
      if (wasEdit) {
        this.requireStopped();
        let r: EvaluateResult | undefined;
        this.edit(() => {
          const c = runCommand(expression, host);
          r = { text: c.text, ...(c.value !== undefined ? { value: c.value } : {}), ...(c.memoryReference !== undefined ? { memoryReference: c.memoryReference } : {}), ...(c.type ? { type: c.type } : {}) };
        });
        return r!;
      }
      const c = runCommand(expression, host);
      return { text: c.text, ...(c.value !== undefined ? { value: c.value } : {}), ...(c.memoryReference !== undefined ? { memoryReference: c.memoryReference } : {}), ...(c.type ? { type: c.type } : {}) };
    }
    const v = evaluateExpr(parseExpression(expression), host);
    let text = formatValue(v);
    if (v.type === 'label') {
      // A data label shows what it holds: count = 0x00011000 → 3.
      const word = host.load(v.value >>> 0, 4);
      const sym = this.loaded!.labels.symbol(expression.trim());
      if (word !== undefined && sym && sym.type !== 'func') text = `${formatValue({ value: word | 0, type: 'int' })} @ ${hex(v.value)}`;
    }
    const r: EvaluateResult = { text, value: v.value >>> 0, type: v.type };
    if (v.address !== undefined) r.memoryReference = v.address;
    return r;
  }

  // ---- trace ------------------------------------------------------------------------------

  traceSummary(): TraceSummary {
    const m = this.requireMachine();
    return { historyStart: this.history.start, historyEnd: this.history.highWater, chipRows: m.chipRows(), segments: m.allSegments() };
  }

  traceRows(query: TraceQuery): TracePage {
    this.requireStopped();
    return this.traceView().page(query);
  }

  async exportTrace(format: TraceExportFormat, write: (chunk: string) => void, filter?: TraceFilter, cancelled: () => boolean = () => false): Promise<number> {
    this.requireStopped();
    const moves = this.moves;
    let why: string | undefined;
    const n = await this.traceView().export(format, write, filter, () => {
      if (cancelled()) why = 'cancelled';
      else if (this.moves !== moves || this._state !== 'stopped') why = 'the program ran or was changed during the export';
      return why === undefined;
    });
    if (n === undefined) throw why === 'cancelled' ? new RuntimeCancelled('cancelled') : new RuntimeError(why ?? 'the export stopped');
    return n;
  }

  private traceView(): TraceView {
    const loaded = this.loaded!;
    const options = this.machineOptions!;
    return new TraceView({
      loaded, history: this.history, io: this.io!, windowTicks: this.windowTicks, clock: this.clock,
      makeTraced: () => createMachine(loaded.program, { ...options, mode: 'traced' }),
    });
  }

  // ---- the run loop -----------------------------------------------------------------------

  private stepPlan(mode: 'in' | 'over' | 'out', granularity: Granularity): Plan {
    const m = this.requireMachine();
    return { kind: 'step', mode, granularity, startLine: this.lineKey(m.pc), startDepth: this.shadow.depth, startInstret: m.instret, deep: false };
  }

  private drive(plan: Plan, resumed = false, resume = true): Promise<void> {
    const m = this.requireMachine();
    if (this._state === 'running') throw new RuntimeError('already running');
    if (this._state === 'ended') throw new RuntimeError('the program has ended');
    if (this._state !== 'stopped' && !resumed) throw new RuntimeError(`cannot run while ${this._state}`);
    this.moves++;
    if (this.faultStop) {
      // Stopped at a fault: there is no going on. Report it as the guest's end.
      this.finishFault(this.faultStop);
      return Promise.resolve();
    }
    const done = new Promise<void>((resolve) => this.waiters.push({ resolve }));
    this._state = 'running';
    this.pauseRequested = false;
    this.resumeAt = resume ? m.instret : -1;
    this.setDepthLimit(plan.kind === 'step' && plan.mode === 'out' ? Math.max(-1, plan.startDepth - 1) : undefined);
    this.skipEbreak();
    const gen = this.generation;
    void this.loop(plan, gen);
    return done;
  }

  /** At an ebreak the filter stopped at: step over it (an edit of pc, so history replays it). */
  private skipEbreak(): void {
    const m = this.m!;
    if (!this.loaded!.ebreaks.has(m.pc) || !this.filters.has('ebreak')) return;
    this.edit(() => (m.pc = (m.pc + 4) >>> 0));
    this.resumeAt = m.instret;
  }

  private async loop(plan: Plan, gen: number): Promise<void> {
    const m = this.m!;
    let chunk = FIRST_CHUNK;
    let slice = performance.now();
    for (;;) {
      if (this._state !== 'running' || gen !== this.generation) return this.settle();
      const single = plan.kind === 'step' && plan.mode !== 'out' && !plan.deep;
      const before = m.instret;
      const t0 = performance.now();
      this.advance(single ? 1 : chunk);
      if (!single) {
        const ms = performance.now() - t0;
        if (ms < 8 && chunk < MAX_CHUNK && m.instret - before >= chunk) chunk *= 2;
        else if (ms > 30 && chunk > 1024) chunk >>= 1;
      }
      if (m.waiting) {
        this.waitingPlan = plan;
        this._state = 'waiting-input';
        // The run's promise stays pending: it settles when the run stops or ends, after the input.
        this.emit('inputRequested', { prompt: 'the program reads standard input: type a line in the Debug Console' });
        return;
      }
      if (m.stop) return this.ended();
      if (m.debugStop) {
        if (this.pendingStop) {
          const ev = this.pendingStop;
          return this.stop(ev);
        }
        if (this.pendingData.length) {
          const ev = this.dataStop();
          if (ev) return this.stop(ev);
        }
        if (plan.kind === 'step' && this.depthLimit !== undefined && this.shadow.depth <= this.depthLimit) {
          if (plan.mode === 'out') return this.stop({ reason: 'step', description: `stepped out to ${this.describePc(m.pc)}`, hitBreakpointIds: [] });
          // Back from the call a step over stepped into: go on stepping by line.
          plan.deep = false;
          this.setDepthLimit(undefined);
          if (this.stepDone(plan)) return this.stop({ reason: 'step', description: this.describePc(m.pc), hitBreakpointIds: [] });
        }
      } else if (single && plan.kind === 'step') {
        if (plan.mode === 'over' && this.shadow.depth > plan.startDepth) {
          plan.deep = true;
          this.setDepthLimit(plan.startDepth);
        } else if (this.stepDone(plan)) return this.stop({ reason: 'step', description: this.describePc(m.pc), hitBreakpointIds: [] });
      }
      if (this.config?.maxSteps !== undefined && m.instret >= this.config.maxSteps) return this.limitReached();
      if (this.pauseRequested) return this.stop({ reason: 'pause', description: `paused at ${this.describePc(m.pc)}`, hitBreakpointIds: [] });
      if (performance.now() - slice > SLICE_MS) {
        await new Promise<void>((r) => setImmediate(r));
        slice = performance.now();
      }
    }
  }

  /** Whether a single-stepping plan has arrived. */
  private stepDone(plan: Extract<Plan, { kind: 'step' }>): boolean {
    const m = this.m!;
    if (plan.granularity === 'instruction') return true;
    if (plan.startLine === undefined) return true;
    const line = this.lineKey(m.pc);
    if (line === undefined) return plan.mode === 'in';
    return line !== plan.startLine || m.instret - plan.startInstret > 0 && this.shadow.depth < plan.startDepth;
  }

  /**
   * Runs forward up to `budget` instructions, stopping at checkpoint boundaries (taking the
   * checkpoint) and at edit checkpoints (restoring them: the user changed the state there).
   */
  private advance(budget: number): void {
    const m = this.m!;
    const h = this.history;
    let limit = budget;
    if (h.enabled) {
      const boundary = (Math.floor(m.instret / h.interval) + 1) * h.interval;
      limit = Math.min(limit, boundary - m.instret);
      const edit = h.nextEdit(m.instret);
      if (edit) limit = Math.min(limit, edit.instret - m.instret);
    }
    if (this.config?.maxSteps !== undefined) limit = Math.min(limit, Math.max(0, this.config.maxSteps - m.instret));
    if (limit <= 0) return;
    const before = m.instret;
    m.runChunk(limit);
    this.drainCalls();
    if (m.instret > h.highWater && this.mode === 'live') h.highWater = m.instret;
    if (!h.enabled || m.stop) return;
    // Arriving at an edit from before it: the state there is the edited one.
    const edit = before < m.instret ? h.checkpoints.find((c) => c.edit && c.instret === m.instret) : undefined;
    if (edit) {
      const r = h.restore(m, edit);
      this.shadow.frames = r.stack;
      this.io!.cursor = r.journal;
    } else if (m.instret % h.interval === 0 && m.instret > 0) h.take(m, this.shadow.frames, this.io!.cursor);
  }

  /** Puts the machine at instret `target` of the history (silently re-running from a checkpoint). */
  private travel(target: number): void {
    const m = this.m!;
    const h = this.history;
    if (target === m.instret) return;
    const c = h.at(target);
    if (!c) throw new RuntimeError(`instruction ${target} is before the recorded history`);
    if (target < m.instret || c.instret > m.instret) {
      const r = h.restore(m, c);
      this.shadow.frames = r.stack;
      this.io!.cursor = r.journal;
    }
    this.runTo(target, 'replay');
  }

  /** Runs on to instret `target` (or a stop of the guest's) with the hooks in `mode`, then back in the mode it was. */
  private runTo(target: number, mode: 'replay' | 'scan'): void {
    const m = this.m!;
    const was = this.mode;
    this.mode = mode;
    try {
      while (m.instret < target && !m.stop && !m.waiting) {
        const before = m.instret;
        this.advance(target - m.instret);
        if (m.instret === before && !m.debugStop) break;
      }
    } finally {
      this.mode = was;
    }
  }

  /** The latest stop (breakpoint or watchpoint) before `now`, going back checkpoint by checkpoint. */
  private scanBack(now: number): { instret: number; event: StoppedEvent } | undefined {
    const h = this.history;
    const starts = h.checkpoints.filter((c) => c.instret < now).map((c) => c.instret);
    for (let k = starts.length - 1; k >= 0; k--) {
      const from = starts[k]!;
      const to = Math.min(now, starts[k + 1] ?? now);
      this.scanHits = [];
      this.travel(from);
      this.runTo(to, 'scan');
      const hits = this.scanHits.filter((s) => s.instret < now && s.instret >= from);
      this.scanHits = [];
      if (hits.length) return hits.reduce((a, b) => (b.instret >= a.instret ? b : a));
    }
    return undefined;
  }

  private beginStop(): void {
    this.prevRegs.set(this.m!.x.subarray(0, 32));
    this.prevRegs[32] = this.m!.pc;
  }

  private stop(ev: StoppedEvent): void {
    const m = this.m!;
    // After a step back, a reverse continue or a jump, hits past this point are undone.
    this.breakpoints.rewindHits(m.instret);
    this.pendingStop = undefined;
    this.pendingData = [];
    this.setDepthLimit(undefined);
    this.changedRegs.clear();
    for (let i = 0; i < 32; i++) if (m.x[i] !== this.prevRegs[i]) this.changedRegs.add(i);
    if (m.pc !== this.prevRegs[32]) this.changedRegs.add(32);
    this.prevRegs.set(m.x.subarray(0, 32));
    this.prevRegs[32] = m.pc;
    this._state = 'stopped';
    this.emit('stopped', ev);
    this.settle();
    this.warmClock();
  }

  /**
   * While stopped, measures the clock of the windows not measured yet, a few thousand
   * instructions replayed traced per event-loop turn (TraceView.warmWindow), so the timestamp of
   * the Counters scope is at hand when asked for. Stops as soon as the program runs again.
   */
  private warmClock(): void {
    if (this.warming || this.history.start !== 0) return;
    this.warming = true;
    const generation = this.generation;
    const slice = (): void => {
      if (generation !== this.generation || this._state !== 'stopped' || this.history.start !== 0 || !this.traceView().warmWindow(this.m!.instret)) {
        this.warming = false;
        return;
      }
      setImmediate(slice);
    };
    setImmediate(slice);
  }

  private settle(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const x of w) x.resolve();
  }

  private ended(): void {
    const m = this.m!;
    const s = m.stop!;
    if (s.status === 'fault' && s.fault) {
      const f: Fault = { ...s.fault };
      const src = this.loaded!.program.sourceMap.locate(f.from ?? f.pc);
      if (src) f.source = src;
      if (this.filters.has(f.kind)) {
        this.faultStop = f;
        return this.stop({ reason: 'exception', description: `${f.kind}: ${f.message}`, hitBreakpointIds: [], text: faultText(f), fault: f });
      }
      return this.finishFault(f);
    }
    this.finish({ exitCode: s.exitCode, status: s.status });
  }

  private finishFault(f: Fault): void {
    this.emit('output', { category: 'stderr', text: `${faultText(f)}\n` });
    this.finish({ exitCode: FAULT_EXIT_CODE, status: 'fault' });
  }

  private limitReached(): void {
    const m = this.m!;
    this.emit('output', { category: 'console', text: `stopped: the step limit of ${this.config!.maxSteps} instructions was reached at pc ${hex(m.pc)}\n` });
    this.finish({ exitCode: LIMIT_EXIT_CODE, status: 'step-limit' });
  }

  private finish(e: ExitedEvent): void {
    this._state = 'ended';
    this.faultStop = undefined;
    this.closeFiles();
    this.emit('exited', e);
    this.emit('terminated');
    this.settle();
  }

  // ---- hooks ------------------------------------------------------------------------------

  private hooks(): DebugHooks {
    const self = this;
    return {
      get pcs() {
        return self.hookPcs;
      },
      before: (pc, insn) => this.before(pc, insn),
      after: (pc, insn, next) => this.after(pc, insn, next),
    };
  }

  /**
   * The hooked pcs: breakpoints and ebreaks, and the returns while a step waits for the stack to
   * unwind (calls and returns are otherwise logged by the fast loop, see drainCalls).
   */
  private refreshHooks(): void {
    const pcs = new Set<number>(this.breakpoints.byPc.keys());
    if (this.loaded) {
      for (const p of this.loaded.ebreaks) pcs.add(p);
      if (this.depthLimit !== undefined) for (const p of this.loaded.returns) pcs.add(p);
    }
    this.hookPcs = pcs;
    this.m?.redecodeAll();
  }

  private setDepthLimit(limit: number | undefined): void {
    if (limit === this.depthLimit) return;
    const hooksChange = (limit === undefined) !== (this.depthLimit === undefined);
    this.depthLimit = limit;
    if (hooksChange) this.refreshHooks();
  }

  /** Applies the calls and returns the fast loop logged to the shadow stack. */
  private drainCalls(): void {
    const log = this.m?.callLog;
    if (!log || log[0] === 0) return;
    const n = log[0]!;
    for (let k = 1; k < n; k += 4) {
      if (log[k] === 1) this.shadow.call(log[k + 1]! >>> 0, log[k + 2]! >>> 0, log[k + 3]!);
      else this.shadow.ret(log[k + 2]! >>> 0);
    }
    log[0] = 0;
  }

  private refreshWatches(): void {
    const m = this.m;
    if (!m) return;
    const mem = m.memory;
    const old = mem.watchedPages;
    const active = this.breakpoints.activeData();
    if (!active.length) {
      mem.watchedPages = undefined;
      if (old) for (let p = 0; p < old.length; p++) if (old[p]) mem.refresh(p);
      return;
    }
    const pages = new Uint8Array(1 << 20);
    for (const d of active) for (let p = d.start >>> 12; p <= ((d.start + d.size - 1) >>> 0) >>> 12; p++) pages[p] = 1;
    mem.watchedPages = pages;
    for (let p = 0; p < pages.length; p++) if (pages[p] || old?.[p]) mem.refresh(p);
  }

  private before(pc: number, _insn: Insn): boolean {
    if (this.mode === 'replay') return false;
    const m = this.m!;
    const instret = m.instret + m.pendingSteps;
    if (this.mode === 'scan') {
      const hit = this.scanBreakpoints(pc);
      if (hit) this.scanHits.push({ instret, event: hit });
      return false;
    }
    if (instret === this.resumeAt) return false;
    if (this.loaded!.ebreaks.has(pc) && this.filters.has('ebreak')) {
      this.pendingStop = { reason: 'exception', description: `ebreak at ${this.describePc(pc)}`, hitBreakpointIds: [], text: 'ebreak: continue or step to go past it' };
      return true;
    }
    const bps = this.breakpoints.byPc.get(pc);
    if (!bps) return false;
    const hits: PcBreakpoint[] = [];
    let conditionError: string | undefined;
    for (const b of bps) {
      if (b.condition) {
        try {
          if (evaluateExpr(b.condition, this.scope()).value === 0) continue;
        } catch (e) {
          conditionError = `breakpoint #${b.id}: condition failed: ${e instanceof Error ? e.message : String(e)}`;
          hits.push(b);
          continue;
        }
      }
      countHit(b, instret);
      if (b.hit && !b.hit(b.hits)) continue;
      if (b.log) {
        this.emit('output', { category: 'console', text: `${renderLogMessage(b.log, this.scope())}\n` });
        continue;
      }
      hits.push(b);
    }
    if (!hits.length) return false;
    const first = hits[0]!;
    this.pendingStop = {
      reason: REASON_OF[first.kind],
      description: `${first.kind === 'line' ? 'breakpoint' : first.kind === 'function' ? 'function breakpoint' : 'instruction breakpoint'} at ${this.describePc(pc)}`,
      hitBreakpointIds: hits.map((b) => b.id),
      ...(conditionError ? { text: conditionError } : {}),
    };
    return true;
  }

  /** In a reverse scan: would a breakpoint at pc stop (its condition holding)? Hit counts and logpoints do not apply going back. */
  private scanBreakpoints(pc: number): StoppedEvent | undefined {
    const bps = (this.breakpoints.byPc.get(pc) ?? []).filter((b) => !b.log && (!b.condition || this.safeTruth(b.condition)));
    if (!bps.length) return undefined;
    const first = bps[0]!;
    return { reason: REASON_OF[first.kind], description: `breakpoint at ${this.describePc(pc)} (going back)`, hitBreakpointIds: bps.map((b) => b.id) };
  }

  private safeTruth(e: import('../expressions/parse.js').Expr): boolean {
    try {
      return evaluateExpr(e, this.scope()).value !== 0;
    } catch {
      return true;
    }
  }

  private after(pc: number, insn: Insn, next: number): void {
    this.drainCalls();
    const mnemonic = insn.spec.mnemonic;
    const jump = mnemonic === 'jal' || mnemonic === 'jalr';
    if (jump && insn.rd === 1) this.shadow.call(pc, next, this.m!.x[2]!);
    else if (mnemonic === 'jalr' && insn.rd === 0 && insn.rs1 === 1 && insn.imm === 0) {
      this.shadow.ret(next);
      if (this.mode === 'live' && this.depthLimit !== undefined && this.shadow.depth <= this.depthLimit) this.m!.debugStop = true;
    }
  }

  private onWatch(addr: number, size: number, write: boolean, value: number, previous: number): void {
    if (this.mode === 'replay') return;
    const m = this.m!;
    for (const d of this.breakpoints.activeData()) {
      if (addr >= d.start + d.size || addr + size <= d.start) continue;
      if (write ? d.access === 'read' : d.access === 'write') continue;
      const hit = this.dataHit(d, addr, size, write, value, previous);
      if (this.mode === 'scan') {
        // Going back, conditions hold or not as they did (evaluated as the access happens); hit counts and logpoints do not apply.
        if (!d.log && (!d.condition || this.safeTruth(d.condition))) this.scanHits.push({ instret: m.instret + m.pendingSteps + 1, event: this.dataEvent([hit], [d.id], true) });
        continue;
      }
      this.pendingData.push({ bp: d, hit });
      m.debugStop = true;
    }
  }

  private dataHit(d: DataBreakpoint, addr: number, size: number, write: boolean, value: number, previous: number): DataBreakpointHit {
    const m = this.m!;
    const width = Math.min(d.size, 4);
    const now = m.memory.peek(d.start, width) ?? new Uint8Array(width);
    const before = now.slice();
    if (write) {
      // The watched bytes this store replaced get their previous values back.
      for (let i = 0; i < size; i++) {
        const a = addr + i;
        if (a >= d.start && a < d.start + width) before[a - d.start] = (previous >>> (8 * i)) & 0xff;
      }
    }
    void value;
    return { id: d.id, address: d.start, size: d.size, access: write ? 'write' : 'read', oldValue: le(before), newValue: le(now) };
  }

  /** Live data hits after the instruction: conditions, hit counts and logpoints decide. */
  private dataStop(): StoppedEvent | undefined {
    const pending = this.pendingData;
    this.pendingData = [];
    const hits: DataBreakpointHit[] = [];
    const ids: number[] = [];
    const seen = new Set<number>();
    for (const { bp, hit } of pending) {
      if (seen.has(bp.id)) continue;
      seen.add(bp.id);
      if (bp.condition && !this.safeTruth(bp.condition)) continue;
      countHit(bp, this.m!.instret + this.m!.pendingSteps);
      if (bp.hit && !bp.hit(bp.hits)) continue;
      if (bp.log) {
        this.emit('output', { category: 'console', text: `${renderLogMessage(bp.log, this.scope())}\n` });
        continue;
      }
      hits.push(hit);
      ids.push(bp.id);
    }
    return hits.length ? this.dataEvent(hits, ids, false) : undefined;
  }

  private dataEvent(hits: DataBreakpointHit[], ids: number[], back: boolean): StoppedEvent {
    const h = hits[0]!;
    const bp = this.breakpoints.data.find((d) => d.id === h.id);
    const what = bp?.description ?? hex(h.address);
    const change = h.access === 'write' ? `${h.oldValue} → ${h.newValue}` : `${h.newValue}`;
    return {
      reason: 'data-breakpoint',
      description: `${h.access} of ${what}: ${change}${back ? ' (going back)' : ''}`,
      hitBreakpointIds: ids,
      text: hits.map((x) => `${x.access} ${hex(x.address)}: ${x.access === 'write' ? `${x.oldValue} (${hex(x.oldValue)}) → ${x.newValue} (${hex(x.newValue)})` : `${x.newValue} (${hex(x.newValue)})`}`).join('\n'),
      dataHits: hits,
    };
  }

  // ---- edits ------------------------------------------------------------------------------

  /** Changes state while stopped: the future after this point is forgotten and the change recorded in the history. */
  private edit(change: () => void): void {
    const m = this.m!;
    const h = this.history;
    if (h.enabled) {
      h.forgetAfter(m.instret);
      this.io!.truncate();
    }
    // The past before the edit keeps its clock: only windows reaching past it are measured again.
    const from = h.at(m.instret)?.instret ?? 0;
    for (const start of [...this.windowTicks.keys()]) if (start >= from) this.windowTicks.delete(start);
    this.moves++;
    const clk = this.clock.current;
    if (clk && (clk.start >= m.instret || clk.machine.instret > m.instret)) this.clock.current = undefined;
    change();
    this.timestampCache = undefined;
    h.take(m, this.shadow.frames, this.io!.cursor, true);
  }

  // ---- helpers ----------------------------------------------------------------------------

  private requireMachine(): Machine {
    if (!this.m) throw new RuntimeError('not launched');
    return this.m;
  }

  private requireStopped(): Machine {
    const m = this.requireMachine();
    if (this._state === 'running') throw new RuntimeError('the program is running: pause it first');
    if (this._state === 'ended') throw new RuntimeError('the program has ended');
    return m;
  }

  /** "file:line" of pc, the key line stepping compares. */
  private lineKey(pc: number): string | undefined {
    const r = this.loaded!.program.sourceMap.locate(pc);
    return r ? `${r.file}:${r.start.line}` : undefined;
  }

  private describePc(pc: number): string {
    const label = this.loaded?.labels.describe(pc);
    const src = this.sourceOf(pc);
    return `${label ?? hex(pc)}${src ? ` (${baseName(src.file)}:${src.line})` : ''}`;
  }

  /**
   * Step back by line: the start of the previous line run at this depth or above. The
   * instructions before are looked at in windows growing backwards (64, 256, … instructions),
   * each replayed silently, so a short step back costs a short replay.
   */
  private previousLineStart(from: number): number {
    const m = this.m!;
    const h = this.history;
    const lineNow = this.lineKey(m.pc);
    const depthNow = this.shadow.depth;
    let hi = from;
    let size = 64;
    let target: number | undefined;
    let targetLine: string | undefined;
    while (hi > h.start) {
      const lo = Math.max(h.start, hi - size);
      const seq = this.recordWindow(lo, hi);
      for (let i = seq.length - 1; i >= 0; i--) {
        const s = seq[i]!;
        if (s.depth > depthNow) continue;
        if (target === undefined) {
          if (s.line !== lineNow || s.line === undefined) {
            target = s.instret;
            targetLine = s.line;
          }
          continue;
        }
        if (s.line === targetLine && targetLine !== undefined) target = s.instret;
        else return target;
      }
      hi = lo;
      size *= 4;
    }
    return target ?? h.start;
  }

  /** (instret, line, depth) of each state in [from, to), by a silent single-stepped replay. */
  private recordWindow(from: number, to: number): { instret: number; line: string | undefined; depth: number }[] {
    const m = this.m!;
    this.travel(from);
    const out: { instret: number; line: string | undefined; depth: number }[] = [];
    const mode = this.mode;
    this.mode = 'replay';
    try {
      while (m.instret < to && !m.stop && !m.waiting) {
        out.push({ instret: m.instret, line: this.lineKey(m.pc), depth: this.shadow.depth });
        const before = m.instret;
        this.advance(1);
        if (m.instret === before) break;
      }
    } finally {
      this.mode = mode;
    }
    return out;
  }

  /** Exact traced timestamp (see TraceView.timestampAt), cached per instret. */
  private timestamp(): number | undefined {
    const m = this.m!;
    if (this.timestampCache?.instret === m.instret) return this.timestampCache.value;
    let value: number | undefined;
    if (this.history.start === 0 && this._state !== 'running') value = this.traceView().timestampAt(m.instret);
    this.timestampCache = { instret: m.instret, value };
    return value;
  }

  /** The state expressions see: registers, labels and memory of the machine now. */
  private scope(): EvalScope {
    const m = this.m!;
    const labels = this.loaded!.labels;
    return {
      register: (name) => {
        if (name === 'pc') return m.pc | 0;
        const i = registerNumber(name);
        return i === undefined ? undefined : m.x[i]!;
      },
      symbol: (name) => labels.address(name),
      load: (addr, size) => {
        const b = m.memory.peek(addr >>> 0, size);
        if (!b) return undefined;
        let v = 0;
        for (let i = 0; i < size; i++) v |= b[i]! << (8 * i);
        return size === 4 ? v | 0 : v >>> 0;
      },
      setRegister: (name, value) => {
        if (name === 'pc') {
          m.pc = value >>> 0;
          return true;
        }
        const i = registerNumber(name);
        if (i === undefined || i === 0) return false;
        m.x[i] = value | 0;
        return true;
      },
      store: (addr, size, value) => {
        for (let i = 0; i < size; i++) {
          const a = (addr + i) >>> 0;
          if (!m.memory.perm[a >>> 12]) return false;
        }
        for (let i = 0; i < size; i++) {
          const a = (addr + i) >>> 0;
          const p = a >>> 12;
          const page = m.memory.page(p)!;
          m.memory.markDirty(p);
          page.u8[a & 4095] = (value >>> (8 * i)) & 0xff;
          if (m.memory.codePages[p]) m.redecodeAll();
        }
        return true;
      },
    };
  }

  private commandHost(): CommandHost {
    const m = this.m!;
    const loaded = this.loaded!;
    return {
      ...this.scope(),
      labelOf: (a) => loaded.labels.describe(a),
      instructionAt: (a) => inspect.disassemble(m, loaded, a, 1)[0]?.text,
      chips: () => ({ chipRows: m.chipRows(), segments: m.allSegments() }),
      registerLines: () => this.registers().map((r) => `${r.name.padEnd(4)} ${r.alias.padEnd(4)} ${hex(r.value)}  ${r.value | 0}${r.changed ? '  *' : ''}`),
      info: (topic) => {
        switch (topic) {
          case 'breakpoints':
          case 'break':
            return this.breakpoints.describe();
          case 'symbols':
            return this.symbols().map((s) => `${hex(s.address)} ${s.name} (${s.kind}, ${s.size} bytes) = ${typeof s.value === 'string' ? JSON.stringify(s.value) : s.value.join(', ')}`).join('\n') || 'no data symbols';
          case 'env': {
            const e = this.environmentState();
            return [`environment ${e.environment}`, `brk ${hex(e.brkStart)} .. ${hex(e.brk)}`, `open fds: ${e.openFds.map((f) => `${f.fd} ${f.description}`).join(', ') || 'none'}`,
              `stdin buffered: ${e.stdinBuffered} bytes`, `public values: ${e.publicValues.length} bytes`, ...(e.hintsLeft ? [`hints left: ${e.hintsLeft.inputs} inputs, ${e.hintsLeft.streamBytes} stream bytes`] : [])].join('\n');
          }
          case 'history':
            return `history: instructions ${this.history.start} .. ${this.history.highWater} (now ${m.instret}); ${this.history.checkpoints.length} checkpoints every ${this.history.interval} instructions`;
          case 'frame':
          case 'stack':
            return this.callStack().map((f) => `#${f.id} ${hex(f.pc)} ${f.name}${f.source ? ` at ${f.source.file}:${f.source.line}` : ''}`).join('\n');
          default:
            return undefined;
        }
      },
    };
  }
}

/** A count from a request: a whole number in [0, max], 0 for garbage. */
function finiteCount(n: number, max: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.min(Math.floor(n), max)) : 0;
}

function hex(v: number): string {
  return `0x${(v >>> 0).toString(16).padStart(8, '0')}`;
}

function le(bytes: Uint8Array): number {
  let v = 0;
  for (let i = bytes.length - 1; i >= 0; i--) v = v * 256 + bytes[i]!;
  return v;
}

function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i >= 0 ? path.slice(i + 1) : path;
}

function faultText(f: Fault): string {
  const where = f.source ? `${f.source.file}:${f.source.start.line}:${f.source.start.col}: ` : '';
  return `${where}fault: ${f.kind}: ${f.message}${f.instruction ? `\n  pc ${hex(f.pc)}: ${f.instruction}` : ''}`;
}

