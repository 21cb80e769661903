// Inspection of a stopped program: registers, counters (timestamp equal to a traced run's),
// symbols by their directives, environment state, memory, disassembly, evaluate in each
// context, and the trace: paging, filters, chip counts, export.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { execute, memoryHostIO } from '@tessera/vm-core';
import { launch, lineOf, programOf } from './support.js';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'programs');
const read = (name: string) => readFileSync(resolve(DIR, name), 'utf8');
const COUNT = read('count.s');
const BUMP = read('bump.s');
const FILES = { 'count.s': COUNT, 'bump.s': BUMP };

async function atSecondBump() {
  const s = await launch(FILES, 'count.s', { args: ['one'], env: { HOME: '/home/guest' } });
  s.rt.setLineBreakpoints('bump.s', [{ line: lineOf(BUMP, 'bump-store') }]);
  await s.rt.start();
  await s.rt.continue();
  return s;
}

describe('inspection', () => {
  it('registers with ABI names, counters equal to a traced run', async () => {
    const s = await atSecondBump();
    const regs = s.rt.registers();
    expect(regs.map((r) => r.name).slice(0, 4)).toEqual(['zero', 'ra', 'sp', 'gp']);
    expect(regs[28]).toMatchObject({ name: 't3', alias: 'x28', value: 6 });
    expect(regs[32]!.name).toBe('pc');
    const c = s.rt.counters();
    const traced = execute(programOf(FILES, 'count.s'), { mode: 'traced', maxSteps: c.instret, io: memoryHostIO(), args: ['one'], envp: ['HOME=/home/guest'], programName: 'count.s' });
    expect(c.instret).toBe(traced.instret);
    expect(c.timestamp).toBe(traced.trace!.timestamp);
    expect(c.chipRows).toEqual(traced.chipRows);
    expect(c.gas).toBe(traced.gasUsed);
    expect(c.segment).toBe(0);
  });

  it('symbols show their data by directive', async () => {
    const s = await atSecondBump();
    expect(s.rt.symbols().map((x) => [x.name, x.kind, x.size, x.value])).toEqual([
      ['count', 'words', 4, [3]],
      ['limit', 'words', 4, [5]],
      ['bytes', 'bytes', 4, [1, 2, 3, 0]],
      ['msg', 'string', 6, 'done\n'],
    ]);
  });

  it('environment state, memory reads and writes, disassembly with labels and lines', async () => {
    const s = await atSecondBump();
    const env = s.rt.environmentState();
    expect(env).toMatchObject({ environment: 'linux', openFds: [{ fd: 0, description: 'stdin' }, { fd: 1, description: 'stdout' }, { fd: 2, description: 'stderr' }], stdinBuffered: 0 });
    expect(env.brk).toBe(env.brkStart);
    const count = s.rt.evaluate('count', 'repl').memoryReference!;
    expect([...s.rt.readMemory(count, 8).data]).toEqual([3, 0, 0, 0, 5, 0, 0, 0]);
    expect(s.rt.readMemory(0, 4)).toEqual({ address: 0, data: new Uint8Array(0), unreadable: 4 });
    expect(s.rt.readMemory(0x7ffffffe, 4).unreadable).toBe(2);
    const bump = s.rt.evaluate('bump', 'repl').value!;
    const lines = s.rt.disassemble(bump, 3);
    expect(lines.map((l) => [l.symbol, l.text, l.source?.file, l.source?.line])).toEqual([
      ['bump', 'auipc t2,0x1', 'bump.s', lineOf(BUMP, 'la t2')],
      [undefined, expect.stringMatching(/^add t2,t2,-?\d+ # \w+ <count>$/), 'bump.s', lineOf(BUMP, 'la t2')],
      [undefined, 'lw t3,0(t2)', 'bump.s', lineOf(BUMP, 'bump-load')],
    ]);
    expect(s.rt.disassemble(0, 1)[0]).toEqual({ address: 0, text: '<unmapped>' });
    expect(s.rt.writeMemory(count, new Uint8Array([9]))).toBe(1);
    expect(s.rt.evaluate('*count', 'watch').text).toBe('9 (0x00000009)');
  });

  it('evaluate: watch and hover show a data label\'s value, the REPL runs commands and assignments', async () => {
    const s = await atSecondBump();
    expect(s.rt.evaluate('count', 'hover')).toMatchObject({ text: expect.stringMatching(/^3 \(0x00000003\) @ 0x000110/), memoryReference: expect.any(Number) });
    expect(s.rt.evaluate('t3 + 1', 'watch')).toMatchObject({ text: '7 (0x00000007)', value: 7 });
    expect(() => s.rt.evaluate('t3 +', 'watch')).toThrow(/expression expected/);
    expect(s.rt.evaluate('x/2wx count', 'repl').text).toMatch(/^0x000110\w\w <count>:\t0x00000003\t0x00000005$/);
    expect(s.rt.evaluate('info chips', 'repl').text).toMatch(/^chip\s+rows\n/);
    expect(s.rt.evaluate('info stack', 'repl').text).toMatch(/^#0 0x\w+ bump at bump.s:\d+\n#1 0x\w+ _start at count.s:\d+$/);
    expect(s.rt.evaluate('info breakpoints', 'repl').text).toMatch(/^#1 line bump.s:\d+ hits 2$/);
    expect(s.rt.evaluate('t3 = 100', 'repl').text).toBe('t3 = 100 (0x00000064)');
    expect(s.rt.registers()[28]!.value).toBe(100);
    s.rt.setLineBreakpoints('bump.s', []);
    await s.rt.continue();
    expect(s.exited[0]!.exitCode).toBe(100 + 3 * 3);
  });
});

describe('trace', () => {
  it('pages through executed rows with instructions, lines and accesses old → new', async () => {
    const s = await atSecondBump();
    const sum = s.rt.traceSummary();
    expect(sum.historyStart).toBe(0);
    expect(sum.historyEnd).toBe(s.rt.counters().instret);
    const first = s.rt.traceRows({ start: 0, count: 3 });
    expect(first.rows.map((r) => [r.instret, r.label, r.instruction, r.source?.line])).toEqual([
      [0, '_start', 'li s0,0', lineOf(COUNT, '# init')],
      // `call` is auipc + jalr, as GNU as makes it.
      [1, 'loop', 'auipc ra,0x0', lineOf(COUNT, 'call-bump')],
      [2, 'loop+0x4', expect.stringMatching(/^jalr \d+\(ra\)$/), lineOf(COUNT, 'call-bump')],
    ]);
    expect(first.next).toBe(3);
    expect(first.rows[0]!.writes).toEqual([{ space: 'register', address: 8, name: 's0', size: 4, write: true, value: 0, previousValue: 0 }]);
    // The rows' timestamps are those of a traced run from the start.
    const traced = execute(programOf(FILES, 'count.s'), { mode: 'traced', io: memoryHostIO(), args: ['one'], envp: ['HOME=/home/guest'], programName: 'count.s' });
    expect(first.rows.map((r) => r.timestamp)).toEqual([0, 1, 2].map((i) => traced.trace!.row(i).timestamp));
    // Filters: stores to count, old → new.
    const count = s.rt.evaluate('count', 'repl').value!;
    const stores = s.rt.traceRows({ filter: { address: { start: count, end: count + 4 }, chips: ['LoadStore'] } });
    expect(stores.rows.map((r) => r.instruction)).toEqual(['lw t3,0(t2)', 'sw t3,0(t2)', 'lw t3,0(t2)']);
    expect(stores.rows[1]!.writes.find((w) => w.space === 'memory')).toMatchObject({ previousValue: 0, value: 3, name: expect.stringMatching(/<count>$/) });
    expect(stores.next).toBeUndefined();
    const inBump = s.rt.traceRows({ filter: { label: 'bump' }, count: 1000 });
    expect(inBump.rows.every((r) => r.label.startsWith('bump'))).toBe(true);
    // The first call's six instructions, and the second's four up to the store.
    expect(inBump.rows.length).toBe(6 + 4);
    expect(s.rt.traceRows({ filter: { label: 'nosuch' } }).rows).toEqual([]);
    const byPc = s.rt.traceRows({ filter: { pcRange: { start: first.rows[0]!.pc, end: first.rows[0]!.pc + 4 } } });
    expect(byPc.rows.map((r) => r.instret)).toEqual([0]);
  });

  it('exports the history as JSON Lines and CSV', async () => {
    const s = await atSecondBump();
    let jsonl = '';
    const n = await s.rt.exportTrace('jsonl', (c) => (jsonl += c));
    const lines = jsonl.trim().split('\n').map((l) => JSON.parse(l) as { type: string; instret?: number });
    expect(n).toBe(s.rt.counters().instret);
    expect(lines.filter((l) => l.type === 'row').length).toBe(n);
    expect(lines[0]).toMatchObject({ type: 'row', instret: 0, instruction: 'li s0,0', label: '_start', source: `count.s:${lineOf(COUNT, '# init')}` });
    let csv = '';
    const m = await s.rt.exportTrace('csv', (c) => (csv += c), { chips: ['LoadStore'] });
    expect(csv.split('\n')[0]).toBe('kind,instret,timestamp,pc,word,chip,next_pc,instruction,label,source,space,address,size,write,value,previous_value,previous_timestamp');
    expect(csv.split('\n').filter((l) => l.startsWith('row,')).length).toBe(m);
  });

  it('the trace reaches forward after a step back, and follows an edit', async () => {
    const s = await atSecondBump();
    const end = s.rt.counters().instret;
    for (let i = 0; i < 5; i++) await s.rt.stepBack('instruction');
    const page = s.rt.traceRows({ start: end - 2, count: 10 });
    expect(page.rows.map((r) => r.instret)).toEqual([end - 2, end - 1]);
    await s.rt.goto(end);
    expect(s.last()).toMatchObject({ reason: 'goto' });
    expect(s.rt.counters().instret).toBe(end);
    await expect(s.rt.goto(end + 10)).rejects.toThrow(/outside the recorded history/);
  });
});

describe('trace across checkpoints', () => {
  it('paging through the whole history gives the rows of a traced run, timestamps included', async () => {
    const loop = '  .globl _start\n_start:\n  li t0, 3000\n  la t1, buf\n1:\n  lw a0, 0(t1)\n  addi a0, a0, 1\n  sw a0, 0(t1)\n  addi t0, t0, -1\n  bnez t0, 1b\n  li a7, 93\n  ecall   # end\n  .data\nbuf: .word 0\n';
    const s = await launch({ 'l.s': loop }, 'l.s', { traceHistory: 50_000 });
    s.rt.setLineBreakpoints('l.s', [{ line: lineOf(loop, '# end') }]);
    await s.rt.start();
    const end = s.rt.counters().instret;
    expect(end).toBeGreaterThan(3 * 4096);
    const traced = execute(programOf({ 'l.s': loop }, 'l.s'), { mode: 'traced', maxSteps: end, io: memoryHostIO(), programName: 'l.s' }).trace!;
    let start: number | undefined = 0;
    let n = 0;
    while (start !== undefined) {
      const page = s.rt.traceRows({ start, count: 2500 });
      for (const r of page.rows) {
        const t = traced.row(r.instret);
        expect(r.instret).toBe(n++);
        expect([r.pc, r.timestamp, r.writes.map((w) => w.value), r.reads.map((x) => x.value)]).toEqual([t.pc, t.timestamp, t.writes.map((w) => w.value), t.reads.map((x) => x.value)]);
      }
      start = page.next;
    }
    expect(n).toBe(end);
    expect(s.rt.counters().timestamp).toBe(traced.timestamp);
  });
});
