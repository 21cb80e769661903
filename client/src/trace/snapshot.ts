// Builds a TraceSnapshot from either source: the CLI's traced run of a file, or the debug
// adapter's inspection requests at a stop (tessera/traceRows, tessera/chipMetrics, tessera/segments).
import { CostSchedule } from '@tessera/vm-core';
import { HotSpotCounter, type LineCount, type ParsedCliTrace, type SegmentView, type TraceRowView, type TraceSnapshot } from './model.js';

export function gasPerChip(chipRows: Partial<Record<string, number>>): Partial<Record<string, number>> {
  const names = Object.keys(chipRows);
  const schedule = new CostSchedule(names);
  const out: Record<string, number> = {};
  names.forEach((n, i) => (out[n] = (chipRows[n] ?? 0) * schedule.weights[i]!));
  return out;
}

export function snapshotFromCli(parsed: ParsedCliTrace, programPath: string, origin = 'tessera trace'): TraceSnapshot {
  const gas = gasPerChip(parsed.chipRows);
  return {
    origin,
    programPath,
    rows: parsed.rows,
    omittedRows: parsed.totalRows - parsed.rows.length,
    chipRows: parsed.chipRows,
    gasPerChip: gas,
    segments: parsed.segments,
    instret: parsed.totalRows,
    gas: Object.values(gas).reduce((n: number, g) => n + (g ?? 0), 0),
    lineCounts: parsed.lineCounts,
  };
}

/** The adapter's answers, checked loosely: a field of the wrong shape is left out, never a throw. */
export interface SessionAnswers {
  rows: unknown;
  metrics: unknown;
  segments: unknown;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function numberMap(v: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (isRecord(v)) for (const [k, n] of Object.entries(v)) if (typeof n === 'number') out[k] = n;
  return out;
}

function rowsOf(v: unknown): TraceRowView[] {
  if (!isRecord(v) || !Array.isArray(v.rows)) return [];
  return v.rows.filter((r): r is TraceRowView => isRecord(r) && typeof r.pc === 'number' && typeof r.instret === 'number').map((r) => ({
    ...r,
    instruction: String(r.instruction ?? '').replace(/\t/g, ' '),
    reads: Array.isArray(r.reads) ? r.reads : [],
    writes: Array.isArray(r.writes) ? r.writes : [],
  }));
}

export function snapshotFromSession(a: SessionAnswers, programPath: string): TraceSnapshot {
  const rows = rowsOf(a.rows);
  const m = isRecord(a.metrics) ? a.metrics : {};
  const chipRows = numberMap(m.chipRows);
  const segs: SegmentView[] = isRecord(a.segments) && Array.isArray(a.segments.segments)
    ? a.segments.segments.filter(isRecord).map((g) => ({
      index: Number(g.index ?? 0),
      startInstret: Number(g.startInstret ?? 0),
      instructions: Number(g.instructions ?? 0),
      chipRows: numberMap(g.chipRows),
    }))
    : [];
  const historyStart = typeof m.historyStart === 'number' ? m.historyStart : 0;
  const instret = typeof m.instret === 'number' ? m.instret : rows.length;
  const perChip = gasPerChip(chipRows);
  return {
    origin: 'debug session (at the current stop)',
    programPath,
    rows,
    omittedRows: Math.max(0, instret - historyStart - rows.length),
    chipRows,
    gasPerChip: perChip,
    segments: segs,
    instret,
    gas: typeof m.gas === 'number' ? m.gas : Object.values(perChip).reduce((n: number, g) => n + (g ?? 0), 0),
    lineCounts: lineCountsOfRows(rows),
  };
}

/** Hot spots from rows that already carry their source position (the adapter's rows). */
export function lineCountsOfRows(rows: readonly TraceRowView[]): LineCount[] {
  const bySource = new Map<number, TraceRowView>();
  for (const r of rows) if (r.source && !bySource.has(r.pc)) bySource.set(r.pc, r);
  const counter = new HotSpotCounter({
    locate: (pc) => bySource.get(pc)?.source,
    label: (pc) => bySource.get(pc)?.label,
  });
  for (const r of rows) counter.add(r.pc);
  return counter.counts();
}

/** Sends one DAP custom request and answers its body (vscode.DebugSession.customRequest does this). */
export type CustomRequest = (command: string, args: unknown) => PromiseLike<unknown>;

/**
 * At a stop: the latest `rowsWanted` rows of the adapter's history (in pages of at most 10 000,
 * as tessera/traceRows allows), its chip metrics and its segments.
 */
export async function fetchSessionSnapshot(request: CustomRequest, rowsWanted: number, programPath: string): Promise<TraceSnapshot> {
  const metrics = (await request('tessera/chipMetrics', {})) as { historyStart?: unknown; historyEnd?: unknown } | undefined;
  const end = typeof metrics?.historyEnd === 'number' ? metrics.historyEnd : 0;
  const first = typeof metrics?.historyStart === 'number' ? metrics.historyStart : 0;
  const rows: unknown[] = [];
  let start: number | undefined = Math.max(first, end - rowsWanted);
  while (start !== undefined && start < end && rows.length < rowsWanted) {
    const page = (await request('tessera/traceRows', { start, count: Math.min(10_000, rowsWanted - rows.length) })) as { rows?: unknown; next?: unknown } | undefined;
    if (!page || !Array.isArray(page.rows) || page.rows.length === 0) break;
    rows.push(...page.rows);
    start = typeof page.next === 'number' ? page.next : undefined;
  }
  const segments = await request('tessera/segments', {});
  return snapshotFromSession({ rows: { rows }, metrics, segments }, programPath);
}
