// The editor analysis assemble() returns on request: statements with their section places,
// definitions and references (numeric labels resolved), macros with their parameters, .include edges.
import { describe, expect, it } from 'vitest';
import { assemble, assembleFile, sourceTokens, symbolDisplayName } from '../../src/index.js';

const SRC = [
  '.include "defs.inc"', // 1
  '.macro push reg, off=0', // 2
  '  sw \\reg, \\off(sp)', // 3
  '.endm', // 4
  '.text', // 5
  '.globl _start', // 6
  '_start:', // 7
  '1: addi a0, a0, -1', // 8
  '  bnez a0, 1b', // 9
  '  j 1f', // 10
  '1: push ra', // 11
  '  li a7, EXIT', // 12
  '  ecall', // 13
  '.data', // 14
  'msg: .asciz "hi"', // 15
].join('\n');

const files: Record<string, string> = { 'defs.inc': '.equ EXIT, 93\n' };
const opts = { readFile: (p: string) => files[p], analysis: true };

describe('assemble() analysis', () => {
  const r = assemble({ path: 'main.s', text: SRC }, opts);
  const a = r.analyses![0]!;

  it('assembles as without it', () => {
    expect(r.diagnostics).toEqual([]);
    expect(r.image).toBeDefined();
    expect(assemble({ path: 'main.s', text: SRC }, { readFile: opts.readFile }).analyses).toBeUndefined();
  });

  it('records each statement of the file with its section, offset and size', () => {
    const main = a.statements.filter((s) => s.range.file === 'main.s');
    const at = (line: number) => main.find((s) => s.range.start.line === line)!;
    expect(at(8)).toMatchObject({ name: 'addi', kind: 'instruction', offset: 0, size: 4 });
    expect(at(11)).toMatchObject({ name: 'push', kind: 'macro-call', offset: 12, size: 4 });
    expect(at(12)).toMatchObject({ name: 'li', kind: 'instruction', offset: 16, size: 4 });
    expect(a.sectionNames[at(15).section]).toBe('.data');
    expect(at(15)).toMatchObject({ kind: 'directive', offset: 0, size: 3 });
  });

  it('defines labels, numeric labels, .equ symbols and macros, with ranges', () => {
    const defs = a.definitions.map((d) => [d.display, d.kind, d.range.file, d.range.start.line, d.range.start.col]);
    expect(defs).toEqual([
      ['EXIT', 'equ', 'defs.inc', 1, 6],
      ['push', 'macro', 'main.s', 2, 8],
      ['_start', 'label', 'main.s', 7, 1],
      ['1', 'numeric-label', 'main.s', 8, 1],
      ['1', 'numeric-label', 'main.s', 11, 1],
      ['msg', 'label', 'main.s', 15, 1],
    ]);
  });

  it('resolves 1b and 1f to the numeric label they mean', () => {
    const first = a.definitions.find((d) => d.range.start.line === 8)!.name;
    const second = a.definitions.find((d) => d.range.start.line === 11)!.name;
    const ref = (line: number) => a.references.find((x) => x.range.start.line === line && x.range.file === 'main.s')!;
    expect(ref(9).name).toBe(first);
    expect(ref(10).name).toBe(second);
    expect(symbolDisplayName(ref(10).name)).toBe('1');
    expect(ref(12).name).toBe('EXIT');
    expect(ref(6).name).toBe('_start');
    expect(ref(11)).toMatchObject({ name: 'push', kind: 'macro' });
  });

  it('keeps macro parameters and include edges', () => {
    expect(a.macros[0]).toMatchObject({ name: 'push', params: [{ name: 'reg', required: false, vararg: false }, { name: 'off', default: '0' }] });
    expect(a.includes).toEqual([{ from: 'main.s', range: expect.objectContaining({ file: 'main.s' }), written: 'defs.inc', path: 'defs.inc' }]);
    const missing = assembleFile({ path: 'x.s', text: '.include "nope.s"\n' }, { analysis: true });
    expect(missing.analysis!.includes[0]).toMatchObject({ written: 'nope.s' });
    expect(missing.analysis!.includes[0]!.path).toBeUndefined();
  });
});

describe('sourceTokens()', () => {
  it('gives every token with its line and column, comments included', () => {
    const toks = sourceTokens('lbl: addi a0, a0, 1 # c\n/* x\ny */ .word 0x10, %hi(s)\n');
    expect(toks.filter((t) => t.kind !== 'newline').map((t) => [t.kind, t.line, t.col, t.text])).toEqual([
      ['identifier', 0, 0, 'lbl'], ['colon', 0, 3, ':'], ['identifier', 0, 5, 'addi'], ['identifier', 0, 10, 'a0'], ['comma', 0, 12, ','],
      ['identifier', 0, 14, 'a0'], ['comma', 0, 16, ','], ['number', 0, 18, '1'], ['comment', 0, 20, '# c'],
      ['comment', 1, 0, '/* x'], ['comment', 2, 0, 'y */'], ['identifier', 2, 5, '.word'], ['number', 2, 11, '0x10'], ['comma', 2, 15, ','],
      ['relocation', 2, 17, '%hi'], ['lparen', 2, 20, '('], ['identifier', 2, 21, 's'], ['rparen', 2, 22, ')'],
    ]);
  });

  it('never throws on garbage', () => {
    const text = '\u0000\uffff"unterminated \\ ` ~~ /* open';
    const toks = sourceTokens(text);
    for (const t of toks) expect(text.slice(t.offset, t.offset + t.length)).toBe(t.text);
  });
});

describe('directive docs', () => {
  it('document every directive the assembler knows, and nothing else', async () => {
    const { DIRECTIVE_DOCS, DIRECTIVE_NAMES } = await import('../../src/index.js');
    expect(DIRECTIVE_DOCS.map((d) => d.name).sort()).toEqual([...DIRECTIVE_NAMES].sort());
  });
});

describe('sourceTokens() on a long line', () => {
  it('is linear: a line of 400,000 tokens takes no quadratic rescans', () => {
    const started = performance.now();
    const toks = sourceTokens(`x: .word ${'1+'.repeat(200_000)}1\nnext:\n`);
    expect(toks.length).toBe(400_008);
    expect(toks.at(-2)).toMatchObject({ kind: 'colon', line: 1, col: 4 });
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('analysis changes nothing it observes', () => {
  it('assembles every corpus program to the same object with and without it', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(import.meta.dirname, '..', '..', '..', 'test', 'corpus');
    const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : n.endsWith('.s') ? [join(d, n)] : []));
    const files = walk(root);
    expect(files.length).toBeGreaterThan(20);
    const readFile = (p: string): string | undefined => {
      try {
        return readFileSync(p, 'utf8');
      } catch {
        return undefined;
      }
    };
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      const plain = assembleFile({ path, text }, { readFile });
      const observed = assembleFile({ path, text }, { readFile, analysis: true });
      expect(observed.object, path).toEqual(plain.object);
      expect(observed.diagnostics, path).toEqual(plain.diagnostics);
      expect(observed.analysis!.statements.length, path).toBeGreaterThan(0);
    }
  });
});
