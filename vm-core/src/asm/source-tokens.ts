// The assembler's own tokens of a text, comments included, as plain data for editors (semantic
// colouring, completion context, formatting): the same lexer the assembler runs, so an editor never
// disagrees with it about where a token starts.

import { lex } from './lexer.js';

export type SourceTokenKind =
  | 'identifier' | 'number' | 'local-label-ref' | 'string' | 'char' | 'relocation' | 'macro-param'
  | 'type' | 'comment' | 'colon' | 'comma' | 'lparen' | 'rparen' | 'semicolon' | 'equals' | 'operator'
  | 'newline' | 'invalid';

export interface SourceToken {
  kind: SourceTokenKind;
  /** Offset in the text, and length (in UTF-16 code units, as JavaScript strings count). */
  offset: number;
  length: number;
  /** 0-based line and column of the start. */
  line: number;
  col: number;
  text: string;
}

const KIND: Readonly<Record<string, SourceTokenKind>> = {
  Identifier: 'identifier', HexNumber: 'number', BinNumber: 'number', DecNumber: 'number', LocalLabelRef: 'local-label-ref',
  StringLit: 'string', CharLit: 'char', RelocFn: 'relocation', MacroParam: 'macro-param', AtType: 'type',
  Colon: 'colon', Comma: 'comma', LParen: 'lparen', RParen: 'rparen', Semicolon: 'semicolon', Equals: 'equals', Newline: 'newline',
};

/** Every token of `text` in order, with comments (which the assembler skips) and unlexable characters. */
export function sourceTokens(text: string): SourceToken[] {
  const { tokens } = lex(text);
  const out: SourceToken[] = [];
  // Line starts, to give gap tokens (comments, bad characters) their line and column.
  let line = 0;
  let lineStart = 0;
  // The next newline not yet counted: found once per line, so a 1 MB line is not rescanned per token.
  let nextNewline = text.indexOf('\n');
  const advanceTo = (offset: number): void => {
    while (nextNewline >= 0 && nextNewline < offset) {
      line++;
      lineStart = nextNewline + 1;
      nextNewline = text.indexOf('\n', nextNewline + 1);
    }
  };
  const gap = (from: number, to: number): void => {
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11) {
        i++;
        continue;
      }
      let end: number;
      let kind: SourceTokenKind;
      if (c === 35 /* # */) {
        const nl = text.indexOf('\n', i);
        end = nl < 0 || nl > to ? to : nl;
        kind = 'comment';
      } else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 42 /* * */) {
        const close = text.indexOf('*/', i + 2);
        end = close < 0 || close + 2 > to ? to : close + 2;
        kind = 'comment';
      } else {
        end = i + 1;
        kind = 'invalid';
      }
      // Block comments may span lines: one token per line, as editors colour lines.
      let s = i;
      while (s < end) {
        advanceTo(s);
        const nl = text.indexOf('\n', s);
        const e = nl >= 0 && nl < end ? nl : end;
        if (e > s) out.push({ kind, offset: s, length: e - s, line, col: s - lineStart, text: text.slice(s, e) });
        s = e + 1;
      }
      i = end;
    }
  };
  let pos = 0;
  for (const t of tokens) {
    if (t.startOffset > pos) gap(pos, t.startOffset);
    advanceTo(t.startOffset);
    const kind = KIND[t.tokenType.name] ?? 'operator';
    out.push({ kind, offset: t.startOffset, length: t.image.length, line, col: t.startOffset - lineStart, text: t.image });
    pos = t.startOffset + t.image.length;
  }
  if (pos < text.length) gap(pos, text.length);
  return out;
}
