// BaseAlu: add sub xor or and, and the immediate forms addi xori ori andi.
import type { ChipDef } from '../chip.js';

export type BaseAluOp = 'add' | 'sub' | 'xor' | 'or' | 'and';

/** Core: a = b op c on 32-bit two's-complement values. */
export function baseAluCore(op: BaseAluOp, b: number, c: number): number {
  switch (op) {
    case 'add': return (b + c) | 0;
    case 'sub': return (b - c) | 0;
    case 'xor': return b ^ c;
    case 'or': return b | c;
    case 'and': return b & c;
  }
}

const OP_OF: Readonly<Record<string, BaseAluOp>> = {
  add: 'add', sub: 'sub', xor: 'xor', or: 'or', and: 'and', addi: 'add', xori: 'xor', ori: 'or', andi: 'and',
};

/** Adapter: rs1 and rs2 (or the immediate) in, rd out, pc + 4. */
export const BaseAlu: ChipDef = {
  name: 'BaseAlu',
  execute(io, insn, pc) {
    const b = io.readReg(insn.rs1);
    const c = insn.spec.format === 'R' ? io.readReg(insn.rs2) : insn.imm;
    io.writeReg(insn.rd, baseAluCore(OP_OF[insn.spec.mnemonic]!, b, c));
    return pc + 4;
  },
};
