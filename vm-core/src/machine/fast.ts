// The fast loop: runs pre-decoded instructions with no records, counting rows per chip. It is two
// loops. The inner one (runStraight) is the hot path: each case is the adapter of a built-in chip
// written against direct state (registers in a typed array, memory pages through the ready-maps)
// around that chip's own pure core, which V8 inlines with the op folded in. It makes no calls at
// all, so that V8 checks the maps of the arrays it holds once per entry rather than once per
// instruction (any call could change anything, and V8 would have to check again after it). Every
// instruction it cannot finish on its own — an undecoded or illegal slot, a page without decoded
// code, extension chips, CSRs, ecall, privileged words, a misaligned jump target, a load or store
// that is misaligned, faults or first touches a page — it leaves untouched, and the outer loop
// (runFast) runs that one instruction through its chip's adapter and the memory's slow paths,
// exactly as the traced loop would. Fast and traced runs are checked against each other by the
// tests and by bench/run/check.mjs.

import { GuestTrap } from './chip.js';
import { FRAME_WORDS, type Machine } from './machine.js';
import { Page, type Memory } from './memory.js';
import { baseAluCore } from './chips/base-alu.js';
import { shiftCore } from './chips/shift.js';
import { lessThanCore } from './chips/less-than.js';
import { branchEqualCore } from './chips/branch-equal.js';
import { branchLessThanCore } from './chips/branch-less-than.js';
import { jalLuiCore } from './chips/jal-lui.js';
import { jalrCore } from './chips/jalr.js';
import { auipcCore } from './chips/auipc.js';
import { loadStoreCore } from './chips/load-store.js';
import { loadSignExtendCore } from './chips/load-sign-extend.js';
import { mulCore } from './chips/multiplication.js';
import { mulhCore } from './chips/mulh.js';
import { divRemCore } from './chips/div-rem.js';
import { RV32I_CHIPS, RV32M_CHIPS } from './chips/index.js';

// Operation numbers: the pre-decoded form's key. A const enum, so that tsc writes every case
// label below as a number literal: V8's bytecode compiles a switch whose labels are all small
// integer literals to a jump table (SwitchOnSmi), and any other switch — `case Op.LUI:` with an
// imported or even same-module constant — to a chain of compare-and-branch, one per case, each
// needing its own type feedback. The numbering is checked against the instruction table by the
// machine tests.
export const enum Op {
  UNDECODED = 0,
  ILLEGAL = 1,
  /** Any instruction the fast loop does not specialize: its chip's adapter runs it. */
  GENERIC = 2,
  LUI, AUIPC, JAL, JALR,
  BEQ, BNE, BLT, BGE, BLTU, BGEU,
  LB, LH, LW, LBU, LHU, SB, SH, SW,
  ADDI, SLTI, SLTIU, XORI, ORI, ANDI,
  SLLI, SRLI, SRAI,
  ADD, SUB, SLL, SLT, SLTU, XOR, SRL, SRA, OR, AND,
  FENCE, ECALL,
  MUL, MULH, MULHSU, MULHU, DIV, DIVU, REM, REMU,
  /** jal/jalr writing ra, and jalr x0, 0(ra): only on a machine with a call log (a debugger's; see Machine.callLog). */
  CALL_JAL, CALL_JALR, RET,
}

export const OP_UNDECODED = Op.UNDECODED;
export const OP_ILLEGAL = Op.ILLEGAL;
export const OP_GENERIC = Op.GENERIC;
export const OP_ECALL = Op.ECALL;
export const OP_JAL = Op.JAL;
export const OP_JALR = Op.JALR;
export const OP_CALL_JAL = Op.CALL_JAL;
export const OP_CALL_JALR = Op.CALL_JALR;
export const OP_RET = Op.RET;
/** Entries of Machine.callLog: kind (1 call, 2 return), pc, target, sp. */
export const CALL_LOG_ENTRY = 4;

/** The specialized operations by mnemonic; every other table entry runs as OP_GENERIC. */
export const FAST_OPS: ReadonlyMap<string, number> = new Map([
  ['lui', Op.LUI], ['auipc', Op.AUIPC], ['jal', Op.JAL], ['jalr', Op.JALR],
  ['beq', Op.BEQ], ['bne', Op.BNE], ['blt', Op.BLT], ['bge', Op.BGE], ['bltu', Op.BLTU], ['bgeu', Op.BGEU],
  ['lb', Op.LB], ['lh', Op.LH], ['lw', Op.LW], ['lbu', Op.LBU], ['lhu', Op.LHU], ['sb', Op.SB], ['sh', Op.SH], ['sw', Op.SW],
  ['addi', Op.ADDI], ['slti', Op.SLTI], ['sltiu', Op.SLTIU], ['xori', Op.XORI], ['ori', Op.ORI], ['andi', Op.ANDI],
  ['slli', Op.SLLI], ['srli', Op.SRLI], ['srai', Op.SRAI],
  ['add', Op.ADD], ['sub', Op.SUB], ['sll', Op.SLL], ['slt', Op.SLT], ['sltu', Op.SLTU], ['xor', Op.XOR], ['srl', Op.SRL],
  ['sra', Op.SRA], ['or', Op.OR], ['and', Op.AND],
  ['fence', Op.FENCE], ['fence.tso', Op.FENCE], ['fence.i', Op.FENCE], ['ecall', Op.ECALL],
  ['mul', Op.MUL], ['mulh', Op.MULH], ['mulhsu', Op.MULHSU], ['mulhu', Op.MULHU],
  ['div', Op.DIV], ['divu', Op.DIVU], ['rem', Op.REM], ['remu', Op.REMU],
]);

/** The chips runStraight counts rows for, in the order Machine installs them. */
const BUILTIN_CHIPS = [...RV32I_CHIPS, ...RV32M_CHIPS];
const BUILTIN_COUNT = 14;

/** Rows each built-in chip may still add before the segment is full (see runFast); shared, as runs do not nest. */
const left = new Int32Array(BUILTIN_COUNT);
/** Their values when runStraight was entered. */
const leftAtEntry = new Int32Array(BUILTIN_COUNT);
/** Where runStraight leaves the last instruction it ran (its pc), for Machine.lastPc. */
const lastRun = new Int32Array(1);
/**
 * Instructions per call of runStraight at most. V8 compiles runStraight in the background while
 * the first calls run unoptimized; a call that ran a whole chunk could only move into optimized
 * code by on-stack replacement, a second compilation of the loop (about 100 ms, on the same two
 * cores as the guest). A new call every few thousand instructions enters the optimized code
 * as soon as it is ready, for a cost too small to measure.
 */
const SLICE = 1 << 14;
/** Bound on `left`, so that huge segment heights stay within int32. */
const MAX_LEFT = 1 << 30;

/**
 * Runs at most `budget` instructions, stopping early when a chip's segment rows reach the
 * segment height or the guest exits or faults (recorded on the machine). Answers how many
 * instructions retired.
 */
export function runFast(m: Machine, budget: number): number {
  if (!trained) train();
  // runStraight counts rows by the chip each case belongs to: the machine's first chips must be
  // the built-in ones, in their order (the Machine constructor installs them so).
  for (let i = 0; i < BUILTIN_COUNT; i++) if (m.chips[i] !== BUILTIN_CHIPS[i]) throw new Error(`fast loop: chip ${i} is not ${BUILTIN_CHIPS[i]!.name}`);
  const segRows = m.segmentRows;
  const height = m.segmentHeight;
  let pc = m.pc;
  let n = 0;
  let c = -1;
  try {
    for (;;) {
      // The straight run, given the rows each built-in chip may still add to this segment.
      for (let i = 0; i < BUILTIN_COUNT; i++) left[i] = leftAtEntry[i] = Math.min(height - segRows[i]!, MAX_LEFT);
      lastRun[0] = m.lastPc;
      const slice = Math.min(budget, n + SLICE);
      n = runStraight(m, pc, n, slice);
      m.lastPc = lastRun[0]!;
      pc = m.pc;
      let full = false;
      for (let i = 0; i < BUILTIN_COUNT; i++) {
        segRows[i]! += leftAtEntry[i]! - left[i]!;
        if (segRows[i]! >= height) full = true;
      }
      if (full || n >= budget) break;
      if (n >= slice) continue;
      // runStraight stopped before pc. Code it has not seen is decoded (from pc to the next jump;
      // faulting when pc may not execute) and handed back to it; anything else it leaves is run
      // here by its chip's adapter against direct state.
      if (m.decodeAhead(pc)) continue;
      const insn = m.insnAt(pc);
      if (!insn) throw m.illegal(pc);
      // A debugger's pc (see Machine.debug): only such pcs are decoded to reach this path.
      const hooks = m.debug;
      const hooked = hooks !== undefined && hooks.pcs.has(pc);
      if (hooked && m.debugBefore(hooks, pc, insn, n)) break;
      m.lastPc = pc;
      c = insn.chip;
      // Environment calls may read the counters and the pc: publish them first.
      m.pendingSteps = n;
      const next = m.chips[c]!.execute(m.direct, insn, pc) >>> 0;
      m.pendingSteps = 0;
      if (hooked) hooks.after(pc, insn, next);
      else if (insn.op >= Op.CALL_JAL && m.callLog !== undefined) m.logCall(insn.op === Op.RET ? 2 : 1, pc, next);
      pc = next;
      m.pc = pc;
      c = -1;
      n++;
      if (++segRows[insn.chip]! >= height || n >= budget || m.debugStop) break;
    }
  } catch (e) {
    m.pendingSteps = 0;
    if (!(e instanceof GuestTrap)) throw e;
    if (e.kind !== 'fault' && e.kind !== 'suspend' && c >= 0) {
      // exit and terminate retire the instruction that asked for them
      n++;
      segRows[c]!++;
    }
    m.trap(e, pc);
  }
  m.pc = pc;
  return n;
}

/** What runStraight reads and writes: a Machine, or the stand-in that trains it (see train). */
type StraightState = Pick<Machine, 'x' | 'slots' | 'frameOf' | 'pc'> & { readonly memory: Pick<Memory, 'pages' | 'readReady' | 'writeReady'>; readonly callLog: Int32Array | undefined };

/** Stands in for the call log of machines without one (their code has no CALL_* or RET slots). */
const NO_CALL_LOG = new Int32Array(1);

/**
 * The hot path: runs from pc while every instruction is one it can finish with direct state and
 * no call. Stops before an instruction it cannot run (leaving it for runFast), when n reaches
 * budget, or after the instruction that brings a chip's `left` to zero (subtracting the rows it
 * ran from `left`). Stores the next pc in m.pc and answers n.
 */
function runStraight(m: StraightState, pc: number, n: number, budget: number): number {
  const x = m.x;
  const slots = m.slots;
  const frameOf = m.frameOf;
  const mem = m.memory;
  const pages = mem.pages;
  const readReady = mem.readReady;
  const writeReady = mem.writeReady;
  const log = m.callLog ?? NO_CALL_LOG;
  // pc is kept as a signed 32-bit integer ((… ) | 0 after every change) so that V8 holds it in a
  // machine register; >>> and & read its bits the same either way.
  pc |= 0;
  // The last instruction run, so that a fetch fault can name the jump that led there.
  let from = lastRun[0]!;
  // Rows per chip are counted in locals, each case adding to its own chip's: a counter in an
  // array indexed by the slot's chip field cost a quarter of the loop's time. A segment boundary
  // cannot come before every chip has used its `left`, so the loop runs up to `stop`, n plus the
  // smallest `left`, then settles the counts and, unless a chip is full, goes on.
  let rowsBaseAlu = 0, rowsShift = 0, rowsLessThan = 0, rowsBranchEqual = 0, rowsBranchLessThan = 0, rowsJalLui = 0, rowsJalr = 0;
  let rowsAuipc = 0, rowsLoadStore = 0, rowsLoadSignExtend = 0, rowsSystem = 0, rowsMultiplication = 0, rowsMulH = 0, rowsDivRem = 0;
  let blocked = false;
  let page = pc ^ 4096; // not pc's page: the first instruction looks the frame up
  let frame = 0;
  for (;;) {
    let room = left[0]!;
    for (let i = 1; i < BUILTIN_COUNT; i++) room = Math.min(room, left[i]!);
    const stop = Math.min(budget, n + room);
    run: while (n < stop) {
      const at = pc;
      // The frame is looked up when pc enters another page. A page without decoded code has
      // frame 0, whose slots are all UNDECODED: no test needed.
      if ((pc ^ page) >>> 12 !== 0) {
        page = pc;
        frame = frameOf[pc >>> 12]! << 11;
      }
      const j = frame | ((pc & 4095) >>> 1);
      const w = slots[j]!;
      const imm = slots[j + 1]!;
      const rd = (w >>> 7) & 63;
      const rs1 = (w >>> 13) & 31;
      const rs2 = (w >>> 18) & 31;
      switch (w & 127) {
        case Op.LUI: x[rd] = jalLuiCore('lui', pc, imm); pc = (pc + 4) | 0; rowsJalLui++; break;
        case Op.AUIPC: x[rd] = auipcCore(pc, imm); pc = (pc + 4) | 0; rowsAuipc++; break;
        case Op.JAL: x[rd] = jalLuiCore('jal', pc, imm); pc = (pc + imm) | 0; rowsJalLui++; break;
        case Op.JALR: {
          const t = jalrCore(x[rs1]!, imm);
          if (t & 3) break run; // the adapter raises misaligned-fetch
          x[rd] = (pc + 4) | 0;
          pc = t | 0;
          rowsJalr++;
          break;
        }
        // A debugger's call log (Machine.callLog): the jump as JAL/JALR, plus one entry.
        case Op.CALL_JAL: {
          const k = log[0]!;
          if (k + CALL_LOG_ENTRY >= log.length) break run;
          log[k + 1] = 1; log[k + 2] = pc; log[k + 3] = (pc + imm) | 0; log[k + 4] = x[2]!;
          log[0] = k + CALL_LOG_ENTRY;
          x[rd] = jalLuiCore('jal', pc, imm); pc = (pc + imm) | 0; rowsJalLui++;
          break;
        }
        case Op.CALL_JALR:
        case Op.RET: {
          const t = jalrCore(x[rs1]!, imm);
          const k = log[0]!;
          if (t & 3 || k + CALL_LOG_ENTRY >= log.length) break run;
          log[k + 1] = (w & 127) === Op.RET ? 2 : 1; log[k + 2] = pc; log[k + 3] = t; log[k + 4] = x[2]!;
          log[0] = k + CALL_LOG_ENTRY;
          x[rd] = (pc + 4) | 0;
          pc = t | 0;
          rowsJalr++;
          break;
        }
        case Op.BEQ: pc = branchEqualCore('beq', x[rs1]!, x[rs2]!) ? (pc + imm) | 0 : (pc + 4) | 0; rowsBranchEqual++; break;
        case Op.BNE: pc = branchEqualCore('bne', x[rs1]!, x[rs2]!) ? (pc + imm) | 0 : (pc + 4) | 0; rowsBranchEqual++; break;
        case Op.BLT: pc = branchLessThanCore('blt', x[rs1]!, x[rs2]!) ? (pc + imm) | 0 : (pc + 4) | 0; rowsBranchLessThan++; break;
        case Op.BGE: pc = branchLessThanCore('bge', x[rs1]!, x[rs2]!) ? (pc + imm) | 0 : (pc + 4) | 0; rowsBranchLessThan++; break;
        case Op.BLTU: pc = branchLessThanCore('bltu', x[rs1]!, x[rs2]!) ? (pc + imm) | 0 : (pc + 4) | 0; rowsBranchLessThan++; break;
        case Op.BGEU: pc = branchLessThanCore('bgeu', x[rs1]!, x[rs2]!) ? (pc + imm) | 0 : (pc + 4) | 0; rowsBranchLessThan++; break;
        // Loads and stores: an aligned access to a page marked ready goes straight to the page;
        // anything else (misaligned, first touch, unmapped, read-only, code) is left to runFast.
        case Op.LB: {
          const a = (x[rs1]! + imm) | 0;
          const p = a >>> 12;
          if (readReady[p] !== 1) break run;
          x[rd] = loadSignExtendCore('lb', pages[p]!.u8[a & 4095]!);
          pc = (pc + 4) | 0;
          rowsLoadSignExtend++;
          break;
        }
        case Op.LH: {
          const a = (x[rs1]! + imm) | 0;
          const p = a >>> 12;
          if ((a & 1) !== 0 || readReady[p] !== 1) break run;
          x[rd] = loadSignExtendCore('lh', pages[p]!.u16[(a & 4095) >>> 1]!);
          pc = (pc + 4) | 0;
          rowsLoadSignExtend++;
          break;
        }
        case Op.LW: {
          const a = (x[rs1]! + imm) | 0;
          const p = a >>> 12;
          if ((a & 3) !== 0 || readReady[p] !== 1) break run;
          x[rd] = loadStoreCore('lw', pages[p]!.i32[(a & 4095) >>> 2]!);
          pc = (pc + 4) | 0;
          rowsLoadStore++;
          break;
        }
        case Op.LBU: {
          const a = (x[rs1]! + imm) | 0;
          const p = a >>> 12;
          if (readReady[p] !== 1) break run;
          x[rd] = loadStoreCore('lbu', pages[p]!.u8[a & 4095]!);
          pc = (pc + 4) | 0;
          rowsLoadStore++;
          break;
        }
        case Op.LHU: {
          const a = (x[rs1]! + imm) | 0;
          const p = a >>> 12;
          if ((a & 1) !== 0 || readReady[p] !== 1) break run;
          x[rd] = loadStoreCore('lhu', pages[p]!.u16[(a & 4095) >>> 1]!);
          pc = (pc + 4) | 0;
          rowsLoadStore++;
          break;
        }
        case Op.SB: {
          const a = (x[rs1]! + imm) | 0;
          const p = a >>> 12;
          if (writeReady[p] !== 1) break run;
          pages[p]!.u8[a & 4095] = loadStoreCore('sb', x[rs2]!);
          pc = (pc + 4) | 0;
          rowsLoadStore++;
          break;
        }
        case Op.SH: {
          const a = (x[rs1]! + imm) | 0;
          const p = a >>> 12;
          if ((a & 1) !== 0 || writeReady[p] !== 1) break run;
          pages[p]!.u16[(a & 4095) >>> 1] = loadStoreCore('sh', x[rs2]!);
          pc = (pc + 4) | 0;
          rowsLoadStore++;
          break;
        }
        case Op.SW: {
          const a = (x[rs1]! + imm) | 0;
          const p = a >>> 12;
          if ((a & 3) !== 0 || writeReady[p] !== 1) break run;
          pages[p]!.i32[(a & 4095) >>> 2] = loadStoreCore('sw', x[rs2]!);
          pc = (pc + 4) | 0;
          rowsLoadStore++;
          break;
        }
        case Op.ADDI: x[rd] = baseAluCore('add', x[rs1]!, imm); pc = (pc + 4) | 0; rowsBaseAlu++; break;
        case Op.SLTI: x[rd] = lessThanCore('slt', x[rs1]!, imm); pc = (pc + 4) | 0; rowsLessThan++; break;
        case Op.SLTIU: x[rd] = lessThanCore('sltu', x[rs1]!, imm); pc = (pc + 4) | 0; rowsLessThan++; break;
        case Op.XORI: x[rd] = baseAluCore('xor', x[rs1]!, imm); pc = (pc + 4) | 0; rowsBaseAlu++; break;
        case Op.ORI: x[rd] = baseAluCore('or', x[rs1]!, imm); pc = (pc + 4) | 0; rowsBaseAlu++; break;
        case Op.ANDI: x[rd] = baseAluCore('and', x[rs1]!, imm); pc = (pc + 4) | 0; rowsBaseAlu++; break;
        case Op.SLLI: x[rd] = shiftCore('sll', x[rs1]!, imm); pc = (pc + 4) | 0; rowsShift++; break;
        case Op.SRLI: x[rd] = shiftCore('srl', x[rs1]!, imm); pc = (pc + 4) | 0; rowsShift++; break;
        case Op.SRAI: x[rd] = shiftCore('sra', x[rs1]!, imm); pc = (pc + 4) | 0; rowsShift++; break;
        case Op.ADD: x[rd] = baseAluCore('add', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; rowsBaseAlu++; break;
        case Op.SUB: x[rd] = baseAluCore('sub', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; rowsBaseAlu++; break;
        case Op.SLL: x[rd] = shiftCore('sll', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; rowsShift++; break;
        case Op.SLT: x[rd] = lessThanCore('slt', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; rowsLessThan++; break;
        case Op.SLTU: x[rd] = lessThanCore('sltu', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; rowsLessThan++; break;
        case Op.XOR: x[rd] = baseAluCore('xor', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; rowsBaseAlu++; break;
        case Op.SRL: x[rd] = shiftCore('srl', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; rowsShift++; break;
        case Op.SRA: x[rd] = shiftCore('sra', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; rowsShift++; break;
        case Op.OR: x[rd] = baseAluCore('or', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; rowsBaseAlu++; break;
        case Op.AND: x[rd] = baseAluCore('and', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; rowsBaseAlu++; break;
        case Op.FENCE: pc = (pc + 4) | 0; rowsSystem++; break;
        case Op.MUL: x[rd] = mulCore(x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; rowsMultiplication++; break;
        case Op.MULH: x[rd] = mulhCore('mulh', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; rowsMulH++; break;
        case Op.MULHSU: x[rd] = mulhCore('mulhsu', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; rowsMulH++; break;
        case Op.MULHU: x[rd] = mulhCore('mulhu', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; rowsMulH++; break;
        case Op.DIV: x[rd] = divRemCore('div', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; rowsDivRem++; break;
        case Op.DIVU: x[rd] = divRemCore('divu', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; rowsDivRem++; break;
        case Op.REM: x[rd] = divRemCore('rem', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; rowsDivRem++; break;
        case Op.REMU: x[rd] = divRemCore('remu', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; rowsDivRem++; break;
        default:
          // UNDECODED (or no code page), ILLEGAL, GENERIC, ECALL: runFast's business.
          break run;
      }
      from = at;
      n++;
    }
    // Stopped at `stop`, or before an instruction it leaves to runFast (break run).
    blocked = n < stop;
    left[0]! -= rowsBaseAlu; left[1]! -= rowsShift; left[2]! -= rowsLessThan; left[3]! -= rowsBranchEqual;
    left[4]! -= rowsBranchLessThan; left[5]! -= rowsJalLui; left[6]! -= rowsJalr; left[7]! -= rowsAuipc;
    left[8]! -= rowsLoadStore; left[9]! -= rowsLoadSignExtend; left[10]! -= rowsSystem;
    left[11]! -= rowsMultiplication; left[12]! -= rowsMulH; left[13]! -= rowsDivRem;
    rowsBaseAlu = rowsShift = rowsLessThan = rowsBranchEqual = rowsBranchLessThan = rowsJalLui = rowsJalr = 0;
    rowsAuipc = rowsLoadStore = rowsLoadSignExtend = rowsSystem = rowsMultiplication = rowsMulH = rowsDivRem = 0;
    if (blocked || n >= budget || left.includes(0)) break;
  }
  lastRun[0] = from;
  m.pc = pc >>> 0;
  return n;
}

// ---- training -------------------------------------------------------------------------------
//
// V8 compiles runStraight with the type feedback gathered so far, and compiles any operation
// that has not run yet (a case no instruction reached, the division-by-zero branch of a core, a
// multiplication that has not yet overflowed 2^31) as a deoptimization exit. A guest program
// meets its operations in phases, so its first real run used to throw the optimized code away
// five to fifteen times, each time running in the interpreter at a tenth of the speed until V8
// had compiled it again. Before the first run, train() runs a made-up stretch of decoded code
// through runStraight that reaches every case, both ways for branches, every way out, the cores'
// corner cases and operands beyond 2^31, so the first optimized code is the one that stays.
// It writes decoded slots directly: no decoder, no Machine, a page of made-up memory.

let trained = false;

function train(): void {
  trained = true;
  const CODE = 0x1000; // page 1: the made-up code
  const DATA = 0x2000; // page 2: memory ready for loads and stores
  const COLD = 0x3000; // page 3: mapped nowhere, so loads and stores leave runStraight
  const slots = new Int32Array(2 * FRAME_WORDS);
  const frameOf = new Int32Array(4);
  frameOf[CODE >>> 12] = 1;
  const pages = new Array<Page | undefined>(4).fill(undefined);
  pages[DATA >>> 12] = new Page();
  const readReady = new Uint8Array(4);
  const writeReady = new Uint8Array(4);
  readReady[DATA >>> 12] = writeReady[DATA >>> 12] = 1;
  const m: StraightState = { x: new Int32Array(33), slots, frameOf, pc: 0, memory: { pages, readReady, writeReady }, callLog: undefined };

  let at = CODE;
  const emit = (op: Op, rd = 0, rs1 = 0, rs2 = 0, imm = 0): number => {
    const j = FRAME_WORDS + ((at & 4095) >>> 1);
    slots[j] = op | ((rd === 0 ? 32 : rd) << 7) | (rs1 << 13) | (rs2 << 18);
    slots[j + 1] = imm;
    at += 4;
    return at - 4;
  };
  // Sources x1..x13 (set before each run), results in x20..x31.
  const SOURCES = [0, -1, 7, -0x80000000, 0x12345678, 0, -7, 3, 0, 0, DATA, COLD, DATA + 1, DATA + 2];
  const PAIRS = [[1, 2], [3, 1], [4, 6], [2, 5], [1, 1], [6, 7]];
  const entries: number[] = [emit(Op.FENCE)];
  for (const op of [Op.ADD, Op.SUB, Op.SLL, Op.SLT, Op.SLTU, Op.XOR, Op.SRL, Op.SRA, Op.OR, Op.AND]) {
    for (const [a, b] of PAIRS) emit(op, 20, a, b);
  }
  // The M extension with small positive operands only, and not mulh*: with the cores' other
  // paths (division by zero, overflow, products formed in halves) compiled in from the start the
  // whole loop was measurably slower once warm (sieve 150 -> 135, matmul 170 -> 120 MIPS), while
  // leaving out mul, div and rem cost most C programs a deoptimization and a recompilation in
  // their first second (sieve: one, and 160 ms of compiling the loop again on-stack).
  for (const op of [Op.MUL, Op.DIV, Op.DIVU, Op.REM, Op.REMU]) for (const [a, b] of [[2, 7], [4, 2]]) emit(op, 20, a!, b!);
  for (const op of [Op.ADDI, Op.SLTI, Op.SLTIU, Op.XORI, Op.ORI, Op.ANDI, Op.SLLI, Op.SRLI, Op.SRAI]) {
    for (const a of [1, 3, 4]) for (const imm of [-5, 3, 31]) emit(op, 21, a, 0, imm);
  }
  emit(Op.LUI, 22, 0, 0, 0x12345000);
  emit(Op.LUI, 0, 0, 0, -4096);
  emit(Op.AUIPC, 23, 0, 0, 0x1000);
  for (const [op, size] of [[Op.SW, 4], [Op.SH, 2], [Op.SB, 1]] as const) {
    emit(op, 0, 10, 1, 8 * size);
    emit(op, 0, 10, 2, 8 * size + size);
  }
  for (const op of [Op.LB, Op.LH, Op.LW, Op.LBU, Op.LHU]) for (const off of [8, 16, 32, 12]) emit(op, 24, 10, 0, off);
  // Branches taken (over one instruction) and not taken.
  for (const [op, yes, no] of [[Op.BEQ, [2, 2], [1, 2]], [Op.BNE, [1, 2], [2, 2]], [Op.BLT, [1, 2], [2, 1]],
    [Op.BGE, [2, 1], [1, 2]], [Op.BLTU, [2, 1], [1, 2]], [Op.BGEU, [1, 2], [2, 1]]] as const) {
    emit(op, 0, yes[0], yes[1], 8);
    emit(Op.ADDI, 25, 0, 0, 1);
    emit(op, 0, no[0], no[1], 8);
  }
  emit(Op.JAL, 26, 0, 0, 8);
  emit(Op.ADDI, 25, 0, 0, 2);
  emit(Op.JAL, 0, 0, 0, 8);
  emit(Op.ADDI, 25, 0, 0, 3);
  emit(Op.AUIPC, 27, 0, 0, 0);
  emit(Op.JALR, 26, 27, 0, 12);
  emit(Op.ADDI, 25, 0, 0, 4);
  emit(Op.GENERIC);
  // Each way out of runStraight but the budget, on its own.
  for (const [op, rs1, imm] of [[Op.LW, 11, 0], [Op.LB, 11, 0], [Op.LBU, 11, 0], [Op.LH, 12, 0], [Op.LHU, 12, 0], [Op.LW, 12, 0],
    [Op.SB, 11, 0], [Op.SH, 12, 0], [Op.SW, 13, 0], [Op.JALR, 13, 0]] as const) {
    entries.push(emit(op, 28, rs1, 2, imm));
    emit(Op.GENERIC);
  }
  entries.push(emit(Op.ILLEGAL));
  entries.push(at); // an undecoded slot

  // V8 gives a function a feedback vector only after a few calls: run everything several times.
  for (let round = 0; round < 12; round++) {
    for (const pc of entries) {
      m.x.set(SOURCES);
      left.fill(MAX_LEFT);
      runStraight(m, pc, 0, 1_000_000);
    }
    // Out through the budget, and through a chip's rows running out.
    runStraight(m, CODE, 0, 3);
    left[0] = 2;
    runStraight(m, CODE, 0, 1_000_000);
  }
  left.fill(0);
  lastRun[0] = 0;
}
