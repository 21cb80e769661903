// Control and status registers GNU as knows by name. Tessera executes only the counter reads
// (cycle, time, instret and their high halves); the other names assemble and disassemble.

export interface CsrInfo {
  readonly name: string;
  readonly number: number;
  readonly description: string;
}

const LIST: Array<[string, number, string]> = [
  ['fflags', 0x001, 'floating-point accrued exceptions'],
  ['frm', 0x002, 'floating-point dynamic rounding mode'],
  ['fcsr', 0x003, 'floating-point control and status'],
  ['cycle', 0xc00, 'cycle counter (low 32 bits)'],
  ['time', 0xc01, 'real-time clock (low 32 bits)'],
  ['instret', 0xc02, 'instructions retired (low 32 bits)'],
  ['cycleh', 0xc80, 'cycle counter (high 32 bits)'],
  ['timeh', 0xc81, 'real-time clock (high 32 bits)'],
  ['instreth', 0xc82, 'instructions retired (high 32 bits)'],
  ['sstatus', 0x100, 'supervisor status'],
  ['sie', 0x104, 'supervisor interrupt enable'],
  ['stvec', 0x105, 'supervisor trap vector'],
  ['scounteren', 0x106, 'supervisor counter enable'],
  ['senvcfg', 0x10a, 'supervisor environment configuration'],
  ['sscratch', 0x140, 'supervisor scratch'],
  ['sepc', 0x141, 'supervisor exception pc'],
  ['scause', 0x142, 'supervisor trap cause'],
  ['stval', 0x143, 'supervisor trap value'],
  ['sip', 0x144, 'supervisor interrupt pending'],
  ['satp', 0x180, 'supervisor address translation and protection'],
  ['mstatus', 0x300, 'machine status'],
  ['misa', 0x301, 'machine ISA'],
  ['medeleg', 0x302, 'machine exception delegation'],
  ['mideleg', 0x303, 'machine interrupt delegation'],
  ['mie', 0x304, 'machine interrupt enable'],
  ['mtvec', 0x305, 'machine trap vector'],
  ['mcounteren', 0x306, 'machine counter enable'],
  ['mstatush', 0x310, 'machine status (high half)'],
  ['mscratch', 0x340, 'machine scratch'],
  ['mepc', 0x341, 'machine exception pc'],
  ['mcause', 0x342, 'machine trap cause'],
  ['mtval', 0x343, 'machine trap value'],
  ['mip', 0x344, 'machine interrupt pending'],
  ['mcycle', 0xb00, 'machine cycle counter'],
  ['minstret', 0xb02, 'machine instructions retired'],
  ['mcycleh', 0xb80, 'machine cycle counter (high half)'],
  ['minstreth', 0xb82, 'machine instructions retired (high half)'],
  ['mvendorid', 0xf11, 'vendor ID'],
  ['marchid', 0xf12, 'architecture ID'],
  ['mimpid', 0xf13, 'implementation ID'],
  ['mhartid', 0xf14, 'hardware thread ID'],
  ['mconfigptr', 0xf15, 'machine configuration pointer'],
];
for (let i = 3; i <= 31; i++) {
  LIST.push([`hpmcounter${i}`, 0xc00 + i, `hardware performance counter ${i}`]);
  LIST.push([`hpmcounter${i}h`, 0xc80 + i, `hardware performance counter ${i} (high half)`]);
}

export const CSRS: readonly CsrInfo[] = LIST.map(([name, number, description]) => ({ name, number, description }));

const BY_NAME = new Map(CSRS.map((c) => [c.name, c]));
const BY_NUMBER = new Map(CSRS.map((c) => [c.number, c]));

export function csrByName(name: string): CsrInfo | undefined {
  return BY_NAME.get(name);
}

export function csrByNumber(n: number): CsrInfo | undefined {
  return BY_NUMBER.get(n);
}
