// What an operand written in the source is, independent of the instruction: a register, a memory
// reference `offset(base)`, or an expression. Matching against the table's operand kinds uses this.

import type { SourceRange } from '../diagnostics.js';
import type { Expr, Operand } from './ast.js';
import { registerNumber } from '../isa/registers.js';

export type OperandValue =
  | { k: 'reg'; n: number; range: SourceRange }
  | { k: 'expr'; e: Expr; range: SourceRange }
  | { k: 'mem'; offset?: Expr; base: number; range: SourceRange }
  | { k: 'const'; v: number; range: SourceRange }
  | { k: 'name'; name: string; range: SourceRange };

function single(op: Operand): Extract<Operand['items'][number], { k: 'expr' }> | undefined {
  if (op.items.length !== 1) return undefined;
  const it = op.items[0]!;
  return it.k === 'expr' ? it : undefined;
}

function regOf(e: Expr): number | undefined {
  return e.k === 'sym' ? registerNumber(e.name) : undefined;
}

export function asRegister(op: Operand): OperandValue | undefined {
  const it = single(op);
  if (!it || it.base) return undefined;
  const n = regOf(it.expr);
  return n === undefined ? undefined : { k: 'reg', n, range: op.range };
}

/** `off(reg)`, `(reg)`. */
export function asMemory(op: Operand): OperandValue | undefined {
  const it = single(op);
  if (!it) return undefined;
  if (it.base) {
    const inner = it.base.k === 'paren' ? it.base.inner : it.base;
    const base = regOf(inner);
    if (base === undefined) return undefined;
    return { k: 'mem', offset: it.expr, base, range: op.range };
  }
  if (it.expr.k === 'paren') {
    const base = regOf(it.expr.inner);
    if (base !== undefined) return { k: 'mem', base, range: op.range };
  }
  return undefined;
}

/** A plain expression (not a register, no base register). */
export function asExpression(op: Operand): OperandValue | undefined {
  const it = single(op);
  if (!it || it.base) return undefined;
  if (regOf(it.expr) !== undefined) return undefined;
  if (it.expr.k === 'paren' && regOf(it.expr.inner) !== undefined) return undefined;
  return { k: 'expr', e: it.expr, range: op.range };
}

/** A bare word such as a CSR name or a fence set (`iorw`). */
export function asName(op: Operand): string | undefined {
  const it = single(op);
  if (!it || it.base || it.expr.k !== 'sym') return undefined;
  return it.expr.name;
}

/** How the source wrote an operand, for "expected X, found Y" messages. */
export function describeOperand(op: Operand): string {
  if (asRegister(op)) return 'a register';
  if (asMemory(op)) return 'a memory operand';
  const it = op.items[0];
  if (it?.k === 'string') return 'a string';
  if (it?.k === 'type') return `'@${it.name}'`;
  return 'an expression';
}
