// LoadStore: lw lbu lhu (zero-extending loads) and sw sh sb.
import type { ChipDef } from '../chip.js';

export type LoadStoreOp = 'lw' | 'lbu' | 'lhu' | 'sw' | 'sh' | 'sb';

export const ACCESS_SIZE: Readonly<Record<string, 1 | 2 | 4>> = { lb: 1, lbu: 1, sb: 1, lh: 2, lhu: 2, sh: 2, lw: 4, sw: 4 };

/** Loads: the register value from the bytes read. Stores: the bytes to write from the register value. */
export function loadStoreCore(op: LoadStoreOp, value: number): number {
  switch (op) {
    case 'lw': case 'sw': return value | 0;
    case 'lbu': case 'sb': return value & 0xff;
    case 'lhu': case 'sh': return value & 0xffff;
  }
}

export const LoadStore: ChipDef = {
  name: 'LoadStore',
  execute(io, insn, pc) {
    const op = insn.spec.mnemonic as LoadStoreOp;
    const size = ACCESS_SIZE[op]!;
    const addr = (io.readReg(insn.rs1) + insn.imm) >>> 0;
    if (insn.spec.format === 'S') io.store(addr, size, loadStoreCore(op, io.readReg(insn.rs2)));
    else io.writeReg(insn.rd, loadStoreCore(op, io.load(addr, size)));
    return pc + 4;
  },
};
