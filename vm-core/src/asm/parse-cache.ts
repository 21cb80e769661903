// Parsed statements kept between assemblies of the same text, for an editor that assembles a file
// again at every keystroke: an edit changes a line or two, and every other statement's parse (the
// Chevrotain CST and the AST built from it, most of an assembly's allocations) is taken from here.
//
// A statement's AST is a function of its text, the file line it stands for and the column where it
// starts (its ranges are absolute), so that triple is the key. Only statements on one line that
// parsed without error are kept; ASTs are never mutated by the assembler, so sharing one between
// assemblies is safe. Within one pass of the assembler a statement is handed out once: a macro
// body line expanded twice the same way gets two trees, as without the cache (the editor analysis
// tells re-evaluations of one expression apart from a second expansion by range identity). Two
// generations bound the memory: what one assembly did not use is dropped at the end of the next.

import type { Statement } from './ast.js';

interface Entry {
  text: string;
  statement: Statement;
  /** The assembler pass that got it last. */
  user: object;
}

/** file → (line, column) → statements seen there (several when a macro body line expands differently). */
type Generation = Map<string, Map<number, Entry[]>>;

// Places are small integers (V8 hashes those fastest): columns past this, or lines past 2^31 / it, are not cached.
const COLUMNS = 1 << 12;

export class ParseCache {
  private current: Generation = new Map();
  private previous: Generation = new Map();
  private count = 0;
  private previousCount = 0;
  hits = 0;
  misses = 0;

  /** The place's key, or undefined where statements are not cached (far right on a line, or past 500k lines). */
  static place(line: number, col: number): number | undefined {
    return col < COLUMNS && line < 2 ** 31 / COLUMNS ? line * COLUMNS + col : undefined;
  }

  /** The statement parsed from `text` at this place, unless `user` (one assembler pass) had it already. */
  get(file: string, place: number, text: string, user: object): Statement | undefined {
    const hit = find(this.current, file, place, text);
    if (hit && hit.user !== user) {
      this.hits++;
      hit.user = user;
      return hit.statement;
    }
    const old = hit ? undefined : find(this.previous, file, place, text);
    if (old) {
      this.hits++;
      this.set(file, place, text, old.statement, user);
      return old.statement;
    }
    this.misses++;
    return undefined;
  }

  set(file: string, place: number, text: string, statement: Statement, user: object): void {
    let places = this.current.get(file);
    if (!places) this.current.set(file, (places = new Map()));
    const list = places.get(place);
    if (list) {
      if (list.some((e) => e.text === text)) return;
      list.push({ text, statement, user });
    } else places.set(place, [{ text, statement, user }]);
    this.count++;
  }

  /** Ends one assembly: what it did not use goes at the end of the next. */
  rotate(): void {
    this.previous = this.current;
    this.previousCount = this.count;
    this.current = new Map();
    this.count = 0;
  }

  /** Statements held (both generations). */
  get size(): number {
    return this.count + this.previousCount;
  }
}

function find(gen: Generation, file: string, place: number, text: string): Entry | undefined {
  const list = gen.get(file)?.get(place);
  if (!list) return undefined;
  for (const e of list) if (e.text === text) return e;
  return undefined;
}
