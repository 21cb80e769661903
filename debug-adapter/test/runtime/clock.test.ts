// The Counters timestamp: the clock of a traced run from instruction 0, found from the history's
// windows (each measured once, the window stopped in kept for steps inside it), checked against
// real traced runs at stops forward, back, across windows and after edits; and cheap once the
// idle warm-up has measured the windows.
import { describe, expect, it, vi } from 'vitest';
import * as core from '@tessera/vm-core';
import { createMachine, memoryHostIO, type Program } from '@tessera/vm-core';
import { RuntimeCancelled, RuntimeError } from '../../src/runtime/index.js';
import { launch, programOf } from './support.js';

// Counts the traced machines the runtime makes (each is a replay from a checkpoint).
const traced = vi.hoisted(() => ({ made: 0 }));
vi.mock('@tessera/vm-core', async (original) => {
  const real = await original<typeof core>();
  return {
    ...real,
    createMachine: (...args: Parameters<typeof real.createMachine>) => {
      if (args[1]?.mode === 'traced') traced.made++;
      return real.createMachine(...args);
    },
  };
});

// About 33k instructions: with traceHistory 65536 the checkpoint interval is 4096, so eight windows.
const SPIN = `
	.data
buf:	.space	256
	.text
	.globl	_start
_start:
	li	s0, 0
	li	s1, 4000
	la	s2, buf
loop:
	andi	t0, s0, 63
	slli	t0, t0, 2
	add	t0, s2, t0
	lw	t1, 1(t0)		# misaligned: recorded byte by byte
	add	t1, t1, s0
	sw	t1, 0(t0)
	addi	s0, s0, 1
	blt	s0, s1, loop
done:
	li	a0, 0
	li	a7, 93
	ecall
`;
const FILES = { 'spin.s': SPIN };
const OPTIONS = { traceHistory: 65536 };

/** The clock of a traced run after `n` instructions, with `edits` applied at their instret on the way. */
function tracedClock(program: Program, n: number, edits: { at: number; apply: (m: ReturnType<typeof createMachine>) => void }[] = []): number {
  const m = createMachine(program, { io: memoryHostIO(), mode: 'traced', programName: 'spin.s', args: [] });
  for (const e of [...edits, { at: n, apply: () => {} }]) {
    while (m.instret < e.at && !m.stop) m.runChunk(e.at - m.instret);
    e.apply(m);
  }
  return m.trace!.timestamp;
}

/** Lets the runtime's idle work run to its end (it yields with setImmediate). */
async function idle(): Promise<void> {
  for (let i = 0; i < 200; i++) await new Promise((r) => setImmediate(r));
}

describe('counters().timestamp', () => {
  const program = programOf(FILES, 'spin.s');

  it('equals a traced run at stops across windows, forward and back', async () => {
    const s = await launch(FILES, 'spin.s', OPTIONS);
    s.rt.setFunctionBreakpoints([{ name: 'done' }]);
    await s.rt.start();
    const end = s.rt.counters();
    expect(end.instret).toBeGreaterThan(7 * 4096);
    expect(end.timestamp).toBe(tracedClock(program, end.instret));
    for (const n of [end.instret - 3, 9000, 4096, 4095, 1, 0, 20_000]) {
      await s.rt.goto(n);
      expect(s.rt.counters().timestamp, `at ${n}`).toBe(tracedClock(program, n));
    }
    await s.rt.stepBack('instruction');
    expect(s.rt.counters().timestamp).toBe(tracedClock(program, 19_999));
    await s.rt.stepIn('instruction');
    await s.rt.stepIn('instruction');
    expect(s.rt.counters().timestamp).toBe(tracedClock(program, 20_001));
  });

  it('follows an edit: the clock before it is kept, the run after it is the edited one', async () => {
    const s = await launch(FILES, 'spin.s', OPTIONS);
    s.rt.setFunctionBreakpoints([{ name: 'done' }]);
    await s.rt.start();
    await s.rt.goto(10_000);
    expect(s.rt.counters().timestamp).toBe(tracedClock(program, 10_000));
    // s0 = 3990: ten more passes of the loop instead of the rest.
    s.rt.setRegister('s0', 3990);
    s.rt.setFunctionBreakpoints([]);
    await s.rt.stepIn('instruction');
    await s.rt.stepIn('instruction');
    const edit = { at: 10_000, apply: (m: ReturnType<typeof createMachine>) => void (m.x[8] = 3990) };
    expect(s.rt.counters().timestamp).toBe(tracedClock(program, 10_002, [edit]));
    await s.rt.goto(5000);
    expect(s.rt.counters().timestamp).toBe(tracedClock(program, 5000));
  });

  it('is measured while stopped, so asking for it at the stop replays nothing', async () => {
    const s = await launch(FILES, 'spin.s', OPTIONS);
    s.rt.setFunctionBreakpoints([{ name: 'done' }]);
    await s.rt.start();
    await idle();
    const before = traced.made;
    const c = s.rt.counters();
    expect(traced.made - before, 'traced replays made when asked').toBe(0);
    expect(c.timestamp).toBe(tracedClock(program, c.instret));
    // A step inside the window stopped in replays only that step, on the kept machine.
    await s.rt.stepBack('instruction');
    await s.rt.stepBack('instruction');
    await s.rt.stepIn('instruction');
    const made = traced.made;
    expect(s.rt.counters().timestamp).toBe(tracedClock(program, c.instret - 1));
    expect(traced.made - made - 1, 'traced replays made after steps').toBe(0);
  });
});

describe('exportTrace over many chunks', () => {
  it('writes every row while other work goes on between its chunks, the live state untouched', async () => {
    const s = await launch(FILES, 'spin.s', OPTIONS);
    s.rt.setFunctionBreakpoints([{ name: 'done' }]);
    await s.rt.start();
    const regs = s.rt.registers();
    let text = '';
    let turns = 0;
    const other = setInterval(() => turns++, 0);
    const n = await s.rt.exportTrace('jsonl', (c) => (text += c));
    clearInterval(other);
    expect(n).toBe(s.rt.counters().instret);
    expect(text.split('\n').filter((l) => l.startsWith('{"type":"row"')).length).toBe(n);
    expect(turns).toBeGreaterThan(0);
    expect(s.rt.registers()).toEqual(regs);
  });

  it('stops when cancelled, and when the program runs meanwhile', async () => {
    const s = await launch(FILES, 'spin.s', OPTIONS);
    s.rt.setFunctionBreakpoints([{ name: 'done' }]);
    await s.rt.start();
    let chunks = 0;
    let cancel = false;
    const cancelled = s.rt.exportTrace('csv', () => {
      chunks++;
      cancel = true;
    }, undefined, () => cancel);
    await expect(cancelled).rejects.toBeInstanceOf(RuntimeCancelled);
    const moved = s.rt.exportTrace('jsonl', () => {});
    s.rt.setFunctionBreakpoints([]);
    void s.rt.stepIn('instruction');
    await expect(moved).rejects.toThrow(RuntimeError);
    await expect(s.rt.exportTrace('jsonl', () => {})).resolves.toBe(s.rt.counters().instret);
    expect(chunks).toBeGreaterThan(0);
  });
});
