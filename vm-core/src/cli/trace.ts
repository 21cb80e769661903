// `tessera trace`: a traced run written out row by row — each retired instruction, then the
// memory records (register, memory and public-value accesses) it made, with segment markers —
// as JSON Lines or CSV. The trace is streamed in batches (it may hold 10^7 rows), the chip
// summary goes to stderr, and the exit status is that of `tessera run`.

import type { CliIo } from './main.js';
import { OutputStream } from './io.js';
import {
  EXIT_BAD_INPUT, EXIT_STATUS_HELP, EXIT_USAGE, RUN_OPTIONS_HELP,
  executePrepared, formatStats, hostFor, parseRunArgs, prepareRun, reportOutcome,
} from './run.js';
import { disassembleWord } from '../isa/disasm.js';
import type { Trace, MemoryRecord } from '../machine/trace.js';
import type { SegmentSummary } from '../machine/types.js';

export const TRACE_USAGE = `usage: tessera trace program.s|program.elf --out FILE [options] [-- guest arguments...]
Runs a program in traced mode and writes every row (retired instruction) followed by the
memory records it made, and a marker where each segment starts. Options may come before or
after the program file; words that are not options, and everything after '--', are the guest's.
  -o, --out FILE         where to write the trace; '-' for stdout (the guest's own stdout then
                         goes to stderr). Required: traces are long.
  --format jsonl|csv     JSON Lines (default; csv when FILE ends in .csv) or CSV with a header
${RUN_OPTIONS_HELP}
  -h, --help             show this help

jsonl lines:
  {"type":"segment","index":0,"startRow":0,"instructions":…}
  {"type":"row","index":…,"timestamp":…,"pc":…,"word":…,"chip":"BaseAlu","nextPc":…,"instruction":"addi\\ta0,a0,1"}
  {"type":"record","timestamp":…,"space":1,"address":…,"size":4,"write":false,"value":…,"previousValue":…,"previousTimestamp":…}
space 1 is registers (address = 4 × register number), 2 memory, 3 public values; numbers are
unsigned decimal. csv columns: ${csvHeader().trimEnd()}

The summary (status, instructions, gas, rows per chip) goes to stderr.

${EXIT_STATUS_HELP}`;

const EXTRA_OPTIONS: ReadonlyMap<string, string> = new Map([['--out', '--out'], ['-o', '--out'], ['--format', '--format']]);

export type TraceFormat = 'jsonl' | 'csv';

/** Lines written, by kind. The accesses of a faulting instruction (which did not retire) belong to no row and are left out. */
export interface TraceCounts {
  rows: number;
  records: number;
  segments: number;
}

function csvHeader(): string {
  return 'kind,index,row,timestamp,pc,word,chip,next_pc,instruction,space,address,size,write,value,previous_value,previous_timestamp\n';
}

function csvQuote(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes the trace to out: per segment start a marker, per row the row and then its records in
 * the order they happened. Disassembly is cached per pc (and checked against the word, for code
 * that rewrites itself).
 */
export function writeTrace(trace: Trace, segments: readonly SegmentSummary[], format: TraceFormat, out: { write(text: string): void }): TraceCounts {
  const counts: TraceCounts = { rows: 0, records: 0, segments: 0 };
  const disasmCache = new Map<number, { word: number; text: string }>();
  const disassembly = (word: number, pc: number): string => {
    const hit = disasmCache.get(pc);
    if (hit && hit.word === word) return hit.text;
    const raw = disassembleWord(word, pc).text;
    const text = format === 'jsonl' ? JSON.stringify(raw) : csvQuote(raw);
    disasmCache.set(pc, { word, text });
    return text;
  };
  const chipText = trace.chipNames.map((n) => (format === 'jsonl' ? JSON.stringify(n) : csvQuote(n)));
  if (format === 'csv') out.write(csvHeader());
  const starts = trace.segmentStarts;
  let nextSegment = 0;
  /** Markers of the segments starting at or before row `upTo` (all that are left, at the end). */
  const segmentMarkers = (upTo: number): void => {
    while (nextSegment < starts.length && starts[nextSegment]! <= upTo) {
      const k = nextSegment++;
      counts.segments++;
      const instructions = segments[k]?.instructions ?? (starts[k + 1] ?? trace.rowCount) - starts[k]!;
      out.write(format === 'jsonl'
        ? `{"type":"segment","index":${k},"startRow":${starts[k]},"instructions":${instructions}}\n`
        : `segment,${k},${starts[k]},,,,,,,,,,,,,\n`);
    }
  };
  for (let i = 0; i < trace.rowCount; i++) {
    segmentMarkers(i);
    const row = trace.row(i);
    const chip = chipText[trace.rowChip(i)] ?? (format === 'jsonl' ? JSON.stringify(row.chip) : csvQuote(row.chip));
    const text = disassembly(row.word, row.pc);
    out.write(format === 'jsonl'
      ? `{"type":"row","index":${i},"timestamp":${row.timestamp},"pc":${row.pc},"word":${row.word},"chip":${chip},"nextPc":${row.nextPc},"instruction":${text}}\n`
      : `row,${i},${i},${row.timestamp},${row.pc},${row.word},${chip},${row.nextPc},${text},,,,,,,\n`);
    // row() splits the records into reads and writes; they are written in the order they happened.
    const { reads, writes } = row;
    const records = reads.length === 0 ? writes : writes.length === 0 ? reads : [...reads, ...writes].sort((a, b) => a.index - b.index);
    for (const rec of records) out.write(recordLine(rec, i, format));
    counts.rows++;
    counts.records += records.length;
  }
  segmentMarkers(Infinity);
  return counts;
}

function recordLine(rec: MemoryRecord, row: number, format: TraceFormat): string {
  return format === 'jsonl'
    ? `{"type":"record","timestamp":${rec.timestamp},"space":${rec.space},"address":${rec.address},"size":${rec.size},"write":${rec.write},"value":${rec.value},"previousValue":${rec.previousValue},"previousTimestamp":${rec.previousTimestamp}}\n`
    : `record,${rec.index},${row},${rec.timestamp},,,,,,${rec.space},${rec.address},${rec.size},${rec.write ? 1 : 0},${rec.value},${rec.previousValue},${rec.previousTimestamp}\n`;
}

export async function traceCommand(args: string[], io: CliIo): Promise<number> {
  const settings = parseRunArgs(args, io, { command: 'trace', usage: TRACE_USAGE, extraOptions: EXTRA_OPTIONS, optionsAfterProgram: true });
  if (typeof settings === 'number') return settings;
  const usageError = (message: string): number => {
    io.stderr.write(`tessera trace: ${message}\nRun 'tessera trace --help' for the options.\n`);
    return EXIT_USAGE;
  };
  const outPath = settings.extra.get('--out');
  if (outPath === undefined) return usageError(`--out FILE is required (a trace has a line per instruction and per memory access); use --out - for stdout`);
  const formatName = settings.extra.get('--format') ?? (/\.csv$/i.test(outPath) ? 'csv' : 'jsonl');
  if (formatName !== 'jsonl' && formatName !== 'csv') return usageError(`unknown --format '${formatName}' (jsonl or csv)`);
  const format: TraceFormat = formatName;

  const prepared = await prepareRun(settings, io, 'trace');
  if (typeof prepared === 'number') return prepared;
  // Open the output before running, so that a bad path fails at once.
  const opened = OutputStream.open(io, outPath);
  if (!opened.ok) {
    io.stderr.write(`tessera trace: error: ${opened.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const out = opened.out;
  // With the trace on stdout, the guest's stdout would break its lines: it goes to stderr instead.
  const host = hostFor(io, settings, outPath === '-' ? { stdoutFd: 2 } : {});
  const result = executePrepared(prepared, host, 'traced', io, 'trace');
  if (typeof result === 'number') {
    out.close();
    return result;
  }
  const counts = result.trace ? writeTrace(result.trace, result.segments, format, out) : { rows: 0, records: 0, segments: 0 };
  const writeError = out.close();
  const status = reportOutcome(result, prepared, io, 'trace');
  io.stderr.write(formatStats(result, settings.env));
  if (writeError !== undefined) {
    io.stderr.write(`tessera trace: error: ${writeError}\n`);
    return EXIT_BAD_INPUT;
  }
  const where = outPath === '-' ? 'stdout' : `'${outPath}'`;
  io.stderr.write(`tessera trace: wrote ${counts.rows} rows, ${counts.records} records and ${counts.segments} segment marker${counts.segments === 1 ? '' : 's'} to ${where} (${format}, ${out.written} bytes)\n`);
  return status;
}
