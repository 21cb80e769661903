// What the debugger needs from the machine: hooks at chosen pcs (stop before, observe after),
// watched pages, a host that suspends an instruction until it can answer, and snapshots restored
// exactly. Each is checked against an undebugged run of the same program.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMachine, execute, toProgram } from '../../src/machine/execute.js';
import { programFromElf } from '../../src/machine/loader.js';
import type { Machine, DebugHooks } from '../../src/machine/machine.js';
import { restoreSnapshot, takeSnapshot } from '../../src/machine/snapshot.js';
import { suspend } from '../../src/machine/chip.js';
import { memoryHostIO } from '../../src/env/memory-io.js';
import type { HostIO } from '../../src/env/types.js';
import { image, lineOf } from './support.js';

const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/run-corpus');

const loop = `
  .data
count: .word 0
  .text
  .globl _start
_start:
  li s0, 0
again:
  call bump
  addi s0, s0, 1
  li t0, 5
  blt s0, t0, again
  la t1, count
  lw a0, 0(t1)
  li a7, 93
  ecall
bump:
  la t1, count
  lw t2, 0(t1)
  addi t2, t2, 3        # bump-add
  sw t2, 0(t1)
  ret
`;

function machineOf(text: string, mode: 'fast' | 'traced' = 'fast', io?: HostIO): Machine {
  return createMachine(toProgram(image(text), 'test.s'), { mode, ...(io ? { io } : {}) });
}

function runToEnd(m: Machine): void {
  for (let guard = 0; !m.stop && guard < 1e6; guard++) m.runChunk(1 << 16);
}

describe('debug hooks', () => {
  for (const mode of ['fast', 'traced'] as const) {
    it(`stop before a hooked pc and see calls retire (${mode})`, () => {
      const m = machineOf(loop, mode);
      const img = image(loop);
      const bump = img.symbols.find((s) => s.name === 'bump')!.value;
      const seen: number[] = [];
      const hooks: DebugHooks = {
        pcs: new Set([bump]),
        before: (pc) => m.instret + m.pendingSteps > 0 && pc === bump && seen.length < 2,
        after: (pc, _insn, next) => seen.push(next),
      };
      m.debug = hooks;
      m.redecodeAll();
      const stops: number[] = [];
      for (let guard = 0; !m.stop && guard < 100; guard++) {
        m.runChunk(1 << 20);
        if (m.debugStop) {
          stops.push(m.pc);
          // Resume: run the hooked instruction itself without stopping.
          m.debug = { ...hooks, before: () => false };
          m.runChunk(1);
          m.debug = hooks;
        }
      }
      expect(stops).toEqual([bump, bump]);
      expect(m.stop).toEqual({ status: 'exited', exitCode: 15 });
      expect(seen.length).toBe(5);
      const plain = execute(img, { mode });
      expect(m.instret).toBe(plain.instret);
    });
  }

  it('reports accesses to watched pages with old and new values, and stops after the instruction', () => {
    const m = machineOf(loop);
    const img = image(loop);
    const count = img.symbols.find((s) => s.name === 'count')!.value;
    const hits: string[] = [];
    m.memory.watchedPages = new Uint8Array(1 << 20);
    m.memory.watchedPages[count >>> 12] = 1;
    m.memory.refresh(count >>> 12);
    m.memory.onWatch = (addr, size, write, value, previous) => {
      if (addr !== count) return;
      hits.push(`${write ? 'w' : 'r'}${size} ${previous}->${value}`);
      if (write) m.debugStop = true;
    };
    const stoppedAt: number[] = [];
    for (let guard = 0; !m.stop && guard < 100; guard++) {
      m.runChunk(1 << 20);
      if (m.debugStop) stoppedAt.push(m.instret);
    }
    expect(hits.filter((h) => h.startsWith('w'))).toEqual(['w4 0->3', 'w4 3->6', 'w4 6->9', 'w4 9->12', 'w4 12->15']);
    expect(hits.filter((h) => h.startsWith('r')).length).toBe(6);
    expect(stoppedAt.length).toBe(5);
    expect(m.stop?.exitCode).toBe(15);
  });
});

describe('call log', () => {
  it('records every call and return the fast loop runs, draining when full', () => {
    const m = machineOf(loop);
    m.callLog = new Int32Array(1 + 4 * 2); // room for one entry: forces drains
    const events: string[] = [];
    const drain = () => {
      for (let k = 1; k < m.callLog![0]!; k += 4) events.push(`${m.callLog![k] === 1 ? 'call' : 'ret'} ${m.callLog![k + 2]!.toString(16)}`);
      m.callLog![0] = 0;
    };
    m.drainCallLog = drain;
    m.redecodeAll();
    for (let guard = 0; !m.stop && guard < 100; guard++) {
      m.runChunk(1 << 20);
      drain();
    }
    const img = image(loop);
    const bump = img.symbols.find((s) => s.name === 'bump')!.value.toString(16);
    expect(events.filter((e) => e === `call ${bump}`).length).toBe(5);
    expect(events.filter((e) => e.startsWith('ret')).length).toBe(5);
    expect(events[0]).toBe(`call ${bump}`);
    expect(m.stop?.exitCode).toBe(15);
    expect(m.instret).toBe(execute(img).instret);
  });
});

describe('suspended host calls', () => {
  const echo = `
  .globl _start
_start:
  li a0, 0
  la a1, buf
  li a2, 16
  li a7, 63
  ecall           # read
  mv a2, a0
  li a0, 1
  la a1, buf
  li a7, 64
  ecall
  li a0, 0
  li a7, 93
  ecall
  .bss
buf: .space 16
`;
  for (const mode of ['fast', 'traced'] as const) {
    it(`waits before the reading ecall, then retries it (${mode})`, () => {
      const inner = memoryHostIO();
      let typed = '';
      const io: HostIO = {
        ...inner,
        readStdin(max) {
          if (!typed) throw suspend('stdin');
          const out = new TextEncoder().encode(typed.slice(0, max));
          typed = typed.slice(max);
          return out;
        },
        writeStdout: (b) => inner.writeStdout(b),
      };
      const m = machineOf(echo, mode, io);
      m.runChunk(100);
      expect(m.waiting).toBe('stdin');
      expect(m.stop).toBeUndefined();
      const pcWaiting = m.pc;
      const readLine = lineOf(echo, '# read');
      expect(image(echo).sourceMap.find((e) => e.addr === pcWaiting)?.range.start.line).toBe(readLine);
      expect(m.instret).toBe(5);
      typed = 'hi\n';
      runToEnd(m);
      expect(m.stop?.status).toBe('exited');
      expect(inner.stdoutText()).toBe('hi\n');
      expect(m.instret).toBe(execute(image(echo), { io: memoryHostIO({ stdin: 'hi\n' }) }).instret);
      if (mode === 'traced') expect(m.trace!.rowCount).toBe(m.instret);
    });
  }
});

describe('snapshots', () => {
  const heap = readFileSync(resolve(CORPUS, 'heap.O2.elf'));
  const program = () => programFromElf(heap, 'heap.O2.elf').program!;

  function state(m: Machine): string {
    const pages = [...m.memory.allocatedPages].sort((a, b) => a - b);
    let h = 0;
    for (const p of pages) for (const v of m.memory.pages[p]!.i32) h = (Math.imul(h, 31) + v) | 0;
    return JSON.stringify({ x: [...m.x.slice(0, 32)], pc: m.pc, instret: m.instret, brk: m.brkEnd, pages, h, perm: m.memory.allocatedBytes, rows: m.chipRows() });
  }

  it('restores registers, memory, brk and counters exactly, and runs on as if never interrupted', () => {
    const io = () => memoryHostIO();
    const ref = createMachine(program(), { io: io() });
    const m = createMachine(program(), { io: io() });
    const points = [0, 1000, 25_000, 60_000, 150_000];
    const snaps = [];
    for (const p of points) {
      while (m.instret < p && !m.stop) m.runChunk(p - m.instret);
      snaps.push(takeSnapshot(m));
    }
    const end = 200_000;
    while (m.instret < end && !m.stop) m.runChunk(end - m.instret);
    const atEnd = state(m);
    // Back to each snapshot in a jumbled order; run to a point after it and compare with a straight run.
    for (const i of [3, 1, 4, 0, 2, 3]) {
      restoreSnapshot(m, snaps[i]!);
      const target = points[i]! + 777;
      while (m.instret < target && !m.stop) m.runChunk(target - m.instret);
      const fresh = createMachine(program(), { io: io() });
      while (fresh.instret < target && !fresh.stop) fresh.runChunk(target - fresh.instret);
      expect(state(m)).toBe(state(fresh));
    }
    restoreSnapshot(m, snaps[4]!);
    while (m.instret < end && !m.stop) m.runChunk(end - m.instret);
    expect(state(m)).toBe(atEnd);
    runToEnd(m);
    runToEnd(ref);
    expect(m.stop).toEqual(ref.stop);
    expect(state(m)).toBe(state(ref));
  });

  it('a snapshot restores into a traced machine of the same program', () => {
    const m = createMachine(program(), { io: memoryHostIO() });
    while (m.instret < 5000) m.runChunk(5000 - m.instret);
    const s = takeSnapshot(m);
    const t = createMachine(program(), { io: memoryHostIO(), mode: 'traced' });
    restoreSnapshot(t, s);
    t.runChunk(100);
    m.runChunk(100);
    expect(state(t)).toBe(state(m));
    expect(t.trace!.rowCount).toBe(100);
  });
});
