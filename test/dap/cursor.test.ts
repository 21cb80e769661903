// What the editor asks about a cursor position: where breakpoints can bind in a range of lines
// (breakpointLocations, sent by VS Code whenever a breakpoint is set), Jump to Cursor (gotoTargets +
// goto: pc moves, a new timeline that step back crosses) and Run to Cursor (a temporary line
// breakpoint and continue, as VS Code does it).
import type { DebugProtocol } from '@vscode/debugprotocol';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, errorOf, exitCode, launch, lineOf, program, registers, startClient, stopped, type Client } from './harness.js';

beforeAll(() => ensureBuilt());

let dc: Client;
afterEach(async () => {
  await dc?.stop();
});

const LOOP = program('loop.s');
const MAIN_INC = program('main-inc.s');
const TWICE = program('twice.inc');

async function start(path: string, configure?: () => Promise<unknown>): Promise<void> {
  dc = await startClient();
  await launch(dc, { program: path, stopOnEntry: configure === undefined }, configure);
  await stopped(dc, configure === undefined ? 'entry' : 'breakpoint');
}

const locations = (path: string, line: number, endLine?: number) =>
  dc.customRequest('breakpointLocations', { source: { path }, line, ...(endLine !== undefined ? { endLine } : {}) }) as Promise<DebugProtocol.BreakpointLocationsResponse>;

describe('breakpointLocations', () => {
  it('is advertised, with gotoTargets', async () => {
    dc = await startClient();
    const caps = (await dc.initializeRequest()).body!;
    expect(caps.supportsBreakpointLocationsRequest).toBe(true);
    expect(caps.supportsGotoTargetsRequest).toBe(true);
  });

  it('answers the lines with instructions in a range, at their statement column', async () => {
    await start(LOOP);
    const from = lineOf(LOOP, 'start');
    const to = lineOf(LOOP, 'call');
    const r = await locations(LOOP, from, to);
    // Every line of the range has code but the `loop:` label alone; statements start after a tab.
    const expected = [from, from + 1, from + 2, from + 3, lineOf(LOOP, 'loop'), to].map((line) => ({ line, column: 2 }));
    expect(r.body.breakpoints).toEqual(expected);
    // Without endLine only the line itself; a line of data or none is no location.
    expect((await locations(LOOP, to)).body.breakpoints).toEqual([{ line: to, column: 2 }]);
    expect((await locations(LOOP, lineOf(LOOP, 'loop') - 1)).body.breakpoints).toEqual([]);
    expect((await locations(LOOP, 1, 12)).body.breakpoints).toEqual([]);
  });

  it('answers lines of an .include\'d file', async () => {
    await start(MAIN_INC);
    const line = lineOf(TWICE, 'twice');
    expect((await locations(TWICE, 1, 100)).body.breakpoints).toEqual([{ line, column: 2 }, { line: line + 1, column: 2 }]);
  });

  it('answers no location before the program is launched (no error popup while starting)', async () => {
    dc = await startClient();
    await dc.initializeRequest();
    expect((await locations(LOOP, 1, 100)).body.breakpoints).toEqual([]);
  });

  it('answers nothing for files outside the program and refuses bad arguments', async () => {
    await start(LOOP);
    expect((await locations(program('fact.s'), 1, 100)).body.breakpoints).toEqual([]);
    expect(await errorOf(dc.customRequest('breakpointLocations', { source: { path: LOOP } }))).toMatch(/'line' must be a line number/);
    expect(await errorOf(dc.customRequest('breakpointLocations', { source: {}, line: 3 }))).toMatch(/no path/);
    expect(await errorOf(dc.customRequest('breakpointLocations', { source: { path: LOOP }, line: 3, endLine: 'x' }))).toMatch(/'endLine'/);
  });
});

const gotoTargets = (path: string, line: number) =>
  dc.gotoTargetsRequest({ source: { path }, line });

async function jump(path: string, line: number): Promise<DebugProtocol.GotoTarget> {
  const targets = (await gotoTargets(path, line)).body.targets;
  expect(targets).toHaveLength(1);
  const [, s] = await Promise.all([dc.gotoRequest({ threadId: 1, targetId: targets[0]!.id }), stopped(dc, 'goto')]);
  expect(s.frame.line).toBe(targets[0]!.line);
  return targets[0]!;
}

describe('Jump to Cursor', () => {
  it('moves pc to the line\'s first instruction; the rest of the run follows from there', async () => {
    await start(LOOP, () => dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [{ line: lineOf(LOOP, 'store-square') }] }));
    await dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [] });
    // total is 1 here; running `total += a0` once more adds 1: the exit status becomes 31, not 30.
    const target = await jump(LOOP, lineOf(LOOP, 'after-call'));
    expect(target.line).toBe(lineOf(LOOP, 'after-call'));
    expect((await registers(dc))[32]).toBe(parseInt(target.instructionPointerReference!, 16));
    const exited = exitCode(dc);
    await dc.continueRequest({ threadId: 1 });
    expect(await exited).toBe(31);
  });

  it('a line without code jumps to the next line that has some', async () => {
    await start(LOOP);
    const loop = lineOf(LOOP, 'loop');
    const t = await jump(LOOP, loop - 1);
    expect(t.line).toBe(loop);
  });

  it('is a new timeline: stepping back crosses the jump and forward re-applies it', async () => {
    await start(LOOP, () => dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [{ line: lineOf(LOOP, 'store-square') }] }));
    const at = (await registers(dc))[32]!;
    const target = await jump(LOOP, lineOf(LOOP, 'exit'));
    const to = parseInt(target.instructionPointerReference!, 16);
    await Promise.all([dc.stepBackRequest({ threadId: 1, granularity: 'instruction' }), stopped(dc, 'step')]);
    expect((await registers(dc))[32]).toBe(at - 4);
    await Promise.all([dc.nextRequest({ threadId: 1, granularity: 'instruction' }), stopped(dc, 'step')]);
    expect((await registers(dc))[32]).toBe(to);
    // exit(total) with total = 1 after the first pass.
    const exited = exitCode(dc);
    await dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [] });
    await dc.continueRequest({ threadId: 1 });
    expect(await exited).toBe(1);
  });

  it('answers no target past the code, refuses targets that are no instruction and a running program', async () => {
    await start(LOOP);
    expect((await gotoTargets(LOOP, 10_000)).body.targets).toEqual([]);
    expect(await errorOf(dc.gotoRequest({ threadId: 1, targetId: 4 }))).toMatch(/not an instruction/);
    expect(await errorOf(dc.gotoRequest({ threadId: 1, targetId: -1 }))).toMatch(/unknown target/);
    expect(await errorOf(dc.gotoRequest({ threadId: 7, targetId: 0x10074 }))).toMatch(/unknown thread/);
    expect(await errorOf(dc.customRequest('gotoTargets', { source: { path: LOOP } }))).toMatch(/'line' must be a line number/);
    const exited = exitCode(dc);
    await dc.continueRequest({ threadId: 1 });
    expect(await exited).toBe(30);
    expect(await errorOf(gotoTargets(LOOP, lineOf(LOOP, 'loop')))).toMatch(/ended/);
  });
});

describe('Run to Cursor', () => {
  it('runs to the line through a temporary breakpoint, the user\'s breakpoints still bound', async () => {
    const square = lineOf(LOOP, 'square');
    await start(LOOP);
    await dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [{ line: square }] });
    // VS Code adds the cursor's line to the file's breakpoints, continues, and takes it away at the stop.
    const cursor = lineOf(LOOP, 'store-total');
    await dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [{ line: square }, { line: cursor }] });
    await dc.continueRequest({ threadId: 1 });
    expect((await stopped(dc, 'breakpoint')).frame.line).toBe(square);
    await dc.continueRequest({ threadId: 1 });
    expect((await stopped(dc, 'breakpoint')).frame.line).toBe(cursor);
    await dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [{ line: square }] });
    await dc.continueRequest({ threadId: 1 });
    expect((await stopped(dc, 'breakpoint')).frame.line).toBe(square);
    expect((await registers(dc))[10]).toBe(2);
  });
});
