// ISA strings (`rv32im`, `rv32i2p1_m2p0_zicsr2p0`, as in -march, Tag_RISCV_arch and `$xrv…`
// mapping symbols): the extensions they enable with the implications GNU tools apply, and the
// normalized form GNU as writes ("rv32im" → "rv32i2p1_m2p0_zmmul1p0").

// Versions binutils 2.40 gives each extension under the 20191213 ISA spec.
const VERSIONS: Record<string, string> = {
  i: '2p1', e: '2p0', m: '2p0', a: '2p1', f: '2p2', d: '2p2', q: '2p2', c: '2p0', v: '1p0', h: '1p0',
  zicsr: '2p0', zifencei: '2p0', zmmul: '1p0', zicntr: '2p0', zihpm: '2p0', zihintpause: '2p0', zicbom: '1p0',
  zicboz: '1p0', zawrs: '1p0', zba: '1p0', zbb: '1p0', zbc: '1p0', zbs: '1p0', zca: '1p0', ztso: '1p0',
};
const SINGLE_ORDER = 'iemafdqlcbkjtpvnh';
// What naming one extension brings along (binutils' riscv_implicit_subsets, the part that
// reaches RV32IM, Zicsr and Zifencei).
const IMPLIES: Record<string, readonly string[]> = {
  g: ['i', 'm', 'a', 'f', 'd', 'zicsr', 'zifencei'],
  m: ['zmmul'],
  f: ['zicsr'],
  d: ['f', 'zicsr'],
  q: ['d', 'f', 'zicsr'],
};

/** Extension names as the instruction table spells them ('I', 'M', 'Zicsr' …), plus any others the string names. */
export type ArchExtensions = ReadonlySet<string>;

/** Extensions by lower-case name, each with its version (`2p0`). */
export type ArchSet = Map<string, string>;

function add(set: ArchSet, ext: string, version?: string): void {
  if (ext !== 'g' && !set.has(ext)) set.set(ext, version ?? VERSIONS[ext] ?? '1p0');
  for (const implied of IMPLIES[ext] ?? []) add(set, implied);
}

function versionOf(v: string | undefined): string | undefined {
  return v === undefined ? undefined : v.includes('p') ? v : `${v}p0`;
}

/** Parses an ISA string strictly; undefined when it is not one. */
export function parseArch(text: string): { xlen: number; set: ArchSet } | undefined {
  const m = /^rv(32|64)([a-z0-9_]*)$/i.exec(text.trim());
  if (!m) return undefined;
  const set: ArchSet = new Map();
  const parts = m[2]!.toLowerCase().split('_').filter(Boolean);
  if (parts.length === 0) return undefined;
  // The first part holds single-letter extensions, each with an optional version (i2p1m2p0…).
  const head = parts.shift()!;
  let consumed = 0;
  for (const single of head.matchAll(/([a-z])(\d+(?:p\d+)?)?/g)) {
    if (single.index !== consumed || 'zsx'.includes(single[1]!)) return undefined;
    consumed += single[0].length;
    add(set, single[1]!, versionOf(single[2]));
  }
  if (consumed !== head.length) return undefined;
  for (const p of parts) {
    const pm = /^([a-z]+?)(\d+p\d+|\d+)?$/.exec(p);
    if (!pm) return undefined;
    add(set, pm[1]!, versionOf(pm[2]));
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
      const ext = /^([a-z]+?)(\d+p\d+)?$/.exec(item.slice(1).toLowerCase());
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

function tableName(ext: string): string {
  return ext.length === 1 ? ext.toUpperCase() : ext[0]!.toUpperCase() + ext.slice(1);
}

/**
 * The extensions an ISA string enables, or undefined when it is not an rv32/rv64 string. Reads
 * what files carry leniently: unknown or oddly versioned parts still name their extension.
 */
export function parseArchString(arch: string): ArchExtensions | undefined {
  const m = /^rv(32|64)(.*)$/i.exec(arch.trim());
  if (!m) return undefined;
  const set: ArchSet = new Map();
  const [single = '', ...multi] = m[2]!.toLowerCase().split('_');
  for (const [, letter] of single.matchAll(/([a-z])(?:\d+(?:p\d+)?)?/g)) add(set, letter!);
  for (const part of multi) {
    const name = /^([a-z]+?)(?:\d+(?:p\d+)?)?$/.exec(part)?.[1];
    if (name) add(set, name);
  }
  return new Set([...set.keys()].map(tableName));
}
