// The end of a file: every fixup is either settled in place (its value is a constant, or a distance
// within one section) or becomes a relocation for the linker; then symbols are written out.

import type { SourceRange } from '../diagnostics.js';
import type { Expr } from './ast.js';
import type { FileAssembler } from './assembler.js';
import { AsmError, isAbs, formatHex, type Value, type Base } from './values.js';
import type { ObjectFile, ObjSymbol, RelocKind, RelocTarget } from './object.js';
import * as F from '../isa/fields.js';
import { normalize32, checkRange, FIXUP_RULES } from './instructions.js';
import { suggest } from './suggest.js';
import { registerNames, ABI_NAMES } from '../isa/registers.js';

export type FixupKind =
  | 'imm_i' | 'imm_s' | 'uimm20' | 'shamt' | 'zimm' | 'csr'
  | 'hi20' | 'lo12_i' | 'lo12_s'
  | 'pcrel_hi20' | 'pcrel_lo12_i' | 'pcrel_lo12_s'
  | 'branch' | 'jal' | 'call'
  | 'data';

export interface Fixup {
  section: number;
  offset: number;
  kind: FixupKind;
  /** Bound expression (`.` and numeric labels already resolved). */
  expr: Expr;
  range: SourceRange;
  /** For data: size in bytes. */
  size?: number;
}

export interface BranchRecord {
  seq: number;
  section: number;
  offset: number;
  expr: Expr;
  long: boolean;
  range: SourceRange;
}

/** A pc-relative high part settled here, for the %pcrel_lo that names its auipc. */
interface HiPart {
  /** Displacement from the auipc, when the target is in the same section. */
  displacement?: number;
}

const DATA_RELOC: Record<number, RelocKind> = { 1: 'abs8', 2: 'abs16', 4: 'abs32', 8: 'abs64' };

function target(b: Base): RelocTarget {
  return b.kind === 'sec' ? { kind: 'section', section: b.section, offset: b.offset } : { kind: 'symbol', name: b.name };
}

/** Which conditional branches cannot stay 4 bytes (target elsewhere, weak, or out of ±4 KiB). */
export function branchesNeedingLongForm(ctx: FileAssembler): number[] {
  const out: number[] = [];
  for (const b of ctx.branches) {
    if (b.long) continue;
    let v: Value;
    try {
      v = ctx.evaluate(b.expr, true);
    } catch {
      continue; // reported when the fixup is settled
    }
    if (!v.base || v.minus || v.base.kind !== 'sec' || v.base.section !== b.section) {
      out.push(b.seq);
      continue;
    }
    const d = v.base.offset + Number(v.add) - b.offset;
    if (d < -4096 || d > 4095) out.push(b.seq);
  }
  return out;
}

/**
 * Settles `.equ` values kept for the end, from both ends of the table, so that a long chain of
 * definitions is evaluated a link at a time (memoized) rather than by one deep recursion.
 */
function resolveEquates(ctx: FileAssembler): void {
  const pending = [...ctx.symbols.entries()].filter((s) => s.def?.kind === 'equ' && s.def.expr);
  for (const list of [[...pending].reverse(), pending]) {
    for (const s of list) {
      try {
        ctx.symbolValue(s.name, s.range ?? ctx.stmtRange, true);
      } catch {
        // reported where the value is used
      }
    }
  }
}

export function finishObject(ctx: FileAssembler): ObjectFile {
  resolveEquates(ctx);
  const his = new Map<string, HiPart>();
  const later: Fixup[] = [];
  for (const f of ctx.fixups) {
    if (f.kind === 'pcrel_lo12_i' || f.kind === 'pcrel_lo12_s') later.push(f);
    else settle(ctx, f, his);
  }
  for (const f of later) settle(ctx, f, his);
  resolveSizes(ctx);
  return {
    path: ctx.file,
    sections: ctx.sections.map((s) => s.finish()),
    symbols: buildSymbols(ctx),
    attributes: ctx.attributes,
    idents: ctx.idents,
  };
}

function settle(ctx: FileAssembler, f: Fixup, his: Map<string, HiPart>): void {
  try {
    settleOrThrow(ctx, f, his);
  } catch (err) {
    if (err instanceof AsmError) ctx.error(err.code, err.message, err.range);
    else if (err instanceof RangeError && /call stack/.test(err.message)) ctx.error('asm/too-complex', 'expression nested too deeply to evaluate', f.range);
    else throw err;
  }
}

function settleOrThrow(ctx: FileAssembler, f: Fixup, his: Map<string, HiPart>): void {
  const sec = ctx.sections[f.section]!;
  const word = (): number => sec.read32(f.offset);
  const put = (w: number): void => sec.write32(f.offset, w);
  const reloc = (kind: RelocKind, v: Value, extra?: { minus?: Base }): void => {
    if (!v.base) throw new AsmError('asm/invalid-operands', 'invalid operands: a negated symbol cannot be relocated', f.range);
    if (v.base.kind === 'ext' && !ctx.absoluteTargets.has(v.base.name)) ctx.symbols.obtain(v.base.name).referenced = true;
    const minus = extra?.minus ?? v.minus;
    if (minus?.kind === 'ext') ctx.symbols.obtain(minus.name).referenced = true;
    sec.addReloc({ offset: f.offset, kind, target: target(v.base), addend: Number(BigInt.asIntN(32, v.add)), ...(minus ? { minus: target(minus) } : {}), range: f.range });
  };

  if (f.kind === 'pcrel_lo12_i' || f.kind === 'pcrel_lo12_s') {
    const label = ctx.evaluate(f.expr, true);
    if (!label.base || label.base.kind !== 'sec' || label.minus) {
      throw new AsmError('asm/pcrel-lo-unpaired', '%pcrel_lo needs the label of its auipc (GNU pairs %pcrel_lo(label) with the %pcrel_hi at label)', f.range);
    }
    const at = label.base.offset + Number(label.add);
    const hi = his.get(`${label.base.section}:${at}`);
    if (!hi) {
      throw new AsmError('asm/pcrel-lo-unpaired', `%pcrel_lo has no matching %pcrel_hi: no auipc with %pcrel_hi at the label it names`, f.range);
    }
    if (hi.displacement !== undefined) {
      const lo = F.lo12(hi.displacement);
      put(f.kind === 'pcrel_lo12_s' ? F.setImmS(word(), lo) : F.setImmI(word(), lo));
    } else {
      reloc(f.kind, { add: 0n, base: { kind: 'sec', section: label.base.section, offset: at } });
    }
    return;
  }

  const v = ctx.evaluate(f.expr, true);
  switch (f.kind) {
    case 'data': {
      const size = f.size ?? 4;
      if (isAbs(v)) {
        writeData(ctx, f, v.add, size);
      } else {
        reloc(DATA_RELOC[size] ?? 'abs32', v);
      }
      return;
    }
    case 'imm_i':
    case 'imm_s':
    case 'uimm20':
    case 'shamt':
    case 'zimm':
    case 'csr': {
      if (v.base?.kind === 'ext' && !v.minus) {
        const name = v.base.name;
        const hint = suggest(name, [...ABI_NAMES, 'fp', ...registerNames()]);
        throw new AsmError('asm/undefined-symbol', `undefined symbol '${name}' used as an immediate${hint ? ` ('${name}' is not a register; did you mean '${hint}'?)` : ''}`, f.range);
      }
      if (!isAbs(v)) throw new AsmError('asm/not-constant', 'immediate must be a constant (use %lo/%hi or %pcrel_lo/%pcrel_hi for addresses)', f.range);
      const n = f.kind === 'imm_i' || f.kind === 'imm_s' ? normalize32(v.add) : v.add;
      const x = checkRange(n, FIXUP_RULES[f.kind], f.range);
      const w = word();
      if (f.kind === 'imm_i') put(F.setImmI(w, x));
      else if (f.kind === 'imm_s') put(F.setImmS(w, x));
      else if (f.kind === 'uimm20') put(F.setImmU(w, x));
      else if (f.kind === 'shamt') put(((w & ~(31 << 20)) | (x << 20)) >>> 0);
      else if (f.kind === 'zimm') put(((w & ~(31 << 15)) | (x << 15)) >>> 0);
      else put(((w & 0xfffff) | (x << 20)) >>> 0);
      return;
    }
    case 'hi20':
    case 'lo12_i':
    case 'lo12_s': {
      if (isAbs(v)) {
        const n = Number(BigInt.asIntN(32, v.add));
        const w = word();
        if (f.kind === 'hi20') put(F.setImmU(w, F.hi20(n)));
        else if (f.kind === 'lo12_i') put(F.setImmI(w, F.lo12(n)));
        else put(F.setImmS(w, F.lo12(n)));
      } else {
        if (v.minus) throw new AsmError('asm/invalid-operands', `%${f.kind.startsWith('hi') ? 'hi' : 'lo'} of a difference of symbols in different sections`, f.range);
        reloc(f.kind, v);
      }
      return;
    }
    case 'pcrel_hi20':
    case 'call':
    case 'branch':
    case 'jal': {
      if (v.minus) throw new AsmError('asm/invalid-operands', 'pc-relative reference to a difference of symbols', f.range);
      if (!v.base) {
        // A number is an absolute address (GNU's reading): the linker resolves it through a local
        // absolute symbol.
        const value = Number(BigInt.asUintN(32, v.add));
        const name = `*ABS*0x${value.toString(16)}`;
        ctx.absoluteTargets.set(name, value);
        reloc(f.kind, { add: 0n, base: { kind: 'ext', name } });
        if (f.kind === 'pcrel_hi20') his.set(`${f.section}:${f.offset}`, {});
        return;
      }
      const key = `${f.section}:${f.offset}`;
      if (v.base.kind === 'sec' && v.base.section === f.section) {
        const d = v.base.offset + Number(v.add) - f.offset;
        applyPcrel(ctx, f, d);
        if (f.kind === 'pcrel_hi20') his.set(key, { displacement: d });
      } else {
        reloc(f.kind, v);
        if (f.kind === 'pcrel_hi20') his.set(key, {});
      }
      return;
    }
  }
}

function applyPcrel(ctx: FileAssembler, f: Fixup, d: number): void {
  const sec = ctx.sections[f.section]!;
  const w = sec.read32(f.offset);
  switch (f.kind) {
    case 'branch':
      if (d % 2 !== 0) throw new AsmError('asm/branch-misaligned', `branch target is misaligned (offset ${d} is odd)`, f.range);
      if (d < -4096 || d > 4094) throw new AsmError('asm/branch-range', `branch target out of range: offset ${d} is not in -4096..4094`, f.range);
      sec.write32(f.offset, F.setImmB(w, d));
      return;
    case 'jal':
      if (d % 2 !== 0) throw new AsmError('asm/branch-misaligned', `jump target is misaligned (offset ${d} is odd)`, f.range);
      if (d < -(1 << 20) || d > (1 << 20) - 2) throw new AsmError('asm/branch-range', `jump target out of range: offset ${d} is not in -1048576..1048574`, f.range);
      sec.write32(f.offset, F.setImmJ(w, d));
      return;
    case 'pcrel_hi20':
      sec.write32(f.offset, F.setImmU(w, F.hi20(d)));
      return;
    case 'call': {
      sec.write32(f.offset, F.setImmU(w, F.hi20(d)));
      sec.write32(f.offset + 4, F.setImmI(sec.read32(f.offset + 4), F.lo12(d)));
      return;
    }
    default:
      return;
  }
}

function writeData(ctx: FileAssembler, f: Fixup, value: bigint, size: number): void {
  const bits = BigInt(size * 8);
  if (size < 8) {
    const u = BigInt.asUintN(64, value);
    const max = 1n << bits;
    // GNU warns when the value fits neither as unsigned nor as signed.
    if (!(u < max || BigInt.asIntN(64, value) >= -(max >> 1n))) {
      ctx.warn('asm/value-truncated', `value ${formatHex(value)} truncated to ${formatHex(BigInt.asUintN(Number(bits), value))}`, f.range);
    }
  }
  ctx.sections[f.section]!.writeBytes(f.offset, value, size);
}

function resolveSizes(ctx: FileAssembler): void {
  for (const s of ctx.symbols.entries()) {
    if (!s.sizeExpr) continue;
    try {
      const v = ctx.evaluate(s.sizeExpr, true);
      if (!isAbs(v)) throw new AsmError('asm/not-constant', `.size of '${s.name}' must be a constant`, s.sizeExpr.range);
      sizes.set(s, Number(BigInt.asUintN(32, v.add)));
    } catch (err) {
      if (err instanceof AsmError) ctx.error(err.code, err.message, err.range);
      else throw err;
    }
  }
}

const sizes = new WeakMap<object, number>();

function buildSymbols(ctx: FileAssembler): ObjSymbol[] {
  const out: ObjSymbol[] = [];
  for (const [name, value] of ctx.absoluteTargets) out.push({ name, section: 'abs', value, binding: 'local', type: 'notype', temporary: true });
  for (const m of ctx.mappingSymbols) {
    // One at the very end of its section marks nothing; GNU removes it.
    if (m.offset >= ctx.sections[m.section]!.size) continue;
    out.push({ name: m.name, section: m.section, value: m.offset, binding: 'local', type: 'notype' });
  }
  for (const s of ctx.symbols.entries()) {
    if (s.name.includes('\u0002')) continue; // numeric local labels stay inside the file
    const size = sizes.get(s) ?? s.fixedSize;
    const common = { name: s.name, binding: s.binding, type: s.type, ...(s.temporary ? { temporary: true } : {}), ...(s.range ? { range: s.range } : {}), ...(size !== undefined ? { size } : {}) };
    const def = s.def;
    if (!def) {
      if (s.referenced || s.binding !== 'local') out.push({ ...common, binding: s.binding === 'weak' ? 'weak' : 'global', section: 'undef', value: 0 });
      continue;
    }
    if (def.kind === 'label') {
      out.push({ ...common, section: def.section, value: def.offset });
    } else if (def.kind === 'common') {
      out.push({ ...common, binding: s.binding === 'local' ? 'global' : s.binding, type: s.type === 'notype' ? 'object' : s.type, section: 'common', value: def.size, commonAlign: def.align });
    } else {
      let v: Value | undefined;
      try {
        v = ctx.symbolValue(s.name, s.range ?? ctx.stmtRange, true);
      } catch (err) {
        if (err instanceof AsmError) ctx.error(err.code, err.message, err.range);
        continue;
      }
      if (isAbs(v)) out.push({ ...common, section: 'abs', value: Number(BigInt.asUintN(32, v.add)) });
      else if (v.base?.kind === 'sec' && !v.minus) out.push({ ...common, section: v.base.section, value: v.base.offset + Number(v.add) });
      else if (s.range) ctx.error('asm/invalid-operands', `symbol '${s.name}' is set to an expression Tessera cannot place (${v.base?.kind === 'ext' ? 'an undefined symbol' : 'a difference across sections'})`, s.range);
    }
  }
  return out;
}
