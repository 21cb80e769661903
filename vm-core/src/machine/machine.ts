// The machine: registers, pc, paged memory, the decode cache, the chips of the installed
// extensions, and the environment. It runs in chunks — fast (no records) or traced (through the
// memory controller) — and never lets a guest event escape as an exception: exits, faults and
// limits become its `stop` state, which execute() turns into an ExecutionResult.

import { decodeForExecution } from './decode.js';
import { disassembleWord } from '../isa/disasm.js';
import type { Environment, EnvCallContext, HostIO } from '../env/types.js';
import { fault, GuestTrap, type AdapterIO, type ChipDef, type Insn } from './chip.js';
import { DirectIO, MemoryController, type MachineHooks } from './controller.js';
import { Memory, PAGE_SHIFT, PAGE_SIZE, PERM, hex } from './memory.js';
import { CALL_LOG_ENTRY, FAST_OPS, OP_CALL_JAL, OP_CALL_JALR, OP_ECALL, OP_GENERIC, OP_ILLEGAL, OP_JAL, OP_JALR, OP_RET, OP_UNDECODED, runFast } from './fast.js';
import { Trace } from './trace.js';
import type { ExecutionStatus, Fault, SegmentSummary } from './types.js';
import type { VmExtension } from './extension.js';
import { BASE_EXTENSIONS, RV32I_CHIPS, RV32M_CHIPS } from './chips/index.js';

const SLOTS = PAGE_SIZE >>> 2;

/**
 * The decoded instructions of one executable page. Their columns live in the machine's `slots`
 * array, in the frame numbered `frame`: two words per instruction, so the fast loop makes two
 * typed-array loads per instruction. slots[2i] packs op (7 bits) | rd (6 bits: 32 is the x0
 * sink) << 7 | rs1 << 13 | rs2 << 18 | chip (7 bits) << 23, and slots[2i + 1] is the immediate.
 */
export interface CodePage {
  readonly base: number;
  /** Its frame in Machine.slots (≥ 1: frame 0 stays all zero, the frame of every page without code). */
  readonly frame: number;
  readonly insns: (Insn | undefined)[];
}

/** Words of Machine.slots per code page: two per instruction slot. */
export const FRAME_WORDS = 2 * SLOTS;
export const FRAME_SHIFT = 11;

export interface MachineConfig {
  env: Environment;
  io: HostIO;
  /** Extensions beyond RV32IM whose chips this machine runs (an environment's, a user's). */
  extensions: readonly VmExtension[];
  maxMemory: number;
  segmentHeight: number;
  strictAlign: boolean;
  traced: boolean;
  /** Per-run state for host functions (hint streams, open files). */
  envState?: Map<string, unknown>;
}

export interface StopState {
  status: Exclude<ExecutionStatus, 'step-limit' | 'gas-limit' | 'timeout'>;
  exitCode: number;
  fault?: Omit<Fault, 'source'>;
}

const BUILTIN_CHIPS: ReadonlySet<ChipDef> = new Set([...RV32I_CHIPS, ...RV32M_CHIPS]);

/**
 * A debugger's hold on execution. The loops hand the instructions at `pcs` to the hooks (the fast
 * loop decodes those slots so that its straight run leaves them to the outer loop: no cost
 * elsewhere). After changing `pcs`, call Machine.redecodeAll().
 */
export interface DebugHooks {
  readonly pcs: ReadonlySet<number>;
  /** Before the instruction at a hooked pc; true stops the chunk before it (Machine.debugStop set). instret is machine.instret + machine.pendingSteps. */
  before(pc: number, insn: Insn): boolean;
  /** After it retired, with the pc it goes to. */
  after(pc: number, insn: Insn, nextPc: number): void;
}

/** Machine state apart from memory (see snapshot.ts, which adds the memory). */
export interface CpuState {
  x: Int32Array;
  pc: number;
  lastPc: number;
  instret: number;
  stop: StopState | undefined;
  brkStart: number;
  brkEnd: number;
  publicValues: Uint8Array;
  segments: SegmentSummary[];
  segmentRows: Float64Array;
  closedRows: Float64Array;
  segmentStartInstret: number;
  envState: Map<string, unknown>;
}

export class Machine implements MachineHooks {
  /** x0..x31, and x[32]: where the fast loop sends writes to x0. */
  readonly x = new Int32Array(33);
  pc = 0;
  /** The pc of the last instruction started (before a jump, the jump itself); -1 before the first. */
  lastPc = -1;
  readonly memory: Memory;
  readonly chips: ChipDef[] = [];
  readonly chipIndex = new Map<string, number>();
  readonly direct: DirectIO;
  readonly controller?: MemoryController;
  readonly trace?: Trace;
  readonly segmentHeight: number;
  /** Rows per chip in the current segment. */
  readonly segmentRows: Float64Array;
  /** Rows per chip in closed segments. */
  private readonly closedRows: Float64Array;
  readonly segments: SegmentSummary[] = [];
  instret = 0;
  /** Instructions retired inside the running fast chunk but not yet added to instret. */
  pendingSteps = 0;
  stop: StopState | undefined;
  brkStart = 0;
  brkEnd = 0;
  private publicValues = new Uint8Array(0);
  private publicLength = 0;
  private readonly code = new Map<number, CodePage>();
  /**
   * The decoded-code columns of every code page, frame after frame (see CodePage), grown by
   * doubling. One array rather than one per page, so that the fast loop holds a single array
   * for the whole run and finds any pc's slot without a call: frameOf[pc >>> 12] << 11 | (pc & 4095) >>> 1.
   */
  slots = new Int32Array(4 * FRAME_WORDS);
  /** Frame number of each page; 0 for pages never executed (frame 0 reads as undecoded everywhere). */
  readonly frameOf = new Int32Array(1 << (32 - PAGE_SHIFT));
  private frames = 1;
  private readonly services = new Map<string, Map<number, import('../env/types.js').HostFunction>>();
  private segmentStartInstret = 0;
  readonly envState: Map<string, unknown>;
  /** A debugger's hooks (breakpoints, call tracking); undefined in ordinary runs. */
  debug: DebugHooks | undefined;
  /** Set when a hook (or a watchpoint listener) asked the running chunk to stop; cleared by runChunk. */
  debugStop = false;
  /**
   * A debugger's record of calls and returns, kept by the fast loop without leaving it: word 0
   * is the number of words used, then per event kind (1 call — jal/jalr writing ra —, 2 return —
   * jalr x0, 0(ra)), pc, target, sp. The debugger empties it (word 0 = 0) after each chunk;
   * `drainCallLog` is called when it is full. Set it before the first run (or redecodeAll after).
   * Instructions at hooked pcs go to the hooks instead.
   */
  callLog: Int32Array | undefined;
  drainCallLog: (() => void) | undefined;
  /** Set when the host suspended an instruction (GuestTrap 'suspend'): the message; cleared by runChunk. */
  waiting: string | undefined;

  constructor(readonly config: MachineConfig) {
    this.memory = new Memory(config.maxMemory);
    this.memory.strictAlign = config.strictAlign || config.env.strictAlign;
    this.memory.onCodeWrite = (p, off, size) => this.forget(p, off, size);
    this.segmentHeight = config.segmentHeight;
    this.envState = config.envState ?? new Map();
    for (const ext of [...BASE_EXTENSIONS, ...config.extensions]) {
      for (const chip of ext.chips) this.addChip(chip);
      if (ext.services?.length) this.services.set(ext.name, new Map(ext.services.map((s) => [s.number, s])));
    }
    this.segmentRows = new Float64Array(this.chips.length);
    this.closedRows = new Float64Array(this.chips.length);
    this.direct = new DirectIO(this.x, this.memory, this);
    if (config.traced) {
      this.trace = new Trace(this.chips.map((c) => c.name));
      this.controller = new MemoryController(this.x, this.memory, this, this.trace);
    }
  }

  private addChip(chip: ChipDef): void {
    if (this.chipIndex.has(chip.name)) return;
    if (this.chips.length >= 127) throw new Error('too many chips: at most 127');
    this.chipIndex.set(chip.name, this.chips.length);
    this.chips.push(chip);
  }

  // ---- decode cache ------------------------------------------------------------------------

  /** The decoded-instruction page holding pc, created on first execution; faults when pc may not execute. */
  codePage(pc: number): CodePage {
    const p = pc >>> PAGE_SHIFT;
    let cp = this.code.get(p);
    if (cp) return cp;
    const perm = this.memory.perm[p]!;
    if (!(perm & PERM.X)) {
      const why = !perm ? 'pc is in unmapped memory' : 'pc is in a page without execute permission (data)';
      throw fault('fetch-fault', `instruction fetch at 0x${hex(pc)}: ${why}`, pc);
    }
    this.memory.page(p);
    const frame = this.frames++;
    if (this.frames * FRAME_WORDS > this.slots.length) {
      const grown = new Int32Array(2 * this.slots.length);
      grown.set(this.slots);
      this.slots = grown;
    }
    cp = { base: (p << PAGE_SHIFT) >>> 0, frame, insns: new Array<Insn | undefined>(SLOTS).fill(undefined) };
    this.code.set(p, cp);
    this.frameOf[p] = frame;
    this.memory.markCode(p);
    return cp;
  }

  /** Decodes slot i of a code page into its columns; answers the operation number. */
  decodeSlot(cp: CodePage, i: number): number {
    const word = this.memory.pages[cp.base >>> PAGE_SHIFT]!.i32[i]! >>> 0;
    const insn = this.predecode(word);
    const at = (cp.frame << FRAME_SHIFT) + 2 * i;
    if (!insn) {
      this.slots[at] = OP_ILLEGAL;
      this.slots[at + 1] = 0;
      cp.insns[i] = undefined;
      return OP_ILLEGAL;
    }
    cp.insns[i] = insn;
    // A debugger's pc runs as GENERIC, which the straight run leaves to runFast and its hooks.
    const op = this.debug?.pcs.has((cp.base + 4 * i) >>> 0) ? OP_GENERIC : insn.op;
    this.slots[at] = op | ((insn.rd === 0 ? 32 : insn.rd) << 7) | (insn.rs1 << 13) | (insn.rs2 << 18) | (insn.chip << 23);
    this.slots[at + 1] = insn.imm;
    return op;
  }

  /** The pre-decoded form of a word, or undefined when this machine cannot run it (see illegalReason). */
  predecode(word: number): Insn | undefined {
    if (this.illegalReason(word)) return undefined;
    const d = decodeForExecution(word)!;
    const spec = d.spec;
    const chip = this.chipIndex.get(spec.chip)!;
    let imm = d.imm;
    let rs1 = d.rs1;
    if (spec.format === 'U') imm = (d.imm << 12) | 0;
    if (spec.operands.includes('csr')) {
      rs1 = (word >>> 15) & 31;
      imm = d.csr;
    }
    let op = FAST_OPS.get(spec.mnemonic) ?? OP_GENERIC;
    if (this.callLog !== undefined) {
      if (op === OP_JAL && d.rd === 1) op = OP_CALL_JAL;
      else if (op === OP_JALR && d.rd === 1) op = OP_CALL_JALR;
      else if (op === OP_JALR && d.rd === 0 && rs1 === 1 && d.imm === 0) op = OP_RET;
    }
    // Only the built-in chips are specialized, and a jump or branch whose offset is not a
    // multiple of 4 goes through its adapter, which raises the misaligned-fetch fault.
    if (!BUILTIN_CHIPS.has(this.chips[chip]!)) op = OP_GENERIC;
    if ((spec.format === 'B' || spec.format === 'J') && imm & 3) op = OP_GENERIC;
    return { spec, word, op, chip, rd: d.rd, rs1, rs2: d.rs2, imm, funct3: (word >>> 12) & 7 };
  }

  /** Why this machine refuses a word, or undefined when it runs it. */
  illegalReason(word: number): string | undefined {
    const d = decodeForExecution(word);
    if (!d) return `illegal instruction 0x${hex(word)}: no RV32IM instruction (or installed extension) has this encoding`;
    const spec = d.spec;
    if (!this.chipIndex.has(spec.chip)) {
      return `${spec.mnemonic} (0x${hex(word)}) belongs to chip ${spec.chip}, which the ${this.config.env.name} environment does not install`;
    }
    if (spec.mnemonic === 'ecall' && !this.config.env.allowsEcall) return `ecall is not supported by the ${this.config.env.name} environment`;
    if (spec.operands.includes('csr') && !this.config.env.allowsCsr) return `${spec.mnemonic}: CSR access is not supported by the ${this.config.env.name} environment`;
    return undefined;
  }

  illegal(pc: number): GuestTrap {
    const word = this.memory.peekWord(pc) ?? 0;
    return fault('illegal-instruction', this.illegalReason(word) ?? `illegal instruction 0x${hex(word)}`, pc);
  }

  /**
   * A debugger's hook before the instruction at a hooked pc, with the `steps` the running loop has
   * retired but not yet added to instret; true when the hook stops the chunk (debugStop set).
   */
  debugBefore(hooks: DebugHooks, pc: number, insn: Insn, steps: number): boolean {
    this.pendingSteps = steps;
    const stop = hooks.before(pc, insn);
    this.pendingSteps = 0;
    if (stop) this.debugStop = true;
    return stop;
  }

  /** Forgets every decoded instruction (after the debugger changed its pcs or wrote code). */
  redecodeAll(): void {
    for (const cp of this.code.values()) {
      const base = cp.frame << FRAME_SHIFT;
      for (let i = 0; i < SLOTS; i++) this.slots[base + 2 * i] = OP_UNDECODED;
      cp.insns.fill(undefined);
    }
  }

  private forget(p: number, off: number, size: number): void {
    const cp = this.code.get(p);
    if (!cp) return;
    for (let i = off >>> 2; i <= (off + size - 1) >>> 2 && i < SLOTS; i++) {
      this.slots[(cp.frame << FRAME_SHIFT) + 2 * i] = OP_UNDECODED;
      cp.insns[i] = undefined;
    }
  }

  /**
   * Decodes the slot at pc if it is not yet, and the slots after it up to the first jump (or
   * instruction the fast loop does not run itself) within the page, so that the fast loop meets
   * a new stretch of code once rather than once per instruction. Answers whether pc's slot was
   * undecoded. Faults when pc may not execute.
   */
  decodeAhead(pc: number): boolean {
    const cp = this.codePage(pc);
    const first = (pc & (PAGE_SIZE - 1)) >>> 2;
    if ((this.slots[(cp.frame << FRAME_SHIFT) + 2 * first]! & 127) !== OP_UNDECODED) return false;
    for (let i = first; i < SLOTS; i++) {
      let op = this.slots[(cp.frame << FRAME_SHIFT) + 2 * i]! & 127;
      if (op === OP_UNDECODED) op = this.decodeSlot(cp, i);
      if (op === OP_ILLEGAL || op === OP_GENERIC || op === OP_ECALL || op === OP_JAL || op === OP_JALR || op >= OP_CALL_JAL) break;
    }
    return true;
  }

  /** The pre-decoded instruction at pc (decoding it if needed), or undefined when illegal. Faults when pc may not execute. */
  insnAt(pc: number): Insn | undefined {
    const cp = this.codePage(pc);
    const i = (pc & (PAGE_SIZE - 1)) >>> 2;
    if ((this.slots[(cp.frame << FRAME_SHIFT) + 2 * i]! & 127) === OP_UNDECODED) this.decodeSlot(cp, i);
    return cp.insns[i];
  }

  // ---- running -----------------------------------------------------------------------------

  /** Runs up to `budget` instructions (fewer at a segment boundary or a stop). Answers how many retired. */
  runChunk(budget: number): number {
    this.debugStop = false;
    this.waiting = undefined;
    if (this.stop) return 0;
    if (this.pc & 3) {
      this.trap(fault('misaligned-fetch', `pc 0x${hex(this.pc)} is not 4-byte aligned`, this.pc), this.pc);
      return 0;
    }
    const n = this.trace ? this.runTraced(budget) : runFast(this, budget);
    this.instret += n;
    if (this.segmentRows.some((r) => r >= this.segmentHeight)) this.closeSegment();
    return n;
  }

  /** One instruction through its chip's adapter (traced when the machine is). */
  private runTraced(budget: number): number {
    const trace = this.trace!;
    const io = this.controller!;
    let n = 0;
    while (n < budget && !this.stop) {
      const pc = this.pc;
      let insn: Insn | undefined;
      try {
        insn = this.insnAt(pc);
        if (!insn) throw this.illegal(pc);
      } catch (e) {
        if (!(e instanceof GuestTrap)) throw e;
        this.trap(e, pc);
        break;
      }
      const hooks = this.debug;
      const hooked = hooks !== undefined && hooks.pcs.has(pc);
      if (hooked && this.debugBefore(hooks, pc, insn, n)) break;
      this.lastPc = pc;
      trace.beginRow(pc, insn.word, insn.chip);
      try {
        this.pendingSteps = n;
        this.pc = this.chips[insn.chip]!.execute(io, insn, pc) >>> 0;
        this.pendingSteps = 0;
        if (hooked) hooks.after(pc, insn, this.pc);
      } catch (e) {
        this.pendingSteps = 0;
        if (!(e instanceof GuestTrap)) throw e;
        if (e.kind === 'fault' || e.kind === 'suspend') trace.cancelRow();
        else {
          n++;
          this.segmentRows[insn.chip]!++;
        }
        this.pc = pc;
        this.trap(e, pc);
        break;
      }
      n++;
      if (++this.segmentRows[insn.chip]! >= this.segmentHeight || this.debugStop) break;
    }
    trace.finalPc = this.pc;
    return n;
  }

  /** Records how the run ended. */
  trap(e: GuestTrap, pc: number): void {
    // Like a Linux process, the exit status is the low byte of exit's argument.
    if (e.kind === 'suspend') this.waiting = e.message;
    else if (e.kind === 'exit') this.stop = { status: 'exited', exitCode: e.code & 0xff };
    else if (e.kind === 'terminate') this.stop = { status: 'terminated', exitCode: e.code };
    else {
      const word = this.memory.peekWord(pc);
      const f: Omit<Fault, 'source'> = { kind: e.faultKind ?? 'illegal-instruction', pc, message: e.message };
      if (e.address !== undefined) f.address = e.address >>> 0;
      if (e.faultKind === 'fetch-fault' && this.lastPc >= 0) {
        f.from = this.lastPc;
        f.message += ` (reached from 0x${hex(this.lastPc)})`;
      }
      if (word !== undefined && this.memory.permissions(pc) & PERM.X) {
        f.word = word;
        f.instruction = disassembleWord(word, pc).text;
      }
      this.stop = { status: 'fault', exitCode: 0, fault: f };
    }
  }

  private closeSegment(): void {
    const chipRows: Record<string, number> = {};
    this.chips.forEach((c, i) => {
      const r = this.segmentRows[i]!;
      if (r) chipRows[c.name] = r;
      this.closedRows[i]! += r;
    });
    this.segments.push({
      index: this.segments.length, startInstret: this.segmentStartInstret,
      instructions: this.instret - this.segmentStartInstret, chipRows,
    });
    this.segmentStartInstret = this.instret;
    this.segmentRows.fill(0);
    this.trace?.segmentStarts.push(this.trace.rowCount);
  }

  /** A copy of the state outside memory; envState values are copied one level deep (see copyEnvValue). */
  captureCpu(): CpuState {
    const env = new Map<string, unknown>();
    for (const [k, v] of this.envState) env.set(k, copyEnvValue(v));
    return {
      x: this.x.slice(), pc: this.pc, lastPc: this.lastPc, instret: this.instret,
      stop: this.stop ? { ...this.stop } : undefined, brkStart: this.brkStart, brkEnd: this.brkEnd,
      publicValues: this.revealed(), segments: this.segments.map((s) => ({ ...s, chipRows: { ...s.chipRows } })),
      segmentRows: this.segmentRows.slice(), closedRows: this.closedRows.slice(),
      segmentStartInstret: this.segmentStartInstret, envState: env,
    };
  }

  /** Puts back a captured state (memory is snapshot.ts's business). */
  restoreCpu(s: CpuState): void {
    this.x.set(s.x);
    this.pc = s.pc;
    this.lastPc = s.lastPc;
    this.instret = s.instret;
    this.pendingSteps = 0;
    this.stop = s.stop ? { ...s.stop } : undefined;
    this.waiting = undefined;
    this.debugStop = false;
    this.brkStart = s.brkStart;
    this.brkEnd = s.brkEnd;
    this.publicValues = s.publicValues.slice();
    this.publicLength = s.publicValues.length;
    this.segments.length = 0;
    for (const seg of s.segments) this.segments.push({ ...seg, chipRows: { ...seg.chipRows } });
    this.segmentRows.set(s.segmentRows);
    this.closedRows.set(s.closedRows);
    this.segmentStartInstret = s.segmentStartInstret;
    this.envState.clear();
    for (const [k, v] of s.envState) this.envState.set(k, copyEnvValue(v));
  }

  /** Appends a call (1) or return (2) to the call log, draining it first when full. */
  logCall(kind: 1 | 2, pc: number, target: number): void {
    const log = this.callLog!;
    if (log[0]! + CALL_LOG_ENTRY >= log.length) this.drainCallLog?.();
    const k = log[0]!;
    if (k + CALL_LOG_ENTRY >= log.length) return;
    log[k + 1] = kind;
    log[k + 2] = pc;
    log[k + 3] = target;
    log[k + 4] = this.x[2]!;
    log[0] = k + CALL_LOG_ENTRY;
  }

  /** Segments so far, the open one included when it has rows. */
  allSegments(): SegmentSummary[] {
    const open = this.instret - this.segmentStartInstret;
    if (open === 0 && this.segments.length > 0) return [...this.segments];
    const chipRows: Record<string, number> = {};
    this.chips.forEach((c, i) => {
      if (this.segmentRows[i]) chipRows[c.name] = this.segmentRows[i]!;
    });
    return [...this.segments, { index: this.segments.length, startInstret: this.segmentStartInstret, instructions: open, chipRows }];
  }

  /** Rows per chip over the whole run. */
  chipRows(): Record<string, number> {
    const out: Record<string, number> = {};
    this.chips.forEach((c, i) => {
      const r = this.closedRows[i]! + this.segmentRows[i]!;
      if (r) out[c.name] = r;
    });
    return out;
  }

  // ---- hooks for adapters and host functions ------------------------------------------------

  envCall(io: AdapterIO, kind: string, selector: number, pc: number, insn?: Insn): void {
    const env = this.config.env;
    const fn = kind === 'ecall' ? env.ecalls.get(selector) : this.services.get(kind)?.get(selector);
    if (!fn) {
      throw fault('environment-call', kind === 'ecall'
        ? `unknown environment call a7 = ${selector} in the ${env.name} environment`
        : `the ${kind} extension has no service ${selector}`);
    }
    fn.call(new EnvContext(this, io, pc, insn));
  }

  counter(which: 'cycle' | 'time' | 'instret'): bigint {
    if (which === 'time') return BigInt(Math.floor((this.config.io.now?.() ?? Date.now()) * 10_000)); // 10 MHz timebase, as qemu's virt board
    return BigInt(this.instret + this.pendingSteps);
  }

  reveal(index: number, byte: number): void {
    if (index >= this.publicValues.length) {
      const grown = new Uint8Array(Math.max(64, index + 1, this.publicValues.length * 2));
      grown.set(this.publicValues);
      this.publicValues = grown;
    }
    this.publicValues[index] = byte;
    this.publicLength = Math.max(this.publicLength, index + 1);
  }

  publicByte(index: number): number {
    return this.publicValues[index] ?? 0;
  }

  revealed(): Uint8Array {
    return this.publicValues.slice(0, this.publicLength);
  }

  /** Linux brk: moves the break within [brkStart, brkStart + maxMemory); answers the break. */
  brk(addr: number): number {
    addr >>>= 0;
    if (addr < this.brkStart || addr - this.brkStart > this.memory.maxBytes) return this.brkEnd;
    const oldTop = pageUp(this.brkEnd);
    const newTop = pageUp(addr);
    if (newTop > oldTop) {
      // Refuse to grow into anything already mapped (the stack, or a segment above the data).
      for (let p = oldTop >>> PAGE_SHIFT; p < newTop >>> PAGE_SHIFT; p++) if (this.memory.perm[p]) return this.brkEnd;
      this.memory.map(oldTop, newTop, PERM.R | PERM.W);
    } else if (newTop < oldTop) this.memory.unmap(newTop, oldTop);
    this.brkEnd = addr;
    return addr;
  }
}

/**
 * A copy of a per-run environment value deep enough for the environments' own use: their state
 * objects replace (never mutate) the arrays they hold, and collections are copied.
 */
function copyEnvValue(v: unknown): unknown {
  if (v instanceof Set) return new Set(v);
  if (v instanceof Map) return new Map(v);
  if (Array.isArray(v)) return [...v];
  if (v instanceof Uint8Array) return v.slice();
  if (v !== null && typeof v === 'object') return Object.assign(Object.create(Object.getPrototypeOf(v) as object) as object, v);
  return v;
}

function pageUp(a: number): number {
  return Math.ceil(a / PAGE_SIZE) * PAGE_SIZE;
}

/** A host function's view of the machine, through the same IO as the instruction that called it. */
class EnvContext implements EnvCallContext {
  constructor(private readonly m: Machine, private readonly adapter: AdapterIO, readonly pc: number, readonly insn?: Insn) {}
  get io(): HostIO {
    return this.m.config.io;
  }
  get state(): Map<string, unknown> {
    return this.m.envState;
  }
  reg(index: number): number {
    return this.adapter.readReg(index);
  }
  setReg(index: number, value: number): void {
    this.adapter.writeReg(index, value | 0);
  }
  readBytes(addr: number, length: number): Uint8Array {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) out[i] = this.adapter.load((addr + i) >>> 0, 1);
    return out;
  }
  store(addr: number, size: 1 | 2 | 4, value: number): void {
    this.adapter.store(addr >>> 0, size, value);
  }
  writeBytes(addr: number, bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; i++) this.adapter.store((addr + i) >>> 0, 1, bytes[i]!);
  }
  readCString(addr: number, max = 1 << 20): string {
    const bytes: number[] = [];
    for (let i = 0; i < max; i++) {
      const b = this.adapter.load((addr + i) >>> 0, 1);
      if (b === 0) break;
      bytes.push(b);
    }
    return new TextDecoder().decode(new Uint8Array(bytes));
  }
  brk(addr: number): number {
    return this.m.brk(addr);
  }
  exit(code: number): never {
    throw new GuestTrap('exit', undefined, `exit(${code})`, undefined, code | 0);
  }
  fail(message: string): never {
    throw fault('environment-call', message);
  }
}
