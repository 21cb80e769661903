// The trace of a traced run, stored as typed-array columns in fixed-size chunks (no object per
// row or access, no copying as it grows). A row is one retired instruction; a record is one
// access through the memory controller. Timestamps are implicit: the clock ticks once when a row
// begins and once per record, so row r (whose first record is f) has timestamp f + r + 1 and its
// k-th record f + r + 2 + k; neither is stored.
//
//   row:    pc u32 · word u32 · chip u8 · first record u32                 13 bytes
//   record: kind u8 (space | log2 size << 2 | write << 4) · address u32 ·
//           value u32 · previous value u32 · previous timestamp u32        17 bytes

const CHUNK_SHIFT = 16;
const CHUNK = 1 << CHUNK_SHIFT;
const CHUNK_MASK = CHUNK - 1;

type TypedCtor = Uint8ArrayConstructor | Uint32ArrayConstructor;

class Column<T extends Uint8Array | Uint32Array> {
  private readonly chunks: T[] = [];
  constructor(private readonly ctor: TypedCtor) {}
  set(i: number, v: number): void {
    const c = i >>> CHUNK_SHIFT;
    let chunk = this.chunks[c];
    if (!chunk) {
      chunk = new this.ctor(CHUNK) as T;
      this.chunks[c] = chunk;
    }
    chunk[i & CHUNK_MASK] = v;
  }
  get(i: number): number {
    return this.chunks[i >>> CHUNK_SHIFT]![i & CHUNK_MASK]!;
  }
  get byteLength(): number {
    return this.chunks.reduce((n, c) => n + c.byteLength, 0);
  }
}

export type TraceSpace = 1 | 2 | 3;

export interface MemoryRecord {
  index: number;
  timestamp: number;
  /** 1 registers (address = 4 × register number), 2 memory, 3 public values. */
  space: TraceSpace;
  address: number;
  size: 1 | 2 | 4;
  write: boolean;
  value: number;
  previousValue: number;
  /** 0 when the cell was never accessed before (its initial value). */
  previousTimestamp: number;
}

export interface TraceRow {
  index: number;
  timestamp: number;
  pc: number;
  word: number;
  chip: string;
  nextPc: number;
  reads: MemoryRecord[];
  writes: MemoryRecord[];
}

export class Trace {
  private readonly pcs = new Column<Uint32Array>(Uint32Array);
  private readonly words = new Column<Uint32Array>(Uint32Array);
  private readonly chips = new Column<Uint8Array>(Uint8Array);
  private readonly firsts = new Column<Uint32Array>(Uint32Array);
  private readonly kinds = new Column<Uint8Array>(Uint8Array);
  private readonly addrs = new Column<Uint32Array>(Uint32Array);
  private readonly values = new Column<Uint32Array>(Uint32Array);
  private readonly prevs = new Column<Uint32Array>(Uint32Array);
  private readonly prevTs = new Column<Uint32Array>(Uint32Array);
  rowCount = 0;
  recordCount = 0;
  /** pc after the last row (the next instruction, or the faulting one). */
  finalPc = 0;
  /** Record index where the accesses of a faulting instruction (a cancelled row) begin. */
  private orphanStart = Infinity;
  /** Row index at which each segment starts; segment 0 starts at row 0. */
  readonly segmentStarts: number[] = [0];

  constructor(readonly chipNames: readonly string[]) {}

  /** The clock: the timestamp of the last row start or record. */
  get timestamp(): number {
    return this.recordCount + this.rowCount + (this.orphanStart === Infinity ? 0 : 1);
  }

  beginRow(pc: number, word: number, chip: number): void {
    const i = this.rowCount++;
    this.pcs.set(i, pc);
    this.words.set(i, word);
    this.chips.set(i, chip);
    this.firsts.set(i, this.recordCount);
  }

  /** Drops the row just begun (its instruction faulted); its accesses stay, owned by no row. */
  cancelRow(): void {
    this.rowCount--;
    this.orphanStart = this.firsts.get(this.rowCount);
  }

  /** Appends a record; answers its timestamp. */
  record(space: TraceSpace, size: 1 | 2 | 4, write: boolean, address: number, value: number, previous: number, previousTimestamp: number): number {
    const i = this.recordCount++;
    const ts = this.timestamp;
    this.kinds.set(i, space | ((size === 4 ? 2 : size === 2 ? 1 : 0) << 2) | (write ? 16 : 0));
    this.addrs.set(i, address);
    this.values.set(i, value);
    this.prevs.set(i, previous);
    this.prevTs.set(i, previousTimestamp);
    return ts;
  }

  /** The row that made record i (rowCount for the accesses of a cancelled row). */
  rowOfRecord(i: number): number {
    if (i >= this.orphanStart) return this.rowCount;
    let lo = 0;
    let hi = this.rowCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.firsts.get(mid) <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  rowTimestamp(r: number): number {
    return this.firsts.get(r) + r + 1;
  }

  recordAt(i: number, row = this.rowOfRecord(i)): MemoryRecord {
    const k = this.kinds.get(i);
    return {
      index: i,
      timestamp: i + row + 2,
      space: (k & 3) as TraceSpace,
      size: (1 << ((k >> 2) & 3)) as 1 | 2 | 4,
      write: (k & 16) !== 0,
      address: this.addrs.get(i),
      value: this.values.get(i),
      previousValue: this.prevs.get(i),
      previousTimestamp: this.prevTs.get(i),
    };
  }

  rowPc(i: number): number {
    return this.pcs.get(i);
  }

  rowChip(i: number): number {
    return this.chips.get(i);
  }

  /** First and one-past-last record of row i. */
  rowRecords(i: number): [number, number] {
    const first = this.firsts.get(i);
    const end = i + 1 < this.rowCount ? this.firsts.get(i + 1) : Math.min(this.recordCount, this.orphanStart);
    return [first, end];
  }

  row(i: number): TraceRow {
    const [first, end] = this.rowRecords(i);
    const reads: MemoryRecord[] = [];
    const writes: MemoryRecord[] = [];
    for (let r = first; r < end; r++) {
      const rec = this.recordAt(r, i);
      (rec.write ? writes : reads).push(rec);
    }
    return {
      index: i,
      timestamp: first + i + 1,
      pc: this.pcs.get(i),
      word: this.words.get(i),
      chip: this.chipNames[this.chips.get(i)] ?? '?',
      nextPc: i + 1 < this.rowCount ? this.pcs.get(i + 1) : this.finalPc,
      reads,
      writes,
    };
  }

  /** Bytes held by the columns (what `bench/run` divides by the rows). */
  get byteLength(): number {
    return [this.pcs, this.words, this.chips, this.firsts, this.kinds, this.addrs, this.values, this.prevs, this.prevTs]
      .reduce((n, c) => n + c.byteLength, 0);
  }
}
