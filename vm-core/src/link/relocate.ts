// Applying one relocation: the psABI formulas, range and alignment checks.

import type { LinkRelocKind as RelocKind } from './input.js';
import { fitsSigned, hi20, lo12, setImmB, setImmI, setImmJ, setImmS, setImmU } from '../isa/fields.js';

export type PatchResult = { ok: true } | { ok: false; code: string; message: string };

const rd32 = (d: Uint8Array, o: number): number => (d[o]! | (d[o + 1]! << 8) | (d[o + 2]! << 16) | (d[o + 3]! << 24)) >>> 0;
const wr32 = (d: Uint8Array, o: number, v: number): void => {
  d[o] = v & 0xff;
  d[o + 1] = (v >>> 8) & 0xff;
  d[o + 2] = (v >>> 16) & 0xff;
  d[o + 3] = (v >>> 24) & 0xff;
};

export function fieldSize(kind: RelocKind): number {
  switch (kind) {
    case 'abs8': case 'set6': return 1;
    case 'abs16': return 2;
    case 'abs64': case 'call': return 8;
    default: return 4;
  }
}

const hex = (n: number): string => `0x${(n >>> 0).toString(16)}`;

/**
 * Patches `data` at `off`. `value` is S + A (- minus) for data and absolute kinds, S + A - P for
 * pc-relative ones (for got_hi20: the GOT entry's address minus P), S + A minus the TLS segment's
 * start for tprel kinds; for pcrel_lo kinds it is the paired pcrel_hi20's (or got_hi20's) value.
 */
export function applyReloc(kind: RelocKind, data: Uint8Array, off: number, value: number, whatOf: () => string): PatchResult {
  // The target's name is only needed for a message, and finding it costs a search.
  const what = (): string => whatOf();
  if (off < 0 || off + fieldSize(kind) > data.length) {
    return { ok: false, code: 'link/reloc-outside-section', message: `relocation for ${what()} at offset ${hex(off)} lies outside its section` };
  }
  switch (kind) {
    case 'abs8':
      data[off] = value & 0xff;
      return { ok: true };
    case 'abs16':
      data[off] = value & 0xff;
      data[off + 1] = (value >>> 8) & 0xff;
      return { ok: true };
    case 'abs32':
      wr32(data, off, value >>> 0);
      return { ok: true };
    case 'abs64':
      wr32(data, off, value >>> 0);
      wr32(data, off + 4, value < 0 ? 0xffffffff : Math.floor(value / 2 ** 32) >>> 0);
      return { ok: true };
    case 'set6':
      data[off] = (data[off]! & 0xc0) | (value & 0x3f);
      return { ok: true };
    case 'tprel_add':
      return { ok: true };
    case 'hi20':
    case 'pcrel_hi20':
    case 'got_hi20':
    case 'tprel_hi20':
      wr32(data, off, setImmU(rd32(data, off), hi20(value)));
      return { ok: true };
    case 'lo12_i':
    case 'pcrel_lo12_i':
    case 'tprel_lo12_i':
      wr32(data, off, setImmI(rd32(data, off), lo12(value)));
      return { ok: true };
    case 'lo12_s':
    case 'pcrel_lo12_s':
    case 'tprel_lo12_s':
      wr32(data, off, setImmS(rd32(data, off), lo12(value)));
      return { ok: true };
    case 'branch': {
      const v = value | 0;
      if (v & 1) return { ok: false, code: 'link/misaligned-target', message: `branch to ${what()} targets a misaligned address (offset ${v} is odd; targets must be 2-byte aligned)` };
      if (!fitsSigned(v, 13)) return { ok: false, code: 'link/branch-out-of-range', message: `branch to ${what()} is out of range: offset ${v} is not within ±4 KiB (-4096..4094)` };
      wr32(data, off, setImmB(rd32(data, off), v));
      return { ok: true };
    }
    case 'jal': {
      const v = value | 0;
      if (v & 1) return { ok: false, code: 'link/misaligned-target', message: `jump to ${what()} targets a misaligned address (offset ${v} is odd; targets must be 2-byte aligned)` };
      if (!fitsSigned(v, 21)) return { ok: false, code: 'link/jal-out-of-range', message: `jump to ${what()} is out of range: offset ${v} is not within ±1 MiB (-1048576..1048574)` };
      wr32(data, off, setImmJ(rd32(data, off), v));
      return { ok: true };
    }
    case 'call': {
      // auipc + jalr reach any address of a 32-bit space.
      wr32(data, off, setImmU(rd32(data, off), hi20(value)));
      wr32(data, off + 4, setImmI(rd32(data, off + 4), lo12(value)));
      return { ok: true };
    }
  }
}

export function isPcRelative(kind: RelocKind): boolean {
  return kind === 'pcrel_hi20' || kind === 'got_hi20' || kind === 'branch' || kind === 'jal' || kind === 'call';
}
