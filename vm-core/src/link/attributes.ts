// Merging the objects' RISC-V attributes the way ld's riscv_merge_attributes does for the tags
// these programs carry.

import type { RiscvAttributes } from '../asm/object.js';

const SINGLE_ORDER = 'iegmafdqlcbkjtpvnh';

interface Subset {
  name: string;
  major: number;
  minor: number;
}

function parseArch(arch: string): { xlen: string; subsets: Subset[] } | undefined {
  const m = /^rv(32|64|128)(.*)$/i.exec(arch);
  if (!m) return undefined;
  const subsets: Subset[] = [];
  const parts = m[2]!.toLowerCase().split('_').filter((p) => p);
  for (const part of parts) {
    if (/^[zsx]/.test(part)) {
      const v = /^(.*?)(\d+)p(\d+)$/.exec(part);
      subsets.push(v ? { name: v[1]!, major: +v[2]!, minor: +v[3]! } : { name: part, major: 0, minor: 0 });
      continue;
    }
    // Single-letter extensions may be run together: i2p1m2p0.
    const re = /([a-z])(\d+p\d+|\d+)?/g;
    let mm: RegExpExecArray | null;
    while ((mm = re.exec(part))) {
      const ver = mm[2] ?? '';
      const [maj, min] = ver.includes('p') ? ver.split('p').map(Number) : [ver ? Number(ver) : 0, 0];
      subsets.push({ name: mm[1]!, major: maj ?? 0, minor: min ?? 0 });
    }
  }
  return { xlen: m[1]!, subsets };
}

function rank(name: string): [number, number, string] {
  if (name.length === 1) return [0, SINGLE_ORDER.indexOf(name), name];
  const cls = name[0] === 'z' ? 1 : name[0] === 's' ? 2 : 3;
  const sub = name[0] === 'z' ? SINGLE_ORDER.indexOf(name[1] ?? '') : 0;
  return [cls, sub, name];
}

export function mergeArch(a: string, b: string): string {
  if (a === b) return a;
  const pa = parseArch(a);
  const pb = parseArch(b);
  if (!pa || !pb) return a;
  const all = new Map<string, Subset>();
  for (const s of [...pa.subsets, ...pb.subsets]) {
    const o = all.get(s.name);
    if (!o || s.major > o.major || (s.major === o.major && s.minor > o.minor)) all.set(s.name, s);
  }
  const list = [...all.values()].sort((x, y) => {
    const rx = rank(x.name);
    const ry = rank(y.name);
    return rx[0] - ry[0] || rx[1] - ry[1] || (rx[2] < ry[2] ? -1 : rx[2] > ry[2] ? 1 : 0);
  });
  return `rv${pa.xlen}${list.map((s) => `${s.name}${s.major}p${s.minor}`).join('_')}`;
}

export interface AttrConflict {
  message: string;
}

export function mergeAttributes(list: RiscvAttributes[]): { attrs: RiscvAttributes; conflicts: AttrConflict[] } {
  const out: RiscvAttributes = {};
  const conflicts: AttrConflict[] = [];
  const other = new Map<number, number | string>();
  for (const a of list) {
    if (a.arch) out.arch = out.arch ? mergeArch(out.arch, a.arch) : a.arch;
    if (a.unalignedAccess) out.unalignedAccess = (out.unalignedAccess ?? 0) | a.unalignedAccess;
    if (a.stackAlign) {
      if (out.stackAlign && out.stackAlign !== a.stackAlign) {
        conflicts.push({ message: `cannot link objects with different stack alignment: ${out.stackAlign}-bytes and ${a.stackAlign}-bytes` });
      } else out.stackAlign = a.stackAlign;
    }
    for (const o of a.other ?? []) if (!other.has(o.tag)) other.set(o.tag, o.value);
  }
  if (other.size) out.other = [...other].sort((x, y) => x[0] - y[0]).map(([tag, value]) => ({ tag, value }));
  return { attrs: out, conflicts };
}
