// Bad input is answered, never a crash: garbage to every method gives a RuntimeError or an
// EvaluateError with a message (or an empty, sane answer), and the runtime goes on working.
// Also: restart, terminate while running, a short history.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RuntimeError } from '../../src/runtime/index.js';
import { EvaluateError } from '../../src/expressions/parse.js';
import { launch, lineOf } from './support.js';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'programs');
const read = (name: string) => readFileSync(resolve(DIR, name), 'utf8');
const FILES = { 'count.s': read('count.s'), 'bump.s': read('bump.s') };

/** Runs f; answers 'ok', or the class of what it threw (anything but our two errors fails the test). */
function outcome(f: () => unknown): string {
  try {
    f();
    return 'ok';
  } catch (e) {
    if (e instanceof RuntimeError) return 'RuntimeError';
    if (e instanceof EvaluateError) return 'EvaluateError';
    throw e;
  }
}

describe('garbage in', () => {
  it('every method answers garbage with an error or a sane empty answer', async () => {
    const s = await launch(FILES, 'count.s', { stopOnEntry: true });
    await s.rt.start();
    const garbage = [NaN, -1, Infinity, 2 ** 40, 0.5];
    for (const g of garbage) {
      expect(['ok']).toContain(outcome(() => s.rt.readMemory(g, g)));
      expect(s.rt.readMemory(g, g).data.length).toBeLessThanOrEqual(1 << 20);
      expect(outcome(() => s.rt.disassemble(g, g))).toBe('ok');
      expect(outcome(() => s.rt.traceRows({ start: g, count: g }))).toBe('ok');
      expect(outcome(() => s.rt.setInstructionBreakpoints([{ address: g }]))).toBe('ok');
      if (g !== 0.5) await expect(s.rt.goto(g)).rejects.toBeInstanceOf(RuntimeError);
    }
    for (const text of ['', '(', '*', 'a0 +* 3', '\u0000', 'x/', 'x/9999999wx sp', 'info', '🙂', 'a'.repeat(10_000), '((((((((((((1))))))))))))']) {
      expect(['ok', 'EvaluateError']).toContain(outcome(() => s.rt.evaluate(text, 'repl')));
      expect(['ok', 'EvaluateError']).toContain(outcome(() => s.rt.evaluate(text, 'watch')));
    }
    expect(outcome(() => s.rt.setRegister('q9', 1))).toBe('RuntimeError');
    expect(outcome(() => s.rt.setRegister('zero', 1))).toBe('RuntimeError');
    expect(s.rt.setLineBreakpoints('count.s', [{ line: -3 }, { line: NaN }, { line: 1, condition: ')' }, { line: 1, hitCondition: 'x' }, { line: 1, logMessage: '{' }]).map((b) => b.verified))
      .toEqual([true, false, false, false, false]);
    expect(s.rt.dataBreakpointInfo('').dataId).toBeUndefined();
    expect(s.rt.setDataBreakpoints([{ dataId: 'nonsense(', accessType: 'write' }])[0]!.verified).toBe(false);
    expect(s.rt.writeMemory(0, new Uint8Array([1, 2]))).toBe(0);
    // Still works.
    s.rt.setLineBreakpoints('count.s', []);
    await s.rt.continue();
    expect(s.exited[0]!.exitCode).toBe(15);
    // After the end: every request that needs a program answers with an error.
    await expect(s.rt.continue()).rejects.toBeInstanceOf(RuntimeError);
    await expect(s.rt.stepBack()).rejects.toBeInstanceOf(RuntimeError);
    expect(outcome(() => s.rt.traceRows({}))).toBe('RuntimeError');
    expect(outcome(() => s.rt.registers())).toBe('ok');
  });

  it('requests while running are refused; pause and terminate are not', async () => {
    const spin = '  .globl _start\n_start:\n  addi a0, a0, 1\n  j _start\n';
    const s = await launch({ 'spin.s': spin }, 'spin.s');
    const run = s.rt.start();
    await expect(s.rt.stepIn()).rejects.toThrow(/already running/);
    await expect(s.rt.stepBack()).rejects.toThrow(/running/);
    expect(outcome(() => s.rt.setRegister('a0', 1))).toBe('RuntimeError');
    expect(outcome(() => s.rt.traceRows({}))).toBe('RuntimeError');
    await new Promise((r) => setImmediate(r));
    s.rt.terminate();
    await run;
    expect(s.terminated).toBe(1);
    expect(s.rt.state).toBe('ended');
  });
});

describe('restart and history limits', () => {
  it('restart runs the program again from the start, breakpoints kept', async () => {
    const s = await launch(FILES, 'count.s');
    const [b] = s.rt.setLineBreakpoints('bump.s', [{ line: lineOf(FILES['bump.s'], 'bump-add') }]);
    await s.rt.start();
    await s.rt.continue();
    expect(s.rt.evaluate('t3', 'watch').value).toBe(3);
    const stopped = new Promise<void>((r) => s.rt.once('stopped', () => r()));
    expect((await s.rt.restart()).ok).toBe(true);
    await stopped;
    expect(s.last().hitBreakpointIds).toEqual([b!.id]);
    expect(s.rt.evaluate('t3', 'watch').value).toBe(0);
    expect(s.rt.counters().instret).toBeLessThan(20);
  });

  it('a short history: step back stops at its start, reverse continue too', async () => {
    const loop = '  .globl _start\n_start:\n  li t0, 100000\n1:\n  addi a0, a0, 1\n  addi t0, t0, -1\n  bnez t0, 1b   # back\n  li a7, 93\n  ecall\n';
    const s = await launch({ 'l.s': loop }, 'l.s', { traceHistory: 5000 });
    s.rt.setLineBreakpoints('l.s', [{ line: lineOf(loop, 'li a7') }]);
    await s.rt.start();
    const end = s.rt.counters().instret;
    const { historyStart, historyEnd } = s.rt.traceSummary();
    expect(historyEnd).toBe(end);
    expect(end - historyStart).toBeGreaterThanOrEqual(5000);
    // Checkpoints every 4096 instructions, dropped when the next one is old enough.
    expect(end - historyStart).toBeLessThan(5000 + 2 * 4096);
    expect(s.rt.counters().timestamp).toBeUndefined();
    s.rt.setLineBreakpoints('l.s', []);
    await s.rt.reverseContinue();
    expect(s.last().description).toBe('reached the start of the recorded history');
    expect(s.rt.counters().instret).toBe(historyStart);
    await s.rt.stepBack('instruction');
    expect(s.last().description).toBe('at the start of the recorded history');
    await s.rt.continue();
    expect(s.exited[0]!.exitCode).toBe(100000 & 0xff);
  });

  it('traceHistory 0 turns going back off', async () => {
    const s = await launch(FILES, 'count.s', { traceHistory: 0, stopOnEntry: true });
    await s.rt.start();
    await s.rt.stepIn();
    await expect(s.rt.stepBack()).rejects.toThrow(/step back is off/);
    await expect(s.rt.reverseContinue()).rejects.toThrow(/step back is off/);
    expect(s.rt.traceRows({}).rows).toEqual([]);
    await s.rt.continue();
    expect(s.exited[0]!.exitCode).toBe(15);
  });
});
