// The tessera.* settings, as a client serves them: pulled per resource with
// workspace/configuration (two folders with different include paths in one session), changed at
// run time (didChangeConfiguration → the server pulls again and re-publishes), and each setting
// the server reads changing what the user sees: include paths, environment, formatting widths,
// inlay hints and code lenses.
import type { CodeLens, Hover, InlayHint, PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspSession, type SettingsTree } from './support/session.js';
import { TempWorkspace } from './support/workspace.js';

const ws = new TempWorkspace();
let s: LspSession;
/** Settings per folder of the workspace: the first folder name in a URI's path picks them. */
const perFolder = new Map<string, SettingsTree>();

beforeAll(async () => {
  ws.write('lib/common.inc', '\t.equ COMMON, 7\n');
  s = await LspSession.start({
    folders: [ws.path('a'), ws.path('b')],
    settings: { tessera: { diagnosticsDelay: 0 } },
    settingsFor: (scopeUri) => {
      for (const [folder, settings] of perFolder) if (scopeUri?.startsWith(ws.uri(folder) + '/')) return settings;
      return undefined;
    },
  });
});

afterAll(async () => {
  if (s?.alive) expect(await s.shutdown()).toEqual({ code: 0, signal: null });
  s?.dispose();
  ws.dispose();
});

const codes = (p: PublishDiagnosticsParams): string[] => p.diagnostics.map((d) => String(d.code));
const PROGRAM = '\t.include "common.inc"\n\t.text\n\t.globl _start\n_start:\n\tli a0, COMMON\n\tli a7, 93\n\tecall\n';

describe('includePaths', () => {
  it('are read per resource: the same program finds its include in one folder and not in the other', async () => {
    perFolder.set('a', { tessera: { diagnosticsDelay: 0, includePaths: [ws.path('lib')] } });
    const a = ws.write('a/main.s', PROGRAM);
    const b = ws.write('b/main.s', PROGRAM);
    await s.open(a, PROGRAM);
    await s.open(b, PROGRAM);
    expect(codes(await s.diagnostics(a, 1))).toEqual([]);
    expect(codes(await s.diagnostics(b, 1))).toContain('asm/include-not-found');
    expect(s.configurationRequests.flat()).toEqual(expect.arrayContaining([{ scopeUri: a, section: 'tessera' }, { scopeUri: b, section: 'tessera' }]));
  });

  it('a relative include path is taken from the workspace folder; a change is picked up at run time', async () => {
    const b = ws.uri('b/main.s');
    const fixed = s.nextDiagnostics(b, (p) => p.diagnostics.length === 0, 'b/main.s clean once its settings name ../lib');
    perFolder.set('b', { tessera: { diagnosticsDelay: 0, includePaths: ['../lib'] } });
    await s.setSettings(s.settings);
    expect(codes(await fixed)).toEqual([]);
  });
});

describe('environment', () => {
  const hoverEcall = async (uri: string): Promise<string> => {
    const h = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 2 } });
    return JSON.stringify(h?.contents ?? null);
  };

  it('decides what `ecall` after `li a7, 93` means in hover', async () => {
    const uri = ws.uri('a/main.s');
    expect(await hoverEcall(uri)).toMatch(/exit/);
    const republished = s.nextDiagnostics(uri, () => true, 'a re-analysis after the environment changed');
    perFolder.set('a', { tessera: { diagnosticsDelay: 0, includePaths: [ws.path('lib')], environment: 'openvm' } });
    await s.setSettings(s.settings);
    await republished;
    const openvm = await hoverEcall(uri);
    expect(openvm).not.toMatch(/ecall 93: exit/);
    expect(openvm).toMatch(/openvm/i);
  });
});

describe('formatting, inlay hints and code lenses', () => {
  const FMT = 'start:\n  addi a0,a0,1 # one\n\tli a7,93\n';

  it('formatting widths move the columns', async () => {
    const uri = ws.write('b/fmt.s', FMT);
    await s.open(uri, FMT);
    await s.diagnostics(uri, 1);
    const format = async (): Promise<string[]> => {
      const edits = await s.request<TextEdit[] | null>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 8, insertSpaces: true } });
      return TextDocument.applyEdits(TextDocument.create(uri, 'riscv-asm', 1, FMT), edits ?? []).split('\n');
    };
    const byDefault = await format();
    expect(byDefault[1]).toMatch(/^ {8}addi {4}a0, a0, 1 +# one$/);
    perFolder.set('b', { tessera: { diagnosticsDelay: 0, includePaths: ['../lib'], formatting: { mnemonicColumn: 4, mnemonicWidth: 6, commentColumn: 30 } } });
    const republished = s.nextDiagnostics(uri, () => true, 'a re-analysis after the formatting settings changed');
    await s.setSettings(s.settings);
    await republished;
    const narrow = await format();
    expect(narrow[1]).toMatch(/^ {4}addi {2}a0, a0, 1 +# one$/);
    expect(narrow[1]!.indexOf('#')).toBe(30);
  });

  it('inlay hints for pseudo expansions appear when turned on; code lenses go when turned off', async () => {
    const uri = ws.uri('a/main.s');
    const hints = async (): Promise<string> => {
      const r = await s.request<InlayHint[] | null>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 7, character: 0 } } });
      return JSON.stringify((r ?? []).filter((h) => h.position.line === 5).map((h) => h.label));
    };
    const lenses = async (): Promise<number> => ((await s.request<CodeLens[] | null>('textDocument/codeLens', { textDocument: { uri } })) ?? []).length;
    expect(await hints()).not.toMatch(/addi/);
    expect(await lenses()).toBeGreaterThan(0);
    perFolder.set('a', { tessera: { diagnosticsDelay: 0, includePaths: [ws.path('lib')], inlayHints: { pseudoExpansions: true }, codeLens: { runDebug: false } } });
    const republished = s.nextDiagnostics(uri, () => true, 'a re-analysis after the inlay/lens settings changed');
    await s.setSettings(s.settings);
    await republished;
    expect(await hints()).toMatch(/addi.*a7.*93/);
    expect(await lenses()).toBe(0);
  });
});
