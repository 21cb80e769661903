// The .riscv.attributes section: a 'A' format-version byte, one "riscv" vendor subsection, one
// Tag_File sub-subsection holding tag/value pairs (even tags ULEB128, odd tags NUL-terminated strings).

import type { RiscvAttributes } from '../asm/object.js';
import { Tag_File, Tag_RISCV_arch, Tag_RISCV_stack_align, Tag_RISCV_unaligned_access } from './constants.js';

function uleb(n: number): number[] {
  const out: number[] = [];
  let v = n >>> 0;
  do {
    let b = v & 0x7f;
    v >>>= 7;
    if (v) b |= 0x80;
    out.push(b);
  } while (v);
  return out;
}

/** All attributes as tag/value pairs, sorted by tag as bfd writes them; zero and empty values are left out like ld does. */
export function attributeList(a: RiscvAttributes): Array<{ tag: number; value: number | string }> {
  const list: Array<{ tag: number; value: number | string }> = [];
  if (a.stackAlign) list.push({ tag: Tag_RISCV_stack_align, value: a.stackAlign });
  if (a.arch) list.push({ tag: Tag_RISCV_arch, value: a.arch });
  if (a.unalignedAccess) list.push({ tag: Tag_RISCV_unaligned_access, value: a.unalignedAccess });
  for (const o of a.other ?? []) if (o.value !== 0 && o.value !== '') list.push(o);
  return list.sort((x, y) => x.tag - y.tag);
}

export function encodeAttributes(a: RiscvAttributes): Uint8Array | undefined {
  const list = attributeList(a);
  if (!list.length) return undefined;
  const body: number[] = [];
  const enc = new TextEncoder();
  for (const { tag, value } of list) {
    body.push(...uleb(tag));
    if (typeof value === 'string') {
      for (const b of enc.encode(value)) body.push(b);
      body.push(0);
    }
    else body.push(...uleb(value));
  }
  const vendor = [...enc.encode('riscv'), 0];
  const subLen = 1 + 4 + body.length;
  const secLen = 4 + vendor.length + subLen;
  const out = new Uint8Array(1 + secLen);
  const dv = new DataView(out.buffer);
  out[0] = 0x41;
  dv.setUint32(1, secLen, true);
  out.set(vendor, 5);
  let o = 5 + vendor.length;
  out[o] = Tag_File;
  dv.setUint32(o + 1, subLen, true);
  out.set(body, o + 5);
  return out;
}

/** Decodes what encodeAttributes (or GNU as) wrote; returns an error message on malformed contents. */
export function decodeAttributes(data: Uint8Array): { attrs: RiscvAttributes; error?: string; errorOffset?: number } {
  const attrs: RiscvAttributes = {};
  if (data.length === 0) return { attrs };
  if (data[0] !== 0x41) return { attrs, error: `unknown attributes format version 0x${data[0]!.toString(16)}`, errorOffset: 0 };
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let p = 1;
  const dec = new TextDecoder();
  while (p < data.length) {
    if (p + 4 > data.length) return { attrs, error: 'truncated attributes subsection length', errorOffset: p };
    const len = dv.getUint32(p, true);
    if (len < 4 || p + len > data.length) return { attrs, error: `attributes subsection length ${len} runs past the section`, errorOffset: p };
    const end = p + len;
    let q = p + 4;
    const nul = data.indexOf(0, q);
    if (nul < 0 || nul >= end) return { attrs, error: 'unterminated vendor name', errorOffset: q };
    const vendor = dec.decode(data.subarray(q, nul));
    q = nul + 1;
    if (vendor === 'riscv') {
      while (q < end) {
        const tagStart = q;
        const subTag = data[q++]!;
        if (q + 4 > end) return { attrs, error: 'truncated attributes sub-subsection', errorOffset: tagStart };
        const subLen = dv.getUint32(q, true);
        if (subLen < 5 || tagStart + subLen > end) return { attrs, error: `attributes sub-subsection length ${subLen} runs past its subsection`, errorOffset: q };
        const subEnd = tagStart + subLen;
        q += 4;
        while (subTag === Tag_File && q < subEnd) {
          const at = q;
          const t = readUleb(data, q, subEnd);
          if (!t) return { attrs, error: 'truncated attribute tag', errorOffset: at };
          q = t.next;
          let value: number | string;
          if (t.value % 2 === 1 && t.value !== Tag_File) {
            const z = data.indexOf(0, q);
            if (z < 0 || z >= subEnd) return { attrs, error: `unterminated string for attribute tag ${t.value}`, errorOffset: q };
            value = dec.decode(data.subarray(q, z));
            q = z + 1;
          } else {
            const v = readUleb(data, q, subEnd);
            if (!v) return { attrs, error: `truncated value for attribute tag ${t.value}`, errorOffset: q };
            value = v.value;
            q = v.next;
          }
          if (t.value === Tag_RISCV_arch && typeof value === 'string') attrs.arch = value;
          else if (t.value === Tag_RISCV_stack_align && typeof value === 'number') attrs.stackAlign = value;
          else if (t.value === Tag_RISCV_unaligned_access && typeof value === 'number') attrs.unalignedAccess = value;
          else (attrs.other ??= []).push({ tag: t.value, value });
        }
        q = subEnd;
      }
    }
    p = end;
  }
  return { attrs };
}

function readUleb(data: Uint8Array, p: number, end: number): { value: number; next: number } | undefined {
  let value = 0;
  let shift = 0;
  while (p < end) {
    const b = data[p++]!;
    if (shift < 32) value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(b & 0x80)) return { value: value >>> 0, next: p };
  }
  return undefined;
}
