// Drives the BUILT adapter (debug-adapter/bin/tessera-dap.js over stdio) with
// @vscode/debugadapter-testsupport's DebugClient. The adapter is rebuilt first when a source
// file is newer than its build (test/support/build.ts).

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import { ensureBuilt as ensureBuiltProject } from '../support/build.js';
import type { DebugProtocol } from '@vscode/debugprotocol';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'debug-adapter/bin/tessera-dap.js');
export const CORPUS = join(ROOT, 'test/run-corpus');
export const PROGRAMS = join(import.meta.dirname, 'programs');

/** Builds the adapter (and vm-core) when its sources changed since the last build. */
export function ensureBuilt(): void {
  ensureBuiltProject('debug-adapter');
}

export interface Client extends DebugClient {
  /** Every output event so far, by category. */
  outputs: Map<string, string>;
}

const TRACKED = ['stopped', 'exited', 'terminated', 'initialized', 'continued', 'breakpoint'] as const;
const queues = new WeakMap<DebugClient, Map<string, { events: DebugProtocol.Event[]; waiters: ((e: DebugProtocol.Event) => void)[] }>>();

/**
 * Queues the client's events so that a test takes each in order, however it arrives: DebugClient's
 * own waitForEvent misses an event that came in the same chunk as the response awaited before it.
 */
export function track(dc: DebugClient): void {
  const map = new Map(TRACKED.map((t) => [t as string, { events: [] as DebugProtocol.Event[], waiters: [] as ((e: DebugProtocol.Event) => void)[] }]));
  queues.set(dc, map);
  for (const t of TRACKED) {
    dc.on(t, (e: DebugProtocol.Event) => {
      const q = map.get(t)!;
      const w = q.waiters.shift();
      if (w) w(e);
      else q.events.push(e);
    });
  }
}

/** The next event of a kind not taken yet (waiting for it when there is none). */
export function take(dc: DebugClient, event: (typeof TRACKED)[number], timeoutMs = dc.defaultTimeout): Promise<DebugProtocol.Event> {
  const q = queues.get(dc)?.get(event);
  if (!q) throw new Error('take: the client is not tracked');
  const ready = q.events.shift();
  if (ready) return Promise.resolve(ready);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      q.waiters.splice(q.waiters.indexOf(done), 1);
      reject(new Error(`no '${event}' event after ${timeoutMs} ms`));
    }, timeoutMs);
    const done = (e: DebugProtocol.Event): void => {
      clearTimeout(timer);
      resolve(e);
    };
    q.waiters.push(done);
  });
}

export async function exitCode(dc: DebugClient): Promise<number> {
  return ((await take(dc, 'exited')) as DebugProtocol.ExitedEvent).body.exitCode;
}

/** A DebugClient on a fresh adapter process, collecting output events. */
export async function startClient(timeoutMs = 30_000): Promise<Client> {
  const dc = new DebugClient('node', BIN, 'tessera', { cwd: ROOT }, true) as Client;
  dc.defaultTimeout = timeoutMs;
  dc.outputs = new Map();
  track(dc);
  dc.on('output', (e: DebugProtocol.OutputEvent) => {
    const c = e.body.category ?? 'console';
    dc.outputs.set(c, (dc.outputs.get(c) ?? '') + e.body.output);
  });
  await dc.start();
  return dc;
}

/** The error message a request was answered with (fails when it succeeded). */
export async function errorOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  throw new Error('the request succeeded; an error response was expected');
}

/**
 * initialize + launch, then the configuration sequence: `configure` runs after the initialized
 * event (set breakpoints there), then configurationDone. Resolves with the launch response.
 */
export async function launch(dc: DebugClient, args: Record<string, unknown>, configure?: () => Promise<unknown>): Promise<DebugProtocol.LaunchResponse> {
  const launched = dc.launch(args);
  launched.catch(() => {});
  await Promise.race([take(dc, 'initialized'), launched]);
  if (configure) await configure();
  await dc.configurationDoneRequest();
  return launched;
}

/** Waits for the next stopped event and returns its body with the top frame. */
export async function stopped(dc: DebugClient, expectedReason?: string): Promise<{ reason: string; frame: DebugProtocol.StackFrame; body: DebugProtocol.StoppedEvent['body'] }> {
  const e = (await take(dc, 'stopped')) as DebugProtocol.StoppedEvent;
  if (expectedReason !== undefined && e.body.reason !== expectedReason) throw new Error(`stopped for '${e.body.reason}' (${e.body.description ?? ''} ${e.body.text ?? ''}), expected '${expectedReason}'`);
  const st = await dc.stackTraceRequest({ threadId: e.body.threadId ?? 1 });
  return { reason: e.body.reason, frame: st.body.stackFrames[0]!, body: e.body };
}

/** The 1-based line of `file` holding the marker comment `# @name`. */
export function lineOf(file: string, marker: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l) => new RegExp(`#\\s*@${marker.replace(/[-]/g, '\\-')}(\\s|$)`).test(l));
  if (i < 0) throw new Error(`${file}: no marker @${marker}`);
  return i + 1;
}

export const program = (name: string): string => join(PROGRAMS, name);

/** Variables of a scope of the top frame, by name ('Registers', 'Symbols', …): name → variable. */
export async function scopeVariables(dc: DebugClient, scope: string, frameId?: number): Promise<Map<string, DebugProtocol.Variable>> {
  const fid = frameId ?? (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0]!.id;
  const scopes = await dc.scopesRequest({ frameId: fid });
  const s = scopes.body.scopes.find((x) => x.name === scope);
  if (!s) throw new Error(`no scope ${scope}: ${scopes.body.scopes.map((x) => x.name).join(', ')}`);
  const vars = await dc.variablesRequest({ variablesReference: s.variablesReference });
  return new Map(vars.body.variables.map((v) => [v.name.replace(/^\*/, ''), v]));
}

/** The registers x0…x31 and pc as unsigned numbers, read through the Registers scope. */
export async function registers(dc: DebugClient): Promise<number[]> {
  const vars = await scopeVariables(dc, 'Registers');
  const byAlias = new Map([...vars.values()].map((v) => [v.type, parseInt(v.value.slice(2, 10), 16)]));
  return [...Array.from({ length: 32 }, (_, i) => byAlias.get(`x${i}`)!), byAlias.get('pc')!];
}

/** A counter of the Counters scope (instret, gas, …). */
export async function counter(dc: DebugClient, name: string): Promise<number> {
  const v = (await scopeVariables(dc, 'Counters')).get(name);
  if (!v) throw new Error(`no counter ${name}`);
  return Number(v.value);
}
