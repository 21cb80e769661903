// `.insn`: an instruction given by its format and fields (how custom instructions are written, e.g.
// the OpenVM guest ABI), or a raw word. Encoded through the same path as table instructions.

import type { Statement, Operand } from './ast.js';
import type { FileAssembler } from './assembler.js';
import { AsmError } from './values.js';
import { asRegister, asMemory, asExpression, type OperandValue } from './operands.js';
import { encodeReal } from './instructions.js';
import type { Format, InstructionSpec, OperandKind } from '../isa/instructions.js';

// Major opcode names GNU accepts in `.insn` (riscv_insn_types / opcode names).
export const INSN_OPCODES: Record<string, number> = {
  LOAD: 0x03, LOAD_FP: 0x07, CUSTOM_0: 0x0b, MISC_MEM: 0x0f, OP_IMM: 0x13, AUIPC: 0x17, OP_IMM_32: 0x1b,
  STORE: 0x23, STORE_FP: 0x27, CUSTOM_1: 0x2b, AMO: 0x2f, OP: 0x33, LUI: 0x37, OP_32: 0x3b,
  MADD: 0x43, MSUB: 0x47, NMSUB: 0x4b, NMADD: 0x4f, OP_FP: 0x53, OP_V: 0x57, CUSTOM_2: 0x5b,
  BRANCH: 0x63, JALR: 0x67, JAL: 0x6f, SYSTEM: 0x73, CUSTOM_3: 0x7b,
};

const LAYOUTS: Record<string, { format: Format; fields: Array<'f3' | 'f7'>; operands: OperandKind[][] }> = {
  r: { format: 'R', fields: ['f3', 'f7'], operands: [['rd', 'rs1', 'rs2']] },
  i: { format: 'I', fields: ['f3'], operands: [['rd', 'rs1', 'imm12'], ['rd', 'load']] },
  s: { format: 'S', fields: ['f3'], operands: [['rs2', 'store']] },
  b: { format: 'B', fields: ['f3'], operands: [['rs1', 'rs2', 'branch']] },
  sb: { format: 'B', fields: ['f3'], operands: [['rs1', 'rs2', 'branch']] },
  u: { format: 'U', fields: [], operands: [['rd', 'uimm20']] },
  j: { format: 'J', fields: [], operands: [['rd', 'jump']] },
  uj: { format: 'J', fields: [], operands: [['rd', 'jump']] },
};

function field(ctx: FileAssembler, op: Operand | undefined, max: number, what: string, stmt: Statement): number {
  const it = op?.items[op.items.length - 1];
  if (!op || !it || it.k !== 'expr') throw new AsmError('asm/operand-kind', `.insn: expected ${what}`, op?.range ?? stmt.range);
  if (it.expr.k === 'sym' && INSN_OPCODES[it.expr.name] !== undefined) return INSN_OPCODES[it.expr.name]!;
  const v = ctx.constant(it.expr, `the ${what}`);
  if (v < 0n || v > BigInt(max)) throw new AsmError('asm/immediate-range', `.insn ${what} out of range: ${v} is not in 0..${max}`, it.range);
  return Number(v);
}

export function emitInsnDirective(ctx: FileAssembler, stmt: Statement): void {
  const first = stmt.operands[0];
  if (!first) throw new AsmError('asm/operand-count', '.insn: expected a format (r, i, s, b, u, j) and fields, or an instruction word', stmt.range);
  const head = first.items[0];
  const layoutName = head?.k === 'expr' && head.expr.k === 'sym' ? head.expr.name : undefined;
  if (layoutName === 'r4' && first.items.length === 2) {
    emitR4(ctx, stmt);
    return;
  }
  const layout = layoutName !== undefined && first.items.length === 2 ? LAYOUTS[layoutName] : undefined;
  if (!layout) {
    // A raw value, or `.insn length, value`.
    if (stmt.operands.length > 2 || first.items.length !== 1) throw new AsmError('asm/operand-kind', `.insn: unknown instruction format '${layoutName ?? ''}' (expected r, i, s, b, sb, u, j, uj or a raw word)`, first.range);
    const valueOp = stmt.operands[stmt.operands.length - 1]!;
    const it = valueOp.items[0];
    if (!it || it.k !== 'expr') throw new AsmError('asm/operand-kind', '.insn: expected an instruction word', valueOp.range);
    const value = BigInt.asUintN(64, ctx.constant(it.expr, 'the instruction word'));
    const lengthItem = first.items[0];
    const length = stmt.operands.length === 2 && lengthItem?.k === 'expr' ? Number(ctx.constant(lengthItem.expr, 'the length')) : insnLength(value);
    if (![2, 4, 6, 8].includes(length)) throw new AsmError('asm/unsupported', `.insn: ${length}-byte instructions are not supported (2, 4, 6 or 8)`, first.range);
    if (value >> BigInt(length * 8) !== 0n) throw new AsmError('asm/immediate-range', `.insn: value does not fit in ${length} bytes`, it.range);
    const offset = ctx.cur.size;
    if (length === 4) ctx.emitInsn(Number(value));
    else {
      const bytes: number[] = [];
      for (let i = 0; i < length; i++) bytes.push(Number((value >> BigInt(8 * i)) & 0xffn));
      ctx.emitBytes(bytes, stmt.range, true);
      ctx.noteData(offset);
    }
    return;
  }
  const opcode = field(ctx, first, 0x7f, 'opcode', stmt);
  let k = 1;
  const funct3 = layout.fields.includes('f3') ? field(ctx, stmt.operands[k++], 7, 'funct3', stmt) : undefined;
  const funct7 = layout.fields.includes('f7') ? field(ctx, stmt.operands[k++], 0x7f, 'funct7', stmt) : undefined;
  const rest = stmt.operands.slice(k);
  const kinds = layout.operands.find((o) => o.length === rest.length);
  if (!kinds) throw new AsmError('asm/operand-count', `.insn ${layoutName}: wrong number of operands`, stmt.range);
  const values: OperandValue[] = [];
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i]!;
    const op = rest[i]!;
    const v = kind === 'rd' || kind === 'rs1' || kind === 'rs2' ? asRegister(op) : kind === 'load' || kind === 'store' ? asMemory(op) : asExpression(op);
    if (!v) throw new AsmError('asm/operand-kind', `.insn ${layoutName}: invalid operand ${i + 1}`, op.range);
    values.push(v);
  }
  const match = (opcode | ((funct3 ?? 0) << 12) | ((funct7 ?? 0) << 25)) >>> 0;
  const spec: InstructionSpec = {
    mnemonic: '.insn', format: layout.format, opcode, ...(funct3 !== undefined ? { funct3 } : {}), ...(funct7 !== undefined ? { funct7 } : {}),
    operands: kinds, chip: 'System', extension: 'I', description: '', semantics: '', match, mask: 0,
  };
  encodeReal(ctx, spec, values, stmt.range, false);
}

/** `.insn r4 opcode, funct3, funct2, rd, rs1, rs2, rs3`: the fused multiply-add layout. */
function emitR4(ctx: FileAssembler, stmt: Statement): void {
  const ops = stmt.operands;
  if (ops.length !== 7) throw new AsmError('asm/operand-count', '.insn r4: expected opcode, funct3, funct2, rd, rs1, rs2, rs3', stmt.range);
  const opcode = field(ctx, ops[0], 0x7f, 'opcode', stmt);
  const funct3 = field(ctx, ops[1], 7, 'funct3', stmt);
  const funct2 = field(ctx, ops[2], 3, 'funct2', stmt);
  const regs = ops.slice(3).map((op, i) => {
    const r = asRegister(op);
    if (!r || r.k !== 'reg') throw new AsmError('asm/operand-kind', `.insn r4: operand ${i + 4} must be a register`, op.range);
    return r.n;
  });
  const [rd, rs1, rs2, rs3] = regs as [number, number, number, number];
  ctx.emitInsn((opcode | (rd << 7) | (funct3 << 12) | (rs1 << 15) | (rs2 << 20) | (funct2 << 25) | (rs3 << 27)) >>> 0);
}

/** Instruction length from its low bits, as the RISC-V base encoding defines it. */
export function insnLength(word: bigint): number {
  if ((word & 3n) !== 3n) return 2;
  if ((word & 0x1fn) !== 0x1fn) return 4;
  if ((word & 0x3fn) === 0x1fn) return 6;
  if ((word & 0x7fn) === 0x3fn) return 8;
  return 4;
}
