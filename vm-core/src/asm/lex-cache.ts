// Lexed blocks kept between assemblies of the same text, beside the ParseCache: at every keystroke
// an editor assembles a file again in which one block changed, and lexing all the others again was
// a third of what an assembly allocated. A block is cut where its content says (see `blockEnd`), so
// an edit moves no boundary but its own block's; blocks after it are found again by their text and
// moved to their new offsets and lines in place (no new tokens).
//
// Sharing is safe because tokens and statements are read-only once lexed, an entry is handed to one
// assembler pass at a time, and an assembly is over before the next one moves them.

import type { ILexingError } from 'chevrotain';
import type { RawStatement } from './statements.js';

export interface LexedBlock {
  statements: RawStatement[];
  /** Lexing errors, offsets and lines relative to the block. */
  errors: ILexingError[];
  /** Newlines in the block's text. */
  newlines: number;
  /** Where the statements' offsets and lines are now (absolute in the chunk). */
  base: number;
  lineBase: number;
}

interface Entry {
  block: LexedBlock;
  user: number;
  used: number;
}

/** Text kept at most (the tokens of 8 MB of source weigh some hundreds of MB: past it, blocks are lexed as without a cache). */
const MAX_CHARS = 8 << 20;

export class LexCache {
  private readonly blocks = new Map<string, Entry>();
  private chars = 0;
  private assembly = 0;
  hits = 0;
  misses = 0;

  /** The block lexed from `text`, moved to `base`/`lineBase`, unless `user` (one pass) has it already. */
  take(text: string, base: number, lineBase: number, user: number): LexedBlock | undefined {
    const e = this.blocks.get(text);
    if (!e || e.user === user) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    e.user = user;
    e.used = this.assembly;
    moveBlock(e.block, base, lineBase);
    return e.block;
  }

  put(text: string, block: LexedBlock, user: number): void {
    if (this.blocks.has(text) || this.chars + text.length > MAX_CHARS) return;
    // A copy of the text: a slice would keep the whole version of the document it was cut from alive.
    this.blocks.set(flat(text), { block, user, used: this.assembly });
    this.chars += text.length;
  }

  /** Ends one assembly: blocks it did not use are dropped. */
  rotate(): void {
    const keep = this.assembly;
    for (const [text, e] of this.blocks) {
      if (e.used < keep) {
        this.blocks.delete(text);
        this.chars -= text.length;
      }
    }
    this.assembly++;
  }

  get size(): number {
    return this.blocks.size;
  }
}

/** Moves a block's statements and tokens so that the block starts at `base`, after line `lineBase`. */
export function moveBlock(block: LexedBlock, base: number, lineBase: number): void {
  const dOff = base - block.base;
  const dLine = lineBase - block.lineBase;
  if (dOff === 0 && dLine === 0) return;
  for (const st of block.statements) {
    st.start += dOff;
    st.end += dOff;
    st.next += dOff;
    st.line += dLine;
    st.nextLine += dLine;
    for (const t of st.tokens) {
      t.startOffset += dOff;
      t.endOffset = (t.endOffset ?? 0) + dOff;
      t.startLine = (t.startLine ?? 1) + dLine;
      t.endLine = (t.endLine ?? 1) + dLine;
    }
  }
  block.base = base;
  block.lineBase = lineBase;
}

/**
 * Where a block starting at `from` ends: just after the first line, at least `min` characters in,
 * whose own text hashes to 0 mod 64 (blank lines among them), or after `max` characters at the
 * latest. The cut depends on the line there, not on the distance from the file's start, so the
 * blocks after an edit are the blocks they were.
 */
export function blockEnd(text: string, from: number, min = 1024, max = 1 << 16): number {
  let nl = text.indexOf('\n', from + min);
  while (nl >= 0) {
    const start = nl + 1;
    if (start >= text.length) return text.length;
    if (start - from >= max) return start;
    const next = text.indexOf('\n', start);
    const end = next < 0 ? text.length : next;
    let h = 0;
    for (let k = start; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
    if ((h & 63) === 0) return next < 0 ? text.length : next + 1;
    nl = next;
  }
  return text.length;
}

/** A string that shares no storage with the one it came from. */
export function flat(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
