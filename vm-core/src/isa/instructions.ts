// The one instruction table. Encoder, decoder, disassembler, executors, hover and completion all
// read it; nothing else in Tessera describes an RV32IM instruction.

/** Executor groups, named and split as OpenVM's rv32im extension groups them. */
export type Chip =
  | 'BaseAlu'
  | 'Shift'
  | 'LessThan'
  | 'BranchEqual'
  | 'BranchLessThan'
  | 'JalLui'
  | 'Jalr'
  | 'Auipc'
  | 'LoadStore'
  | 'LoadSignExtend'
  | 'Multiplication'
  | 'MulH'
  | 'DivRem'
  | 'System';

/** A chip name: one of the built-in executors, or one an extension registers. */
export type ChipName = Chip | (string & Record<never, never>);

export const CHIPS: readonly Chip[] = [
  'BaseAlu', 'Shift', 'LessThan', 'BranchEqual', 'BranchLessThan', 'JalLui', 'Jalr', 'Auipc',
  'LoadStore', 'LoadSignExtend', 'Multiplication', 'MulH', 'DivRem', 'System',
];

export type Format = 'R' | 'I' | 'S' | 'B' | 'U' | 'J';

/**
 * What an operand is, in assembly order. Memory operands are one operand, `offset(base)`.
 * - rd, rs1, rs2: registers in those fields
 * - imm12: signed 12-bit I immediate;  shamt: 0..31 in the rs2 field
 * - load: `imm12(rs1)` of an I-type;  store: `imm12(rs1)` of an S-type
 * - branch / jump: pc-relative target of a B / J instruction (written as a label or address)
 * - uimm20: U immediate 0..0xfffff;  csr: CSR number or name;  zimm: 0..31 in the rs1 field
 * - pred / succ: fence sets such as `iorw`
 */
export type OperandKind =
  | 'rd' | 'rs1' | 'rs2'
  | 'imm12' | 'shamt'
  | 'load' | 'store'
  | 'branch' | 'jump'
  | 'uimm20'
  | 'csr' | 'zimm'
  | 'pred' | 'succ';

/**
 * 'Priv': the privileged-architecture instructions GNU as accepts and objdump prints for any
 * RV32I target (mret, wfi, sfence.vma …). Tessera assembles and disassembles them; its machine,
 * which runs user-level code only, treats them as illegal instructions.
 */
export type IsaExtension = 'I' | 'M' | 'Zicsr' | 'Zifencei' | 'Priv';

export interface InstructionSpec {
  readonly mnemonic: string;
  readonly format: Format;
  readonly opcode: number;
  readonly funct3?: number;
  /** R-type funct7, or the upper seven immediate bits of a shift-immediate. */
  readonly funct7?: number;
  /** Bits fixed beyond opcode/funct3/funct7 (ecall, ebreak, fence.i, fence.tso): the whole word. */
  readonly fixedWord?: number;
  /** Also in Zmmul, the multiply-only subset of M that a file may declare instead of M. */
  readonly inZmmul?: boolean;
  /** Register fields that must be zero for the word to be this instruction (sfence.vma's rd). */
  readonly zeroFields?: readonly ('rd' | 'rs1' | 'rs2')[];
  readonly operands: readonly OperandKind[];
  readonly chip: ChipName;
  readonly extension: IsaExtension;
  /** One line, for hover and completion. */
  readonly description: string;
  /** The computation, in the notation of the RISC-V manual. */
  readonly semantics: string;
  /** `word & mask === match` identifies this instruction. */
  readonly match: number;
  readonly mask: number;
}

export const OPCODE = {
  LOAD: 0x03,
  MISC_MEM: 0x0f,
  OP_IMM: 0x13,
  AUIPC: 0x17,
  STORE: 0x23,
  OP: 0x33,
  LUI: 0x37,
  BRANCH: 0x63,
  JALR: 0x67,
  JAL: 0x6f,
  SYSTEM: 0x73,
  CUSTOM_0: 0x0b,
  CUSTOM_1: 0x2b,
} as const;

type Def = Omit<InstructionSpec, 'match' | 'mask'>;

function withMatch(d: Def): InstructionSpec {
  if (d.fixedWord !== undefined) return { ...d, match: d.fixedWord >>> 0, mask: 0xffffffff };
  let match = d.opcode;
  let mask = 0x7f;
  if (d.funct3 !== undefined) {
    match |= d.funct3 << 12;
    mask |= 0x7 << 12;
  }
  if (d.funct7 !== undefined) {
    match |= d.funct7 << 25;
    mask |= 0x7f << 25;
  }
  if (d.mnemonic === 'fence') mask |= 0xf00fff80; // fm = 0, rs1 = rd = 0: anything else is not plain `fence`
  for (const f of d.zeroFields ?? []) mask |= 31 << (f === 'rd' ? 7 : f === 'rs1' ? 15 : 20);
  return { ...d, match: match >>> 0, mask: mask >>> 0 };
}

const R = (mnemonic: string, funct3: number, funct7: number, chip: Chip, extension: IsaExtension, description: string, semantics: string, inZmmul?: true): Def =>
  ({ mnemonic, format: 'R', opcode: OPCODE.OP, funct3, funct7, operands: ['rd', 'rs1', 'rs2'], chip, extension, description, semantics, ...(inZmmul ? { inZmmul } : {}) });
const IMM = (mnemonic: string, funct3: number, chip: Chip, description: string, semantics: string): Def =>
  ({ mnemonic, format: 'I', opcode: OPCODE.OP_IMM, funct3, operands: ['rd', 'rs1', 'imm12'], chip, extension: 'I', description, semantics });
const SHIFT = (mnemonic: string, funct3: number, funct7: number, description: string, semantics: string): Def =>
  ({ mnemonic, format: 'I', opcode: OPCODE.OP_IMM, funct3, funct7, operands: ['rd', 'rs1', 'shamt'], chip: 'Shift', extension: 'I', description, semantics });
const LOAD = (mnemonic: string, funct3: number, chip: Chip, description: string, semantics: string): Def =>
  ({ mnemonic, format: 'I', opcode: OPCODE.LOAD, funct3, operands: ['rd', 'load'], chip, extension: 'I', description, semantics });
const STORE = (mnemonic: string, funct3: number, description: string, semantics: string): Def =>
  ({ mnemonic, format: 'S', opcode: OPCODE.STORE, funct3, operands: ['rs2', 'store'], chip: 'LoadStore', extension: 'I', description, semantics });
const BRANCH = (mnemonic: string, funct3: number, chip: Chip, description: string, semantics: string): Def =>
  ({ mnemonic, format: 'B', opcode: OPCODE.BRANCH, funct3, operands: ['rs1', 'rs2', 'branch'], chip, extension: 'I', description, semantics });
const CSR = (mnemonic: string, funct3: number, source: 'rs1' | 'zimm', description: string, semantics: string): Def =>
  ({ mnemonic, format: 'I', opcode: OPCODE.SYSTEM, funct3, operands: ['rd', 'csr', source], chip: 'System', extension: 'Zicsr', description, semantics });

const DEFS: Def[] = [
  // RV32I — upper immediates and jumps
  { mnemonic: 'lui', format: 'U', opcode: OPCODE.LUI, operands: ['rd', 'uimm20'], chip: 'JalLui', extension: 'I', description: 'Load upper immediate', semantics: 'rd = imm << 12' },
  { mnemonic: 'auipc', format: 'U', opcode: OPCODE.AUIPC, operands: ['rd', 'uimm20'], chip: 'Auipc', extension: 'I', description: 'Add upper immediate to pc', semantics: 'rd = pc + (imm << 12)' },
  { mnemonic: 'jal', format: 'J', opcode: OPCODE.JAL, operands: ['rd', 'jump'], chip: 'JalLui', extension: 'I', description: 'Jump and link', semantics: 'rd = pc + 4; pc = pc + offset' },
  { mnemonic: 'jalr', format: 'I', opcode: OPCODE.JALR, funct3: 0, operands: ['rd', 'load'], chip: 'Jalr', extension: 'I', description: 'Jump and link register', semantics: 't = pc + 4; pc = (rs1 + offset) & ~1; rd = t' },
  // branches
  BRANCH('beq', 0, 'BranchEqual', 'Branch if equal', 'if (rs1 == rs2) pc = pc + offset'),
  BRANCH('bne', 1, 'BranchEqual', 'Branch if not equal', 'if (rs1 != rs2) pc = pc + offset'),
  BRANCH('blt', 4, 'BranchLessThan', 'Branch if less than (signed)', 'if (rs1 <s rs2) pc = pc + offset'),
  BRANCH('bge', 5, 'BranchLessThan', 'Branch if greater or equal (signed)', 'if (rs1 >=s rs2) pc = pc + offset'),
  BRANCH('bltu', 6, 'BranchLessThan', 'Branch if less than (unsigned)', 'if (rs1 <u rs2) pc = pc + offset'),
  BRANCH('bgeu', 7, 'BranchLessThan', 'Branch if greater or equal (unsigned)', 'if (rs1 >=u rs2) pc = pc + offset'),
  // loads and stores
  LOAD('lb', 0, 'LoadSignExtend', 'Load byte, sign-extended', 'rd = sext(M[rs1 + offset][7:0])'),
  LOAD('lh', 1, 'LoadSignExtend', 'Load halfword, sign-extended', 'rd = sext(M[rs1 + offset][15:0])'),
  LOAD('lw', 2, 'LoadStore', 'Load word', 'rd = M[rs1 + offset][31:0]'),
  LOAD('lbu', 4, 'LoadStore', 'Load byte, zero-extended', 'rd = zext(M[rs1 + offset][7:0])'),
  LOAD('lhu', 5, 'LoadStore', 'Load halfword, zero-extended', 'rd = zext(M[rs1 + offset][15:0])'),
  STORE('sb', 0, 'Store byte', 'M[rs1 + offset][7:0] = rs2[7:0]'),
  STORE('sh', 1, 'Store halfword', 'M[rs1 + offset][15:0] = rs2[15:0]'),
  STORE('sw', 2, 'Store word', 'M[rs1 + offset][31:0] = rs2'),
  // register-immediate
  IMM('addi', 0, 'BaseAlu', 'Add immediate', 'rd = rs1 + sext(imm)'),
  IMM('slti', 2, 'LessThan', 'Set if less than immediate (signed)', 'rd = (rs1 <s sext(imm)) ? 1 : 0'),
  IMM('sltiu', 3, 'LessThan', 'Set if less than immediate (unsigned)', 'rd = (rs1 <u sext(imm)) ? 1 : 0'),
  IMM('xori', 4, 'BaseAlu', 'Exclusive-or immediate', 'rd = rs1 ^ sext(imm)'),
  IMM('ori', 6, 'BaseAlu', 'Or immediate', 'rd = rs1 | sext(imm)'),
  IMM('andi', 7, 'BaseAlu', 'And immediate', 'rd = rs1 & sext(imm)'),
  SHIFT('slli', 1, 0x00, 'Shift left logical immediate', 'rd = rs1 << shamt'),
  SHIFT('srli', 5, 0x00, 'Shift right logical immediate', 'rd = rs1 >>u shamt'),
  SHIFT('srai', 5, 0x20, 'Shift right arithmetic immediate', 'rd = rs1 >>s shamt'),
  // register-register
  R('add', 0, 0x00, 'BaseAlu', 'I', 'Add', 'rd = rs1 + rs2'),
  R('sub', 0, 0x20, 'BaseAlu', 'I', 'Subtract', 'rd = rs1 - rs2'),
  R('sll', 1, 0x00, 'Shift', 'I', 'Shift left logical', 'rd = rs1 << rs2[4:0]'),
  R('slt', 2, 0x00, 'LessThan', 'I', 'Set if less than (signed)', 'rd = (rs1 <s rs2) ? 1 : 0'),
  R('sltu', 3, 0x00, 'LessThan', 'I', 'Set if less than (unsigned)', 'rd = (rs1 <u rs2) ? 1 : 0'),
  R('xor', 4, 0x00, 'BaseAlu', 'I', 'Exclusive-or', 'rd = rs1 ^ rs2'),
  R('srl', 5, 0x00, 'Shift', 'I', 'Shift right logical', 'rd = rs1 >>u rs2[4:0]'),
  R('sra', 5, 0x20, 'Shift', 'I', 'Shift right arithmetic', 'rd = rs1 >>s rs2[4:0]'),
  R('or', 6, 0x00, 'BaseAlu', 'I', 'Or', 'rd = rs1 | rs2'),
  R('and', 7, 0x00, 'BaseAlu', 'I', 'And', 'rd = rs1 & rs2'),
  // memory ordering and environment
  { mnemonic: 'fence', format: 'I', opcode: OPCODE.MISC_MEM, funct3: 0, operands: ['pred', 'succ'], chip: 'System', extension: 'I', description: 'Order memory and I/O accesses', semantics: 'fence(pred, succ)' },
  { mnemonic: 'fence.tso', format: 'I', opcode: OPCODE.MISC_MEM, fixedWord: 0x8330000f, operands: [], chip: 'System', extension: 'I', description: 'Total-store-order fence', semantics: 'fence(rw, rw) with TSO semantics' },
  { mnemonic: 'fence.i', format: 'I', opcode: OPCODE.MISC_MEM, fixedWord: 0x0000100f, operands: [], chip: 'System', extension: 'Zifencei', description: 'Synchronize instruction and data streams', semantics: 'fence.i' },
  { mnemonic: 'ecall', format: 'I', opcode: OPCODE.SYSTEM, fixedWord: 0x00000073, operands: [], chip: 'System', extension: 'I', description: 'Environment call', semantics: 'raise environment call (a7 selects the service)' },
  { mnemonic: 'ebreak', format: 'I', opcode: OPCODE.SYSTEM, fixedWord: 0x00100073, operands: [], chip: 'System', extension: 'I', description: 'Environment breakpoint', semantics: 'raise breakpoint' },
  // Privileged: trap returns, wait for interrupt, address-translation fence
  { mnemonic: 'uret', format: 'I', opcode: OPCODE.SYSTEM, fixedWord: 0x00200073, operands: [], chip: 'System', extension: 'Priv', description: 'Return from user-mode trap', semantics: 'pc = uepc (privileged)' },
  { mnemonic: 'sret', format: 'I', opcode: OPCODE.SYSTEM, fixedWord: 0x10200073, operands: [], chip: 'System', extension: 'Priv', description: 'Return from supervisor-mode trap', semantics: 'pc = sepc (privileged)' },
  { mnemonic: 'mret', format: 'I', opcode: OPCODE.SYSTEM, fixedWord: 0x30200073, operands: [], chip: 'System', extension: 'Priv', description: 'Return from machine-mode trap', semantics: 'pc = mepc (privileged)' },
  { mnemonic: 'dret', format: 'I', opcode: OPCODE.SYSTEM, fixedWord: 0x7b200073, operands: [], chip: 'System', extension: 'Priv', description: 'Return from debug mode', semantics: 'pc = dpc (debug mode only)' },
  { mnemonic: 'wfi', format: 'I', opcode: OPCODE.SYSTEM, fixedWord: 0x10500073, operands: [], chip: 'System', extension: 'Priv', description: 'Wait for interrupt', semantics: 'stall until an interrupt may be pending (privileged)' },
  { mnemonic: 'sfence.vma', format: 'R', opcode: OPCODE.SYSTEM, funct3: 0, funct7: 0x09, zeroFields: ['rd'], operands: ['rs1', 'rs2'], chip: 'System', extension: 'Priv', description: 'Fence address translation (virtual address rs1, address space rs2)', semantics: 'order page-table updates before later translations (privileged)' },
  // Zicsr
  CSR('csrrw', 1, 'rs1', 'Atomic read/write CSR', 't = CSRs[csr]; CSRs[csr] = rs1; rd = t'),
  CSR('csrrs', 2, 'rs1', 'Atomic read and set bits in CSR', 't = CSRs[csr]; CSRs[csr] = t | rs1; rd = t'),
  CSR('csrrc', 3, 'rs1', 'Atomic read and clear bits in CSR', 't = CSRs[csr]; CSRs[csr] = t & ~rs1; rd = t'),
  CSR('csrrwi', 5, 'zimm', 'Atomic read/write CSR immediate', 'rd = CSRs[csr]; CSRs[csr] = zimm'),
  CSR('csrrsi', 6, 'zimm', 'Atomic read and set bits in CSR immediate', 't = CSRs[csr]; CSRs[csr] = t | zimm; rd = t'),
  CSR('csrrci', 7, 'zimm', 'Atomic read and clear bits in CSR immediate', 't = CSRs[csr]; CSRs[csr] = t & ~zimm; rd = t'),
  // RV32M
  R('mul', 0, 0x01, 'Multiplication', 'M', 'Multiply (low 32 bits)', 'rd = (rs1 * rs2)[31:0]', true),
  R('mulh', 1, 0x01, 'MulH', 'M', 'Multiply high, signed × signed', 'rd = (sext(rs1) * sext(rs2))[63:32]', true),
  R('mulhsu', 2, 0x01, 'MulH', 'M', 'Multiply high, signed × unsigned', 'rd = (sext(rs1) * zext(rs2))[63:32]', true),
  R('mulhu', 3, 0x01, 'MulH', 'M', 'Multiply high, unsigned × unsigned', 'rd = (zext(rs1) * zext(rs2))[63:32]', true),
  R('div', 4, 0x01, 'DivRem', 'M', 'Divide (signed)', 'rd = rs1 /s rs2 (rs2 = 0 → -1; INT_MIN / -1 → INT_MIN)'),
  R('divu', 5, 0x01, 'DivRem', 'M', 'Divide (unsigned)', 'rd = rs1 /u rs2 (rs2 = 0 → 0xffffffff)'),
  R('rem', 6, 0x01, 'DivRem', 'M', 'Remainder (signed)', 'rd = rs1 %s rs2 (rs2 = 0 → rs1; INT_MIN % -1 → 0)'),
  R('remu', 7, 0x01, 'DivRem', 'M', 'Remainder (unsigned)', 'rd = rs1 %u rs2 (rs2 = 0 → rs1)'),
];

export const INSTRUCTIONS: readonly InstructionSpec[] = DEFS.map(withMatch);

const BY_MNEMONIC = new Map(INSTRUCTIONS.map((s) => [s.mnemonic, s]));

export function instructionByMnemonic(mnemonic: string): InstructionSpec | undefined {
  return BY_MNEMONIC.get(mnemonic);
}

/** Adds instructions contributed by an extension (custom-0/custom-1 opcodes). Refuses clashes. */
export function registerInstruction(def: Def): InstructionSpec {
  if (BY_MNEMONIC.has(def.mnemonic)) throw new Error(`instruction '${def.mnemonic}' is already defined`);
  const spec = withMatch(def);
  for (const other of BY_MNEMONIC.values()) {
    if (((spec.match ^ other.match) & spec.mask & other.mask) === 0) {
      throw new Error(`instruction '${def.mnemonic}' overlaps the encoding of '${other.mnemonic}'`);
    }
  }
  (INSTRUCTIONS as InstructionSpec[]).push(spec);
  BY_MNEMONIC.set(spec.mnemonic, spec);
  return spec;
}

export type InstructionDef = Def;
