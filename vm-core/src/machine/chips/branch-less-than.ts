// BranchLessThan: blt bge bltu bgeu.
import type { ChipDef } from '../chip.js';
import { branchTarget } from './branch.js';

export type BranchLessThanOp = 'blt' | 'bge' | 'bltu' | 'bgeu';

export function branchLessThanCore(op: BranchLessThanOp, a: number, b: number): boolean {
  switch (op) {
    case 'blt': return a < b;
    case 'bge': return a >= b;
    case 'bltu': return a >>> 0 < b >>> 0;
    case 'bgeu': return a >>> 0 >= b >>> 0;
  }
}

export const BranchLessThan: ChipDef = {
  name: 'BranchLessThan',
  execute(io, insn, pc) {
    const a = io.readReg(insn.rs1);
    const b = io.readReg(insn.rs2);
    return branchLessThanCore(insn.spec.mnemonic as BranchLessThanOp, a, b) ? branchTarget(pc, insn.imm) : pc + 4;
  },
};
