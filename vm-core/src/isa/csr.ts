// Control and status registers GNU as knows by name. Tessera executes only the counter reads
// (cycle, time, instret and their high halves); the other names assemble and disassemble.

/** Privileged-spec versions GNU tools know, oldest first. */
export const PRIV_SPECS = ['1.9.1', '1.10', '1.11', '1.12'] as const;
export type PrivSpec = (typeof PRIV_SPECS)[number];
/** What GNU tools assume when a file does not say (its newest). */
export const DEFAULT_PRIV_SPEC: PrivSpec = '1.12';

export interface CsrInfo {
  readonly name: string;
  readonly number: number;
  readonly description: string;
  /** The name exists from this privileged spec on (GNU's define_version); absent = always. */
  readonly since?: PrivSpec;
  /** The name was dropped in this spec (GNU's abort_version); absent = still current. */
  readonly until?: PrivSpec;
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

// The rest of the names objdump 2.40 prints under the default (newest, 1.12) privileged spec, so
// that a disassembly names every CSR GNU names; vm-core/test/disasm checks all 4096 numbers.
LIST.push(
  ['vstart', 0x008, 'vector start index'],
  ['vxsat', 0x009, 'vector fixed-point saturation flag'],
  ['vxrm', 0x00a, 'vector fixed-point rounding mode'],
  ['vcsr', 0x00f, 'vector control and status'],
  ['seed', 0x015, 'entropy source'],
  ['sieh', 0x114, 'supervisor interrupt enable (high half)'],
  ['stimecmp', 0x14d, 'supervisor timer compare'],
  ['siselect', 0x150, 'supervisor indirect register select'],
  ['sireg', 0x151, 'supervisor indirect register alias'],
  ['siph', 0x154, 'supervisor interrupt pending (high half)'],
  ['stopei', 0x15c, 'supervisor top external interrupt'],
  ['stimecmph', 0x15d, 'supervisor timer compare (high half)'],
  ['vsstatus', 0x200, 'virtual supervisor status'],
  ['vsie', 0x204, 'virtual supervisor interrupt enable'],
  ['vstvec', 0x205, 'virtual supervisor trap vector'],
  ['vsieh', 0x214, 'virtual supervisor interrupt enable (high half)'],
  ['vsscratch', 0x240, 'virtual supervisor scratch'],
  ['vsepc', 0x241, 'virtual supervisor exception pc'],
  ['vscause', 0x242, 'virtual supervisor trap cause'],
  ['vstval', 0x243, 'virtual supervisor trap value'],
  ['vsip', 0x244, 'virtual supervisor interrupt pending'],
  ['vstimecmp', 0x24d, 'virtual supervisor timer compare'],
  ['vsiselect', 0x250, 'virtual supervisor indirect register select'],
  ['vsireg', 0x251, 'virtual supervisor indirect register alias'],
  ['vsiph', 0x254, 'virtual supervisor interrupt pending (high half)'],
  ['vstopei', 0x25c, 'virtual supervisor top external interrupt'],
  ['vstimecmph', 0x25d, 'virtual supervisor timer compare (high half)'],
  ['vsatp', 0x280, 'virtual supervisor address translation and protection'],
  ['mvien', 0x308, 'machine virtual interrupt enable'],
  ['mvip', 0x309, 'machine virtual interrupt pending'],
  ['menvcfg', 0x30a, 'machine environment configuration'],
  ['midelegh', 0x313, 'machine interrupt delegation (high half)'],
  ['mieh', 0x314, 'machine interrupt enable (high half)'],
  ['mvienh', 0x318, 'machine virtual interrupt enable (high half)'],
  ['mviph', 0x319, 'machine virtual interrupt pending (high half)'],
  ['menvcfgh', 0x31a, 'machine environment configuration (high half)'],
  ['mcountinhibit', 0x320, 'machine counter inhibit'],
  ['mtinst', 0x34a, 'machine trap instruction'],
  ['mtval2', 0x34b, 'machine second trap value'],
  ['miselect', 0x350, 'machine indirect register select'],
  ['mireg', 0x351, 'machine indirect register alias'],
  ['miph', 0x354, 'machine interrupt pending (high half)'],
  ['mtopei', 0x35c, 'machine top external interrupt'],
  ['scontext', 0x5a8, 'supervisor context'],
  ['hstatus', 0x600, 'hypervisor status'],
  ['hedeleg', 0x602, 'hypervisor exception delegation'],
  ['hideleg', 0x603, 'hypervisor interrupt delegation'],
  ['hie', 0x604, 'hypervisor interrupt enable'],
  ['htimedelta', 0x605, 'hypervisor guest time delta'],
  ['hcounteren', 0x606, 'hypervisor counter enable'],
  ['hgeie', 0x607, 'hypervisor guest external interrupt enable'],
  ['hvien', 0x608, 'hypervisor virtual interrupt enable'],
  ['hvictl', 0x609, 'hypervisor virtual interrupt control'],
  ['henvcfg', 0x60a, 'hypervisor environment configuration'],
  ['hidelegh', 0x613, 'hypervisor interrupt delegation (high half)'],
  ['htimedeltah', 0x615, 'hypervisor guest time delta (high half)'],
  ['hvienh', 0x618, 'hypervisor virtual interrupt enable (high half)'],
  ['henvcfgh', 0x61a, 'hypervisor environment configuration (high half)'],
  ['htval', 0x643, 'hypervisor trap value'],
  ['hip', 0x644, 'hypervisor interrupt pending'],
  ['hvip', 0x645, 'hypervisor virtual interrupt pending'],
  ['hviprio1', 0x646, 'hypervisor VS interrupt priorities 1'],
  ['hviprio2', 0x647, 'hypervisor VS interrupt priorities 2'],
  ['htinst', 0x64a, 'hypervisor trap instruction'],
  ['hviph', 0x655, 'hypervisor virtual interrupt pending (high half)'],
  ['hviprio1h', 0x656, 'hypervisor VS interrupt priorities 1 (high half)'],
  ['hviprio2h', 0x657, 'hypervisor VS interrupt priorities 2 (high half)'],
  ['hgatp', 0x680, 'hypervisor guest address translation and protection'],
  ['hcontext', 0x6a8, 'hypervisor context'],
  ['mseccfg', 0x747, 'machine security configuration'],
  ['mseccfgh', 0x757, 'machine security configuration (high half)'],
  ['tselect', 0x7a0, 'debug trigger select'],
  ['tdata1', 0x7a1, 'debug trigger data 1'],
  ['tdata2', 0x7a2, 'debug trigger data 2'],
  ['tdata3', 0x7a3, 'debug trigger data 3'],
  ['tinfo', 0x7a4, 'debug trigger info'],
  ['tcontrol', 0x7a5, 'debug trigger control'],
  ['mcontext', 0x7a8, 'machine context'],
  ['mscontext', 0x7aa, 'machine supervisor context'],
  ['dcsr', 0x7b0, 'debug control and status'],
  ['dpc', 0x7b1, 'debug pc'],
  ['dscratch0', 0x7b2, 'debug scratch 0'],
  ['dscratch1', 0x7b3, 'debug scratch 1'],
  ['vl', 0xc20, 'vector length'],
  ['vtype', 0xc21, 'vector data type'],
  ['vlenb', 0xc22, 'vector register length in bytes'],
  ['scountovf', 0xda0, 'supervisor counter overflow'],
  ['stopi', 0xdb0, 'supervisor top interrupt'],
  ['hgeip', 0xe12, 'hypervisor guest external interrupt pending'],
  ['vstopi', 0xeb0, 'virtual supervisor top interrupt'],
  ['mtopi', 0xfb0, 'machine top interrupt'],
);
const FAMILIES: Array<[string, number, number, number, string]> = [
  // prefix, first number, first index, last index, description
  ['sstateen', 0x10c, 0, 3, 'supervisor state enable'],
  ['mstateen', 0x30c, 0, 3, 'machine state enable'],
  ['hstateen', 0x60c, 0, 3, 'hypervisor state enable'],
  ['mhpmevent', 0x323, 3, 31, 'machine performance-monitoring event selector'],
  ['pmpcfg', 0x3a0, 0, 15, 'physical memory protection configuration'],
  ['pmpaddr', 0x3b0, 0, 63, 'physical memory protection address'],
  ['mhpmcounter', 0xb03, 3, 31, 'machine performance-monitoring counter'],
];
for (const [prefix, first, from, to, description] of FAMILIES) {
  for (let i = from; i <= to; i++) LIST.push([`${prefix}${i}`, first + i - from, `${description} ${i}`]);
}
// High halves of the 32-bit-only pairs sit at fixed distances from the low halves.
const HIGH_HALVES: Array<[string, number, number, number]> = [
  ['mstateen', 0x31c, 0, 3],
  ['hstateen', 0x61c, 0, 3],
  ['mhpmevent', 0x723, 3, 31],
  ['mhpmcounter', 0xb83, 3, 31],
];
for (const [prefix, first, from, to] of HIGH_HALVES) {
  for (let i = from; i <= to; i++) {
    const low = LIST.find(([n]) => n === `${prefix}${i}`)!;
    LIST.push([`${prefix}${i}h`, first + i - from, `${low[2]} (high half)`]);
  }
}

// Names of older privileged specs, which objdump prints for files marked with those specs.
const RETIRED: Array<[string, number, string, PrivSpec]> = [
  ['ustatus', 0x000, 'user status', '1.12'],
  ['uie', 0x004, 'user interrupt enable', '1.12'],
  ['utvec', 0x005, 'user trap vector', '1.12'],
  ['uscratch', 0x040, 'user scratch', '1.12'],
  ['uepc', 0x041, 'user exception pc', '1.12'],
  ['ucause', 0x042, 'user trap cause', '1.12'],
  ['ubadaddr', 0x043, 'user bad address', '1.10'],
  ['utval', 0x043, 'user trap value', '1.12'],
  ['uip', 0x044, 'user interrupt pending', '1.12'],
  ['sedeleg', 0x102, 'supervisor exception delegation', '1.12'],
  ['sideleg', 0x103, 'supervisor interrupt delegation', '1.12'],
  ['sbadaddr', 0x143, 'supervisor bad address', '1.10'],
  ['sptbr', 0x180, 'supervisor page-table base', '1.10'],
  ['mucounteren', 0x320, 'machine user counter enable', '1.10'],
  ['mscounteren', 0x321, 'machine supervisor counter enable', '1.10'],
  ['mhcounteren', 0x322, 'machine hypervisor counter enable', '1.10'],
  ['mbadaddr', 0x343, 'machine bad address', '1.10'],
  ['mbase', 0x380, 'machine base', '1.10'],
  ['mbound', 0x381, 'machine bound', '1.10'],
  ['mibase', 0x382, 'machine instruction base', '1.10'],
  ['mibound', 0x383, 'machine instruction bound', '1.10'],
  ['mdbase', 0x384, 'machine data base', '1.10'],
  ['mdbound', 0x385, 'machine data bound', '1.10'],
];
// Names that newer privileged specs introduced.
const SINCE: Array<[RegExp, PrivSpec]> = [
  [/^(scounteren|stval|satp|mcounteren|mtval|pmpcfg[0-3]|pmpaddr([0-9]|1[0-5]))$/, '1.10'],
  [/^mcountinhibit$/, '1.11'],
  [/^(senvcfg|menvcfgh?|mstatush|mtinst|mtval2|mseccfgh?|mconfigptr|pmpcfg([4-9]|1[0-5])|pmpaddr(1[6-9]|[2-5][0-9]|6[0-3]))$/, '1.12'],
];

export const CSRS: readonly CsrInfo[] = [
  ...LIST.map(([name, number, description]): CsrInfo => {
    const since = SINCE.find(([re]) => re.test(name))?.[1];
    return since ? { name, number, description, since } : { name, number, description };
  }),
  ...RETIRED.map(([name, number, description, until]): CsrInfo => ({ name, number, description, until })),
];

const BY_NAME = new Map(CSRS.map((c) => [c.name, c]));
const BY_NUMBER = new Map<number, CsrInfo[]>();
for (const c of CSRS) BY_NUMBER.set(c.number, [...(BY_NUMBER.get(c.number) ?? []), c]);

const specIndex = (s: PrivSpec): number => PRIV_SPECS.indexOf(s);

/** Does the name exist under this privileged spec? */
export function csrInSpec(c: CsrInfo, spec: PrivSpec): boolean {
  return (c.since === undefined || specIndex(spec) >= specIndex(c.since)) &&
    (c.until === undefined || specIndex(spec) < specIndex(c.until));
}

export function csrByName(name: string): CsrInfo | undefined {
  return BY_NAME.get(name);
}

/** The CSR a disassembly names for number `n` under `spec`: the first listed name that spec has. */
export function csrByNumber(n: number, spec: PrivSpec = DEFAULT_PRIV_SPEC): CsrInfo | undefined {
  return BY_NUMBER.get(n)?.find((c) => csrInSpec(c, spec));
}

/** The spec a file's Tag_RISCV_priv_spec attributes name, or undefined when they name none GNU knows. */
export function privSpecFromAttributes(major: number, minor: number, revision: number): PrivSpec | undefined {
  const text = revision ? `${major}.${minor}.${revision}` : `${major}.${minor}`;
  return PRIV_SPECS.find((s) => s === text);
}
