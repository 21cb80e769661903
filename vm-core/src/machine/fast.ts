// The fast loop: runs pre-decoded instructions with no records, counting rows per chip. Each case
// is the adapter of a built-in chip written against direct state (registers in a typed array,
// memory pages through the ready-maps) around that chip's own pure core, which V8 inlines with the
// op folded in. Everything else — extension chips, CSRs, ecall, privileged words, misaligned
// jump targets, first touches and faults — leaves the hot path for the chip's adapter or the
// memory's slow path. Fast and traced runs are checked against each other by the tests.

import { fault, GuestTrap } from './chip.js';
import type { Machine, CodePage } from './machine.js';
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

/**
 * Runs at most `budget` instructions, stopping early when a chip's segment rows reach the
 * segment height or the guest exits or faults (recorded on the machine). Answers how many
 * instructions retired.
 */
export function runFast(m: Machine, budget: number): number {
  const x = m.x;
  const mem = m.memory;
  const pages = mem.pages;
  const readReady = mem.readReady;
  const writeReady = mem.writeReady;
  const segRows = m.segmentRows;
  const height = m.segmentHeight;
  let pc = m.pc;
  let n = 0;
  let c = 0;
  let base = 1; // never a page base: the first iteration looks the page up
  let cp: CodePage | undefined;
  let S: Int32Array = new Int32Array(0);
  try {
    while (n < budget) {
      const off = (pc - base) >>> 0;
      if (off >= 4096) {
        cp = m.codePage(pc);
        base = cp.base;
        S = cp.slots;
        continue;
      }
      const i = off >>> 2;
      let w = S[2 * i]!;
      if (w === Op.UNDECODED) {
        m.decodeSlot(cp!, i);
        w = S[2 * i]!;
      }
      const op = w & 127;
      const rd = (w >>> 7) & 63;
      const rs1 = (w >>> 13) & 31;
      const rs2 = (w >>> 18) & 31;
      const imm = S[2 * i + 1]!;
      c = w >>> 23;
      switch (op) {
        case Op.LUI: x[rd] = jalLuiCore('lui', pc, imm); pc += 4; break;
        case Op.AUIPC: x[rd] = auipcCore(pc, imm); pc += 4; break;
        case Op.JAL: x[rd] = jalLuiCore('jal', pc, imm); pc = (pc + imm) >>> 0; break;
        case Op.JALR: {
          const t = jalrCore(x[rs1]!, imm);
          if (t & 3) throw fault('misaligned-fetch', `jump target 0x${t.toString(16).padStart(8, '0')} is not 4-byte aligned`, t);
          x[rd] = (pc + 4) | 0;
          pc = t;
          break;
        }
        case Op.BEQ: pc = branchEqualCore('beq', x[rs1]!, x[rs2]!) ? (pc + imm) >>> 0 : pc + 4; break;
        case Op.BNE: pc = branchEqualCore('bne', x[rs1]!, x[rs2]!) ? (pc + imm) >>> 0 : pc + 4; break;
        case Op.BLT: pc = branchLessThanCore('blt', x[rs1]!, x[rs2]!) ? (pc + imm) >>> 0 : pc + 4; break;
        case Op.BGE: pc = branchLessThanCore('bge', x[rs1]!, x[rs2]!) ? (pc + imm) >>> 0 : pc + 4; break;
        case Op.BLTU: pc = branchLessThanCore('bltu', x[rs1]!, x[rs2]!) ? (pc + imm) >>> 0 : pc + 4; break;
        case Op.BGEU: pc = branchLessThanCore('bgeu', x[rs1]!, x[rs2]!) ? (pc + imm) >>> 0 : pc + 4; break;
        case Op.LB: {
          const a = (x[rs1]! + imm) >>> 0;
          const p = a >>> 12;
          x[rd] = loadSignExtendCore('lb', readReady[p] === 1 ? pages[p]!.u8[a & 4095]! : mem.load(a, 1));
          pc += 4;
          break;
        }
        case Op.LH: {
          const a = (x[rs1]! + imm) >>> 0;
          const p = a >>> 12;
          x[rd] = loadSignExtendCore('lh', (a & 1) === 0 && readReady[p] === 1 ? pages[p]!.u16[(a & 4095) >>> 1]! : mem.load(a, 2));
          pc += 4;
          break;
        }
        case Op.LW: {
          const a = (x[rs1]! + imm) >>> 0;
          const p = a >>> 12;
          x[rd] = (a & 3) === 0 && readReady[p] === 1 ? pages[p]!.i32[(a & 4095) >>> 2]! : mem.load(a, 4);
          pc += 4;
          break;
        }
        case Op.LBU: {
          const a = (x[rs1]! + imm) >>> 0;
          const p = a >>> 12;
          x[rd] = loadStoreCore('lbu', readReady[p] === 1 ? pages[p]!.u8[a & 4095]! : mem.load(a, 1));
          pc += 4;
          break;
        }
        case Op.LHU: {
          const a = (x[rs1]! + imm) >>> 0;
          const p = a >>> 12;
          x[rd] = loadStoreCore('lhu', (a & 1) === 0 && readReady[p] === 1 ? pages[p]!.u16[(a & 4095) >>> 1]! : mem.load(a, 2));
          pc += 4;
          break;
        }
        case Op.SB: {
          const a = (x[rs1]! + imm) >>> 0;
          const p = a >>> 12;
          const v = loadStoreCore('sb', x[rs2]!);
          if (writeReady[p] === 1) pages[p]!.u8[a & 4095] = v;
          else mem.store(a, 1, v);
          pc += 4;
          break;
        }
        case Op.SH: {
          const a = (x[rs1]! + imm) >>> 0;
          const p = a >>> 12;
          const v = loadStoreCore('sh', x[rs2]!);
          if ((a & 1) === 0 && writeReady[p] === 1) pages[p]!.u16[(a & 4095) >>> 1] = v;
          else mem.store(a, 2, v);
          pc += 4;
          break;
        }
        case Op.SW: {
          const a = (x[rs1]! + imm) >>> 0;
          const p = a >>> 12;
          const v = loadStoreCore('sw', x[rs2]!);
          if ((a & 3) === 0 && writeReady[p] === 1) pages[p]!.i32[(a & 4095) >>> 2] = v;
          else mem.store(a, 4, v);
          pc += 4;
          break;
        }
        case Op.ADDI: x[rd] = baseAluCore('add', x[rs1]!, imm); pc += 4; break;
        case Op.SLTI: x[rd] = lessThanCore('slt', x[rs1]!, imm); pc += 4; break;
        case Op.SLTIU: x[rd] = lessThanCore('sltu', x[rs1]!, imm); pc += 4; break;
        case Op.XORI: x[rd] = baseAluCore('xor', x[rs1]!, imm); pc += 4; break;
        case Op.ORI: x[rd] = baseAluCore('or', x[rs1]!, imm); pc += 4; break;
        case Op.ANDI: x[rd] = baseAluCore('and', x[rs1]!, imm); pc += 4; break;
        case Op.SLLI: x[rd] = shiftCore('sll', x[rs1]!, imm); pc += 4; break;
        case Op.SRLI: x[rd] = shiftCore('srl', x[rs1]!, imm); pc += 4; break;
        case Op.SRAI: x[rd] = shiftCore('sra', x[rs1]!, imm); pc += 4; break;
        case Op.ADD: x[rd] = baseAluCore('add', x[rs1]!, x[rs2]!); pc += 4; break;
        case Op.SUB: x[rd] = baseAluCore('sub', x[rs1]!, x[rs2]!); pc += 4; break;
        case Op.SLL: x[rd] = shiftCore('sll', x[rs1]!, x[rs2]!); pc += 4; break;
        case Op.SLT: x[rd] = lessThanCore('slt', x[rs1]!, x[rs2]!); pc += 4; break;
        case Op.SLTU: x[rd] = lessThanCore('sltu', x[rs1]!, x[rs2]!); pc += 4; break;
        case Op.XOR: x[rd] = baseAluCore('xor', x[rs1]!, x[rs2]!); pc += 4; break;
        case Op.SRL: x[rd] = shiftCore('srl', x[rs1]!, x[rs2]!); pc += 4; break;
        case Op.SRA: x[rd] = shiftCore('sra', x[rs1]!, x[rs2]!); pc += 4; break;
        case Op.OR: x[rd] = baseAluCore('or', x[rs1]!, x[rs2]!); pc += 4; break;
        case Op.AND: x[rd] = baseAluCore('and', x[rs1]!, x[rs2]!); pc += 4; break;
        case Op.FENCE: pc += 4; break;
        case Op.MUL: x[rd] = mulCore(x[rs1]!, x[rs2]!); pc += 4; break;
        case Op.MULH: x[rd] = mulhCore('mulh', x[rs1]!, x[rs2]!); pc += 4; break;
        case Op.MULHSU: x[rd] = mulhCore('mulhsu', x[rs1]!, x[rs2]!); pc += 4; break;
        case Op.MULHU: x[rd] = mulhCore('mulhu', x[rs1]!, x[rs2]!); pc += 4; break;
        case Op.DIV: x[rd] = divRemCore('div', x[rs1]!, x[rs2]!); pc += 4; break;
        case Op.DIVU: x[rd] = divRemCore('divu', x[rs1]!, x[rs2]!); pc += 4; break;
        case Op.REM: x[rd] = divRemCore('rem', x[rs1]!, x[rs2]!); pc += 4; break;
        case Op.REMU: x[rd] = divRemCore('remu', x[rs1]!, x[rs2]!); pc += 4; break;
        case Op.ECALL:
        case Op.GENERIC:
          // Environment calls may read the counters and the pc: publish them first.
          m.pc = pc;
          m.pendingSteps = n;
          pc = m.chips[c]!.execute(m.direct, cp!.insns[i]!, pc) >>> 0;
          m.pendingSteps = 0;
          break;
        case Op.ILLEGAL:
          throw m.illegal(pc);
        default:
          throw new Error(`fast loop: unknown operation ${op} at 0x${pc.toString(16)}`);
      }
      n++;
      if (++segRows[c]! >= height) break;
    }
  } catch (e) {
    m.pendingSteps = 0;
    if (!(e instanceof GuestTrap)) throw e;
    if (e.kind !== 'fault') {
      // exit and terminate retire the instruction that asked for them
      n++;
      segRows[c]!++;
    }
    m.trap(e, pc);
  }
  m.pc = pc;
  return n;
}
