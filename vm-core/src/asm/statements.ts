// Cutting a token stream into statements (between newlines and `;`) and peeking at a statement's
// head without parsing it — conditionals, macro bodies and .rept bodies are skipped that way.

import type { IToken } from 'chevrotain';

export interface RawStatement {
  tokens: IToken[];
  /** Offset in the chunk text of the first token, and just past the last. */
  start: number;
  end: number;
  /** Offset just past the Newline/Semicolon that ends it (or the end of text). */
  next: number;
  /** 1-based line in the chunk of the first token. */
  line: number;
  /** 1-based line in the chunk where `next` is. */
  nextLine: number;
}

export function splitStatements(tokens: IToken[], textLength: number): RawStatement[] {
  const out: RawStatement[] = [];
  let cur: IToken[] = [];
  for (const t of tokens) {
    const name = t.tokenType.name;
    if (name === 'Newline' || name === 'Semicolon') {
      if (cur.length) {
        const first = cur[0]!;
        const last = cur[cur.length - 1]!;
        out.push({
          tokens: cur,
          start: first.startOffset,
          end: last.endOffset! + 1,
          next: t.endOffset! + 1,
          line: first.startLine ?? 1,
          nextLine: name === 'Newline' ? (t.startLine ?? 1) + 1 : t.startLine ?? 1,
        });
      }
      cur = [];
    } else cur.push(t);
  }
  if (cur.length) {
    const first = cur[0]!;
    const last = cur[cur.length - 1]!;
    out.push({ tokens: cur, start: first.startOffset, end: last.endOffset! + 1, next: textLength, line: first.startLine ?? 1, nextLine: last.endLine ?? 1 });
  }
  return out;
}

/** Index of the first token after any `name:` labels. */
export function headIndex(tokens: IToken[]): number {
  let i = 0;
  while (i + 1 < tokens.length && tokens[i + 1]!.tokenType.name === 'Colon' && (tokens[i]!.tokenType.name === 'Identifier' || tokens[i]!.tokenType.name === 'DecNumber')) i += 2;
  return i;
}

/** The mnemonic or directive name of a statement, or '' when it has none. */
export function headName(tokens: IToken[]): string {
  const t = tokens[headIndex(tokens)];
  return t && t.tokenType.name === 'Identifier' ? t.image : '';
}
