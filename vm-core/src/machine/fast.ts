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

// Operation numbers: the pre-decoded form's key. They live in this file because V8 compiles a
// switch over same-module constants to a jump table; imported bindings are not folded. The
// numbering is checked against the instruction table by the machine tests.
export const OP_UNDECODED = 0;
export const OP_ILLEGAL = 1;
/** Any instruction the fast loop does not specialize: its chip's adapter runs it. */
export const OP_GENERIC = 2;

export const OP_LUI = 3, OP_AUIPC = 4, OP_JAL = 5, OP_JALR = 6;
export const OP_BEQ = 7, OP_BNE = 8, OP_BLT = 9, OP_BGE = 10, OP_BLTU = 11, OP_BGEU = 12;
export const OP_LB = 13, OP_LH = 14, OP_LW = 15, OP_LBU = 16, OP_LHU = 17, OP_SB = 18, OP_SH = 19, OP_SW = 20;
export const OP_ADDI = 21, OP_SLTI = 22, OP_SLTIU = 23, OP_XORI = 24, OP_ORI = 25, OP_ANDI = 26;
export const OP_SLLI = 27, OP_SRLI = 28, OP_SRAI = 29;
export const OP_ADD = 30, OP_SUB = 31, OP_SLL = 32, OP_SLT = 33, OP_SLTU = 34, OP_XOR = 35, OP_SRL = 36, OP_SRA = 37, OP_OR = 38, OP_AND = 39;
export const OP_FENCE = 40, OP_ECALL = 41;
export const OP_MUL = 42, OP_MULH = 43, OP_MULHSU = 44, OP_MULHU = 45, OP_DIV = 46, OP_DIVU = 47, OP_REM = 48, OP_REMU = 49;

/** The specialized operations by mnemonic; every other table entry runs as OP_GENERIC. */
export const FAST_OPS: ReadonlyMap<string, number> = new Map([
  ['lui', OP_LUI], ['auipc', OP_AUIPC], ['jal', OP_JAL], ['jalr', OP_JALR],
  ['beq', OP_BEQ], ['bne', OP_BNE], ['blt', OP_BLT], ['bge', OP_BGE], ['bltu', OP_BLTU], ['bgeu', OP_BGEU],
  ['lb', OP_LB], ['lh', OP_LH], ['lw', OP_LW], ['lbu', OP_LBU], ['lhu', OP_LHU], ['sb', OP_SB], ['sh', OP_SH], ['sw', OP_SW],
  ['addi', OP_ADDI], ['slti', OP_SLTI], ['sltiu', OP_SLTIU], ['xori', OP_XORI], ['ori', OP_ORI], ['andi', OP_ANDI],
  ['slli', OP_SLLI], ['srli', OP_SRLI], ['srai', OP_SRAI],
  ['add', OP_ADD], ['sub', OP_SUB], ['sll', OP_SLL], ['slt', OP_SLT], ['sltu', OP_SLTU], ['xor', OP_XOR], ['srl', OP_SRL],
  ['sra', OP_SRA], ['or', OP_OR], ['and', OP_AND],
  ['fence', OP_FENCE], ['fence.tso', OP_FENCE], ['fence.i', OP_FENCE], ['ecall', OP_ECALL],
  ['mul', OP_MUL], ['mulh', OP_MULH], ['mulhsu', OP_MULHSU], ['mulhu', OP_MULHU],
  ['div', OP_DIV], ['divu', OP_DIVU], ['rem', OP_REM], ['remu', OP_REMU],
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
      if (w === OP_UNDECODED) {
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
        case OP_LUI: x[rd] = jalLuiCore('lui', pc, imm); pc += 4; break;
        case OP_AUIPC: x[rd] = auipcCore(pc, imm); pc += 4; break;
        case OP_JAL: x[rd] = jalLuiCore('jal', pc, imm); pc = (pc + imm) >>> 0; break;
        case OP_JALR: {
          const t = jalrCore(x[rs1]!, imm);
          if (t & 3) throw fault('misaligned-fetch', `jump target 0x${t.toString(16).padStart(8, '0')} is not 4-byte aligned`, t);
          x[rd] = (pc + 4) | 0;
          pc = t;
          break;
        }
        case OP_BEQ: pc = branchEqualCore('beq', x[rs1]!, x[rs2]!) ? (pc + imm) >>> 0 : pc + 4; break;
        case OP_BNE: pc = branchEqualCore('bne', x[rs1]!, x[rs2]!) ? (pc + imm) >>> 0 : pc + 4; break;
        case OP_BLT: pc = branchLessThanCore('blt', x[rs1]!, x[rs2]!) ? (pc + imm) >>> 0 : pc + 4; break;
        case OP_BGE: pc = branchLessThanCore('bge', x[rs1]!, x[rs2]!) ? (pc + imm) >>> 0 : pc + 4; break;
        case OP_BLTU: pc = branchLessThanCore('bltu', x[rs1]!, x[rs2]!) ? (pc + imm) >>> 0 : pc + 4; break;
        case OP_BGEU: pc = branchLessThanCore('bgeu', x[rs1]!, x[rs2]!) ? (pc + imm) >>> 0 : pc + 4; break;
        case OP_LB: {
          const a = (x[rs1]! + imm) >>> 0;
          const p = a >>> 12;
          x[rd] = loadSignExtendCore('lb', readReady[p] === 1 ? pages[p]!.u8[a & 4095]! : mem.load(a, 1));
          pc += 4;
          break;
        }
        case OP_LH: {
          const a = (x[rs1]! + imm) >>> 0;
          const p = a >>> 12;
          x[rd] = loadSignExtendCore('lh', (a & 1) === 0 && readReady[p] === 1 ? pages[p]!.u16[(a & 4095) >>> 1]! : mem.load(a, 2));
          pc += 4;
          break;
        }
        case OP_LW: {
          const a = (x[rs1]! + imm) >>> 0;
          const p = a >>> 12;
          x[rd] = (a & 3) === 0 && readReady[p] === 1 ? pages[p]!.i32[(a & 4095) >>> 2]! : mem.load(a, 4);
          pc += 4;
          break;
        }
        case OP_LBU: {
          const a = (x[rs1]! + imm) >>> 0;
          const p = a >>> 12;
          x[rd] = loadStoreCore('lbu', readReady[p] === 1 ? pages[p]!.u8[a & 4095]! : mem.load(a, 1));
          pc += 4;
          break;
        }
        case OP_LHU: {
          const a = (x[rs1]! + imm) >>> 0;
          const p = a >>> 12;
          x[rd] = loadStoreCore('lhu', (a & 1) === 0 && readReady[p] === 1 ? pages[p]!.u16[(a & 4095) >>> 1]! : mem.load(a, 2));
          pc += 4;
          break;
        }
        case OP_SB: {
          const a = (x[rs1]! + imm) >>> 0;
          const p = a >>> 12;
          const v = loadStoreCore('sb', x[rs2]!);
          if (writeReady[p] === 1) pages[p]!.u8[a & 4095] = v;
          else mem.store(a, 1, v);
          pc += 4;
          break;
        }
        case OP_SH: {
          const a = (x[rs1]! + imm) >>> 0;
          const p = a >>> 12;
          const v = loadStoreCore('sh', x[rs2]!);
          if ((a & 1) === 0 && writeReady[p] === 1) pages[p]!.u16[(a & 4095) >>> 1] = v;
          else mem.store(a, 2, v);
          pc += 4;
          break;
        }
        case OP_SW: {
          const a = (x[rs1]! + imm) >>> 0;
          const p = a >>> 12;
          const v = loadStoreCore('sw', x[rs2]!);
          if ((a & 3) === 0 && writeReady[p] === 1) pages[p]!.i32[(a & 4095) >>> 2] = v;
          else mem.store(a, 4, v);
          pc += 4;
          break;
        }
        case OP_ADDI: x[rd] = baseAluCore('add', x[rs1]!, imm); pc += 4; break;
        case OP_SLTI: x[rd] = lessThanCore('slt', x[rs1]!, imm); pc += 4; break;
        case OP_SLTIU: x[rd] = lessThanCore('sltu', x[rs1]!, imm); pc += 4; break;
        case OP_XORI: x[rd] = baseAluCore('xor', x[rs1]!, imm); pc += 4; break;
        case OP_ORI: x[rd] = baseAluCore('or', x[rs1]!, imm); pc += 4; break;
        case OP_ANDI: x[rd] = baseAluCore('and', x[rs1]!, imm); pc += 4; break;
        case OP_SLLI: x[rd] = shiftCore('sll', x[rs1]!, imm); pc += 4; break;
        case OP_SRLI: x[rd] = shiftCore('srl', x[rs1]!, imm); pc += 4; break;
        case OP_SRAI: x[rd] = shiftCore('sra', x[rs1]!, imm); pc += 4; break;
        case OP_ADD: x[rd] = baseAluCore('add', x[rs1]!, x[rs2]!); pc += 4; break;
        case OP_SUB: x[rd] = baseAluCore('sub', x[rs1]!, x[rs2]!); pc += 4; break;
        case OP_SLL: x[rd] = shiftCore('sll', x[rs1]!, x[rs2]!); pc += 4; break;
        case OP_SLT: x[rd] = lessThanCore('slt', x[rs1]!, x[rs2]!); pc += 4; break;
        case OP_SLTU: x[rd] = lessThanCore('sltu', x[rs1]!, x[rs2]!); pc += 4; break;
        case OP_XOR: x[rd] = baseAluCore('xor', x[rs1]!, x[rs2]!); pc += 4; break;
        case OP_SRL: x[rd] = shiftCore('srl', x[rs1]!, x[rs2]!); pc += 4; break;
        case OP_SRA: x[rd] = shiftCore('sra', x[rs1]!, x[rs2]!); pc += 4; break;
        case OP_OR: x[rd] = baseAluCore('or', x[rs1]!, x[rs2]!); pc += 4; break;
        case OP_AND: x[rd] = baseAluCore('and', x[rs1]!, x[rs2]!); pc += 4; break;
        case OP_FENCE: pc += 4; break;
        case OP_MUL: x[rd] = mulCore(x[rs1]!, x[rs2]!); pc += 4; break;
        case OP_MULH: x[rd] = mulhCore('mulh', x[rs1]!, x[rs2]!); pc += 4; break;
        case OP_MULHSU: x[rd] = mulhCore('mulhsu', x[rs1]!, x[rs2]!); pc += 4; break;
        case OP_MULHU: x[rd] = mulhCore('mulhu', x[rs1]!, x[rs2]!); pc += 4; break;
        case OP_DIV: x[rd] = divRemCore('div', x[rs1]!, x[rs2]!); pc += 4; break;
        case OP_DIVU: x[rd] = divRemCore('divu', x[rs1]!, x[rs2]!); pc += 4; break;
        case OP_REM: x[rd] = divRemCore('rem', x[rs1]!, x[rs2]!); pc += 4; break;
        case OP_REMU: x[rd] = divRemCore('remu', x[rs1]!, x[rs2]!); pc += 4; break;
        case OP_ECALL:
        case OP_GENERIC:
          // Environment calls may read the counters and the pc: publish them first.
          m.pc = pc;
          m.pendingSteps = n;
          pc = m.chips[c]!.execute(m.direct, cp!.insns[i]!, pc) >>> 0;
          m.pendingSteps = 0;
          break;
        case OP_ILLEGAL:
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
