// A throw-away workspace folder on disk: the server reads `.include`d files that are not open
// from the file system, so include tests need real files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileUri } from './session.js';

export class TempWorkspace {
  readonly dir: string;

  constructor(prefix = 'tessera-lsp-') {
    this.dir = mkdtempSync(join(tmpdir(), prefix));
  }

  path(rel: string): string {
    return join(this.dir, rel);
  }

  uri(rel: string): string {
    return fileUri(this.path(rel));
  }

  write(rel: string, text: string): string {
    const p = this.path(rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
    return fileUri(p);
  }

  /** `value` with this workspace's URIs and paths replaced by a fixed placeholder (for goldens). */
  normalize<T>(value: T): T {
    const json = JSON.stringify(value ?? null)
      .replaceAll(fileUri(this.dir), 'file:///WORKSPACE')
      .replaceAll(this.dir, '/WORKSPACE');
    return JSON.parse(json) as T;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
