// The server in-process over a pair of streams, driven by a JSON-RPC client connection: the
// wiring of each request, incremental sync, include-driven re-analysis, settings per resource,
// refusals as ResponseErrors. (test/lsp drives the real binary over stdio.)
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConnection } from 'vscode-languageserver/node';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { startServer } from '../src/server.js';

const MAIN = 'file:///ws/main.s';
const INC = 'file:///ws/inc.s';

describe('server over streams', { timeout: 20_000 }, () => {
  let client: ProtocolConnection;
  const diagnostics: PublishDiagnosticsParams[] = [];
  const waiters: Array<{ test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  const settings: Record<string, unknown> = { environment: 'linux', formatting: { mnemonicColumn: 4, mnemonicWidth: 6 } };

  /** The first publishDiagnostics (already received or to come) that passes `test`. */
  const diagnosticsWhere = (test: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> => {
    const seen = diagnostics.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => waiters.push({ test, resolve }));
  };

  beforeAll(async () => {
    const up = new PassThrough();
    const down = new PassThrough();
    const server = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
    startServer(server);
    server.listen();
    client = createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
    client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      diagnostics.push(p);
      for (const w of [...waiters]) if (w.test(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    });
    client.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) => p.items.map(() => settings));
    client.onRequest('client/registerCapability', () => null);
    client.onNotification('window/logMessage', () => undefined);
    client.listen();
    const init = await client.sendRequest('initialize', { processId: null, rootUri: 'file:///ws', capabilities: { workspace: { configuration: true } } });
    expect((init as { capabilities: Record<string, unknown> }).capabilities).toMatchObject({ hoverProvider: true, renameProvider: { prepareProvider: true }, textDocumentSync: { change: 2 } });
    await client.sendNotification('initialized', {});
  });

  afterAll(async () => {
    await client.sendRequest('shutdown');
    client.dispose();
  });

  it('publishes diagnostics on open and follows incremental edits', async () => {
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: INC, languageId: 'riscv-asm', version: 1, text: '.equ N, 5\n' } });
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: MAIN, languageId: 'riscv-asm', version: 1, text: '.include "inc.s"\n.globl _start\n_start:\n  adi a0, a0, N\n  li a7, 93\n  ecall\n' } });
    const first = await diagnosticsWhere((p) => p.uri === MAIN && p.version === 1);
    expect(first.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character])).toEqual([['asm/unknown-mnemonic', 3, 2, 5]]);
    // Fix the typo with an incremental edit: insert one 'd'.
    await client.sendNotification('textDocument/didChange', { textDocument: { uri: MAIN, version: 2 }, contentChanges: [{ range: { start: { line: 3, character: 3 }, end: { line: 3, character: 3 } }, text: 'd' }] });
    const fixed = await diagnosticsWhere((p) => p.uri === MAIN && p.version === 2);
    expect(fixed.diagnostics).toEqual([]);
  });

  it('merges a burst of edits into one analysis of the newest text', async () => {
    const before = diagnostics.filter((p) => p.uri === MAIN).length;
    for (let v = 3; v <= 12; v++) {
      await client.sendNotification('textDocument/didChange', { textDocument: { uri: MAIN, version: v }, contentChanges: [{ range: { start: { line: 4, character: 9 }, end: { line: 4, character: 11 } }, text: v % 2 ? '93' : 'xx' }] });
    }
    const last = await diagnosticsWhere((p) => p.uri === MAIN && p.version === 12);
    expect(last.diagnostics.map((d) => d.code)).toEqual(['asm/not-constant']);
    expect(diagnostics.filter((p) => p.uri === MAIN).length - before).toBeLessThan(10);
    await client.sendNotification('textDocument/didChange', { textDocument: { uri: MAIN, version: 13 }, contentChanges: [{ range: { start: { line: 4, character: 9 }, end: { line: 4, character: 11 } }, text: '93' }] });
    expect((await diagnosticsWhere((p) => p.uri === MAIN && p.version === 13)).diagnostics).toEqual([]);
  });

  it('re-analyses the includer when an included file changes', async () => {
    await client.sendNotification('textDocument/didChange', { textDocument: { uri: INC, version: 2 }, contentChanges: [{ text: '.equ M, 5\n' }] });
    const d = await diagnosticsWhere((p) => p.uri === MAIN && p.diagnostics.some((x) => String(x.message).includes("'N'")));
    expect(d.diagnostics[0]!.range.start.line).toBe(3);
    await client.sendNotification('textDocument/didChange', { textDocument: { uri: INC, version: 3 }, contentChanges: [{ text: '.equ N, 5\n' }] });
    await diagnosticsWhere((p) => p.uri === MAIN && p.diagnostics.length === 0 && diagnostics.indexOf(p) > diagnostics.indexOf(d));
  });

  it('shows an included file as its includer sees it (macros defined before the .include)', async () => {
    const part = 'file:///ws/part.s';
    const ctx = 'file:///ws/ctx.s';
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: part, languageId: 'riscv-asm', version: 1, text: '  twice a0\n' } });
    const alone = await diagnosticsWhere((p) => p.uri === part && p.version === 1);
    expect(alone.diagnostics.map((d) => d.code)).toContain('asm/unknown-mnemonic');
    await client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: ctx, languageId: 'riscv-asm', version: 1, text: '.macro twice r\n  add \\r, \\r, \\r\n.endm\n.include "part.s"\n.globl _start\n_start: nop\n' },
    });
    await diagnosticsWhere((p) => p.uri === part && p.diagnostics.length === 0);
    await client.sendNotification('textDocument/didChange', { textDocument: { uri: part, version: 2 }, contentChanges: [{ text: '  twice a0\n  bogus\n' }] });
    const inContext = await diagnosticsWhere((p) => p.uri === part && p.version === 2 && p.diagnostics.length === 1);
    expect(inContext.diagnostics[0]).toMatchObject({ code: 'asm/unknown-mnemonic', range: { start: { line: 1, character: 2 } } });
    const includer = await diagnosticsWhere((p) => p.uri === ctx && p.diagnostics.length === 1);
    expect(includer.diagnostics[0]).toMatchObject({ range: { start: { line: 3, character: 0 } } });
    expect(includer.diagnostics[0]!.relatedInformation![0]).toMatchObject({ location: { uri: part, range: { start: { line: 1, character: 2 } } } });
    await client.sendNotification('textDocument/didClose', { textDocument: { uri: ctx } });
    await client.sendNotification('textDocument/didClose', { textDocument: { uri: part } });
  });

  it('answers pull diagnostics', async () => {
    const r = await client.sendRequest('textDocument/diagnostic', { textDocument: { uri: MAIN } });
    expect(r).toEqual({ kind: 'full', items: [] });
  });

  it('answers hover, completion, definition, references and formatting', async () => {
    const hover = (await client.sendRequest('textDocument/hover', { textDocument: { uri: MAIN }, position: { line: 4, character: 6 } })) as { contents: { value: string } };
    expect(hover.contents.value).toContain('ecall 93: exit');
    const completion = (await client.sendRequest('textDocument/completion', { textDocument: { uri: MAIN }, position: { line: 3, character: 8 } })) as Array<{ label: string }>;
    expect(completion.map((c) => c.label)).toContain('a0');
    const def = (await client.sendRequest('textDocument/definition', { textDocument: { uri: MAIN }, position: { line: 3, character: 15 } })) as Array<{ uri: string; range: unknown }>;
    expect(def).toEqual([{ uri: INC, range: { start: { line: 0, character: 5 }, end: { line: 0, character: 6 } } }]);
    const refs = (await client.sendRequest('textDocument/references', { textDocument: { uri: MAIN }, position: { line: 2, character: 2 }, context: { includeDeclaration: true } })) as unknown[];
    expect(refs).toHaveLength(2);
    const edits = (await client.sendRequest('textDocument/formatting', { textDocument: { uri: MAIN }, options: { tabSize: 8, insertSpaces: true } })) as Array<{ newText: string }>;
    // The settings the client answered for this resource (mnemonic column 4, width 6) are used.
    expect(edits.map((e) => e.newText)).toEqual(['    .include "inc.s"', '    .globl _start', '    addi  a0, a0, N', '    li    a7, 93', '    ecall']);
  });

  it('refuses to rename a register with a ResponseError', async () => {
    await expect(client.sendRequest('textDocument/prepareRename', { textDocument: { uri: MAIN }, position: { line: 3, character: 8 } })).rejects.toThrow(/register/);
    const edit = (await client.sendRequest('textDocument/rename', { textDocument: { uri: MAIN }, position: { line: 2, character: 2 }, newName: 'entry' })) as { changes: Record<string, unknown[]> };
    expect(Object.keys(edit.changes)).toEqual([MAIN]);
  });

  it('answers empty for unknown documents and positions past the end', async () => {
    const unknown = { textDocument: { uri: 'file:///nowhere.s' }, position: { line: 5, character: 5 } };
    expect(await client.sendRequest('textDocument/hover', unknown)).toBeNull();
    expect(await client.sendRequest('textDocument/definition', unknown)).toEqual([]);
    expect(await client.sendRequest('textDocument/completion', unknown)).toEqual([]);
    const past = { textDocument: { uri: MAIN }, position: { line: 9999, character: 9999 } };
    expect(await client.sendRequest('textDocument/hover', past)).toBeNull();
    expect(await client.sendRequest('textDocument/completion', past)).toEqual([]);
    expect(await client.sendRequest('textDocument/references', { ...past, context: { includeDeclaration: true } })).toEqual([]);
    expect(await client.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: 'file:///nowhere.s' } })).toEqual({ data: [] });
  });

  it('clears diagnostics when a document closes', async () => {
    await client.sendNotification('textDocument/didClose', { textDocument: { uri: MAIN } });
    await diagnosticsWhere((p) => p.uri === MAIN && p.version === undefined && p.diagnostics.length === 0);
  });
});
