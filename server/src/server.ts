// The server's wiring: a vscode-languageserver connection, the open documents (incremental sync),
// the workspace cache, and one guarded handler per LSP request. No handler can take the server
// down: a failure is logged to the client's console and answered with an empty result.

import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { uriToPath } from './convert.js';
import { parseSettings, type TesseraSettings } from './settings.js';
import { Workspace } from './analysis/workspace.js';
import { FolderIndex } from './analysis/folder-index.js';
import type { DocumentAnalysis } from './analysis/analyze.js';
import { documentDiagnostics } from './features/diagnostics.js';
import { warmCompletion } from './features/completion.js';
import { registerFeatures, featureCapabilities } from './features/index.js';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  workspace: Workspace;
  /** Runs a handler, turning a throw into `fallback` (or rethrowing a ResponseError) and logging it. */
  guard<T>(what: string, fallback: T, body: () => T | Promise<T>): Promise<T>;
  /** Symbols of the workspace folders' assembly files, for workspace/symbol. */
  folderIndex: FolderIndex;
  /** The analysis for a request: current if the document is open, undefined for unknown URIs. */
  analysisFor(uri: string, token?: CancellationToken): Promise<DocumentAnalysis | undefined>;
}

export function startServer(connection: Connection): ServerContext {
  const documents = new TextDocuments(TextDocument);
  let configurationCapable = false;
  let watchCapable = false;
  let refreshCapable = false;
  let pullOnly = false;
  let initSettings: unknown;
  let folders: string[] = [];
  let globalSettings: unknown;

  const log = (message: string): void => {
    try {
      connection.console.error(message);
    } catch {
      // The connection itself is gone: nothing left to tell.
    }
  };

  const workspace = new Workspace({
    document: (uri) => documents.get(uri),
    documents: () => documents.all(),
    folders: () => folders,
    log,
    async settings(uri) {
      if (configurationCapable) {
        try {
          // A client that never answers must not stop analysis: after 2 s the defaults apply.
          let timer: NodeJS.Timeout | undefined;
          const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), 2000)));
          const raw: unknown = await Promise.race([connection.workspace.getConfiguration({ scopeUri: uri, section: 'tessera' }), late]);
          clearTimeout(timer);
          if (raw !== undefined) return parseSettings(raw);
          log('workspace/configuration got no answer within 2 s: using the initial settings');
        } catch (err) {
          log(`workspace/configuration failed: ${String(err)}`);
        }
      }
      return parseSettings(globalSettings ?? initSettings);
    },
    analysed(a) {
      publish(a);
      // The first completion after an edit should not pay for listing thousands of labels.
      setImmediate(() => {
        if (workspace.latestAnalysis(a.uri) === a) guardSync('completion warm-up', () => warmCompletion(a));
      });
      // Open files this one includes are shown as this analysis sees them (in context).
      for (const d of documents.all()) {
        if (d.uri === a.uri || !a.includedFiles.has(uriToPath(d.uri))) continue;
        const inc = workspace.latestAnalysis(d.uri);
        if (inc) publish(inc);
      }
    },
  });

  /** An open document that includes this one, whose analysis sees it in context. */
  const includerOf = (a: DocumentAnalysis): DocumentAnalysis | undefined => workspace.all().find((x) => x.uri !== a.uri && x.includedFiles.has(a.path));
  const diagnosticsOf = (a: DocumentAnalysis): Diagnostic[] => documentDiagnostics(a, includerOf(a));
  function publish(a: DocumentAnalysis): void {
    if (pullOnly) {
      // A pulling client asks again when told that something (an include, a setting) changed.
      if (refreshCapable) void connection.languages.diagnostics.refresh().catch(() => undefined);
      return;
    }
    void connection.sendDiagnostics({ uri: a.uri, version: a.version, diagnostics: diagnosticsOf(a) }).catch((err: unknown) => log(`publishDiagnostics failed: ${String(err)}`));
  }

  const guardSync = (what: string, body: () => void): void => {
    try {
      body();
    } catch (err) {
      log(`${what} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  };

  // After `shutdown` the protocol wants every request but `exit` refused with InvalidRequest.
  let shutDown = false;
  const guard = async <T>(what: string, fallback: T, body: () => T | Promise<T>): Promise<T> => {
    if (shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, `${what}: the server has been shut down`);
    try {
      return await body();
    } catch (err) {
      if (err instanceof ResponseError) throw err;
      log(`${what} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return fallback;
    }
  };

  const ctx: ServerContext = {
    connection,
    documents,
    workspace,
    guard,
    folderIndex: new FolderIndex(() => folders),
    analysisFor: async (uri, token) => (documents.get(uri) ? workspace.current(uri, token) : undefined),
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    configurationCapable = caps.workspace?.configuration === true;
    watchCapable = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    refreshCapable = caps.workspace?.diagnostics?.refreshSupport === true;
    initSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings ?? params.initializationOptions;
    const tessera = (initSettings as { tessera?: unknown } | undefined)?.tessera;
    if (tessera !== undefined) initSettings = tessera;
    // A client that pulls diagnostics gets them that way only, so it never sees two copies.
    pullOnly = caps.textDocument?.diagnostic !== undefined && (params.initializationOptions as { pushDiagnostics?: boolean } | undefined)?.pushDiagnostics === false;
    folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri));
    if (folders.length === 0 && params.rootUri) folders = [uriToPath(params.rootUri)];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false },
        ...featureCapabilities(),
      },
      serverInfo: { name: 'tessera-lsp', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (configurationCapable) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'tessera' }).catch(() => undefined);
    }
    // Included files change on disk too (another editor, git): their includers are re-analysed.
    if (watchCapable) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{s,S,asm,inc,h}' }] })
        .catch(() => undefined);
    }
  });

  connection.onDidChangeConfiguration((change) => {
    const s = (change.settings as { tessera?: unknown } | undefined)?.tessera;
    if (s !== undefined) globalSettings = s;
    workspace.settingsChanged();
  });

  connection.onDidChangeWatchedFiles((params) => {
    for (const c of params.changes) workspace.fileChanged(uriToPath(c.uri));
  });

  documents.onDidOpen((e) => workspace.schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => workspace.changed(e.document.uri));
  documents.onDidClose((e) => {
    workspace.closed(e.document.uri);
    if (!pullOnly) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(() => undefined);
  });

  connection.languages.diagnostics.on((params, token) =>
    guard('pull diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, async () => {
      const a = await ctx.analysisFor(params.textDocument.uri, token);
      return { kind: DocumentDiagnosticReportKind.Full, items: a ? diagnosticsOf(a) : [] };
    }),
  );

  registerFeatures(ctx);

  connection.onShutdown(() => {
    shutDown = true;
  });
  documents.listen(connection);
  return ctx;
}


export type { TesseraSettings };
