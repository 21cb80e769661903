// Inspection through the protocol: stack trace, scopes and variables, setVariable, evaluate in
// each context, readMemory/writeMemory, disassemble, loaded sources, completions.
import type { DebugProtocol } from '@vscode/debugprotocol';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { counter, ensureBuilt, errorOf, launch, lineOf, program, registers, scopeVariables, startClient, stopped, type Client } from './harness.js';

beforeAll(() => ensureBuilt());

let dc: Client;
afterEach(async () => {
  await dc?.stop();
});

const LOOP = program('loop.s');

/** Launches loop.s and stops at the breakpoint of `marker` (its `hit`-th pass). */
async function stopAt(marker: string, hit = 1): Promise<void> {
  dc = await startClient();
  await launch(dc, { program: LOOP }, () => dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [{ line: lineOf(LOOP, marker), hitCondition: String(hit) }] }));
  await stopped(dc, 'breakpoint');
}

describe('stack and scopes', () => {
  it('show the shadow call stack with labels and lines', async () => {
    await stopAt('square', 2);
    const st = await dc.stackTraceRequest({ threadId: 1 });
    const [inner, outer] = st.body.stackFrames;
    expect(st.body.stackFrames.length).toBe(2);
    expect(inner).toMatchObject({ name: expect.stringMatching(/^square/), line: lineOf(LOOP, 'square'), source: { path: LOOP } });
    expect(outer).toMatchObject({ line: lineOf(LOOP, 'call'), source: { path: LOOP } });
    expect(outer!.name).toMatch(/_start|loop/);
    const scopes = await dc.scopesRequest({ frameId: inner!.id });
    expect(scopes.body.scopes.map((s) => s.name)).toEqual(['Registers', 'Counters', 'Symbols', 'Environment']);
    // Levels page the frames.
    const one = await dc.stackTraceRequest({ threadId: 1, startFrame: 1, levels: 1 });
    expect(one.body.stackFrames.map((f) => f.id)).toEqual([outer!.id]);
  });

  it('Registers: x0–x31 by ABI name and pc, hex and decimal, changed ones marked', async () => {
    await stopAt('after-call');
    const vars = await scopeVariables(dc, 'Registers');
    expect(vars.size).toBe(33);
    expect(vars.get('a0')).toMatchObject({ value: '0x00000001 (1)', type: 'x10', evaluateName: 'a0' });
    expect(vars.get('zero')!.type).toBe('x0');
    expect(vars.get('pc')!.value).toMatch(/^0x[0-9a-f]{8} \(-?\d+\)$/);
    // Two instructions, `lw t0, 0(s2)` then `add t0, t0, a0`: the last step changes t0 and pc, not a0.
    for (let i = 0; i < 2; i++) await Promise.all([dc.stepInRequest({ threadId: 1, granularity: 'instruction' }), stopped(dc, 'step')]);
    const frameId = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0]!.id;
    const reg = (await dc.scopesRequest({ frameId })).body.scopes[0]!;
    const raw = (await dc.variablesRequest({ variablesReference: reg.variablesReference })).body.variables;
    const changed = raw.filter((v) => v.name.startsWith('*')).map((v) => v.name);
    expect(changed).toEqual(expect.arrayContaining(['*t0', '*pc']));
    expect(changed).not.toContain('*a0');
  });

  it('Counters, Symbols (by .size and type) and Environment', async () => {
    await stopAt('store-total', 2);
    const counters = await scopeVariables(dc, 'Counters');
    for (const k of ['instret', 'timestamp', 'gas', 'segment']) expect(counters.has(k), k).toBe(true);
    expect(Number(counters.get('instret')!.value)).toBeGreaterThan(10);
    const symbols = await scopeVariables(dc, 'Symbols');
    expect(symbols.get('total')!.value).toMatch(/^1\b/);
    expect(symbols.get('greeting')!.value).toBe(JSON.stringify('sums\n'));
    const squares = symbols.get('squares')!;
    expect(squares.indexedVariables).toBe(4);
    const elems = await dc.variablesRequest({ variablesReference: squares.variablesReference });
    expect(elems.body.variables.map((v) => parseInt(v.value, 10))).toEqual([1, 0, 0, 0]);
    const env = await scopeVariables(dc, 'Environment');
    expect(env.get('environment')!.value).toBe('linux');
    expect(env.get('brk')!.value).toMatch(/^0x/);
  });

  it('setVariable edits registers and memory', async () => {
    await stopAt('after-call');
    const frameId = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0]!.id;
    const [regs, , syms] = (await dc.scopesRequest({ frameId })).body.scopes;
    const r = await dc.setVariableRequest({ variablesReference: regs!.variablesReference, name: 'a0', value: '0x55' });
    expect(r.body.value).toBe('0x00000055 (85)');
    expect((await registers(dc))[10]).toBe(0x55);
    await dc.setVariableRequest({ variablesReference: syms!.variablesReference, name: 'total', value: '40 + 2' });
    expect((await dc.evaluateRequest({ expression: '*total', context: 'watch' })).body.result).toMatch(/^42\b/);
    expect(await errorOf(dc.setVariableRequest({ variablesReference: syms!.variablesReference, name: 'nope', value: '1' }))).toMatch(/no symbol 'nope'/);
    // The program goes on with both edits: `lw t0, total` reads 42, `add t0, t0, a0` adds 0x55.
    await Promise.all([dc.nextRequest({ threadId: 1 }), stopped(dc, 'step')]);
    await Promise.all([dc.nextRequest({ threadId: 1 }), stopped(dc, 'step')]);
    expect((await registers(dc))[5]).toBe(42 + 0x55);
  });
});

describe('evaluate', () => {
  it('in watch, hover and REPL contexts; REPL commands; errors for garbage', async () => {
    await stopAt('store-total', 3);
    expect((await dc.evaluateRequest({ expression: 's0 * 10 + 1', context: 'watch' })).body.result).toMatch(/^31\b/);
    expect((await dc.evaluateRequest({ expression: 't0', context: 'hover' })).body.result).toMatch(/^14\b/);
    const total = await dc.evaluateRequest({ expression: 'total', context: 'watch' });
    expect(total.body.memoryReference).toMatch(/^0x[0-9a-f]{8}$/);
    expect((await dc.evaluateRequest({ expression: 'squares[1]', context: 'watch' })).body.result).toMatch(/^4\b/);
    const dump = await dc.evaluateRequest({ expression: 'x/4wx squares', context: 'repl' });
    expect(dump.body.result).toMatch(/0x00000001.*0x00000004/s);
    const chips = await dc.evaluateRequest({ expression: 'info chips', context: 'repl' });
    expect(chips.body.result).toMatch(/Multiplication/);
    expect(await errorOf(dc.evaluateRequest({ expression: 'no_such_thing + 1', context: 'watch' }))).toMatch(/no_such_thing/);
    expect(await errorOf(dc.evaluateRequest({ expression: '1 +', context: 'hover' }))).not.toMatch(/\bat\b.*\.js/);
  });

  it('honours the hex value format for values, not for command listings', async () => {
    await stopAt('store-total', 3);
    const hex = { hex: true };
    expect((await dc.evaluateRequest({ expression: 't0', context: 'watch', format: hex })).body.result).toBe('0x0000000e');
    expect((await dc.evaluateRequest({ expression: '-1', context: 'hover', format: hex })).body.result).toBe('0xffffffff');
    expect((await dc.evaluateRequest({ expression: 'squares[1]', context: 'repl', format: hex })).body.result).toBe('0x00000004');
    expect((await dc.evaluateRequest({ expression: 't0', context: 'watch', format: { hex: false } })).body.result).toMatch(/^14 \(0x0000000e\)$/);
    const chips = await dc.evaluateRequest({ expression: 'info chips', context: 'repl', format: hex });
    expect(chips.body.result).toBe((await dc.evaluateRequest({ expression: 'info chips', context: 'repl' })).body.result);
  });

  it('completes registers, symbols and commands in the REPL', async () => {
    await stopAt('store-total');
    const c1 = await dc.completionsRequest({ text: 'gre', column: 4 });
    expect(c1.body.targets.map((t) => t.label)).toContain('greeting');
    const c2 = await dc.completionsRequest({ text: 'info c', column: 7 });
    expect(c2.body.targets.map((t) => t.label)).toContain('info chips');
    const c3 = await dc.completionsRequest({ text: 's0 + s', column: 7 });
    expect(c3.body.targets.map((t) => t.label)).toEqual(expect.arrayContaining(['s1', 'sp', 'squares']));
  });
});

describe('memory and disassembly', () => {
  it('readMemory / writeMemory on a symbol, with unreadable bytes reported', async () => {
    await stopAt('store-total', 2);
    const ref = (await dc.evaluateRequest({ expression: 'squares', context: 'watch' })).body.memoryReference!;
    const r = await dc.customRequest('readMemory', { memoryReference: ref, count: 8 });
    expect(Buffer.from(r.body.data, 'base64')).toEqual(Buffer.from([1, 0, 0, 0, 0, 0, 0, 0]));
    const w = await dc.customRequest('writeMemory', { memoryReference: ref, offset: 4, data: Buffer.from([7, 0, 0, 0]).toString('base64') });
    expect(w.body.bytesWritten).toBe(4);
    expect((await dc.evaluateRequest({ expression: 'squares[1]', context: 'watch' })).body.result).toMatch(/^7\b/);
    const low = await dc.customRequest('readMemory', { memoryReference: '0x0', count: 16 });
    expect(low.body.unreadableBytes).toBe(16);
  });

  it('disassemble around pc with symbols and source lines, padding outside the space', async () => {
    await stopAt('call');
    const top = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0]!;
    const pc = Number(top.instructionPointerReference);
    const d = await dc.disassembleRequest({ memoryReference: top.instructionPointerReference!, instructionOffset: -2, instructionCount: 6, resolveSymbols: true });
    const list = d.body!.instructions;
    expect(list.length).toBe(6);
    expect(Number(list[2]!.address)).toBe(pc);
    expect(list[2]!.instruction).toMatch(/^auipc\s+ra/); // `call` is auipc + jalr
    expect(list[2]!.line).toBe(lineOf(LOOP, 'call'));
    expect(list.some((i) => i.symbol === 'loop')).toBe(true);
    const edge = await dc.disassembleRequest({ memoryReference: '0x0', instructionOffset: -3, instructionCount: 5 });
    expect(edge.body!.instructions.length).toBe(5);
    expect(edge.body!.instructions.slice(0, 3).every((i) => i.presentationHint === 'invalid')).toBe(true);
  });

  it('loaded sources list the program and its includes', async () => {
    dc = await startClient();
    await launch(dc, { program: program('main-inc.s'), stopOnEntry: true });
    await stopped(dc, 'entry');
    const r = await dc.customRequest('loadedSources', {});
    const paths = (r.body.sources as DebugProtocol.Source[]).map((s) => s.path);
    expect(paths).toEqual(expect.arrayContaining([program('main-inc.s'), program('twice.inc')]));
    expect(await counter(dc, 'instret')).toBe(0);
  });
});

describe('console assignments', () => {
  it('change registers and memory, and tell the views to refresh', async () => {
    await stopAt('store-total', 2);
    const invalidated = new Promise<void>((resolve) => dc.on('invalidated', () => resolve()));
    await dc.evaluateRequest({ expression: 'a0 = 0x123', context: 'repl' });
    await invalidated;
    expect((await registers(dc))[10]).toBe(0x123);
    await dc.evaluateRequest({ expression: '*total = 99', context: 'repl' });
    expect((await dc.evaluateRequest({ expression: '*total', context: 'watch' })).body.result).toMatch(/^99\b/);
  });

  it('disassembly shows each instruction word as objdump does', async () => {
    await stopAt('start');
    const pc = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0]!.instructionPointerReference!;
    const d = await dc.disassembleRequest({ memoryReference: pc, instructionCount: 1 });
    expect(d.body!.instructions[0]).toMatchObject({ instructionBytes: '00100413', instruction: expect.stringMatching(/^li\s+s0,\s*1/) });
  });
});
