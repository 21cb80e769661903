// The recorded trace, browsable. The debugger runs in fast mode (a traced run is twenty times
// slower), so rows are made on demand: a scratch machine in traced mode is put in the state of
// the checkpoint before the rows wanted and replays them, with the journaled I/O and no output.
// Timestamps are those of one traced run from instruction 0 when the history reaches back to it
// (each window between checkpoints is replayed once and its length in ticks cached); otherwise
// they count from the checkpoint the replay started at, and so does every previousTimestamp.

import { ABI_NAMES, disassembleWord, restoreSnapshot, type Machine, type MemoryRecord, type Trace } from '@tessera/vm-core';
import type { History } from './history.js';
import type { JournalIO } from './journal-io.js';
import type { LoadedProgram } from './program.js';
import type { TraceAccess, TraceExportFormat, TraceFilter, TracePage, TraceQuery, TraceRowView } from './types.js';

export interface TraceContext {
  loaded: LoadedProgram;
  history: History;
  io: JournalIO;
  /** A new machine of the launched program in traced mode, its I/O the journal. */
  makeTraced(): Machine;
  /** Ticks (rows + accesses) of the window starting at each checkpoint, to the next one. */
  windowTicks: Map<number, number>;
  /** The replay of the window the last timestamp was asked in (owned by the runtime, dropped at edits). */
  clock: { current?: WindowClock };
}

/**
 * A traced machine replaying one window from its checkpoint, kept between questions: its trace
 * answers the clock at any instret it has passed (row r began at tick first(r) + r), so stepping
 * back or forward inside the window costs nothing but the instructions not replayed yet.
 */
export interface WindowClock {
  start: number;
  machine: Machine;
  /** The journal position the machine has reached. */
  journal: number;
}

const DEFAULT_PAGE = 100;
const MAX_PAGE = 10_000;
/** Rows a filtered page looks at before answering with what it found (and where to go on). */
const SCAN_LIMIT = 200_000;
const RUN_STEP = 4096;
/** Instructions the idle clock warm-up replays per event-loop turn (a few milliseconds traced). */
const WARM_STEP = 8192;

type Visit = (instret: number, trace: Trace, row: number, tickOffset: number | undefined) => boolean | void;

export class TraceView {
  constructor(private readonly ctx: TraceContext) {}

  page(query: TraceQuery): TracePage {
    const h = this.ctx.history;
    const historyStart = h.start;
    const historyEnd = h.highWater;
    const wanted = Number.isFinite(query.start) ? Math.floor(query.start!) : historyStart;
    const start = Math.max(historyStart, Math.min(wanted, historyEnd));
    const count = Number.isFinite(query.count) ? Math.max(1, Math.min(Math.floor(query.count!), MAX_PAGE)) : DEFAULT_PAGE;
    const keep = this.predicate(query.filter);
    const rows: TraceRowView[] = [];
    let next: number | undefined;
    let scanned = 0;
    this.replay(start, historyEnd, (instret, trace, r, offset) => {
      if (rows.length >= count || scanned >= SCAN_LIMIT) {
        next = instret;
        return false;
      }
      scanned++;
      if (keep(trace, r)) rows.push(this.rowView(trace, r, instret, offset));
      return true;
    });
    const page: TracePage = { rows, historyStart, historyEnd };
    if (next !== undefined) page.next = next;
    return page;
  }

  /**
   * Writes the history's rows (each followed by its accesses) as JSON Lines or CSV, the format of
   * `tessera trace` plus instret, label and source; a chunk per event-loop turn. Answers the rows
   * written, or undefined when `go` said stop.
   */
  async export(format: TraceExportFormat, write: (chunk: string) => void, filter: TraceFilter | undefined, go: () => boolean): Promise<number | undefined> {
    const h = this.ctx.history;
    const keep = this.predicate(filter);
    let n = 0;
    let buffer = '';
    const flush = () => {
      if (buffer) write(buffer);
      buffer = '';
    };
    if (format === 'csv') buffer += 'kind,instret,timestamp,pc,word,chip,next_pc,instruction,label,source,space,address,size,write,value,previous_value,previous_timestamp\n';
    const finished = await this.replayAsync(h.start, h.highWater, (instret, trace, r, offset) => {
      if (!keep(trace, r)) return true;
      const row = this.rowView(trace, r, instret, offset);
      const raw = trace.row(r);
      const records = [...raw.reads, ...raw.writes].sort((a, b) => a.index - b.index);
      const src = row.source ? `${row.source.file}:${row.source.line}` : '';
      if (format === 'jsonl') {
        buffer += `{"type":"row","instret":${instret},"timestamp":${row.timestamp},"pc":${row.pc},"word":${row.word},"chip":${JSON.stringify(row.chip)},"nextPc":${row.nextPc},"instruction":${JSON.stringify(row.instruction)},"label":${JSON.stringify(row.label)},"source":${JSON.stringify(src)}}\n`;
        for (const rec of records) {
          buffer += `{"type":"record","timestamp":${rec.timestamp + (offset ?? 0)},"space":${rec.space},"address":${rec.address},"size":${rec.size},"write":${rec.write},"value":${rec.value},"previousValue":${rec.previousValue},"previousTimestamp":${rec.previousTimestamp ? rec.previousTimestamp + (offset ?? 0) : 0}}\n`;
        }
      } else {
        buffer += `row,${instret},${row.timestamp},${row.pc},${row.word},${csv(row.chip)},${row.nextPc},${csv(row.instruction)},${csv(row.label)},${csv(src)},,,,,,,\n`;
        for (const rec of records) {
          buffer += `record,${instret},${rec.timestamp + (offset ?? 0)},,,,,,,,${rec.space},${rec.address},${rec.size},${rec.write ? 1 : 0},${rec.value},${rec.previousValue},${rec.previousTimestamp ? rec.previousTimestamp + (offset ?? 0) : 0}\n`;
        }
      }
      n++;
      if (buffer.length > 1 << 16) flush();
      return true;
    }, go);
    flush();
    return finished ? n : undefined;
  }

  /** Ticks of a traced run from instruction 0 to `instret`; undefined when the history no longer reaches 0. */
  timestampAt(instret: number): number | undefined {
    const cps = this.ctx.history.checkpoints;
    if (!cps.length || cps[0]!.instret !== 0) return undefined;
    let ticks = 0;
    for (let i = 0; i < cps.length && cps[i]!.instret < instret; i++) {
      const c = cps[i]!;
      const nextStart = cps[i + 1]?.instret;
      if (nextStart !== undefined && nextStart <= instret) ticks += this.windowTicks(i);
      else ticks += this.ticksInWindow(i, instret);
    }
    return ticks;
  }

  /**
   * Measures a little more of the clock (at most `budget` instructions replayed traced, so the
   * event loop is never held long): the oldest window before `now` whose ticks are not known yet,
   * else the window of `now` up to it. Answers whether there is more to do (the runtime calls it
   * while idle, a turn at a time).
   */
  warmWindow(now: number, budget = WARM_STEP): boolean {
    const cps = this.ctx.history.checkpoints;
    if (!cps.length || cps[0]!.instret !== 0) return false;
    let i = 0;
    while (i + 1 < cps.length && cps[i + 1]!.instret <= now && this.ctx.windowTicks.has(cps[i]!.instret)) i++;
    const c = cps[i]!;
    const whole = i + 1 < cps.length && cps[i + 1]!.instret <= now;
    const end = whole ? cps[i + 1]!.instret : now;
    const clk = this.ctx.clock.current;
    const reached = clk?.start === c.instret ? Math.max(c.instret, clk.machine.instret) : c.instret;
    if (reached >= end && !whole) return false;
    const target = Math.min(end, reached + budget);
    const ticks = this.ticksInWindow(i, target);
    const now2 = this.ctx.clock.current!.machine.instret;
    if (whole && now2 >= end) this.ctx.windowTicks.set(c.instret, ticks);
    // A replay that cannot go on (it should not happen: the live run went this way) ends the work.
    if (now2 < target) return false;
    return whole || now2 < now;
  }

  /** Ticks of the whole window from checkpoint i to checkpoint i + 1 (cached). */
  private windowTicks(i: number): number {
    const c = this.ctx.history.checkpoints[i]!;
    const cached = this.ctx.windowTicks.get(c.instret);
    if (cached !== undefined) return cached;
    const end = this.ctx.history.checkpoints[i + 1]!.instret;
    // A whole window is measured once: its replay is kept only if it is the kept one already.
    const w = this.ticksInWindow(i, end, this.ctx.clock.current?.start === c.instret);
    this.ctx.windowTicks.set(c.instret, w);
    return w;
  }

  /** Ticks from checkpoint i to instret (inside its window), through the kept WindowClock. */
  private ticksInWindow(i: number, instret: number, keep = true): number {
    const c = this.ctx.history.checkpoints[i]!;
    let clk = this.ctx.clock.current;
    if (!clk || clk.start !== c.instret) {
      const machine = this.ctx.makeTraced();
      restoreSnapshot(machine, c.snapshot);
      clk = { start: c.instret, machine, journal: c.journal };
      if (keep) this.ctx.clock.current = clk;
    }
    const t = clk.machine;
    if (t.instret < instret) {
      const io = this.ctx.io;
      const cursor = io.cursor;
      const silent = io.silent;
      io.silent = true;
      io.cursor = clk.journal;
      try {
        while (t.instret < instret && !t.stop && !t.waiting) t.runChunk(Math.min(instret - t.instret, 1 << 16));
      } finally {
        clk.journal = io.cursor;
        io.cursor = cursor;
        io.silent = silent;
      }
    }
    const trace = t.trace!;
    const r = Math.min(instret, t.instret) - c.instret;
    return r < trace.rowCount ? trace.rowTimestamp(r) - 1 : trace.timestamp;
  }

  /** Replays [from, to) traced, visiting each row; stops when visit answers false. */
  private replay(from: number, to: number, visit: Visit): void {
    const r = this.replayer(from, to, visit);
    while (r && r.advance());
  }

  /**
   * The same, a chunk per event-loop turn: between chunks the live machine's journal position is
   * its own again, other requests are answered, and `go` says whether to carry on (false: the
   * request was cancelled or the program moved). Answers whether it reached the end.
   */
  private async replayAsync(from: number, to: number, visit: Visit, go: () => boolean): Promise<boolean> {
    const r = this.replayer(from, to, visit);
    if (!r) return true;
    while (r.advance()) {
      await new Promise((resolve) => setImmediate(resolve));
      if (!go()) return false;
    }
    return true;
  }

  /**
   * A traced scratch machine at the checkpoint before `from`; each advance() runs one chunk
   * (edits restored where the history has them), visits its rows, and answers whether there is
   * more. The journal is the replay's only during an advance.
   */
  private replayer(from: number, to: number, visit: Visit): { advance(): boolean } | undefined {
    if (from >= to) return undefined;
    const h = this.ctx.history;
    const c = h.at(from);
    if (!c) return undefined;
    const offset = this.timestampAt(c.instret);
    const t = this.ctx.makeTraced();
    restoreSnapshot(t, c.snapshot);
    const io = this.ctx.io;
    let journal = c.journal;
    const trace = t.trace!;
    const base = c.instret;
    let done = false;
    const advance = (): boolean => {
      if (done || !(t.instret < to && !t.stop && !t.waiting)) return false;
      const cursor = io.cursor;
      const silent = io.silent;
      io.silent = true;
      io.cursor = journal;
      try {
        let limit = Math.min(to - t.instret, RUN_STEP);
        const edit = h.nextEdit(t.instret);
        if (edit && edit.instret < to) limit = Math.min(limit, edit.instret - t.instret);
        const r0 = trace.rowCount;
        const ran = t.runChunk(limit);
        for (let r = r0; r < trace.rowCount; r++) {
          const instret = base + r;
          if (instret >= from && visit(instret, trace, r, offset) === false) {
            done = true;
            return false;
          }
        }
        if (edit && t.instret === edit.instret) {
          restoreSnapshot(t, edit.snapshot);
          io.cursor = edit.journal;
        } else if (ran === 0) done = true;
      } finally {
        journal = io.cursor;
        io.cursor = cursor;
        io.silent = silent;
      }
      return !done && t.instret < to && !t.stop && !t.waiting;
    };
    return { advance };
  }

  private predicate(filter: TraceFilter | undefined): (trace: Trace, r: number) => boolean {
    if (!filter) return (_t, r) => r >= 0;
    const chips = filter.chips?.length ? new Set(filter.chips) : undefined;
    const pc = filter.pcRange;
    const label = filter.label ? this.ctx.loaded.labels.range(filter.label) : undefined;
    const missingLabel = filter.label !== undefined && !label;
    const addr = filter.address;
    return (trace, r) => {
      if (r < 0 || missingLabel) return false;
      const p = trace.rowPc(r);
      if (chips && !chips.has(trace.chipNames[trace.rowChip(r)] ?? '')) return false;
      if (pc && !(p >= pc.start && p < pc.end)) return false;
      if (label && !(p >= label.start && p < label.end)) return false;
      if (addr) {
        const [first, end] = trace.rowRecords(r);
        let touches = false;
        for (let i = first; i < end && !touches; i++) {
          const rec = trace.recordAt(i, r);
          if (rec.space === 2 && rec.address < addr.end && rec.address + rec.size > addr.start) touches = true;
        }
        if (!touches) return false;
      }
      return true;
    };
  }

  private rowView(trace: Trace, r: number, instret: number, offset: number | undefined): TraceRowView {
    const row = trace.row(r);
    const labels = this.ctx.loaded.labels;
    const view: TraceRowView = {
      instret, timestamp: row.timestamp + (offset ?? 0), pc: row.pc, word: row.word,
      instruction: disassembleWord(row.word, row.pc, { symbolize: (a) => labels.describe(a) }).text.replace(/\t/g, ' '),
      chip: row.chip, label: labels.describe(row.pc) ?? '', nextPc: row.nextPc,
      reads: row.reads.map((a) => this.access(a)), writes: row.writes.map((a) => this.access(a)),
    };
    const src = this.ctx.loaded.program.sourceMap.locate(row.pc);
    if (src) view.source = { file: src.file, line: src.start.line, column: src.start.col };
    return view;
  }

  private access(a: MemoryRecord): TraceAccess {
    const space = a.space === 1 ? 'register' : a.space === 2 ? 'memory' : 'public';
    const address = a.space === 1 ? a.address / 4 : a.address;
    let name: string;
    if (a.space === 1) name = ABI_NAMES[address] ?? `x${address}`;
    else if (a.space === 2) {
      const l = this.ctx.loaded.labels.describe(a.address);
      name = `0x${a.address.toString(16).padStart(8, '0')}${l ? ` <${l}>` : ''}`;
    } else name = `public[${a.address}]`;
    return { space, address, name, size: a.size, write: a.write, value: a.value, previousValue: a.previousValue };
  }
}

function csv(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
