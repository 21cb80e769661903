// Requests while the guest runs: pause stops it where it is, inspection is refused until then,
// terminate and disconnect end it; cancel and source answer.
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, errorOf, launch, lineOf, program, registers, startClient, stopped, take, type Client } from './harness.js';

beforeAll(() => ensureBuilt());

let dc: Client | undefined;
afterEach(async () => {
  await dc?.stop();
  dc = undefined;
});

const SPIN = program('spin.s');

describe('a running guest', () => {
  it('is paused where it is, and refuses inspection until then', async () => {
    dc = await startClient();
    await launch(dc, { program: SPIN });
    expect(await errorOf(dc.stackTraceRequest({ threadId: 1 }))).toMatch(/the program is running \(pause it first\)/);
    expect(await errorOf(dc.evaluateRequest({ expression: 'a0', context: 'watch' }))).toMatch(/running/);
    expect(await errorOf(dc.nextRequest({ threadId: 1 }))).toMatch(/running/);
    const [, s] = await Promise.all([dc.pauseRequest({ threadId: 1 }), stopped(dc, 'pause')]);
    expect([lineOf(SPIN, 'spin'), lineOf(SPIN, 'spin') + 1]).toContain(s.frame.line);
    const a0 = (await registers(dc))[10]!;
    expect(a0).toBeGreaterThan(1000);
    // And goes on from there.
    await dc.continueRequest({ threadId: 1 });
    const [, again] = await Promise.all([dc.pauseRequest({ threadId: 1 }), stopped(dc, 'pause')]);
    expect(again.reason).toBe('pause');
    expect((await registers(dc))[10]).toBeGreaterThan(a0);
  });

  it('ends with terminate', async () => {
    dc = await startClient();
    await launch(dc, { program: SPIN });
    await Promise.all([dc.terminateRequest({}), take(dc, 'terminated')]);
    expect(await errorOf(dc.stackTraceRequest({ threadId: 1 }))).toMatch(/ended/);
  });

  it('ends with disconnect, and the adapter process exits', async () => {
    dc = await startClient();
    await launch(dc, { program: SPIN });
    const proc = (dc as unknown as { _adapterProcess: import('node:child_process').ChildProcess })._adapterProcess;
    const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
    await dc.disconnectRequest({ terminateDebuggee: true });
    expect(await exited).toBe(0);
    dc = undefined;
  });
});

describe('other requests', () => {
  it('cancel answers, and source serves the program text', async () => {
    dc = await startClient();
    await launch(dc, { program: SPIN, stopOnEntry: true });
    await stopped(dc, 'entry');
    const c = await dc.customRequest('cancel', { requestId: 12345 });
    expect(c.success).toBe(true);
    const src = await dc.sourceRequest({ source: { path: SPIN }, sourceReference: 0 });
    expect(src.body.content).toBe(readFileSync(SPIN, 'utf8'));
    expect(await errorOf(dc.sourceRequest({ source: { path: '/etc/passwd' }, sourceReference: 0 }))).toMatch(/not a source of the program/);
  });
});
