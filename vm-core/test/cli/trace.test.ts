// `tessera trace` end to end, in process: the JSON Lines and CSV it writes describe the run —
// one row per retired instruction, each followed by its memory records, timestamps strictly
// increasing, segment markers where segments start — and it follows `tessera run`'s statuses.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { disassembleWord } from '../../src/isa/disasm.js';
import { tessera } from './support.js';

// Sums 1..20 into memory, word by word, and prints a line; exits with the low byte of the sum.
const SUM = `	.globl _start
_start:
	la	s0, cell
	li	t0, 20
1:	lw	t1, 0(s0)
	add	t1, t1, t0
	sw	t1, 0(s0)
	addi	t0, t0, -1
	bnez	t0, 1b
	li	a0, 1
	la	a1, msg
	li	a2, 3
	li	a7, 64
	ecall
	lw	a0, 0(s0)
	li	a7, 93
	ecall
	.data
cell:	.word 0
msg:	.ascii "ok\\n"
`;

const FAULT = '\t.globl _start\n_start:\n\tli a0, 0\n\tlw a1, 8(a0)\n';
const OPENVM = '\t.globl _start\n_start:\n\tli a0, 0x01020304\n\t.insn i 0x0b, 2, x0, a0, 0\n\t.insn i 0x0b, 0, x0, x0, 7\n';

interface RowLine { type: 'row'; index: number; timestamp: number; pc: number; word: number; chip: string; nextPc: number; instruction: string }
interface RecordLine { type: 'record'; timestamp: number; space: number; address: number; size: number; write: boolean; value: number; previousValue: number; previousTimestamp: number }
interface SegmentLine { type: 'segment'; index: number; startRow: number; instructions: number }
type Line = RowLine | RecordLine | SegmentLine;

function parseJsonl(text: string): Line[] {
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n').map((l) => JSON.parse(l) as Line);
}

/** Splits CSV text into records of fields (quoted fields may hold commas, quotes and tabs). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return rows;
}

const instructionsOf = (stderr: string): number => Number(/\ninstructions +([\d,]+)\n/.exec(stderr)![1]!.replace(/,/g, ''));

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tessera-trace-cli-'));
  writeFileSync(join(dir, 'sum.s'), SUM);
  writeFileSync(join(dir, 'fault.s'), FAULT);
  writeFileSync(join(dir, 'openvm.s'), OPENVM);
});

describe('tessera trace', () => {
  it('writes JSON Lines: a row per instruction, then its records, timestamps increasing', async () => {
    const r = await tessera(['trace', 'sum.s', '--out', 'sum.jsonl'], dir);
    expect(r.code).toBe(210); // 1 + … + 20
    expect(r.guestOut).toBe('ok\n');
    const lines = parseJsonl(readFileSync(join(dir, 'sum.jsonl'), 'utf8'));
    const rows = lines.filter((l): l is RowLine => l.type === 'row');
    const records = lines.filter((l): l is RecordLine => l.type === 'record');
    expect(rows.length).toBe(instructionsOf(r.stderr));
    expect(lines[0]).toEqual({ type: 'segment', index: 0, startRow: 0, instructions: rows.length });
    expect(lines[1]!.type).toBe('row');
    // One clock: rows and records in file order have strictly increasing timestamps.
    const stamps = lines.filter((l) => l.type !== 'segment').map((l) => (l as RowLine | RecordLine).timestamp);
    for (let i = 1; i < stamps.length; i++) expect(stamps[i]!).toBeGreaterThan(stamps[i - 1]!);
    rows.forEach((row, i) => {
      expect(row.index).toBe(i);
      expect(row.instruction).toBe(disassembleWord(row.word, row.pc).text);
      if (i + 1 < rows.length) expect(row.nextPc).toBe(rows[i + 1]!.pc);
    });
    // The loop's store: a memory write of 4 bytes whose previous value is the last one stored.
    const stores = records.filter((rec) => rec.space === 2 && rec.write);
    expect(stores.length).toBe(20);
    expect(stores.map((s) => s.value)).toEqual(Array.from({ length: 20 }, (_, k) => (20 * 21) / 2 - ((20 - k - 1) * (20 - k)) / 2));
    for (let k = 1; k < stores.length; k++) expect(stores[k]!.previousValue).toBe(stores[k - 1]!.value);
    // Register records: address 4 × register; each previousTimestamp is an earlier access.
    for (const rec of records) {
      expect(rec.previousTimestamp).toBeLessThan(rec.timestamp);
      if (rec.space === 1) expect(rec.address % 4).toBe(0);
    }
    expect(r.stderr).toMatch(/\nchip +rows +% +gas +%\n/);
    expect(r.stderr).toMatch(/tessera trace: wrote \d+ rows, \d+ records and 1 segment marker to 'sum\.jsonl' \(jsonl, \d+ bytes\)\n$/);
  });

  it('marks where segments start', async () => {
    const r = await tessera(['trace', '--segment-height', '16', 'sum.s', '-o', 'seg.jsonl'], dir);
    expect(r.code).toBe(210);
    const lines = parseJsonl(readFileSync(join(dir, 'seg.jsonl'), 'utf8'));
    const segments = lines.filter((l): l is SegmentLine => l.type === 'segment');
    expect(segments.length).toBeGreaterThan(3);
    expect(r.stderr).toMatch(new RegExp(`\\nsegments +${segments.length}\\n`));
    segments.forEach((s, k) => expect(s.index).toBe(k));
    // Each marker comes right before the row it names, and the counts add up.
    lines.forEach((l, i) => {
      if (l.type !== 'segment' || l.startRow >= instructionsOf(r.stderr)) return;
      const next = lines[i + 1] as RowLine;
      expect(next.type).toBe('row');
      expect(next.index).toBe(l.startRow);
    });
    expect(segments.reduce((n, s) => n + s.instructions, 0)).toBe(instructionsOf(r.stderr));
  });

  it('writes CSV with a header and one kind column', async () => {
    const r = await tessera(['trace', 'sum.s', '--out', 'sum.csv'], dir);
    expect(r.code).toBe(210);
    const text = readFileSync(join(dir, 'sum.csv'), 'utf8');
    expect(text.split('\n')[0]).toBe('kind,index,row,timestamp,pc,word,chip,next_pc,instruction,space,address,size,write,value,previous_value,previous_timestamp');
    const table = parseCsv(text);
    for (const fields of table) expect(fields.length).toBe(16);
    const body = table.slice(1);
    expect(new Set(body.map((f) => f[0]))).toEqual(new Set(['segment', 'row', 'record']));
    const rows = body.filter((f) => f[0] === 'row');
    expect(rows.length).toBe(instructionsOf(r.stderr));
    expect(rows[0]![8]).toBe(disassembleWord(Number(rows[0]![5]), Number(rows[0]![4])).text);
    // The same trace as the JSON Lines: --format overrides the file name.
    const again = await tessera(['trace', 'sum.s', '--format', 'jsonl', '--out', 'sum2.csv'], dir);
    expect(again.code).toBe(210);
    expect(parseJsonl(readFileSync(join(dir, 'sum2.csv'), 'utf8')).filter((l) => l.type === 'row').length).toBe(rows.length);
  });

  it('writes to stdout with --out -, the guest’s stdout going to stderr', async () => {
    const r = await tessera(['trace', '--out', '-', 'sum.s'], dir);
    expect(r.code).toBe(210);
    expect(r.hostOptions?.stdoutFd).toBe(2);
    const rows = parseJsonl(r.stdout).filter((l) => l.type === 'row');
    expect(rows.length).toBe(instructionsOf(r.stderr));
  });

  it('keeps the trace of a faulting run and exits 139', async () => {
    const r = await tessera(['trace', 'fault.s', '--out', 'fault.jsonl'], dir);
    expect(r.code).toBe(139);
    expect(r.stderr).toContain('fault.s:4:2: fault: load-fault: load from unmapped address 0x00000008');
    const rows = parseJsonl(readFileSync(join(dir, 'fault.jsonl'), 'utf8')).filter((l) => l.type === 'row');
    expect(rows.length).toBe(1); // li retired; the faulting lw did not
  });

  it('records public values as space 3 under openvm and exits with the terminate code', async () => {
    const r = await tessera(['trace', '--env', 'openvm', 'openvm.s', '--out', 'openvm.jsonl'], dir);
    expect(r.code).toBe(7);
    const lines = parseJsonl(readFileSync(join(dir, 'openvm.jsonl'), 'utf8'));
    const pub = lines.filter((l): l is RecordLine => l.type === 'record' && l.space === 3);
    expect(pub.length).toBeGreaterThan(0);
    expect(pub.every((p) => p.write)).toBe(true);
    expect(lines.filter((l): l is RowLine => l.type === 'row').map((l) => l.chip)).toContain('Terminate');
  });

  it('follows run’s limit status', async () => {
    writeFileSync(join(dir, 'loop.s'), '\t.globl _start\n_start:\n1:\tj 1b\n');
    const r = await tessera(['trace', 'loop.s', '--max-steps', '50', '--out', 'loop.jsonl'], dir);
    expect(r.code).toBe(124);
    expect(r.stderr).toContain('step limit of 50 instructions');
    expect(parseJsonl(readFileSync(join(dir, 'loop.jsonl'), 'utf8')).filter((l) => l.type === 'row').length).toBe(50);
  });

  it('refuses to run without --out, and other usage errors exit 2', async () => {
    const r = await tessera(['trace', 'sum.s'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out FILE is required');
    expect((await tessera(['trace', 'sum.s', '--out', 'x.txt', '--format', 'xml'], dir)).code).toBe(2);
    expect((await tessera(['trace', 'sum.s', '--out'], dir)).code).toBe(2);
    const guestArg = await tessera(['trace', 'sum.s', '--out', 'x.jsonl', '-v'], dir);
    expect(guestArg.code).toBe(2);
    expect(guestArg.stderr).toContain("arguments for the program go after '--'");
  });

  it('exits 1 for bad input and unwritable output', async () => {
    expect((await tessera(['trace', 'nope.s', '--out', 'n.jsonl'], dir)).code).toBe(1);
    expect(existsSync(join(dir, 'n.jsonl'))).toBe(false);
    const r = await tessera(['trace', 'sum.s', '--out', join(dir, 'no', 'such', 'folder', 't.jsonl')], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^tessera trace: error: cannot create .*: no such file\n$/);
  });

  it('passes non-option words after the program, and everything after --, to the guest', async () => {
    writeFileSync(join(dir, 'argc.s'), '\t.globl _start\n_start:\n\tlw a0, 0(sp)\n\tli a7, 93\n\tecall\n');
    const r = await tessera(['trace', 'argc.s', 'one', '--out', 'argc.jsonl', 'two', '--', '--out', '-x'], dir);
    expect(r.code).toBe(5); // argc.s one two --out -x
  });
});
