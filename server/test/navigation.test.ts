import { describe, expect, it } from 'vitest';
import { ResponseError } from 'vscode-languageserver';
import { definition, highlights, prepareRename, references, rename } from '../src/features/navigation.js';
import { analyse, fixtures, goldenAtMarkers, portable } from './support.js';

const attempt = <T>(f: () => T): T | { refused: string } => {
  try {
    return f();
  } catch (err) {
    if (err instanceof ResponseError) return { refused: err.message };
    throw err;
  }
};

describe('navigation', () => {
  for (const [name, run] of goldenAtMarkers('definition', (a, pos) => definition(a, pos))) it(`definition: ${name}`, run);
  for (const [name, run] of goldenAtMarkers('references', (a, pos) => references(a, pos, true))) it(`references: ${name}`, run);
  for (const [name, run] of goldenAtMarkers('highlights', (a, pos) => highlights(a, pos))) it(`highlights: ${name}`, run);
  for (const [name, run] of goldenAtMarkers('rename', (a, pos) => attempt(() => ({ prepare: prepareRename(a, pos), edit: rename(a, pos, 'renamed') })))) it(`rename: ${name}`, run);

  it('resolves 1b and 1f to the numeric label the assembler chose', () => {
    const f = fixtures().find((x) => x.name === 'navigation')!;
    const a = analyse(f.path, f.text);
    const back = definition(a, f.markers.get('$0')!);
    const fwd = definition(a, f.markers.get('$1')!);
    expect(back.map((l) => l.range.start.line)).toEqual([5]);
    expect(fwd.map((l) => l.range.start.line)).toEqual([8]);
  });

  it('goes to an included file and to symbols defined there', () => {
    const f = fixtures().find((x) => x.name === 'navigation')!;
    const a = analyse(f.path, f.text);
    expect(portable(definition(a, f.markers.get('$3')!))).toEqual([{ uri: 'fixtures:/defs.inc', range: { start: { line: 1, character: 5 }, end: { line: 1, character: 13 } } }]);
    expect(portable(definition(a, { line: 1, character: 12 }))).toEqual([{ uri: 'fixtures:/defs.inc', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }]);
  });

  it('refuses to rename registers and numeric labels, with a message', () => {
    const f = fixtures().find((x) => x.name === 'navigation')!;
    const a = analyse(f.path, f.text);
    expect(() => prepareRename(a, f.markers.get('$2')!)).toThrow(/register/);
    expect(() => prepareRename(a, f.markers.get('$0')!)).toThrow(/numeric/);
    expect(() => rename(a, f.markers.get('$5')!, '9bad')).toThrow(/not a valid symbol name/);
    expect(() => rename(a, f.markers.get('$5')!, 'a0')).toThrow(/register/);
  });
});
