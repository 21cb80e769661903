// DivRem: div divu rem remu, with RISC-V's results for division by zero and overflow (no traps).
import type { ChipDef } from '../chip.js';

export type DivRemOp = 'div' | 'divu' | 'rem' | 'remu';

export function divRemCore(op: DivRemOp, b: number, c: number): number {
  switch (op) {
    case 'div':
      if (c === 0) return -1;
      if (b === -0x80000000 && c === -1) return b;
      return (b / c) | 0;
    case 'divu':
      if (c === 0) return -1;
      return Math.floor((b >>> 0) / (c >>> 0)) | 0;
    case 'rem':
      if (c === 0) return b | 0;
      if (c === -1) return 0;
      return (b % c) | 0;
    case 'remu':
      if (c === 0) return b | 0;
      return ((b >>> 0) % (c >>> 0)) | 0;
  }
}

export const DivRem: ChipDef = {
  name: 'DivRem',
  execute(io, insn, pc) {
    io.writeReg(insn.rd, divRemCore(insn.spec.mnemonic as DivRemOp, io.readReg(insn.rs1), io.readReg(insn.rs2)));
    return pc + 4;
  },
};
