// Listings of GNU-built ELF files must equal what objdump 2.40 printed for them. The programs, the
// ELF files and objdump's output are committed; regen-references.mjs rebuilds them with the GNU
// tools (these references are never refreshed from Tessera's own output).

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readElf } from '../../src/elf/read.js';
import { listElf, listImage, type ListingOptions } from '../../src/disasm/listing.js';
import { imageFromElf } from '../../src/elf/convert.js';
import { assemble } from '../../src/asm/assemble.js';
import type { SourceMapEntry } from '../../src/image.js';
import { firstDifference } from './diff.js';

const dir = join(import.meta.dirname, 'fixtures', 'programs');

interface Case {
  elf: string;
  objdump: string[];
  reference: string;
  lines?: string;
  options?: { aliases?: boolean; sections?: string[]; source?: boolean };
}

const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as Case[];

/** The DWARF line rows objdump decoded ([file, line, address], 0 ends a sequence) as a source map. */
function sourceMapOf(rows: Array<[string, number, number]>): SourceMapEntry[] {
  const out: SourceMapEntry[] = [];
  rows.forEach(([file, line, addr], i) => {
    const next = rows[i + 1];
    if (line === 0 || !next) return;
    const pos = { line, col: 1 };
    out.push({ addr, size: next[2] - addr, range: { file, start: pos, end: pos }, kind: 'insn' });
  });
  return out;
}

function load(c: Case) {
  const { elf, diagnostics } = readElf(new Uint8Array(readFileSync(join(dir, c.elf))), c.elf);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const options: ListingOptions = { fileName: c.elf };
  if (c.options?.aliases !== undefined) options.aliases = c.options.aliases;
  if (c.options?.sections) options.sections = c.options.sections;
  if (c.options?.source) options.sourceText = (file) => readFileSync(join(dir, file), 'utf8');
  const sourceMap = c.lines ? sourceMapOf(JSON.parse(readFileSync(join(dir, c.lines), 'utf8'))) : [];
  return { elf: elf!, options, sourceMap };
}

describe('objdump listings of GNU-built files', () => {
  for (const c of cases) {
    it(`${c.reference}: objdump ${c.objdump.join(' ')} ${c.elf}`, () => {
      const { elf, options, sourceMap } = load(c);
      const expected = readFileSync(join(dir, c.reference), 'utf8');
      expect(firstDifference(listElf(elf, options, sourceMap).text, expected)).toBeUndefined();
    });
  }
});

describe('listing an Image', () => {
  it('matches objdump for an executable converted to an Image', () => {
    const c = cases.find((x) => x.reference === 'hello.d')!;
    const { elf, options } = load(c);
    const expected = readFileSync(join(dir, c.reference), 'utf8');
    expect(firstDifference(listImage(imageFromElf(elf), options).text, expected)).toBeUndefined();
  });

  // Tessera does not relax, so these compare with GNU builds linked with --no-relax.
  for (const [source, reference, withSource] of [['hello.s', 'hello-norelax.d', false], ['source.s', 'source-norelax.S.d', true]] as const) {
    it(`lists the Image Tessera assembles from ${source} as objdump ${withSource ? '-S' : '-d'} lists GNU's`, () => {
      const result = assemble([{ path: source, text: readFileSync(join(dir, source), 'utf8') }], { march: 'rv32im_zicsr_zifencei' });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const options: ListingOptions = { fileName: `${reference.split('.')[0]}.elf` };
      if (withSource) options.sourceText = (file) => readFileSync(join(dir, file), 'utf8');
      const expected = readFileSync(join(dir, reference), 'utf8');
      expect(firstDifference(listImage(result.image!, options).text, expected)).toBeUndefined();
    });
  }

  it('reports sections that do not exist', () => {
    const { elf } = load(cases[0]!);
    const listing = listElf(elf, { fileName: 'x', sections: ['.nope', '.text'] });
    expect(listing.missingSections).toEqual(['.nope']);
    expect(listing.text).toContain('Disassembly of section .text:');
  });
});
