// Values of expressions: a 64-bit constant, optionally relative to a place (a section offset in this
// file, or a symbol resolved at link time), optionally minus another place — what GNU as can carry in
// one fixup. Arithmetic follows gas: 64-bit wrap-around, logical right shift, comparisons give -1.

import type { SourceRange } from '../diagnostics.js';

export type Base =
  | { kind: 'sec'; section: number; offset: number }
  | { kind: 'ext'; name: string };

export interface Value {
  add: bigint;
  base?: Base;
  minus?: Base;
}

/** A failure that ends the current statement with a diagnostic. */
export class AsmError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly range: SourceRange,
  ) {
    super(message);
  }
}

/** Raised while evaluating "now" when a symbol is not defined yet (forward reference). */
export class Pending extends Error {
  constructor(readonly symbol: string) {
    super(`symbol '${symbol}' is not defined yet`);
  }
}

export const abs = (v: bigint): Value => ({ add: BigInt.asIntN(64, v) });

export function isAbs(v: Value): boolean {
  return v.base === undefined && v.minus === undefined;
}

function sameBase(a: Base, b: Base): boolean {
  return a.kind === 'sec' && b.kind === 'sec' ? a.section === b.section : a.kind === 'ext' && b.kind === 'ext' && a.name === b.name;
}

function baseOffset(b: Base): bigint {
  return b.kind === 'sec' ? BigInt(b.offset) : 0n;
}

export function describeBase(b: Base | undefined, sectionName: (i: number) => string): string {
  if (!b) return '*ABS*';
  return b.kind === 'sec' ? sectionName(b.section) : '*UND*';
}

export function addValues(a: Value, b: Value, range: SourceRange): Value {
  if (a.base && b.base) throw new AsmError('asm/invalid-operands', "invalid operands: cannot add two relocatable values", range);
  if (a.minus && b.minus) throw new AsmError('asm/invalid-operands', 'invalid operands: expression too complex', range);
  const base = a.base ?? b.base;
  const minus = a.minus ?? b.minus;
  return { add: BigInt.asIntN(64, a.add + b.add), ...(base ? { base } : {}), ...(minus ? { minus } : {}) };
}

export function subValues(a: Value, b: Value, range: SourceRange): Value {
  let add = BigInt.asIntN(64, a.add - b.add);
  let base = a.base;
  let minus = a.minus;
  // b's own minus becomes a plus: only fine when a has no base yet.
  if (b.minus) {
    if (base) throw new AsmError('asm/invalid-operands', 'invalid operands: expression too complex', range);
    base = b.minus;
  }
  if (b.base) {
    if (base && sameBase(base, b.base)) {
      add = BigInt.asIntN(64, add + baseOffset(base) - baseOffset(b.base));
      base = undefined;
    } else if (minus) {
      throw new AsmError('asm/invalid-operands', 'invalid operands: expression too complex', range);
    } else if (!base) {
      throw new AsmError('asm/invalid-operands', 'invalid operands: cannot subtract a relocatable value from a constant', range);
    } else minus = b.base;
  }
  if (base && minus && sameBase(base, minus)) {
    add = BigInt.asIntN(64, add + baseOffset(base) - baseOffset(minus));
    base = undefined;
    minus = undefined;
  }
  return { add, ...(base ? { base } : {}), ...(minus ? { minus } : {}) };
}

export interface Warner {
  warn(code: string, message: string, range: SourceRange): void;
}

/** Constant-only operators. */
export function constantOp(op: string, a: bigint, b: bigint, range: SourceRange, w: Warner): bigint {
  const r = (x: bigint): bigint => BigInt.asIntN(64, x);
  switch (op) {
    case '*': return r(a * b);
    case '/':
    case '%':
      if (b === 0n) throw new AsmError('asm/division-by-zero', 'division by zero', range);
      return r(op === '/' ? a / b : a % b);
    case '<<':
    case '>>': {
      if (b < 0n || b > 63n) {
        w.warn('asm/shift-range', `shift count out of range (${b} is not between 0 and 63)`, range);
        return 0n;
      }
      return op === '<<' ? r(a << b) : r(BigInt.asUintN(64, a) >> b);
    }
    case '|': return r(a | b);
    case '&': return r(a & b);
    case '^': return r(a ^ b);
    case '!': return r(a | ~b);
    case '==': return a === b ? -1n : 0n;
    case '!=':
    case '<>': return a !== b ? -1n : 0n;
    case '<': return a < b ? -1n : 0n;
    case '>': return a > b ? -1n : 0n;
    case '<=': return a <= b ? -1n : 0n;
    case '>=': return a >= b ? -1n : 0n;
    case '&&': return a !== 0n && b !== 0n ? 1n : 0n;
    case '||': return a !== 0n || b !== 0n ? 1n : 0n;
    default: throw new AsmError('asm/invalid-operands', `unknown operator '${op}'`, range);
  }
}

export function formatHex(v: bigint): string {
  return '0x' + BigInt.asUintN(64, v).toString(16);
}
