// Queries over an image's source map, both ways: which source line made the byte at an address
// (the debugger's stack frames, the disassembly's source column) and which addresses a source
// line produced (breakpoints, the editor's hot-spot gutter).

import type { SourceRange } from './diagnostics.js';
import type { Image, SourceMapEntry } from './image.js';

export interface LineAddresses {
  /** Addresses of the instructions and data the line produced, ascending. */
  addrs: number[];
  /** The line actually found: a request for a line with no code moves to the next line that has some. */
  line: number;
}

export class SourceMap {
  private readonly entries: readonly SourceMapEntry[];
  private readonly byLine = new Map<string, Map<number, number[]>>();

  constructor(entries: readonly SourceMapEntry[]) {
    this.entries = [...entries].sort((a, b) => a.addr - b.addr);
    for (const e of this.entries) {
      // A macro's instructions belong both to the body line and to the line that invoked it.
      for (const r of [e.range, ...(e.expandedFrom ?? [])]) {
        let lines = this.byLine.get(r.file);
        if (!lines) this.byLine.set(r.file, (lines = new Map()));
        const list = lines.get(r.start.line);
        if (list) {
          if (list[list.length - 1] !== e.addr) list.push(e.addr);
        } else lines.set(r.start.line, [e.addr]);
      }
    }
  }

  static of(image: Image): SourceMap {
    return new SourceMap(image.sourceMap);
  }

  /** The entry covering `addr`, or undefined when no source produced that byte. */
  entryAt(addr: number): SourceMapEntry | undefined {
    let lo = 0;
    let hi = this.entries.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const e = this.entries[mid]!;
      if (addr < e.addr) hi = mid - 1;
      else if (addr >= e.addr + Math.max(1, e.size)) lo = mid + 1;
      else return e;
    }
    return undefined;
  }

  /** The source range of the statement that produced `addr`. */
  locate(addr: number): SourceRange | undefined {
    return this.entryAt(addr)?.range;
  }

  /** Files that produced any byte. */
  files(): string[] {
    return [...this.byLine.keys()];
  }

  /** Lines of `file` that produced bytes, ascending. */
  lines(file: string): number[] {
    return [...(this.byLine.get(file)?.keys() ?? [])].sort((a, b) => a - b);
  }

  /**
   * Addresses produced by `file:line`. With `nextIfEmpty`, a line with nothing (a comment, a
   * label alone) resolves to the next line that has code, as debuggers bind breakpoints.
   */
  addressesOf(file: string, line: number, nextIfEmpty = false): LineAddresses | undefined {
    const lines = this.byLine.get(file);
    if (!lines) return undefined;
    const exact = lines.get(line);
    if (exact) return { addrs: [...exact], line };
    if (!nextIfEmpty) return undefined;
    let best: number | undefined;
    for (const l of lines.keys()) if (l > line && (best === undefined || l < best)) best = l;
    return best === undefined ? undefined : { addrs: [...lines.get(best)!], line: best };
  }
}
