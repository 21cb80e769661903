// Garbage to every request, before and after launch: each is answered (success or an error with a
// message and no stack trace) and the adapter is still there afterwards.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, launch, program, startClient, stopped, type Client } from './harness.js';

beforeAll(() => ensureBuilt());

let dc: Client;
afterEach(async () => {
  await dc?.stop();
});

const COMMANDS = [
  'initialize', 'launch', 'attach', 'configurationDone', 'terminate', 'restart', 'setBreakpoints', 'setFunctionBreakpoints',
  'setInstructionBreakpoints', 'setExceptionBreakpoints', 'dataBreakpointInfo', 'setDataBreakpoints', 'continue', 'next', 'stepIn',
  'stepOut', 'stepBack', 'reverseContinue', 'pause', 'threads', 'stackTrace', 'scopes', 'variables', 'setVariable', 'source',
  'evaluate', 'completions', 'exceptionInfo', 'loadedSources', 'readMemory', 'writeMemory', 'disassemble', 'cancel', 'goto', 'gotoTargets', 'breakpointLocations',
  'tessera/traceRows', 'tessera/chipMetrics', 'tessera/segments', 'tessera/exportTrace', 'tessera/goto', 'no/such/request',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const KEYS = ['threadId', 'frameId', 'variablesReference', 'name', 'value', 'expression', 'context', 'memoryReference', 'offset', 'count',
  'instructionCount', 'instructionOffset', 'data', 'source', 'breakpoints', 'filters', 'lines', 'granularity', 'start', 'filter', 'path',
  'format', 'instret', 'dataId', 'accessType', 'program', 'requestId', 'text', 'column', 'levels', 'startFrame'];

function value(r: () => number, depth = 0): unknown {
  const k = Math.floor(r() * 12);
  switch (k) {
    case 0: return null;
    case 1: return Math.floor(r() * 4);
    case 2: return -Math.floor(r() * 1e12);
    case 3: return 2 ** 53 + Math.floor(r() * 10);
    case 4: return ['', 'a0', '0x10074', '*(int*)sp', ')(', '0xffffffff', 'x/4wx sp', '{}', 'sp+', 'repl', 'instruction', '../../etc'][Math.floor(r() * 12)];
    case 5: return r() < 0.5;
    case 6: return depth > 2 ? 1 : Array.from({ length: Math.floor(r() * 4) }, () => value(r, depth + 1));
    case 7: return depth > 2 ? {} : object(r, depth + 1);
    case 8: return 1.5;
    case 9: return 'A'.repeat(Math.floor(r() * 3000));
    case 10: return { path: program('loop.s'), line: Math.floor(r() * 60) };
    default: return undefined;
  }
}

function object(r: () => number, depth = 0): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (let i = Math.floor(r() * 5); i > 0; i--) o[KEYS[Math.floor(r() * KEYS.length)]!] = value(r, depth);
  return o;
}

async function hammer(c: Client, seed: number, rounds: number): Promise<void> {
  const r = rng(seed);
  for (let i = 0; i < rounds; i++) {
    for (const command of COMMANDS) {
      const args = r() < 0.1 ? value(r) : object(r);
      const res = await c.customRequest(command, args).then((x) => ({ ok: true, message: x.message }), (e: Error) => ({ ok: false, message: e.message }));
      if (!res.ok) {
        expect(res.message, `${command} ${JSON.stringify(args)?.slice(0, 200)}`).toBeTruthy();
        expect(res.message, command).not.toMatch(/\n\s+at .*\.(js|ts):\d+/);
        expect(res.message, `${command} ${JSON.stringify(args)?.slice(0, 200)}`).not.toMatch(/^internal error/);
      }
    }
  }
}

describe('garbage requests', () => {
  it('before launch, and against a stopped program', async () => {
    dc = await startClient(20_000);
    await hammer(dc, 1, 3);
    await dc.stop();
    dc = await startClient(20_000);
    await launch(dc, { program: program('loop.s'), stopOnEntry: true });
    await stopped(dc, 'entry');
    await hammer(dc, 2, 4);
    const t = await dc.threadsRequest();
    expect(t.body.threads.length).toBe(1);
  });
});
