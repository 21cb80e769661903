// Keeps the snapshot the trace views show and fills it from one of two sources: the debug
// session at each stop (the adapter's tessera/* requests), or a traced run of a file by the
// bundled CLI (Show Trace / Show Chip Metrics outside a debug session).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { programLookup } from '../elf/program.js';
import { spawnCli } from '../run/cli.js';
import { traceArguments, type RunOptions } from '../run/stats.js';
import { parseCliTrace, type TraceSnapshot } from './model.js';
import { fetchSessionSnapshot, snapshotFromCli } from './snapshot.js';

export class TraceController {
  private snapshot: TraceSnapshot | undefined;
  private readonly listeners: Array<() => void> = [];
  private pending: Promise<void> = Promise.resolve();

  get current(): TraceSnapshot | undefined {
    return this.snapshot;
  }

  onDidChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private set(s: TraceSnapshot | undefined): void {
    this.snapshot = s;
    for (const l of this.listeners) l();
  }

  /** At a stop: the latest rows of the history, chip metrics and segments from the adapter. */
  refreshFromSession(session: vscode.DebugSession, rowsWanted: number): void {
    // Stops can come faster than answers; run the refreshes one after another.
    this.pending = this.pending.then(async () => {
      try {
        const program = typeof session.configuration.program === 'string' ? session.configuration.program : session.name;
        this.set(await fetchSessionSnapshot((command, args) => session.customRequest(command, args), rowsWanted, program));
      } catch {
        // The session ended or the stop is gone: keep showing the last snapshot.
      }
    });
  }

  /** A traced run of `file` by the CLI, with a progress notification; rejects with a readable message. */
  async runFile(cli: string, file: string, options: RunOptions & { maxSteps: number }, march: { includePaths: readonly string[]; march: string }): Promise<TraceSnapshot> {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-trace-'));
    const out = join(dir, 'trace.jsonl');
    try {
      const { code, stderr } = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Tessera: tracing', cancellable: true },
        (_progress, token) =>
          new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
            const child = spawnCli(cli, traceArguments(file, out, options), { cwd: dirname(file), stdio: ['ignore', 'ignore', 'pipe'] });
            let err = '';
            child.stderr?.on('data', (d: Buffer) => (err += d.toString('utf8')));
            child.on('error', reject);
            child.on('close', (c) => resolve({ code: c, stderr: err }));
            token.onCancellationRequested(() => child.kill());
          }),
      );
      let text = '';
      try {
        text = readFileSync(out, 'utf8');
      } catch {
        throw new Error(`the traced run wrote no trace (status ${code}): ${stderr.trim().split('\n').slice(0, 5).join(' ')}`);
      }
      const bytes = readFileSync(file);
      const lookup = programLookup(file, bytes, { readText }, { includePaths: march.includePaths, march: march.march });
      const parsed = parseCliTrace(text, lookup);
      // The CLI's exit status: the guest's exit code, or 139 for a fault, 124 for a limit.
      const outcome =
        code === 124
          ? `stopped after ${options.maxSteps.toLocaleString('en-US')} instructions (tessera.trace.maxSteps)`
          : code === 139
            ? 'faulted'
            : `exit code ${code}`;
      const snapshot = snapshotFromCli(parsed, file, `traced run, ${outcome}`);
      this.set(snapshot);
      return snapshot;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  clear(): void {
    this.set(undefined);
  }
}

export function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
