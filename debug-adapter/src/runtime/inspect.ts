// Read-only views of a stopped machine: data symbols with their values, the environment's state,
// and disassembly with labels and source lines.

import { disassembleAt, disassembleWord, DisassemblyState, type Machine } from '@tessera/vm-core';
import type { JournalIO } from './journal-io.js';
import type { LoadedProgram } from './program.js';
import type { DisassembledLine, EnvironmentState, LaunchConfig, SymbolInfo, SymbolKind } from './types.js';

const SHF_EXECINSTR = 4;
/** Values shown per symbol at most (a big array shows its first elements). */
const MAX_VALUES = 64;

/** The directive that emitted a data label's bytes, read from its source line. */
const DIRECTIVE_KIND: Record<string, SymbolKind> = {
  '.word': 'words', '.4byte': 'words', '.long': 'words', '.int': 'words',
  '.half': 'halves', '.2byte': 'halves', '.short': 'halves',
  '.byte': 'bytes', '.space': 'bytes', '.zero': 'bytes', '.skip': 'bytes', '.fill': 'bytes',
  '.asciz': 'string', '.string': 'string', '.ascii': 'string',
  '.dword': 'words', '.8byte': 'words', '.quad': 'words',
};

export function symbols(m: Machine, loaded: LoadedProgram): SymbolInfo[] {
  const { program, labels, sources } = loaded;
  const sections = new Map(program.image.sections.map((s) => [s.name, s]));
  const out: SymbolInfo[] = [];
  const list = labels.sorted;
  for (let i = 0; i < list.length; i++) {
    const s = list[i]!;
    const section = s.section ? sections.get(s.section) : undefined;
    if (!section || section.flags & SHF_EXECINSTR || s.type === 'func') continue;
    if (out.some((o) => o.name === s.name)) continue;
    let size = s.size;
    if (!size) {
      const next = list.slice(i + 1).find((t) => t.value > s.value && t.section === s.section);
      size = Math.min((next ? next.value : section.addr + section.size) - s.value, 256);
    }
    if (size <= 0) continue;
    const kind = kindOf(loaded, s.value, size, m, sources);
    out.push({ name: s.name, address: s.value >>> 0, size, kind, section: s.section, value: valueOf(m, s.value >>> 0, size, kind) });
  }
  return out;
}

function kindOf(loaded: LoadedProgram, addr: number, size: number, m: Machine, sources: Map<string, string>): SymbolKind {
  const entry = loaded.program.sourceMap.entryAt(addr);
  if (entry && entry.kind === 'data') {
    const text = sources.get(entry.range.file)?.split('\n')[entry.range.start.line - 1];
    const d = text ? /(^|\s|:)(\.[a-z0-9]+)\b/i.exec(text.replace(/#.*/, '')) : null;
    const kind = d ? DIRECTIVE_KIND[d[2]!.toLowerCase()] : undefined;
    if (kind) return kind;
  }
  // No source to ask: a NUL-terminated printable run is a string, else words when aligned.
  const bytes = m.memory.peek(addr, Math.min(size, 256));
  if (bytes && bytes.length > 1 && bytes[bytes.length - 1] === 0 && bytes.subarray(0, -1).every((b) => (b >= 32 && b < 127) || b === 9 || b === 10)) return 'string';
  if (addr % 4 === 0 && size % 4 === 0) return 'words';
  if (addr % 2 === 0 && size % 2 === 0) return 'halves';
  return 'bytes';
}

function valueOf(m: Machine, addr: number, size: number, kind: SymbolKind): number[] | string {
  if (kind === 'string') {
    const bytes = m.memory.peek(addr, Math.min(size, 4096));
    if (!bytes) return '';
    const end = bytes.indexOf(0);
    return new TextDecoder().decode(end >= 0 ? bytes.subarray(0, end) : bytes);
  }
  const width = kind === 'words' ? 4 : kind === 'halves' ? 2 : 1;
  const out: number[] = [];
  for (let off = 0; off + width <= size && out.length < MAX_VALUES; off += width) {
    const b = m.memory.peek((addr + off) >>> 0, width);
    if (!b) break;
    let v = 0;
    for (let i = 0; i < width; i++) v |= b[i]! << (8 * i);
    out.push(width === 4 ? v | 0 : v);
  }
  return out;
}

export function environment(m: Machine, io: JournalIO, config: LaunchConfig): EnvironmentState {
  const closed = m.envState.get('linux.closed-stdio');
  const isClosed = (fd: number) => closed instanceof Set && closed.has(fd);
  const openFds = [
    ...[0, 1, 2].filter((fd) => !isClosed(fd)).map((fd) => ({ fd, description: ['stdin', 'stdout', 'stderr'][fd]! })),
    ...[...io.openFiles].map(([fd, path]) => ({ fd, description: path })),
  ];
  const env: EnvironmentState = {
    environment: m.config.env.name, brkStart: m.brkStart >>> 0, brk: m.brkEnd >>> 0, openFds,
    publicValues: m.revealed(), stdinBuffered: io.buffered + stdinPending(m),
  };
  if (m.config.env.name === 'openvm') {
    const stream = m.envState.get('openvm.hint-stream') as { inputsLeft?: unknown; available?: unknown } | undefined;
    env.hintsLeft = stream && typeof stream.inputsLeft === 'number' && typeof stream.available === 'number'
      ? { inputs: stream.inputsLeft, streamBytes: stream.available }
      : { inputs: config.hints?.length ?? 0, streamBytes: 0 };
  }
  return env;
}

/** Bytes the guest's stdin buffer (vm-core's StdinBuffer) holds after a line-based read. */
function stdinPending(m: Machine): number {
  const b = m.envState.get('stdin') as { pending?: unknown } | undefined;
  return b && b.pending instanceof Uint8Array ? b.pending.length : 0;
}

export function disassemble(m: Machine, loaded: LoadedProgram, address: number, count: number): DisassembledLine[] {
  const out: DisassembledLine[] = [];
  const symbolize = (a: number) => loaded.labels.describe(a);
  // One state through consecutive words, so that auipc pairs get objdump's `# address <label>` comment.
  let state = new DisassemblyState();
  for (let k = 0; k < count; k++) {
    const a = (address + 4 * k) >>> 0;
    const word = m.memory.peekWord(a);
    let text = '<unmapped>';
    if (word === undefined) state = new DisassemblyState();
    else {
      const bytes = new Uint8Array([word & 0xff, (word >>> 8) & 0xff, (word >>> 16) & 0xff, word >>> 24]);
      const d = disassembleAt(bytes, 0, a, state, { symbolize }) ?? disassembleWord(word, a, { symbolize });
      text = d.text.replace(/\t/g, ' ');
    }
    const line: DisassembledLine = { address: a, text };
    if (word !== undefined) line.word = word;
    const sym = loaded.labels.at(a);
    if (sym) line.symbol = sym.name;
    const src = loaded.program.sourceMap.locate(a);
    if (src) line.source = { file: src.file, line: src.start.line, column: src.start.col };
    out.push(line);
  }
  return out;
}
