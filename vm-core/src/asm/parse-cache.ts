// Parsed statements kept between assemblies of the same text, for an editor that assembles a file
// again at every keystroke: an edit changes a line or two, and every other statement's parse (the
// Chevrotain CST and the AST built from it, most of an assembly's allocations) is taken from here.
//
// A statement's AST is a function of its text, the file line it stands for and the column where it
// starts (its ranges are absolute), so that triple is the key. Only statements on one line that
// parsed without error are kept; ASTs are never mutated by the assembler, so sharing one between
// assemblies is safe. Within one pass of the assembler a statement is handed out once: a macro
// body line expanded twice the same way gets two trees, as without the cache (the editor analysis
// tells re-evaluations of one expression apart from a second expansion by range identity). The
// memory is bounded: what an assembly did not use is dropped at its end.

import type { Statement } from './ast.js';

interface Entry {
  text: string;
  statement: Statement;
  /** The assembler pass that got it last (a number: holding the pass would keep all its work alive). */
  user: number;
  /** The last assembly (counted by `rotate`) that used it. */
  used: number;
}

// Places are small integers (V8 hashes those fastest): columns past this, or lines past 2^31 / it, are not cached.
const COLUMNS = 1 << 12;

export class ParseCache {
  /** file → (line, column) → statements seen there (several when a macro body line expands differently). */
  private readonly files = new Map<string, Map<number, Entry[]>>();
  /**
   * @param limit Statements kept at most: an AST costs about 1.7 KB, so a 100k-line file would hold
   *   170 MB; past the limit, statements are parsed as without a cache.
   */
  constructor(private readonly limit = 16_384) {}
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
    const list = this.files.get(file)?.get(place);
    if (list) {
      for (const e of list) {
        if (e.text !== text || e.user === user) continue;
        this.hits++;
        e.user = user;
        e.used = this.assembly;
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
    const list = places.get(place);
    // A copy of the text: a slice would keep the whole version of the document it was cut from alive.
    const entry: Entry = { text: flat(text), statement, user, used: this.assembly };
    if (list) {
      if (list.some((e) => e.text === text)) return;
      list.push(entry);
    } else places.set(place, [entry]);
    this.count++;
  }

  /** Ends one assembly: what it did not use is dropped (entries are marked, not moved: no garbage). */
  rotate(): void {
    const keep = this.assembly;
    for (const [file, places] of this.files) {
      for (const [place, list] of places) {
        const kept = list.filter((e) => e.used >= keep);
        this.count -= list.length - kept.length;
        if (kept.length === 0) places.delete(place);
        else if (kept.length !== list.length) places.set(place, kept);
      }
      if (places.size === 0) this.files.delete(file);
    }
    this.assembly++;
  }

  /** Statements held. */
  get size(): number {
    return this.count;
  }
}

/** A string that shares no storage with the one it came from. */
function flat(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
