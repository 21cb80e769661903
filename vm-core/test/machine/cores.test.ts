// The chips' pure cores (vm-core/src/machine/chips) against a BigInt reference model of the
// RV32IM semantics: every pair of edge values (0, ±1, ±2, INT_MIN, INT_MAX, halfword and byte
// boundaries, shift amounts ≥ 32 …) and seeded pseudo-random pairs. Cores take register values
// as signed 32-bit numbers, as the register file holds them; results are compared as 32-bit
// patterns. Whole-instruction behaviour (decode, adapters, x0, memory) is checked by the
// programs of test/isa through test/isa-conformance.test.ts.

import { describe, expect, it } from 'vitest';
import { CHIPS, INSTRUCTIONS } from '../../src/isa/instructions.js';
import {
  RV32I_CHIPS,
  RV32M_CHIPS,
  auipcCore,
  baseAluCore,
  branchEqualCore,
  branchLessThanCore,
  counterCore,
  divRemCore,
  jalLuiCore,
  jalrCore,
  lessThanCore,
  loadSignExtendCore,
  loadStoreCore,
  mulCore,
  mulhCore,
  shiftCore,
} from '../../src/machine/chips/index.js';

// ---------------------------------------------------------------------------------------------
// Operands

const INT_MIN = -0x80000000;
const INT_MAX = 0x7fffffff;

const EDGES: readonly number[] = [
  0, 1, -1, 2, -2, 3, 7, -7, 31, 32, 33, 63, 64,
  INT_MIN, INT_MAX, INT_MIN + 1, INT_MAX - 1,
  0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x10000,
  0x12345678, 0xfedcba98 | 0, 0x55555555, 0xaaaaaaaa | 0, 0xffff0000 | 0, 0x0000ffff, 0x80000001 | 0, 0xffffffe0 | 0,
];

/** xorshift32: the same "random" operands on every run. */
function prng(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x | 0;
  };
}

const next = prng(0x1badb002);
const RANDOM: readonly number[] = Array.from({ length: 64 }, () => next());
/** Random values with a small magnitude too, so quotients and remainders are not all 0 or ±1. */
const SMALL: readonly number[] = Array.from({ length: 32 }, () => next() >> 20);

const VALUES: readonly number[] = [...EDGES, ...RANDOM, ...SMALL];

function* pairs(): Generator<[number, number]> {
  for (const b of VALUES) for (const c of VALUES) yield [b, c];
}

// ---------------------------------------------------------------------------------------------
// Reference model

const s = (x: number): bigint => BigInt(x | 0);
const u = (x: number): bigint => BigInt(x >>> 0);
/** A BigInt result as the signed 32-bit number a register holds. */
const r32 = (x: bigint): number => Number(BigInt.asIntN(32, x));

function refAlu(op: string, b: number, c: number): number {
  switch (op) {
    case 'add': return r32(s(b) + s(c));
    case 'sub': return r32(s(b) - s(c));
    case 'xor': return r32(u(b) ^ u(c));
    case 'or': return r32(u(b) | u(c));
    case 'and': return r32(u(b) & u(c));
    case 'sll': return r32(u(b) << (u(c) & 31n));
    case 'srl': return r32(u(b) >> (u(c) & 31n));
    case 'sra': return r32(s(b) >> (u(c) & 31n));
    case 'slt': return s(b) < s(c) ? 1 : 0;
    case 'sltu': return u(b) < u(c) ? 1 : 0;
    case 'mul': return r32(s(b) * s(c));
    case 'mulh': return r32((s(b) * s(c)) >> 32n);
    case 'mulhsu': return r32((s(b) * u(c)) >> 32n);
    case 'mulhu': return r32((u(b) * u(c)) >> 32n);
    // BigInt division truncates toward zero, as RISC-V does.
    case 'div': return c === 0 ? -1 : (b | 0) === INT_MIN && (c | 0) === -1 ? INT_MIN : r32(s(b) / s(c));
    case 'divu': return c === 0 ? -1 : r32(u(b) / u(c));
    case 'rem': return c === 0 ? b | 0 : (b | 0) === INT_MIN && (c | 0) === -1 ? 0 : r32(s(b) % s(c));
    case 'remu': return c === 0 ? b | 0 : r32(u(b) % u(c));
  }
  throw new Error(`no reference for ${op}`);
}

const hex = (x: number): string => `0x${(x >>> 0).toString(16).padStart(8, '0')}`;

/** Runs `core` over every operand pair; answers the first few mismatches as readable lines. */
function mismatches(op: string, core: (b: number, c: number) => number | boolean, ref: (b: number, c: number) => number | boolean): string[] {
  const out: string[] = [];
  for (const [b, c] of pairs()) {
    const got = core(b, c);
    const want = ref(b, c);
    const same = typeof want === 'boolean' ? got === want : typeof got === 'number' && Number.isInteger(got) && (got | 0) === want;
    if (!same && out.length < 8) out.push(`${op}(${hex(b)}, ${hex(c)}) = ${typeof got === 'number' ? hex(got) : String(got)}, expected ${typeof want === 'number' ? hex(want) : want}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

describe('chip list', () => {
  it('has one ChipDef for every chip the ISA table names, under that name', () => {
    const defs = [...RV32I_CHIPS, ...RV32M_CHIPS].map((c) => c.name);
    expect(new Set(defs).size, 'chip names are unique').toBe(defs.length);
    expect([...defs].sort()).toEqual([...CHIPS].sort());
    const used = new Set(INSTRUCTIONS.filter((i) => i.extension === 'I' || i.extension === 'M').map((i) => i.chip));
    for (const chip of used) if ((CHIPS as readonly string[]).includes(chip)) expect(defs).toContain(chip);
  });

  it('puts the M instructions on the RV32M chips only', () => {
    const m = new Set(RV32M_CHIPS.map((c) => c.name));
    for (const i of INSTRUCTIONS) {
      if (!(CHIPS as readonly string[]).includes(i.chip)) continue;
      expect(m.has(i.chip), `${i.mnemonic} (${i.extension}) on ${i.chip}`).toBe(i.extension === 'M');
    }
  });
});

describe('register-register cores', () => {
  it.each(['add', 'sub', 'xor', 'or', 'and'] as const)('baseAluCore %s', (op) => {
    expect(mismatches(op, (b, c) => baseAluCore(op, b, c), (b, c) => refAlu(op, b, c))).toEqual([]);
  });

  it.each(['sll', 'srl', 'sra'] as const)('shiftCore %s (amounts use the low 5 bits)', (op) => {
    expect(mismatches(op, (b, c) => shiftCore(op, b, c), (b, c) => refAlu(op, b, c))).toEqual([]);
  });

  it.each(['slt', 'sltu'] as const)('lessThanCore %s', (op) => {
    expect(mismatches(op, (b, c) => lessThanCore(op, b, c), (b, c) => refAlu(op, b, c))).toEqual([]);
  });

  it('mulCore (low word)', () => {
    expect(mismatches('mul', mulCore, (b, c) => refAlu('mul', b, c))).toEqual([]);
  });

  it.each(['mulh', 'mulhsu', 'mulhu'] as const)('mulhCore %s (high word)', (op) => {
    expect(mismatches(op, (b, c) => mulhCore(op, b, c), (b, c) => refAlu(op, b, c))).toEqual([]);
  });

  it.each(['div', 'divu', 'rem', 'remu'] as const)('divRemCore %s (÷0 and INT_MIN ÷ -1 as RISC-V defines them)', (op) => {
    expect(mismatches(op, (b, c) => divRemCore(op, b, c), (b, c) => refAlu(op, b, c))).toEqual([]);
  });

  it('divRemCore on the named special cases', () => {
    expect(divRemCore('div', 5, 0)).toBe(-1);
    expect(divRemCore('divu', 5, 0) >>> 0).toBe(0xffffffff);
    expect(divRemCore('rem', -5, 0)).toBe(-5);
    expect(divRemCore('remu', -5, 0)).toBe(-5);
    expect(divRemCore('div', INT_MIN, -1)).toBe(INT_MIN);
    expect(divRemCore('rem', INT_MIN, -1)).toBe(0);
    expect(divRemCore('div', -7, 2)).toBe(-3);
    expect(divRemCore('rem', -7, 2)).toBe(-1);
    expect(divRemCore('rem', 7, -2)).toBe(1);
  });
});

describe('branch cores', () => {
  const ref: Record<string, (b: number, c: number) => boolean> = {
    beq: (b, c) => (b | 0) === (c | 0),
    bne: (b, c) => (b | 0) !== (c | 0),
    blt: (b, c) => (b | 0) < (c | 0),
    bge: (b, c) => (b | 0) >= (c | 0),
    bltu: (b, c) => b >>> 0 < c >>> 0,
    bgeu: (b, c) => b >>> 0 >= c >>> 0,
  };
  it.each(['beq', 'bne'] as const)('branchEqualCore %s', (op) => {
    expect(mismatches(op, (b, c) => branchEqualCore(op, b, c), ref[op]!)).toEqual([]);
  });
  it.each(['blt', 'bge', 'bltu', 'bgeu'] as const)('branchLessThanCore %s', (op) => {
    expect(mismatches(op, (b, c) => branchLessThanCore(op, b, c), ref[op]!)).toEqual([]);
  });
});

describe('pc and immediate cores', () => {
  // pc values as the machine passes them (unsigned), immediates as the decoder leaves them.
  const PCS = [0, 4, 0x10074, 0x7ffffffc, 0x80000000, 0xfffff000, 0xfffffffc];
  const U_IMMS = [0, 0x1000, 0x7ffff000, 0x80000000 | 0, 0xfffff000 | 0, 0x12345000];
  const J_OFFSETS = [0, 4, -4, 2046, -2048, 0xffffe, -0x100000];

  it('jalLuiCore: jal links pc + 4 (wrapping), lui writes the shifted immediate', () => {
    for (const pc of PCS) for (const imm of J_OFFSETS) expect(jalLuiCore('jal', pc, imm) | 0, `jal at ${hex(pc)}`).toBe(r32(BigInt(pc) + 4n));
    for (const imm of U_IMMS) for (const pc of PCS) expect(jalLuiCore('lui', pc, imm) | 0, `lui ${hex(imm)}`).toBe(imm | 0);
  });

  it('auipcCore: pc + shifted immediate, wrapping at 32 bits', () => {
    for (const pc of PCS) for (const imm of U_IMMS) expect(auipcCore(pc, imm) | 0, `auipc ${hex(imm)} at ${hex(pc)}`).toBe(r32(BigInt(pc) + s(imm)));
  });

  it('jalrCore: (rs1 + imm) with bit 0 cleared, as an unsigned address', () => {
    for (const b of VALUES)
      for (const imm of [0, 1, -1, 2, -2, 3, 2047, -2048]) {
        const want = Number(BigInt.asUintN(32, s(b) + BigInt(imm)) & ~1n);
        expect(jalrCore(b, imm) >>> 0, `jalr ${imm}(${hex(b)})`).toBe(want);
        expect(jalrCore(b, imm) & 1).toBe(0);
      }
  });
});

describe('load and store cores', () => {
  it('loadSignExtendCore sign-extends every byte (lb) and every halfword (lh)', () => {
    for (let raw = 0; raw <= 0xff; raw++) expect(loadSignExtendCore('lb', raw), `lb ${raw}`).toBe(raw >= 0x80 ? raw - 0x100 : raw);
    for (let raw = 0; raw <= 0xffff; raw++) if (loadSignExtendCore('lh', raw) !== (raw >= 0x8000 ? raw - 0x10000 : raw)) expect.unreachable(`lh ${raw}`);
  });

  it('loadStoreCore zero-extends lbu/lhu, keeps lw, and keeps only the stored width for sb/sh/sw', () => {
    const ref: Record<string, (v: number) => number> = {
      lw: (v) => v | 0, sw: (v) => v | 0,
      lbu: (v) => v & 0xff, sb: (v) => v & 0xff,
      lhu: (v) => v & 0xffff, sh: (v) => v & 0xffff,
    };
    for (const op of ['lw', 'lbu', 'lhu', 'sw', 'sh', 'sb'] as const)
      for (const v of VALUES) expect(loadStoreCore(op, v) | 0, `${op} ${hex(v)}`).toBe(ref[op]!(v));
    expect(loadStoreCore('lbu', 0x80)).toBe(0x80);
    expect(loadStoreCore('lhu', 0xffff)).toBe(0xffff);
  });
});

describe('counterCore', () => {
  const counters = { cycle: 0x1_2345_6789n, time: 0xffff_ffff_8000_0000n, instret: 0x7fff_ffff_ffff_ffffn };
  const read = (w: 'cycle' | 'time' | 'instret'): bigint => counters[w];

  it('reads the low and high halves of cycle, time and instret', () => {
    expect(counterCore(0xc00, read)).toBe(0x23456789);
    expect(counterCore(0xc80, read)).toBe(1);
    expect(counterCore(0xc01, read)).toBe(INT_MIN);
    expect(counterCore(0xc81, read)).toBe(-1);
    expect(counterCore(0xc02, read)).toBe(-1);
    expect(counterCore(0xc82, read)).toBe(INT_MAX);
  });

  it('refuses every other CSR', () => {
    for (const csr of [0x000, 0x001, 0x300, 0x341, 0xc03, 0xc1f, 0xc83, 0xf11, 0xb00]) expect(counterCore(csr, read), hex(csr)).toBeUndefined();
  });
});
