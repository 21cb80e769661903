// CST → AST. Knows the token and rule names of parser.ts and nothing of what statements mean.

import type { CstNode, IToken } from 'chevrotain';
import type { SourceRange } from '../diagnostics.js';
import type { BinaryOp, Expr, Label, Operand, OperandItem, Statement, UnaryOp } from './ast.js';

export interface Locator {
  file: string;
  /** Added to token lines (chunks of macro expansions start mid-file). */
  lineOffset: number;
  /** For several copies of one body in a row (.rept): lines repeat every `period` lines. */
  period?: number;
}

/**
 * The same number, as V8's small integer when it is one. Chevrotain's token positions are stored
 * as doubles, and a double stored into a fresh object makes V8 box that field in every object of
 * its shape: each range position would cost two extra heap numbers (a third of an analysis' memory).
 * NaN (positions of tokens inserted by error recovery) and large values pass through unchanged.
 */
export function smallInt(v: number): number {
  return v >= 0 && v < 0x40000000 ? v | 0 : v;
}

/** The line of `loc.file` that a chunk's line `line` stands for. */
export function fileLine(loc: Locator, line: number): number {
  return smallInt(loc.period ? loc.lineOffset + ((line - 1) % loc.period) + 1 : loc.lineOffset + line);
}

export function tokenRange(loc: Locator, first: IToken, last: IToken = first): SourceRange {
  return {
    file: loc.file,
    start: { line: fileLine(loc, first.startLine ?? 1), col: smallInt(first.startColumn ?? 1) },
    end: { line: fileLine(loc, last.endLine ?? 1), col: smallInt((last.endColumn ?? 0) + 1) },
  };
}

function span(a: SourceRange, b: SourceRange): SourceRange {
  return { file: a.file, start: a.start, end: b.end };
}

const NONE: never[] = [];
// A CST key holds only tokens or only nodes (one label per grammar element), so no filtering.
function nodes(node: CstNode, key: string): CstNode[] {
  return (node.children[key] as CstNode[] | undefined) ?? NONE;
}
function tokens(node: CstNode, key: string): IToken[] {
  return (node.children[key] as IToken[] | undefined) ?? NONE;
}
function nodeRange(loc: Locator, node: CstNode): SourceRange | undefined {
  const l = node.location;
  if (!l || Number.isNaN(l.startOffset) || l.startLine === undefined || Number.isNaN(l.startLine) || l.endLine === undefined || Number.isNaN(l.endLine ?? NaN)) return undefined;
  return {
    file: loc.file,
    start: { line: fileLine(loc, l.startLine), col: smallInt(l.startColumn ?? 1) },
    end: { line: fileLine(loc, l.endLine), col: smallInt((l.endColumn ?? 0) + 1) },
  };
}

/** Builds the AST of a parsed statement. Nodes the parser could not recover are left out. */
export function buildStatement(cst: CstNode, loc: Locator, fallback: SourceRange): Statement {
  const labels: Label[] = nodes(cst, 'label').flatMap((l) => {
    const t = tokens(l, 'Identifier')[0] ?? tokens(l, 'DecNumber')[0];
    if (!t || t.isInsertedInRecovery) return [];
    return [{ name: t.image, numeric: t.tokenType.name === 'DecNumber', range: tokenRange(loc, t) }];
  });
  const range = nodeRange(loc, cst) ?? fallback;
  const assign = nodes(cst, 'assignment')[0];
  if (assign) {
    const nameTok = tokens(assign, 'Identifier')[0]!;
    const exprNode = nodes(assign, 'expression')[0];
    const value = exprNode ? buildExpr(exprNode, loc) : undefined;
    return { labels, kind: 'assign', name: nameTok.image, nameRange: tokenRange(loc, nameTok), operands: [], ...(value ? { value } : {}), range };
  }
  const command = nodes(cst, 'command')[0];
  if (command) {
    const nameTok = tokens(command, 'Identifier')[0];
    if (nameTok && !nameTok.isInsertedInRecovery) {
      return { labels, kind: 'command', name: nameTok.image, nameRange: tokenRange(loc, nameTok), operands: buildOperands(command, loc), range };
    }
  }
  return { labels, kind: 'none', name: '', nameRange: range, operands: [], range };
}

/** Operands in order, with an empty one wherever two commas (or a trailing comma) hold nothing. */
function buildOperands(command: CstNode, loc: Locator): Operand[] {
  const commas = tokens(command, 'Comma').filter((t) => !t.isInsertedInRecovery);
  const built = nodes(command, 'operand').map((o) => ({ start: o.location?.startOffset ?? 0, op: buildOperand(o, loc) }));
  if (commas.length === 0) return built.flatMap((b) => (b.op ? [b.op] : []));
  const slots: Array<Operand | undefined> = new Array(commas.length + 1).fill(undefined);
  for (const b of built) {
    const slot = commas.filter((c) => c.startOffset < b.start).length;
    slots[slot] = b.op;
  }
  return slots.map((op, i) => {
    if (op) return op;
    const at = tokenRange(loc, commas[Math.min(i, commas.length - 1)]!);
    return { items: [], range: at };
  });
}

function buildOperand(node: CstNode, loc: Locator): Operand | undefined {
  const items = nodes(node, 'operandItem').map((i) => buildItem(i, loc)).filter((i): i is OperandItem => i !== undefined);
  if (items.length === 0) return undefined;
  return { items, range: span(items[0]!.range, items[items.length - 1]!.range) };
}

function buildItem(node: CstNode, loc: Locator): OperandItem | undefined {
  const str = tokens(node, 'StringLit')[0];
  if (str) return { k: 'string', bytes: decodeString(str.image), range: tokenRange(loc, str) };
  const at = tokens(node, 'AtType')[0];
  if (at) return { k: 'type', name: at.image.slice(1), range: tokenRange(loc, at) };
  const exprNode = nodes(node, 'expression')[0];
  if (!exprNode) return undefined;
  const expr = buildExpr(exprNode, loc);
  const baseNode = nodes(node, 'base')[0];
  if (baseNode) {
    const base = buildExpr(baseNode, loc);
    const close = tokens(node, 'RParen')[0];
    const end = close && !close.isInsertedInRecovery ? tokenRange(loc, close) : base.range;
    return { k: 'expr', expr, base, range: span(expr.range, end) };
  }
  return { k: 'expr', expr, range: expr.range };
}

// GNU as binary operator precedence (gas/expr.c op_rank): higher binds tighter; all left-associative.
const PRECEDENCE: Record<string, number> = {
  '*': 7, '/': 7, '%': 7, '<<': 7, '>>': 7,
  '|': 6, '&': 6, '^': 6, '!': 6,
  '+': 5, '-': 5,
  '==': 4, '!=': 4, '<>': 4, '<': 4, '>': 4, '<=': 4, '>=': 4,
  '&&': 3,
  '||': 2,
};

export function buildExpr(node: CstNode, loc: Locator): Expr {
  if (node.name === 'expression') {
    const opNodes = nodes(node, 'operands');
    const operatorTokens = tokens(node, 'operators');
    if (operatorTokens.length === 0) return buildExpr(opNodes[0]!, loc);
    const operands = opNodes.map((o) => buildExpr(o, loc));
    const operators = operatorTokens.map((t) => t.image as BinaryOp);
    // Precedence climbing over the flat list.
    let pos = 0;
    const climb = (minPrec: number): Expr => {
      let left = operands[pos]!;
      while (pos < operators.length && pos + 1 < operands.length) {
        const op = operators[pos]!;
        const prec = PRECEDENCE[op]!;
        if (prec < minPrec) break;
        pos++;
        const right = climb(prec + 1);
        left = { k: 'binary', op, left, right, range: span(left.range, right.range) };
      }
      return left;
    };
    return climb(0);
  }
  if (node.name === 'unaryExpr') {
    let e = buildExpr(nodes(node, 'primary')[0]!, loc);
    const prefixes = tokens(node, 'prefix');
    if (prefixes.length === 0) return e;
    for (let i = prefixes.length - 1; i >= 0; i--) {
      const p = prefixes[i]!;
      e = { k: 'unary', op: p.image as UnaryOp, arg: e, range: span(tokenRange(loc, p), e.range) };
    }
    return e;
  }
  // primary
  const reloc = tokens(node, 'RelocFn')[0];
  if (reloc) {
    const argNode = nodes(node, 'relocArg')[0];
    const close = tokens(node, 'RParen')[0];
    const arg: Expr = argNode ? buildExpr(argNode, loc) : { k: 'num', value: 0n, range: tokenRange(loc, reloc) };
    return { k: 'reloc', fn: reloc.image.slice(1), arg, range: tokenRange(loc, reloc, close ?? reloc) };
  }
  const innerNode = nodes(node, 'inner')[0];
  if (innerNode) {
    const open = tokens(node, 'LParen')[0]!;
    const close = tokens(node, 'RParen')[0];
    const inner = buildExpr(innerNode, loc);
    return { k: 'paren', inner, range: tokenRange(loc, open, close && !close.isInsertedInRecovery ? close : open) };
  }
  const c = node.children;
  const t = (c.Identifier ?? c.DecNumber ?? c.HexNumber ?? c.LocalLabelRef ?? c.CharLit ?? c.BinNumber)?.[0] as IToken | undefined;
  if (!t || t.isInsertedInRecovery) return { k: 'num', value: 0n, range: t ? tokenRange(loc, t) : { file: loc.file, start: { line: 1, col: 1 }, end: { line: 1, col: 1 } } };
  const range = tokenRange(loc, t);
  switch (t.tokenType.name) {
    case 'HexNumber':
      return number(BigInt(t.image), range);
    case 'BinNumber':
      return number(BigInt('0b' + t.image.slice(2)), range);
    case 'DecNumber':
      // GNU reads a leading 0 as octal.
      return number(t.image.length > 1 && t.image.startsWith('0') && /^[0-7]+$/.test(t.image) ? BigInt('0o' + t.image.slice(1)) : BigInt(t.image), range);
    case 'LocalLabelRef':
      return { k: 'local', label: Number(t.image.slice(0, -1)), dir: t.image.endsWith('f') ? 'f' : 'b', range };
    case 'CharLit':
      return { k: 'num', value: BigInt(charValue(t.image)), range };
    default:
      return { k: 'sym', name: t.image, range };
  }
}

function number(v: bigint, range: SourceRange): Expr {
  const value = BigInt.asUintN(64, v);
  return value === v ? { k: 'num', value, range } : { k: 'num', value, range, overflow: true };
}

// In a character constant GNU as knows only these escapes; any other `\c` is just c.
const CHAR_ESCAPES: Record<string, number> = { b: 8, f: 12, n: 10, r: 13, t: 9 };

function charValue(image: string): number {
  const body = image.slice(1);
  if (body.startsWith('\\')) {
    const c = body[1]!;
    return CHAR_ESCAPES[c] ?? c.charCodeAt(0);
  }
  return body.codePointAt(0)! & 0xff;
}

/** Bytes of a string literal with GNU's escapes: \n \t \b \f \r \v, octal \NNN, hex \xHH; any other \c is c. */
export function decodeString(image: string): number[] {
  const out: number[] = [];
  const s = image.slice(1, -1);
  const utf8 = new TextEncoder();
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\') {
      const code = c.charCodeAt(0);
      if (code < 0x80) out.push(code);
      else {
        const cp = s.codePointAt(i)!;
        if (cp > 0xffff) i++;
        out.push(...utf8.encode(String.fromCodePoint(cp)));
      }
      continue;
    }
    const e = s[++i];
    if (e === undefined) break;
    switch (e) {
      case 'n': out.push(10); break;
      case 't': out.push(9); break;
      case 'b': out.push(8); break;
      case 'f': out.push(12); break;
      case 'r': out.push(13); break;
      case 'v': out.push(11); break;
      case 'x':
      case 'X': {
        let v = 0;
        let n = 0;
        while (i + 1 < s.length && /[0-9a-fA-F]/.test(s[i + 1]!)) { v = v * 16 + parseInt(s[++i]!, 16); n++; }
        out.push(n ? v & 0xff : 'x'.charCodeAt(0));
        break;
      }
      default:
        // GNU accepts any decimal digit in an "octal" escape and still multiplies by 8.
        if (/[0-9]/.test(e)) {
          let v = Number(e);
          for (let n = 1; n < 3 && i + 1 < s.length && /[0-9]/.test(s[i + 1]!); n++) v = v * 8 + Number(s[++i]!);
          out.push(v & 0xff);
        } else out.push(e.charCodeAt(0));
    }
  }
  return out;
}
