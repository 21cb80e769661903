// Runs fuzz inputs in a child process (the assembler sources bundled with esbuild): each input is
// timed there, one still running at the kill limit is stopped (the process is replaced) and
// reported as a hang; a process that dies (heap exhausted, V8 fatal error) is reported with the
// end of its stderr. A worker thread would not do: V8's fatal errors ("invalid array length",
// "invalid size") abort the whole process. Failures are grouped by signature and minimized.

import { buildSync } from 'esbuild';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FuzzInput, Outcome, Problem } from './check.js';

/** Over this an input is a hang bug (measured inside the worker). */
// A hang detector, not a speed test (bench/ measures speed): generous for a loaded 2-core CI machine.
export const HANG_MS = Number(process.env.FUZZ_HANG_MS ?? 8000);
/** An input still running after this is stopped. */
export const KILL_MS = Number(process.env.FUZZ_KILL_MS ?? HANG_MS + 500);
/** Heap limit of the worker process. */
const HEAP_MB = 2048;

export type RunResult =
  | { kind: 'done'; outcome: Outcome }
  | { kind: 'killed'; ms: number; reason: string };

export class Runner {
  private child: ChildProcess | undefined;
  private ready: Promise<void> | undefined;
  private stderr = '';
  private nextId = 0;
  private pending: { id: number; resolve: (r: RunResult) => void; timer: NodeJS.Timeout; start: number; child: ChildProcess } | undefined;
  constructor(
    private readonly bundle: string,
    private readonly sharedFiles: Record<string, string>,
  ) {}

  private start(): Promise<void> {
    const child = fork(this.bundle, [], {
      execArgv: [`--max-old-space-size=${HEAP_MB}`, '--enable-source-maps'],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    this.child = child;
    this.stderr = '';
    child.stderr!.on('data', (d: Buffer) => {
      this.stderr = (this.stderr + d.toString()).slice(-4000);
    });
    this.ready = new Promise<void>((resolve) => {
      child.on('message', (m: { ready?: boolean; id?: number; outcome?: Outcome }) => {
        if (m.ready) return resolve();
        const p = this.pending;
        if (p && m.id === p.id && m.outcome) {
          clearTimeout(p.timer);
          this.pending = undefined;
          p.resolve({ kind: 'done', outcome: m.outcome });
        }
      });
      child.on('exit', (code, signal) => {
        resolve(); // a pending run (if any) is failed below
        // stderr may still be arriving: give it a moment.
        setTimeout(() => this.fail(`worker process died (${signal ?? `exit code ${code}`}): ${lastLines(this.stderr)}`, child), 50);
      });
    });
    child.send({ files: this.sharedFiles });
    return this.ready;
  }

  private fail(reason: string, child: ChildProcess): void {
    if (this.child === child) this.child = undefined;
    const p = this.pending;
    if (!p || p.child !== child) return;
    clearTimeout(p.timer);
    this.pending = undefined;
    p.resolve({ kind: 'killed', ms: performance.now() - p.start, reason });
  }

  private queue: Promise<unknown> = Promise.resolve();

  /** Runs one input; calls on one runner are served one after the other. */
  run(input: FuzzInput): Promise<RunResult> {
    const r = this.queue.then(() => this.runNow(input));
    this.queue = r.catch(() => undefined);
    return r;
  }

  private async runNow(input: FuzzInput): Promise<RunResult> {
    if (!this.child) await this.start();
    await this.ready;
    const child = this.child;
    if (!child) return { kind: 'killed', ms: 0, reason: `worker process failed to start: ${lastLines(this.stderr)}` };
    const id = this.nextId++;
    return new Promise<RunResult>((resolve) => {
      const start = performance.now();
      const timer = setTimeout(() => {
        this.child = undefined;
        this.pending = undefined;
        child.kill('SIGKILL');
        resolve({ kind: 'killed', ms: performance.now() - start, reason: `still running after ${KILL_MS} ms (stopped)` });
      }, KILL_MS);
      this.pending = { id, resolve, timer, start, child };
      child.send({ id, input });
    });
  }

  async close(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (child && child.exitCode === null) {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await gone;
    }
  }
}

/** Bundles the worker (the assembler sources and the checks, as they are now: never vm-core/dist). */
export function bundleWorker(): { path: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-fuzz-worker-'));
  const path = join(dir, 'worker.mjs');
  buildSync({
    entryPoints: [join(import.meta.dirname, 'worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: path,
    sourcemap: 'inline',
    logLevel: 'error',
  });
  return { path, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A few runners (child processes) shared by concurrent callers. */
export class Pool {
  private readonly free: Runner[];
  private readonly waiting: Array<(r: Runner) => void> = [];

  constructor(readonly runners: Runner[]) {
    this.free = [...runners];
  }

  async with<T>(fn: (r: Runner) => Promise<T>): Promise<T> {
    const r = this.free.pop() ?? (await new Promise<Runner>((resolve) => this.waiting.push(resolve)));
    try {
      return await fn(r);
    } finally {
      const next = this.waiting.shift();
      if (next) next(r);
      else this.free.push(r);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.runners.map((r) => r.close()));
  }
}

function lastLines(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l && !/^at |^\d+: 0x|^=+|^----|^Native stack/.test(l));
  return lines.slice(0, 3).join(' | ').slice(0, 300) || '(no output)';
}

/** The problems of one run, hangs and deaths included. */
export function problemsOf(r: RunResult): Problem[] {
  if (r.kind === 'killed') {
    const sig = /still running/.test(r.reason) ? 'hang' : /heap limit|out of memory|allocation failed/i.test(r.reason) ? 'out-of-memory' : 'crash';
    return [{ sig: sig === 'crash' ? `crash:${r.reason.replace(/\d+/g, 'N').slice(0, 100)}` : sig, detail: `${r.reason} (after ${Math.round(r.ms)} ms)` }];
  }
  const out = [...r.outcome.problems];
  if (r.outcome.ms > HANG_MS) out.push({ sig: 'hang', detail: `took ${Math.round(r.outcome.ms)} ms (limit ${HANG_MS} ms)` });
  return out;
}

export interface Failure {
  input: FuzzInput;
  problem: Problem;
  ms: number;
}

/**
 * Delta debugging on lines, then on characters: the smallest input that still shows a problem
 * with the same signature. Bounded in tries and time; hangs are not minimized (each try costs the
 * hang limit).
 */
export async function minimize(pool: Pool, f: Failure, budgetMs = 8000, maxTries = 600): Promise<FuzzInput> {
  if (f.problem.sig === 'hang' || f.problem.sig === 'out-of-memory') return f.input; // each try would cost the kill limit
  const deadline = performance.now() + budgetMs;
  let tries = 0;
  const same = async (text: string): Promise<boolean> => {
    if (tries++ >= maxTries || performance.now() > deadline) return false;
    const r = await pool.with((runner) => runner.run({ ...f.input, text }));
    return problemsOf(r).some((p) => p.sig === f.problem.sig);
  };
  const dd = async (parts: string[], join: string): Promise<string[]> => {
    let n = 2;
    while (parts.length >= 2) {
      const chunk = Math.ceil(parts.length / n);
      let reduced = false;
      for (let i = 0; i < parts.length; i += chunk) {
        const without = [...parts.slice(0, i), ...parts.slice(i + chunk)];
        if (await same(without.join(join))) {
          parts = without;
          n = Math.max(n - 1, 2);
          reduced = true;
          break;
        }
      }
      if (!reduced) {
        if (n >= parts.length) break;
        n = Math.min(parts.length, n * 2);
      }
      if (tries >= maxTries || performance.now() > deadline) break;
    }
    return parts;
  };
  let text = f.input.text;
  if (text.length > 200_000) return f.input; // too big to cut down within the budget
  text = (await dd(text.split('\n'), '\n')).join('\n');
  if (text.length <= 2000) text = (await dd([...text], '')).join('');
  return { ...f.input, text };
}

/** Writes failing inputs where a developer can pick them up; returns the folder. */
export function saveFailures(seed: number, campaign: string, items: Array<{ input: FuzzInput; minimal: FuzzInput; problem: Problem }>): string {
  const dir = join(tmpdir(), `tessera-fuzz-${seed}`, campaign);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  items.forEach((it, i) => {
    const base = join(dir, `${i}-${it.problem.sig.replace(/[^\w.-]+/g, '_').slice(0, 60)}`);
    writeFileSync(`${base}.s`, it.input.text);
    writeFileSync(`${base}.min.s`, it.minimal.text);
    for (const [p, t] of Object.entries(it.input.files ?? {})) writeFileSync(`${base}.file-${p.replace(/[^\w.-]+/g, '_')}`, t);
  });
  return dir;
}
