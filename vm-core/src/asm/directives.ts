// Directives: what each one does to the assembler's state. Block directives (.macro, .rept, .irp,
// .irpc) are captured in assembler.ts; conditionals are here because they run even when skipping.

import type { SourceRange } from '../diagnostics.js';
import type { Statement, Expr, Operand } from './ast.js';
import type { Chunk, FileAssembler } from './assembler.js';
import type { RawStatement } from './statements.js';
import { headIndex } from './statements.js';
import { tokenRange, decodeString, type Locator } from './ast-builder.js';
import { AsmError, Pending, isAbs, type Value } from './values.js';
import { SHF, SHT, type SymbolType } from './object.js';
import type { SymbolEntry } from './symbols.js';
import { parseSectionFlags, SECTION_TYPES, defaultSectionAttributes } from './sections.js';
import { suggest } from './suggest.js';
import { emitInsnDirective } from './insn-directive.js';
import { normalizeArch, applyArchOption } from '../isa/arch.js';

type Handler = (ctx: FileAssembler, stmt: Statement, raw: RawArgs) => void;

export interface RawArgs {
  /** Argument text after the directive name, trimmed. */
  text: string;
  range: SourceRange;
  chunk: Chunk;
  loc: Locator;
}

// ---- helpers ----

function expr(op: Operand | undefined, what: string, stmt: Statement): Expr {
  const it = op?.items[0];
  if (!op || !it || it.k !== 'expr' || it.base || op.items.length !== 1) {
    throw new AsmError('asm/operand-kind', `${stmt.name}: expected ${what}`, op?.range ?? stmt.range);
  }
  return it.expr;
}

function symbolName(op: Operand | undefined, stmt: Statement): { name: string; range: SourceRange } {
  const it = op?.items[0];
  if (!op || !it || it.k !== 'expr' || it.expr.k !== 'sym' || it.base) {
    throw new AsmError('asm/operand-kind', `${stmt.name}: expected a symbol name`, op?.range ?? stmt.range);
  }
  return { name: it.expr.name, range: it.range };
}

function stringArg(op: Operand | undefined, stmt: Statement): number[] {
  const it = op?.items[0];
  if (!op || !it || it.k !== 'string') throw new AsmError('asm/operand-kind', `${stmt.name}: expected a string`, op?.range ?? stmt.range);
  return it.bytes;
}

function count(ctx: FileAssembler, e: Expr, what: string, max = 1 << 28): number {
  const v = ctx.constant(e, what);
  if (v < 0n) {
    ctx.warn('asm/negative-count', `${what} is negative (${v}); treated as 0`, e.range);
    return 0;
  }
  if (v > BigInt(max)) throw new AsmError('asm/too-large', `${what} is too large (${v} > ${max})`, e.range);
  return Number(v);
}

function utf8(bytes: number[]): string {
  return new TextDecoder().decode(new Uint8Array(bytes));
}

// ---- data ----

function emitData(ctx: FileAssembler, stmt: Statement, size: number): void {
  const start = ctx.cur.size;
  for (const op of stmt.operands) {
    const e = expr(op, 'an expression', stmt);
    let v: Value | undefined;
    try {
      v = ctx.evaluate(e, false);
    } catch (err) {
      if (!(err instanceof Pending)) throw err;
    }
    const offset = ctx.cur.size;
    ctx.emitBytes(new Uint8Array(size), op.range);
    if (v && isAbs(v)) {
      ctx.addFixup({ offset, kind: 'data', size, expr: { k: 'num', value: v.add, range: e.range }, range: e.range });
    } else {
      ctx.addFixup({ offset, kind: 'data', size, expr: ctx.bind(e), range: e.range });
    }
  }
  ctx.noteData(start);
}

function emitStrings(ctx: FileAssembler, stmt: Statement, terminate: boolean): void {
  const start = ctx.cur.size;
  for (const op of stmt.operands) {
    for (const it of op.items) {
      if (it.k !== 'string') throw new AsmError('asm/operand-kind', `${stmt.name}: expected a string`, it.range);
      ctx.emitBytes(terminate ? [...it.bytes, 0] : it.bytes, it.range);
    }
  }
  ctx.noteData(start);
}

function leb128(ctx: FileAssembler, stmt: Statement, signed: boolean): void {
  const start = ctx.cur.size;
  for (const op of stmt.operands) {
    let v = ctx.constant(expr(op, 'a constant', stmt), stmt.name);
    const out: number[] = [];
    if (!signed) v = BigInt.asUintN(64, v);
    for (;;) {
      const byte = Number(v & 0x7fn);
      v >>= 7n;
      const done = signed ? (v === 0n && (byte & 0x40) === 0) || (v === -1n && (byte & 0x40) !== 0) : v === 0n;
      out.push(done ? byte : byte | 0x80);
      if (done) break;
    }
    ctx.emitBytes(out, op.range);
  }
  ctx.noteData(start);
}

// ---- alignment ----

/** GNU's riscv_make_nops: a zero byte if odd, one 2-byte c.nop if needed, then 4-byte nops. */
export function nopFill(n: number): number[] {
  const out: number[] = [];
  if (n % 2 === 1) out.push(0);
  if ((n - out.length) % 4 === 2) out.push(0x01, 0x00);
  while (out.length < n) out.push(0x13, 0x00, 0x00, 0x00);
  return out;
}

/**
 * Alignment. In code sections GNU as (relaxing, the default) emits the worst case, alignment - 4
 * bytes of nops, and ld deletes the excess even with --no-relax: so the bytes here are the exact
 * nops ld leaves, and the worst case is remembered as slack (it decides the section's end padding).
 * Alignments of 4 or less emit nothing in relaxed code, as in GNU as.
 */
const MAX_ALIGNMENT = 1 << 24;

function present(op: Operand | undefined): op is Operand {
  return op !== undefined && op.items.length > 0;
}

function align(ctx: FileAssembler, stmt: Statement, bytes: number, fillOp?: Operand, maxOp?: Operand, fillSize = 1): void {
  if (bytes <= 0 || (bytes & (bytes - 1)) !== 0) throw new AsmError('asm/alignment', `alignment ${bytes} is not a power of 2`, stmt.range);
  if (bytes > MAX_ALIGNMENT) throw new AsmError('asm/alignment', `alignment ${bytes} is too large (at most ${MAX_ALIGNMENT})`, stmt.range);
  const sec = ctx.cur;
  const hasFill = present(fillOp);
  const max = present(maxOp) ? count(ctx, expr(maxOp, 'a maximum', stmt), 'the maximum skip') : undefined;
  sec.raiseAlignment(bytes);
  if (sec.isCode && !hasFill && !sec.isNobits) {
    // GNU as never pads code to 4 bytes or less: instructions are already there.
    if (bytes <= 4) return;
    ctx.markCode(true);
    if (ctx.relaxOption) {
      const pad = (bytes - (sec.size % bytes)) % bytes;
      const start = sec.size;
      sec.emit(ldNops(pad));
      sec.slack += bytes - 4 - pad;
      ctx.noteData(start);
      return;
    }
  }
  if (hasFill) ctx.markData();
  // Other alignment is exact in GNU as's own layout, which still counts relaxed nops not yet deleted.
  const pad = (bytes - ((sec.size + sec.slack) % bytes)) % bytes;
  if (max !== undefined && pad > max) return;
  if (pad === 0) return;
  const start = sec.size;
  if (hasFill) {
    const value = BigInt.asUintN(8 * fillSize, ctx.constant(expr(fillOp, 'a fill value', stmt), 'the fill value'));
    // A pattern wider than a byte repeats from the aligned side; a remainder before it is zeros.
    const bytes: number[] = new Array(pad % fillSize).fill(0);
    while (bytes.length < pad) for (let i = 0; i < fillSize; i++) bytes.push(Number((value >> BigInt(8 * i)) & 0xffn));
    ctx.emitBytes(bytes, fillOp.range);
  } else if (sec.isCode && !sec.isNobits) {
    ctx.normalPadding.push({ section: ctx.curIndex, offset: sec.size, size: pad });
    if (pad % 4 === 0) sec.fillPattern(pad, [0x13, 0x00, 0x00, 0x00]);
    else sec.emit(nopFill(pad));
  } else ctx.dataFill(pad, 0);
  ctx.noteData(start);
}

/** The nops ld writes when it trims an alignment: 4-byte nops, then a 2-byte c.nop if needed. */
function ldNops(n: number): number[] {
  const out: number[] = [];
  while (n - out.length >= 4) out.push(0x13, 0x00, 0x00, 0x00);
  if (n - out.length >= 2) out.push(0x01, 0x00);
  while (out.length < n) out.push(0);
  return out;
}

function alignPower(ctx: FileAssembler, stmt: Statement, fillSize = 1): void {
  const [n, fill, max] = stmt.operands;
  const p = count(ctx, expr(n, 'an alignment', stmt), 'the alignment', 31);
  align(ctx, stmt, 2 ** p, fill, max, fillSize);
}

function alignBytes(ctx: FileAssembler, stmt: Statement, fillSize = 1): void {
  const [n, fill, max] = stmt.operands;
  align(ctx, stmt, count(ctx, expr(n, 'an alignment', stmt), 'the alignment'), fill, max, fillSize);
}

// ---- sections ----

function sectionDirective(ctx: FileAssembler, stmt: Statement, raw: RawArgs, push: boolean): void {
  // Section names may hold characters an expression cannot (`.note.GNU-stack`): read the raw text.
  const parts = splitTopLevel(raw.text);
  const name = (parts[0] ?? '').trim().replace(/^"(.*)"$/, '$1');
  if (!name) throw new AsmError('asm/operand-kind', `${stmt.name}: expected a section name`, raw.range);
  let flags: number | undefined;
  let type: number | undefined;
  let entsize: number | undefined;
  const flagText = parts[1]?.trim();
  if (flagText !== undefined) {
    const m = /^"([^"]*)"$/.exec(flagText);
    if (m) {
      const f = parseSectionFlags(m[1]!);
      if (f.unknown) ctx.warn('asm/section-flags', `unknown section flag(s) '${f.unknown}'`, raw.range);
      flags = f.flags;
    } else if (/^#/.test(flagText) === false && flagText.length) {
      throw new AsmError('asm/section-flags', `expected a quoted flag string such as "ax", found '${flagText}'`, raw.range);
    }
  }
  const typeText = parts[2]?.trim();
  if (typeText) {
    const t = SECTION_TYPES[typeText.replace(/^[@%]/, '')];
    if (t === undefined) throw new AsmError('asm/section-type', `unknown section type '${typeText}' (expected @progbits, @nobits, @note, @init_array…)`, raw.range);
    type = t;
  } else if (flags !== undefined) {
    // Flags without a type keep the type GNU gives the name (.init_array, .note, .bss …).
    type = defaultSectionAttributes(name).type;
  }
  if (parts[3] !== undefined && flags !== undefined && (flags & SHF.MERGE)) {
    entsize = Number(ctx.constant(ctx.parseExpressionText(parts[3], raw.loc, raw.range), 'the entry size'));
  }
  if (push) ctx.sectionStack.push({ cur: ctx.curIndex, prev: ctx.previousIndex });
  ctx.switchSection(name, flags === undefined && type === undefined ? undefined : { ...(flags !== undefined ? { flags } : {}), ...(type !== undefined ? { type } : {}), ...(entsize !== undefined ? { entsize } : {}) }, raw.range);
}

/** Splits on commas outside quotes and parentheses. */
export function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = false;
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      cur += c;
      if (c === '\\' && i + 1 < text.length) cur += text[++i];
      else if (c === '"') quote = false;
      continue;
    }
    if (c === '"') quote = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  if (cur.trim().length || out.length) out.push(cur);
  return out;
}

// ---- symbols ----

function setBinding(ctx: FileAssembler, stmt: Statement, binding: 'global' | 'weak' | 'local'): void {
  for (const op of stmt.operands) {
    const { name, range } = symbolName(op, stmt);
    ctx.noteReference(name, range);
    const e = ctx.symbols.obtain(name);
    if (binding === 'global' && e.binding === 'weak') continue;
    e.binding = binding;
    e.bindingExplicit = true;
  }
}

const TYPE_NAMES: Record<string, SymbolType> = {
  function: 'func', STT_FUNC: 'func', gnu_indirect_function: 'func', STT_GNU_IFUNC: 'func',
  object: 'object', STT_OBJECT: 'object', common: 'object', STT_COMMON: 'object',
  notype: 'notype', STT_NOTYPE: 'notype', tls_object: 'tls', STT_TLS: 'tls',
};

function typeDirective(ctx: FileAssembler, stmt: Statement, raw: RawArgs): void {
  const parts = splitTopLevel(raw.text);
  const name = parts[0]?.trim();
  const t = parts[1]?.trim().replace(/^[@%]/, '').replace(/^"(.*)"$/, '$1');
  if (!name || !t) throw new AsmError('asm/operand-kind', '.type: expected `.type symbol, @function` (or @object, @notype, @tls_object)', raw.range);
  const type = TYPE_NAMES[t];
  if (!type) throw new AsmError('asm/operand-kind', `.type: unknown symbol type '${t}'`, raw.range);
  ctx.symbols.obtain(name).type = type;
}

function commDirective(ctx: FileAssembler, stmt: Statement, local: boolean): void {
  const { name, range } = symbolName(stmt.operands[0], stmt);
  const size = count(ctx, expr(stmt.operands[1], 'a size', stmt), 'the size');
  const e = ctx.symbols.obtain(name);
  // `.local x` then `.comm x, size, align` (what gcc writes for statics) allocates in .bss here.
  if (!local && e.binding === 'local' && e.bindingExplicit && !e.def && !ctx.localCommons.some((c) => c.symbol === e)) {
    const align = present(stmt.operands[2]) ? count(ctx, expr(stmt.operands[2], 'an alignment', stmt), 'the alignment') : Math.min(16, largestPow2(size));
    allocateBss(ctx, e, range, size, align);
    return;
  }
  if (local) {
    // GNU picks .lcomm's alignment from the size when none is given.
    const align = stmt.operands[2]
      ? 2 ** count(ctx, expr(stmt.operands[2], 'an alignment', stmt), 'the alignment', 31)
      : size > 4 ? 8 : size > 2 ? 4 : size > 1 ? 2 : 1;
    if (e.def || ctx.localCommons.some((c) => c.symbol === e)) throw new AsmError('asm/duplicate-label', `symbol '${name}' is already defined`, range);
    allocateBss(ctx, e, range, size, align);
    return;
  }
  if (e.def && e.def.kind !== 'common') return; // a definition wins over .comm, as in GNU
  const align = stmt.operands[2] ? count(ctx, expr(stmt.operands[2], 'an alignment', stmt), 'the alignment') : Math.min(16, largestPow2(size));
  if (e.def?.kind === 'common') {
    e.def.size = Math.max(e.def.size, size);
    e.def.align = Math.max(e.def.align, align);
  } else e.def = { kind: 'common', size, align };
  e.range ??= range;
  if (e.binding === 'local') e.binding = 'global';
}

/** Local commons and .lcomm go to GNU's .bss subsection 1: after all other .bss, in order. */
function allocateBss(ctx: FileAssembler, e: SymbolEntry, range: SourceRange, size: number, align: number): void {
  ctx.localCommons.push({ symbol: e, size, align });
  e.range = range;
  e.fixedSize = size;
  if (e.type === 'notype') e.type = 'object';
}

function largestPow2(n: number): number {
  let p = 1;
  while (p * 2 <= n) p *= 2;
  return p;
}

// ---- messages, include, misc ----

function messageText(ctx: FileAssembler, stmt: Statement, fallback: string): string {
  const op = stmt.operands[0];
  if (!op) return fallback;
  return utf8(stringArg(op, stmt)) || fallback;
}

function includeDirective(ctx: FileAssembler, stmt: Statement, raw: RawArgs): void {
  const name = utf8(stringArg(stmt.operands[0], stmt));
  const from = raw.chunk.file;
  const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
  // The including file's folder first (what people expect), then the main file's, the -I paths,
  // and last the working directory, which is where GNU as itself looks.
  const mainDir = ctx.file.includes('/') ? ctx.file.slice(0, ctx.file.lastIndexOf('/')) : '';
  const within = (d: string): string => (d ? `${d}/${name}` : name);
  const candidates = name.startsWith('/')
    ? [name]
    : [...new Set([within(dir), within(mainDir), ...(ctx.options.includePaths ?? []).map((p) => within(p.replace(/\/$/, ''))), name])];
  const found = candidates.find((c) => ctx.options.readFile?.(normalizePath(c)) !== undefined);
  ctx.includeFile(normalizePath(found ?? candidates[0]!), name, candidates.map(normalizePath), stmt.range);
}

export function normalizePath(p: string): string {
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return (abs ? '/' : '') + out.join('/');
}

const ATTRIBUTE_TAGS: Record<string, number> = { stack_align: 4, arch: 5, unaligned_access: 6, priv_spec: 8, priv_spec_minor: 10, priv_spec_revision: 12, atomic_abi: 14, x3_reg_usage: 16 };

function attributeDirective(ctx: FileAssembler, stmt: Statement, raw: RawArgs): void {
  const parts = splitTopLevel(raw.text).map((p) => p.trim());
  const tagText = (parts[0] ?? '').replace(/^Tag_RISCV_/, '');
  const tag = ATTRIBUTE_TAGS[tagText] ?? (/^\d+$/.test(tagText) ? Number(tagText) : undefined);
  if (tag === undefined) throw new AsmError('asm/attribute', `unknown RISC-V attribute '${parts[0] ?? ''}'`, raw.range);
  const valueText = parts[1] ?? '';
  const str = /^"(.*)"$/.exec(valueText);
  const value: number | string = str ? str[1]! : Number(ctx.constant(ctx.parseExpressionText(valueText, raw.loc, raw.range), 'the attribute value'));
  if (tag === 5 && typeof value === 'string') {
    const arch = normalizeArch(value);
    if (!arch) throw new AsmError('asm/attribute', `invalid ISA string '${value}'`, raw.range);
    ctx.attributes.arch = arch;
    ctx.arch = arch;
  }
  else if (tag === 6 && typeof value === 'number') ctx.attributes.unalignedAccess = value;
  else if (tag === 4 && typeof value === 'number') ctx.attributes.stackAlign = value;
  else (ctx.attributes.other ??= []).push({ tag, value });
}

function optionDirective(ctx: FileAssembler, stmt: Statement, raw: RawArgs): void {
  const word = raw.text.split(/[\s,]+/)[0] ?? '';
  switch (word) {
    case 'push': ctx.pushOption(); return;
    case 'pop':
      if (!ctx.popOption()) ctx.error('asm/option', '.option pop with no matching .option push', raw.range);
      return;
    case 'relax': ctx.relaxOption = true; return;
    case 'norelax': ctx.relaxOption = false; return;
    case 'norvc': case 'nopic': return;
    case 'rvc':
      ctx.warn('asm/unsupported', 'compressed instructions (RVC) are not supported; instructions stay 32-bit', raw.range);
      return;
    case 'pic':
      ctx.warn('asm/unsupported', 'position-independent code is not supported: la stays pc-relative (as lla)', raw.range);
      return;
    case 'arch': {
      const spec = raw.text.replace(/^arch\s*,?/, '');
      const arch = applyArchOption(ctx.arch, spec);
      if (!arch) throw new AsmError('asm/option', `.option arch: cannot read '${spec.trim()}'`, raw.range);
      if (/_c\d/.test(arch)) ctx.warn('asm/unsupported', 'compressed instructions (RVC) are not supported; instructions stay 32-bit', raw.range);
      ctx.arch = arch;
      return;
    }
    case 'csr-check': case 'no-csr-check': return;
    default:
      ctx.warn('asm/option', `unknown .option '${word}'`, raw.range);
  }
}

function orgDirective(ctx: FileAssembler, stmt: Statement): void {
  const e = expr(stmt.operands[0], 'a location', stmt);
  const v = ctx.evaluate(e, false);
  let target: number;
  if (isAbs(v)) target = Number(v.add);
  else if (v.base?.kind === 'sec' && v.base.section === ctx.curIndex && !v.minus) target = v.base.offset + Number(v.add);
  else throw new AsmError('asm/org', '.org: the location must be a constant or a place in the current section', e.range);
  const fill = stmt.operands[1] ? Number(BigInt.asUintN(8, ctx.constant(expr(stmt.operands[1], 'a fill value', stmt), 'the fill'))) : 0;
  if (target < ctx.cur.size) throw new AsmError('asm/org', `.org: attempt to move the location backwards (from ${ctx.cur.size} to ${target})`, e.range);
  const start = ctx.cur.size;
  ctx.dataFill(target - ctx.cur.size, fill);
  ctx.noteData(start);
}

function fillDirective(ctx: FileAssembler, stmt: Statement): void {
  const [repOp, sizeOp, valueOp] = stmt.operands;
  const repeat = count(ctx, expr(repOp, 'a repeat count', stmt), 'the repeat count');
  let size = sizeOp ? count(ctx, expr(sizeOp, 'a size', stmt), 'the size') : 1;
  if (size > 8) {
    ctx.warn('asm/fill-size', `.fill size clamped to 8`, sizeOp?.range);
    size = 8;
  }
  const value = valueOp ? ctx.constant(expr(valueOp, 'a value', stmt), 'the fill value') : 0n;
  const bytes: number[] = [];
  // GNU writes the value as 4 bytes at most; larger sizes get zero high bytes.
  const v = BigInt.asUintN(32, value);
  for (let i = 0; i < size; i++) bytes.push(i < 4 ? Number((v >> BigInt(8 * i)) & 0xffn) : 0);
  const start = ctx.cur.size;
  if (repeat * size > 1 << 28) throw new AsmError('asm/too-large', '.fill: too many bytes', stmt.range);
  ctx.markData();
  if (!ctx.cur.fillPattern(repeat * size, bytes)) ctx.error('asm/nobits-data', `attempt to store non-zero value in section '${ctx.cur.name}'`, stmt.range);
  ctx.noteData(start);
}

function spaceDirective(ctx: FileAssembler, stmt: Statement): void {
  const n = count(ctx, expr(stmt.operands[0], 'a size', stmt), 'the size');
  const fill = stmt.operands[1] ? Number(BigInt.asUintN(8, ctx.constant(expr(stmt.operands[1], 'a fill value', stmt), 'the fill value'))) : 0;
  const start = ctx.cur.size;
  ctx.dataFill(n, fill);
  ctx.noteData(start);
}

function equDirective(ctx: FileAssembler, stmt: Statement, mode: 'set' | 'equ' | 'equiv'): void {
  const { name, range } = symbolName(stmt.operands[0], stmt);
  const value = expr(stmt.operands[1], 'a value', stmt);
  ctx.defineEquate(name, value, range, mode);
}

/** `.float 1.5, -0.1` / `.double 2.5e10`: IEEE values read from the argument text. */
function emitFloats(ctx: FileAssembler, raw: RawArgs, size: 4 | 8): void {
  const start = ctx.cur.size;
  for (const part of splitTopLevel(raw.text)) {
    const t = part.trim().replace(/^0[fFdDeErR]/, '');
    const value = /^[-+]?inf(inity)?$/i.test(t) ? (t.startsWith('-') ? -Infinity : Infinity) : /^[-+]?nan$/i.test(t) ? NaN : Number(t);
    if (t === '' || (Number.isNaN(value) && !/nan$/i.test(t))) throw new AsmError('asm/float', `expected a floating-point number, found '${part.trim()}'`, raw.range);
    const bytes = new Uint8Array(size);
    const view = new DataView(bytes.buffer);
    if (size === 4) view.setFloat32(0, value, true);
    else view.setFloat64(0, value, true);
    ctx.emitBytes(bytes);
  }
  ctx.noteData(start);
}

const ignore: Handler = () => {};

const HANDLERS: Record<string, Handler> = {
  '.text': (ctx) => ctx.switchSection('.text'),
  '.data': (ctx) => ctx.switchSection('.data'),
  '.bss': (ctx) => ctx.switchSection('.bss'),
  // Not GNU directives, but what people coming from RARS and Venus write; given GNU's usual flags.
  '.rodata': (ctx) => ctx.switchSection('.rodata'),
  '.sdata': (ctx) => ctx.switchSection('.sdata', { type: SHT.PROGBITS, flags: SHF.ALLOC | SHF.WRITE }),
  '.sbss': (ctx) => ctx.switchSection('.sbss', { type: SHT.NOBITS, flags: SHF.ALLOC | SHF.WRITE }),
  '.section': (ctx, stmt, raw) => sectionDirective(ctx, stmt, raw, false),
  '.pushsection': (ctx, stmt, raw) => sectionDirective(ctx, stmt, raw, true),
  '.popsection': (ctx, stmt) => {
    const top = ctx.sectionStack.pop();
    if (!top) throw new AsmError('asm/section-stack', '.popsection without .pushsection', stmt.range);
    ctx.switchSection(ctx.sections[top.cur]!.name);
    ctx.previousIndex = top.prev;
  },
  '.previous': (ctx) => {
    const prev = ctx.previousIndex;
    ctx.switchSection(ctx.sections[prev]!.name);
  },
  '.globl': (ctx, stmt) => setBinding(ctx, stmt, 'global'),
  '.global': (ctx, stmt) => setBinding(ctx, stmt, 'global'),
  '.weak': (ctx, stmt) => setBinding(ctx, stmt, 'weak'),
  '.local': (ctx, stmt) => setBinding(ctx, stmt, 'local'),
  '.hidden': ignore,
  '.protected': ignore,
  '.internal': ignore,
  '.type': (ctx, stmt, raw) => typeDirective(ctx, stmt, raw),
  '.size': (ctx, stmt) => {
    const { name, range } = symbolName(stmt.operands[0], stmt);
    ctx.noteReference(name, range);
    ctx.symbols.obtain(name).sizeExpr = ctx.bind(expr(stmt.operands[1], 'a size', stmt));
  },
  '.comm': (ctx, stmt) => commDirective(ctx, stmt, false),
  '.common': (ctx, stmt) => commDirective(ctx, stmt, false),
  '.lcomm': (ctx, stmt) => commDirective(ctx, stmt, true),
  '.equ': (ctx, stmt) => equDirective(ctx, stmt, 'equ'),
  '.set': (ctx, stmt) => equDirective(ctx, stmt, 'set'),
  '.equiv': (ctx, stmt) => equDirective(ctx, stmt, 'equiv'),
  '.eqv': (ctx, stmt) => equDirective(ctx, stmt, 'equ'),
  '.align': (ctx, stmt) => alignPower(ctx, stmt),
  '.p2align': (ctx, stmt) => alignPower(ctx, stmt),
  '.p2alignw': (ctx, stmt) => alignPower(ctx, stmt, 2),
  '.p2alignl': (ctx, stmt) => alignPower(ctx, stmt, 4),
  '.balign': (ctx, stmt) => alignBytes(ctx, stmt),
  '.balignw': (ctx, stmt) => alignBytes(ctx, stmt, 2),
  '.balignl': (ctx, stmt) => alignBytes(ctx, stmt, 4),
  '.byte': (ctx, stmt) => emitData(ctx, stmt, 1),
  '.half': (ctx, stmt) => emitData(ctx, stmt, 2),
  '.hword': (ctx, stmt) => emitData(ctx, stmt, 2),
  '.short': (ctx, stmt) => emitData(ctx, stmt, 2),
  '.2byte': (ctx, stmt) => emitData(ctx, stmt, 2),
  '.word': (ctx, stmt) => emitData(ctx, stmt, 4),
  '.long': (ctx, stmt) => emitData(ctx, stmt, 4),
  '.int': (ctx, stmt) => emitData(ctx, stmt, 4),
  '.4byte': (ctx, stmt) => emitData(ctx, stmt, 4),
  '.quad': (ctx, stmt) => emitData(ctx, stmt, 8),
  '.8byte': (ctx, stmt) => emitData(ctx, stmt, 8),
  '.dword': (ctx, stmt) => emitData(ctx, stmt, 8),
  '.ascii': (ctx, stmt) => emitStrings(ctx, stmt, false),
  '.asciz': (ctx, stmt) => emitStrings(ctx, stmt, true),
  '.string': (ctx, stmt) => emitStrings(ctx, stmt, true),
  '.zero': spaceDirective,
  '.space': spaceDirective,
  '.skip': spaceDirective,
  '.fill': fillDirective,
  '.dc.b': (ctx, stmt) => emitData(ctx, stmt, 1),
  '.dc.w': (ctx, stmt) => emitData(ctx, stmt, 2),
  '.dc.l': (ctx, stmt) => emitData(ctx, stmt, 4),
  '.dc.a': (ctx, stmt) => emitData(ctx, stmt, 4),
  '.float': (ctx, _stmt, raw) => emitFloats(ctx, raw, 4),
  '.single': (ctx, _stmt, raw) => emitFloats(ctx, raw, 4),
  '.dc.s': (ctx, _stmt, raw) => emitFloats(ctx, raw, 4),
  '.double': (ctx, _stmt, raw) => emitFloats(ctx, raw, 8),
  '.dc.d': (ctx, _stmt, raw) => emitFloats(ctx, raw, 8),
  '.nop': (ctx) => {
    // GNU's .nop leaves a fresh `$x` at its address even amid code (a data state, then the insn).
    ctx.markData();
    ctx.emitInsn(0x00000013);
  },
  '.uleb128': (ctx, stmt) => leb128(ctx, stmt, false),
  '.sleb128': (ctx, stmt) => leb128(ctx, stmt, true),
  '.org': orgDirective,
  '.insn': (ctx, stmt) => emitInsnDirective(ctx, stmt),
  '.include': includeDirective,
  '.error': (ctx, stmt) => ctx.error('asm/error-directive', messageText(ctx, stmt, '.error directive invoked in source file'), stmt.range),
  '.warning': (ctx, stmt) => ctx.warn('asm/warning-directive', messageText(ctx, stmt, '.warning directive invoked in source file'), stmt.range),
  '.print': (ctx, stmt) => ctx.report('info', 'asm/print', messageText(ctx, stmt, '(empty .print)'), stmt.range),
  '.exitm': (ctx, stmt) => {
    if (ctx.depth === 0) throw new AsmError('asm/exitm', '.exitm outside a macro', stmt.range);
    ctx.exitMacro = true;
  },
  '.purgem': (ctx, stmt) => {
    const { name, range } = symbolName(stmt.operands[0], stmt);
    if (!ctx.macros.delete(name)) throw new AsmError('asm/macro', `.purgem: no macro named '${name}'`, range);
  },
  '.end': (ctx) => {
    ctx.ended = true;
  },
  '.option': optionDirective,
  '.attribute': attributeDirective,
  '.ident': (ctx, stmt, raw) => {
    const m = /^"((?:[^"\\]|\\.)*)"$/.exec(raw.text);
    if (!m) throw new AsmError('asm/operand-kind', '.ident: expected a string', raw.range);
    ctx.idents.push(utf8(decodeString(`"${m[1]}"`)));
  },
  '.file': ignore,
  '.extern': ignore,
  '.loc': ignore,
  '.loc_mark_labels': ignore,
  '.addrsig': ignore,
  '.addrsig_sym': ignore,
  '.variant_cc': ignore,
  '.gnu_attribute': ignore,
  '.altmacro': (ctx, stmt) => ctx.warn('asm/unsupported', '.altmacro is not supported; macros keep the default syntax', stmt.range),
  '.noaltmacro': ignore,
};

export const DIRECTIVE_NAMES: readonly string[] = [
  ...Object.keys(HANDLERS),
  '.macro', '.endm', '.rept', '.irp', '.irpc', '.endr',
  '.if', '.ifdef', '.ifndef', '.ifnotdef', '.ifeq', '.ifne', '.ifgt', '.ifge', '.iflt', '.ifle', '.ifb', '.ifnb', '.ifc', '.ifnc', '.ifeqs', '.ifnes', '.elseif', '.else', '.endif',
];

export function runDirective(ctx: FileAssembler, stmt: Statement, chunk: Chunk, st: RawStatement): void {
  const loc: Locator = { file: chunk.file, lineOffset: chunk.lineOffset, ...(chunk.period ? { period: chunk.period } : {}) };
  const nameTok = st.tokens[headIndex(st.tokens)]!;
  const text = chunk.text.slice(nameTok.endOffset! + 1, st.end).trim();
  const raw: RawArgs = { text, range: stmt.range, chunk, loc };
  const handler = HANDLERS[stmt.name] ?? HANDLERS[stmt.name.toLowerCase()];
  if (handler) {
    handler(ctx, stmt, raw);
    return;
  }
  if (stmt.name.startsWith('.cfi_')) return; // call-frame info is not emitted
  const hint = suggest(stmt.name, DIRECTIVE_NAMES);
  throw new AsmError('asm/unknown-directive', `unknown directive '${stmt.name}'${hint ? `; did you mean '${hint}'?` : ''}`, stmt.nameRange);
}

// ---- conditionals ----

export interface CondFrame {
  directive: string;
  parentActive: boolean;
  taking: boolean;
  anyTaken: boolean;
  elseSeen: boolean;
  range: SourceRange;
}

const COND_HEADS = new Set(['.if', '.ifdef', '.ifndef', '.ifnotdef', '.ifeq', '.ifne', '.ifgt', '.ifge', '.iflt', '.ifle', '.ifb', '.ifnb', '.ifc', '.ifnc', '.ifeqs', '.ifnes', '.elseif', '.else', '.endif']);

export function isConditional(head: string): boolean {
  return COND_HEADS.has(head);
}

export function handleConditional(ctx: FileAssembler, head: string, st: RawStatement, chunk: Chunk, loc: Locator): void {
  const range = tokenRange(loc, st.tokens[0]!, st.tokens[st.tokens.length - 1]!);
  const top = ctx.conditions[ctx.conditions.length - 1];
  const nameTok = st.tokens[headIndex(st.tokens)]!;
  const text = chunk.text.slice(nameTok.endOffset! + 1, st.end).trim();
  if (head === '.endif') {
    if (!top) throw new AsmError('asm/conditional', '.endif without .if', range);
    ctx.conditions.pop();
    return;
  }
  if (head === '.else' || head === '.elseif') {
    if (!top) throw new AsmError('asm/conditional', `${head} without .if`, range);
    if (top.elseSeen) throw new AsmError('asm/conditional', `${head} after .else`, range);
    if (head === '.else') {
      top.elseSeen = true;
      top.taking = !top.anyTaken;
      top.anyTaken = true;
      return;
    }
    if (top.anyTaken || !top.parentActive) {
      top.taking = false;
      return;
    }
    top.taking = evalCondition(ctx, '.if', text, loc, range);
    top.anyTaken = top.taking;
    return;
  }
  const parentActive = ctx.active();
  const taking = parentActive ? evalCondition(ctx, head, text, loc, range) : false;
  ctx.conditions.push({ directive: head, parentActive, taking, anyTaken: taking || !parentActive, elseSeen: false, range });
}

function unquote(s: string): string {
  const t = s.trim();
  return /^".*"$/.test(t) || /^'.*'$/.test(t) ? t.slice(1, -1) : t;
}

function evalCondition(ctx: FileAssembler, head: string, text: string, loc: Locator, range: SourceRange): boolean {
  switch (head) {
    case '.ifdef':
      return ctx.isDefined(text);
    case '.ifndef':
    case '.ifnotdef':
      return !ctx.isDefined(text);
    case '.ifb':
      return text.length === 0;
    case '.ifnb':
      return text.length !== 0;
    case '.ifc':
    case '.ifnc':
    case '.ifeqs':
    case '.ifnes': {
      const parts = splitTopLevel(text);
      if (parts.length !== 2) throw new AsmError('asm/conditional', `${head} takes two comma-separated strings`, range);
      const same = unquote(parts[0]!) === unquote(parts[1]!);
      return head === '.ifc' || head === '.ifeqs' ? same : !same;
    }
  }
  const e = ctx.parseExpressionText(text, loc, range);
  const v = ctx.constant(e, `the condition of ${head}`);
  switch (head) {
    case '.if':
    case '.ifne':
      return v !== 0n;
    case '.ifeq':
      return v === 0n;
    case '.ifgt':
      return v > 0n;
    case '.ifge':
      return v >= 0n;
    case '.iflt':
      return v < 0n;
    case '.ifle':
      return v <= 0n;
    default:
      return false;
  }
}
