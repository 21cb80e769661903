// .eh_frame editing as ld does it for these programs: a CIE identical to one already output
// (from an earlier object) is dropped and the FDEs that used it point at the kept one.

import type { LinkRelocation as Relocation } from './input.js';

export interface EhInput {
  data: Uint8Array;
  relocs: Relocation[];
}

export interface EhEdited {
  data: Uint8Array;
  relocs: Relocation[];
  /** FDEs whose CIE pointer is filled in after layout: where the pointer is, which CIE it names. */
  fdes: Array<{ idPos: number; cie: { input: number; offset: number } }>;
}

interface Entry {
  start: number;
  size: number;
  cie: boolean;
  /** For an FDE: the start of its CIE in the same input. */
  ciePos?: number;
}

function parse(d: Uint8Array): Entry[] | undefined {
  const dv = new DataView(d.buffer, d.byteOffset, d.byteLength);
  const out: Entry[] = [];
  let p = 0;
  while (p + 4 <= d.length) {
    const len = dv.getUint32(p, true);
    if (len === 0 || len === 0xffffffff || p + 4 + len > d.length || len < 4) return undefined;
    const id = dv.getUint32(p + 4, true);
    if (id === 0) out.push({ start: p, size: 4 + len, cie: true });
    else out.push({ start: p, size: 4 + len, cie: false, ciePos: p + 4 - id });
    p += 4 + len;
  }
  return p === d.length ? out : undefined;
}

/** Edits every .eh_frame input in link order; an input that does not parse is left as it is. */
export function editEhFrames(inputs: EhInput[]): EhEdited[] {
  const seen = new Map<string, { input: number; offset: number }>();
  return inputs.map((inp, ii) => {
    const entries = parse(inp.data);
    if (!entries) return { data: inp.data, relocs: inp.relocs, fdes: [] };
    const cieAt = new Map<number, { input: number; offset: number }>();
    const kept: Array<{ e: Entry; newStart: number }> = [];
    let size = 0;
    for (const e of entries) {
      const relocated = inp.relocs.some((r) => r.offset >= e.start && r.offset < e.start + e.size);
      if (e.cie) {
        const key = relocated ? undefined : Array.from(inp.data.subarray(e.start, e.start + e.size)).join(',');
        const prior = key !== undefined ? seen.get(key) : undefined;
        if (prior) {
          cieAt.set(e.start, prior);
          continue;
        }
        const here = { input: ii, offset: size };
        if (key !== undefined) seen.set(key, here);
        cieAt.set(e.start, here);
      }
      kept.push({ e, newStart: size });
      size += e.size;
    }
    const data = new Uint8Array(size);
    const fdes: EhEdited['fdes'] = [];
    const shift = (off: number): number | undefined => {
      const k = kept.find((x) => off >= x.e.start && off < x.e.start + x.e.size);
      return k ? off - k.e.start + k.newStart : undefined;
    };
    for (const { e, newStart } of kept) {
      data.set(inp.data.subarray(e.start, e.start + e.size), newStart);
      if (!e.cie) {
        const cie = cieAt.get(e.ciePos!);
        if (cie) fdes.push({ idPos: newStart + 4, cie });
      }
    }
    const relocs: Relocation[] = [];
    for (const r of inp.relocs) {
      const o = shift(r.offset);
      if (o === undefined) continue;
      const moved: Relocation = { ...r, offset: o };
      // A place inside this section used as the minuend base (32_PCREL) moves with it.
      if (r.minus?.kind === 'section' && r.minus.offset === r.offset) moved.minus = { ...r.minus, offset: o };
      relocs.push(moved);
    }
    return { data, relocs, fdes };
  });
}
