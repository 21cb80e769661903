// Multiplication: mul (the low 32 bits of the product).
import type { ChipDef } from '../chip.js';

export function mulCore(b: number, c: number): number {
  return Math.imul(b, c);
}

export const Multiplication: ChipDef = {
  name: 'Multiplication',
  execute(io, insn, pc) {
    io.writeReg(insn.rd, mulCore(io.readReg(insn.rs1), io.readReg(insn.rs2)));
    return pc + 4;
  },
};
