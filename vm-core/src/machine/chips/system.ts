// System: ecall, ebreak, the fences, and reads of the user counters (rdcycle, rdtime, rdinstret
// and their high halves). Other CSRs and the privileged instructions are illegal in user mode.
import { fault, type AdapterIO, type ChipDef } from '../chip.js';

const COUNTERS: ReadonlyMap<number, { which: 'cycle' | 'time' | 'instret'; high: boolean }> = new Map([
  [0xc00, { which: 'cycle', high: false }], [0xc01, { which: 'time', high: false }], [0xc02, { which: 'instret', high: false }],
  [0xc80, { which: 'cycle', high: true }], [0xc81, { which: 'time', high: true }], [0xc82, { which: 'instret', high: true }],
] as const);

/** The half of a 64-bit counter a CSR number reads, or undefined for CSRs user code may not read. */
export function counterCore(csr: number, read: (which: 'cycle' | 'time' | 'instret') => bigint): number | undefined {
  const c = COUNTERS.get(csr);
  if (!c) return undefined;
  const v = read(c.which);
  return Number(BigInt.asIntN(32, c.high ? v >> 32n : v));
}

function csr(io: AdapterIO, mnemonic: string, rd: number, source: number, csrNumber: number, immediate: boolean): void {
  // Only reads: csrrs/csrrc with x0 (or zimm 0) leave the CSR unchanged; anything else writes it.
  const writes = mnemonic === 'csrrw' || mnemonic === 'csrrwi' || source !== 0;
  const value = writes ? undefined : counterCore(csrNumber, (w) => io.counter(w));
  if (value === undefined) {
    const what = writes ? 'writes' : 'reads';
    throw fault('illegal-instruction', `${mnemonic} ${what} CSR 0x${csrNumber.toString(16)}, which user code may not ${writes ? 'write' : 'read'}`);
  }
  if (!immediate) io.readReg(source);
  io.writeReg(rd, value);
}

export const System: ChipDef = {
  name: 'System',
  execute(io, insn, pc) {
    const m = insn.spec.mnemonic;
    switch (m) {
      case 'ecall':
        io.envCall('ecall', io.readReg(17), pc);
        return pc + 4;
      case 'ebreak':
        throw fault('breakpoint', 'ebreak');
      case 'fence': case 'fence.tso': case 'fence.i':
        return pc + 4;
      case 'csrrw': case 'csrrs': case 'csrrc':
        csr(io, m, insn.rd, insn.rs1, insn.imm, false);
        return pc + 4;
      case 'csrrwi': case 'csrrsi': case 'csrrci':
        csr(io, m, insn.rd, insn.rs1, insn.imm, true);
        return pc + 4;
      default:
        throw fault('illegal-instruction', `${m} is a privileged instruction; the machine runs user-mode code only`);
    }
  },
};
