// Formatting: golden output per fixture, idempotence, and the guarantee that matters most — the
// assembled bytes never change — checked on every program of the differential corpus.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { assembleFile, type ObjectFile } from '@tessera/vm-core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { formatText } from '../src/features/formatting.js';
import { DEFAULT_SETTINGS, type TesseraSettings } from '../src/settings.js';
import { fixtures, golden } from './support.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'test', 'corpus');

function format(text: string, settings: TesseraSettings['formatting'] = DEFAULT_SETTINGS.formatting, macros: string[] = []): string {
  const doc = TextDocument.create('file:///x.s', 'riscv', 1, text);
  return TextDocument.applyEdits(doc, formatText(text, { settings, macros: new Set(macros) }));
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : n.endsWith('.s') ? [p] : [];
  });
}

/** What formatting must not change: every section's bytes, relocations and symbols. */
function bytes(path: string, text: string): unknown {
  const r = assembleFile({ path, text }, { readFile: (p) => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } } });
  const o: ObjectFile = r.object;
  return {
    errors: r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`),
    sections: o.sections.map((s) => ({ name: s.name, data: Buffer.from(s.data).toString('hex'), relocs: s.relocs.map((x) => [x.offset, x.kind, x.target, x.addend]) })),
    symbols: o.symbols.map((s) => [s.name, s.section, s.value, s.size, s.binding, s.type]),
  };
}

describe('formatting', () => {
  for (const f of fixtures()) {
    it(`${f.name}: golden and idempotent`, () => {
      const once = format(f.text);
      golden('formatting', f.name, once.split('\n'));
      expect(format(once)).toBe(once);
    });
  }

  it('follows the width settings, with spaces or tabs', () => {
    const text = 'lbl: addi a0,a0,1 # c\n  ret\n';
    const wide = { ...DEFAULT_SETTINGS.formatting, mnemonicColumn: 12, mnemonicWidth: 10, commentColumn: 50 };
    const tabs = { ...DEFAULT_SETTINGS.formatting, useTabs: true, commentColumn: 32 };
    const own = { ...DEFAULT_SETTINGS.formatting, labelOnOwnLine: true };
    golden('formatting', 'settings', { wide: format(text, wide).split('\n'), tabs: format(text, tabs).split('\n'), labelOnOwnLine: format(text, own).split('\n') });
    expect(format(format(text, own), own)).toBe(format(text, own));
  });

  it('never changes the assembled bytes of any corpus program', () => {
    const files = sources(CORPUS);
    expect(files.length).toBeGreaterThan(20);
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      for (const settings of [DEFAULT_SETTINGS.formatting, { ...DEFAULT_SETTINGS.formatting, useTabs: true, labelOnOwnLine: true, mnemonicColumn: 4, mnemonicWidth: 2, commentColumn: 0 }]) {
        const after = format(text, settings);
        expect(bytes(path, after), `${path} (${dirname(path)})`).toEqual(bytes(path, text));
        expect(format(after, settings), `${path} idempotent`).toBe(after);
      }
    }
  });
});
