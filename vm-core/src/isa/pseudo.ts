// Pseudo-instructions and operand-form aliases GNU as accepts for RV32IM, in a table of their own.
// Operand names say their kind: rd/rs/rt/rs1/rs2 are registers, `offset` a branch or jump target,
// `symbol` an address expression, `imm` an immediate, `csr` a CSR, `zimm` a 5-bit immediate,
// `offset(rs)` a memory operand. An expansion step names a real mnemonic and its operands, each an
// operand name of the pseudo, a register (`x0`, `x1`, `x6`) or an integer.

export type PseudoOperand = 'rd' | 'rs' | 'rt' | 'rs1' | 'rs2' | 'offset' | 'symbol' | 'imm' | 'csr' | 'zimm' | 'offset(rs)';

/** Expansions that depend on values (li) or need relocations (la, call, …): the assembler owns them. */
export type PseudoSpecial = 'li' | 'la' | 'lla' | 'load-symbol' | 'store-symbol' | 'call' | 'tail' | 'jump';

export interface PseudoSpec {
  readonly name: string;
  readonly operands: readonly PseudoOperand[];
  /** Real instructions it becomes, in order; for specials, a readable template of the usual case. */
  readonly expansion: ReadonlyArray<readonly string[]>;
  readonly special?: PseudoSpecial;
  readonly doc: string;
}

const P = (name: string, operands: PseudoOperand[], expansion: string[][], doc: string, special?: PseudoSpecial): PseudoSpec =>
  ({ name, operands, expansion, doc, ...(special ? { special } : {}) });

const LOADS = ['lb', 'lh', 'lw', 'lbu', 'lhu'];
const STORES = ['sb', 'sh', 'sw'];
const COUNTERS: Array<[string, string]> = [
  ['rdcycle', 'cycle'], ['rdtime', 'time'], ['rdinstret', 'instret'],
  ['rdcycleh', 'cycleh'], ['rdtimeh', 'timeh'], ['rdinstreth', 'instreth'],
];
// GNU accepts the register-register mnemonic with an immediate third operand.
const IMMEDIATE_ALIASES: Array<[string, string]> = [
  ['add', 'addi'], ['xor', 'xori'], ['or', 'ori'], ['and', 'andi'], ['slt', 'slti'], ['sltu', 'sltiu'],
  ['sll', 'slli'], ['srl', 'srli'], ['sra', 'srai'],
];

export const PSEUDO_INSTRUCTIONS: readonly PseudoSpec[] = [
  P('nop', [], [['addi', 'x0', 'x0', '0']], 'No operation'),
  P('li', ['rd', 'imm'], [['lui', 'rd', '%hi(imm)'], ['addi', 'rd', 'rd', '%lo(imm)']], 'Load immediate: the shortest of addi, lui, or lui + addi that builds the 32-bit value', 'li'),
  P('la', ['rd', 'symbol'], [['auipc', 'rd', '%pcrel_hi(symbol)'], ['addi', 'rd', 'rd', '%pcrel_lo(label)']], 'Load address (pc-relative, as in non-PIC code)', 'la'),
  P('lla', ['rd', 'symbol'], [['auipc', 'rd', '%pcrel_hi(symbol)'], ['addi', 'rd', 'rd', '%pcrel_lo(label)']], 'Load local address (pc-relative)', 'lla'),
  ...LOADS.map((op) => P(op, ['rd', 'symbol'], [['auipc', 'rd', '%pcrel_hi(symbol)'], [op, 'rd', '%pcrel_lo(label)(rd)']], `Load from a global symbol (${op})`, 'load-symbol')),
  ...STORES.map((op) => P(op, ['rd', 'symbol', 'rt'], [['auipc', 'rt', '%pcrel_hi(symbol)'], [op, 'rd', '%pcrel_lo(label)(rt)']], `Store to a global symbol through temporary rt (${op})`, 'store-symbol')),
  P('mv', ['rd', 'rs'], [['addi', 'rd', 'rs', '0']], 'Copy register'),
  P('not', ['rd', 'rs'], [['xori', 'rd', 'rs', '-1']], "One's complement"),
  P('neg', ['rd', 'rs'], [['sub', 'rd', 'x0', 'rs']], "Two's complement"),
  P('seqz', ['rd', 'rs'], [['sltiu', 'rd', 'rs', '1']], 'Set if = zero'),
  P('snez', ['rd', 'rs'], [['sltu', 'rd', 'x0', 'rs']], 'Set if ≠ zero'),
  P('sltz', ['rd', 'rs'], [['slt', 'rd', 'rs', 'x0']], 'Set if < zero'),
  P('sgtz', ['rd', 'rs'], [['slt', 'rd', 'x0', 'rs']], 'Set if > zero'),
  P('sgt', ['rd', 'rs', 'rt'], [['slt', 'rd', 'rt', 'rs']], 'Set if > (signed)'),
  P('sgtu', ['rd', 'rs', 'rt'], [['sltu', 'rd', 'rt', 'rs']], 'Set if > (unsigned)'),
  P('zext.b', ['rd', 'rs'], [['andi', 'rd', 'rs', '255']], 'Zero-extend byte'),
  P('zext.h', ['rd', 'rs'], [['slli', 'rd', 'rs', '16'], ['srli', 'rd', 'rd', '16']], 'Zero-extend halfword'),
  P('sext.b', ['rd', 'rs'], [['slli', 'rd', 'rs', '24'], ['srai', 'rd', 'rd', '24']], 'Sign-extend byte'),
  P('sext.h', ['rd', 'rs'], [['slli', 'rd', 'rs', '16'], ['srai', 'rd', 'rd', '16']], 'Sign-extend halfword'),
  P('beqz', ['rs', 'offset'], [['beq', 'rs', 'x0', 'offset']], 'Branch if = zero'),
  P('bnez', ['rs', 'offset'], [['bne', 'rs', 'x0', 'offset']], 'Branch if ≠ zero'),
  P('blez', ['rs', 'offset'], [['bge', 'x0', 'rs', 'offset']], 'Branch if ≤ zero'),
  P('bgez', ['rs', 'offset'], [['bge', 'rs', 'x0', 'offset']], 'Branch if ≥ zero'),
  P('bltz', ['rs', 'offset'], [['blt', 'rs', 'x0', 'offset']], 'Branch if < zero'),
  P('bgtz', ['rs', 'offset'], [['blt', 'x0', 'rs', 'offset']], 'Branch if > zero'),
  P('bgt', ['rs', 'rt', 'offset'], [['blt', 'rt', 'rs', 'offset']], 'Branch if > (signed)'),
  P('ble', ['rs', 'rt', 'offset'], [['bge', 'rt', 'rs', 'offset']], 'Branch if ≤ (signed)'),
  P('bgtu', ['rs', 'rt', 'offset'], [['bltu', 'rt', 'rs', 'offset']], 'Branch if > (unsigned)'),
  P('bleu', ['rs', 'rt', 'offset'], [['bgeu', 'rt', 'rs', 'offset']], 'Branch if ≤ (unsigned)'),
  P('j', ['offset'], [['jal', 'x0', 'offset']], 'Jump'),
  P('jal', ['offset'], [['jal', 'x1', 'offset']], 'Jump and link through ra'),
  P('jr', ['rs'], [['jalr', 'x0', '0(rs)']], 'Jump register'),
  P('jr', ['rs', 'imm'], [['jalr', 'x0', 'imm(rs)']], 'Jump register plus offset'),
  P('jr', ['offset(rs)'], [['jalr', 'x0', 'offset(rs)']], 'Jump register plus offset'),
  P('jalr', ['rs'], [['jalr', 'x1', '0(rs)']], 'Jump and link register through ra'),
  P('jalr', ['rd', 'rs'], [['jalr', 'rd', '0(rs)']], 'Jump and link register'),
  P('jalr', ['offset(rs)'], [['jalr', 'x1', 'offset(rs)']], 'Jump and link register through ra'),
  P('jalr', ['rd', 'rs', 'imm'], [['jalr', 'rd', 'imm(rs)']], 'Jump and link register (three-operand form)'),
  P('ret', [], [['jalr', 'x0', '0(x1)']], 'Return from subroutine'),
  P('call', ['symbol'], [['auipc', 'x1', '%pcrel_hi(symbol)'], ['jalr', 'x1', '%pcrel_lo(symbol)(x1)']], 'Call a far-away subroutine', 'call'),
  P('call', ['rd', 'symbol'], [['auipc', 'x6', '%pcrel_hi(symbol)'], ['jalr', 'rd', '%pcrel_lo(symbol)(x6)']], 'Call a far-away subroutine through t1, linking through rd', 'call'),
  P('tail', ['symbol'], [['auipc', 'x6', '%pcrel_hi(symbol)'], ['jalr', 'x0', '%pcrel_lo(symbol)(x6)']], 'Tail call a far-away subroutine (through t1)', 'tail'),
  P('jump', ['symbol', 'rt'], [['auipc', 'rt', '%pcrel_hi(symbol)'], ['jalr', 'x0', '%pcrel_lo(symbol)(rt)']], 'Jump to a far-away label through temporary rt', 'jump'),
  P('fence', [], [['fence', 'iorw', 'iorw']], 'Fence on all memory and I/O'),
  P('sfence.vma', [], [['sfence.vma', 'x0', 'x0']], 'Fence all address translations'),
  P('sfence.vma', ['rs'], [['sfence.vma', 'rs', 'x0']], 'Fence address translations for the virtual address in rs'),
  P('scall', [], [['ecall']], 'Old name of ecall'),
  P('sbreak', [], [['ebreak']], 'Old name of ebreak'),
  P('unimp', [], [['csrrw', 'x0', 'cycle', 'x0']], 'Illegal instruction (traps when executed)'),
  ...COUNTERS.map(([name, csr]) => P(name, ['rd'], [['csrrs', 'rd', csr, 'x0']], `Read the ${csr} counter`)),
  P('csrr', ['rd', 'csr'], [['csrrs', 'rd', 'csr', 'x0']], 'Read CSR'),
  P('csrw', ['csr', 'rs'], [['csrrw', 'x0', 'csr', 'rs']], 'Write CSR'),
  P('csrs', ['csr', 'rs'], [['csrrs', 'x0', 'csr', 'rs']], 'Set bits in CSR'),
  P('csrc', ['csr', 'rs'], [['csrrc', 'x0', 'csr', 'rs']], 'Clear bits in CSR'),
  P('csrwi', ['csr', 'zimm'], [['csrrwi', 'x0', 'csr', 'zimm']], 'Write CSR, immediate'),
  P('csrsi', ['csr', 'zimm'], [['csrrsi', 'x0', 'csr', 'zimm']], 'Set bits in CSR, immediate'),
  P('csrci', ['csr', 'zimm'], [['csrrci', 'x0', 'csr', 'zimm']], 'Clear bits in CSR, immediate'),
  P('csrw', ['csr', 'zimm'], [['csrrwi', 'x0', 'csr', 'zimm']], 'Write CSR, immediate'),
  P('csrs', ['csr', 'zimm'], [['csrrsi', 'x0', 'csr', 'zimm']], 'Set bits in CSR, immediate'),
  P('csrc', ['csr', 'zimm'], [['csrrci', 'x0', 'csr', 'zimm']], 'Clear bits in CSR, immediate'),
  P('csrrw', ['rd', 'csr', 'zimm'], [['csrrwi', 'rd', 'csr', 'zimm']], 'Read/write CSR, immediate'),
  P('csrrs', ['rd', 'csr', 'zimm'], [['csrrsi', 'rd', 'csr', 'zimm']], 'Read and set bits in CSR, immediate'),
  P('csrrc', ['rd', 'csr', 'zimm'], [['csrrci', 'rd', 'csr', 'zimm']], 'Read and clear bits in CSR, immediate'),
  ...IMMEDIATE_ALIASES.map(([name, real]) => P(name, ['rd', 'rs', 'imm'], [[real, 'rd', 'rs', 'imm']], `${name} with an immediate operand: ${real}`)),
];

const BY_NAME = new Map<string, PseudoSpec[]>();
for (const p of PSEUDO_INSTRUCTIONS) {
  const list = BY_NAME.get(p.name) ?? [];
  list.push(p);
  BY_NAME.set(p.name, list);
}

/** Every pseudo form with this name (a name can have several operand forms). */
export function pseudoForms(name: string): readonly PseudoSpec[] {
  return BY_NAME.get(name) ?? [];
}

/** A form's expansion as text, e.g. `addi rd, rs, 0`, for hover and docs. */
export function expansionText(p: PseudoSpec): string[] {
  return p.expansion.map(([m, ...ops]) => (ops.length ? `${m} ${ops.join(', ')}` : m!));
}

// ---------------------------------------------------------------------------------------------
// The other direction: which form objdump prints for a word.

/**
 * Forms objdump prints but the assembler does not use as written: `addi rd, zero, imm` prints as
 * `li` (the assembler's `li` is the value-dependent special above).
 */
export const PRINT_ONLY_FORMS: readonly PseudoSpec[] = [
  P('li', ['rd', 'imm'], [['addi', 'rd', 'x0', 'imm']], 'Load a 12-bit immediate (as objdump prints `addi rd, zero, imm`)'),
];

/**
 * The printed forms objdump (binutils 2.40) tries for a real instruction, in its opcode-table
 * order; the first whose expansion matches the word's fields wins. `name(op,op)` names a
 * single-instruction form of PRINT_ONLY_FORMS or PSEUDO_INSTRUCTIONS by its operands; a bare
 * mnemonic is the instruction itself. Unlisted instructions print only as themselves, and forms
 * that can never win (bgt, sgt, move, scall, csrwi …) are left out.
 */
export const DISASSEMBLY_ORDER: Readonly<Record<string, readonly string[]>> = {
  jal: ['j(offset)', 'jal(offset)', 'jal'],
  jalr: ['ret()', 'jr(rs)', 'jr(offset(rs))', 'jalr(rs)', 'jalr(offset(rs))', 'jalr(rd,rs)', 'jalr'],
  beq: ['beqz(rs,offset)', 'beq'],
  bne: ['bnez(rs,offset)', 'bne'],
  bge: ['blez(rs,offset)', 'bgez(rs,offset)', 'bge'],
  blt: ['bltz(rs,offset)', 'bgtz(rs,offset)', 'blt'],
  addi: ['nop()', 'li(rd,imm)', 'mv(rd,rs)', 'add(rd,rs,imm)', 'addi'],
  sltiu: ['seqz(rd,rs)', 'sltiu'],
  xori: ['not(rd,rs)', 'xor(rd,rs,imm)', 'xori'],
  ori: ['or(rd,rs,imm)', 'ori'],
  andi: ['zext.b(rd,rs)', 'and(rd,rs,imm)', 'andi'],
  slli: ['sll(rd,rs,imm)', 'slli'],
  srli: ['srl(rd,rs,imm)', 'srli'],
  srai: ['sra(rd,rs,imm)', 'srai'],
  sub: ['neg(rd,rs)', 'sub'],
  slt: ['sltz(rd,rs)', 'sgtz(rd,rs)', 'slt'],
  sltu: ['snez(rd,rs)', 'sltu'],
  fence: ['fence()', 'fence'],
  'sfence.vma': ['sfence.vma()', 'sfence.vma(rs)', 'sfence.vma'],
  csrrw: ['unimp()', 'csrw(csr,rs)', 'csrrw'],
  csrrs: ['rdcycle(rd)', 'rdinstret(rd)', 'rdtime(rd)', 'rdcycleh(rd)', 'rdinstreth(rd)', 'rdtimeh(rd)', 'csrr(rd,csr)', 'csrs(csr,rs)', 'csrrs'],
  csrrc: ['csrc(csr,rs)', 'csrrc'],
  csrrwi: ['csrw(csr,zimm)', 'csrrw(rd,csr,zimm)', 'csrrwi'],
  csrrsi: ['csrs(csr,zimm)', 'csrrs(rd,csr,zimm)', 'csrrsi'],
  csrrci: ['csrc(csr,zimm)', 'csrrc(rd,csr,zimm)', 'csrrci'],
};

/** Forms objdump does not mark as aliases, so `-M no-aliases` still prints them (0xc0001073 is `unimp`). */
export const NON_ALIAS_FORMS: ReadonlySet<string> = new Set(['unimp()']);

/**
 * Forms objdump prints even when a file's ISA string lacks the extension of the instruction
 * underneath: binutils files them under the base ISA, so `rdcycle` shows without Zicsr.
 */
export const BASE_ISA_FORMS: ReadonlySet<string> = new Set([
  'unimp()', 'rdcycle(rd)', 'rdinstret(rd)', 'rdtime(rd)', 'rdcycleh(rd)', 'rdinstreth(rd)', 'rdtimeh(rd)',
]);

/** The form a DISASSEMBLY_ORDER entry names, or undefined for a bare mnemonic or an unknown name. */
export function printFormByKey(key: string): PseudoSpec | undefined {
  const m = /^([^(]+)\((.*)\)$/.exec(key);
  if (!m) return undefined;
  const [, name, ops] = m;
  const wanted = ops ? ops.split(',') : [];
  const same = (p: PseudoSpec): boolean => p.name === name && p.expansion.length === 1 &&
    p.operands.length === wanted.length && p.operands.every((o, i) => o === wanted[i]);
  return PRINT_ONLY_FORMS.find(same) ?? PSEUDO_INSTRUCTIONS.find(same);
}
