// MulH: mulh mulhsu mulhu (the high 32 bits of the 64-bit product).
import type { ChipDef } from '../chip.js';

export type MulHOp = 'mulh' | 'mulhsu' | 'mulhu';

/** High word of the unsigned product, from 16-bit limbs so no intermediate exceeds 2^53. */
function mulhu(b: number, c: number): number {
  const b0 = b & 0xffff, b1 = b >>> 16, c0 = c & 0xffff, c1 = c >>> 16;
  const lo = b0 * c0;
  const mid1 = b1 * c0;
  const mid2 = b0 * c1;
  const carry = ((lo >>> 16) + (mid1 & 0xffff) + (mid2 & 0xffff)) >>> 16;
  return (b1 * c1 + (mid1 >>> 16) + (mid2 >>> 16) + carry) | 0;
}

export function mulhCore(op: MulHOp, b: number, c: number): number {
  const hu = mulhu(b, c);
  switch (op) {
    case 'mulhu': return hu;
    // Signed operands: the unsigned product overcounts by 2^32·c when b < 0 (and 2^32·b when c < 0).
    case 'mulhsu': return (hu - (b < 0 ? c : 0)) | 0;
    case 'mulh': return (hu - (b < 0 ? c : 0) - (c < 0 ? b : 0)) | 0;
  }
}

export const MulH: ChipDef = {
  name: 'MulH',
  execute(io, insn, pc) {
    io.writeReg(insn.rd, mulhCore(insn.spec.mnemonic as MulHOp, io.readReg(insn.rs1), io.readReg(insn.rs2)));
    return pc + 4;
  },
};
