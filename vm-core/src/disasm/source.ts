// Source lines between instructions, the way `objdump -S` shows them: when the line of an
// instruction changes, print it, preceded by up to five lines of context not yet shown.

import type { SourceMapEntry } from '../image.js';

/** Returns a source file's text, or undefined when it cannot be read (the lines are then left out). */
export type SourceTextProvider = (file: string) => string | undefined;

interface SourceFile {
  lines: string[];
  lastLine: number;
  maxPrinted: number;
}

const CONTEXT_LINES = 5;

// objdump indexes only lines that end in a line break (\n, \r, \r\n or \n\r); a last line
// without one is never shown.
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '\n' && c !== '\r') continue;
    lines.push(text.slice(start, i));
    const next = text[i + 1];
    if ((c === '\n' && next === '\r') || (c === '\r' && next === '\n')) i++;
    start = i + 1;
  }
  return lines;
}

export class SourceInterleaver {
  private readonly rows: SourceMapEntry[];
  private readonly files = new Map<string, SourceFile>();

  /**
   * Only instruction entries count, as only instructions get rows in the DWARF line table GNU as
   * writes. An entry expanded from a macro or .rept counts as the line that invoked it, where
   * GNU as puts its row.
   */
  constructor(sourceMap: readonly SourceMapEntry[], private readonly sourceText: SourceTextProvider) {
    this.rows = sourceMap
      .filter((e) => e.kind === 'insn')
      .map((e) => (e.expandedFrom?.length ? { ...e, range: e.expandedFrom[e.expandedFrom.length - 1]! } : e))
      .sort((a, b) => a.addr - b.addr);
  }

  /** The row covering `addr`, which must lie in [sectionStart, sectionEnd). */
  private rowAt(addr: number, sectionStart: number, sectionEnd: number): SourceMapEntry | undefined {
    let lo = 0;
    let hi = this.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.rows[mid]!.addr <= addr) lo = mid + 1;
      else hi = mid;
    }
    const row = this.rows[lo - 1];
    if (!row || row.addr < sectionStart || row.addr >= sectionEnd) return undefined;
    return row.size === 0 || addr < row.addr + row.size ? row : undefined;
  }

  private file(name: string): SourceFile | undefined {
    let f = this.files.get(name);
    if (!f) {
      const text = this.sourceText(name);
      if (text === undefined) return undefined;
      f = { lines: splitLines(text), lastLine: 0, maxPrinted: 0 };
      this.files.set(name, f);
    }
    return f;
  }

  /** Text to print before the unit at `addr` (objdump's show_line); empty when the line did not change. */
  linesBefore(addr: number, sectionStart: number, sectionEnd: number): string {
    const row = this.rowAt(addr, sectionStart, sectionEnd);
    if (!row) return '';
    const line = row.range.start.line;
    const f = line > 0 ? this.file(row.range.file) : undefined;
    if (!f || line === f.lastLine) return '';
    let first = line > CONTEXT_LINES ? line - CONTEXT_LINES : 1;
    if (f.maxPrinted >= first) first = f.maxPrinted < line ? f.maxPrinted + 1 : line;
    let out = '';
    for (let l = first; l <= line; l++) {
      const text = f.lines[l - 1];
      if (text !== undefined) out += `${text}\n`;
    }
    if (f.maxPrinted < line) f.maxPrinted = line;
    f.lastLine = line;
    return out;
  }
}
