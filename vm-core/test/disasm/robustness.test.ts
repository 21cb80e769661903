// Whatever the ELF reader lets through, listing it must not throw: damaged files are bad input,
// never a crash. Deterministic mutations of a real executable.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readElf } from '../../src/elf/read.js';
import { listElf } from '../../src/disasm/listing.js';
import { sourceMapFromElf, sourceMapFromDebugLine } from '../../src/disasm/dwarf-line.js';
import { disassembleWord } from '../../src/isa/disasm.js';

const programs = join(import.meta.dirname, 'fixtures', 'programs');

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

describe('damaged input', () => {
  for (const name of ['hello.elf', 'source.elf', 'alldata.elf']) {
    it(`lists 400 mutations of ${name} without throwing`, () => {
      const original = new Uint8Array(readFileSync(join(programs, name)));
      const rand = prng(name.length * 7919);
      let listed = 0;
      for (let i = 0; i < 400; i++) {
        const bytes = original.slice();
        const flips = 1 + (rand() % 8);
        for (let f = 0; f < flips; f++) bytes[rand() % bytes.length] = rand() & 0xff;
        const { elf } = readElf(bytes, name);
        if (!elf) continue;
        const lines = sourceMapFromElf(elf);
        expect(() => listElf(elf, { fileName: name, sourceText: () => 'x\n' }, lines.sourceMap)).not.toThrow();
        expect(() => listElf(elf, { fileName: name, sections: elf.sections.map((s) => s.name) })).not.toThrow();
        listed++;
      }
      expect(listed).toBeGreaterThan(0);
    });
  }

  it('reports a damaged line table instead of throwing', () => {
    const rand = prng(42);
    for (let i = 0; i < 300; i++) {
      const bytes = new Uint8Array(4 + (rand() % 200)).map(() => rand() & 0xff);
      bytes[4] = 5; // a plausible version, so the header parsing gets further
      expect(() => sourceMapFromDebugLine(bytes)).not.toThrow();
    }
  });

  it('disassembles every 16th word of the 32-bit space without throwing', () => {
    for (let w = 0; w < 2 ** 32; w += 0x10001 * 16) expect(() => disassembleWord(w >>> 0, 0x1000)).not.toThrow();
  });
});
