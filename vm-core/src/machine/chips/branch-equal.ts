// BranchEqual: beq bne.
import type { ChipDef } from '../chip.js';
import { branchTarget } from './branch.js';

export type BranchEqualOp = 'beq' | 'bne';

export function branchEqualCore(op: BranchEqualOp, a: number, b: number): boolean {
  return op === 'beq' ? a === b : a !== b;
}

export const BranchEqual: ChipDef = {
  name: 'BranchEqual',
  execute(io, insn, pc) {
    const a = io.readReg(insn.rs1);
    const b = io.readReg(insn.rs2);
    return branchEqualCore(insn.spec.mnemonic as BranchEqualOp, a, b) ? branchTarget(pc, insn.imm) : pc + 4;
  },
};
