// Traced runs: the invariants OpenVM's memory argument rests on, checked over whole programs.
// Timestamps strictly increase; each record's previous value and timestamp are those of the last
// record of the same cell; per-chip rows equal the executed instructions of that chip; segments
// split exactly where the height says; fast and traced runs agree.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../src/asm/assemble.js';
import { decode } from '../../src/isa/encode.js';
import { execute } from '../../src/machine/execute.js';
import type { Trace } from '../../src/machine/trace.js';
import type { HostIO } from '../../src/env/types.js';
import type { Image } from '../../src/image.js';

const CORPUS = join(__dirname, '../../../test/corpus/c');
const programs = readdirSync(CORPUS).filter((f) => f.endsWith('.O0.s') || f === 'sort.O2.s' || f === 'int64.O2.s');

function load(file: string): Image {
  const path = join(CORPUS, file);
  const r = assemble({ path, text: readFileSync(path, 'utf8') }, { readFile: (p) => readFileSync(join(dirname(path), p), 'utf8') });
  return r.image!;
}

const quiet: HostIO = { readStdin: () => new Uint8Array(0), writeStdout: () => {}, writeStderr: () => {} };

/** A failed invariant, with where: plain checks, since expect() per record is too slow for 10^6 records. */
function check(ok: boolean, what: () => string): void {
  if (!ok) throw new Error(what());
}

/** Checks the memory-consistency invariants; answers rows per chip counted from the decoded words. */
function checkTrace(trace: Trace): Record<string, number> {
  const rowsByChip: Record<string, number> = {};
  let prevRowTs = 0;
  for (let i = 0; i < trace.rowCount; i++) {
    const row = trace.row(i);
    check(row.timestamp > prevRowTs, () => `row ${i}: timestamp ${row.timestamp} after ${prevRowTs}`);
    prevRowTs = row.timestamp;
    const chip = decode(row.word)!.spec.chip;
    check(row.chip === chip, () => `row ${i}: chip ${row.chip}, the table says ${chip}`);
    rowsByChip[chip] = (rowsByChip[chip] ?? 0) + 1;
    if (i + 1 < trace.rowCount) check(row.nextPc === trace.rowPc(i + 1), () => `row ${i}: next pc`);
    for (const r of [...row.reads, ...row.writes]) {
      check(r.timestamp > row.timestamp && (i + 1 >= trace.rowCount || r.timestamp < trace.rowTimestamp(i + 1)), () => `row ${i}: record ${r.index} outside the row's timestamps`);
    }
  }
  // Cells: aligned memory words (space 2), registers (1) and public-value bytes (3).
  const lastTs = new Map<number, number>();
  const memBytes = new Map<number, number>();
  const regs = new Map<number, number>();
  let prevRecordTs = 0;
  for (let k = 0; k < trace.recordCount; k++) {
    const r = trace.recordAt(k);
    check(r.timestamp > prevRecordTs, () => `record ${k}: timestamp ${r.timestamp} after ${prevRecordTs}`);
    prevRecordTs = r.timestamp;
    const cell = r.space * 2 ** 32 + (r.space === 2 ? (r.address & ~3) >>> 0 : r.address);
    const last = lastTs.get(cell) ?? 0;
    check(r.previousTimestamp === last, () => `record ${k} (space ${r.space}, 0x${r.address.toString(16)}): previous timestamp ${r.previousTimestamp}, last access was ${last}`);
    lastTs.set(cell, r.timestamp);
    if (r.space === 2) {
      let prev = 0;
      for (let b = 0; b < r.size; b++) {
        const a = r.address + b;
        const byte = memBytes.get(a) ?? (r.previousValue >>> (8 * b)) & 0xff; // first touch: initial memory
        prev |= byte << (8 * b);
        memBytes.set(a, r.write ? (r.value >>> (8 * b)) & 0xff : byte);
      }
      check(r.previousValue >>> 0 === prev >>> 0, () => `record ${k}: previous value 0x${r.previousValue.toString(16)}, memory held 0x${(prev >>> 0).toString(16)}`);
      if (!r.write) check(r.value === r.previousValue, () => `record ${k}: a read changed the value`);
    } else if (r.space === 1) {
      const known = regs.get(r.address);
      if (known !== undefined) check(r.previousValue === known, () => `record ${k}: register x${r.address / 4} previous value`);
      regs.set(r.address, r.value);
    }
  }
  return rowsByChip;
}

describe('traced runs', () => {
  for (const file of programs) {
    it(file, () => {
      const img = load(file);
      const fast = execute(img, { io: quiet });
      const traced = execute(img, { io: quiet, mode: 'traced' });
      expect(traced.status).toBe(fast.status);
      expect(traced.exitCode).toBe(fast.exitCode);
      expect(traced.instret).toBe(fast.instret);
      expect(traced.chipRows).toEqual(fast.chipRows);
      expect(traced.gasUsed).toBe(fast.gasUsed);
      const trace = traced.trace!;
      expect(trace.rowCount).toBe(traced.instret);
      expect(checkTrace(trace)).toEqual(traced.chipRows);
    });
  }
});

describe('segments', () => {
  const img = load('sort.O0.s');
  for (const height of [7, 64, 1000]) {
    it(`height ${height}`, () => {
      const fast = execute(img, { io: quiet, segmentHeight: height });
      const traced = execute(img, { io: quiet, segmentHeight: height, mode: 'traced' });
      expect(traced.segments).toEqual(fast.segments);
      const trace = traced.trace!;
      // Replay: a segment ends right after the row that brings some chip to `height` rows.
      const starts = [0];
      let rows: Record<string, number> = {};
      for (let i = 0; i < trace.rowCount; i++) {
        const chip = trace.chipNames[trace.rowChip(i)]!;
        rows[chip] = (rows[chip] ?? 0) + 1;
        if (rows[chip] === height && i + 1 < trace.rowCount) {
          starts.push(i + 1);
          rows = {};
        }
      }
      expect(trace.segmentStarts.slice(0, starts.length)).toEqual(starts);
      expect(traced.segments.length).toBe(starts.length);
      let sum = 0;
      for (const s of traced.segments) {
        expect(s.startInstret).toBe(sum);
        sum += s.instructions;
        for (const n of Object.values(s.chipRows)) expect(n).toBeLessThanOrEqual(height);
      }
      expect(sum).toBe(traced.instret);
    });
  }
});

describe('trace memory', () => {
  it('stays compact: bytes per traced instruction', () => {
    const traced = execute(load('sort.O0.s'), { io: quiet, mode: 'traced' });
    const t = traced.trace!;
    // Chunks are allocated 64 Ki entries at a time; measure per row on the filled part.
    const perRow = (13 * t.rowCount + 17 * t.recordCount) / t.rowCount;
    expect(perRow).toBeLessThanOrEqual(64);
  });
});
