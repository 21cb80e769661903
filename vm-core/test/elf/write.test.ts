import { describe, expect, it } from 'vitest';
import { readElf, writeElf, encodeAttributes, decodeAttributes } from '../../src/elf/index.js';
import { SuffixStrtab, PlainStrtab } from '../../src/elf/strtab.js';
import { SHF, SHT } from '../../src/asm/object.js';
import type { Image } from '../../src/image.js';

const td = new TextDecoder();

function image(): Image {
  const text = new Uint8Array([0x13, 0x05, 0x70, 0x00, 0x93, 0x08, 0xd0, 0x05, 0x73, 0x00, 0x00, 0x00]);
  const attrs = encodeAttributes({ arch: 'rv32i2p1_m2p0_zmmul1p0' })!;
  return {
    entry: 0x10094,
    sections: [
      { name: '.text', type: SHT.PROGBITS, flags: SHF.ALLOC | SHF.EXECINSTR, addr: 0x10094, size: 12, align: 4, entsize: 0, data: text },
      { name: '.bss', type: SHT.NOBITS, flags: SHF.ALLOC | SHF.WRITE, addr: 0x110a0, size: 64, align: 8, entsize: 0, data: new Uint8Array(0) },
      { name: '.riscv.attributes', type: SHT.RISCV_ATTRIBUTES, flags: 0, addr: 0, size: attrs.length, align: 1, entsize: 0, data: attrs },
    ],
    symbols: [
      { name: 'prog.o', value: 0, size: 0, binding: 'local', type: 'file', section: null },
      { name: 'buf', value: 0x110a0, size: 64, binding: 'local', type: 'object', section: '.bss', file: 'prog.o' },
      { name: '__bss_start', value: 0x110a0, size: 0, binding: 'global', type: 'notype', section: '.bss' },
      { name: '_start', value: 0x10094, size: 0, binding: 'global', type: 'func', section: '.text' },
      { name: 'gp', value: 0x118a0, size: 0, binding: 'global', type: 'notype', section: null },
      { name: 'lost', value: 0, size: 0, binding: 'global', type: 'notype', section: null, undef: true },
    ],
    sourceMap: [],
  };
}

describe('writeElf', () => {
  it('lays out headers, segments and sections like ld', () => {
    const bytes = writeElf(image());
    const { elf, diagnostics } = readElf(bytes, 'w.elf');
    expect(diagnostics).toEqual([]);
    const e = elf!;
    expect(e.header).toMatchObject({ type: 2, machine: 243, entry: 0x10094, flags: 0, phoff: 52, phnum: 3 });
    expect(e.programHeaders).toEqual([
      { type: 0x70000003, offset: 0xa0, vaddr: 0, paddr: 0, filesz: e.sections[3]!.size, memsz: 0, flags: 4, align: 1 },
      { type: 1, offset: 0, vaddr: 0x10000, paddr: 0x10000, filesz: 0xa0, memsz: 0xa0, flags: 5, align: 0x1000 },
      // No file contents: the smallest offset congruent to the address.
      { type: 1, offset: 0xa0, vaddr: 0x110a0, paddr: 0x110a0, filesz: 0, memsz: 64, flags: 6, align: 0x1000 },
    ]);
    expect(e.sections.map((s) => [s.name, s.offset.toString(16)])).toEqual([
      ['', '0'], ['.text', '94'], ['.bss', 'a0'], ['.riscv.attributes', 'a0'], ['.symtab', 'c8'], ['.strtab', '168'], ['.shstrtab', '188'],
    ]);
    expect(e.header.shoff % 4).toBe(0);
    expect(e.header.shstrndx).toBe(6);
  });

  it('writes section symbols, then locals, then globals, with sh_info past the last local', () => {
    const e = readElf(writeElf(image()), 'w.elf').elf!;
    const symtab = e.sections.find((s) => s.type === SHT.SYMTAB)!;
    expect(e.symbols.map((s) => [s.name, s.type, s.bind, s.shndx])).toEqual([
      ['', 0, 0, 0], ['', 3, 0, 1], ['', 3, 0, 2], ['', 3, 0, 3],
      ['prog.o', 4, 0, 0xfff1], ['buf', 1, 0, 2],
      ['__bss_start', 0, 1, 2], ['_start', 2, 1, 1], ['gp', 0, 1, 0xfff1], ['lost', 0, 1, 0],
    ]);
    expect(symtab.info).toBe(6);
    expect(symtab.link).toBe(e.sections.findIndex((s) => s.name === '.strtab'));
    // `_start` is the tail of `__bss_start`: ld stores it once.
    const strtab = e.sections.find((s) => s.name === '.strtab')!;
    expect(td.decode(strtab.data)).toBe('\0prog.o\0buf\0__bss_start\0gp\0lost\0');
    const shstrtab = e.sections.find((s) => s.name === '.shstrtab')!;
    expect(td.decode(shstrtab.data)).toBe('\0.symtab\0.strtab\0.shstrtab\0.text\0.bss\0.riscv.attributes\0');
  });
});

describe('string tables', () => {
  it('shares tails the way bfd sorts them', () => {
    const t = new SuffixStrtab();
    for (const s of ['xbc', 'abc', 'bc', 'c', 'abc']) t.add(s);
    expect(td.decode(t.data())).toBe('\0xbc\0abc\0');
    expect(t.offset('bc')).toBe(6);
    expect(t.offset('c')).toBe(7);
    expect(t.offset('')).toBe(0);
  });
  it('keeps section names whole', () => {
    const t = new PlainStrtab();
    expect([t.add('.sbss'), t.add('.bss'), t.add('.sbss')]).toEqual([1, 7, 1]);
  });
});

describe('attributes', () => {
  it('encodes like ld and decodes back', () => {
    const a = { arch: 'rv32i2p1_m2p0_zmmul1p0', stackAlign: 16, unalignedAccess: 0 };
    const bytes = encodeAttributes(a)!;
    expect(Buffer.from(bytes).toString('hex')).toBe('41290000007269736376000' + '11f0000000410057276333269327031' + '5f6d3270305f7a6d6d756c3170300' + '0');
    expect(decodeAttributes(bytes).attrs).toEqual({ arch: a.arch, stackAlign: 16 });
    expect(encodeAttributes({})).toBeUndefined();
  });
  it('reports malformed contents with a byte offset', () => {
    expect(decodeAttributes(new Uint8Array([0x41, 0xff, 0, 0, 0]))).toMatchObject({ error: expect.stringMatching(/runs past/), errorOffset: 1 });
    expect(decodeAttributes(new Uint8Array([0x41, 8, 0, 0, 0, 0x72, 0x69, 0x73, 0x63]))).toMatchObject({ error: 'unterminated vendor name', errorOffset: 5 });
  });
});
