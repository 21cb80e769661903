// The trace views' data: the CLI's JSONL read back into rows with named accesses and source
// lines, counted per chip and per line exactly as the engine counts them, and filtered.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assemble, execute } from '@tessera/vm-core';
import { describe, expect, it } from 'vitest';
import { programLookup } from '../src/elf/program.js';
import { countsPerLabel, filterRows, formatAccess, heatLevel, labelLines, parseCliTrace } from '../src/trace/model.js';
import { snapshotFromCli, snapshotFromSession } from '../src/trace/snapshot.js';
import { cli, ROOT, readText } from './support.js';

const PROGRAMS = ['examples/hello.s', 'test/corpus/hand/fib.s', 'test/run-corpus/sort.O2.s'];

describe('CLI trace → trace view rows', () => {
  it.each(PROGRAMS)('%s: rows, chips and hot spots agree with a traced execute()', (rel) => {
    const file = join(ROOT, rel);
    const r = cli(['trace', '--out', '-', '--max-steps', '50000', file]);
    const lookup = programLookup(file, readFileSync(file), { readText });
    expect(lookup).toBeDefined();
    const parsed = parseCliTrace(r.stdout.split('\n').filter((l) => l.startsWith('{"type"')).join('\n'), lookup, 500);
    expect(parsed.badLines).toBe(0);

    const image = assemble({ path: file, text: readFileSync(file, 'utf8') }, { readFile: readText }).image!;
    const reference = execute(image, { mode: 'traced', maxSteps: 50_000 });
    expect(r.status).toBe(reference.status === 'step-limit' ? 124 : reference.exitCode);
    expect(parsed.totalRows).toBe(reference.instret);
    expect(parsed.chipRows).toEqual(Object.fromEntries(Object.entries(reference.chipRows).filter(([, n]) => (n ?? 0) > 0)));
    expect(parsed.rows.length).toBe(Math.min(500, reference.instret));
    expect(parsed.segments.length).toBe(reference.segments.length);

    // Every instruction counted once on a source line of the program.
    const total = parsed.lineCounts.reduce((n, l) => n + l.count, 0);
    expect(total).toBe(reference.instret);
    expect(parsed.lineCounts.every((l) => l.line >= 1)).toBe(true);
    const snapshot = snapshotFromCli(parsed, file);
    expect(snapshot.gas).toBe(reference.gasUsed);
    expect(snapshot.omittedRows).toBe(reference.instret - parsed.rows.length);
  });

  it('names registers and memory, and places rows on their source lines (hello.s)', () => {
    const file = join(ROOT, 'examples/hello.s');
    const lookup = programLookup(file, readFileSync(file), { readText });
    const parsed = parseCliTrace(cli(['trace', '--out', '-', file]).stdout, lookup);
    const first = parsed.rows[0]!;
    expect(first.instruction).toBe('li a0,1');
    expect(first.label).toBe('_start');
    expect(first.source).toMatchObject({ file, line: 19 });
    expect(first.reads.map(formatAccess)).toEqual(['zero=0x0']);
    expect(first.writes.map(formatAccess)).toEqual(['a0 0x0→0x1']);
    // `la a1, message` is two rows on one line; the hot spots count both there.
    const la = parsed.lineCounts.find((l) => l.line === 20);
    expect(la).toMatchObject({ count: 2, label: '_start' });
    expect(countsPerLabel(parsed.lineCounts)).toEqual([{ label: '_start', count: 9 }]);
  });

  it('filters rows by words, chip and written location', () => {
    const file = join(ROOT, 'test/corpus/hand/fib.s');
    const lookup = programLookup(file, readFileSync(file), { readText });
    const { rows } = parseCliTrace(cli(['trace', '--out', '-', file]).stdout, lookup);
    const stores = filterRows(rows, { chips: ['LoadStore'] });
    expect(stores.length).toBeGreaterThan(0);
    expect(stores.every((r) => r.chip === 'LoadStore')).toBe(true);
    const a0 = filterRows(rows, { writes: 'a0' });
    expect(a0.length).toBeGreaterThan(0);
    expect(a0.every((r) => r.writes.some((w) => w.name === 'a0'))).toBe(true);
    expect(filterRows(rows, { text: 'ECALL' }).every((r) => r.instruction.includes('ecall'))).toBe(true);
    expect(filterRows(rows, { text: 'no-such-thing' })).toEqual([]);
    expect(filterRows(rows, {})).toHaveLength(rows.length);
  });

  it('survives a truncated or foreign file', () => {
    const parsed = parseCliTrace('{"type":"row","index":0,"pc":4,"chip":"BaseAlu","instruction":"nop"}\nnot json\n[1]\n{"type":"record","space":1,"addr');
    expect(parsed.totalRows).toBe(1);
    expect(parsed.badLines).toBe(3);
  });
});

describe('heat levels', () => {
  it.each([
    [0, 100, 0],
    [1, 1, 5],
    [100, 100, 5],
    [1, 1_000_000, 1],
    [1000, 1_000_000, 3],
  ])('count %i of max %i → level %i', (count, max, level) => {
    expect(heatLevel(count, max)).toBe(level);
  });
});

describe('snapshots from a debug session', () => {
  it('take what is well-formed and ignore the rest', () => {
    const s = snapshotFromSession({
      rows: { rows: [{ instret: 3, pc: 0x10074, instruction: 'li\ta0,1', chip: 'BaseAlu', label: '_start', source: { file: '/p.s', line: 5, column: 2 }, reads: [], writes: [] }, { bogus: true }, null] },
      metrics: { chipRows: { BaseAlu: 4, System: 'x' }, instret: 4, gas: 4, historyStart: 0, historyEnd: 4 },
      segments: { segments: [{ index: 0, startInstret: 0, instructions: 4, chipRows: { BaseAlu: 4 } }], current: 0 },
    }, '/p.s');
    expect(s.rows).toHaveLength(1);
    expect(s.rows[0]!.instruction).toBe('li a0,1');
    expect(s.chipRows).toEqual({ BaseAlu: 4 });
    expect(s.gasPerChip).toEqual({ BaseAlu: 4 });
    expect(s.lineCounts).toEqual([{ file: '/p.s', line: 5, count: 1, label: '_start' }]);
    expect(snapshotFromSession({ rows: 'nonsense', metrics: null, segments: 42 }, 'x').rows).toEqual([]);
  });
});

describe('label lines for per-label totals', () => {
  it('finds each function label where it is defined, once', () => {
    const text = 'main:\n\tnop\n.L2:\n1:\nloop: addi a0, a0, 1\n  # main: in a comment\nmain: # a second definition is an error the server reports\n';
    expect([...labelLines(text, ['main', 'loop', '.L2', '1', 'absent'])]).toEqual([['main', 0], ['loop', 4]]);
  });
});
