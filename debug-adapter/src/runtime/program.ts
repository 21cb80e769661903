// Loading what the user launches: a `.s` (assembled and linked by vm-core, refusing the launch
// on errors) or an ELF (recognised by its magic number). Also the program's static facts the
// runtime asks about: labels by address, call/return sites for the shadow stack, ebreaks, and
// the source text (for data directives and source lines).

import {
  assemble, environmentByName, installEnvironment, programFromElf, toProgram, type Diagnostic, type ImageSymbol, type Program,
} from '@tessera/vm-core';
import type { LaunchConfig } from './types.js';

const EXEC = 4; // PERM.X

export interface LoadedProgram {
  program: Program;
  /** Source texts by path, for the files that made the program (what could be read). */
  sources: Map<string, string>;
  labels: Labels;
  /** pcs of returns (jalr x0, 0(ra)), hooked while a step waits for the stack to unwind, and of ebreaks. */
  returns: Set<number>;
  ebreaks: Set<number>;
}

export type LoadOutcome = { ok: true; loaded: LoadedProgram } | { ok: false; message: string; diagnostics: Diagnostic[] };

const decoder = new TextDecoder();

export function loadProgram(config: LaunchConfig): LoadOutcome {
  const bytes = config.host.readFile(config.program);
  if (!bytes) return { ok: false, message: `cannot read ${config.program}`, diagnostics: [] };
  const sources = new Map<string, string>();
  // The environment's instructions (openvm's hintstore, reveal …) must be known to the assembler.
  const env = environmentByName(config.environment ?? 'linux');
  if (!env) return { ok: false, message: `unknown environment '${config.environment}'`, diagnostics: [] };
  installEnvironment(env);
  let program: Program;
  if (bytes.length >= 4 && bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46) {
    const r = programFromElf(bytes, config.program);
    if (!r.program) return { ok: false, message: firstError(r.diagnostics) ?? `${config.program}: not a runnable ELF`, diagnostics: r.diagnostics };
    program = r.program;
  } else {
    const text = decoder.decode(bytes);
    sources.set(config.program, text);
    const readFile = (path: string): string | undefined => {
      const b = config.host.readFile(path);
      if (!b) return undefined;
      const t = decoder.decode(b);
      sources.set(path, t);
      return t;
    };
    const r = assemble({ path: config.program, text }, { readFile, ...(config.includePaths ? { includePaths: config.includePaths } : {}) });
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    if (!r.image || errors.length) {
      return { ok: false, message: `${config.program}: ${errors.length} error${errors.length === 1 ? '' : 's'}: ${firstError(errors) ?? 'assembly failed'}`, diagnostics: r.diagnostics };
    }
    program = toProgram(r.image, config.program);
  }
  for (const f of program.sourceMap.files()) {
    if (sources.has(f)) continue;
    const b = config.host.readFile(f);
    if (b) sources.set(f, decoder.decode(b));
  }
  const returns = new Set<number>();
  const ebreaks = new Set<number>();
  for (const seg of program.segments) {
    if (!(seg.perm & EXEC)) continue;
    const view = new DataView(seg.data.buffer, seg.data.byteOffset, seg.data.byteLength);
    for (let off = 0; off + 4 <= seg.data.length; off += 4) {
      const word = view.getUint32(off, true);
      const pc = (seg.vaddr + off) >>> 0;
      if (word === 0x00100073) {
        ebreaks.add(pc);
        continue;
      }
      // ret: jalr x0, 0(ra)
      if (word === 0x00008067) returns.add(pc);
    }
  }
  return { ok: true, loaded: { program, sources, labels: new Labels(program.image.symbols), returns, ebreaks } };
}

function firstError(ds: readonly Diagnostic[]): string | undefined {
  const d = ds.find((x) => x.severity === 'error');
  return d ? `${d.range.file}:${d.range.start.line}: ${d.message}` : undefined;
}

/** Symbols GNU ld's default script defines (layout markers, not the program's labels). */
const LINKER_SYMBOL = /^(__[A-Za-z0-9_]+__|__global_pointer\$|__bss_start|_edata|_end|_etext|__etext|_fdata|_ftext|__init_array_(start|end)|__fini_array_(start|end)|__preinit_array_(start|end))$/;

/** Labels of the program, for names of addresses and addresses of names. */
export class Labels {
  /** Named, defined, non-section symbols sorted by address (globals before locals at one address). */
  readonly sorted: ImageSymbol[];
  private readonly byName = new Map<string, ImageSymbol>();

  constructor(symbols: readonly ImageSymbol[]) {
    this.sorted = symbols
      .filter((s) => s.name && !s.undef && s.type !== 'section' && s.type !== 'file' && !s.name.startsWith('$') && !s.name.startsWith('.L') && s.section !== null && !LINKER_SYMBOL.test(s.name))
      .sort((a, b) => a.value - b.value || (a.binding === 'global' ? -1 : 0) - (b.binding === 'global' ? -1 : 0));
    for (const s of symbols) {
      if (!s.name || s.undef || s.name.startsWith('$')) continue;
      const prev = this.byName.get(s.name);
      if (!prev || (prev.binding !== 'global' && s.binding === 'global')) this.byName.set(s.name, s);
    }
  }

  address(name: string): number | undefined {
    return this.byName.get(name)?.value;
  }

  symbol(name: string): ImageSymbol | undefined {
    return this.byName.get(name);
  }

  /** The last label at or before addr (within its section's code, roughly): undefined before the first. */
  containing(addr: number): ImageSymbol | undefined {
    let lo = 0;
    let hi = this.sorted.length - 1;
    let best: ImageSymbol | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sorted[mid]!;
      if (s.value <= addr) {
        best = s;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // Prefer the first label at that address (globals sort first).
    if (best) {
      const at = best.value;
      best = this.sorted.find((s) => s.value === at) ?? best;
    }
    return best;
  }

  /** The last global or function label at or before addr (skipping local labels inside a function). */
  functionOf(addr: number): ImageSymbol | undefined {
    let best: ImageSymbol | undefined;
    for (const s of this.sorted) {
      if (s.value > addr) break;
      if (s.binding === 'global' || s.binding === 'weak' || s.type === 'func') best = s;
    }
    return best ?? this.containing(addr);
  }

  /** Labels starting exactly at addr. */
  at(addr: number): ImageSymbol | undefined {
    const s = this.containing(addr);
    return s && s.value === addr ? s : undefined;
  }

  /** "main", "main+0x10"; undefined when no label precedes addr or it is far (> 64 KiB) away. */
  describe(addr: number): string | undefined {
    const s = this.containing(addr >>> 0);
    if (!s) return undefined;
    const off = (addr >>> 0) - s.value;
    if (off > 0x10000 || (s.size && off >= s.size && s.type === 'object')) return undefined;
    return off ? `${s.name}+0x${off.toString(16)}` : s.name;
  }

  /** [start, end) of the code of a label: to the next label at a higher address. */
  range(name: string): { start: number; end: number } | undefined {
    const s = this.byName.get(name);
    if (!s) return undefined;
    if (s.size) return { start: s.value, end: s.value + s.size };
    const next = this.sorted.find((t) => t.value > s.value);
    return { start: s.value, end: next ? next.value : s.value + 4 };
  }
}
