// Which symbol or macro a position names, from the assembler's own definitions and references
// (so `1f`/`1b` resolve as the assembler resolved them), falling back to the word's text.

import { registerNumber, type SourceRange } from '@tessera/vm-core';
import type { Position } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../analysis/analyze.js';
import { contains } from '../convert.js';
import { wordAt } from './context.js';

export interface SymbolAtPosition {
  /** Internal name (numeric labels: `.L1\u0002k`). */
  name: string;
  display: string;
  kind: 'symbol' | 'macro';
  numeric: boolean;
  /** The range of the name under the cursor. */
  range: SourceRange;
}

export function symbolAt(a: DocumentAnalysis, pos: Position): SymbolAtPosition | undefined {
  const line = pos.line + 1;
  for (const r of a.analysis.references) {
    if (r.range.file === a.path && r.range.start.line === line && contains(r.range, pos)) {
      return { name: r.name, display: displayOf(a, r.name), kind: r.kind, numeric: r.name.includes('\u0002'), range: r.range };
    }
  }
  for (const d of a.analysis.definitions) {
    if (d.range.file === a.path && d.range.start.line === line && contains(d.range, pos)) {
      return { name: d.name, display: d.display, kind: d.kind === 'macro' ? 'macro' : 'symbol', numeric: d.kind === 'numeric-label', range: d.range };
    }
  }
  const w = wordAt(a.lineText(pos.line), pos, a.lineTokens(pos.line));
  if (!w || w.kind !== 'identifier' || registerNumber(w.text) !== undefined) return undefined;
  const defs = a.definitions(w.text);
  if (defs.length === 0 && a.references(w.text).length === 0) return undefined;
  const range: SourceRange = { file: a.path, start: { line, col: w.col + 1 }, end: { line, col: w.col + 1 + w.length } };
  const isMacro = defs.some((d) => d.kind === 'macro');
  return { name: w.text, display: w.text, kind: isMacro ? 'macro' : 'symbol', numeric: false, range };
}

/** 0-based line of a text offset. */
function lineOf(a: DocumentAnalysis, offset: number): number {
  const starts = a.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function displayOf(a: DocumentAnalysis, name: string): string {
  return a.definitions(name)[0]?.display ?? (name.includes('\u0002') ? name.slice(2, name.indexOf('\u0002')) : name);
}

/** Every place naming a symbol: definitions first, then references, in the order found. */
export function occurrences(a: DocumentAnalysis, name: string): Array<{ range: SourceRange; definition: boolean }> {
  const seen = new Set<string>();
  const out: Array<{ range: SourceRange; definition: boolean }> = [];
  const add = (range: SourceRange, definition: boolean): void => {
    const key = `${range.file}:${range.start.line}:${range.start.col}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ range, definition });
  };
  // The assembler places some references at their whole statement (an expression it read as
  // text, as in `.if -VERSION < 0`): only ranges that are exactly the name are kept — a rename of
  // the rest would overwrite the statement — and the token scan below finds the name inside them.
  const isName = (range: SourceRange): boolean =>
    name.includes('\u0002') ||
    (range.start.line === range.end.line &&
      a.sourceLine(range.file, range.start.line).slice(range.start.col - 1, range.end.col - 1).toLowerCase() === name.toLowerCase());
  for (const d of a.definitions(name)) if (isName(d.range)) add(d.range, true);
  for (const r of a.references(name)) if (isName(r.range)) add(r.range, false);
  // Named symbols may also appear where the assembler reads text itself (`.type f, @function`):
  // lines holding the name are lexed to find it as a whole token.
  if (!name.includes('\u0002')) {
    const lines = new Set<number>();
    for (let i = a.text.indexOf(name); i >= 0; i = a.text.indexOf(name, i + name.length)) lines.add(lineOf(a, i));
    for (const line of lines) {
      for (const t of a.lineTokens(line)) {
        if (t.kind === 'identifier' && t.text === name) add({ file: a.path, start: { line: line + 1, col: t.col + 1 }, end: { line: line + 1, col: t.col + 1 + t.length } }, false);
      }
    }
  }
  return out;
}
