// Symbols of the workspace's assembly files that are not open, for workspace/symbol: each file is
// read with the assembler's lexer (no assembly, no second parser) for the names it defines —
// labels, `.equ`/`.set` symbols, `sym = …` and macros — and kept until its mtime changes.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sourceTokens, type SourceToken } from '@tessera/vm-core';
import { splitLine } from '../features/context.js';

export interface IndexedSymbol {
  name: string;
  kind: 'label' | 'equ' | 'macro';
  path: string;
  /** 0-based. */
  line: number;
  col: number;
  length: number;
}

const EXTENSIONS = /\.(s|S|asm|inc)$/;
const MAX_FILES = 5000;
const MAX_FILE_BYTES = 4 << 20;
const MAX_DEPTH = 12;
/** A walk of the folders is reused this long (ms): a burst of queries as the user types walks once. */
const WALK_TTL = 5000;

export class FolderIndex {
  private readonly files = new Map<string, { mtime: number; symbols: IndexedSymbol[] }>();
  private walked?: { at: number; paths: string[] };

  constructor(private readonly folders: () => readonly string[]) {}

  private readonly queue: string[] = [];
  private readonly queued = new Set<string>();
  private warming = false;

  /**
   * The symbols read so far. Files not read yet (or changed since) are read in the background,
   * one per event-loop turn, so a query never lexes the whole workspace while requests wait; the
   * editor's next query (they come as the user types) sees them.
   */
  symbols(): IndexedSymbol[] {
    const out: IndexedSymbol[] = [];
    for (const path of this.paths()) {
      const entry = this.files.get(path);
      if (entry && entry.mtime === mtimeOf(path)) for (const s of entry.symbols) out.push(s);
      else if (!this.queued.has(path)) {
        this.queued.add(path);
        this.queue.push(path);
      }
    }
    this.warm();
    return out;
  }

  /** Reads every queued file now (tests, and callers that can wait). */
  flush(): void {
    for (let p = this.queue.shift(); p !== undefined; p = this.queue.shift()) {
      this.queued.delete(p);
      this.fileSymbols(p);
    }
  }

  private warm(): void {
    if (this.warming || this.queue.length === 0) return;
    this.warming = true;
    const step = (): void => {
      const path = this.queue.shift();
      if (path === undefined) {
        this.warming = false;
        return;
      }
      this.queued.delete(path);
      this.fileSymbols(path);
      setImmediate(step);
    };
    setImmediate(step);
  }

  /** A file's symbols, read again only when its mtime changed. */
  private fileSymbols(path: string): readonly IndexedSymbol[] {
    const mtime = mtimeOf(path);
    if (mtime === undefined) {
      this.files.delete(path);
      return [];
    }
    let entry = this.files.get(path);
    if (!entry || entry.mtime !== mtime) {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        return [];
      }
      entry = { mtime, symbols: definedNames(path, text) };
      this.files.set(path, entry);
    }
    return entry.symbols;
  }

  private paths(): string[] {
    const now = Date.now();
    if (this.walked && now - this.walked.at < WALK_TTL) return this.walked.paths;
    const paths: string[] = [];
    const walk = (dir: string, depth: number): void => {
      if (depth > MAX_DEPTH || paths.length >= MAX_FILES) return;
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names) {
        if (paths.length >= MAX_FILES) return;
        if (name.startsWith('.') || name === 'node_modules') continue;
        const p = join(dir, name);
        let isDir = false;
        try {
          isDir = statSync(p).isDirectory();
        } catch {
          continue;
        }
        if (isDir) walk(p, depth + 1);
        else if (EXTENSIONS.test(name)) paths.push(p);
      }
    };
    for (const f of this.folders()) walk(f, 0);
    this.walked = { at: now, paths };
    return paths;
  }
}

/** A file's mtime, or undefined when it is gone or too big to index. */
function mtimeOf(path: string): number | undefined {
  try {
    const st = statSync(path);
    return st.size > MAX_FILE_BYTES ? undefined : st.mtimeMs;
  } catch {
    return undefined;
  }
}

/** The names a file defines, read from its tokens line by line. */
export function definedNames(path: string, text: string): IndexedSymbol[] {
  const out: IndexedSymbol[] = [];
  const add = (t: SourceToken, kind: IndexedSymbol['kind']): void => {
    if (t.kind === 'identifier' && !t.text.startsWith('.L')) out.push({ name: t.text, kind, path, line: t.line, col: t.col, length: t.length });
  };
  const tokens = sourceTokens(text);
  let i = 0;
  while (i < tokens.length) {
    const line: SourceToken[] = [];
    const at = tokens[i]!.line;
    while (i < tokens.length && tokens[i]!.line === at) {
      const t = tokens[i++]!;
      if (t.kind === 'newline') break;
      line.push(t);
    }
    for (const st of splitLine(line)) {
      for (const l of st.labels) add(l, 'label');
      const head = st.head?.text.toLowerCase();
      if (!st.head) continue;
      if (st.assign) add(st.head, 'equ');
      else if (head === '.equ' || head === '.set' || head === '.equiv' || head === '.eqv') {
        const first = st.operands[0]?.[0];
        if (first) add(first, 'equ');
      } else if (head === '.macro') {
        const first = st.operandTokens[0];
        if (first) add(first, 'macro');
      }
    }
  }
  return out;
}
