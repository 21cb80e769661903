// The debugger's expression language: C's operators and precedence (not GNU as's) over 32-bit
// integers, registers, labels and memory reads. Parsed once (a breakpoint condition is evaluated
// at every hit), evaluated by evaluate.ts against whatever state the caller gives.
//
//   expr     := or ('?' expr ':' expr)?          assignment (`lhs = expr`) only at the top, see parseAssignment
//   primary  := number | 'c' | name | $name | '(' expr ')' | cast unary | mem.b[expr] | name[expr]
//   unary    := ('-' | '~' | '!' | '*' | '&' | '+') unary | primary

export class EvaluateError extends Error {
  constructor(message: string, readonly column?: number) {
    super(column === undefined ? message : `${message} (column ${column})`);
  }
}

export type MemWidth = 1 | 2 | 4;

export type Expr =
  | { kind: 'num'; value: number }
  | { kind: 'name'; name: string; at: number }
  | { kind: 'unary'; op: '-' | '~' | '!' | '+' | '&'; arg: Expr }
  /** A memory read: `*p` (a word), `*(char*)p`, `mem.b[p]`, `label[i]` (words). */
  | { kind: 'load'; addr: Expr; size: MemWidth; signed: boolean }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr }
  | { kind: 'cond'; test: Expr; then: Expr; else: Expr }
  | { kind: 'cast'; size: MemWidth; signed: boolean; arg: Expr };

export type BinaryOp = '*' | '/' | '%' | '+' | '-' | '<<' | '>>' | '>>>' | '<' | '<=' | '>' | '>=' | '==' | '!=' | '&' | '^' | '|' | '&&' | '||';

export interface Assignment {
  target: Expr;
  value: Expr;
}

interface Token {
  kind: 'num' | 'name' | 'op' | 'end';
  text: string;
  value?: number;
  at: number;
}

const OPS = ['>>>', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '+', '-', '*', '/', '%', '<', '>', '&', '^', '|', '~', '!', '(', ')', '[', ']', '?', ':', '=', '.'];

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const at = i + 1;
    const num = /^(0x[0-9a-f]+|0b[01]+|0o[0-7]+|[0-9]+)/i.exec(text.slice(i));
    if (num) {
      const s = num[1]!.toLowerCase();
      const after = text[i + s.length];
      if (after !== undefined && /[A-Za-z_0-9]/.test(after)) throw new EvaluateError(`bad number '${text.slice(i, i + s.length + 1)}'`, at);
      const value = s.startsWith('0b') ? parseInt(s.slice(2), 2) : s.startsWith('0o') ? parseInt(s.slice(2), 8) : Number(s);
      if (!Number.isFinite(value) || value > 0xffffffff) throw new EvaluateError(`number ${s} does not fit in 32 bits`, at);
      out.push({ kind: 'num', text: s, value, at });
      i += s.length;
      continue;
    }
    if (c === "'") {
      const m = /^'(\\[nrt0\\']|[^\\'])'/.exec(text.slice(i));
      if (!m) throw new EvaluateError('bad character literal', at);
      const body = m[1]!;
      const esc: Record<string, number> = { '\\n': 10, '\\r': 13, '\\t': 9, '\\0': 0, '\\\\': 92, "\\'": 39 };
      out.push({ kind: 'num', text: m[0], value: esc[body] ?? body.codePointAt(0)!, at });
      i += m[0].length;
      continue;
    }
    const name = /^\$?[A-Za-z_.][A-Za-z_0-9.$]*/.exec(text.slice(i));
    if (name && !(c === '.' && !/[A-Za-z_]/.test(text[i + 1] ?? ''))) {
      out.push({ kind: 'name', text: name[0], at });
      i += name[0].length;
      continue;
    }
    const op = OPS.find((o) => text.startsWith(o, i));
    if (!op) throw new EvaluateError(`unexpected '${c}'`, at);
    out.push({ kind: 'op', text: op, at });
    i += op.length;
  }
  out.push({ kind: 'end', text: '', at: text.length + 1 });
  return out;
}

/** Binary operators by C precedence, loosest first. */
const LEVELS: BinaryOp[][] = [
  ['||'], ['&&'], ['|'], ['^'], ['&'], ['==', '!='], ['<', '<=', '>', '>='], ['<<', '>>', '>>>'], ['+', '-'], ['*', '/', '%'],
];

const CAST_TYPES: Record<string, { size: MemWidth; signed: boolean }> = {
  char: { size: 1, signed: true }, 'signed char': { size: 1, signed: true }, 'unsigned char': { size: 1, signed: false },
  int8_t: { size: 1, signed: true }, uint8_t: { size: 1, signed: false },
  short: { size: 2, signed: true }, 'unsigned short': { size: 2, signed: false }, int16_t: { size: 2, signed: true }, uint16_t: { size: 2, signed: false },
  int: { size: 4, signed: true }, 'unsigned int': { size: 4, signed: false }, unsigned: { size: 4, signed: false },
  long: { size: 4, signed: true }, 'unsigned long': { size: 4, signed: false }, int32_t: { size: 4, signed: true }, uint32_t: { size: 4, signed: false },
};

const MEM_WIDTH: Record<string, MemWidth> = { b: 1, h: 2, w: 4 };

class Parser {
  private i = 0;
  constructor(private readonly toks: Token[]) {}

  private get tok(): Token {
    return this.toks[this.i]!;
  }

  private isOp(text: string, k = 0): boolean {
    const t = this.toks[this.i + k];
    return t?.kind === 'op' && t.text === text;
  }

  private expect(text: string): void {
    if (!this.isOp(text)) throw new EvaluateError(this.tok.kind === 'end' ? `expected '${text}' at the end` : `expected '${text}', found '${this.tok.text}'`, this.tok.at);
    this.i++;
  }

  end(): void {
    if (this.tok.kind !== 'end') throw new EvaluateError(`unexpected '${this.tok.text}'`, this.tok.at);
  }

  assignmentOrExpr(): { target?: Expr; value: Expr } {
    const left = this.expr();
    if (this.isOp('=')) {
      this.i++;
      const value = this.expr();
      return { target: left, value };
    }
    return { value: left };
  }

  expr(): Expr {
    const test = this.binary(0);
    if (!this.isOp('?')) return test;
    this.i++;
    const then = this.expr();
    this.expect(':');
    return { kind: 'cond', test, then, else: this.expr() };
  }

  private binary(level: number): Expr {
    if (level === LEVELS.length) return this.unary();
    let left = this.binary(level + 1);
    for (;;) {
      const t = this.tok;
      const op = t.kind === 'op' ? LEVELS[level]!.find((o) => o === t.text) : undefined;
      if (!op) return left;
      this.i++;
      left = { kind: 'binary', op, left, right: this.binary(level + 1) };
    }
  }

  private unary(): Expr {
    const t = this.tok;
    if (t.kind === 'op') {
      if (t.text === '-' || t.text === '~' || t.text === '!' || t.text === '+' || t.text === '&') {
        this.i++;
        return { kind: 'unary', op: t.text, arg: this.unary() };
      }
      if (t.text === '*') {
        this.i++;
        const arg = this.unary();
        // *(T*)p reads a T; *p reads a word.
        if (arg.kind === 'cast') return { kind: 'load', addr: arg.arg, size: arg.size, signed: arg.signed };
        return { kind: 'load', addr: arg, size: 4, signed: true };
      }
      if (t.text === '(') {
        const cast = this.castType();
        if (cast) return { kind: 'cast', ...cast, arg: this.unary() };
      }
    }
    return this.postfix(this.primary());
  }

  /** `(type *)` at the cursor: consumes it and answers the pointee, or undefined (cursor unmoved). */
  private castType(): { size: MemWidth; signed: boolean } | undefined {
    let k = 1;
    const words: string[] = [];
    while (this.toks[this.i + k]?.kind === 'name') words.push(this.toks[this.i + k++]!.text);
    const type = CAST_TYPES[words.join(' ')];
    if (!words.length) return undefined;
    const star = this.toks[this.i + k];
    const close = this.toks[this.i + k + 1];
    if (!type) {
      // `(name *)` can only be meant as a cast: say which types there are.
      if (star?.kind === 'op' && star.text === '*' && close?.kind === 'op' && close.text === ')') {
        throw new EvaluateError(`unknown type '${words.join(' ')}': use char, short, int, unsigned char/short/int, int8_t … uint32_t`, this.toks[this.i + 1]!.at);
      }
      return undefined;
    }
    if (!(this.toks[this.i + k]?.kind === 'op' && this.toks[this.i + k]!.text === '*')) {
      throw new EvaluateError(`only pointer casts are supported: (${words.join(' ')} *)`, this.toks[this.i + k]?.at);
    }
    k++;
    if (!(this.toks[this.i + k]?.kind === 'op' && this.toks[this.i + k]!.text === ')')) throw new EvaluateError("expected ')' after the cast", this.toks[this.i + k]?.at);
    this.i += k + 1;
    return type;
  }

  private postfix(e: Expr): Expr {
    while (this.isOp('[')) {
      const at = this.tok.at;
      this.i++;
      const index = this.expr();
      this.expect(']');
      // label[i]: the i-th word from the label, as C indexes an int array.
      if (e.kind !== 'name') throw new EvaluateError('only a label or mem.b/h/w can be indexed', at);
      e = { kind: 'load', addr: { kind: 'binary', op: '+', left: e, right: { kind: 'binary', op: '*', left: index, right: { kind: 'num', value: 4 } } }, size: 4, signed: true };
    }
    return e;
  }

  private primary(): Expr {
    const t = this.tok;
    if (t.kind === 'num') {
      this.i++;
      return { kind: 'num', value: t.value! };
    }
    if (t.kind === 'name') {
      this.i++;
      const mem = /^mem\.([bhw])$/i.exec(t.text);
      if (mem) {
        this.expect('[');
        const addr = this.expr();
        this.expect(']');
        // mem.b and mem.h read unsigned (as a memory dump shows them), mem.w the signed word.
        const size = MEM_WIDTH[mem[1]!.toLowerCase()]!;
        return { kind: 'load', addr, size, signed: size === 4 };
      }
      return { kind: 'name', name: t.text.startsWith('$') ? t.text.slice(1) : t.text, at: t.at };
    }
    if (t.kind === 'op' && t.text === '(') {
      this.i++;
      const e = this.expr();
      this.expect(')');
      return e;
    }
    if (t.kind === 'end') throw new EvaluateError('expression expected', t.at);
    throw new EvaluateError(`unexpected '${t.text}'`, t.at);
  }
}

/** Parses an expression; throws EvaluateError with a column on bad input. */
export function parseExpression(text: string): Expr {
  if (!text.trim()) throw new EvaluateError('empty expression');
  const p = new Parser(tokenize(text));
  const e = p.expr();
  p.end();
  return e;
}

/** An expression or `target = value` (the REPL's and setVariable's assignments). */
export function parseStatement(text: string): { target?: Expr; value: Expr } {
  if (!text.trim()) throw new EvaluateError('empty expression');
  const p = new Parser(tokenize(text));
  const s = p.assignmentOrExpr();
  p.end();
  return s;
}
