// The server's life over stdio: what it advertises at initialize (every capability the issue
// asks for), the orderly end (shutdown, then exit: status 0), an exit without shutdown (status 1,
// as the protocol says), requests after shutdown, and a client that disappears.
import { CancellationTokenSource, ErrorCodes, LSPErrorCodes, type ServerCapabilities, type SemanticTokensOptions, TextDocumentSyncKind } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspSession } from './support/session.js';

describe('initialize', () => {
  let s: LspSession;
  beforeAll(async () => {
    s = await LspSession.start();
  });
  afterAll(() => s?.dispose());

  it('names itself and syncs incrementally', () => {
    expect(s.initializeResult?.serverInfo?.name).toBe('tessera-lsp');
    const sync = s.capabilities.textDocumentSync;
    expect(typeof sync === 'object' ? sync.change : sync).toBe(TextDocumentSyncKind.Incremental);
    expect(typeof sync === 'object' ? sync.openClose : true).toBe(true);
  });

  // The features, each by the capability a client looks for before asking.
  const REQUIRED: (keyof ServerCapabilities)[] = [
    'diagnosticProvider', 'hoverProvider', 'completionProvider', 'signatureHelpProvider', 'definitionProvider',
    'declarationProvider', 'referencesProvider', 'documentHighlightProvider', 'renameProvider', 'documentSymbolProvider',
    'workspaceSymbolProvider', 'semanticTokensProvider', 'foldingRangeProvider', 'inlayHintProvider', 'codeLensProvider',
    'documentFormattingProvider', 'codeActionProvider',
  ];
  it.each(REQUIRED)('advertises %s', (cap) => {
    expect(s.capabilities[cap], `${cap} in ${JSON.stringify(s.capabilities)}`).toBeTruthy();
  });

  it('completes directives after "." and operands after "," / "%"; signature help on "," and space', () => {
    expect(s.capabilities.completionProvider?.triggerCharacters).toEqual(expect.arrayContaining(['.', '%']));
    expect(s.capabilities.signatureHelpProvider?.triggerCharacters?.length).toBeGreaterThan(0);
  });

  it('checks a rename before doing it (prepareRename), so numeric labels and registers are refused up front', () => {
    const rename = s.capabilities.renameProvider;
    expect(typeof rename === 'object' && rename.prepareProvider).toBe(true);
  });

  it('has a semantic-token legend with every token type the issue names, in some form', () => {
    const legend = (s.capabilities.semanticTokensProvider as SemanticTokensOptions | undefined)?.legend;
    expect(legend).toBeDefined();
    // The list, mapped to how a legend may spell each (standard types where they exist).
    const wanted: Record<string, RegExp> = {
      mnemonic: /mnemonic|keyword|function/i,
      pseudo: /pseudo|macro|function/i,
      register: /register|variable/i,
      label: /label/i,
      symbol: /symbol|variable|constant|enumMember/i,
      directive: /directive|keyword/i,
      number: /number/i,
      string: /string/i,
      comment: /comment/i,
      macro: /macro/i,
      'macro parameter': /parameter/i,
    };
    for (const [what, re] of Object.entries(wanted)) expect(legend!.tokenTypes.some((t) => re.test(t)), what).toBe(true);
  });

  it('asks for the tessera settings of each document (workspace/configuration, per resource)', async () => {
    const uri = 'file:///tmp/tessera-lifecycle-settings.s';
    await s.open(uri, '\tnop\n');
    await s.diagnostics(uri, 1);
    const items = s.configurationRequests.flat();
    expect(items).toContainEqual({ scopeUri: uri, section: 'tessera' });
    await s.close(uri);
  });
});

describe('cancellation', () => {
  it('a cancelled request is answered (its result or RequestCancelled) and the server goes on', async () => {
    const s = await LspSession.start({ settings: { tessera: { diagnosticsDelay: 0 } } });
    const uri = 'file:///tmp/tessera-cancel.s';
    const text = Array.from({ length: 20_000 }, (_, i) => `l${i}:\taddi a0, a0, ${i % 2000}`).join('\n');
    await s.open(uri, text);
    const source = new CancellationTokenSource();
    // Asked before the analysis is back, then cancelled at once: the server may drop it or finish it.
    const pending = s.request('textDocument/documentSymbol', { textDocument: { uri } }, undefined, source.token).then(
      (r) => (Array.isArray(r) ? 'answered' : 'empty'),
      (e: { code?: number }) => e.code,
    );
    source.cancel();
    expect(['answered', 'empty', LSPErrorCodes.RequestCancelled, LSPErrorCodes.ServerCancelled]).toContain(await pending);
    const h = await s.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 5 } });
    expect(JSON.stringify(h)).toMatch(/addi/);
    expect(await s.shutdown()).toEqual({ code: 0, signal: null });
    expect(s.protocolErrors).toEqual([]);
  });
});

describe('shutdown and exit', () => {
  it('shutdown then exit: the process ends with status 0', async () => {
    const s = await LspSession.start();
    await s.open('file:///tmp/tessera-exit.s', '\tadi a0, a0, 1\n');
    await s.diagnostics('file:///tmp/tessera-exit.s', 1);
    expect(await s.shutdown()).toEqual({ code: 0, signal: null });
  });

  // The protocol says requests after shutdown fail with InvalidRequest; exit still ends cleanly.
  it('a request after shutdown fails with InvalidRequest, and exit still ends with 0', async () => {
    const s = await LspSession.start();
    await s.request('shutdown', undefined);
    for (const [method, params] of [
      ['textDocument/diagnostic', { textDocument: { uri: 'file:///x.s' } }],
      ['textDocument/hover', { textDocument: { uri: 'file:///x.s' }, position: { line: 0, character: 0 } }],
      ['workspace/symbol', { query: '' }],
    ] as const) {
      const answer = await s.request(method, params).then(() => undefined, (e: { code?: number }) => e);
      expect(answer?.code, method).toBe(ErrorCodes.InvalidRequest);
    }
    const exited = s.expectExit();
    await s.connection.sendNotification('exit');
    expect(await exited).toEqual({ code: 0, signal: null });
    s.dispose();
  });

  it('exit without shutdown ends with status 1', async () => {
    const s = await LspSession.start();
    const exited = s.expectExit();
    await s.connection.sendNotification('exit');
    expect(await exited).toEqual({ code: 1, signal: null });
    s.dispose();
  });

  it('ends by itself when the client goes away (stdin closed)', async () => {
    const s = await LspSession.start();
    const exited = s.expectExit();
    s.process.stdin.end();
    const { code, signal } = await exited;
    expect(signal).toBeNull();
    expect(typeof code).toBe('number');
    s.dispose();
  });
});
