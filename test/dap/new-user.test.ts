// The "new user" session, on a standalone `tessera-dap --server=0` over TCP: stop at a
// breakpoint in a loop, inspect, watch a variable change, step back three times, continue to the
// end.
import { spawn, type ChildProcess } from 'node:child_process';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt, exitCode, launch, lineOf, program, registers, scopeVariables, stopped, take, track } from './harness.js';
import { referenceRegisters, referenceRun } from './reference.js';

const LOOP = program('loop.s');
let server: ChildProcess;
let port: number;

beforeAll(async () => {
  ensureBuilt();
  server = spawn(process.execPath, [BIN, '--server=0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  port = await new Promise<number>((resolve, reject) => {
    let err = '';
    server.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /listening on port (\d+)/.exec(err);
      if (m) resolve(Number(m[1]));
    });
    server.on('exit', (code) => reject(new Error(`tessera-dap exited (${code}): ${err}`)));
  });
});

afterAll(() => {
  server?.kill();
});

describe('a new user with the standalone adapter', () => {
  it('breakpoint in a loop, inspect, watch, step back three times, continue to the end', async () => {
    const dc = new DebugClient('node', BIN, 'tessera');
    track(dc);
    await dc.start(port);
    const outputs: string[] = [];
    dc.on('output', (e: DebugProtocol.OutputEvent) => {
      if (e.body.category === 'stdout') outputs.push(e.body.output);
    });
    try {
      const line = lineOf(LOOP, 'store-total');
      await launch(dc, { program: LOOP }, () => dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [{ line }] }));
      const first = await stopped(dc, 'breakpoint');
      expect(first.frame).toMatchObject({ line, source: { path: LOOP } });

      // Inspect: registers, the stack, a symbol.
      const regs = await scopeVariables(dc, 'Registers');
      expect(regs.get('s0')!.value).toBe('0x00000001 (1)');
      expect((await scopeVariables(dc, 'Symbols')).get('total')!.value).toMatch(/^0\b/);

      // Watch `*total` change as the loop goes round.
      const watch = async (): Promise<string> => (await dc.evaluateRequest({ expression: '*total', context: 'watch' })).body.result;
      const watched = [await watch()];
      for (let i = 0; i < 2; i++) {
        await dc.continueRequest({ threadId: 1 });
        await stopped(dc, 'breakpoint');
        watched.push(await watch());
      }
      expect(watched.map((w) => parseInt(w, 10))).toEqual([0, 1, 5]);

      // And as a watchpoint: the next write of total stops the run with its old and new values.
      const frameId = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0]!.id;
      const symbols = (await dc.scopesRequest({ frameId })).body.scopes.find((x) => x.name === 'Symbols')!;
      const info = await dc.dataBreakpointInfoRequest({ name: 'total', variablesReference: symbols.variablesReference });
      await dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [] });
      await dc.setDataBreakpointsRequest({ breakpoints: [{ dataId: info.body.dataId!, accessType: 'write' }] });
      await dc.continueRequest({ threadId: 1 });
      const hit = await stopped(dc, 'data breakpoint');
      expect(`${hit.body.description} ${hit.body.text ?? ''}`).toMatch(/\b5\b.*→.*\b14\b/);
      expect(await watch()).toMatch(/^14\b/);
      await dc.setDataBreakpointsRequest({ breakpoints: [] });

      // Step back three times: each lands on an earlier state equal to an undebugged run's.
      const instret = async (): Promise<number> => (await dc.customRequest('tessera/chipMetrics', {})).body.instret as number;
      let at = await instret();
      for (let i = 0; i < 3; i++) {
        await Promise.all([dc.stepBackRequest({ threadId: 1 }), stopped(dc)]);
        const now = await instret();
        expect(now).toBeLessThan(at);
        at = now;
        expect(await registers(dc)).toEqual(referenceRegisters(LOOP, at));
      }

      // Continue to the end: the program exits as an undebugged run does.
      const exited = take(dc, 'exited');
      await dc.continueRequest({ threadId: 1 });
      const ref = referenceRun(LOOP);
      expect(((await exited) as DebugProtocol.ExitedEvent).body.exitCode).toBe(ref.exitCode);
      await take(dc, 'terminated');
      expect(outputs.join('')).toBe(ref.stdout);
    } finally {
      await dc.stop();
    }
  });
});

describe('the TCP server', () => {
  it('keeps two clients\' sessions apart', async () => {
    const clients = [new DebugClient('node', BIN, 'tessera'), new DebugClient('node', BIN, 'tessera')];
    for (const c of clients) {
      track(c);
      await c.start(port);
    }
    try {
      const [a, b] = clients as [DebugClient, DebugClient];
      await launch(a, { program: LOOP, stopOnEntry: true });
      await launch(b, { program: program('fact.s'), stopOnEntry: true });
      await Promise.all([stopped(a, 'entry'), stopped(b, 'entry')]);
      for (let i = 0; i < 3; i++) await Promise.all([a.stepInRequest({ threadId: 1, granularity: 'instruction' }), stopped(a, 'step')]);
      expect(await registers(a)).toEqual(referenceRegisters(LOOP, 3));
      expect(await registers(b)).toEqual(referenceRegisters(program('fact.s'), 0));
      const codes = [exitCode(a), exitCode(b)];
      await Promise.all([a.continueRequest({ threadId: 1 }), b.continueRequest({ threadId: 1 })]);
      expect(await Promise.all(codes)).toEqual([30, 120]);
    } finally {
      for (const c of clients) await c.stop();
    }
  });
});
