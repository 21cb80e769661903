// Cutting a token stream into statements (between newlines and `;`) and peeking at a statement's
// head without parsing it — conditionals, macro bodies and .rept bodies are skipped that way.

import type { IToken, ILexingError } from 'chevrotain';
import { lex } from './lexer.js';
import { blockEnd, moveBlock, type LexCache, type LexedBlock } from './lex-cache.js';

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

/**
 * Statements of a text, lexed a block at a time so that a large file never holds all its tokens at
 * once. Blocks end at a newline outside block comments; token offsets and lines are made absolute.
 */
export class StatementStream {
  private buf: RawStatement[] = [];
  private idx = 0;
  private pos = 0;
  private line = 1;
  /** Lexing errors by (chunk-relative) line, for the lines lexed so far. */
  readonly lexErrors = new Map<number, ILexingError[]>();

  constructor(
    private readonly text: string,
    private readonly blockSize = 1 << 16,
    /** An editor's cache of lexed blocks, and the assembler pass asking (see LexCache). */
    private readonly cache?: { blocks: LexCache; user: number },
  ) {}

  next(): RawStatement | undefined {
    while (this.idx >= this.buf.length) if (!this.fill()) return undefined;
    return this.buf[this.idx++];
  }

  /** Number of lines in the whole text (lexes the rest). */
  totalLines(): number {
    while (this.fill());
    return this.line;
  }

  private fill(): boolean {
    const text = this.text;
    if (this.pos >= text.length) return false;
    let end = this.cache ? blockEnd(text, this.pos, 1024, this.blockSize) : Math.min(text.length, this.pos + this.blockSize);
    if (end < text.length) {
      if (!this.cache) {
        const nl = text.indexOf('\n', end);
        end = nl < 0 ? text.length : nl + 1;
      }
      const comment = text.indexOf('/*', this.pos);
      if (comment >= 0 && comment < end) end = outsideBlockComment(text, this.pos, end);
    }
    const base = this.pos;
    const lineBase = this.line - 1;
    const blockText = this.cache || end !== text.length || base !== 0 ? text.slice(base, end) : text;
    let block = this.cache?.blocks.take(blockText, base, lineBase, this.cache.user);
    if (!block) {
      block = lexBlock(blockText, base, lineBase);
      this.cache?.blocks.put(blockText, block, this.cache.user);
    }
    for (const e of block.errors) {
      const line = (e.line ?? 1) + lineBase;
      const list = this.lexErrors.get(line) ?? [];
      list.push({ ...e, offset: e.offset + base, line });
      this.lexErrors.set(line, list);
    }
    if (this.idx > 4096) {
      this.buf = this.buf.slice(this.idx);
      this.idx = 0;
    }
    for (const st of block.statements) this.buf.push(st);
    this.line += block.newlines;
    this.pos = end;
    return true;
  }
}

/** Lexes one block of a chunk: statements with absolute offsets and lines, errors relative to the block. */
function lexBlock(text: string, base: number, lineBase: number): LexedBlock {
  const { tokens, errors } = lex(text);
  let newlines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines++;
  const block: LexedBlock = { statements: splitStatements(tokens, text.length), errors, newlines, base: 0, lineBase: 0 };
  moveBlock(block, base, lineBase);
  return block;
}

/** Moves a block end past any block comment open at `end`, to the next newline after it closes. */
function outsideBlockComment(text: string, from: number, end: number): number {
  let i = from;
  while (i < end) {
    const c = text[i]!;
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === "'") {
      i += text[i + 1] === '\\' ? 3 : 2;
      if (text[i] === "'") i++;
    } else if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) return text.length;
      i = close + 2;
      if (i > end) {
        const nl = text.indexOf('\n', i);
        end = nl < 0 ? text.length : nl + 1;
      }
    } else i++;
  }
  return end;
}
