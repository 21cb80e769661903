// For each capability a server can advertise, the request(s) a client sends for it, with
// parameters drawn at random: positions inside the text, past its end, negative, huge; ranges
// backwards; unknown URIs. `requestsFor` fails on a capability it does not know, so a new
// feature cannot escape the fuzz test unnoticed.
import type { Diagnostic, Position, Range, ServerCapabilities } from 'vscode-languageserver-protocol/node';
import type { Rng } from './fuzz-gen.js';

export interface FuzzTarget {
  uri: string;
  text: string;
  diagnostics: Diagnostic[];
}

export interface FuzzRequest {
  method: string;
  params: unknown;
  /** A follow-up on the answer (resolve requests), when the answer has something to resolve. */
  then?: (result: unknown) => FuzzRequest | undefined;
}

type Builder = (r: Rng, t: FuzzTarget, caps: ServerCapabilities) => FuzzRequest[];

export const UNKNOWN_URIS = ['file:///nonexistent/ghost.s', 'untitled:Untitled-1', 'http://example.com/x.s', 'file:///', 'not a uri', ''];

export function position(r: Rng, text: string): Position {
  const lines = text.split('\n');
  const roll = r.int(20);
  if (roll < 14) {
    const line = r.int(lines.length);
    return { line, character: r.int((lines[line]?.length ?? 0) + 2) };
  }
  if (roll < 17) return { line: lines.length + r.int(5), character: r.int(10) }; // past the end
  if (roll < 19) return { line: r.int(lines.length), character: 1_000_000 + r.int(1000) }; // past the line
  return { line: r.chance(0.5) ? -1 : 2 ** 31 - 1, character: r.chance(0.5) ? -1 : 2 ** 31 - 1 }; // nonsense
}

export function range(r: Rng, text: string): Range {
  const a = position(r, text);
  const b = position(r, text);
  return r.chance(0.8) && (a.line < b.line || (a.line === b.line && a.character <= b.character)) ? { start: a, end: b } : { start: b, end: a };
}

const doc = (t: FuzzTarget) => ({ textDocument: { uri: t.uri } });
const at = (r: Rng, t: FuzzTarget) => ({ ...doc(t), position: position(r, t.text) });
const NAMES = ['x', 'loop', 'new_name', '1f', 'a0', '', '.text', '9bad', 'ünïcode', 'a b', 'x'.repeat(300)];
const resolveFirst = (method: string) => (result: unknown): FuzzRequest | undefined => {
  const items = Array.isArray(result) ? result : (result as { items?: unknown[] } | null)?.items;
  return items?.length ? { method, params: items[0] } : undefined;
};

const BUILDERS: Partial<Record<keyof ServerCapabilities, Builder>> = {
  textDocumentSync: () => [],
  positionEncoding: () => [],
  hoverProvider: (r, t) => [{ method: 'textDocument/hover', params: at(r, t) }],
  completionProvider: (r, t, caps) => {
    const trigger = r.pick([undefined, ...(caps.completionProvider?.triggerCharacters ?? [])]);
    return [{
      method: 'textDocument/completion',
      params: { ...at(r, t), context: trigger ? { triggerKind: 2, triggerCharacter: trigger } : { triggerKind: 1 } },
      then: caps.completionProvider?.resolveProvider ? resolveFirst('completionItem/resolve') : undefined,
    }];
  },
  signatureHelpProvider: (r, t) => [{ method: 'textDocument/signatureHelp', params: { ...at(r, t), context: { triggerKind: 1, isRetrigger: false } } }],
  definitionProvider: (r, t) => [{ method: 'textDocument/definition', params: at(r, t) }],
  declarationProvider: (r, t) => [{ method: 'textDocument/declaration', params: at(r, t) }],
  typeDefinitionProvider: (r, t) => [{ method: 'textDocument/typeDefinition', params: at(r, t) }],
  implementationProvider: (r, t) => [{ method: 'textDocument/implementation', params: at(r, t) }],
  referencesProvider: (r, t) => [{ method: 'textDocument/references', params: { ...at(r, t), context: { includeDeclaration: r.chance(0.5) } } }],
  documentHighlightProvider: (r, t) => [{ method: 'textDocument/documentHighlight', params: at(r, t) }],
  documentSymbolProvider: (_r, t) => [{ method: 'textDocument/documentSymbol', params: doc(t) }],
  workspaceSymbolProvider: (r, _t, caps) => {
    const resolve = typeof caps.workspaceSymbolProvider === 'object' && caps.workspaceSymbolProvider.resolveProvider;
    return [{ method: 'workspace/symbol', params: { query: r.pick(['', 'a', '_start', 'loop', '.', '*', 'zz'.repeat(50)]) }, then: resolve ? resolveFirst('workspaceSymbol/resolve') : undefined }];
  },
  codeActionProvider: (r, t, caps) => {
    const resolve = typeof caps.codeActionProvider === 'object' && caps.codeActionProvider.resolveProvider;
    const diagnostics = r.chance(0.7) ? t.diagnostics : t.diagnostics.slice(0, 1);
    const rg = r.chance(0.6) && diagnostics.length ? r.pick(diagnostics).range : range(r, t.text);
    return [{ method: 'textDocument/codeAction', params: { ...doc(t), range: rg, context: { diagnostics, triggerKind: r.pick([1, 2]) } }, then: resolve ? resolveFirst('codeAction/resolve') : undefined }];
  },
  codeLensProvider: (_r, t, caps) => [{ method: 'textDocument/codeLens', params: doc(t), then: caps.codeLensProvider?.resolveProvider ? resolveFirst('codeLens/resolve') : undefined }],
  documentLinkProvider: (_r, t, caps) => [{ method: 'textDocument/documentLink', params: doc(t), then: caps.documentLinkProvider?.resolveProvider ? resolveFirst('documentLink/resolve') : undefined }],
  documentFormattingProvider: (r, t) => [{ method: 'textDocument/formatting', params: { ...doc(t), options: { tabSize: r.pick([2, 4, 8]), insertSpaces: r.chance(0.5) } } }],
  documentRangeFormattingProvider: (r, t) => [{ method: 'textDocument/rangeFormatting', params: { ...doc(t), range: range(r, t.text), options: { tabSize: 8, insertSpaces: true } } }],
  documentOnTypeFormattingProvider: (r, t, caps) => [{
    method: 'textDocument/onTypeFormatting',
    params: { ...at(r, t), ch: caps.documentOnTypeFormattingProvider?.firstTriggerCharacter ?? '\n', options: { tabSize: 8, insertSpaces: true } },
  }],
  renameProvider: (r, t, caps) => {
    const p = at(r, t);
    const out: FuzzRequest[] = [{ method: 'textDocument/rename', params: { ...p, newName: r.pick(NAMES) } }];
    if (typeof caps.renameProvider === 'object' && caps.renameProvider.prepareProvider) out.push({ method: 'textDocument/prepareRename', params: p });
    return out;
  },
  foldingRangeProvider: (_r, t) => [{ method: 'textDocument/foldingRange', params: doc(t) }],
  selectionRangeProvider: (r, t) => [{ method: 'textDocument/selectionRange', params: { ...doc(t), positions: [position(r, t.text), position(r, t.text)] } }],
  linkedEditingRangeProvider: (r, t) => [{ method: 'textDocument/linkedEditingRange', params: at(r, t) }],
  semanticTokensProvider: (r, t, caps) => {
    const o = caps.semanticTokensProvider!;
    const out: FuzzRequest[] = [];
    if (o.full) {
      out.push({
        method: 'textDocument/semanticTokens/full',
        params: doc(t),
        then: typeof o.full === 'object' && o.full.delta
          ? (res) => ({ method: 'textDocument/semanticTokens/full/delta', params: { ...doc(t), previousResultId: (res as { resultId?: string } | null)?.resultId ?? 'none' } })
          : undefined,
      });
    }
    if (o.range) out.push({ method: 'textDocument/semanticTokens/range', params: { ...doc(t), range: range(r, t.text) } });
    return out;
  },
  inlayHintProvider: (r, t, caps) => {
    const resolve = typeof caps.inlayHintProvider === 'object' && 'resolveProvider' in caps.inlayHintProvider && caps.inlayHintProvider.resolveProvider;
    return [{ method: 'textDocument/inlayHint', params: { ...doc(t), range: range(r, t.text) }, then: resolve ? resolveFirst('inlayHint/resolve') : undefined }];
  },
  diagnosticProvider: (r, t) => [{ method: 'textDocument/diagnostic', params: { ...doc(t), previousResultId: r.chance(0.2) ? 'stale' : undefined } }],
  callHierarchyProvider: (r, t) => [{ method: 'textDocument/prepareCallHierarchy', params: at(r, t) }],
  typeHierarchyProvider: (r, t) => [{ method: 'textDocument/prepareTypeHierarchy', params: at(r, t) }],
  monikerProvider: (r, t) => [{ method: 'textDocument/moniker', params: at(r, t) }],
  colorProvider: (_r, t) => [{ method: 'textDocument/documentColor', params: doc(t) }],
  inlineValueProvider: (r, t) => [{ method: 'textDocument/inlineValue', params: { ...doc(t), range: range(r, t.text), context: { frameId: 1, stoppedLocation: range(r, t.text) } } }],
  // Commands act on the editor (run, debug): the client executes them, the fuzz test does not.
  executeCommandProvider: () => [],
  workspace: () => [],
  experimental: () => [],
};

/** Capabilities advertised that no builder covers: the test fails on these. */
export function unfuzzable(caps: ServerCapabilities): string[] {
  return Object.keys(caps).filter((k) => (caps as Record<string, unknown>)[k] && !(k in BUILDERS));
}

export function requestsFor(r: Rng, t: FuzzTarget, caps: ServerCapabilities): FuzzRequest[] {
  const out: FuzzRequest[] = [];
  for (const [cap, build] of Object.entries(BUILDERS) as [keyof ServerCapabilities, Builder][]) {
    if (caps[cap]) out.push(...build(r, t, caps));
  }
  return out;
}
