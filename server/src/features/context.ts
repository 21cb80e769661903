// Where the cursor is inside a statement, read from the assembler's own tokens of the line:
// labels, the head (mnemonic, directive or macro name), which operand, which token.

import { sourceTokens, type SourceToken } from '@tessera/vm-core';
import type { Position } from 'vscode-languageserver';

export interface LineStatement {
  /** `name:` labels before the head. */
  labels: SourceToken[];
  head?: SourceToken;
  /** `sym = expr` */
  assign: boolean;
  /** Tokens after the head, comments excluded. */
  operandTokens: SourceToken[];
  /** Operands split at top-level commas. */
  operands: SourceToken[][];
  comment?: SourceToken;
  /** Column range of the statement on its line. */
  start: number;
  end: number;
}

export interface CursorContext {
  statement?: LineStatement;
  /** The token the cursor is in or right after. */
  token?: SourceToken;
  /** Operand index under the cursor (-1: in the head or before it). */
  operandIndex: number;
  inComment: boolean;
  /** Text of the line up to the cursor. */
  before: string;
}

/** Every statement of one line's tokens (statements may be separated by `;`). */
export function splitLine(tokens: readonly SourceToken[]): LineStatement[] {
  const out: LineStatement[] = [];
  let cur: SourceToken[] = [];
  let comment: SourceToken | undefined;
  const flush = (endCol: number): void => {
    if (cur.length || comment) out.push(buildStatement(cur, comment, endCol));
    cur = [];
    comment = undefined;
  };
  for (const t of tokens) {
    if (t.kind === 'newline') break;
    if (t.kind === 'semicolon') {
      flush(t.col);
      continue;
    }
    if (t.kind === 'comment') comment = t;
    else cur.push(t);
  }
  const last = tokens.filter((t) => t.kind !== 'newline').at(-1);
  flush(last ? last.col + last.length : 0);
  return out;
}

function buildStatement(toks: SourceToken[], comment: SourceToken | undefined, endCol: number): LineStatement {
  let i = 0;
  const labels: SourceToken[] = [];
  while (i + 1 < toks.length && toks[i + 1]!.kind === 'colon' && (toks[i]!.kind === 'identifier' || toks[i]!.kind === 'number')) {
    labels.push(toks[i]!);
    i += 2;
  }
  const head = toks[i]?.kind === 'identifier' ? toks[i] : undefined;
  const assign = head !== undefined && toks[i + 1]?.kind === 'equals';
  const operandTokens = head ? toks.slice(i + 1) : toks.slice(i);
  const operands: SourceToken[][] = [];
  let depth = 0;
  let current: SourceToken[] = [];
  for (const t of operandTokens) {
    if (t.kind === 'lparen') depth++;
    if (t.kind === 'rparen') depth = Math.max(0, depth - 1);
    if (t.kind === 'comma' && depth === 0) {
      operands.push(current);
      current = [];
    } else current.push(t);
  }
  if (current.length || operands.length) operands.push(current);
  const first = toks[0] ?? comment;
  return { labels, ...(head ? { head } : {}), assign, operandTokens, operands, ...(comment ? { comment } : {}), start: first ? first.col : 0, end: endCol };
}

/**
 * Lines longer than this get no per-position answers (hover, completion, navigation): re-lexing a
 * megabyte line at every keystroke would stall the server for nothing anyone can read.
 */
export const MAX_LINE_LENGTH = 64 * 1024;

/** `tokens`: the line's tokens when already known (an analysis keeps the document's). */
export function cursorContext(lineText: string, position: Position, tokens?: readonly SourceToken[]): CursorContext {
  if (lineText.length > MAX_LINE_LENGTH) return { operandIndex: -1, inComment: false, before: '' };
  tokens ??= sourceTokens(lineText);
  const col = Math.min(position.character, lineText.length);
  const before = lineText.slice(0, col);
  const stmts = splitLine(tokens);
  const token = tokens.find((t) => t.kind !== 'newline' && t.col <= col && col <= t.col + t.length && !(t.col + t.length === col && isPunct(t)));
  const inComment = token?.kind === 'comment' && col > token.col;
  // The statement holding the cursor: the last one starting at or before it.
  let statement: LineStatement | undefined;
  for (const s of stmts) if (s.start <= col || statement === undefined) statement = s;
  let operandIndex = -1;
  if (statement?.head && col > statement.head.col + statement.head.length) {
    operandIndex = 0;
    let depth = 0;
    for (const t of statement.operandTokens) {
      if (t.col >= col) break;
      if (t.kind === 'lparen') depth++;
      if (t.kind === 'rparen') depth = Math.max(0, depth - 1);
      if (t.kind === 'comma' && depth === 0) operandIndex++;
    }
  }
  return { ...(statement ? { statement } : {}), ...(token ? { token } : {}), operandIndex, inComment, before };
}

function isPunct(t: SourceToken): boolean {
  return t.kind === 'comma' || t.kind === 'colon' || t.kind === 'lparen' || t.kind === 'rparen' || t.kind === 'semicolon';
}

/** The identifier-like word at a column (identifiers, `1f`, numbers), for hover and navigation. */
export function wordAt(lineText: string, position: Position, tokens?: readonly SourceToken[]): SourceToken | undefined {
  if (lineText.length > MAX_LINE_LENGTH) return undefined;
  const col = position.character;
  for (const t of tokens ?? sourceTokens(lineText)) {
    if (t.kind === 'newline' || t.kind === 'comment' || isPunct(t)) continue;
    if (t.col <= col && col <= t.col + t.length) return t;
  }
  return undefined;
}
