// JalLui: jal and lui, which OpenVM runs on one chip: both write rd from an immediate and the pc.
import type { ChipDef } from '../chip.js';
import { branchTarget } from './branch.js';

export type JalLuiOp = 'jal' | 'lui';

/** The value written to rd: the return address for jal, the shifted immediate for lui. */
export function jalLuiCore(op: JalLuiOp, pc: number, imm: number): number {
  return op === 'jal' ? (pc + 4) | 0 : imm | 0;
}

export const JalLui: ChipDef = {
  name: 'JalLui',
  execute(io, insn, pc) {
    const op = insn.spec.mnemonic as JalLuiOp;
    const next = op === 'jal' ? branchTarget(pc, insn.imm) : pc + 4;
    io.writeReg(insn.rd, jalLuiCore(op, pc, insn.imm));
    return next;
  },
};
