// The workspace cache: the latest analysis of every open document, the .include graph between
// them, and the scheduling of re-analysis. Edits are merged (a burst of didChange leads to one
// analysis of the newest text), stale work is dropped by version, and a change to a file that
// others include re-analyses its includers.

import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { uriToPath } from '../convert.js';
import { DEFAULT_SETTINGS, type TesseraSettings } from '../settings.js';
import { ParseCache } from '@tessera/vm-core';
import { analyze, DocumentAnalysis } from './analyze.js';

/** Included files larger than this are reported missing rather than read. */
const MAX_INCLUDE_BYTES = 16 << 20;
/**
 * The document being edited keeps its parsed statements between analyses (vm-core's ParseCache,
 * about 1.7 KB a statement, at most 16k statements); only the one edited last does, and only from
 * its first edit on, so opening a workspace of files costs nothing more.
 */
const PARSE_CACHES = 1;

export interface WorkspaceHost {
  /** The open document for a URI, if any. */
  document(uri: string): TextDocument | undefined;
  /** Every open document. */
  documents(): readonly TextDocument[];
  /** Settings for a resource (may ask the client; cached by the caller). */
  settings(uri: string): Promise<TesseraSettings>;
  /** Workspace folder paths, for relative include paths. */
  folders(): readonly string[];
  /** Called with every new analysis (the server publishes its diagnostics). */
  analysed(a: DocumentAnalysis): void;
  log(message: string): void;
}

interface Pending {
  timer?: NodeJS.Timeout;
  immediate?: NodeJS.Immediate;
}

export class Workspace {
  private readonly latest = new Map<string, DocumentAnalysis>();
  private readonly pending = new Map<string, Pending>();
  private readonly settingsCache = new Map<string, TesseraSettings>();
  /** Set when the settings changed, so analyses run again even if the text did not. */
  private settingsEpoch = 0;
  private readonly epochOf = new Map<string, number>();
  /** Documents whose includes changed: their next analysis runs even if their own text did not. */
  private readonly dirty = new Set<string>();
  /** How long the last analysis of each document took: slow ones wait longer for typing to pause. */
  private readonly cost = new Map<string, number>();
  /** Parsed statements of the documents edited last, least recently edited first. */
  private readonly parseCaches = new Map<string, ParseCache>();

  constructor(private readonly host: WorkspaceHost) {}

  /** The last analysis made, possibly of an older version (completion reads this: no re-assembly). */
  latestAnalysis(uri: string): DocumentAnalysis | undefined {
    return this.latest.get(uri);
  }

  /** An analysis of the document's current version: made now if the last one is stale. */
  async current(uri: string, token?: CancellationToken): Promise<DocumentAnalysis | undefined> {
    const doc = this.host.document(uri);
    if (!doc) return this.latest.get(uri);
    const last = this.latest.get(uri);
    if (last && last.version === doc.version && this.epochOf.get(uri) === this.settingsEpoch && !this.dirty.has(uri)) return last;
    if (token?.isCancellationRequested) return last;
    return this.run(uri);
  }

  /** Schedules an analysis after the configured delay; edits within it are merged. */
  schedule(uri: string, delay?: number): void {
    let p = this.pending.get(uri);
    if (!p) this.pending.set(uri, (p = {}));
    if (p.timer) clearTimeout(p.timer);
    if (p.immediate) clearImmediate(p.immediate);
    delete p.timer;
    delete p.immediate;
    const configured = delay ?? this.settingsCache.get(uri)?.diagnosticsDelay ?? DEFAULT_SETTINGS.diagnosticsDelay;
    // A file that takes seconds to assemble would block the server at every keystroke: wait half that.
    const last = this.cost.get(uri) ?? 0;
    const ms = delay === 0 ? 0 : Math.max(configured, last > 300 ? Math.min(2000, last / 2) : 0);
    const fire = (): void => {
      void this.run(uri).catch((err: unknown) => this.host.log(`analysis of ${uri} failed: ${String(err)}`));
    };
    // 0 still waits for the messages already received, so a burst of edits is assembled once.
    if (ms <= 0) p.immediate = setImmediate(fire);
    else p.timer = setTimeout(fire, ms);
  }

  /** A document changed: analyse it, and every open document that includes it. */
  changed(uri: string): void {
    // Opening a document also lands here (TextDocuments reports it as a change): only an edit of
    // an analysed document starts a cache.
    if (this.latest.has(uri)) this.keepParseCache(uri);
    this.schedule(uri);
    const path = uriToPath(uri);
    for (const a of this.latest.values()) {
      if (a.uri !== uri && a.includedFiles.has(path)) {
        this.dirty.add(a.uri);
        this.schedule(a.uri);
      }
    }
  }

  /** A file changed on disk (or was created or deleted): re-analyse what includes it. */
  fileChanged(path: string): void {
    for (const a of this.latest.values()) {
      if (a.includedFiles.has(path)) {
        this.dirty.add(a.uri);
        this.schedule(a.uri);
      }
    }
  }

  closed(uri: string): void {
    const p = this.pending.get(uri);
    if (p?.timer) clearTimeout(p.timer);
    if (p?.immediate) clearImmediate(p.immediate);
    this.pending.delete(uri);
    this.latest.delete(uri);
    this.dirty.delete(uri);
    this.cost.delete(uri);
    this.settingsCache.delete(uri);
    this.epochOf.delete(uri);
    this.parseCaches.delete(uri);
    // Includers of this file now read it from the disk.
    this.fileChanged(uriToPath(uri));
  }

  settingsChanged(): void {
    this.settingsCache.clear();
    this.settingsEpoch++;
    for (const d of this.host.documents()) this.schedule(d.uri, 0);
  }

  async settings(uri: string): Promise<TesseraSettings> {
    const cached = this.settingsCache.get(uri);
    if (cached) return cached;
    const s = await this.host.settings(uri);
    this.settingsCache.set(uri, s);
    return s;
  }

  all(): DocumentAnalysis[] {
    return [...this.latest.values()];
  }

  /** Analyses the document's newest text now; drops the result if a newer one got in first. */
  private async run(uri: string): Promise<DocumentAnalysis | undefined> {
    const p = this.pending.get(uri);
    if (p?.timer) clearTimeout(p.timer);
    if (p?.immediate) clearImmediate(p.immediate);
    if (p) {
      delete p.timer;
      delete p.immediate;
    }
    const epoch = this.settingsEpoch;
    const settings = await this.settings(uri);
    const doc = this.host.document(uri);
    if (!doc) return this.latest.get(uri);
    const last = this.latest.get(uri);
    if (last && last.version === doc.version && this.epochOf.get(uri) === epoch && !this.dirty.has(uri)) return last;
    this.dirty.delete(uri);
    const path = uriToPath(uri);
    const started = performance.now();
    const result = analyze({
      uri,
      path,
      version: doc.version,
      text: doc.getText(),
      settings: { ...settings, includePaths: this.resolveIncludePaths(settings.includePaths) },
      readFile: (p) => this.readFile(p),
      parseCache: this.parseCaches.get(uri),
    });
    this.cost.set(uri, performance.now() - started);
    // A newer version (or a closed document) makes this result stale: keep the newer one.
    const now = this.host.document(uri);
    const newest = this.latest.get(uri);
    if (!now || (newest && newest !== last && newest.version > result.version)) return newest;
    this.latest.set(uri, result);
    this.epochOf.set(uri, epoch);
    this.host.analysed(result);
    return result;
  }

  /** A document is being edited: it keeps its parsed statements (its next analysis fills them). */
  private keepParseCache(uri: string): void {
    const cache = this.parseCaches.get(uri) ?? new ParseCache();
    this.parseCaches.delete(uri);
    this.parseCaches.set(uri, cache);
    for (const old of this.parseCaches.keys()) {
      if (this.parseCaches.size <= PARSE_CACHES) break;
      this.parseCaches.delete(old);
    }
  }

  private resolveIncludePaths(paths: readonly string[]): string[] {
    const base = this.host.folders()[0];
    return paths.map((p) => (isAbsolute(p) || !base ? p : resolve(base, p)));
  }

  /** An included file: the open document's text when it is open, else the disk's. */
  readFile(path: string): string | undefined {
    for (const d of this.host.documents()) if (uriToPath(d.uri) === path) return d.getText();
    try {
      const st = statSync(path);
      if (!st.isFile() || st.size > MAX_INCLUDE_BYTES) return undefined;
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  }
}
