import { describe, expect, it } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver';
import { complete } from '../src/features/completion.js';
import { signatureHelp } from '../src/features/signature.js';
import { analyse, golden, parseMarkers } from './support.js';

// Each case: a line with a cursor ($0), completed against the analysis of a small program.
const PROGRAM = '.equ SIZE, 16\n.macro push reg, off=0\n  sw \\reg, \\off(sp)\n.endm\n.text\n_start:\n  nop\nloop:\n  j loop\n.data\nbuf: .space 4\n';
const CASES: Record<string, string> = {
  'mnemonic at line start': '  ad$0',
  'after a label': 'here: bn$0',
  'directive after dot': '  .wo$0',
  'register slot': '  addi a$0',
  'second register slot': '  add a0, $0',
  'branch target': '  beq a0, a1, $0',
  'immediate slot': '  addi a0, a0, $0',
  'memory base register': '  lw a0, 4($0',
  'relocation after percent': '  lui a0, %$0',
  'macro arguments': '  push $0',
  'macro parameter in body': '  sw \\$0',
  'in a comment': '  nop # ad$0',
  'in a string': '  .asciz "ad$0"',
  'system call number': '  li a7, $0',
};

function summary(items: CompletionItem[]): { total: number; first: Array<string | undefined>; labels: string[] } {
  const sorted = [...items].sort((x, y) => (x.sortText ?? x.label).localeCompare(y.sortText ?? y.label));
  return { total: items.length, first: sorted.slice(0, 6).map((i) => `${i.label} — ${i.detail ?? ''}`), labels: [...new Set(items.map((i) => i.label))].slice(0, 25) };
}

describe('completion', () => {
  const a = analyse('/virtual/complete.s', PROGRAM);
  const macro = a.analysis.macros[0]!;
  it('answers each context with the right kind of items', () => {
    const out: Record<string, unknown> = {};
    for (const [name, src] of Object.entries(CASES)) {
      const { text, markers } = parseMarkers(src);
      const pos = markers.get('$0')!;
      out[name] = summary(complete(text, { line: pos.line, character: pos.character }, a, () => (name.includes('macro parameter') ? macro : undefined)));
    }
    golden('completion', 'contexts', out);
  });

  it('offers labels and symbols with their addresses and values', () => {
    const items = complete('  j ', { line: 0, character: 4 }, a);
    expect(items.find((i) => i.label === 'loop')?.detail).toMatch(/^label @ 0x000100/);
    expect(items.find((i) => i.label === 'SIZE')?.detail).toBe('symbol = 16');
    expect(items.find((i) => i.label === 'buf')?.detail).toMatch(/^label @ 0x/);
  });

  it('works before any analysis exists', () => {
    expect(complete('  ad', { line: 0, character: 4 }, undefined).some((i) => i.label === 'addi')).toBe(true);
  });

  it('never fails at odd positions', () => {
    for (const line of ['', '\u0000\u0001', '"unterminated', 'a:b:c:', ',,,', '  addi ((((', '\\']) {
      for (let c = 0; c <= line.length + 3; c++) expect(() => complete(line, { line: 0, character: c }, a)).not.toThrow();
    }
  });
});

describe('signature help', () => {
  const a = analyse('/virtual/complete.s', PROGRAM);
  it('shows the forms of the mnemonic with the operand under the cursor active', () => {
    const out: Record<string, unknown> = {};
    for (const src of ['  addi a0, $0', '  jalr $0', '  lw a0, $0', '  push a0, $0', '  .word $0', '  nop$0', '  beqz a0$0']) {
      const { text, markers } = parseMarkers(src);
      out[src] = signatureHelp(text, markers.get('$0')!, a.analysis.macros);
    }
    golden('signature-help', 'forms', out);
  });
});
