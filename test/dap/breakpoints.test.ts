// Every breakpoint kind through the protocol: line (moved, unverified, in an .include'd file),
// conditional, hit count, logpoint, function, instruction, exception filters, data breakpoints.
import type { DebugProtocol } from '@vscode/debugprotocol';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, exitCode, launch, lineOf, program, registers, scopeVariables, startClient, stopped, take, type Client } from './harness.js';

beforeAll(() => ensureBuilt());

let dc: Client;
afterEach(async () => {
  await dc?.stop();
});

const LOOP = program('loop.s');
const S0 = 8, A0 = 10, T0 = 5;

async function lineBreakpoints(c: Client, path: string, bps: DebugProtocol.SourceBreakpoint[]): Promise<DebugProtocol.Breakpoint[]> {
  return (await c.setBreakpointsRequest({ source: { path }, breakpoints: bps })).body.breakpoints;
}

async function cont(c: Client): Promise<void> {
  await c.continueRequest({ threadId: 1 });
}

describe('line breakpoints', () => {
  it('stop at each pass through a loop, with the breakpoint id', async () => {
    dc = await startClient();
    const line = lineOf(LOOP, 'store-total');
    let bps: DebugProtocol.Breakpoint[] = [];
    await launch(dc, { program: LOOP }, async () => {
      bps = await lineBreakpoints(dc, LOOP, [{ line }]);
    });
    expect(bps[0]).toMatchObject({ verified: true, line, source: { path: LOOP } });
    const totals: number[] = [];
    for (let i = 1; i <= 4; i++) {
      const s = await stopped(dc, 'breakpoint');
      expect(s.frame.line).toBe(line);
      expect(s.body.hitBreakpointIds).toEqual([bps[0]!.id]);
      const regs = await registers(dc);
      expect(regs[S0]).toBe(i);
      totals.push(regs[T0]!);
      await cont(dc);
    }
    expect(totals).toEqual([1, 5, 14, 30]);
    const exited = (await take(dc, 'exited')) as DebugProtocol.ExitedEvent;
    expect(exited.body.exitCode).toBe(30);
  });

  it('move from a line without code to the next one and say so; beyond the code they are unverified', async () => {
    dc = await startClient();
    const blank = lineOf(LOOP, 'branch') + 1; // the empty line after the loop
    let bps: DebugProtocol.Breakpoint[] = [];
    await launch(dc, { program: LOOP, stopOnEntry: true }, async () => {
      bps = await lineBreakpoints(dc, LOOP, [{ line: blank }, { line: 9999 }]);
    });
    expect(bps[0]).toMatchObject({ verified: true, line: lineOf(LOOP, 'write') });
    expect(bps[0]!.message ?? '').toMatch(/moved|line/i);
    expect(bps[1]!.verified).toBe(false);
    expect(bps[1]!.message).toBeTruthy();
  });

  it('accept the deprecated `lines` form', async () => {
    dc = await startClient();
    const line = lineOf(LOOP, 'store-total');
    let bps: DebugProtocol.Breakpoint[] = [];
    await launch(dc, { program: LOOP }, async () => {
      bps = (await dc.setBreakpointsRequest({ source: { path: LOOP }, lines: [line] })).body.breakpoints;
    });
    expect(bps[0]).toMatchObject({ verified: true, line });
    expect((await stopped(dc, 'breakpoint')).frame.line).toBe(line);
  });

  it('bind in an .include\'d file', async () => {
    dc = await startClient();
    const inc = program('twice.inc');
    const line = lineOf(inc, 'twice');
    let bps: DebugProtocol.Breakpoint[] = [];
    await launch(dc, { program: program('main-inc.s') }, async () => {
      bps = await lineBreakpoints(dc, inc, [{ line }]);
    });
    expect(bps[0]).toMatchObject({ verified: true, line });
    const s = await stopped(dc, 'breakpoint');
    expect(s.frame.source?.path).toBe(inc);
    expect(s.frame.line).toBe(line);
    expect((await registers(dc))[A0]).toBe(20);
  });

  it('with a condition stop only where it holds', async () => {
    dc = await startClient();
    await launch(dc, { program: LOOP }, () => lineBreakpoints(dc, LOOP, [{ line: lineOf(LOOP, 'store-total'), condition: 's0 == 3' }]));
    await stopped(dc, 'breakpoint');
    expect((await registers(dc))[S0]).toBe(3);
    await cont(dc);
    expect((await exitCode(dc))).toBe(30);
  });

  it('with a hit count stop on that hit', async () => {
    dc = await startClient();
    await launch(dc, { program: LOOP }, () => lineBreakpoints(dc, LOOP, [{ line: lineOf(LOOP, 'loop'), hitCondition: '>=3' }]));
    await stopped(dc, 'breakpoint');
    expect((await registers(dc))[S0]).toBe(3);
    await cont(dc);
    await stopped(dc, 'breakpoint');
    expect((await registers(dc))[S0]).toBe(4);
  });

  it('as logpoints print with {expression} interpolation and do not stop', async () => {
    dc = await startClient();
    const logged: string[] = [];
    dc.on('output', (e: DebugProtocol.OutputEvent) => {
      if (e.body.category === 'console' && e.body.output.startsWith('i=')) logged.push(e.body.output.trim());
    });
    await launch(dc, { program: LOOP }, () => lineBreakpoints(dc, LOOP, [{ line: lineOf(LOOP, 'store-total'), logMessage: 'i={s0} total={t0}' }]));
    expect((await exitCode(dc))).toBe(30);
    expect(logged).toEqual(['i=1 total=1', 'i=2 total=5', 'i=3 total=14', 'i=4 total=30']);
  });
});

describe('function and instruction breakpoints', () => {
  it('stop at a label', async () => {
    dc = await startClient();
    let bps: DebugProtocol.Breakpoint[] = [];
    await launch(dc, { program: LOOP }, async () => {
      bps = (await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'square' }, { name: 'no_such_label' }] })).body.breakpoints;
    });
    expect(bps[0]!.verified).toBe(true);
    expect(bps[1]!.verified).toBe(false);
    const s = await stopped(dc, 'function breakpoint');
    expect(s.frame.line).toBe(lineOf(LOOP, 'square'));
    expect(s.frame.name).toMatch(/^square/);
    expect((await registers(dc))[A0]).toBe(1);
  });

  it('stop at an address from the disassembly view', async () => {
    dc = await startClient();
    await launch(dc, { program: LOOP, stopOnEntry: true });
    await stopped(dc, 'entry');
    const address = Number((await dc.evaluateRequest({ expression: 'square', context: 'watch' })).body.memoryReference);
    const r = await dc.customRequest('setInstructionBreakpoints', { breakpoints: [{ instructionReference: `0x${address.toString(16)}`, offset: 4 }] });
    expect(r.body.breakpoints[0]).toMatchObject({ verified: true });
    await cont(dc);
    const s = await stopped(dc, 'instruction breakpoint');
    expect(Number(s.frame.instructionPointerReference)).toBe(address + 4);
    expect((await registers(dc))[32]).toBe(address + 4);
  });
});

describe('exception breakpoints', () => {
  it('stop at a fault with its kind, on by default', async () => {
    dc = await startClient();
    const f = program('fault.s');
    await launch(dc, { program: f });
    const s = await stopped(dc, 'exception');
    expect(s.frame.line).toBe(lineOf(f, 'fault'));
    const info = await dc.exceptionInfoRequest({ threadId: 1 });
    expect(info.body.exceptionId).toBe('load-fault');
    expect(info.body.description).toMatch(/0x00000008/);
  });

  it('let the program fault and end when their filter is off', async () => {
    dc = await startClient();
    await launch(dc, { program: program('fault.s') }, () => dc.setExceptionBreakpointsRequest({ filters: ['ebreak'] }));
    const exited = (await take(dc, 'exited')) as DebugProtocol.ExitedEvent;
    expect(exited.body.exitCode).toBe(139);
  });

  it('stop at ebreak and continue past it', async () => {
    dc = await startClient();
    const e = program('ebreak.s');
    await launch(dc, { program: e }, () => dc.setExceptionBreakpointsRequest({ filters: ['ebreak'] }));
    const s = await stopped(dc, 'exception');
    expect(s.frame.line).toBe(lineOf(e, 'ebreak'));
    expect((await registers(dc))[A0]).toBe(3);
    await cont(dc);
    expect((await exitCode(dc))).toBe(7);
  });
});

describe('data breakpoints', () => {
  async function watch(c: Client, name: string, accessType: 'read' | 'write' | 'readWrite', extra: Partial<DebugProtocol.DataBreakpointInfoArguments> = {}): Promise<DebugProtocol.Breakpoint> {
    let args: DebugProtocol.DataBreakpointInfoArguments = { name, ...extra };
    if (!extra.asAddress) {
      const frameId = (await c.stackTraceRequest({ threadId: 1 })).body.stackFrames[0]!.id;
      const scope = (await c.scopesRequest({ frameId })).body.scopes.find((s) => s.name === 'Symbols')!;
      args = { ...args, variablesReference: scope.variablesReference };
    }
    const info = await c.dataBreakpointInfoRequest(args);
    expect(info.body.dataId, info.body.description).toBeTruthy();
    expect(info.body.accessTypes).toEqual(expect.arrayContaining(['read', 'write', 'readWrite']));
    const set = await c.setDataBreakpointsRequest({ breakpoints: [{ dataId: info.body.dataId!, accessType }] });
    expect(set.body.breakpoints[0]!.verified).toBe(true);
    return set.body.breakpoints[0]!;
  }

  it('on a symbol, break on write with old and new values', async () => {
    dc = await startClient();
    await launch(dc, { program: LOOP, stopOnEntry: true });
    await stopped(dc, 'entry');
    const bp = await watch(dc, 'total', 'write');
    const seen: string[] = [];
    for (const [from, to] of [[0, 1], [1, 5], [5, 14]]) {
      await cont(dc);
      const s = await stopped(dc, 'data breakpoint');
      expect(s.body.hitBreakpointIds).toEqual([bp.id]);
      const text = `${s.body.description ?? ''} ${s.body.text ?? ''}`;
      expect(text).toMatch(new RegExp(`${from}\\D.*\\b${to}\\b`));
      seen.push(String((await scopeVariables(dc, 'Symbols')).get('total')!.value));
    }
    expect(seen.map((v) => parseInt(v, 10))).toEqual([1, 5, 14]);
  });

  it('on a symbol, break on read', async () => {
    dc = await startClient();
    await launch(dc, { program: LOOP, stopOnEntry: true });
    await stopped(dc, 'entry');
    await watch(dc, 'total', 'read');
    await cont(dc);
    await stopped(dc, 'data breakpoint');
    // Stopped after the load `lw t0, 0(s2)`: t0 holds the value read.
    const regs = await registers(dc);
    expect(regs[T0]).toBe(0);
    expect(regs[S0]).toBe(1);
  });

  it('on an address range, break on access', async () => {
    dc = await startClient();
    await launch(dc, { program: LOOP, stopOnEntry: true });
    await stopped(dc, 'entry');
    const squares = Number((await dc.evaluateRequest({ expression: 'squares', context: 'watch' })).body.memoryReference);
    await watch(dc, `0x${(squares + 8).toString(16)}`, 'readWrite', { asAddress: true, bytes: 4 });
    await cont(dc);
    const s = await stopped(dc, 'data breakpoint');
    expect(`${s.body.description} ${s.body.text ?? ''}`).toMatch(/\b9\b/);
    expect((await registers(dc))[S0]).toBe(3);
  });
});

describe('run without debugging (noDebug)', () => {
  it('sets no breakpoint and lets faults end the program', async () => {
    dc = await startClient();
    let bps: DebugProtocol.Breakpoint[] = [];
    const code = exitCode(dc);
    await launch(dc, { program: LOOP, noDebug: true, stopOnEntry: true }, async () => {
      bps = await lineBreakpoints(dc, LOOP, [{ line: lineOf(LOOP, 'loop') }]);
    });
    expect(bps[0]).toMatchObject({ verified: false, message: 'the program runs without debugging' });
    expect(await code).toBe(30);
    await dc.stop();
    dc = await startClient();
    const faulted = exitCode(dc);
    await launch(dc, { program: program('fault.s'), noDebug: true }, () => dc.setExceptionBreakpointsRequest({ filters: ['load-fault'] }));
    expect(await faulted).toBe(139);
  });
});
