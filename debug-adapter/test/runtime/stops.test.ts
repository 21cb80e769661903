// Every stop reason, breakpoint binding through the source map (and .include), conditions, hit
// counts, logpoints, function and instruction breakpoints, watchpoints, exceptions, input on
// demand, launch errors.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { launch, lineOf } from './support.js';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'programs');
const read = (name: string) => readFileSync(resolve(DIR, name), 'utf8');
const COUNT = read('count.s');
const BUMP = read('bump.s');
const FILES = { 'count.s': COUNT, 'bump.s': BUMP, 'fact.s': read('fact.s'), 'echo.s': read('echo.s'), 'faults.s': read('faults.s') };

describe('launch', () => {
  it('refuses a program with assembly errors, with diagnostics', async () => {
    const { DebugRuntime } = await import('../../src/runtime/index.js');
    const rt = new DebugRuntime();
    const r = await rt.launch({ program: 'bad.s', host: { readFile: () => new TextEncoder().encode('  adi a0, a0, 1\n') } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(/bad\.s: 1 error: bad\.s:1: unknown instruction 'adi'/);
      expect(r.diagnostics[0]!.range.start.line).toBe(1);
    }
  });

  it('refuses a missing file and a malformed ELF', async () => {
    const { DebugRuntime } = await import('../../src/runtime/index.js');
    const rt = new DebugRuntime();
    expect(await rt.launch({ program: 'nope.s', host: { readFile: () => undefined } })).toMatchObject({ ok: false, message: 'cannot read nope.s' });
    const r = await rt.launch({ program: 'x.elf', host: { readFile: () => new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 1, 1]) } });
    expect(r.ok).toBe(false);
    expect(() => rt.registers()).toThrow(/not launched/);
  });

  it('stops on entry, then runs to the end with output and exit code', async () => {
    const s = await launch(FILES, 'count.s', { stopOnEntry: true });
    await s.rt.start();
    expect(s.last()).toMatchObject({ reason: 'entry', hitBreakpointIds: [] });
    expect(s.rt.registers()[32]!.value).toBe(s.rt.evaluate('_start', 'repl').value);
    await s.rt.continue();
    expect(s.stdout()).toBe('done\n');
    expect(s.exited).toEqual([{ exitCode: 15, status: 'exited' }]);
    expect(s.terminated).toBe(1);
    expect(s.rt.state).toBe('ended');
  });
});

describe('line breakpoints', () => {
  it('bind through the source map, in included files too, moving empty lines to the next instruction', async () => {
    const s = await launch(FILES, 'count.s');
    const empty = lineOf(BUMP, 'bump-load') + 1;
    const b = s.rt.setLineBreakpoints('bump.s', [{ line: lineOf(BUMP, 'bump-add') }, { line: empty }, { line: 1 }, { line: 999 }]);
    expect(b.map((x) => [x.verified, x.line, x.message])).toEqual([
      [true, lineOf(BUMP, 'bump-add'), undefined],
      [true, lineOf(BUMP, 'bump-add'), `moved to line ${lineOf(BUMP, 'bump-add')}`],
      [true, lineOf(BUMP, 'la t2'), `moved to line ${lineOf(BUMP, 'la t2')}`],
      [false, 999, 'no instruction on or after line 999'],
    ]);
    expect(s.rt.setLineBreakpoints('other.s', [{ line: 3 }])[0]).toMatchObject({ verified: false, message: 'other.s is not part of the program' });
  });

  it('stop each time through the loop, with the hit ids; hit counts and conditions filter', async () => {
    const s = await launch(FILES, 'count.s');
    const [b] = s.rt.setLineBreakpoints('bump.s', [{ line: lineOf(BUMP, 'bump-add') }]);
    await s.rt.start();
    expect(s.last()).toMatchObject({ reason: 'breakpoint', hitBreakpointIds: [b!.id] });
    expect(s.last().description).toMatch(/^breakpoint at bump\+0xc \(bump\.s:\d+\)$/);
    expect(s.rt.evaluate('t3', 'watch').value).toBe(0);
    await s.rt.continue();
    expect(s.rt.evaluate('t3', 'watch').value).toBe(3);
    // Only where count already holds 9, from now on.
    s.rt.setLineBreakpoints('bump.s', [{ line: lineOf(BUMP, 'bump-add'), condition: '*count == 9' }]);
    await s.rt.continue();
    expect(s.rt.evaluate('t3', 'watch').value).toBe(9);
    s.rt.setLineBreakpoints('bump.s', [{ line: lineOf(BUMP, 'bump-add'), condition: 'a0 ==' }]);
    expect(s.rt.setLineBreakpoints('bump.s', [{ line: lineOf(BUMP, 'bump-add'), condition: 'a0 ==' }])[0]).toMatchObject({ verified: false, message: 'expression expected (column 6)' });
    await s.rt.continue();
    expect(s.exited[0]!.exitCode).toBe(15);
  });

  it('hit condition: stop on the third hit only', async () => {
    const s = await launch(FILES, 'count.s');
    s.rt.setLineBreakpoints('count.s', [{ line: lineOf(COUNT, 'after-call'), hitCondition: '3' }]);
    await s.rt.start();
    expect(s.rt.evaluate('s0', 'watch').value).toBe(2);
    await s.rt.continue();
    expect(s.stops.length).toBe(1);
    expect(s.exited.length).toBe(1);
  });

  it('hit counts go back with the run: a step back before the third hit, then continue, stops there again', async () => {
    const s = await launch(FILES, 'count.s');
    s.rt.setLineBreakpoints('count.s', [{ line: lineOf(COUNT, 'after-call'), hitCondition: '3' }]);
    await s.rt.start();
    const third = s.rt.counters().instret;
    await s.rt.stepBack('instruction');
    expect(s.rt.counters().instret).toBe(third - 1);
    await s.rt.continue();
    expect(s.stops.length).toBe(3);
    expect(s.last()).toMatchObject({ reason: 'breakpoint' });
    expect(s.rt.counters().instret).toBe(third);
    expect(s.rt.evaluate('s0', 'watch').value).toBe(2);
    // Back to the start: every hit is taken back, so the third one is the same third again.
    await s.rt.reverseContinue();
    await s.rt.continue();
    expect(s.rt.counters().instret).toBe(third);
  });

  it('logpoints print with {expression} interpolation and do not stop', async () => {
    const s = await launch(FILES, 'count.s');
    s.rt.setLineBreakpoints('bump.s', [{ line: lineOf(BUMP, 'bump-store'), logMessage: 'count {*count} -> {t3} {{x}} {nothere}' }]);
    await s.rt.start();
    expect(s.stops).toEqual([]);
    expect(s.console().split('\n').slice(0, 2)).toEqual([
      "count 0 -> 3 {x} <error: no register or label named 'nothere' (column 1)>",
      "count 3 -> 6 {x} <error: no register or label named 'nothere' (column 1)>",
    ]);
    expect(s.exited[0]!.exitCode).toBe(15);
  });
});

describe('the first instruction', () => {
  it('a breakpoint on it stops at start; resuming from it does not stop there again', async () => {
    const s = await launch(FILES, 'count.s');
    const [b] = s.rt.setLineBreakpoints('count.s', [{ line: lineOf(COUNT, '# init') }]);
    await s.rt.start();
    expect(s.last()).toMatchObject({ reason: 'breakpoint', hitBreakpointIds: [b!.id] });
    expect(s.rt.counters().instret).toBe(0);
    await s.rt.continue();
    expect(s.exited[0]!.exitCode).toBe(15);
  });
});

describe('other breakpoint kinds', () => {
  it('function breakpoints on labels, instruction breakpoints on addresses', async () => {
    const s = await launch(FILES, 'count.s');
    const [f, missing] = s.rt.setFunctionBreakpoints([{ name: 'bump' }, { name: 'nosuch' }]);
    expect(f).toMatchObject({ verified: true, file: 'bump.s', line: lineOf(BUMP, 'la t2') });
    expect(missing).toMatchObject({ verified: false, message: "no label 'nosuch'" });
    await s.rt.start();
    expect(s.last()).toMatchObject({ reason: 'function-breakpoint', hitBreakpointIds: [f!.id] });
    const bump = s.rt.evaluate('bump', 'repl').value!;
    expect(s.rt.registers()[32]!.value).toBe(bump);
    s.rt.setFunctionBreakpoints([]);
    const [i, odd] = s.rt.setInstructionBreakpoints([{ address: bump + 8 }, { address: bump + 2 }]);
    expect(i!.verified).toBe(true);
    expect(odd).toMatchObject({ verified: false, message: 'instruction addresses are multiples of 4' });
    await s.rt.continue();
    expect(s.last()).toMatchObject({ reason: 'instruction-breakpoint', hitBreakpointIds: [i!.id] });
    expect(s.rt.registers()[32]!.value).toBe(bump + 8);
  });

  it('data breakpoint hit counts go back with the run too', async () => {
    const s = await launch(FILES, 'count.s');
    s.rt.setDataBreakpoints([{ dataId: 'count', accessType: 'write', hitCondition: '2' }]);
    await s.rt.start();
    expect(s.last().dataHits![0]).toMatchObject({ oldValue: 3, newValue: 6 });
    const second = s.rt.counters().instret;
    await s.rt.stepBack('instruction');
    await s.rt.continue();
    expect(s.last()).toMatchObject({ reason: 'data-breakpoint' });
    expect(s.last().dataHits![0]).toMatchObject({ oldValue: 3, newValue: 6 });
    expect(s.rt.counters().instret).toBe(second);
  });

  it('data breakpoints report old and new values on write, and reads on access', async () => {
    const s = await launch(FILES, 'count.s');
    const info = s.rt.dataBreakpointInfo('count');
    expect(info).toMatchObject({ dataId: 'count', size: 4, accessTypes: ['read', 'write', 'readWrite'] });
    const [w] = s.rt.setDataBreakpoints([{ dataId: 'count', accessType: 'write' }]);
    await s.rt.start();
    expect(s.last()).toMatchObject({ reason: 'data-breakpoint', hitBreakpointIds: [w!.id], dataHits: [{ access: 'write', oldValue: 0, newValue: 3 }] });
    expect(s.last().description).toBe('write of count (4 bytes at 0x' + info.address!.toString(16).padStart(8, '0') + '): 0 → 3');
    // Stopped after the store: pc is at the ret.
    expect(s.rt.sourceOf(s.rt.registers()[32]!.value)?.line).toBe(lineOf(BUMP, 'bump-ret'));
    await s.rt.continue();
    expect(s.last().dataHits![0]).toMatchObject({ oldValue: 3, newValue: 6 });
    s.rt.setDataBreakpoints([{ dataId: 'count', accessType: 'read' }]);
    await s.rt.continue();
    expect(s.last().dataHits![0]).toMatchObject({ access: 'read', newValue: 6 });
    expect(s.rt.sourceOf(s.rt.registers()[32]!.value)?.line).toBe(lineOf(BUMP, 'bump-load') + 2);
    s.rt.setDataBreakpoints([{ dataId: 'count', accessType: 'readWrite', hitCondition: '>100' }]);
    await s.rt.continue();
    expect(s.exited[0]!.exitCode).toBe(15);
  });

  it('data breakpoints on an expression address and on a range', async () => {
    const s = await launch(FILES, 'count.s');
    expect(s.rt.dataBreakpointInfo('*(char*)(bytes+1)')).toMatchObject({ size: 1 });
    expect(s.rt.dataBreakpointInfo('count:8')).toMatchObject({ size: 8 });
    expect(s.rt.dataBreakpointInfo('nosuch + ')).toEqual({ accessTypes: [], description: "cannot watch 'nosuch +': expression expected (column 9)" });
    s.rt.setDataBreakpoints([{ dataId: 'count:8', accessType: 'write', condition: '*count >= 12' }]);
    await s.rt.start();
    expect(s.last().dataHits![0]).toMatchObject({ oldValue: 9, newValue: 12 });
  });
});

describe('exceptions', () => {
  it('ebreak stops and continues past it; a fault stops as an exception, then ends the run', async () => {
    const s = await launch(FILES, 'faults.s');
    await s.rt.start();
    expect(s.last()).toMatchObject({ reason: 'exception' });
    expect(s.last().description).toMatch(/^ebreak at/);
    await s.rt.continue();
    expect(s.last()).toMatchObject({ reason: 'exception', fault: { kind: 'load-fault', address: 8 } });
    expect(s.last().fault!.source!.start.line).toBe(lineOf(read('faults.s'), 'bad-load'));
    expect(s.rt.evaluate('a0', 'watch').value).toBe(8);
    await s.rt.continue();
    expect(s.exited).toEqual([{ exitCode: 139, status: 'fault' }]);
    expect(s.output.find((o) => o.category === 'stderr')?.text).toMatch(/faults\.s:\d+:\d+: fault: load-fault: load from unmapped address 0x00000008/);
  });

  it('with the filters off, the guest faults at ebreak and the run ends', async () => {
    const s = await launch(FILES, 'faults.s');
    s.rt.setExceptionFilters([]);
    await s.rt.start();
    expect(s.stops).toEqual([]);
    expect(s.exited).toEqual([{ exitCode: 139, status: 'fault' }]);
    expect(s.output.map((o) => o.text).join('')).toMatch(/fault: breakpoint/);
  });
});

describe('pause and input', () => {
  it('asks for input when the guest reads and none was given, then goes on', async () => {
    const s = await launch(FILES, 'echo.s');
    const requested = new Promise<void>((r) => s.rt.once('inputRequested', () => r()));
    void s.rt.start();
    await requested;
    expect(s.rt.state).toBe('waiting-input');
    const ended = new Promise<void>((r) => s.rt.once('terminated', () => r()));
    s.rt.provideInput('hello');
    await ended;
    expect(s.stdout()).toBe('hello\nhello\n');
    expect(s.exited[0]!.exitCode).toBe(6);
  });

  it('uses the stdin given at launch without asking', async () => {
    const s = await launch(FILES, 'echo.s', { stdin: 'abc' });
    await s.rt.start();
    expect(s.inputRequests).toBe(0);
    expect(s.stdout()).toBe('abcabc');
  });

  it('pause stops a running loop', async () => {
    const spin = '  .globl _start\n_start:\n  addi a0, a0, 1\n  j _start\n';
    const s = await launch({ 'spin.s': spin }, 'spin.s');
    const stopped = new Promise<void>((r) => s.rt.once('stopped', () => r()));
    void s.rt.start();
    await new Promise((r) => setImmediate(r));
    s.rt.pause();
    await stopped;
    expect(s.last().reason).toBe('pause');
    expect(s.rt.counters().instret).toBeGreaterThan(0);
    s.rt.terminate();
    expect(s.terminated).toBe(1);
  });
});
