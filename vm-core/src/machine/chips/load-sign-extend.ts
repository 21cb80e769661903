// LoadSignExtend: lb lh.
import type { ChipDef } from '../chip.js';

export type LoadSignExtendOp = 'lb' | 'lh';

export function loadSignExtendCore(op: LoadSignExtendOp, raw: number): number {
  return op === 'lb' ? (raw << 24) >> 24 : (raw << 16) >> 16;
}

export const LoadSignExtend: ChipDef = {
  name: 'LoadSignExtend',
  execute(io, insn, pc) {
    const op = insn.spec.mnemonic as LoadSignExtendOp;
    const addr = (io.readReg(insn.rs1) + insn.imm) >>> 0;
    io.writeReg(insn.rd, loadSignExtendCore(op, io.load(addr, op === 'lb' ? 1 : 2)));
    return pc + 4;
  },
};
