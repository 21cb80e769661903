// Parsed statements kept between assemblies of the same text, for an editor that assembles a file
// again at every keystroke: an edit changes a line or two, and every other statement's parse (the
// Chevrotain CST and the AST built from it, most of an assembly's allocations) is taken from here.
//
// A statement's AST is a function of its text, the file line it stands for and the column where it
// starts (its ranges are absolute), so that triple is the key. Only statements on one line that
// parsed without error are kept; ASTs are never mutated by the assembler, so sharing one between
// assemblies is safe. Within one pass of the assembler a statement is handed out once: a macro
// body line expanded twice the same way gets two trees, as without the cache (the editor analysis
// tells re-evaluations of one expression apart from a second expansion by range identity), and
// both are kept for the next assembly. The memory is bounded: what an assembly did not use is dropped at its end.

import type { Statement } from './ast.js';
import { flat, LexCache } from './lex-cache.js';

interface Entry {
  text: string;
  statement: Statement;
  /** The assembler pass that got it last (a number: holding the pass would keep all its work alive). */
  user: number;
  /** The last assembly (counted by `rotate`) that used it. */
  used: number;
}

/** The statements seen at one place, and how far the current pass has taken them in order. */
interface Slot {
  entries: Entry[];
  /** The pass `from` counts for. */
  user: number;
  /** Entries before this were all handed to `user` already: a macro expanded 500 times looks its line up from here, not from 0. */
  from: number;
}

// Places are small integers (V8 hashes those fastest): columns past this, or lines past 2^31 / it, are not cached.
const COLUMNS = 1 << 12;
/** Statements kept for one place (one per expansion of a macro body line, up to this). */
const PER_PLACE = 1024;

export class ParseCache {
  /** file → (line, column) → statements seen there (several when a macro body line expands differently). */
  private readonly files = new Map<string, Map<number, Slot>>();
  /**
   * @param limit Statements kept at most: an AST costs about 1.7 KB, so a 100k-line file would hold
   *   170 MB; past the limit, statements are parsed as without a cache.
   */
  constructor(private readonly limit = 16_384) {}
  /** The same document's lexed blocks (statements are looked up here only after their block is lexed or found). */
  readonly blocks = new LexCache();
  private assembly = 0;
  private count = 0;
  hits = 0;
  misses = 0;

  /** The place's key, or undefined where statements are not cached (far right on a line, or past 500k lines). */
  static place(line: number, col: number): number | undefined {
    return col < COLUMNS && line < 2 ** 31 / COLUMNS ? line * COLUMNS + col : undefined;
  }

  /** The statement parsed from `text` at this place, unless `user` (one assembler pass) had it already. */
  get(file: string, place: number, text: string, user: number): Statement | undefined {
    const slot = this.files.get(file)?.get(place);
    if (slot) {
      if (slot.user !== user) {
        slot.user = user;
        slot.from = 0;
      }
      const list = slot.entries;
      for (let i = slot.from; i < list.length; i++) {
        const e = list[i]!;
        if (e.text !== text || e.user === user) continue;
        this.hits++;
        e.user = user;
        e.used = this.assembly;
        if (i === slot.from) slot.from++;
        return e.statement;
      }
    }
    this.misses++;
    return undefined;
  }

  set(file: string, place: number, text: string, statement: Statement, user: number): void {
    if (this.count >= this.limit) return;
    let places = this.files.get(file);
    if (!places) this.files.set(file, (places = new Map()));
    const slot = places.get(place);
    // A copy of the text: a slice would keep the whole version of the document it was cut from alive.
    const entry: Entry = { text: flat(text), statement, user, used: this.assembly };
    // A miss with same-text entries here means this pass had them all already (a macro body line
    // expanded again): one more copy, so that the next assembly finds one per expansion. Bounded:
    // past that, the rest of a long `.rept` is parsed each time.
    if (slot) {
      if (slot.entries.length >= PER_PLACE) return;
      slot.entries.push(entry);
    } else places.set(place, { entries: [entry], user, from: 0 });
    this.count++;
  }

  /** Ends one assembly: what it did not use is dropped (entries are marked, not moved: no garbage). */
  rotate(): void {
    const keep = this.assembly;
    for (const [file, places] of this.files) {
      for (const [place, slot] of places) {
        const list = slot.entries;
        slot.from = 0;
        // Most places were used: check before copying (9k arrays per keystroke otherwise).
        if (list.every((e) => e.used >= keep)) continue;
        const kept = list.filter((e) => e.used >= keep);
        this.count -= list.length - kept.length;
        if (kept.length === 0) places.delete(place);
        else slot.entries = kept;
      }
      if (places.size === 0) this.files.delete(file);
    }
    this.blocks.rotate();
    this.assembly++;
  }

  /** Statements held. */
  get size(): number {
    return this.count;
  }
}
