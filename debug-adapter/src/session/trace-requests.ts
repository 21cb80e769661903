// Custom requests for trace inspection (shapes documented in debug-adapter/README.md):
// tessera/traceRows (paging + filters), tessera/chipMetrics, tessera/segments,
// tessera/exportTrace. Addresses may be given as numbers or "0x…" text.

import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import type { TraceExportFormat, TraceFilter } from '../runtime/types.js';
import { addressOf } from './convert.js';
import { quickCounters } from './counters.js';
import { RequestError, optionalIntegerArg, stringArg } from './request-error.js';
import type { SessionCore } from './session.js';

const MAX_ROWS = 10_000;

function range(command: string, raw: unknown, what: string): { start: number; end: number } | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new RequestError(`${command}: '${what}' must be { start, end }`);
  const r = raw as Record<string, unknown>;
  const start = addressOf(command, r.start);
  const end = r.end === undefined ? start + 1 : addressOf(command, r.end);
  if (end <= start) throw new RequestError(`${command}: '${what}' is empty (end must be above start)`);
  return { start, end };
}

export function traceFilter(command: string, raw: unknown): TraceFilter | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new RequestError(`${command}: 'filter' must be an object`);
  const f = raw as Record<string, unknown>;
  const known = ['chips', 'address', 'pcRange', 'label'];
  const unknown = Object.keys(f).filter((k) => !known.includes(k));
  if (unknown.length) throw new RequestError(`${command}: unknown filter ${unknown.map((k) => `'${k}'`).join(', ')} (known: ${known.join(', ')})`);
  const out: TraceFilter = {};
  if (f.chips !== undefined) {
    if (!Array.isArray(f.chips) || !f.chips.every((c) => typeof c === 'string')) throw new RequestError(`${command}: 'filter.chips' must be an array of chip names`);
    out.chips = f.chips as string[];
  }
  const address = range(command, f.address, 'filter.address');
  if (address) out.address = address;
  const pcRange = range(command, f.pcRange, 'filter.pcRange');
  if (pcRange) out.pcRange = pcRange;
  if (f.label !== undefined) {
    if (typeof f.label !== 'string') throw new RequestError(`${command}: 'filter.label' must be a label`);
    out.label = f.label;
  }
  return out;
}

export function registerTrace(core: SessionCore): void {
  core.handle('tessera/traceRows', (args) => {
    const rt = core.stoppedRuntime('tessera/traceRows');
    const start = optionalIntegerArg('tessera/traceRows', args, 'start');
    const count = optionalIntegerArg('tessera/traceRows', args, 'count');
    if (count !== undefined && (count < 1 || count > MAX_ROWS)) throw new RequestError(`tessera/traceRows: 'count' must be between 1 and ${MAX_ROWS}`);
    if (start !== undefined && start < 0) throw new RequestError("tessera/traceRows: 'start' must be ≥ 0");
    const filter = traceFilter('tessera/traceRows', args.filter);
    return rt.traceRows({ ...(start !== undefined ? { start } : {}), ...(count !== undefined ? { count } : {}), ...(filter ? { filter } : {}) });
  });

  core.handle('tessera/chipMetrics', () => {
    const rt = core.stoppedRuntime('tessera/chipMetrics');
    const s = rt.traceSummary();
    const c = quickCounters(rt);
    return { chipRows: s.chipRows, historyStart: s.historyStart, historyEnd: s.historyEnd, instret: c.instret, gas: c.gas, segment: c.segment };
  });

  core.handle('tessera/segments', () => {
    const rt = core.stoppedRuntime('tessera/segments');
    const s = rt.traceSummary();
    return { segments: s.segments, current: Math.max(0, s.segments.length - 1) };
  });

  // Long (the whole history replayed traced): the runtime writes a chunk per event-loop turn, so
  // `cancel` reaches it; a cancelled or interrupted export leaves no partial file.
  core.handle('tessera/exportTrace', async (args, request) => {
    const rt = core.stoppedRuntime('tessera/exportTrace');
    const path = core.resolvePath(stringArg('tessera/exportTrace', args, 'path'));
    const format = (args.format ?? 'jsonl') as TraceExportFormat;
    if (format !== 'jsonl' && format !== 'csv') throw new RequestError("tessera/exportTrace: 'format' must be 'jsonl' or 'csv'");
    const filter = traceFilter('tessera/exportTrace', args.filter);
    let fd: number;
    try {
      fd = openSync(path, 'w');
    } catch (e) {
      throw new RequestError(`tessera/exportTrace: cannot write '${path}': ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
    let bytes = 0;
    let complete = false;
    try {
      const rows = await rt.exportTrace(format, (chunk) => {
        bytes += writeSync(fd, chunk);
      }, filter, () => core.isCancelled(request));
      complete = true;
      return { path, format, rows, bytes };
    } finally {
      closeSync(fd);
      if (!complete) rmSync(path, { force: true });
    }
  });
}
