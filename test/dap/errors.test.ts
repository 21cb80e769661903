// Malformed and out-of-order requests get error responses with a readable message, and the
// adapter keeps answering afterwards. Launch refusals carry the assembler's file:line:col.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, errorOf, launch, program, startClient, stopped, take, type Client } from './harness.js';

beforeAll(() => ensureBuilt());

let dc: Client;
afterEach(async () => {
  await dc?.stop();
});

/** The adapter still answers. */
async function alive(c: Client): Promise<void> {
  const t = await c.threadsRequest();
  expect(t.body.threads).toEqual([{ id: 1, name: 'hart 0' }]);
}

describe('before launch', () => {
  it('answers initialize with the capabilities the features need', async () => {
    dc = await startClient();
    const r = await dc.initializeRequest();
    const caps = r.body!;
    for (const k of [
      'supportsConfigurationDoneRequest', 'supportsConditionalBreakpoints', 'supportsHitConditionalBreakpoints', 'supportsLogPoints',
      'supportsFunctionBreakpoints', 'supportsInstructionBreakpoints', 'supportsDataBreakpoints', 'supportsStepBack', 'supportsSteppingGranularity',
      'supportsRestartRequest', 'supportsTerminateRequest', 'supportsSetVariable', 'supportsEvaluateForHovers', 'supportsReadMemoryRequest',
      'supportsWriteMemoryRequest', 'supportsDisassembleRequest', 'supportsLoadedSourcesRequest', 'supportsCancelRequest', 'supportsExceptionInfoRequest',
    ] as const) expect(caps[k], k).toBe(true);
    const filters = caps.exceptionBreakpointFilters!.map((f) => f.filter);
    expect(filters).toEqual(expect.arrayContaining(['load-fault', 'store-fault', 'fetch-fault', 'illegal-instruction', 'misaligned-fetch', 'ebreak']));
  });

  it('refuses requests before initialize and before launch, then still works', async () => {
    dc = await startClient();
    expect(await errorOf(dc.threadsRequest())).toMatch(/not initialized/);
    await dc.initializeRequest();
    expect(await errorOf(dc.initializeRequest())).toMatch(/already initialized/);
    for (const [what, p] of [
      ['stackTrace', () => dc.stackTraceRequest({ threadId: 1 })],
      ['continue', () => dc.continueRequest({ threadId: 1 })],
      ['evaluate', () => dc.evaluateRequest({ expression: 'a0', context: 'repl' })],
      ['readMemory', () => dc.customRequest('readMemory', { memoryReference: '0x10000', count: 4 })],
      ['setBreakpoints', () => dc.setBreakpointsRequest({ source: { path: program('loop.s') }, breakpoints: [{ line: 30 }] })],
      ['configurationDone', () => dc.configurationDoneRequest()],
      ['tessera/traceRows', () => dc.customRequest('tessera/traceRows', {})],
    ] as const) {
      expect(await errorOf(p()), what).toMatch(/no program is being debugged \(send launch first\)/);
    }
    expect(await errorOf(dc.customRequest('frobnicate', {}))).toBe("unknown request 'frobnicate'");
    expect(await errorOf(dc.attachRequest({}))).toMatch(/use "request": "launch"/);
    await alive(dc);
  });

  it('refuses a launch configuration with wrong attributes, naming each', async () => {
    dc = await startClient();
    await dc.initializeRequest();
    const msg = await errorOf(dc.launchRequest({ program: 5, stopOnEntry: 'yes', bogus: 1 } as never));
    expect(msg).toContain("'program' must be a string");
    expect(msg).toContain("'stopOnEntry' must be true or false");
    expect(msg).toContain("unknown attribute 'bogus'");
    await alive(dc);
  });
});

describe('launch refusals', () => {
  it('refuses a .s that does not assemble, with every error as file:line:col', async () => {
    dc = await startClient();
    const stderr = dc.waitForEvent('output');
    const msg = await errorOf(dc.launch({ program: program('broken.s') }));
    expect(msg).toContain(`${program('broken.s')}:5:2: error: unknown instruction 'adi'; did you mean 'addi'?`);
    expect(msg).toMatch(new RegExp(`${program('broken.s').replace(/[.]/g, '\\.')}:7:9: error: invalid operand 2 of 'lw'`));
    // The Debug Console gets the GNU-style report with the source line and caret.
    const out = (await stderr).body as { output: string; category: string };
    expect(out.category).toBe('stderr');
    expect(out.output).toContain('\tadi\ta0, a0, 1');
    await alive(dc);
  });

  it('refuses a program that does not exist, and an unreadable stdinFile', async () => {
    dc = await startClient();
    expect(await errorOf(dc.launch({ program: program('no-such.s') }))).toMatch(/no-such\.s/);
    expect(await errorOf(dc.launchRequest({ program: program('loop.s'), stdinFile: program('missing.txt') } as never))).toMatch(/cannot read stdinFile .*missing\.txt.*ENOENT/);
    await alive(dc);
  });
});

describe('after launch', () => {
  it('answers bad references with errors and keeps going', async () => {
    dc = await startClient();
    await launch(dc, { program: program('loop.s'), stopOnEntry: true });
    await stopped(dc, 'entry');
    expect(await errorOf(dc.stackTraceRequest({ threadId: 7 }))).toMatch(/unknown thread 7/);
    expect(await errorOf(dc.nextRequest({ threadId: 2 }))).toMatch(/unknown thread 2/);
    expect(await errorOf(dc.scopesRequest({ frameId: 999 }))).toMatch(/unknown frame 999/);
    expect(await errorOf(dc.variablesRequest({ variablesReference: 12345 }))).toMatch(/unknown variables reference 12345/);
    expect(await errorOf(dc.customRequest('readMemory', { memoryReference: '0xffffffff', offset: 16, count: 4 }))).toMatch(/outside the 32-bit address space/);
    expect(await errorOf(dc.customRequest('readMemory', { memoryReference: 'banana', count: 4 }))).toMatch(/not a memory reference/);
    expect(await errorOf(dc.customRequest('writeMemory', { memoryReference: '0x8', data: 'AAAA' }))).toMatch(/not all mapped|not mapped/);
    expect(await errorOf(dc.disassembleRequest({ memoryReference: 'xyz', instructionCount: 4 }))).toMatch(/not a memory reference/);
    expect(await errorOf(dc.evaluateRequest({ expression: ')(*&^ garbage', context: 'watch' }))).not.toMatch(/internal error|at .*\.js/);
    expect(await errorOf(dc.evaluateRequest({ expression: '', context: 'repl' }))).toMatch(/empty/);
    expect(await errorOf(dc.setExceptionBreakpointsRequest({ filters: ['nonsense'] }))).toMatch(/unknown filter "nonsense"/);
    expect(await errorOf(dc.setBreakpointsRequest({ source: {}, breakpoints: [{ line: 3 }] }))).toMatch(/no path/);
    expect(await errorOf(dc.customRequest('tessera/traceRows', { count: -5 }))).toMatch(/'count'/);
    expect(await errorOf(dc.customRequest('tessera/traceRows', { filter: { colour: 'red' } }))).toMatch(/unknown filter 'colour'/);
    expect(await errorOf(dc.pauseRequest({ threadId: 1 }))).toMatch(/not running/);
    expect(await errorOf(dc.launchRequest({ program: program('loop.s') } as never))).toMatch(/already being debugged/);
    // Still a working session: a step lands and the state is readable.
    await Promise.all([dc.nextRequest({ threadId: 1 }), stopped(dc, 'step')]);
    await alive(dc);
  });
});

describe("the runtime's refusals", () => {
  it('reach the user as plain errors, not internal ones', async () => {
    dc = await startClient();
    await launch(dc, { program: program('loop.s'), stopOnEntry: true });
    await stopped(dc, 'entry');
    const frameId = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0]!.id;
    const regs = (await dc.scopesRequest({ frameId })).body.scopes[0]!;
    for (const [name, value] of [['foo', '1'], ['a0', '1 +'], ['zero', '5']]) {
      const msg = await errorOf(dc.setVariableRequest({ variablesReference: regs.variablesReference, name, value }));
      expect(msg, `${name} = ${value}`).not.toMatch(/^internal error/);
    }
    expect(await errorOf(dc.customRequest('tessera/goto', { instret: 5000 }))).not.toMatch(/^internal error/);
    expect(await errorOf(dc.dataBreakpointInfoRequest({ name: ')(' }).then((r) => { if (!r.body.dataId) throw new Error(r.body.description); }))).not.toMatch(/^internal error/);
  });
});

describe('odd programs', () => {
  it.each([
    ['a folder', () => program('')],
    ['binary data', () => program('hint.bin')],
  ])('%s is refused with a message, and a good launch follows', async (_what, path) => {
    dc = await startClient();
    const msg = await errorOf(dc.launch({ program: path() }));
    expect(msg).not.toMatch(/^internal error/);
    expect(msg.length).toBeGreaterThan(5);
    const initialized = take(dc, 'initialized');
    await dc.launchRequest({ program: program('loop.s'), stopOnEntry: true } as never);
    await initialized;
    await dc.configurationDoneRequest();
    await stopped(dc, 'entry');
  });
});
