// Where a breakpoint can bind in a range of lines, Jump to Cursor (pc moved as an edit: a new
// timeline that stepping back crosses), and restart with another launch configuration.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { launch, lineOf } from './support.js';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'programs');
const read = (name: string) => readFileSync(resolve(DIR, name), 'utf8');
const COUNT = read('count.s');
const BUMP = read('bump.s');
const FILES = { 'count.s': COUNT, 'bump.s': BUMP, 'fact.s': read('fact.s') };

describe('breakpointLocations', () => {
  it('lists the lines with instructions in a range, at their statement column', async () => {
    const s = await launch(FILES, 'count.s');
    const init = lineOf(COUNT, '# init');
    const end = lineOf(COUNT, '# loop-end');
    // `loop:` alone has no instruction; `call` and `la` are two instructions each, one location.
    expect(s.rt.breakpointLocations('count.s', init, end)).toEqual([init, init + 2, init + 3, init + 4, init + 5, end].map((line) => ({ line, column: 3 })));
    expect(s.rt.breakpointLocations('count.s', init + 1)).toEqual([]);
    // The data lines at the top are no places to stop; included files answer too.
    expect(s.rt.breakpointLocations('count.s', 1, init - 1)).toEqual([]);
    expect(s.rt.breakpointLocations('bump.s', 1, 1000).length).toBeGreaterThan(0);
    expect(s.rt.breakpointLocations('nope.s', 1, 1000)).toEqual([]);
    expect(s.rt.breakpointLocations('count.s', Number.NaN)).toEqual([]);
  });
});

describe('jumpTo', () => {
  it('moves pc to a line, keeps registers, and is undone by stepping back', async () => {
    const s = await launch(FILES, 'count.s', { stopOnEntry: true });
    await s.rt.start();
    await s.rt.stepOver();
    const [target] = s.rt.jumpTargets('count.s', lineOf(COUNT, '# write') - 4);
    expect(target).toMatchObject({ line: lineOf(COUNT, '# write') - 4 });
    const before = s.rt.registers();
    const from = before[32]!.value;
    await s.rt.jumpTo(target!.address);
    expect(s.last()).toMatchObject({ reason: 'goto', description: expect.stringMatching(/^jumped to /) });
    const after = s.rt.registers();
    expect(after[32]!.value).toBe(target!.address);
    expect(after.slice(0, 32)).toEqual(before.slice(0, 32).map((r) => ({ ...r, changed: false })));
    await s.rt.stepBack('instruction');
    expect(s.rt.registers()[32]!.value).not.toBe(target!.address);
    await s.rt.stepIn('instruction');
    expect(s.rt.registers()[32]!.value).toBe(target!.address);
    expect(from).not.toBe(target!.address);
    // The loop was skipped: write(1, msg, 5), then exit(count) with count still 0.
    await s.rt.continue();
    expect(s.stdout()).toBe('done\n');
    expect(s.exited[0]!.exitCode).toBe(0);
  });

  it('refuses what is no instruction, and a jump after the end', async () => {
    const s = await launch(FILES, 'count.s', { stopOnEntry: true });
    await s.rt.start();
    const entry = s.rt.registers()[32]!.value;
    await expect(s.rt.jumpTo(entry + 2)).rejects.toThrow(/not an instruction/);
    await expect(s.rt.jumpTo(0)).rejects.toThrow(/not an instruction/);
    expect(s.rt.jumpTargets('count.s', 100_000)).toEqual([]);
    await s.rt.continue();
    await expect(s.rt.jumpTo(entry)).rejects.toThrow(/ended/);
  });
});

describe('restart with a configuration', () => {
  it('runs the new one; a refused one leaves the old run as it was', async () => {
    const s = await launch(FILES, 'count.s', { stopOnEntry: true });
    await s.rt.start();
    await s.rt.stepOver();
    const at = s.rt.counters().instret;
    const bad = await s.rt.restart({ program: 'broken.s', host: { readFile: () => new TextEncoder().encode(' adi a0, a0\n') } });
    expect(bad.ok).toBe(false);
    expect(s.rt.state).toBe('stopped');
    expect(s.rt.counters().instret).toBe(at);
    const host = { readFile: (p: string) => (p in FILES ? new TextEncoder().encode(FILES[p as keyof typeof FILES]) : undefined) };
    const ok = await s.rt.restart({ program: 'fact.s', host, stopOnEntry: true });
    expect(ok.ok).toBe(true);
    expect(s.last().reason).toBe('entry');
    expect(s.rt.sourceFiles()).toEqual(['fact.s']);
  });

  it('closes the files the guest left open when a run ends, is terminated or restarts', async () => {
    let closed = 0;
    const fs = { open: () => -2, read: () => -9, write: () => -9, close: () => -9, lseek: () => -9, fstat: () => -9, closeAll: () => void closed++ };
    const s = await launch(FILES, 'count.s', { stopOnEntry: true, fs });
    await s.rt.start();
    await s.rt.restart();
    expect(closed).toBe(1);
    await s.rt.continue();
    expect(s.exited).toHaveLength(1);
    expect(closed).toBe(2);
    await s.rt.restart();
    s.rt.terminate();
    expect(closed).toBe(4);
  });
});
