// Every LSP feature beyond diagnostics: what the server advertises, and the guarded handlers
// behind it. Requests for unknown URIs or positions past the end answer empty, never throw.

import type { AnalysisMacro } from '@tessera/vm-core';
import type { CompletionList, ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from '../server.js';
import { editorLines, type DocumentAnalysis } from '../analysis/analyze.js';
import { codeActions } from './code-actions.js';
import { complete } from './completion.js';
import { formatText } from './formatting.js';
import { hover } from './hover.js';
import { definition, highlights, prepareRename, references, rename } from './navigation.js';
import { codeLenses, DEBUG_COMMAND, foldingRanges, inlayHints, RUN_COMMAND } from './presentation.js';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './semantic-tokens.js';
import { signatureHelp } from './signature.js';
import { documentSymbols, workspaceSymbols } from './symbols.js';

export { SEMANTIC_TOKENS_LEGEND, TOKEN_TYPES, TOKEN_MODIFIERS, TOKEN_SUPERTYPES } from './semantic-tokens.js';
export { RUN_COMMAND, DEBUG_COMMAND } from './presentation.js';

/** Commands the code lenses name; the client registers them (the server does not execute them). */
export const CLIENT_COMMANDS = [RUN_COMMAND, DEBUG_COMMAND] as const;

export function featureCapabilities(): ServerCapabilities {
  return {
    hoverProvider: true,
    completionProvider: { triggerCharacters: ['.', '%', ',', '(', '\\'], resolveProvider: false },
    signatureHelpProvider: { triggerCharacters: [' ', ',', '\t'], retriggerCharacters: [','] },
    definitionProvider: true,
    declarationProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    renameProvider: { prepareProvider: true },
    documentSymbolProvider: true,
    workspaceSymbolProvider: true,
    semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true },
    foldingRangeProvider: true,
    inlayHintProvider: true,
    codeLensProvider: { resolveProvider: false },
    documentFormattingProvider: true,
    codeActionProvider: { codeActionKinds: ['quickfix', 'refactor.rewrite'] },
  };
}

/** The macro whose body holds a 0-based line, for `\param` completion. */
function macroAround(a: DocumentAnalysis | undefined, line: number): AnalysisMacro | undefined {
  if (!a) return undefined;
  let best: AnalysisMacro | undefined;
  for (const m of a.analysis.macros) if (m.range.file === a.path && m.range.start.line - 1 < line && (!best || m.range.start.line > best.range.start.line)) best = m;
  if (!best) return undefined;
  for (let l = best.range.start.line; l < line; l++) if (/^\s*\.endm\b/.test(a.lineText(l))) return undefined;
  return best;
}

export function registerFeatures(ctx: ServerContext): void {
  const { connection, documents, workspace, guard } = ctx;
  const at = ctx.analysisFor;
  const lineOf = (uri: string, line: number): string | undefined => {
    const doc = documents.get(uri);
    if (!doc || line < 0 || line >= doc.lineCount) return undefined;
    return doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
  };

  connection.onHover((p, token) => guard('hover', null, async () => {
    const a = await at(p.textDocument.uri, token);
    return a && p.position.line < a.lineCount ? hover(a, p.position) : null;
  }));

  // Completion reads the live line and the last analysis: it never waits for an assembly.
  connection.onCompletion((p) => guard('completion', [] as CompletionList['items'], () => {
    const line = lineOf(p.textDocument.uri, p.position.line);
    if (line === undefined) return [];
    const a = workspace.latestAnalysis(p.textDocument.uri);
    return complete(line, p.position, a, (l) => macroAround(a, l));
  }));

  connection.onSignatureHelp((p) => guard('signature help', null, () => {
    const line = lineOf(p.textDocument.uri, p.position.line);
    if (line === undefined) return null;
    return signatureHelp(line, p.position, workspace.latestAnalysis(p.textDocument.uri)?.analysis.macros ?? []);
  }));

  connection.onDefinition((p, token) => guard('definition', [], async () => {
    const a = await at(p.textDocument.uri, token);
    return a ? definition(a, p.position) : [];
  }));
  connection.onDeclaration((p, token) => guard('declaration', [], async () => {
    const a = await at(p.textDocument.uri, token);
    return a ? definition(a, p.position) : [];
  }));
  connection.onReferences((p, token) => guard('references', [], async () => {
    const a = await at(p.textDocument.uri, token);
    return a ? references(a, p.position, p.context.includeDeclaration) : [];
  }));
  connection.onDocumentHighlight((p, token) => guard('document highlight', [], async () => {
    const a = await at(p.textDocument.uri, token);
    return a ? highlights(a, p.position) : [];
  }));
  connection.onPrepareRename((p, token) => guard('prepare rename', null, async () => {
    const a = await at(p.textDocument.uri, token);
    return a ? prepareRename(a, p.position) : null;
  }));
  connection.onRenameRequest((p, token) => guard('rename', null, async () => {
    const a = await at(p.textDocument.uri, token);
    return a ? rename(a, p.position, p.newName) : null;
  }));

  connection.onDocumentSymbol((p, token) => guard('document symbols', [], async () => {
    const a = await at(p.textDocument.uri, token);
    return a ? documentSymbols(a) : [];
  }));
  connection.onWorkspaceSymbol((p) => guard('workspace symbols', [], () => workspaceSymbols(workspace.all(), p.query, ctx.folderIndex.symbols())));

  connection.languages.semanticTokens.on((p, token) => guard('semantic tokens', { data: [] }, async () => {
    const a = await at(p.textDocument.uri, token);
    return a ? semanticTokens(a) : { data: [] };
  }));
  connection.languages.semanticTokens.onRange((p, token) => guard('semantic tokens (range)', { data: [] }, async () => {
    const a = await at(p.textDocument.uri, token);
    return a ? semanticTokens(a, p.range) : { data: [] };
  }));
  connection.onFoldingRanges((p, token) => guard('folding ranges', [], async () => {
    const a = await at(p.textDocument.uri, token);
    return a ? foldingRanges(a) : [];
  }));
  connection.languages.inlayHint.on((p, token) => guard('inlay hints', [], async () => {
    const a = await at(p.textDocument.uri, token);
    return a ? inlayHints(a, p.range) : [];
  }));
  connection.onCodeLens((p, token) => guard('code lens', [], async () => {
    const a = await at(p.textDocument.uri, token);
    return a ? codeLenses(a) : [];
  }));

  connection.onDocumentFormatting((p, token) => guard('formatting', [], async () => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return [];
    const settings = await workspace.settings(p.textDocument.uri);
    const a = workspace.latestAnalysis(p.textDocument.uri) ?? (await at(p.textDocument.uri, token));
    return formatText(editorLines(doc.getText()), { settings: settings.formatting, macros: new Set(a?.analysis.macros.map((m) => m.name) ?? []) });
  }));

  connection.onCodeAction((p, token) => guard('code actions', [], async () => {
    const a = await at(p.textDocument.uri, token);
    return a ? codeActions(a, p.range, p.context.diagnostics) : [];
  }));
}
