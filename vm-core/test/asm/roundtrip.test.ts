// Disassemble → assemble gives the same word, for every encoding the instruction table knows:
// every register value in every register field, and boundary plus sampled immediates. Both with
// objdump's aliases and with -M no-aliases, so both spellings are accepted back.
import { describe, expect, it } from 'vitest';
import { INSTRUCTIONS, type InstructionSpec } from '../../src/isa/instructions.js';
import { encode, type InstructionFields } from '../../src/isa/encode.js';
import { disassembleWord } from '../../src/isa/disasm.js';
import { assembleFile } from '../../src/asm/assemble.js';

// A small deterministic PRNG, so a failure names the same words every run.
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s;
  };
}

const REGISTER_FIELDS = { rd: 'rd', rs1: 'rs1', rs2: 'rs2' } as const;

function immediates(spec: InstructionSpec, rnd: () => number): number[] {
  const kinds = spec.operands;
  const sample = (lo: number, hi: number, n: number, step = 1): number[] =>
    Array.from({ length: n }, () => lo + Math.floor(((rnd() / 2 ** 32) * (hi - lo + 1)) / step) * step);
  if (kinds.includes('shamt') || kinds.includes('zimm')) return Array.from({ length: 32 }, (_, i) => i);
  if (kinds.includes('imm12') || kinds.includes('load') || kinds.includes('store')) {
    return [-2048, -2047, -1, 0, 1, 2, 4, 1656, 2046, 2047, ...sample(-2048, 2047, 12)];
  }
  if (kinds.includes('uimm20')) return [0, 1, 0x7ffff, 0x80000, 0xfffff, ...sample(0, 0xfffff, 10)];
  if (kinds.includes('branch')) return [-4096, -4094, -2, 0, 2, 4, 4092, 4094, ...sample(-4096, 4094, 10, 2)];
  if (kinds.includes('jump')) return [-1048576, -2, 0, 2, 4, 1048574, ...sample(-1048576, 1048574, 10, 2)];
  return [0];
}

function encodings(spec: InstructionSpec, rnd: () => number): number[] {
  if (spec.fixedWord !== undefined) return [spec.fixedWord >>> 0];
  const words = new Set<number>();
  const base: InstructionFields = { rd: 10, rs1: 11, rs2: 12, imm: 0, csr: 0xc00, pred: 15, succ: 15 };
  const regFields = (Object.keys(REGISTER_FIELDS) as Array<keyof typeof REGISTER_FIELDS>).filter((f) =>
    spec.operands.includes(f) || (f === 'rs1' && (spec.operands.includes('load') || spec.operands.includes('store') || (spec.operands.includes('csr') && !spec.operands.includes('zimm')))),
  );
  const imms = immediates(spec, rnd);
  // Every register value in every register field, with a sampled immediate.
  for (const field of regFields) {
    for (let r = 0; r < 32; r++) words.add(encode(spec, { ...base, [field]: r, imm: imms[r % imms.length]! }));
  }
  // Every immediate of the list, with random registers.
  for (const imm of imms) words.add(encode(spec, { ...base, rd: rnd() & 31, rs1: rnd() & 31, rs2: rnd() & 31, imm }));
  if (spec.operands.includes('csr')) {
    for (let i = 0; i < 64; i++) words.add(encode(spec, { ...base, csr: rnd() & 0xfff, imm: rnd() & 31 }));
    for (const csr of [0, 1, 2, 3, 0xc00, 0xc01, 0xc02, 0xc80, 0x300, 0x305, 0x341, 0xf14, 0xfff]) words.add(encode(spec, { ...base, csr }));
  }
  // An empty set prints as objdump's `unknown`, which no assembler reads back (GNU rejects `fence 0,0`).
  if (spec.operands.includes('pred')) for (let p = 1; p < 16; p++) for (let s = 1; s < 16; s++) words.add(encode(spec, { ...base, pred: p, succ: s }));
  return [...words];
}

function roundTrip(aliases: boolean): { checked: number; failures: string[] } {
  const rnd = prng(aliases ? 1 : 2);
  const words: number[] = [];
  for (const spec of INSTRUCTIONS) words.push(...encodings(spec, rnd));
  const lines: string[] = [];
  words.forEach((w, i) => {
    const pc = i * 4;
    const d = disassembleWord(w, pc, { aliases });
    let operands = d.operands;
    // objdump prints branch targets as absolute addresses; write them relative to `.` here.
    if (d.target !== undefined && /(^|,)0x[0-9a-f]+$/.test(operands) && d.comment === undefined) {
      operands = operands.replace(/0x[0-9a-f]+$/, `.+(${(d.target - pc) | 0})`);
    }
    lines.push(`\t${d.mnemonic}${operands ? ' ' + operands : ''}\t# ${w.toString(16).padStart(8, '0')}`);
  });
  const text = lines.join('\n') + '\n';
  const { object, diagnostics } = assembleFile({ path: 'roundtrip.s', text }, { march: 'rv32im_zicsr_zifencei' });
  const failures: string[] = [];
  for (const d of diagnostics.filter((x) => x.severity === 'error').slice(0, 20)) {
    failures.push(`line ${d.range.start.line}: ${d.message}: ${lines[d.range.start.line - 1]!.trim()}`);
  }
  const textSection = object.sections.find((s) => s.name === '.text')!;
  const view = new DataView(textSection.data.buffer, textSection.data.byteOffset, textSection.data.byteLength);
  if (textSection.size < words.length * 4) failures.push(`.text has ${textSection.size} bytes, expected ${words.length * 4}`);
  for (let i = 0; i < words.length && failures.length < 40; i++) {
    if (i * 4 + 4 > textSection.size) break;
    const got = view.getUint32(i * 4, true);
    if (got !== words[i]) failures.push(`${lines[i]!.trim()}: assembled to ${got.toString(16).padStart(8, '0')}`);
  }
  return { checked: words.length, failures };
}

describe('disassemble → assemble round trip', () => {
  it('with objdump aliases', () => {
    const r = roundTrip(true);
    expect(r.failures).toEqual([]);
    expect(r.checked).toBeGreaterThan(5000);
  });
  it('with -M no-aliases', () => {
    const r = roundTrip(false);
    expect(r.failures).toEqual([]);
    expect(r.checked).toBeGreaterThan(5000);
  });
});
