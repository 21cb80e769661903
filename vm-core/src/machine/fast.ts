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
import type { Machine } from './machine.js';
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
}

export const OP_UNDECODED = Op.UNDECODED;
export const OP_ILLEGAL = Op.ILLEGAL;
export const OP_GENERIC = Op.GENERIC;

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

/** Rows each chip may still add before the segment is full (see runFast); shared, as runs do not nest. */
const left = new Int32Array(128);
/** Their values when runStraight was entered. */
const leftAtEntry = new Int32Array(128);
/** Bound on `left`, so that huge segment heights stay within int32. */
const MAX_LEFT = 1 << 30;

/**
 * Runs at most `budget` instructions, stopping early when a chip's segment rows reach the
 * segment height or the guest exits or faults (recorded on the machine). Answers how many
 * instructions retired.
 */
export function runFast(m: Machine, budget: number): number {
  const segRows = m.segmentRows;
  const height = m.segmentHeight;
  const chips = m.chips.length;
  let pc = m.pc;
  let n = 0;
  let c = -1;
  try {
    for (;;) {
      // The straight run, with the rows each chip may still add to this segment as down-counters.
      for (let i = 0; i < chips; i++) left[i] = leftAtEntry[i] = Math.min(height - segRows[i]!, MAX_LEFT);
      n = runStraight(m, pc, n, budget);
      pc = m.pc;
      let full = false;
      for (let i = 0; i < chips; i++) {
        segRows[i]! += leftAtEntry[i]! - left[i]!;
        if (segRows[i]! >= height) full = true;
      }
      if (full || n >= budget) break;
      // One instruction runStraight left: decoded now if it was not (faulting when pc may not
      // execute), then run by its chip's adapter against direct state.
      const insn = m.insnAt(pc);
      if (!insn) throw m.illegal(pc);
      c = insn.chip;
      // Environment calls may read the counters and the pc: publish them first.
      m.pendingSteps = n;
      pc = m.chips[c]!.execute(m.direct, insn, pc) >>> 0;
      m.pendingSteps = 0;
      m.pc = pc;
      c = -1;
      n++;
      if (++segRows[insn.chip]! >= height || n >= budget) break;
    }
  } catch (e) {
    m.pendingSteps = 0;
    if (!(e instanceof GuestTrap)) throw e;
    if (e.kind !== 'fault' && c >= 0) {
      // exit and terminate retire the instruction that asked for them
      n++;
      segRows[c]!++;
    }
    m.trap(e, pc);
  }
  m.pc = pc;
  return n;
}

/**
 * The hot path: runs from pc while every instruction is one it can finish with direct state and
 * no call, counting down `left` per chip. Stops before an instruction it cannot run (leaving it
 * for runFast), after the one that empties a chip's `left`, or when n reaches budget. Stores the
 * next pc in m.pc and answers n.
 */
function runStraight(m: Machine, pc: number, n: number, budget: number): number {
  const x = m.x;
  const slots = m.slots;
  const frameOf = m.frameOf;
  const mem = m.memory;
  const pages = mem.pages;
  const readReady = mem.readReady;
  const writeReady = mem.writeReady;
  // pc is kept as a signed 32-bit integer ((… ) | 0 after every change) so that V8 holds it in a
  // machine register; >>> and & read its bits the same either way.
  pc |= 0;
  run: while (n < budget) {
    // A page without decoded code has frame 0, whose slots are all UNDECODED: no test needed.
    const j = (frameOf[pc >>> 12]! << 11) | ((pc & 4095) >>> 1);
    const w = slots[j]!;
    const imm = slots[j + 1]!;
    const rd = (w >>> 7) & 63;
    const rs1 = (w >>> 13) & 31;
    const rs2 = (w >>> 18) & 31;
    switch (w & 127) {
      case Op.LUI: x[rd] = jalLuiCore('lui', pc, imm); pc = (pc + 4) | 0; break;
      case Op.AUIPC: x[rd] = auipcCore(pc, imm); pc = (pc + 4) | 0; break;
      case Op.JAL: x[rd] = jalLuiCore('jal', pc, imm); pc = (pc + imm) | 0; break;
      case Op.JALR: {
        const t = jalrCore(x[rs1]!, imm);
        if (t & 3) break run; // the adapter raises misaligned-fetch
        x[rd] = (pc + 4) | 0;
        pc = t | 0;
        break;
      }
      case Op.BEQ: pc = branchEqualCore('beq', x[rs1]!, x[rs2]!) ? (pc + imm) | 0 : (pc + 4) | 0; break;
      case Op.BNE: pc = branchEqualCore('bne', x[rs1]!, x[rs2]!) ? (pc + imm) | 0 : (pc + 4) | 0; break;
      case Op.BLT: pc = branchLessThanCore('blt', x[rs1]!, x[rs2]!) ? (pc + imm) | 0 : (pc + 4) | 0; break;
      case Op.BGE: pc = branchLessThanCore('bge', x[rs1]!, x[rs2]!) ? (pc + imm) | 0 : (pc + 4) | 0; break;
      case Op.BLTU: pc = branchLessThanCore('bltu', x[rs1]!, x[rs2]!) ? (pc + imm) | 0 : (pc + 4) | 0; break;
      case Op.BGEU: pc = branchLessThanCore('bgeu', x[rs1]!, x[rs2]!) ? (pc + imm) | 0 : (pc + 4) | 0; break;
      // Loads and stores: an aligned access to a page marked ready goes straight to the page;
      // anything else (misaligned, first touch, unmapped, read-only, code) is left to runFast.
      case Op.LB: {
        const a = (x[rs1]! + imm) | 0;
        const p = a >>> 12;
        if (readReady[p] !== 1) break run;
        x[rd] = loadSignExtendCore('lb', pages[p]!.u8[a & 4095]!);
        pc = (pc + 4) | 0;
        break;
      }
      case Op.LH: {
        const a = (x[rs1]! + imm) | 0;
        const p = a >>> 12;
        if ((a & 1) !== 0 || readReady[p] !== 1) break run;
        x[rd] = loadSignExtendCore('lh', pages[p]!.u16[(a & 4095) >>> 1]!);
        pc = (pc + 4) | 0;
        break;
      }
      case Op.LW: {
        const a = (x[rs1]! + imm) | 0;
        const p = a >>> 12;
        if ((a & 3) !== 0 || readReady[p] !== 1) break run;
        x[rd] = loadStoreCore('lw', pages[p]!.i32[(a & 4095) >>> 2]!);
        pc = (pc + 4) | 0;
        break;
      }
      case Op.LBU: {
        const a = (x[rs1]! + imm) | 0;
        const p = a >>> 12;
        if (readReady[p] !== 1) break run;
        x[rd] = loadStoreCore('lbu', pages[p]!.u8[a & 4095]!);
        pc = (pc + 4) | 0;
        break;
      }
      case Op.LHU: {
        const a = (x[rs1]! + imm) | 0;
        const p = a >>> 12;
        if ((a & 1) !== 0 || readReady[p] !== 1) break run;
        x[rd] = loadStoreCore('lhu', pages[p]!.u16[(a & 4095) >>> 1]!);
        pc = (pc + 4) | 0;
        break;
      }
      case Op.SB: {
        const a = (x[rs1]! + imm) | 0;
        const p = a >>> 12;
        if (writeReady[p] !== 1) break run;
        pages[p]!.u8[a & 4095] = loadStoreCore('sb', x[rs2]!);
        pc = (pc + 4) | 0;
        break;
      }
      case Op.SH: {
        const a = (x[rs1]! + imm) | 0;
        const p = a >>> 12;
        if ((a & 1) !== 0 || writeReady[p] !== 1) break run;
        pages[p]!.u16[(a & 4095) >>> 1] = loadStoreCore('sh', x[rs2]!);
        pc = (pc + 4) | 0;
        break;
      }
      case Op.SW: {
        const a = (x[rs1]! + imm) | 0;
        const p = a >>> 12;
        if ((a & 3) !== 0 || writeReady[p] !== 1) break run;
        pages[p]!.i32[(a & 4095) >>> 2] = loadStoreCore('sw', x[rs2]!);
        pc = (pc + 4) | 0;
        break;
      }
      case Op.ADDI: x[rd] = baseAluCore('add', x[rs1]!, imm); pc = (pc + 4) | 0; break;
      case Op.SLTI: x[rd] = lessThanCore('slt', x[rs1]!, imm); pc = (pc + 4) | 0; break;
      case Op.SLTIU: x[rd] = lessThanCore('sltu', x[rs1]!, imm); pc = (pc + 4) | 0; break;
      case Op.XORI: x[rd] = baseAluCore('xor', x[rs1]!, imm); pc = (pc + 4) | 0; break;
      case Op.ORI: x[rd] = baseAluCore('or', x[rs1]!, imm); pc = (pc + 4) | 0; break;
      case Op.ANDI: x[rd] = baseAluCore('and', x[rs1]!, imm); pc = (pc + 4) | 0; break;
      case Op.SLLI: x[rd] = shiftCore('sll', x[rs1]!, imm); pc = (pc + 4) | 0; break;
      case Op.SRLI: x[rd] = shiftCore('srl', x[rs1]!, imm); pc = (pc + 4) | 0; break;
      case Op.SRAI: x[rd] = shiftCore('sra', x[rs1]!, imm); pc = (pc + 4) | 0; break;
      case Op.ADD: x[rd] = baseAluCore('add', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; break;
      case Op.SUB: x[rd] = baseAluCore('sub', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; break;
      case Op.SLL: x[rd] = shiftCore('sll', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; break;
      case Op.SLT: x[rd] = lessThanCore('slt', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; break;
      case Op.SLTU: x[rd] = lessThanCore('sltu', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; break;
      case Op.XOR: x[rd] = baseAluCore('xor', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; break;
      case Op.SRL: x[rd] = shiftCore('srl', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; break;
      case Op.SRA: x[rd] = shiftCore('sra', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; break;
      case Op.OR: x[rd] = baseAluCore('or', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; break;
      case Op.AND: x[rd] = baseAluCore('and', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; break;
      case Op.FENCE: pc = (pc + 4) | 0; break;
      case Op.MUL: x[rd] = mulCore(x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; break;
      case Op.MULH: x[rd] = mulhCore('mulh', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; break;
      case Op.MULHSU: x[rd] = mulhCore('mulhsu', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; break;
      case Op.MULHU: x[rd] = mulhCore('mulhu', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; break;
      case Op.DIV: x[rd] = divRemCore('div', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; break;
      case Op.DIVU: x[rd] = divRemCore('divu', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; break;
      case Op.REM: x[rd] = divRemCore('rem', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; break;
      case Op.REMU: x[rd] = divRemCore('remu', x[rs1]!, x[rs2]!); pc = (pc + 4) | 0; break;
      default:
        // UNDECODED (or no code page), ILLEGAL, GENERIC, ECALL: runFast's business.
        break run;
    }
    n++;
    if (--left[w >>> 23]! === 0) break;
  }
  m.pc = pc >>> 0;
  return n;
}
