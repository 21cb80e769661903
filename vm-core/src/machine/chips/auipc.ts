// Auipc: rd = pc + (imm << 12).
import type { ChipDef } from '../chip.js';

export function auipcCore(pc: number, imm: number): number {
  return (pc + imm) | 0;
}

export const Auipc: ChipDef = {
  name: 'Auipc',
  execute(io, insn, pc) {
    io.writeReg(insn.rd, auipcCore(pc, insn.imm));
    return pc + 4;
  },
};
