// Never down: every feature over hostile input — binary garbage, a 1 MB line, a 100k-line file,
// unbalanced blocks, .include cycles and deep chains, positions past the end — answers without
// throwing (a refusal is a ResponseError) and in bounded time.
import { describe, expect, it } from 'vitest';
import { ResponseError, type Position } from 'vscode-languageserver';
import { analyze, type DocumentAnalysis } from '../src/analysis/analyze.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { documentDiagnostics } from '../src/features/diagnostics.js';
import { hover } from '../src/features/hover.js';
import { complete } from '../src/features/completion.js';
import { signatureHelp } from '../src/features/signature.js';
import { definition, highlights, prepareRename, references, rename } from '../src/features/navigation.js';
import { documentSymbols, workspaceSymbols } from '../src/features/symbols.js';
import { semanticTokens } from '../src/features/semantic-tokens.js';
import { codeLenses, foldingRanges, inlayHints } from '../src/features/presentation.js';
import { formatText } from '../src/features/formatting.js';
import { codeActions } from '../src/features/code-actions.js';

function analyse(text: string, files: Record<string, string> = {}): DocumentAnalysis {
  return analyze({ uri: 'file:///t/main.s', path: '/t/main.s', version: 1, text, settings: { ...DEFAULT_SETTINGS, inlayHints: { labelAddresses: true, pseudoExpansions: true } }, readFile: (p) => files[p] });
}

function everyFeature(a: DocumentAnalysis, positions: Position[]): void {
  documentDiagnostics(a);
  documentSymbols(a);
  workspaceSymbols([a], 'a');
  semanticTokens(a);
  foldingRanges(a);
  codeLenses(a);
  inlayHints(a, { start: { line: 0, character: 0 }, end: { line: a.lineCount + 10, character: 0 } });
  formatText(a.text, { settings: DEFAULT_SETTINGS.formatting, macros: new Set() });
  for (const pos of positions) {
    const line = a.lineText(pos.line);
    hover(a, pos);
    complete(line, pos, a);
    signatureHelp(line, pos, a.analysis.macros);
    definition(a, pos);
    references(a, pos, true);
    highlights(a, pos);
    codeActions(a, { start: pos, end: pos }, documentDiagnostics(a));
    for (const f of [() => prepareRename(a, pos), () => rename(a, pos, 'fresh_name')]) {
      try {
        f();
      } catch (err) {
        expect(err).toBeInstanceOf(ResponseError);
      }
    }
  }
}

function positionsOf(text: string): Position[] {
  const lines = text.split('\n');
  const out: Position[] = [{ line: 0, character: 0 }, { line: lines.length + 5, character: 3 }, { line: 0, character: 1_000_000 }];
  for (let l = 0; l < Math.min(lines.length, 40); l++) for (let c = 0; c <= Math.min(lines[l]!.length + 1, 40); c += 3) out.push({ line: l, character: c });
  return out;
}

let seed = 12345;
const random = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);

const CASES: Record<string, () => { text: string; files?: Record<string, string> }> = {
  'binary garbage': () => ({ text: Array.from({ length: 4000 }, () => String.fromCharCode(Math.floor(random() * 256))).join('') }),
  'unicode and control characters': () => ({ text: 'é: addi a0, a0, 1 # ✓\n\u0000\u2028\uffff\n_start: li a0, "\u{1F600}"\n' }),
  'a 1 MB line': () => ({ text: `_start: addi a0, a0, ${'1+'.repeat(500_000)}1\n  nop\n` }),
  'a 1 MB comment line': () => ({ text: `# ${'x'.repeat(1 << 20)}\n_start: nop\n` }),
  'unbalanced .macro': () => ({ text: '.macro m a\n  addi \\a, \\a, 1\n_start: m a0\n' }),
  'unbalanced .rept and .if': () => ({ text: '.rept 3\n nop\n.if 1\n nop\n.else\n' }),
  'stray .endm, .endr, .endif': () => ({ text: '.endm\n.endr\n.endif\n.else\n' }),
  'recursive macro': () => ({ text: '.macro r\n r\n r\n.endm\n_start: r\n' }),
  '.include cycle': () => ({ text: '.include "a.s"\n_start: nop\n', files: { '/t/a.s': '.include "b.s"\n nop\n', '/t/b.s': '.include "a.s"\n' } }),
  'deep .include chain': () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 120; i++) files[`/t/d${i}.s`] = `.include "d${i + 1}.s"\n l${i}: nop\n`;
    return { text: '.include "d0.s"\n_start: nop\n', files };
  },
  'numeric labels everywhere': () => ({ text: '1: 1: 1:\n j 1b\n j 1f\n j 2f\n 2:\n beqz a0, 9b\n' }),
  'odd operands': () => ({ text: '_start: lw a0, %lo(%hi(x))(a0)\n la a0, (((\n li a7, 0xfffffffffffffffffff\n ecall\n .word 1f - 1b\n sw a0, \n' }),
};

describe('never down', () => {
  for (const [name, make] of Object.entries(CASES)) {
    it(name, () => {
      const { text, files } = make();
      const started = performance.now();
      const a = analyse(text, files);
      everyFeature(a, positionsOf(text));
      expect(performance.now() - started).toBeLessThan(30_000);
    });
  }

  it('keeps semantic tokens inside their lines when lines end with \\r\\n', () => {
    const text = '_start: li a0, 1 # one\r\n  ret # two\r\n/* block\r\n comment */ nop\r\n';
    const a = analyse(text);
    const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
    const data = semanticTokens(a).data;
    let line = 0;
    let col = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i]!;
      col = data[i] === 0 ? col + data[i + 1]! : data[i + 1]!;
      expect(col + data[i + 2]!, `token at ${line}:${col}`).toBeLessThanOrEqual(lines[line]!.length);
    }
  });

  it('a 100,000-line file is analysed, and features answer from it', () => {
    const lines = ['.text', '.globl _start', '_start:'];
    for (let i = 0; i < 25_000; i++) lines.push(`f${i}:`, `  addi a0, a0, ${i % 7}`, `  beqz a0, f${i}`, '  nop # c');
    const text = lines.join('\n');
    const a = analyse(text);
    expect(a.skipped).toBeUndefined();
    expect(documentDiagnostics(a)).toEqual([]);
    const pos = { line: 50_001, character: 13 };
    const started = performance.now();
    expect(definition(a, pos)).toHaveLength(1);
    complete(a.lineText(pos.line), pos, a);
    hover(a, pos);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses files past the size limits with a message instead of assembling them', () => {
    const a = analyse('nop\n'.repeat(250_000));
    expect(a.skipped).toMatch(/too large/);
    expect(documentDiagnostics(a)[0]).toMatchObject({ code: 'lsp/too-large', severity: 3 });
    everyFeature(a, [{ line: 10, character: 2 }]);
  });
});
