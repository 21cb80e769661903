// The trace inspection requests the client's views are built on: tessera/traceRows (paging and
// filters), tessera/chipMetrics, tessera/segments, tessera/exportTrace.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { counter, ensureBuilt, errorOf, launch, lineOf, program, startClient, stopped, type Client } from './harness.js';

beforeAll(() => ensureBuilt());

let dc: Client;
afterEach(async () => {
  await dc?.stop();
});

const LOOP = program('loop.s');

interface Row { instret: number; pc: number; instruction: string; chip: string; label: string; source?: { file: string; line: number }; reads: { space: string; address: number; name: string }[]; writes: { space: string; address: number; value: number; previousValue: number }[] }

async function atExit(): Promise<number> {
  dc = await startClient();
  await launch(dc, { program: LOOP }, () => dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [{ line: lineOf(LOOP, 'exit') }] }));
  await stopped(dc, 'breakpoint');
  return counter(dc, 'instret');
}

describe('trace inspection', () => {
  it('pages through every executed row', async () => {
    const instret = await atExit();
    const rows: Row[] = [];
    let start: number | undefined = 0;
    while (start !== undefined) {
      const page = await dc.customRequest('tessera/traceRows', { start, count: 7 });
      expect(page.body.rows.length).toBeLessThanOrEqual(7);
      rows.push(...page.body.rows);
      start = page.body.next;
      expect(page.body.historyEnd).toBe(instret);
    }
    expect(rows.length).toBe(instret);
    expect(rows.map((r) => r.instret)).toEqual(rows.map((_, i) => i));
    const first = rows[0]!;
    expect(first.source).toMatchObject({ file: LOOP, line: lineOf(LOOP, 'start') });
    expect(first.label).toMatch(/^_start/);
    const mul = rows.find((r) => r.instruction.startsWith('mul'))!;
    expect(mul.chip).toBe('Multiplication');
    const store = rows.find((r) => r.source?.line === lineOf(LOOP, 'store-total'))!;
    expect(store.writes.find((w) => w.space === 'memory')).toMatchObject({ value: 1, previousValue: 0 });
  });

  it('filters by chip, label, address and pc range', async () => {
    await atExit();
    const byChip = await dc.customRequest('tessera/traceRows', { count: 100, filter: { chips: ['Multiplication'] } });
    expect(byChip.body.rows.length).toBe(4);
    const byLabel = await dc.customRequest('tessera/traceRows', { count: 100, filter: { label: 'square' } });
    expect(byLabel.body.rows.length).toBe(8);
    expect(byLabel.body.rows.every((r: Row) => r.label.startsWith('square'))).toBe(true);
    const total = (await dc.evaluateRequest({ expression: 'total', context: 'watch' })).body.memoryReference!;
    const byAddress = await dc.customRequest('tessera/traceRows', { count: 100, filter: { address: { start: total, end: Number(total) + 4 } } });
    expect(byAddress.body.rows.length).toBe(8);
    const sq = byLabel.body.rows[0].pc as number;
    const byPc = await dc.customRequest('tessera/traceRows', { count: 100, filter: { pcRange: { start: sq, end: sq + 4 } } });
    expect(byPc.body.rows.length).toBe(4);
    expect(await errorOf(dc.customRequest('tessera/traceRows', { filter: { pcRange: { start: 8, end: 4 } } }))).toMatch(/empty/);
  });

  it('reports rows per chip and segments, and exports the trace', async () => {
    const instret = await atExit();
    const m = await dc.customRequest('tessera/chipMetrics', {});
    expect(Object.values(m.body.chipRows as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(instret);
    expect(m.body.chipRows.Multiplication).toBe(4);
    const s = await dc.customRequest('tessera/segments', {});
    expect(Array.isArray(s.body.segments)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'tessera-dap-'));
    const file = join(dir, 'trace.jsonl');
    const e = await dc.customRequest('tessera/exportTrace', { path: file, format: 'jsonl' });
    expect(e.body.rows).toBe(instret);
    const text = readFileSync(file, 'utf8');
    expect(text.length).toBe(e.body.bytes);
    expect(text.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(instret);
    const csv = await dc.customRequest('tessera/exportTrace', { path: join(dir, 'trace.csv'), format: 'csv', filter: { chips: ['Multiplication'] } });
    expect(csv.body.rows).toBe(4);
  });

  it('goes to a row of the trace', async () => {
    await atExit();
    await Promise.all([dc.customRequest('tessera/goto', { instret: 10 }), stopped(dc, 'goto')]);
    expect(await counter(dc, 'instret')).toBe(10);
    expect(await errorOf(dc.customRequest('tessera/goto', { instret: 1e9 }))).toMatch(/outside the recorded history/);
  });
});
