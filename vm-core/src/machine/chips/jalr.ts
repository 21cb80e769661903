// Jalr: jump to (rs1 + imm) with bit 0 cleared, rd = pc + 4.
import { fault, type ChipDef } from '../chip.js';

/** The jump target. */
export function jalrCore(b: number, imm: number): number {
  return ((b + imm) & ~1) >>> 0;
}

export const Jalr: ChipDef = {
  name: 'Jalr',
  execute(io, insn, pc) {
    const target = jalrCore(io.readReg(insn.rs1), insn.imm);
    if (target & 3) throw fault('misaligned-fetch', `jump target 0x${target.toString(16).padStart(8, '0')} is not 4-byte aligned`, target);
    io.writeReg(insn.rd, (pc + 4) | 0);
    return target;
  },
};
