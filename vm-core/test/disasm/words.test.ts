// Every word of the generated stream must list exactly as binutils 2.40 objdump listed it, with and
// without aliases. The stream and objdump's output are committed (regen-references.mjs makes them).

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { listDisassembly } from '../../src/disasm/listing.js';
import { disassembleWord } from '../../src/isa/disasm.js';
import { SHF, SHT } from '../../src/asm/object.js';
import { PRIV_SPECS } from '../../src/isa/csr.js';
import { encodeAttributes } from '../../src/elf/attributes.js';
import { parseArchString } from '../../src/isa/arch.js';
import { firstDifference } from './diff.js';

const gnu = join(import.meta.dirname, 'fixtures', 'gnu');
const read = (name: string): Buffer => gunzipSync(readFileSync(join(gnu, name)));

const data = new Uint8Array(read('words.bin.gz'));
const input = {
  sections: [{ name: '.text', type: SHT.PROGBITS, flags: SHF.ALLOC | SHF.EXECINSTR, addr: 0, size: data.length, data }],
  symbols: [],
  sourceMap: [],
  relocatable: true,
};

describe('every word lists as objdump 2.40 lists it', () => {
  for (const [label, file, aliases] of [['aliases', 'words.objdump.gz', true], ['-M no-aliases', 'words.no-aliases.objdump.gz', false]] as const) {
    it(label, () => {
      const expected = read(file).toString('utf8');
      const actual = listDisassembly(input, { fileName: 'words.o', aliases }).text;
      expect(firstDifference(actual, expected)).toBeUndefined();
    });
  }
});

describe('only the extensions the ISA attribute names decode', () => {
  const partial = new Uint8Array(read('partial.bin.gz'));
  for (const isa of ['rv32i2p1', 'rv32i2p1_zicsr2p0_zmmul1p0', 'rv32i2p1_m2p0_zifencei2p0_zmmul1p0']) {
    const attributes = encodeAttributes({ arch: isa })!;
    const partialInput = {
      ...input,
      sections: [
        { ...input.sections[0]!, size: partial.length, data: partial },
        { name: '.riscv.attributes', type: SHT.RISCV_ATTRIBUTES, flags: 0, addr: 0, size: attributes.length, data: attributes },
      ],
    };
    for (const aliases of [true, false]) {
      it(`${isa}${aliases ? '' : ' -M no-aliases'}`, () => {
        const expected = read(`partial.${isa}${aliases ? '' : '.no-aliases'}.objdump.gz`).toString('utf8');
        const actual = listDisassembly(partialInput, { fileName: 'partial.o', aliases }).text;
        expect(firstDifference(actual, expected)).toBeUndefined();
      });
    }
  }
});

describe('CSR names follow the privileged spec', () => {
  const csrs = new Uint8Array(4096 * 4);
  const view = new DataView(csrs.buffer);
  for (let csr = 0; csr < 4096; csr++) view.setUint32(csr * 4, ((csr << 20) | (11 << 15) | (2 << 12) | (10 << 7) | 0x73) >>> 0, true);
  const csrInput = { ...input, sections: [{ ...input.sections[0]!, size: csrs.length, data: csrs }] };
  for (const spec of PRIV_SPECS) {
    it(`-M priv-spec=${spec}`, () => {
      const expected = read(`csrs.priv-${spec}.objdump.gz`).toString('utf8');
      const actual = listDisassembly(csrInput, { fileName: 'csrs.o', privSpec: spec }).text;
      expect(firstDifference(actual, expected)).toBeUndefined();
    });
  }
});

describe('disassembleWord', () => {
  it('prints the aliases and quirks of objdump 2.40', () => {
    const t = (w: number, pc = 0x100) => disassembleWord(w, pc).text;
    expect(t(0x00100513)).toBe('li\ta0,1');
    expect(t(0x67858593)).toBe('add\ta1,a1,1656');
    expect(t(0x00050593)).toBe('mv\ta1,a0');
    expect(t(0x00000013)).toBe('nop');
    expect(t(0x00008067)).toBe('ret');
    expect(t(0x00058067)).toBe('jr\ta1');
    expect(t(0xc0002573)).toBe('rdcycle\ta0');
    expect(t(0x30002573)).toBe('csrr\ta0,mstatus');
    expect(t(0x0ff0000f)).toBe('fence');
    expect(t(0xc0001073)).toBe('unimp');
    expect(t(0x40b00533)).toBe('neg\ta0,a1');
    expect(t(0x0ff57593)).toBe('zext.b\ta1,a0');
    expect(t(0x00050463)).toBe('beqz\ta0,0x108');
    expect(t(0xff9ff06f)).toBe('j\t0xf8');
    expect(t(0x1234a537)).toBe('lui\ta0,0x1234a');
    expect(t(0x00351593)).toBe('sll\ta1,a0,0x3');
    expect(t(0x01002503)).toBe('lw\ta0,16(zero) # 0x10');
  });

  it('prints canonical instructions with aliases off', () => {
    const t = (w: number) => disassembleWord(w, 0, { aliases: false }).text;
    expect(t(0x00100513)).toBe('addi\ta0,zero,1');
    expect(t(0x00008067)).toBe('jalr\tzero,0(ra)');
    expect(t(0x0ff0000f)).toBe('fence\tiorw,iorw');
    expect(t(0xc0001073)).toBe('unimp');
  });

  it('reports operands, targets and what is not an instruction', () => {
    const r = disassembleWord(0x00a50463, 0x1000, { symbolize: (a) => (a === 0x1008 ? 'loop' : undefined) });
    expect(r).toMatchObject({ mnemonic: 'beq', operands: 'a0,a0,1008 <loop>', target: 0x1008, size: 4 });
    expect(r.spec?.mnemonic).toBe('beq');
    expect(disassembleWord(0x0ff5000f, 0)).toMatchObject({ text: '.4byte\t0xff5000f', size: 4 });
    expect(disassembleWord(0x0ff5000f, 0).spec).toBeUndefined();
    expect(disassembleWord(0x12345678, 0)).toMatchObject({ text: '.2byte\t0x5678', size: 2 });
    expect(disassembleWord(0x1234001f, 0)).toMatchObject({ text: '.4byte\t0x1234001f', size: 4 });
  });
});

describe('parseArchString', () => {
  it('reads ISA strings with the implications GNU applies', () => {
    expect([...parseArchString('rv32i2p1_m2p0_zicsr2p0')!].sort()).toEqual(['I', 'M', 'Zicsr', 'Zmmul']);
    expect([...parseArchString('rv32imac')!].sort()).toEqual(['A', 'C', 'I', 'M', 'Zmmul']);
    expect(parseArchString('rv64gc')!.has('Zifencei')).toBe(true);
    expect(parseArchString('rv32if')!.has('Zicsr')).toBe(true);
    expect(parseArchString('x86')).toBeUndefined();
  });
});
