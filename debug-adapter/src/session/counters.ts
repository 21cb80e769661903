// The counters of a stop without the runtime's counters(): that one also finds the trace
// timestamp, which may replay windows of the run traced that the runtime has not measured yet
// (tessera/chipMetrics does not need it). Every retired instruction is one row of one chip, so instret is the
// sum of the rows, and gas is vm-core's default cost schedule over them, as the runtime charges it.

import { CostSchedule, type SegmentSummary } from '@tessera/vm-core';
import type { Runtime } from './runtime-port.js';

export interface QuickCounters {
  instret: number;
  gas: number;
  segment: number;
  segments: SegmentSummary[];
  chipRows: Record<string, number>;
}

export function quickCounters(rt: Runtime): QuickCounters {
  const s = rt.traceSummary();
  const instret = Object.values(s.chipRows).reduce((n, r) => n + r, 0);
  const gas = new CostSchedule(Object.keys(s.chipRows)).gasOf(s.chipRows);
  return { instret, gas, segment: Math.max(0, s.segments.length - 1), segments: s.segments, chipRows: s.chipRows };
}
