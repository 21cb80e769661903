// The instruction table is consistent with itself: encodings do not overlap, every entry decodes
// back to itself with the same fields, and every entry is executed by one of OpenVM's chips.
import { describe, expect, it } from 'vitest';
import { INSTRUCTIONS, CHIPS, instructionByMnemonic } from '../../src/isa/instructions.js';
import { encode, decode } from '../../src/isa/encode.js';
import { PSEUDO_INSTRUCTIONS, expansionText } from '../../src/isa/pseudo.js';

describe('instruction table', () => {
  it('has RV32I, M, the counter CSRs and the fences', () => {
    const names = new Set(INSTRUCTIONS.map((s) => s.mnemonic));
    for (const m of ['lui', 'auipc', 'jal', 'jalr', 'beq', 'bgeu', 'lb', 'lhu', 'sw', 'addi', 'srai', 'add', 'and', 'fence', 'fence.i', 'ecall', 'ebreak',
      'csrrw', 'csrrs', 'csrrc', 'csrrwi', 'csrrsi', 'csrrci', 'mul', 'mulh', 'mulhsu', 'mulhu', 'div', 'divu', 'rem', 'remu']) {
      expect(names.has(m), m).toBe(true);
    }
  });

  it('gives every instruction a chip, a description and semantics', () => {
    for (const s of INSTRUCTIONS) {
      expect(CHIPS).toContain(s.chip);
      expect(s.description, s.mnemonic).toMatch(/^[A-Z]\w/);
      expect(s.semantics.length, s.mnemonic).toBeGreaterThan(3);
    }
  });

  it('groups instructions into chips as OpenVM rv32im does', () => {
    const chipOf = (m: string) => instructionByMnemonic(m)!.chip;
    expect(['add', 'sub', 'xor', 'or', 'and', 'addi', 'xori', 'ori', 'andi'].map(chipOf)).toEqual(Array(9).fill('BaseAlu'));
    expect(['sll', 'srl', 'sra', 'slli', 'srli', 'srai'].map(chipOf)).toEqual(Array(6).fill('Shift'));
    expect(['slt', 'sltu', 'slti', 'sltiu'].map(chipOf)).toEqual(Array(4).fill('LessThan'));
    expect(['beq', 'bne'].map(chipOf)).toEqual(['BranchEqual', 'BranchEqual']);
    expect(['blt', 'bge', 'bltu', 'bgeu'].map(chipOf)).toEqual(Array(4).fill('BranchLessThan'));
    expect(['jal', 'lui', 'jalr', 'auipc'].map(chipOf)).toEqual(['JalLui', 'JalLui', 'Jalr', 'Auipc']);
    expect(['lw', 'lbu', 'lhu', 'sw', 'sh', 'sb', 'lb', 'lh'].map(chipOf)).toEqual([...Array(6).fill('LoadStore'), 'LoadSignExtend', 'LoadSignExtend']);
    expect(['mul', 'mulh', 'mulhsu', 'mulhu', 'div', 'divu', 'rem', 'remu'].map(chipOf)).toEqual(['Multiplication', 'MulH', 'MulH', 'MulH', 'DivRem', 'DivRem', 'DivRem', 'DivRem']);
    expect(['ecall', 'ebreak', 'fence', 'csrrs'].map(chipOf)).toEqual(Array(4).fill('System'));
  });

  it('has no two entries matching the same word', () => {
    for (const a of INSTRUCTIONS) {
      for (const b of INSTRUCTIONS) {
        if (a === b) continue;
        const overlap = ((a.match ^ b.match) & a.mask & b.mask) === 0;
        // A fixed word inside a wider pattern is fine when the decoder prefers the narrower one.
        if (overlap) expect(a.mask === b.mask, `${a.mnemonic} / ${b.mnemonic}`).toBe(false);
      }
    }
  });

  it('decodes every encoding back to its entry and fields', () => {
    let rnd = 12345;
    const next = () => (rnd = (Math.imul(rnd, 1103515245) + 12345) >>> 0);
    for (const s of INSTRUCTIONS) {
      for (let i = 0; i < 200; i++) {
        const f = { rd: next() & 31, rs1: next() & 31, rs2: next() & 31, imm: 0, csr: next() & 0xfff, pred: 1 + (next() % 15), succ: 1 + (next() % 15) };
        if (s.operands.includes('imm12') || s.operands.includes('load') || s.operands.includes('store')) f.imm = (next() % 4096) - 2048;
        else if (s.operands.includes('shamt') || s.operands.includes('zimm')) f.imm = next() & 31;
        else if (s.operands.includes('uimm20')) f.imm = next() & 0xfffff;
        else if (s.operands.includes('branch')) f.imm = ((next() % 4096) - 2048) * 2;
        else if (s.operands.includes('jump')) f.imm = ((next() % (1 << 20)) - (1 << 19)) * 2;
        const word = encode(s, f);
        const d = decode(word);
        expect(d?.spec.mnemonic, `${s.mnemonic} ${word.toString(16)}`).toBe(s.mnemonic);
        expect(encode(d!.spec, d!)).toBe(word);
      }
    }
  });

  it('says nothing decodes for words outside the table', () => {
    expect(decode(0x00000000)).toBeUndefined();
    expect(decode(0xffffffff)).toBeUndefined();
    expect(decode(0x0000007f)).toBeUndefined();
  });

  it('expands every pseudo-instruction into table instructions', () => {
    for (const p of PSEUDO_INSTRUCTIONS) {
      expect(p.doc.length, p.name).toBeGreaterThan(3);
      for (const line of expansionText(p)) {
        const m = line.split(' ')[0]!;
        expect(instructionByMnemonic(m), `${p.name}: ${line}`).toBeDefined();
      }
    }
  });
});
