// Diagnostics through the real server over stdio: on open (every fixture against its golden
// file, and one by hand with exact ranges, codes and related information), as incremental edits
// fix the errors one by one, under a burst of edits (the last text wins, nothing stale after
// something newer), by pull (textDocument/diagnostic), and across `.include` (a change in the
// included file re-publishes the includer). Waits are on notifications, never on time.
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  FileChangeType,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, golden } from './support/fixtures.js';
import { LspSession } from './support/session.js';
import { TempWorkspace } from './support/workspace.js';

const ws = new TempWorkspace();
let s: LspSession;

beforeAll(async () => {
  for (const name of readdirSync(join(FIXTURES, 'diagnostics'))) {
    if (/\.(s|inc)$/.test(name)) copyFileSync(join(FIXTURES, 'diagnostics', name), ws.path(name));
  }
  // No debounce: the tests wait for each publication anyway, and a delay only slows them — except
  // for the burst, which checks that a debounce merges edits (200 ms: a loaded machine may pause
  // the sender for a few tens of milliseconds between two edits).
  s = await LspSession.start({
    folders: [ws.dir],
    settings: { tessera: { diagnosticsDelay: 0 } },
    settingsFor: (uri) => (uri?.endsWith('/burst.s') ? { tessera: { diagnosticsDelay: 200 } } : undefined),
  });
});

afterAll(async () => {
  if (s?.alive) expect(await s.shutdown()).toEqual({ code: 0, signal: null });
  s?.dispose();
  ws.dispose();
});

const brief = (d: Diagnostic): string =>
  `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)}`;
const sorted = (ds: Diagnostic[]): string[] => ds.map(brief).sort();
const fixture = (name: string): string => ws.write(name, readFileSyncUtf8(join(FIXTURES, 'diagnostics', name)));
const readFileSyncUtf8 = (path: string): string => readFileSync(path, 'utf8');

describe('diagnostics on open', () => {
  const names = readdirSync(join(FIXTURES, 'diagnostics')).filter((n) => n.endsWith('.s')).sort();

  it.each(names)('%s: matches its golden file', async (name) => {
    const uri = ws.uri(name);
    await s.open(uri, readFileSyncUtf8(join(FIXTURES, 'diagnostics', name)));
    const p = await s.diagnostics(uri, 1);
    expect(p.version).toBe(1);
    const actual = ws.normalize({ version: p.version, diagnostics: p.diagnostics });
    expect(actual).toEqual(golden(`diagnostics/${name.replace(/\.s$/, '.json')}`, actual));
    await s.close(uri);
  });

  it('three-errors.s: exact ranges, severities, codes, messages and related information', async () => {
    const uri = fixture('three-errors.s');
    await s.open(uri, readFileSyncUtf8(ws.path('three-errors.s')));
    const { diagnostics } = await s.diagnostics(uri, 1);
    const byCode = new Map(diagnostics.map((d) => [d.code, d]));
    expect(sorted(diagnostics)).toEqual(['10:0-10:4 asm/duplicate-label', '4:1-4:4 asm/unknown-mnemonic', '7:13-7:16 asm/undefined-symbol']);
    expect(diagnostics.every((d) => d.severity === DiagnosticSeverity.Error)).toBe(true);
    expect(byCode.get('asm/unknown-mnemonic')!.message).toBe("unknown instruction 'adi'; did you mean 'addi'?");
    expect(byCode.get('asm/duplicate-label')!.relatedInformation).toEqual([
      { message: 'first defined here', location: { uri, range: { start: { line: 6, character: 0 }, end: { line: 6, character: 4 } } } },
    ]);
    await s.close(uri);
  });
});

describe('diagnostics follow edits', () => {
  it('incremental edits fix the errors one by one, each publication for its version', async () => {
    const uri = fixture('three-errors.s');
    await s.open(uri, readFileSyncUtf8(ws.path('three-errors.s')));
    expect(sorted((await s.diagnostics(uri, 1)).diagnostics)).toHaveLength(3);

    // Edits inside a line, as typing makes them: insert one character, replace a word, retype a label.
    let v = await s.change(uri, [{ range: { start: { line: 4, character: 3 }, end: { line: 4, character: 3 } }, text: 'd' }]);
    let p = await s.diagnostics(uri, v);
    expect(p.version).toBe(v);
    expect(sorted(p.diagnostics)).toEqual(['10:0-10:4 asm/duplicate-label', '7:13-7:16 asm/undefined-symbol']);

    v = await s.change(uri, [{ range: { start: { line: 7, character: 13 }, end: { line: 7, character: 16 } }, text: 'a1' }]);
    p = await s.diagnostics(uri, v);
    expect(p.version).toBe(v);
    expect(sorted(p.diagnostics)).toEqual(['10:0-10:4 asm/duplicate-label']);

    v = await s.replaceLine(uri, 10, 'done:');
    p = await s.diagnostics(uri, v);
    expect(p.version).toBe(v);
    expect(p.diagnostics).toEqual([]);

    // And back: breaking the file again brings the error back where it is now.
    v = await s.change(uri, [{ range: { start: { line: 8, character: 1 }, end: { line: 8, character: 5 } }, text: 'addix' }]);
    p = await s.diagnostics(uri, v);
    expect(sorted(p.diagnostics)).toEqual(['8:1-8:6 asm/unknown-mnemonic']);
    await s.close(uri);
  });

  it('a burst of edits ends with the diagnostics of the final text, and nothing stale is published after newer', async () => {
    const uri = ws.uri('burst.s');
    const lines = ['\t.text', '_start:', '\t.globl _start'];
    await s.open(uri, `${lines.join('\n')}\n`);
    await s.diagnostics(uri, 1);
    const first = s.published.length;

    // 96 edits sent back to back, without waiting: typing `addi a0, a0, N` characters one at a time,
    // with errors on the way (an unfinished mnemonic, a missing operand) that the end resolves.
    let line = 3;
    for (let i = 0; i < 6; i++, line++) {
      let col = 0;
      for (const ch of `\taddi a${i}, a${i}, ${i}\n`) {
        await s.change(uri, [{ range: { start: { line, character: col }, end: { line, character: col } }, text: ch }]);
        col++;
      }
    }
    const last = s.version(uri);
    const final = await s.diagnostics(uri, last);
    expect(final.version).toBe(last);
    expect(final.diagnostics).toEqual([]);

    // A second document with the same final text gets the same diagnostics: the burst changed nothing.
    const twin = ws.uri('burst-twin.s');
    await s.open(twin, s.text(uri));
    expect((await s.diagnostics(twin, 1)).diagnostics).toEqual(final.diagnostics);

    // One more edit (an error) and its publication: everything published for `uri` in between came in version order.
    const v = await s.change(uri, [{ range: { start: { line: 3, character: 1 }, end: { line: 3, character: 5 } }, text: 'adi' }]);
    expect(sorted((await s.diagnostics(uri, v)).diagnostics)).toEqual(['3:1-3:4 asm/unknown-mnemonic']);
    const versions = s.published.slice(first).filter((x) => x.uri === uri).map((x) => x.version ?? -1);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions.at(-1)).toBe(v);
    // Merged, not queued (under the debounce): far fewer analyses published than edits sent.
    expect(versions.length, `${last - 1} edits, ${versions.length} publications`).toBeLessThan((last - 1) / 2);
    await s.close(uri);
    await s.close(twin);
  });

  // LSP ends a line at a lone CR while the assembler (like gas) reads it as a blank: the server
  // analyses the text as the editor shows it, so positions after a lone CR stay on their line.
  it.each([
    ['a lone CR (old Mac line end) counts as a line break in reported positions', 'lone-cr.s', '\t.text\r\t.globl _start\n_start:\n\tadi a0, a0, 1\n'],
    ['CRLF line ends: positions as with LF', 'crlf.s', '\t.text\r\n\t.globl _start\r\n_start:\r\n\tadi a0, a0, 1\r\n'],
  ])('%s', async (_title, name, text) => {
    const uri = ws.uri(name);
    await s.open(uri, text);
    const p = await s.diagnostics(uri, 1);
    expect(sorted(p.diagnostics)).toEqual(['3:1-3:4 asm/unknown-mnemonic']);
    await s.close(uri);
  });

  it('closing a document clears its diagnostics', async () => {
    const uri = ws.uri('closing.s');
    await s.open(uri, '\tadi a0, a0, 1\n');
    expect((await s.diagnostics(uri, 1)).diagnostics).toHaveLength(1);
    const cleared = s.nextDiagnostics(uri, (p) => p.diagnostics.length === 0, 'an empty publication after close');
    await s.close(uri);
    await cleared;
  });
});

describe('pull diagnostics (textDocument/diagnostic)', () => {
  it('reports the same diagnostics as the push, then unchanged for the same result id', async () => {
    expect(s.capabilities.diagnosticProvider).toBeDefined();
    const uri = fixture('three-errors.s');
    await s.open(uri, readFileSyncUtf8(ws.path('three-errors.s')));
    const pushed = await s.diagnostics(uri, 1);
    const report = await s.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    expect(report.kind).toBe(DocumentDiagnosticReportKind.Full);
    if (report.kind !== 'full') return;
    expect(sorted(report.items)).toEqual(sorted(pushed.diagnostics));
    if (report.resultId !== undefined) {
      const again = await s.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
      expect(again.kind).toBe(DocumentDiagnosticReportKind.Unchanged);
    }
    // After an edit the pull sees the new text (no push awaited first).
    await s.change(uri, [{ range: { start: { line: 4, character: 3 }, end: { line: 4, character: 3 } }, text: 'd' }]);
    const after = await s.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    expect(after.kind).toBe(DocumentDiagnosticReportKind.Full);
    if (after.kind === 'full') expect(sorted(after.items)).toEqual(['10:0-10:4 asm/duplicate-label', '7:13-7:16 asm/undefined-symbol']);
    await s.close(uri);
  });

  it('answers for an unknown document with an empty report or an error, never a hang', async () => {
    const outcome = await s
      .request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: ws.uri('never-opened-nor-on-disk.s') } })
      .then((r) => (r.kind === 'full' ? r.items.length : 0), (e: Error) => e.message);
    expect(outcome === 0 || typeof outcome === 'string').toBe(true);
  });
});

describe('.include', () => {
  const errorsIn = (p: PublishDiagnosticsParams): string[] => p.diagnostics.map((d) => String(d.code));

  it('an edit of an open included file re-publishes its includer', async () => {
    const defs = ws.write('inc-edit/defs.inc', '\t.equ LIMIT, 10\n\t.macro bump r\n\taddi \\r, \\r, 1\n\t.endm\n');
    const main = ws.write('inc-edit/main.s', '\t.include "defs.inc"\n\t.text\n\t.globl _start\n_start:\n\tli a0, LIMIT\n\tbump a0\n');
    await s.open(main, readFileSyncUtf8(ws.path('inc-edit/main.s')));
    expect((await s.diagnostics(main, 1)).diagnostics).toEqual([]);
    await s.open(defs, readFileSyncUtf8(ws.path('inc-edit/defs.inc')));

    // Renaming the macro in the included file breaks the includer, which was not edited.
    const broken = s.nextDiagnostics(main, (p) => p.diagnostics.length > 0, 'the includer re-published with an error');
    await s.replaceLine(defs, 1, '\t.macro bump2 r');
    expect(errorsIn(await broken)).toEqual(['asm/unknown-mnemonic']);
    expect((await broken).diagnostics[0]!.range.start.line).toBe(5);

    const fixed = s.nextDiagnostics(main, (p) => p.diagnostics.length === 0, 'the includer re-published clean');
    await s.replaceLine(defs, 1, '\t.macro bump r');
    await fixed;
    await s.close(defs);
    await s.close(main);
  });

  it('a change on disk of a closed included file (didChangeWatchedFiles) re-publishes its includer', async () => {
    ws.write('inc-disk/consts.inc', '\t.equ ANSWER, 42\n');
    const main = ws.write('inc-disk/main.s', '\t.include "consts.inc"\n\t.text\n\t.globl _start\n_start:\n\tli a0, ANSWER\n');
    await s.open(main, readFileSyncUtf8(ws.path('inc-disk/main.s')));
    expect((await s.diagnostics(main, 1)).diagnostics).toEqual([]);
    const broken = s.nextDiagnostics(main, (p) => p.diagnostics.length > 0, 'the includer re-published with an error');
    const inc = ws.write('inc-disk/consts.inc', '\t.equ QUESTION, 42\n');
    await s.filesChanged([{ uri: inc, type: FileChangeType.Changed }]);
    expect(errorsIn(await broken)).toEqual(['asm/not-constant']); // li needs ANSWER, now gone
    await s.close(main);
  });

  it('a missing include is reported on its .include line; an error inside an include at the .include line, pointing into the file', async () => {
    const uri = ws.uri('includes.s');
    await s.open(uri, readFileSyncUtf8(ws.path('includes.s')));
    const p = await s.diagnostics(uri, 1);
    expect(sorted(p.diagnostics)).toEqual(['1:1-1:30 asm/include-not-found', '2:1-2:19 asm/operand-kind']);
    const inner = p.diagnostics.find((d) => d.code === 'asm/operand-kind')!;
    expect(inner.message).toMatch(/^in included file bad\.inc:2: /);
    expect(inner.relatedInformation?.[0]?.location).toEqual({ uri: ws.uri('bad.inc'), range: { start: { line: 1, character: 14 }, end: { line: 1, character: 16 } } });
    await s.close(uri);
  });

  it('include cycles and missing files are diagnostics, not hangs', async () => {
    ws.write('cycle/a.inc', '\t.include "b.inc"\n');
    ws.write('cycle/b.inc', '\t.include "a.inc"\n');
    const main = ws.write('cycle/main.s', '\t.include "a.inc"\n\t.text\n\tnop\n');
    await s.open(main, readFileSyncUtf8(ws.path('cycle/main.s')));
    const p = await s.diagnostics(main, 1);
    expect(p.diagnostics.length).toBeGreaterThan(0);
    await s.close(main);
  });
});
