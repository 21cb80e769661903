// LessThan: slt sltu and slti sltiu (the immediate is sign-extended, then compared unsigned for sltiu).
import type { ChipDef } from '../chip.js';

export type LessThanOp = 'slt' | 'sltu';

export function lessThanCore(op: LessThanOp, b: number, c: number): number {
  return op === 'slt' ? (b < c ? 1 : 0) : (b >>> 0 < c >>> 0 ? 1 : 0);
}

const OP_OF: Readonly<Record<string, LessThanOp>> = { slt: 'slt', sltu: 'sltu', slti: 'slt', sltiu: 'sltu' };

export const LessThan: ChipDef = {
  name: 'LessThan',
  execute(io, insn, pc) {
    const b = io.readReg(insn.rs1);
    const c = insn.spec.format === 'R' ? io.readReg(insn.rs2) : insn.imm;
    io.writeReg(insn.rd, lessThanCore(OP_OF[insn.spec.mnemonic]!, b, c));
    return pc + 4;
  },
};
