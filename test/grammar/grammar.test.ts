// The TextMate grammar: generated from vm-core's tables (the committed file is the generator's
// output), scope assertions with vscode-tmgrammar-test over gcc output and hand-written code, every
// real gcc -S file of the corpora scoped without a gap, and the language configuration's word pattern.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grammarText } from '../../syntaxes/generate.mjs';
import { GRAMMAR_FILE, tokenize } from './tokenize.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('riscv-asm grammar', () => {
  it('is what syntaxes/generate.mjs makes from the vm-core tables (run `npm run gen:grammar`)', () => {
    expect(readFileSync(GRAMMAR_FILE, 'utf8')).toBe(grammarText());
  });

  it('passes the vscode-tmgrammar-test scope assertions in syntaxes/test', () => {
    const bin = createRequire(import.meta.url).resolve('vscode-tmgrammar-test/dist/unit.js');
    const r = spawnSync(process.execPath, [bin, '--compact', '-g', GRAMMAR_FILE, 'syntaxes/test/*.test.s'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout + r.stderr).not.toMatch(/ERROR/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/gcc-output\.test\.s run successfuly/);
    expect(r.stdout).toMatch(/hand-written\.test\.s run successfuly/);
  });

  const gccFiles = [
    ...readdirSync(join(ROOT, 'test/corpus/c')).filter((f) => f.endsWith('.s')).map((f) => join('test/corpus/c', f)),
    ...readdirSync(join(ROOT, 'test/run-corpus')).filter((f) => f.endsWith('.s')).map((f) => join('test/run-corpus', f)),
  ];

  it('finds the gcc output it checks', () => {
    expect(gccFiles.length).toBeGreaterThan(20);
  });

  it.each(gccFiles)('scopes every statement of %s (gcc -S output)', async (file) => {
    const tokens = await tokenize(readFileSync(join(ROOT, file), 'utf8'));
    const gaps = tokens
      .filter((t) => t.scopes.some((s) => /^invalid\.|\.unknown\.|macro\.call/.test(s)))
      .map((t) => `${file}:${t.line + 1}: ${JSON.stringify(t.text)} ${t.scopes.join(' ')}`);
    expect(gaps).toEqual([]);
    // Every instruction line's first word is a mnemonic the table knows.
    const opening = tokens.filter((t) => t.scopes.includes('meta.instruction.riscv-asm') || t.scopes.includes('meta.instruction.csr.riscv-asm'));
    expect(opening.length).toBeGreaterThan(0);
  });

  it('keeps .L2, %hi, 1f and 0x1f whole as words (language-configuration.json)', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'syntaxes/language-configuration.json'), 'utf8')) as { wordPattern: string };
    const words = (s: string): string[] => [...s.matchAll(new RegExp(config.wordPattern, 'g'))].map((m) => m[0]);
    expect(words('beq a2,zero,.L2')).toEqual(['beq', 'a2', 'zero', '.L2']);
    expect(words('lui a5,%hi(.LC0)')).toEqual(['lui', 'a5', '%hi', '.LC0']);
    expect(words('j 1f; bnez t0, 2b')).toEqual(['j', '1f', 'bnez', 't0', '2b']);
    expect(words('li a0, 0x1f')).toEqual(['li', 'a0', '0x1f']);
    expect(words('sw \\reg, 0(sp)')).toEqual(['sw', '\\reg', '0', 'sp']);
  });

  it('indents after a label line and folds macro blocks', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'syntaxes/language-configuration.json'), 'utf8')) as {
      onEnterRules: Array<{ beforeText: string }>;
      folding: { markers: { start: string; end: string } };
    };
    const afterLabel = new RegExp(config.onEnterRules[0]!.beforeText);
    expect(['main:', '.L3:   # loop head', '1:'].every((l) => afterLabel.test(l))).toBe(true);
    expect(['\tret', 'main: ret', '\t.word 1'].some((l) => afterLabel.test(l))).toBe(false);
    expect(new RegExp(config.folding.markers.start).test('.macro push reg')).toBe(true);
    expect(new RegExp(config.folding.markers.end).test('  .endm')).toBe(true);
  });
});
