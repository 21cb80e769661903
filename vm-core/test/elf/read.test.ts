import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readElf, imageFromElf, objectFromElf, writeElf } from '../../src/elf/index.js';
import { SHT } from '../../src/asm/object.js';
import { link } from '../../src/link/index.js';

const FIX = join(import.meta.dirname, 'fixtures');
const exe = (): Uint8Array => new Uint8Array(readFileSync(join(FIX, 'calls.elf')));
const obj = (): Uint8Array => new Uint8Array(readFileSync(join(FIX, 'calls.o')));

const codes = (bytes: Uint8Array): string[] => readElf(bytes, 'x.elf').diagnostics.map((d) => d.code);
const messages = (bytes: Uint8Array): string => readElf(bytes, 'x.elf').diagnostics.map((d) => d.message).join('\n');
const put32 = (b: Uint8Array, off: number, v: number): Uint8Array => {
  const c = b.slice();
  new DataView(c.buffer).setUint32(off, v >>> 0, true);
  return c;
};
const put16 = (b: Uint8Array, off: number, v: number): Uint8Array => {
  const c = b.slice();
  new DataView(c.buffer).setUint16(off, v, true);
  return c;
};

describe('readElf on GNU ld output', () => {
  it('reads header, segments, sections and symbols', () => {
    const { elf, diagnostics } = readElf(exe(), 'calls.elf');
    expect(diagnostics).toEqual([]);
    expect(elf!.header.type).toBe(2);
    expect(elf!.header.machine).toBe(243);
    expect(elf!.header.entry).toBe(0x10094);
    expect(elf!.header.flags).toBe(0);
    expect(elf!.programHeaders.map((p) => p.type)).toEqual([0x70000003, 1, 1]);
    expect(elf!.programHeaders[1]).toMatchObject({ offset: 0, vaddr: 0x10000, flags: 5, align: 0x1000 });
    expect(elf!.sections.map((s) => s.name)).toEqual(['', '.text', '.rodata', '.data', '.riscv.attributes', '.symtab', '.strtab', '.shstrtab']);
    const text = elf!.sections[1]!;
    expect(text).toMatchObject({ type: SHT.PROGBITS, addr: 0x10094, offset: 0x94, align: 4 });
    expect(text.data.length).toBe(text.size);
    const start = elf!.symbols.find((s) => s.name === '_start')!;
    expect(start).toMatchObject({ value: 0x10094, bind: 1, shndx: 1 });
    expect(elf!.symbols.find((s) => s.name === '__global_pointer$')!.shndx).toBe(0xfff1);
  });

  it('reads a GNU as object with its RELA relocations', () => {
    const { elf, diagnostics } = readElf(obj(), 'calls.o');
    expect(diagnostics).toEqual([]);
    expect(elf!.header.type).toBe(1);
    const relText = elf!.relocations.find((r) => elf!.sections[r.target]!.name === '.text')!;
    const types = new Set(relText.entries.map((r) => r.type));
    // PCREL_HI20, PCREL_LO12_I/S, HI20, LO12_I/S, CALL_PLT, JAL, BRANCH, RELAX
    for (const t of [23, 24, 25, 26, 27, 28, 19, 17, 16, 51]) expect(types.has(t)).toBe(true);
  });

  it('turns an executable into an Image and back into the same bytes', () => {
    const bytes = exe();
    const image = imageFromElf(readElf(bytes, 'calls.elf').elf!);
    expect(image.entry).toBe(0x10094);
    expect(image.sections.map((s) => s.name)).toEqual(['.text', '.rodata', '.data', '.riscv.attributes']);
    expect(image.symbols.find((s) => s.type === 'file')!.name).toBe('calls.o');
    expect(image.symbols.find((s) => s.name === 'loop')).toMatchObject({ binding: 'local', file: 'calls.o', section: '.text' });
    expect(Buffer.from(writeElf(image)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('maps GNU relocations to our kinds', () => {
    const { object, diagnostics } = objectFromElf(readElf(obj(), 'calls.o').elf!);
    expect(diagnostics).toEqual([]);
    expect(object.attributes.arch).toBe('rv32i2p1_m2p0_zmmul1p0');
    const text = object.sections.find((s) => s.name === '.text')!;
    const kinds = new Set(text.relocs.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(['branch', 'call', 'hi20', 'jal', 'lo12_i', 'lo12_s', 'pcrel_hi20', 'pcrel_lo12_i', 'pcrel_lo12_s']);
    // %pcrel_lo names the auipc's label: a place in .text, not a name.
    const lo = text.relocs.find((r) => r.kind === 'pcrel_lo12_i')!;
    expect(lo.target.kind).toBe('section');
    const rodata = object.sections.find((s) => s.name === '.rodata')!;
    expect(rodata.relocs.map((r) => r.kind)).toEqual(['abs32', 'abs32', 'abs32', 'abs32']);
    expect(object.symbols.find((s) => s.name === '_start')).toMatchObject({ binding: 'global', section: 0 });
  });
});

describe('readElf on malformed input', () => {
  it('rejects files too short for an identification', () => {
    expect(codes(new Uint8Array(10))).toEqual(['elf/truncated']);
    expect(codes(new Uint8Array(0))).toEqual(['elf/truncated']);
  });
  it('rejects a bad magic number', () => {
    const b = exe();
    b[1] = 0x41;
    expect(codes(b)).toEqual(['elf/bad-magic']);
    expect(messages(b)).toMatch(/byte offset 0/);
  });
  it('rejects ELF64 and big-endian files', () => {
    const b = exe();
    b[4] = 2;
    expect(codes(b)).toEqual(['elf/bad-class']);
    expect(messages(b)).toMatch(/byte offset 4/);
    const c = exe();
    c[5] = 2;
    expect(codes(c)).toEqual(['elf/bad-endian']);
    expect(messages(c)).toMatch(/byte offset 5/);
  });
  it('rejects a truncated ELF header', () => {
    expect(codes(exe().slice(0, 40))).toEqual(['elf/truncated']);
  });
  it('rejects another machine and other file types', () => {
    expect(codes(put16(exe(), 18, 62))).toEqual(['elf/bad-machine']);
    expect(messages(put16(exe(), 18, 62))).toMatch(/machine 62 at byte offset 18/);
    expect(codes(put16(exe(), 16, 3))).toEqual(['elf/bad-type']);
  });
  it('reports bad header entry sizes', () => {
    expect(codes(put16(exe(), 42, 56))).toEqual(['elf/bad-header']);
    expect(codes(put16(exe(), 46, 64))).toEqual(['elf/bad-header']);
  });
  it('reports header tables past the end of the file', () => {
    expect(codes(put32(exe(), 28, 0xfffff000))).toEqual(['elf/truncated']);
    expect(messages(put32(exe(), 32, 0x7ffffff0))).toMatch(/section header table at byte offset 0x7ffffff0/);
    // Cutting the file short loses the section headers (they come last).
    expect(codes(exe().slice(0, 1000))).toEqual(['elf/truncated']);
  });
  it('reports a segment whose contents lie past the end', () => {
    const b = put32(exe(), 52 + 32 + 16, 0x100000);
    expect(codes(b)).toEqual(['elf/segment-out-of-bounds']);
    expect(messages(b)).toMatch(/program header 1 at byte offset 0x54/);
  });
  it('reports a section whose contents lie past the end', () => {
    const e = readElf(exe(), 'x').elf!;
    const b = put32(exe(), e.header.shoff + 40 * 1 + 16, 0xffff0);
    expect(codes(b)).toEqual(['elf/section-out-of-bounds']);
    expect(messages(b)).toMatch(/section 1 \(header at byte offset 0x[0-9a-f]+\)/);
  });
  it('reports a bad section name table index', () => {
    expect(codes(put16(exe(), 50, 40))).toEqual(['elf/bad-shstrndx']);
    expect(codes(put16(exe(), 50, 1))).toEqual(['elf/bad-shstrndx']);
  });
  it('reports name offsets outside the string tables', () => {
    const e = readElf(exe(), 'x').elf!;
    const b = put32(exe(), e.header.shoff + 40 * 2, 0xffff);
    expect(codes(b)).toEqual(['elf/bad-string-index']);
    const symtab = e.sections.find((s) => s.type === SHT.SYMTAB)!;
    const c = put32(exe(), symtab.offset + 16 * 5, 0x7fffff);
    expect(codes(c)).toEqual(['elf/bad-string-index']);
    expect(messages(c)).toMatch(/symbol 5 \(byte offset 0x[0-9a-f]+\): name offset 8388607/);
  });
  it('reports symbol tables with a bad shape or link', () => {
    const e = readElf(exe(), 'x').elf!;
    const si = e.sections.findIndex((s) => s.type === SHT.SYMTAB);
    const hdr = e.header.shoff + 40 * si;
    expect(codes(put32(exe(), hdr + 36, 12))).toEqual(['elf/bad-symtab']);
    expect(codes(put32(exe(), hdr + 24, 1))).toEqual(['elf/bad-link']);
    expect(codes(put32(exe(), hdr + 20, e.sections[si]!.size - 4))).toEqual(['elf/bad-symtab']);
  });
  it('reports a symbol in a section that does not exist', () => {
    const e = readElf(exe(), 'x').elf!;
    const symtab = e.sections.find((s) => s.type === SHT.SYMTAB)!;
    const b = put16(exe(), symtab.offset + 16 * 6 + 14, 77);
    expect(codes(b)).toEqual(['elf/bad-symbol-section']);
  });
  it('reports bad relocation sections and entries', () => {
    const e = readElf(obj(), 'x').elf!;
    const ri = e.sections.findIndex((s) => s.name === '.rela.text');
    const rel = e.sections[ri]!;
    const hdr = e.header.shoff + 40 * ri;
    expect(codes(put32(obj(), hdr + 36, 8))).toEqual(['elf/bad-rela']);
    expect(codes(put32(obj(), hdr + 28, 99))).toEqual(['elf/bad-link']);
    expect(codes(put32(obj(), hdr + 20, rel.size - 4))).toEqual(['elf/bad-rela']);
    expect(codes(put32(obj(), hdr + 4, 9))).toEqual(['elf/unsupported-rel']);
    const badSym = put32(obj(), rel.offset + 4, (9999 << 8) | 26);
    expect(codes(badSym)).toEqual(['elf/bad-reloc-symbol']);
    expect(messages(badSym)).toMatch(/relocation 0 of '.rela.text' \(byte offset 0x[0-9a-f]+\) refers to symbol 9999/);
    expect(codes(put32(obj(), rel.offset, 0x10000))).toEqual(['elf/bad-reloc-offset']);
  });
  it('warns about a section header offset without sections', () => {
    const b = put16(put32(exe(), 32, 1052), 48, 0);
    expect(readElf(b, 'x').diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'elf/bad-header']]);
  });
  it('reports malformed attributes and unsupported relocations when converting objects', () => {
    const e = readElf(obj(), 'x').elf!;
    const attrs = e.sections.find((s) => s.type === SHT.RISCV_ATTRIBUTES)!;
    const b = obj();
    b[attrs.offset] = 0x42;
    const r = objectFromElf(readElf(b, 'x').elf!);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['elf/bad-attributes']);
    const rel = e.sections.find((s) => s.name === '.rela.text')!;
    const c = put32(obj(), rel.offset + 4, (new DataView(obj().buffer).getUint32(rel.offset + 4, true) & ~0xff) | 21);
    expect(objectFromElf(readElf(c, 'x').elf!).diagnostics.map((d) => d.code)).toEqual(['elf/unsupported-reloc']);
  });
  it('reports an R_RISCV_ALIGN that runs past its section', () => {
    const e = readElf(obj(), 'x').elf!;
    e.relocations[0]!.entries.push({ offset: 0xa8, type: 43, sym: 0, addend: 100 });
    expect(objectFromElf(e).diagnostics.map((d) => d.code)).toEqual(['elf/bad-align-reloc']);
  });

  it('never throws or hangs on truncations and random corruption', () => {
    let seed = 12345;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed % n;
    };
    for (const base of [exe(), obj()]) {
      for (let cut = 0; cut < base.length; cut += 7) {
        const r = readElf(base.slice(0, cut), 'cut');
        if (r.elf) {
          imageFromElf(r.elf);
          objectFromElf(r.elf);
        }
      }
      for (let i = 0; i < 1500; i++) {
        const b = base.slice();
        const n = 1 + rnd(8);
        for (let k = 0; k < n; k++) b[rnd(b.length)] = rnd(256);
        const r = readElf(b, 'fuzz');
        for (const d of r.diagnostics) expect(d.code).toMatch(/^elf\//);
        if (r.elf) {
          imageFromElf(r.elf);
          // Whatever the reader lets through, the linker turns into diagnostics, not exceptions.
          const image = link([objectFromElf(r.elf).object]).image;
          if (image) writeElf(image);
        }
      }
    }
  });
});
