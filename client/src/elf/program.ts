// The editor's view of a program file, without running it: assemble a .s to ELF bytes (Assemble
// to ELF), list an ELF with its source interleaved (Disassemble ELF), and map pcs back to source
// lines and labels for the trace views. File reading is the caller's: these functions take text
// and bytes, as vm-core does.
import {
  assemble,
  listElf,
  readElf,
  sourceMapFromElf,
  SourceMap,
  writeElf,
  type Diagnostic,
  type ElfFile,
  type SourceMapEntry,
} from '@tessera/vm-core';
import type { ProgramLookup, SourcePoint } from '../trace/model.js';

export interface ReadFiles {
  /** Text of a file (for .include and source interleaving), or undefined when it cannot be read. */
  readText(path: string): string | undefined;
}

export interface AssembleOutcome {
  bytes?: Uint8Array;
  diagnostics: Diagnostic[];
}

export interface AssembleSettings {
  includePaths?: readonly string[];
  march?: string;
}

export function assembleToElf(path: string, text: string, files: ReadFiles, settings: AssembleSettings = {}): AssembleOutcome {
  const r = assemble({ path, text }, {
    readFile: (p) => files.readText(p),
    ...(settings.includePaths?.length ? { includePaths: settings.includePaths } : {}),
    ...(settings.march ? { march: settings.march } : {}),
  });
  const errors = r.diagnostics.some((d) => d.severity === 'error');
  if (!r.image || errors) return { diagnostics: r.diagnostics };
  return { bytes: writeElf(r.image), diagnostics: r.diagnostics };
}

/** `file:line:col: severity: message`, as the CLI prints diagnostics. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.range.file}:${d.range.start.line}:${d.range.start.col}: ${d.severity}: ${d.message}`;
}

export function isElf(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46;
}

const SOURCE_EXTENSIONS = ['.s', '.S', '.asm', '.riscv'];

/**
 * Where an ELF's bytes came from: its DWARF line table (gcc -g), or else a source file beside it
 * (`prog.elf` → `prog.s`) that assembles to exactly these bytes — Tessera, like GNU as without -g,
 * writes no line table, so assembling again is how its ELFs get their source back.
 */
export function sourceMapOf(path: string, bytes: Uint8Array, elf: ElfFile, files: ReadFiles, settings: AssembleSettings = {}): { sourceMap: SourceMapEntry[]; from?: string; warning?: string } {
  const lines = sourceMapFromElf(elf);
  if (lines.sourceMap.length) return { sourceMap: lines.sourceMap, from: 'its line table' };
  const stem = path.replace(/\.[^./\\]*$/, '');
  for (const ext of SOURCE_EXTENSIONS) {
    const source = stem + ext;
    const text = files.readText(source);
    if (text === undefined) continue;
    const r = assemble({ path: source, text }, {
      readFile: (p) => files.readText(p),
      ...(settings.includePaths?.length ? { includePaths: settings.includePaths } : {}),
      ...(settings.march ? { march: settings.march } : {}),
    });
    if (r.image && sameBytes(writeElf(r.image), bytes)) return { sourceMap: r.image.sourceMap, from: source };
    return { sourceMap: [], warning: `${source} does not assemble to this file any more (rebuild it to see source lines)` };
  }
  return { sourceMap: [], ...(lines.error ? { warning: lines.error } : {}) };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * `objdump -dS`-style text of an ELF with its source lines interleaved (see sourceMapOf). Bad
 * input gives a text that says what is wrong, never a throw.
 */
export function disassemblyText(path: string, bytes: Uint8Array, files: ReadFiles, settings: AssembleSettings = {}): string {
  if (!isElf(bytes)) return `${path}: not an ELF file (it does not start with \\x7fELF)\n`;
  const { elf, diagnostics } = readElf(bytes, path);
  const problems = diagnostics.map((d) => `${path}: ${d.severity}: ${d.message}`);
  if (!elf || diagnostics.some((d) => d.severity === 'error')) return `${problems.join('\n')}\n`;
  const map = sourceMapOf(path, bytes, elf, files, settings);
  if (map.warning) problems.push(`# ${map.warning}`);
  if (!map.sourceMap.length && !map.warning) problems.push('# no line table and no source beside the file: source lines cannot be shown');
  const listing = listElf(elf, { fileName: path, sourceText: (file) => files.readText(file) }, map.sourceMap);
  return [...problems, listing.text].join('\n');
}

interface NamedAddress {
  name: string;
  value: number;
  size: number;
}

/** A lookup over symbols (functions and data labels) and a source map. */
export function lookupOf(symbols: readonly NamedAddress[], sourceMap: readonly SourceMapEntry[]): ProgramLookup {
  const sorted = symbols
    .filter((s) => s.name && !s.name.startsWith('$') && !/^\.L/.test(s.name))
    .slice()
    .sort((a, b) => a.value - b.value || b.size - a.size);
  const map = new SourceMap(sourceMap);
  return {
    locate(pc: number): SourcePoint | undefined {
      const r = map.locate(pc);
      return r ? { file: r.file, line: r.start.line, column: r.start.col } : undefined;
    },
    label(pc: number): string | undefined {
      let lo = 0;
      let hi = sorted.length - 1;
      let best: NamedAddress | undefined;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]!.value <= pc) {
          best = sorted[mid];
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (!best) return undefined;
      // Past a sized symbol's end the address belongs to nothing named (padding, another object).
      if (best.size > 0 && pc >= best.value + best.size) return undefined;
      const off = pc - best.value;
      return off === 0 ? best.name : `${best.name}+0x${off.toString(16)}`;
    },
  };
}

/** A lookup for a program file: assembled in memory when it is a .s, read when it is an ELF. */
export function programLookup(path: string, bytes: Uint8Array, files: ReadFiles, settings: AssembleSettings = {}): ProgramLookup | undefined {
  if (isElf(bytes)) {
    const { elf } = readElf(bytes, path);
    if (!elf) return undefined;
    return lookupOf(elf.symbols, sourceMapOf(path, bytes, elf, files, settings).sourceMap);
  }
  const r = assemble({ path, text: new TextDecoder().decode(bytes) }, {
    readFile: (p) => files.readText(p),
    ...(settings.includePaths?.length ? { includePaths: settings.includePaths } : {}),
    ...(settings.march ? { march: settings.march } : {}),
  });
  if (!r.image) return undefined;
  return lookupOf(r.image.symbols, r.image.sourceMap);
}
