// What the trace views show, independent of where it came from: the debug adapter's
// tessera/traceRows answers (while debugging) or the CLI's `tessera trace` JSONL (Show Trace on a
// file that is not being debugged). Plain data and functions, so tests need no editor.
import { ABI_NAMES } from '@tessera/vm-core';

export interface SourcePoint {
  file: string;
  /** 1-based. */
  line: number;
  column: number;
}

export interface Access {
  space: 'register' | 'memory' | 'public';
  address: number;
  /** `a0`, `0x00011000 <buf+4>`. */
  name: string;
  size: number;
  write: boolean;
  value: number;
  previousValue: number;
}

export interface TraceRowView {
  /** Instructions retired before this one: the row's index in the run. */
  instret: number;
  pc: number;
  instruction: string;
  chip: string;
  label?: string;
  source?: SourcePoint;
  reads: Access[];
  writes: Access[];
}

export interface SegmentView {
  index: number;
  startInstret: number;
  instructions: number;
  chipRows: Partial<Record<string, number>>;
}

/** Everything the views draw for one run or one stop of a debug session. */
export interface TraceSnapshot {
  /** Where it came from, for the panel's title line. */
  origin: string;
  programPath: string;
  rows: TraceRowView[];
  /** Rows the history held but the snapshot left out (the view shows a bounded window). */
  omittedRows: number;
  chipRows: Partial<Record<string, number>>;
  gasPerChip: Partial<Record<string, number>>;
  segments: SegmentView[];
  instret: number;
  gas: number;
  /** Instructions executed per source line (hot spots), over the rows the snapshot saw. */
  lineCounts: LineCount[];
}

export interface LineCount {
  file: string;
  line: number;
  count: number;
  label?: string;
}

/** Maps a pc to what a person reads: source position and `label+0x8`. */
export interface ProgramLookup {
  locate(pc: number): SourcePoint | undefined;
  label(pc: number): string | undefined;
}

const SPACES = { 1: 'register', 2: 'memory', 3: 'public' } as const;

const hex8 = (n: number): string => `0x${(n >>> 0).toString(16).padStart(8, '0')}`;

export function accessName(space: Access['space'], address: number, lookup?: ProgramLookup): string {
  if (space === 'register') return ABI_NAMES[address >>> 2] ?? `x${address >>> 2}`;
  if (space === 'public') return `public[${address}]`;
  const label = lookup?.label(address);
  return label ? `${hex8(address)} <${label}>` : hex8(address);
}

export interface ParsedCliTrace {
  rows: TraceRowView[];
  segments: SegmentView[];
  chipRows: Partial<Record<string, number>>;
  lineCounts: LineCount[];
  totalRows: number;
  /** Lines that were not JSON objects of a known type (a truncated file ends with one). */
  badLines: number;
}

/**
 * Reads `tessera trace --format jsonl` output. Every row counts toward chips and hot spots; only
 * the last `keepRows` rows are kept for the table, so a long run stays cheap to show.
 */
export function parseCliTrace(text: string, lookup?: ProgramLookup, keepRows = 20_000): ParsedCliTrace {
  const rows: TraceRowView[] = [];
  const segments: SegmentView[] = [];
  const chipRows: Record<string, number> = {};
  const hot = new HotSpotCounter(lookup);
  let totalRows = 0;
  let badLines = 0;
  let current: TraceRowView | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      badLines++;
      continue;
    }
    if (!isRecord(v)) {
      badLines++;
      continue;
    }
    if (v.type === 'row' && typeof v.pc === 'number' && typeof v.index === 'number') {
      totalRows++;
      const chip = String(v.chip ?? '?');
      chipRows[chip] = (chipRows[chip] ?? 0) + 1;
      const segment = segments[segments.length - 1];
      if (segment) segment.chipRows[chip] = (segment.chipRows[chip] ?? 0) + 1;
      hot.add(v.pc);
      current = {
        instret: v.index,
        pc: v.pc,
        instruction: String(v.instruction ?? '').replace(/\t/g, ' '),
        chip,
        reads: [],
        writes: [],
      };
      const label = lookup?.label(v.pc);
      if (label) current.label = label;
      const source = lookup?.locate(v.pc);
      if (source) current.source = source;
      rows.push(current);
      if (rows.length > keepRows * 2) rows.splice(0, rows.length - keepRows);
    } else if (v.type === 'record' && current && typeof v.address === 'number') {
      const space = SPACES[v.space as 1 | 2 | 3] ?? 'memory';
      const access: Access = {
        space,
        address: v.address,
        name: accessName(space, v.address, lookup),
        size: Number(v.size ?? 4),
        write: v.write === true,
        value: Number(v.value ?? 0),
        previousValue: Number(v.previousValue ?? 0),
      };
      (access.write ? current.writes : current.reads).push(access);
    } else if (v.type === 'segment' && typeof v.index === 'number') {
      segments.push({ index: v.index, startInstret: Number(v.startRow ?? totalRows), instructions: Number(v.instructions ?? 0), chipRows: {} });
    } else badLines++;
  }
  if (rows.length > keepRows) rows.splice(0, rows.length - keepRows);
  return { rows, segments, chipRows, lineCounts: hot.counts(), totalRows, badLines };
}

/** Counts executed instructions per source line; a macro's rows count at the body line. */
export class HotSpotCounter {
  private readonly byPc = new Map<number, number>();
  constructor(private readonly lookup?: ProgramLookup) {}

  add(pc: number, n = 1): void {
    this.byPc.set(pc, (this.byPc.get(pc) ?? 0) + n);
  }

  counts(): LineCount[] {
    const byLine = new Map<string, LineCount>();
    for (const [pc, n] of this.byPc) {
      const at = this.lookup?.locate(pc);
      if (!at) continue;
      const key = `${at.file}\0${at.line}`;
      const entry = byLine.get(key);
      if (entry) entry.count += n;
      else {
        const c: LineCount = { file: at.file, line: at.line, count: n };
        const label = this.lookup?.label(pc)?.replace(/\+0x[0-9a-f]+$/, '');
        if (label) c.label = label;
        byLine.set(key, c);
      }
    }
    return [...byLine.values()].sort((a, b) => b.count - a.count || a.file.localeCompare(b.file) || a.line - b.line);
  }
}

/** Instructions per label (function), for the hot-spot summary. */
export function countsPerLabel(lines: readonly LineCount[]): Array<{ label: string; count: number }> {
  const m = new Map<string, number>();
  for (const l of lines) m.set(l.label ?? '?', (m.get(l.label ?? '?') ?? 0) + l.count);
  return [...m].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/**
 * The line (0-based) of each label's definition in a document's text, for the per-label totals
 * shown beside `name:` lines. Numeric and `.L` labels are not functions and are left out.
 */
export function labelLines(text: string, labels: readonly string[]): Map<string, number> {
  const wanted = new Set(labels.filter((l) => !/^\d|^\.L/.test(l)));
  const out = new Map<string, number>();
  text.split(/\r?\n/).forEach((line, i) => {
    const m = /^\s*([A-Za-z_.$][\w.$]*)\s*:/.exec(line);
    if (m && wanted.has(m[1]!) && !out.has(m[1]!)) out.set(m[1]!, i);
  });
  return out;
}

/**
 * Heat level 1..levels of a line's count relative to the hottest line, on a log scale (a loop
 * body run a million times should not make every other line look cold).
 */
export function heatLevel(count: number, max: number, levels = 5): number {
  if (count <= 0 || max <= 0) return 0;
  if (max === 1) return levels;
  const level = Math.ceil((Math.log(count + 1) / Math.log(max + 1)) * levels);
  return Math.min(levels, Math.max(1, level));
}

export interface RowFilter {
  /** Words that must all appear in the row's text (instruction, chip, label, accesses); case-insensitive. */
  text?: string;
  chips?: readonly string[];
  /** Only rows that write this register or address name (`a0`, `sp`, `0x00011000`). */
  writes?: string;
}

/** The text a row is searched by: what the table shows. */
export function rowText(r: TraceRowView): string {
  const acc = (a: Access): string => `${a.name}=${formatValue(a.value)}`;
  return [r.instret, hex8(r.pc), r.instruction, r.chip, r.label ?? '', ...r.reads.map(acc), ...r.writes.map(acc)].join(' ');
}

export function filterRows(rows: readonly TraceRowView[], f: RowFilter): TraceRowView[] {
  const words = (f.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const chips = f.chips && f.chips.length ? new Set(f.chips) : undefined;
  const writes = f.writes?.trim().toLowerCase();
  return rows.filter((r) => {
    if (chips && !chips.has(r.chip)) return false;
    if (writes && !r.writes.some((w) => w.name.toLowerCase() === writes || w.name.toLowerCase().startsWith(`${writes} `))) return false;
    if (!words.length) return true;
    const text = rowText(r).toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

export function formatValue(v: number): string {
  return `0x${(v >>> 0).toString(16)}`;
}

export function formatAccess(a: Access): string {
  const v = formatValue(a.value);
  return a.write && a.previousValue !== a.value ? `${a.name} ${formatValue(a.previousValue)}→${v}` : `${a.name}=${v}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
