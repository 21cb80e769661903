// Stepping in every direction, checked against undebugged runs of the same program: after the
// debugger has retired N instructions (forward, back, or both), its registers and memory equal a
// plain vm-core run of N instructions.
import type { DebugProtocol } from '@vscode/debugprotocol';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { counter, ensureBuilt, launch, lineOf, program, registers, startClient, stopped, take, type Client } from './harness.js';
import { referenceMemory, referenceRegisters, referenceRun } from './reference.js';

beforeAll(() => ensureBuilt());

let dc: Client;
afterEach(async () => {
  await dc?.stop();
});

const LOOP = program('loop.s');

type Step = 'next' | 'stepIn' | 'stepOut' | 'stepBack';
async function step(c: Client, kind: Step, granularity?: DebugProtocol.SteppingGranularity): Promise<Awaited<ReturnType<typeof stopped>>> {
  const args = { threadId: 1, ...(granularity ? { granularity } : {}) };
  const [, s] = await Promise.all([
    kind === 'next' ? c.nextRequest(args) : kind === 'stepIn' ? c.stepInRequest(args) : kind === 'stepOut' ? c.stepOutRequest(args) : c.stepBackRequest(args),
    stopped(c),
  ]);
  return s;
}

async function expectLikeUndebugged(c: Client, path: string): Promise<number> {
  const n = await counter(c, 'instret');
  expect(await registers(c), `registers after ${n} instructions`).toEqual(referenceRegisters(path, n));
  return n;
}

async function start(path: string, extra: Record<string, unknown> = {}): Promise<void> {
  dc = await startClient();
  await launch(dc, { program: path, stopOnEntry: true, ...extra });
  await stopped(dc, 'entry');
}

describe('stepping forward', () => {
  it('by instruction matches an undebugged run at every step', async () => {
    await start(LOOP);
    expect(await expectLikeUndebugged(dc, LOOP)).toBe(0);
    for (let i = 1; i <= 40; i++) {
      await step(dc, 'stepIn', 'instruction');
      expect(await expectLikeUndebugged(dc, LOOP)).toBe(i);
    }
  });

  it('over a call by line lands after it, into it with stepIn, back out with stepOut', async () => {
    await start(LOOP);
    let s;
    do s = await step(dc, 'next');
    while (s.frame.line !== lineOf(LOOP, 'call'));
    s = await step(dc, 'next');
    expect(s.frame.line).toBe(lineOf(LOOP, 'after-call'));
    expect((await registers(dc))[10]).toBe(1);
    await expectLikeUndebugged(dc, LOOP);
    do s = await step(dc, 'next');
    while (s.frame.line !== lineOf(LOOP, 'call'));
    s = await step(dc, 'stepIn');
    expect(s.frame.line).toBe(lineOf(LOOP, 'square'));
    expect(s.frame.name).toMatch(/^square/);
    const st = await dc.stackTraceRequest({ threadId: 1 });
    expect(st.body.stackFrames.length).toBe(2);
    expect(st.body.stackFrames[1]!.line).toBe(lineOf(LOOP, 'call'));
    s = await step(dc, 'stepOut');
    expect(s.frame.line).toBe(lineOf(LOOP, 'after-call'));
    expect((await registers(dc))[10]).toBe(4);
    await expectLikeUndebugged(dc, LOOP);
  });
});

describe('stepping back', () => {
  it('restores registers and memory exactly, by instruction and by line', async () => {
    await start(LOOP);
    for (let i = 0; i < 60; i++) await step(dc, 'stepIn', 'instruction');
    const total = Number((await dc.evaluateRequest({ expression: 'total', context: 'watch' })).body.memoryReference);
    for (let i = 59; i >= 45; i--) {
      await step(dc, 'stepBack', 'instruction');
      expect(await expectLikeUndebugged(dc, LOOP)).toBe(i);
      const mem = await dc.customRequest('readMemory', { memoryReference: `0x${total.toString(16)}`, count: 20 });
      expect(Buffer.from(mem.body.data, 'base64')).toEqual(Buffer.from(referenceMemory(LOOP, i, total, 20)));
    }
    const before = await counter(dc, 'instret');
    const s = await step(dc, 'stepBack');
    expect(await counter(dc, 'instret')).toBeLessThan(before);
    expect(s.frame.line).toBeGreaterThan(0);
    await expectLikeUndebugged(dc, LOOP);
    // Forward again from the past replays the same future.
    for (let i = 0; i < 10; i++) await step(dc, 'stepIn', 'instruction');
    await expectLikeUndebugged(dc, LOOP);
  });

  it('reverse continue stops at a breakpoint on the way back, and at the start of history', async () => {
    dc = await startClient();
    const line = lineOf(LOOP, 'store-total');
    await launch(dc, { program: LOOP }, () => dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [{ line }] }));
    for (let i = 1; i <= 3; i++) {
      await stopped(dc, 'breakpoint');
      if (i < 3) await dc.continueRequest({ threadId: 1 });
    }
    expect((await registers(dc))[8]).toBe(3);
    await Promise.all([dc.reverseContinueRequest({ threadId: 1 }), stopped(dc, 'breakpoint')]);
    expect((await registers(dc))[8]).toBe(2);
    await expectLikeUndebugged(dc, LOOP);
    await dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [] });
    await Promise.all([dc.reverseContinueRequest({ threadId: 1 }), stopped(dc)]);
    expect(await counter(dc, 'instret')).toBe(0);
    await expectLikeUndebugged(dc, LOOP);
  });

  it('reverse continue stops at a watchpoint hit on the way back', async () => {
    await start(LOOP);
    const symbols = (await dc.scopesRequest({ frameId: (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0]!.id })).body.scopes.find((s) => s.name === 'Symbols')!;
    const info = await dc.dataBreakpointInfoRequest({ name: 'total', variablesReference: symbols.variablesReference });
    await dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [{ line: lineOf(LOOP, 'write') }] });
    await Promise.all([dc.continueRequest({ threadId: 1 }), stopped(dc, 'breakpoint')]);
    await dc.setDataBreakpointsRequest({ breakpoints: [{ dataId: info.body.dataId!, accessType: 'write' }] });
    await Promise.all([dc.reverseContinueRequest({ threadId: 1 }), stopped(dc, 'data breakpoint')]);
    // The last write of total (14 → 30) is where the run stops going back.
    expect((await registers(dc))[5]).toBe(30);
    await expectLikeUndebugged(dc, LOOP);
  });
});

describe('restart and terminate', () => {
  it('restart goes back to the entry with the same breakpoints', async () => {
    dc = await startClient();
    const line = lineOf(LOOP, 'square');
    await launch(dc, { program: LOOP }, () => dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [{ line }] }));
    await stopped(dc, 'breakpoint');
    await dc.continueRequest({ threadId: 1 });
    await stopped(dc, 'breakpoint');
    expect((await registers(dc))[10]).toBe(2);
    await Promise.all([dc.restartRequest({}), stopped(dc, 'breakpoint')]);
    expect((await registers(dc))[10]).toBe(1);
  });

  it('terminate ends the session', async () => {
    await start(LOOP);
    await Promise.all([dc.terminateRequest({}), take(dc, 'terminated')]);
  });

  it('continue to the end: same output and exit code as an undebugged run', async () => {
    await start(LOOP);
    for (let i = 0; i < 5; i++) await step(dc, 'next');
    for (let i = 0; i < 3; i++) await step(dc, 'stepBack');
    const exited = take(dc, 'exited');
    await dc.continueRequest({ threadId: 1 });
    const ref = referenceRun(LOOP);
    expect(((await exited) as DebugProtocol.ExitedEvent).body.exitCode).toBe(ref.exitCode);
    await take(dc, 'terminated');
    expect(dc.outputs.get('stdout')).toBe(ref.stdout);
  });
});
