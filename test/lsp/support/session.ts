// A real LSP client session against the real server process: `node server/bin/tessera-lsp.js
// --stdio`, spoken to with vscode-languageserver-protocol over the child's pipes. Everything waits
// on messages — a diagnostics wait is a promise resolved by the publishDiagnostics notification
// for that URI — and every wait is bounded, so a hung server fails the test with what it printed
// instead of stalling the run. A server that dies unasked rejects every pending wait at once.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  CodeLensRefreshRequest,
  ConfigurationRequest,
  DiagnosticRefreshRequest,
  FoldingRangeRefreshRequest,
  InlayHintRefreshRequest,
  InlineValueRefreshRequest,
  SemanticTokensRefreshRequest,
  ShowDocumentRequest,
  ShowMessageRequest,
  WorkDoneProgressCreateRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  UnregistrationRequest,
  WorkspaceFoldersRequest,
  type CancellationToken,
  type ClientCapabilities,
  type FileEvent,
  type InitializeResult,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type ServerCapabilities,
  type TextDocumentContentChangeEvent,
  type WorkspaceFolder,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ensureServerBuilt, ROOT, SERVER_BIN } from './build.js';
import { vscodeLikeCapabilities } from './capabilities.js';

export const LANGUAGE_ID = 'riscv-asm';

/** Settings as a client stores them: `{ tessera: { environment: 'openvm', formatting: {...} } }`. */
export type SettingsTree = Record<string, unknown>;

export interface SessionOptions {
  /** Workspace folders (paths); the first is the root. */
  folders?: string[];
  /** Settings answered to workspace/configuration; `settingsFor` overrides them per resource. */
  settings?: SettingsTree;
  settingsFor?: (scopeUri: string | undefined) => SettingsTree | undefined;
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
  /** Bound on every wait, in milliseconds (default 20 s: generous on a loaded 2-core machine). */
  timeoutMs?: number;
  /** Extra node flags, e.g. `--max-old-space-size=…`. */
  nodeArgs?: string[];
}

export interface ServerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface DiagnosticsWaiter {
  uri: string;
  accept: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: PublishDiagnosticsParams) => void;
  reject: (e: Error) => void;
}

const CLIENT_REQUESTS = [
  WorkDoneProgressCreateRequest.method,
  ShowMessageRequest.method,
  ShowDocumentRequest.method,
  ApplyWorkspaceEditRequest.method,
  SemanticTokensRefreshRequest.method,
  InlayHintRefreshRequest.method,
  CodeLensRefreshRequest.method,
  DiagnosticRefreshRequest.method,
  FoldingRangeRefreshRequest.method,
  InlineValueRefreshRequest.method,
];

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

export class ServerDiedError extends Error {}

export class LspSession {
  readonly process: ChildProcessWithoutNullStreams;
  readonly connection: ProtocolConnection;
  readonly timeoutMs: number;
  /** Every publishDiagnostics, in arrival order. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: LogMessageParams[] = [];
  readonly registrations: Registration[] = [];
  /** Errors reading the server's output (anything on stdout that is not a well-formed LSP message). */
  readonly protocolErrors: string[] = [];
  /** Methods of the other server-to-client requests received, in order. */
  readonly clientRequests: string[] = [];
  /** workspace/configuration requests received (their items), in order. */
  readonly configurationRequests: { scopeUri?: string; section?: string }[][] = [];
  initializeResult: InitializeResult | undefined;
  stderr = '';
  settings: SettingsTree;
  private readonly settingsFor?: SessionOptions['settingsFor'];
  private readonly documents = new Map<string, TextDocument>();
  private readonly waiters = new Set<DiagnosticsWaiter>();
  private readonly folders: WorkspaceFolder[];
  private exit: ServerExit | undefined;
  private readonly exited: Promise<ServerExit>;
  private shuttingDown = false;

  private constructor(options: SessionOptions) {
    ensureServerBuilt();
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.settings = options.settings ?? {};
    this.settingsFor = options.settingsFor;
    this.folders = (options.folders ?? []).map((p) => ({ uri: fileUri(p), name: p.split('/').pop() ?? p }));
    this.process = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER_BIN, '--stdio'], { cwd: ROOT, stdio: 'pipe' });
    this.process.stderr.setEncoding('utf8');
    this.process.stderr.on('data', (chunk: string) => {
      // Keep the tail: a crash's stack is at the end, and a chatty server must not grow the test's heap.
      this.stderr = (this.stderr + chunk).slice(-200_000);
    });
    this.exited = new Promise((resolve) => {
      this.process.on('exit', (code, signal) => {
        this.exit = { code, signal };
        if (!this.shuttingDown) this.failAll(new ServerDiedError(`server exited unasked (${this.describeExit()})\n${this.stderrTail()}`));
        resolve(this.exit);
      });
    });
    // A closed pipe after a crash surfaces as EPIPE on write: the exit event reports the real cause.
    this.process.stdin.on('error', () => {});
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onError(([error]) => {
      this.protocolErrors.push(error.message);
    });
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => this.onDiagnostics(p));
    this.connection.onNotification(LogMessageNotification.type, (p) => {
      this.logs.push(p);
    });
    this.connection.onNotification(ShowMessageNotification.type, (p) => {
      this.logs.push(p);
    });
    this.connection.onRequest(ConfigurationRequest.type, (p) => {
      this.configurationRequests.push(p.items);
      return p.items.map((item) => this.configuration(item.scopeUri, item.section));
    });
    this.connection.onRequest(RegistrationRequest.type, (p) => {
      this.registrations.push(...p.registrations);
    });
    this.connection.onRequest(UnregistrationRequest.type, () => undefined);
    this.connection.onRequest(WorkspaceFoldersRequest.type, () => (this.folders.length ? this.folders : null));
    // What else a server may ask of VS Code: acknowledged (and counted, for tests that expect a refresh).
    for (const method of CLIENT_REQUESTS) {
      this.connection.onRequest(method, () => {
        this.clientRequests.push(method);
        return method === ApplyWorkspaceEditRequest.method ? { applied: false, failureReason: 'the test client applies no edits' } : null;
      });
    }
    this.connection.listen();
  }

  static async start(options: SessionOptions = {}): Promise<LspSession> {
    const s = new LspSession(options);
    s.initializeResult = await s.request(InitializeRequest.method, {
      processId: process.pid,
      clientInfo: { name: 'tessera-protocol-tests', version: '1' },
      locale: 'en',
      rootUri: s.folders[0]?.uri ?? null,
      capabilities: options.capabilities ?? vscodeLikeCapabilities(),
      initializationOptions: options.initializationOptions,
      trace: 'off',
      workspaceFolders: s.folders.length ? s.folders : null,
    });
    await s.connection.sendNotification(InitializedNotification.type, {});
    return s;
  }

  get capabilities(): ServerCapabilities {
    if (!this.initializeResult) throw new Error('not initialized');
    return this.initializeResult.capabilities;
  }

  get pid(): number {
    return this.process.pid ?? -1;
  }

  get alive(): boolean {
    return this.exit === undefined;
  }

  // ---- documents ----

  async open(uri: string, text: string, languageId = LANGUAGE_ID): Promise<number> {
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.documents.set(uri, doc);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return 1;
  }

  /** Sends incremental changes (or a full replacement); returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const doc = this.document(uri);
    const next = TextDocument.update(doc, changes, doc.version + 1);
    this.documents.set(uri, next);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: next.version }, contentChanges: changes });
    return next.version;
  }

  /** Replaces the text of `line` (0-based, without its newline) by an incremental edit. */
  async replaceLine(uri: string, line: number, text: string): Promise<number> {
    const old = this.lineText(uri, line);
    return this.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: old.length } }, text }]);
  }

  async replaceAll(uri: string, text: string): Promise<number> {
    return this.change(uri, [{ text }]);
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  document(uri: string): TextDocument {
    const doc = this.documents.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    return doc;
  }

  text(uri: string): string {
    return this.document(uri).getText();
  }

  lineText(uri: string, line: number): string {
    return this.text(uri).split(/\r?\n/)[line] ?? '';
  }

  version(uri: string): number {
    return this.document(uri).version;
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** New settings, announced the way VS Code does (the server pulls them again). */
  async setSettings(settings: SettingsTree): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  // ---- diagnostics ----

  /** The most recent publication for `uri`, if any. */
  latestDiagnostics(uri: string): PublishDiagnosticsParams | undefined {
    for (let i = this.published.length - 1; i >= 0; i--) if (this.published[i]!.uri === uri) return this.published[i];
    return undefined;
  }

  /**
   * Resolves on the publication for `uri` at `version` (already received, or the next to come).
   * A server that merged this version into a later one publishes the later one: accepted too, and
   * its `version` tells.
   */
  diagnostics(uri: string, version = this.version(uri)): Promise<PublishDiagnosticsParams> {
    return this.waitForDiagnostics(uri, (p) => p.version !== undefined && p.version >= version, `version ${version}`, true);
  }

  /** Resolves on the next publication for `uri` that satisfies `accept` (received from now on). */
  nextDiagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, what = 'a publication'): Promise<PublishDiagnosticsParams> {
    return this.waitForDiagnostics(uri, accept, what, false);
  }

  /** Resolves as soon as the latest publication for `uri` satisfies `accept` (maybe already). */
  diagnosticsWhere(uri: string, accept: (p: PublishDiagnosticsParams) => boolean, what = 'the expected diagnostics'): Promise<PublishDiagnosticsParams> {
    return this.waitForDiagnostics(uri, accept, what, true);
  }

  private waitForDiagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean, what: string, includeLatest: boolean): Promise<PublishDiagnosticsParams> {
    if (includeLatest) {
      const latest = this.latestDiagnostics(uri);
      if (latest && accept(latest)) return Promise.resolve(latest);
    }
    if (!this.alive) return Promise.reject(new ServerDiedError(`server is not running (${this.describeExit()})\n${this.stderrTail()}`));
    return new Promise((resolve, reject) => {
      const waiter: DiagnosticsWaiter = { uri, accept, resolve, reject };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const seen = this.published.filter((p) => p.uri === uri).map((p) => `v${p.version ?? '?'}: ${p.diagnostics.length}`);
        reject(new Error(`no diagnostics for ${uri} (${what}) within ${this.timeoutMs} ms; publications seen: [${seen.join(', ')}]\n${this.stderrTail()}`));
      }, this.timeoutMs);
      waiter.resolve = (p) => {
        clearTimeout(timer);
        resolve(p);
      };
      waiter.reject = (e) => {
        clearTimeout(timer);
        reject(e);
      };
      this.waiters.add(waiter);
    });
  }

  private onDiagnostics(p: PublishDiagnosticsParams): void {
    this.published.push(p);
    for (const w of [...this.waiters]) {
      if (w.uri === p.uri && w.accept(p)) {
        this.waiters.delete(w);
        w.resolve(p);
      }
    }
  }

  // ---- requests ----

  /** A request, bounded by the session's timeout; rejects with the ResponseError if the server answers one. */
  async request<R = unknown>(method: string, params: unknown, timeoutMs = this.timeoutMs, token?: CancellationToken): Promise<R> {
    if (!this.alive) throw new ServerDiedError(`server is not running (${this.describeExit()})\n${this.stderrTail()}`);
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${method} did not answer within ${timeoutMs} ms\n${this.stderrTail()}`)), timeoutMs);
    });
    const died = this.exited.then((exit) => {
      throw new ServerDiedError(`server exited during ${method} (${this.describeExit(exit)})\n${this.stderrTail()}`);
    });
    try {
      return await Promise.race([token ? this.connection.sendRequest<R>(method, params, token) : this.connection.sendRequest<R>(method, params), bound, died]);
    } finally {
      clearTimeout(timer);
    }
  }

  // ---- settings ----

  private configuration(scopeUri: string | undefined, section: string | undefined): unknown {
    const tree = { ...this.settings, ...(this.settingsFor?.(scopeUri) ?? {}) };
    if (!section) return tree;
    let node: unknown = tree;
    for (const key of section.split('.')) {
      if (typeof node !== 'object' || node === null) return null;
      node = (node as Record<string, unknown>)[key];
    }
    return node ?? null;
  }

  // ---- lifecycle ----

  /** shutdown, then exit; resolves with how the process ended (bounded). */
  async shutdown(): Promise<ServerExit> {
    await this.request(ShutdownRequest.method, undefined);
    this.shuttingDown = true;
    await this.connection.sendNotification(ExitNotification.type);
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`server did not exit within ${this.timeoutMs} ms of 'exit'\n${this.stderrTail()}`)), this.timeoutMs);
    });
    try {
      return await Promise.race([this.exited, bound]);
    } finally {
      clearTimeout(timer);
      this.connection.dispose();
    }
  }

  /** For tests that end the server another way (exit without shutdown, closed stdin): its exit is expected. */
  expectExit(): Promise<ServerExit> {
    this.shuttingDown = true;
    return this.exited;
  }

  /** For afterAll: ends the process if a test left it running. */
  dispose(): void {
    this.shuttingDown = true;
    this.connection.dispose();
    if (this.alive) this.process.kill('SIGKILL');
  }

  describeExit(exit = this.exit): string {
    if (!exit) return 'running';
    return exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
  }

  stderrTail(): string {
    return this.stderr ? `server stderr (tail):\n${this.stderr.slice(-4000)}` : 'server stderr: (empty)';
  }

  private failAll(e: Error): void {
    for (const w of [...this.waiters]) w.reject(e);
    this.waiters.clear();
  }
}
