// Instruction statements: pick the operand form (a real instruction of the ISA table or a
// pseudo-instruction form), then encode it, leaving fixups for what is not known yet.

import type { SourceRange } from '../diagnostics.js';
import type { Statement, Expr, Operand } from './ast.js';
import type { FileAssembler } from './assembler.js';
import { AsmError, Pending, isAbs, type Value } from './values.js';
import { asRegister, asMemory, asExpression, asName, describeOperand, type OperandValue } from './operands.js';
import { instructionByMnemonic, INSTRUCTIONS, type InstructionSpec, type OperandKind } from '../isa/instructions.js';
import { pseudoForms, PSEUDO_INSTRUCTIONS, type PseudoSpec, type PseudoOperand } from '../isa/pseudo.js';
import { encode } from '../isa/encode.js';
import { parseFenceSet } from '../isa/encode.js';
import { registerNumber, ABI_NAMES } from '../isa/registers.js';
import { csrByName } from '../isa/csr.js';
import { suggest } from './suggest.js';
import type { FixupKind } from './fixups.js';

type Form =
  | { kind: 'real'; spec: InstructionSpec; operands: readonly OperandKind[] }
  | { kind: 'pseudo'; pseudo: PseudoSpec; operands: readonly PseudoOperand[] };

type AnyKind = OperandKind | PseudoOperand;

const REGISTER_KINDS = new Set<AnyKind>(['rd', 'rs1', 'rs2', 'rs', 'rt']);
const MEMORY_KINDS = new Set<AnyKind>(['load', 'store', 'offset(rs)']);

function classify(kind: AnyKind, op: Operand): OperandValue | undefined {
  if (REGISTER_KINDS.has(kind)) return asRegister(op);
  if (MEMORY_KINDS.has(kind)) return asMemory(op);
  if (kind === 'pred' || kind === 'succ') {
    const n = asName(op);
    const bits = n === undefined ? undefined : parseFenceSet(n);
    return bits === undefined ? undefined : { k: 'const', v: bits, range: op.range };
  }
  if (kind === 'csr') {
    const n = asName(op);
    const csr = n === undefined ? undefined : csrByName(n);
    if (csr) return { k: 'const', v: csr.number, range: op.range };
    return asExpression(op);
  }
  return asExpression(op);
}

function kindDescription(kind: AnyKind): string {
  if (REGISTER_KINDS.has(kind)) return 'a register';
  if (MEMORY_KINDS.has(kind)) return 'a memory operand offset(register)';
  switch (kind) {
    case 'pred':
    case 'succ':
      return 'a fence set such as iorw';
    case 'csr':
      return 'a CSR name or number';
    case 'branch':
    case 'jump':
    case 'offset':
      return 'a label';
    case 'symbol':
      return 'a symbol';
    default:
      return 'an immediate';
  }
}

function signature(f: Form): string {
  const name = f.kind === 'real' ? f.spec.mnemonic : f.pseudo.name;
  return f.operands.length ? `${name} ${f.operands.join(', ')}` : name;
}

let allNames: string[] | undefined;
export function mnemonicNames(): string[] {
  allNames ??= [...new Set([...INSTRUCTIONS.map((s) => s.mnemonic), ...PSEUDO_INSTRUCTIONS.map((p) => p.name)])];
  return allNames;
}

// The forms of each mnemonic, per assembler (extensions may add instructions between assemblies).
const formsCache = new WeakMap<FileAssembler, Map<string, readonly Form[]>>();

function formsOf(ctx: FileAssembler, name: string): readonly Form[] {
  let byName = formsCache.get(ctx);
  if (!byName) formsCache.set(ctx, (byName = new Map()));
  const known = byName.get(name);
  if (known) return known;
  const real = instructionByMnemonic(name);
  const forms: Form[] = [];
  if (real) forms.push({ kind: 'real', spec: real, operands: real.operands });
  for (const p of pseudoForms(name)) forms.push({ kind: 'pseudo', pseudo: p, operands: p.operands });
  byName.set(name, forms);
  return forms;
}

export function assembleInstruction(ctx: FileAssembler, stmt: Statement): void {
  // GNU as reads mnemonics case-insensitively.
  const name = stmt.name.toLowerCase();
  const forms = formsOf(ctx, name);
  if (forms.length === 0) {
    const hint = suggest(name, [...mnemonicNames(), ...ctx.macros.keys()]);
    throw new AsmError('asm/unknown-mnemonic', `unknown instruction '${stmt.name}'${hint ? `; did you mean '${hint}'?` : ''}`, stmt.nameRange);
  }
  const ops = stmt.operands;
  for (const op of ops) {
    if (op.items.length === 0) throw new AsmError('asm/syntax', `syntax error: missing operand`, op.range);
    if (op.items.length > 1) throw new AsmError('asm/syntax', `syntax error: expected ',' or end of line before this`, op.items[1]!.range);
  }
  const sameCount = forms.filter((f) => f.operands.length === ops.length);
  if (sameCount.length === 0) {
    const expected = forms.map(signature).join(' | ');
    throw new AsmError('asm/operand-count', `wrong number of operands for '${name}': got ${ops.length}, expected ${expected}`, stmt.range);
  }
  for (const f of sameCount) {
    const values: OperandValue[] = [];
    let ok = true;
    for (let i = 0; i < ops.length; i++) {
      const v = classify(f.operands[i]!, ops[i]!);
      if (!v) {
        ok = false;
        break;
      }
      values.push(v);
    }
    if (!ok) continue;
    if (f.kind === 'real') encodeReal(ctx, f.spec, values, stmt.range);
    else expandPseudo(ctx, f.pseudo, values, stmt.range);
    return;
  }
  // Explain against the first form with this many operands.
  const f = sameCount[0]!;
  for (let i = 0; i < ops.length; i++) {
    if (!classify(f.operands[i]!, ops[i]!)) {
      const op = ops[i]!;
      let why = `expected ${kindDescription(f.operands[i]!)}, found ${describeOperand(op)}`;
      const word = REGISTER_KINDS.has(f.operands[i]!) ? asName(op) : MEMORY_KINDS.has(f.operands[i]!) ? baseName(op) : undefined;
      if (word !== undefined) {
        const hint = suggest(word, [...ABI_NAMES, 'fp', ...Array.from({ length: 32 }, (_, k) => `x${k}`)]);
        why = `'${word}' is not a register${MEMORY_KINDS.has(f.operands[i]!) ? ' (the base of offset(base) must be one)' : ''}${hint ? `; did you mean '${hint}'?` : ''}`;
      }
      const alts = sameCount.length > 1 ? ` (forms: ${sameCount.map(signature).join(' | ')})` : ` (${signature(f)})`;
      throw new AsmError('asm/operand-kind', `invalid operand ${i + 1} of '${name}': ${why}${alts}`, op.range);
    }
  }
}

/** The word written as the base of `offset(base)`, when it is a plain name. */
function baseName(op: Operand): string | undefined {
  const it = op.items[0];
  if (op.items.length !== 1 || it?.k !== 'expr' || !it.base) return undefined;
  const b = it.base.k === 'paren' ? it.base.inner : it.base;
  return b.k === 'sym' ? b.name : undefined;
}

// ---- immediates ----

interface ImmRule {
  min: number;
  max: number;
  what: string;
}
const IMM12: ImmRule = { min: -2048, max: 2047, what: '12-bit signed immediate' };
const SHAMT: ImmRule = { min: 0, max: 31, what: 'shift amount' };
const UIMM20: ImmRule = { min: 0, max: 0xfffff, what: '20-bit upper immediate' };
const ZIMM: ImmRule = { min: 0, max: 31, what: '5-bit unsigned immediate' };
const CSRNUM: ImmRule = { min: 0, max: 0xfff, what: 'CSR number' };

/** The range rule of each immediate fixup, for values settled at the end of the file. */
export const FIXUP_RULES: Record<'imm_i' | 'imm_s' | 'uimm20' | 'shamt' | 'zimm' | 'csr', ImmRule> = {
  imm_i: IMM12, imm_s: IMM12, uimm20: UIMM20, shamt: SHAMT, zimm: ZIMM, csr: CSRNUM,
};

export function checkRange(v: bigint, rule: ImmRule, range: SourceRange): number {
  if (v < BigInt(rule.min) || v > BigInt(rule.max)) {
    throw new AsmError('asm/immediate-range', `${rule.what} out of range: ${v} is not in ${rule.min}..${rule.max}`, range);
  }
  return Number(v);
}

/** On RV32 GNU reads a constant with all-zero or all-one upper 32 bits as its 32-bit signed value. */
export function normalize32(v: bigint): bigint {
  const hi = BigInt.asUintN(64, v) >> 32n;
  return hi === 0n || hi === 0xffffffffn ? BigInt.asIntN(32, v) : v;
}

/**
 * An immediate operand: a constant now, a %lo/%pcrel_lo/%hi/%pcrel_hi relocation, or a constant
 * defined later (a fixup). Returns the value to encode now (0 when a fixup will fill it in).
 */
function immediate(ctx: FileAssembler, e: Expr | undefined, kind: 'i' | 's' | 'u' | 'shamt' | 'zimm' | 'csr', offset: number, range: SourceRange): number {
  if (!e) return 0;
  if (e.k === 'reloc') {
    const fn = e.fn;
    let fk: FixupKind | undefined;
    if (fn === 'lo') fk = kind === 's' ? 'lo12_s' : kind === 'i' ? 'lo12_i' : undefined;
    else if (fn === 'pcrel_lo') fk = kind === 's' ? 'pcrel_lo12_s' : kind === 'i' ? 'pcrel_lo12_i' : undefined;
    else if (fn === 'hi') fk = kind === 'u' ? 'hi20' : undefined;
    else if (fn === 'pcrel_hi') fk = kind === 'u' ? 'pcrel_hi20' : undefined;
    else throw new AsmError('asm/unsupported-relocation', `unsupported relocation function %${fn} (Tessera knows %hi, %lo, %pcrel_hi, %pcrel_lo)`, e.range);
    if (!fk) throw new AsmError('asm/relocation-use', `%${fn} cannot be used in this operand`, e.range);
    ctx.addFixup({ offset, kind: fk, expr: ctx.bind(e.arg), range: e.range });
    return 0;
  }
  const rule = kind === 'shamt' ? SHAMT : kind === 'u' ? UIMM20 : kind === 'zimm' ? ZIMM : kind === 'csr' ? CSRNUM : IMM12;
  let v: Value;
  try {
    v = ctx.evaluate(e, false);
  } catch (err) {
    if (!(err instanceof Pending)) throw err;
    ctx.addFixup({ offset, kind: kind === 's' ? 'imm_s' : kind === 'u' ? 'uimm20' : kind === 'shamt' ? 'shamt' : kind === 'zimm' ? 'zimm' : kind === 'csr' ? 'csr' : 'imm_i', expr: ctx.bind(e), range: e.range });
    return 0;
  }
  if (!isAbs(v)) throw new AsmError('asm/not-constant', `${rule.what} must be a constant (use %lo/%hi or %pcrel_lo/%pcrel_hi for addresses)`, e.range);
  const n = kind === 'i' || kind === 's' ? normalize32(v.add) : v.add;
  return checkRange(n, rule, e.range);
}

// ---- real instructions ----

function regOf(v: OperandValue | undefined): number {
  if (!v) return 0;
  if (v.k === 'reg') return v.n;
  if (v.k === 'const') return v.v;
  return 0;
}

const INVERSE: Record<string, string> = { beq: 'bne', bne: 'beq', blt: 'bge', bge: 'blt', bltu: 'bgeu', bgeu: 'bltu' };

/** Encodes a table instruction (or a `.insn` one, whose branches are never relaxed). */
export function encodeReal(ctx: FileAssembler, spec: InstructionSpec, values: OperandValue[], range: SourceRange, relaxBranches = true): void {
  if (spec.extension !== 'I' && spec.extension !== 'M') ctx.noteExtension(spec.extension);
  const f = { rd: 0, rs1: 0, rs2: 0, imm: 0, csr: 0, pred: 0, succ: 0 };
  const offset = ctx.cur.size;
  for (let i = 0; i < spec.operands.length; i++) {
    const kind = spec.operands[i]!;
    const v = values[i]!;
    switch (kind) {
      case 'rd': f.rd = regOf(v); break;
      case 'rs1': f.rs1 = regOf(v); break;
      case 'rs2': f.rs2 = regOf(v); break;
      case 'pred': f.pred = regOf(v); break;
      case 'succ': f.succ = regOf(v); break;
      case 'imm12': f.imm = constOr(v) ?? immediate(ctx, exprOf(v), 'i', offset, v.range); break;
      case 'shamt': f.imm = constOr(v) ?? immediate(ctx, exprOf(v), 'shamt', offset, v.range); break;
      case 'zimm': f.imm = constOr(v) ?? immediate(ctx, exprOf(v), 'zimm', offset, v.range); break;
      case 'uimm20': f.imm = constOr(v) ?? immediate(ctx, exprOf(v), 'u', offset, v.range); break;
      case 'csr': f.csr = constOr(v) ?? immediate(ctx, exprOf(v), 'csr', offset, v.range); break;
      case 'load':
      case 'store':
        if (v.k === 'mem') {
          f.rs1 = v.base;
          f.imm = immediate(ctx, v.offset, kind === 'store' ? 's' : 'i', offset, v.range);
        }
        break;
      case 'branch': {
        if (relaxBranches) {
          emitBranch(ctx, spec, f.rs1, f.rs2, v, range);
          return;
        }
        const target = exprOf(v);
        if (target) ctx.addFixup({ offset, kind: 'branch', expr: ctx.bind(target), range: v.range });
        break;
      }
      case 'jump': {
        const target = exprOf(v);
        if (target) ctx.addFixup({ offset, kind: 'jal', expr: ctx.bind(target), range: v.range });
        break;
      }
    }
  }
  ctx.emitInsn(encode(spec, f), range);
}

function exprOf(v: OperandValue): Expr | undefined {
  return v.k === 'expr' ? v.e : v.k === 'mem' ? v.offset : undefined;
}
function constOr(v: OperandValue): number | undefined {
  return v.k === 'const' ? v.v : undefined;
}

/**
 * A conditional branch. GNU as relaxes a branch whose target is not a strong label of this section
 * within ±4 KiB into `b<inverse> +8; j target`; which branches need that is found by re-running the
 * file (see assemble.ts), so here the decision is just read.
 */
function emitBranch(ctx: FileAssembler, spec: InstructionSpec, rs1: number, rs2: number, v: OperandValue, range: SourceRange): void {
  const target = exprOf(v);
  if (!target) throw new AsmError('asm/operand-kind', 'expected a branch target', v.range);
  const bound = ctx.bind(target);
  const seq = ctx.branchSeq++;
  const long = ctx.options.longBranches.has(seq);
  const offset = ctx.cur.size;
  if (!long) {
    ctx.emitInsn(encode(spec, { rs1, rs2 }), range);
    ctx.addFixup({ offset, kind: 'branch', expr: bound, range: v.range });
  } else {
    const inverse = instructionByMnemonic(INVERSE[spec.mnemonic]!)!;
    ctx.emitInsn(encode(inverse, { rs1, rs2, imm: 8 }), range);
    ctx.addFixup({ offset: offset + 4, kind: 'jal', expr: bound, range: v.range });
    ctx.emitInsn(encode(instructionByMnemonic('jal')!, { rd: 0 }), range);
  }
  ctx.branches.push({ seq, section: ctx.curIndex, offset, expr: bound, long, range: v.range });
}

// ---- pseudo-instructions ----

function real(m: string): InstructionSpec {
  return instructionByMnemonic(m)!;
}

/** Expands a pseudo form: either by its table template, or by the special sequences GNU builds. */
function expandPseudo(ctx: FileAssembler, p: PseudoSpec, values: OperandValue[], range: SourceRange): void {
  const arg = (name: PseudoOperand): OperandValue => values[p.operands.indexOf(name)]!;
  switch (p.special) {
    case 'li':
      return loadImmediate(ctx, regOf(arg('rd')), arg('imm'), range);
    case 'la':
    case 'lla':
      return pcrelPair(ctx, regOf(arg('rd')), 'addi', regOf(arg('rd')), arg('symbol'), range);
    case 'load-symbol':
      return pcrelPair(ctx, regOf(arg('rd')), p.name, regOf(arg('rd')), arg('symbol'), range);
    case 'store-symbol':
      return pcrelPair(ctx, regOf(arg('rt')), p.name, regOf(arg('rd')), arg('symbol'), range);
    case 'call':
      // `call sym` goes through ra; `call rd, sym` through t1, as GNU's table has it.
      return p.operands.includes('rd') ? callPair(ctx, 6, regOf(arg('rd')), arg('symbol'), range) : callPair(ctx, 1, 1, arg('symbol'), range);
    case 'tail':
      return callPair(ctx, 6, 0, arg('symbol'), range);
    case 'jump':
      return callPair(ctx, regOf(arg('rt')), 0, arg('symbol'), range);
  }
  for (const step of p.expansion) {
    const [mnemonic, ...args] = step;
    const spec = real(mnemonic!);
    const out: OperandValue[] = args.map((a) => templateOperand(a, p, values, range));
    encodeReal(ctx, spec, out, range);
  }
}

function templateOperand(a: string, p: PseudoSpec, values: OperandValue[], range: SourceRange): OperandValue {
  const byName = (n: string): OperandValue | undefined => {
    const i = p.operands.indexOf(n as PseudoOperand);
    return i >= 0 ? values[i] : undefined;
  };
  const direct = byName(a);
  if (direct) return direct;
  const reg = registerNumber(a);
  if (reg !== undefined) return { k: 'reg', n: reg, range };
  if (/^-?\d+$/.test(a)) return { k: 'expr', e: { k: 'num', value: BigInt(a), range }, range };
  const csr = csrByName(a);
  if (csr) return { k: 'const', v: csr.number, range };
  const fence = parseFenceSet(a);
  if (fence !== undefined) return { k: 'const', v: fence, range };
  const m = /^(.*)\((\w+)\)$/.exec(a);
  if (m) {
    const base = byName(m[2]!) ?? { k: 'reg', n: registerNumber(m[2]!) ?? 0, range };
    const off = m[1] === '0' ? undefined : byName(m[1]!);
    if (off?.k === 'mem') return off;
    const offset = off && off.k === 'expr' ? off.e : undefined;
    return { k: 'mem', ...(offset ? { offset } : {}), base: regOf(base), range };
  }
  throw new AsmError('asm/internal', `bad pseudo-instruction template operand '${a}' in ${p.name}`, range);
}

/** GNU's load_const for RV32: addi alone, lui alone, or lui + addi. */
function loadImmediate(ctx: FileAssembler, rd: number, v: OperandValue, range: SourceRange): void {
  const e = exprOf(v)!;
  // GNU's first `li` form is `addi rd, zero, imm`, which takes %lo(...) and %pcrel_lo(...).
  if (e.k === 'reloc') {
    encodeReal(ctx, real('addi'), [{ k: 'reg', n: rd, range }, { k: 'reg', n: 0, range }, v], range);
    return;
  }
  const value = normalize32(ctx.constant(e, 'the value of li'));
  const lower = ((value & 0xfffn) ^ 0x800n) - 0x800n;
  const upper = BigInt.asIntN(64, value - lower);
  let hiReg = 0;
  if (upper !== 0n) {
    ctx.emitInsn(encode(real('lui'), { rd, imm: Number((BigInt.asUintN(32, upper) >> 12n) & 0xfffffn) }), range);
    hiReg = rd;
  }
  if (lower !== 0n || hiReg === 0) ctx.emitInsn(encode(real('addi'), { rd, rs1: hiReg, imm: Number(lower) }), range);
}

/** auipc tmp, %pcrel_hi(sym); <op> rd, %pcrel_lo(tmp-label)(tmp). */
function pcrelPair(ctx: FileAssembler, tmp: number, op: string, rd: number, sym: OperandValue, range: SourceRange): void {
  const e = exprOf(sym);
  if (!e) throw new AsmError('asm/operand-kind', 'expected a symbol', sym.range);
  // `la rd, constant` has no pc-relative meaning: GNU loads the constant.
  if (op === 'addi' && isConstantNow(ctx, e)) {
    loadImmediate(ctx, rd, sym, range);
    return;
  }
  const at = ctx.cur.size;
  ctx.addFixup({ offset: at, kind: 'pcrel_hi20', expr: ctx.bind(e), range: sym.range });
  ctx.emitInsn(encode(real('auipc'), { rd: tmp }), range);
  const spec = real(op);
  const loKind: FixupKind = spec.format === 'S' ? 'pcrel_lo12_s' : 'pcrel_lo12_i';
  const label: Expr = { k: 'loc', section: ctx.curIndex, offset: at, range: sym.range };
  ctx.addFixup({ offset: at + 4, kind: loKind, expr: label, range: sym.range });
  const f = spec.format === 'S' ? { rs1: tmp, rs2: rd } : { rd, rs1: tmp };
  ctx.emitInsn(encode(spec, f), range);
}

function isConstantNow(ctx: FileAssembler, e: Expr): boolean {
  try {
    return isAbs(ctx.evaluate(e, false));
  } catch {
    return false;
  }
}

/** auipc tmp, %pcrel_hi(sym); jalr link, %pcrel_lo(sym)(tmp) as one `call` relocation. */
function callPair(ctx: FileAssembler, tmp: number, link: number, sym: OperandValue, range: SourceRange): void {
  const e = exprOf(sym);
  if (!e) throw new AsmError('asm/operand-kind', 'expected a symbol', sym.range);
  const at = ctx.cur.size;
  ctx.addFixup({ offset: at, kind: 'call', expr: ctx.bind(e), range: sym.range });
  ctx.emitInsn(encode(real('auipc'), { rd: tmp }), range);
  ctx.emitInsn(encode(real('jalr'), { rd: link, rs1: tmp }), range);
}
