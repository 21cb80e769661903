// Shift: sll srl sra and slli srli srai. Shift amounts use the low five bits only.
import type { ChipDef } from '../chip.js';

export type ShiftOp = 'sll' | 'srl' | 'sra';

export function shiftCore(op: ShiftOp, b: number, c: number): number {
  const s = c & 31;
  switch (op) {
    case 'sll': return b << s;
    case 'srl': return (b >>> s) | 0;
    case 'sra': return b >> s;
  }
}

const OP_OF: Readonly<Record<string, ShiftOp>> = { sll: 'sll', srl: 'srl', sra: 'sra', slli: 'sll', srli: 'srl', srai: 'sra' };

export const Shift: ChipDef = {
  name: 'Shift',
  execute(io, insn, pc) {
    const b = io.readReg(insn.rs1);
    const c = insn.spec.format === 'R' ? io.readReg(insn.rs2) : insn.imm;
    io.writeReg(insn.rd, shiftCore(OP_OF[insn.spec.mnemonic]!, b, c));
    return pc + 4;
  },
};
