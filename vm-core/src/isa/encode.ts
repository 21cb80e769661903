// Instruction fields ⇄ 32-bit words, driven by the table's formats.

import { INSTRUCTIONS, type InstructionSpec } from './instructions.js';
import * as F from './fields.js';

/** The operand values of one instruction, by field. Unused fields are 0. */
export interface InstructionFields {
  rd: number;
  rs1: number;
  rs2: number;
  /** Immediate as the instruction means it: signed for I/S/B/J, the 20-bit field for U, shamt for shifts, zimm for csr*i. */
  imm: number;
  csr: number;
  pred: number;
  succ: number;
}

export const NO_FIELDS: Readonly<InstructionFields> = { rd: 0, rs1: 0, rs2: 0, imm: 0, csr: 0, pred: 0, succ: 0 };

export function encode(spec: InstructionSpec, f: Partial<InstructionFields>): number {
  if (spec.fixedWord !== undefined) return spec.fixedWord >>> 0;
  const zero = spec.zeroFields;
  const rd = zero?.includes('rd') ? 0 : f.rd ?? 0;
  const rs1 = zero?.includes('rs1') ? 0 : f.rs1 ?? 0;
  const rs2 = zero?.includes('rs2') ? 0 : f.rs2 ?? 0;
  const imm = f.imm ?? 0;
  const base = spec.match;
  switch (spec.format) {
    case 'R':
      return (base | (rd << 7) | (rs1 << 15) | (rs2 << 20)) >>> 0;
    case 'I': {
      if (spec.operands.includes('shamt')) return (base | (rd << 7) | (rs1 << 15) | ((imm & 31) << 20)) >>> 0;
      if (spec.operands.includes('csr')) {
        const src = spec.operands.includes('zimm') ? imm & 31 : rs1;
        return (base | (rd << 7) | (src << 15) | (((f.csr ?? 0) & 0xfff) << 20)) >>> 0;
      }
      if (spec.operands.includes('pred')) return (base | (((f.pred ?? 0) & 15) << 24) | (((f.succ ?? 0) & 15) << 20)) >>> 0;
      return F.setImmI(base | (rd << 7) | (rs1 << 15), imm);
    }
    case 'S':
      return F.setImmS(base | (rs1 << 15) | (rs2 << 20), imm);
    case 'B':
      return F.setImmB(base | (rs1 << 15) | (rs2 << 20), imm);
    case 'U':
      return F.setImmU(base | (rd << 7), imm);
    case 'J':
      return F.setImmJ(base | (rd << 7), imm);
  }
}

export interface Decoded extends InstructionFields {
  spec: InstructionSpec;
  word: number;
}

// Candidates by major opcode keep decode to a handful of mask tests.
let byOpcode: Map<number, InstructionSpec[]> | undefined;
let indexedCount = -1;
function candidates(opcode: number): InstructionSpec[] {
  if (!byOpcode || indexedCount !== INSTRUCTIONS.length) {
    byOpcode = new Map();
    for (const s of INSTRUCTIONS) {
      const list = byOpcode.get(s.opcode) ?? [];
      list.push(s);
      byOpcode.set(s.opcode, list);
    }
    // Most specific mask first, so fence.tso wins over fence.
    for (const list of byOpcode.values()) list.sort((a, b) => popcount(b.mask) - popcount(a.mask));
    indexedCount = INSTRUCTIONS.length;
  }
  return byOpcode.get(opcode) ?? [];
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}

/** The table entry and fields of a word, or undefined when no RV32IM instruction has this encoding. */
export function decode(word: number): Decoded | undefined {
  const w = word >>> 0;
  for (const spec of candidates(w & 0x7f)) {
    if (((w & spec.mask) >>> 0) !== spec.match) continue;
    const d: Decoded = { spec, word: w, rd: 0, rs1: 0, rs2: 0, imm: 0, csr: 0, pred: 0, succ: 0 };
    if (spec.fixedWord !== undefined) return d;
    switch (spec.format) {
      case 'R':
        d.rd = F.rdOf(w); d.rs1 = F.rs1Of(w); d.rs2 = F.rs2Of(w);
        break;
      case 'I':
        d.rd = F.rdOf(w); d.rs1 = F.rs1Of(w);
        if (spec.operands.includes('shamt')) d.imm = F.rs2Of(w);
        else if (spec.operands.includes('csr')) {
          d.csr = (w >>> 20) & 0xfff;
          if (spec.operands.includes('zimm')) { d.imm = d.rs1; d.rs1 = 0; }
        } else if (spec.operands.includes('pred')) {
          d.pred = (w >>> 24) & 15; d.succ = (w >>> 20) & 15; d.rd = 0; d.rs1 = 0;
        } else d.imm = F.immI(w);
        break;
      case 'S':
        d.rs1 = F.rs1Of(w); d.rs2 = F.rs2Of(w); d.imm = F.immS(w);
        break;
      case 'B':
        d.rs1 = F.rs1Of(w); d.rs2 = F.rs2Of(w); d.imm = F.immB(w);
        break;
      case 'U':
        d.rd = F.rdOf(w); d.imm = F.immU(w);
        break;
      case 'J':
        d.rd = F.rdOf(w); d.imm = F.immJ(w);
        break;
    }
    return d;
  }
  return undefined;
}

/** Fence set bits i=8 o=4 r=2 w=1, as GNU writes them ("iorw"). */
export function fenceSetToString(bits: number): string {
  let s = '';
  if (bits & 8) s += 'i';
  if (bits & 4) s += 'o';
  if (bits & 2) s += 'r';
  if (bits & 1) s += 'w';
  return s || '0';
}

export function parseFenceSet(text: string): number | undefined {
  if (text === '0') return 0;
  if (!/^i?o?r?w?$/.test(text) || text.length === 0) return undefined;
  let bits = 0;
  for (const ch of text) bits |= ch === 'i' ? 8 : ch === 'o' ? 4 : ch === 'r' ? 2 : 1;
  return bits;
}
