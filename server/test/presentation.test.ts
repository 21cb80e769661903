import { describe, expect, it } from 'vitest';
import { codeLenses, foldingRanges, inlayHints } from '../src/features/presentation.js';
import { semanticTokens, TOKEN_TYPES, TOKEN_MODIFIERS } from '../src/features/semantic-tokens.js';
import { documentSymbols, workspaceSymbols } from '../src/features/symbols.js';
import { FolderIndex } from '../src/analysis/folder-index.js';
import { analyse, FIXTURES, fixtures, golden, portable } from './support.js';

/** Semantic tokens decoded into readable rows: `line:col text type+modifiers`. */
function decode(data: number[], lines: string[]): string[] {
  const out: string[] = [];
  let line = 0;
  let col = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i]!;
    col = data[i]! === 0 ? col + data[i + 1]! : data[i + 1]!;
    const mods = TOKEN_MODIFIERS.filter((_, k) => data[i + 4]! & (1 << k));
    out.push(`${line + 1}:${col + 1} ${lines[line]!.slice(col, col + data[i + 2]!)} ${TOKEN_TYPES[data[i + 3]!]}${mods.length ? `+${mods.join('+')}` : ''}`);
  }
  return out;
}

describe('presentation', () => {
  for (const f of fixtures()) {
    it(`${f.name}`, () => {
      const a = analyse(f.path, f.text, { inlayHints: { labelAddresses: true, pseudoExpansions: true } });
      const all = { start: { line: 0, character: 0 }, end: { line: a.lineCount, character: 0 } };
      golden('semantic-tokens', f.name, decode(semanticTokens(a).data, f.text.split('\n')));
      golden('folding', f.name, foldingRanges(a));
      golden('inlay-hints', f.name, inlayHints(a, all));
      golden('code-lens', f.name, codeLenses(a));
      golden('document-symbols', f.name, documentSymbols(a));
    });
  }
  it('workspace symbols of files that are not open come from their tokens, once per file', () => {
    const index = new FolderIndex(() => [FIXTURES]);
    // The first query starts reading the files (in the background); flush() finishes it here.
    index.symbols();
    index.flush();
    const names = index.symbols().map((x) => `${x.kind} ${x.name}`);
    expect(names).toEqual(expect.arrayContaining(['label write', 'macro push', 'equ SYS_EXIT', 'macro pop', 'label func', 'equ COUNT']));
    const nav = fixtures().find((f) => f.name === 'navigation')!;
    const open = analyse(nav.path, nav.text);
    // `func` is open (from the analysis, once); `write` is only in program.s, which is not open.
    const found = workspaceSymbols([open], 'func', index.symbols()).filter((x) => x.name === 'func');
    expect(found).toHaveLength(1);
    expect(portable(workspaceSymbols([open], 'write', index.symbols()).filter((x) => x.name === 'write').map((x) => x.location))).toEqual([{ uri: 'fixtures:/program.s', range: { start: { line: 25, character: 0 }, end: { line: 25, character: 5 } } }]);
  });

  it('workspace symbols', () => {
    const all = fixtures().map((f) => analyse(f.path, f.text));
    golden('workspace-symbols', 'queries', { '': workspaceSymbols(all, '').map((s) => s.name), wr: workspaceSymbols(all, 'wr'), SYS: workspaceSymbols(all, 'SYS').map((s) => s.name) });
  });
});
