// Call-aware stepping in a recursion: next steps over a recursive call whole, stepOut returns one
// level, the shadow call stack follows call and ret, and stepping back crosses returns and calls.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, exitCode, launch, lineOf, program, registers, startClient, stopped, type Client } from './harness.js';
import { referenceRegisters } from './reference.js';

beforeAll(() => ensureBuilt());

let dc: Client;
afterEach(async () => {
  await dc?.stop();
});

const FACT = program('fact.s');
const A0 = 10;

async function depth(): Promise<number> {
  return (await dc.stackTraceRequest({ threadId: 1 })).body.totalFrames!;
}

async function step(kind: 'next' | 'stepIn' | 'stepOut' | 'stepBack'): Promise<Awaited<ReturnType<typeof stopped>>> {
  const req = kind === 'next' ? dc.nextRequest({ threadId: 1 }) : kind === 'stepIn' ? dc.stepInRequest({ threadId: 1 }) : kind === 'stepOut' ? dc.stepOutRequest({ threadId: 1 }) : dc.stepBackRequest({ threadId: 1 });
  const [, s] = await Promise.all([req, stopped(dc)]);
  return s;
}

describe('stepping through a recursion', () => {
  it('stepOut one level at a time, back across a ret, back over a call by line', async () => {
    dc = await startClient();
    await launch(dc, { program: FACT }, () => dc.setBreakpointsRequest({ source: { path: FACT }, breakpoints: [{ line: lineOf(FACT, 'base') }] }));
    await stopped(dc, 'breakpoint');
    // fact(5) → fact(4) → … → fact(1): the entry frame and five of fact.
    expect(await depth()).toBe(6);
    const names = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames.map((f) => f.name.replace(/\+.*/, ''));
    expect(names).toEqual(['fact', 'fact', 'fact', 'fact', 'fact', '_start']);
    // Out of fact(1) into fact(2), just after its recursive call.
    let s = await step('stepOut');
    expect(s.frame.line).toBe(lineOf(FACT, 'after-recurse'));
    expect(await depth()).toBe(5);
    expect((await registers(dc))[A0]).toBe(1);
    s = await step('stepOut');
    expect(s.frame.line).toBe(lineOf(FACT, 'after-recurse'));
    expect(await depth()).toBe(4);
    expect((await registers(dc))[A0]).toBe(2);
    // One instruction back across the ret: inside fact(2) again, at its `ret`.
    [, s] = await Promise.all([dc.stepBackRequest({ threadId: 1, granularity: 'instruction' }), stopped(dc)]);
    expect(s.frame.line).toBe(lineOf(FACT, 'ret'));
    expect(await depth()).toBe(5);
    expect(s.frame.name).toMatch(/^fact/);
    const n = (await dc.customRequest('tessera/chipMetrics', {})).body.instret as number;
    expect(await registers(dc)).toEqual(referenceRegisters(FACT, n));
    // Out again, then one line back: over the recursive call (the reverse of next), same depth.
    await step('stepOut');
    expect(await depth()).toBe(4);
    s = await step('stepBack');
    expect(s.frame.line).toBe(lineOf(FACT, 'recurse'));
    expect(await depth()).toBe(4);
  });

  it('next at the top-level call runs the whole recursion', async () => {
    dc = await startClient();
    await launch(dc, { program: FACT }, () => dc.setBreakpointsRequest({ source: { path: FACT }, breakpoints: [{ line: lineOf(FACT, 'call-fact') }] }));
    await stopped(dc, 'breakpoint');
    await dc.setBreakpointsRequest({ source: { path: FACT }, breakpoints: [] });
    const s = await step('next');
    expect(s.frame.line).toBe(lineOf(FACT, 'after-fact'));
    expect((await registers(dc))[A0]).toBe(120);
    expect(await depth()).toBe(1);
    const code = exitCode(dc);
    await dc.continueRequest({ threadId: 1 });
    expect(await code).toBe(120);
  });

  it('a breakpoint inside the recursion stops the next over it at each level', async () => {
    dc = await startClient();
    await launch(dc, { program: FACT }, () => dc.setBreakpointsRequest({ source: { path: FACT }, breakpoints: [{ line: lineOf(FACT, 'recurse') }] }));
    await stopped(dc, 'breakpoint');
    expect(await depth()).toBe(2);
    const s = await step('next');
    // Stepping over `call fact` meets the same breakpoint one level down.
    expect(s.reason).toBe('breakpoint');
    expect(await depth()).toBe(3);
  });
});
