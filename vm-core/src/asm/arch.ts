// RISC-V ISA strings as GNU as normalizes them ("rv32im" → "rv32i2p1_m2p0_zmmul1p0"): the form
// written to .riscv.attributes and into `$x<isa>` mapping symbols.

// Versions binutils 2.40 gives each extension under the 20191213 ISA spec.
const VERSIONS: Record<string, string> = {
  i: '2p1', e: '2p0', m: '2p0', a: '2p1', f: '2p2', d: '2p2', q: '2p2', c: '2p0', v: '1p0', h: '1p0',
  zicsr: '2p0', zifencei: '2p0', zmmul: '1p0', zicntr: '2p0', zihpm: '2p0', zihintpause: '2p0', zicbom: '1p0',
  zicboz: '1p0', zawrs: '1p0', zba: '1p0', zbb: '1p0', zbc: '1p0', zbs: '1p0', zca: '1p0', ztso: '1p0',
};
const SINGLE_ORDER = 'iemafdqlcbkjtpvnh';
const IMPLIES: Record<string, string[]> = { g: ['i', 'm', 'a', 'f', 'd', 'zicsr', 'zifencei'], m: ['zmmul'], f: ['zicsr'], d: ['f'], q: ['d'] };

export type ArchSet = Map<string, string>;

function add(set: ArchSet, ext: string, version?: string): void {
  if (ext !== 'g' && !set.has(ext)) set.set(ext, version ?? VERSIONS[ext] ?? '1p0');
  for (const implied of IMPLIES[ext] ?? []) add(set, implied);
}

/** Parses an ISA string (`rv32im`, `rv32i2p1_m2p0_zicsr2p0`); undefined when it is not one. */
export function parseArch(text: string): { xlen: number; set: ArchSet } | undefined {
  const m = /^rv(32|64)([a-z0-9_]*)$/i.exec(text.trim());
  if (!m) return undefined;
  const set: ArchSet = new Map();
  const parts = m[2]!.toLowerCase().split('_').filter(Boolean);
  if (parts.length === 0) return undefined;
  // The first part holds single-letter extensions, each with an optional version (i2p1m2p0…).
  const head = parts.shift()!;
  const re = /([a-z])(\d+(?:p\d+)?)?/g;
  let single: RegExpExecArray | null;
  let consumed = 0;
  while ((single = re.exec(head)) && single.index === consumed) {
    consumed += single[0].length;
    if (single[1] === 'z' || single[1] === 's' || single[1] === 'x') return undefined;
    add(set, single[1]!, single[2]?.includes('p') ? single[2] : single[2] ? `${single[2]}p0` : undefined);
  }
  if (consumed !== head.length) return undefined;
  for (const p of parts) {
    const pm = /^([a-z]+?)(\d+p\d+)?$/.exec(p);
    if (!pm) return undefined;
    if (pm[1]!.length === 1) add(set, pm[1]!, pm[2]);
    else add(set, pm[1]!, pm[2]);
  }
  return { xlen: Number(m[1]), set };
}

function rank(ext: string): [number, number, string] {
  if (ext.length === 1) return [0, SINGLE_ORDER.indexOf(ext), ext];
  const cls = ext[0] === 'z' ? 1 : ext[0] === 's' ? 2 : 3;
  return [cls, SINGLE_ORDER.indexOf(ext[1]!), ext];
}

export function archString(xlen: number, set: ArchSet): string {
  const exts = [...set.keys()].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra[0] - rb[0] || ra[1] - rb[1] || (ra[2] < rb[2] ? -1 : ra[2] > rb[2] ? 1 : 0);
  });
  return `rv${xlen}` + exts.map((e, i) => `${i === 0 ? '' : '_'}${e}${set.get(e)}`).join('');
}

/** Applies `.option arch, +ext, -ext` or a full ISA string; undefined when it cannot be read. */
export function applyArchOption(current: string, text: string): string | undefined {
  const items = text.split(',').map((s) => s.trim()).filter(Boolean);
  let base = parseArch(current);
  if (!base) return undefined;
  for (const item of items) {
    if (item.startsWith('+') || item.startsWith('-')) {
      const names = item.slice(1).toLowerCase();
      const ext = /^([a-z]+?)(\d+p\d+)?$/.exec(names);
      if (!ext) return undefined;
      if (item[0] === '+') add(base.set, ext[1]!, ext[2]);
      else base.set.delete(ext[1]!);
    } else {
      const full = parseArch(item);
      if (!full) return undefined;
      base = full;
    }
  }
  return archString(base.xlen, base.set);
}

export function normalizeArch(text: string): string | undefined {
  const p = parseArch(text);
  return p ? archString(p.xlen, p.set) : undefined;
}

export const DEFAULT_ARCH = normalizeArch('rv32im')!;
