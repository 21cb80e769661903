// Evaluates parsed expressions over a machine state the caller provides (EvalScope): 32-bit
// two's-complement arithmetic as C does it on int (division truncates, shifts take the low five
// bits of the count, `>>>` is the logical shift), comparisons signed, true is 1.

import { EvaluateError, parseExpression, parseStatement, type Expr } from './parse.js';

/** The state an expression sees. */
export interface EvalScope {
  /** A register by lower-case ABI name, xN, fp or pc (signed 32-bit); undefined when not a register. */
  register(name: string): number | undefined;
  /** A label's address; undefined when no such label. */
  symbol(name: string): number | undefined;
  /** Little-endian load; undefined when any byte is unmapped. */
  load(addr: number, size: 1 | 2 | 4): number | undefined;
  setRegister?(name: string, value: number): boolean;
  store?(addr: number, size: 1 | 2 | 4, value: number): boolean;
}

export interface Evaluated {
  /** Signed 32-bit. */
  value: number;
  /** The address the expression names or reads (a label, `*p`), for the memory inspector. */
  address?: number;
  /** 'register', 'label', 'int', 'char'… for the UI. */
  type: string;
}

export function evaluateExpr(e: Expr, scope: EvalScope): Evaluated {
  switch (e.kind) {
    case 'num':
      return { value: e.value | 0, type: 'int' };
    case 'name': {
      const lower = e.name.toLowerCase();
      const r = scope.register(lower);
      if (r !== undefined) return { value: r | 0, type: 'register' };
      const s = scope.symbol(e.name);
      if (s !== undefined) return { value: s | 0, address: s >>> 0, type: 'label' };
      throw new EvaluateError(`no register or label named '${e.name}'`, e.at);
    }
    case 'unary': {
      const a = evaluateExpr(e.arg, scope);
      switch (e.op) {
        case '-': return { value: -a.value | 0, type: 'int' };
        case '+': return { value: a.value, type: a.type };
        case '~': return { value: ~a.value, type: 'int' };
        case '!': return { value: a.value === 0 ? 1 : 0, type: 'int' };
        case '&':
          if (a.address === undefined) throw new EvaluateError("'&' needs a label or a memory read");
          return { value: a.address | 0, address: a.address, type: 'address' };
      }
      break;
    }
    case 'cast': {
      const a = evaluateExpr(e.arg, scope);
      return { value: a.value, type: 'address' };
    }
    case 'load': {
      const addr = evaluateExpr(e.addr, scope).value >>> 0;
      const v = scope.load(addr, e.size);
      if (v === undefined) throw new EvaluateError(`cannot read ${e.size} byte${e.size > 1 ? 's' : ''} at 0x${addr.toString(16).padStart(8, '0')}: unmapped`);
      const value = e.size === 4 ? v | 0 : e.signed ? (e.size === 1 ? (v << 24) >> 24 : (v << 16) >> 16) : v;
      return { value, address: addr, type: e.size === 1 ? 'char' : e.size === 2 ? 'short' : 'int' };
    }
    case 'cond':
      return evaluateExpr(e.test, scope).value !== 0 ? evaluateExpr(e.then, scope) : evaluateExpr(e.else, scope);
    case 'binary': {
      if (e.op === '&&') return { value: evaluateExpr(e.left, scope).value !== 0 && evaluateExpr(e.right, scope).value !== 0 ? 1 : 0, type: 'int' };
      if (e.op === '||') return { value: evaluateExpr(e.left, scope).value !== 0 || evaluateExpr(e.right, scope).value !== 0 ? 1 : 0, type: 'int' };
      const a = evaluateExpr(e.left, scope).value;
      const b = evaluateExpr(e.right, scope).value;
      return { value: binary(e.op, a, b), type: 'int' };
    }
  }
  throw new EvaluateError('cannot evaluate');
}

function binary(op: string, a: number, b: number): number {
  switch (op) {
    case '*': return Math.imul(a, b);
    case '/':
      if (b === 0) throw new EvaluateError('division by zero');
      return (a / b) | 0;
    case '%':
      if (b === 0) throw new EvaluateError('division by zero');
      return a % b | 0;
    case '+': return (a + b) | 0;
    case '-': return (a - b) | 0;
    case '<<': return a << (b & 31);
    case '>>': return a >> (b & 31);
    case '>>>': return (a >>> (b & 31)) | 0;
    case '<': return a < b ? 1 : 0;
    case '<=': return a <= b ? 1 : 0;
    case '>': return a > b ? 1 : 0;
    case '>=': return a >= b ? 1 : 0;
    case '==': return a === b ? 1 : 0;
    case '!=': return a !== b ? 1 : 0;
    case '&': return a & b;
    case '^': return a ^ b;
    case '|': return a | b;
  }
  throw new EvaluateError(`unknown operator ${op}`);
}

/** Parses and evaluates in one go. */
export function evaluate(text: string, scope: EvalScope): Evaluated {
  return evaluateExpr(parseExpression(text), scope);
}

/** `target = value` writes a register or memory (answers what was written); a plain expression just evaluates. */
export function evaluateStatement(text: string, scope: EvalScope): Evaluated & { assigned?: string } {
  const s = parseStatement(text);
  const v = evaluateExpr(s.value, scope);
  if (!s.target) return v;
  const t = s.target;
  if (t.kind === 'name') {
    const name = t.name.toLowerCase();
    if (scope.register(name) === undefined) throw new EvaluateError(`cannot assign to '${t.name}': not a register (write *${t.name} = … for its memory)`);
    if (!scope.setRegister?.(name, v.value)) throw new EvaluateError(`cannot assign to ${t.name}`);
    return { ...v, assigned: name };
  }
  if (t.kind === 'load') {
    const addr = evaluateExpr(t.addr, scope).value >>> 0;
    if (!scope.store?.(addr, t.size, v.value)) throw new EvaluateError(`cannot write memory at 0x${addr.toString(16).padStart(8, '0')}`);
    return { ...v, address: addr, assigned: `0x${addr.toString(16).padStart(8, '0')}` };
  }
  throw new EvaluateError('only a register or a memory read (*p, mem.w[p]) can be assigned');
}

/** "42 (0x0000002a)", with the unsigned value when it differs and the character when printable. */
export function formatValue(v: Evaluated): string {
  const u = v.value >>> 0;
  const hex = `0x${u.toString(16).padStart(8, '0')}`;
  if (v.type === 'label' || v.type === 'address') return hex;
  let s = `${v.value} (${hex})`;
  if (v.type === 'char' && v.value >= 32 && v.value < 127) s = `${v.value} '${String.fromCharCode(v.value)}'`;
  return s;
}
