// Differential test: Tessera's assembler + linker against GNU as + ld, byte for byte.
//
// For every test/corpus/**/NAME.s that has a NAME.ref.json (written by
// `node test/corpus/regen.mjs` from the GNU toolchain; this test never regenerates them), it
// assembles and links NAME.s with Tessera and compares with the reference: the entry point,
// each allocated section's address, size, type, flags and bytes, and the value of every
// symbol. When riscv64-unknown-elf-objdump and qemu-riscv32 are installed, it also writes
// Tessera's ELF, checks that objdump reads it, and that qemu's stdout and exit code match.
//
// Until vm-core exports assemble() (and writeElf()), the per-program tests skip with a note.
//
//   npx vitest run test/differential.test.ts
//   npx vitest run test/differential.test.ts -t hand/data.s      (one program)

import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, describe, expect, it, type TestContext } from 'vitest';
import type { Image } from '../vm-core/src/image.js';
import {
  compareImage,
  compareSymbolAttributes,
  compareSymbolValues,
  isMappingSymbol,
  report,
} from './support/compare.js';
import { type CorpusEntry, corpusName, corpusSources, loadCorpus, refBytes, refPathOf, SourceReader } from './support/corpus.js';
import { loadTessera, type AssembleResult } from './support/tessera.js';
import { cleanupScratch, hasTool, OBJDUMP, QEMU, runTool, writeScratch } from './support/tools.js';

const tessera = await loadTessera();
const corpus = loadCorpus();

afterAll(() => cleanupScratch());

describe('corpus references', () => {
  it('every corpus .s file has a reference', () => {
    const missing = corpusSources()
      .filter((p) => !corpus.some((c) => c.sourcePath === p))
      .map(corpusName);
    expect(missing, `run: node test/corpus/regen.mjs (missing ${missing.map((m) => refPathOf(m)).join(', ')})`).toEqual([]);
    expect(corpus.length).toBeGreaterThan(0);
  });

  it('references are well-formed', () => {
    const problems: string[] = [];
    for (const { name, ref } of corpus) {
      if (!Number.isInteger(ref.entry)) problems.push(`${name}: no entry`);
      if (!ref.sections.length) problems.push(`${name}: no sections`);
      for (const s of ref.sections) {
        const n = refBytes(s).length;
        if (s.typeName !== 'NOBITS' && n !== s.size) problems.push(`${name}: ${s.name} has ${n} bytes, size ${s.size}`);
      }
      if (!ref.symbols.some((s) => s.name === '_start')) problems.push(`${name}: no _start symbol`);
    }
    expect(problems).toEqual([]);
  });
});

interface Outcome {
  result?: AssembleResult;
  error?: unknown;
  reader: SourceReader;
}

const outcomes = new Map<string, Outcome>();

/** Assembles and links one corpus program with Tessera (once per program). */
function build(entry: CorpusEntry): Outcome {
  let o = outcomes.get(entry.name);
  if (o) return o;
  const baseDir = dirname(entry.sourcePath);
  const reader = new SourceReader(baseDir);
  o = { reader };
  try {
    const text = readFileSync(entry.sourcePath, 'utf8');
    // GNU as resolves .include against its current directory, which regen.mjs sets to the
    // program's folder: includePaths gives Tessera the same search path. The ISA is the -march
    // the reference was built with.
    o.result = tessera.assemble!([{ path: entry.sourcePath, text }], { readFile: reader.read, includePaths: [baseDir], march: entry.ref.march });
  } catch (e) {
    o.error = e;
  }
  outcomes.set(entry.name, o);
  return o;
}

function needAssemble(ctx: TestContext): void {
  if (!tessera.assemble) ctx.skip(tessera.assembleMissing);
}

function formatDiagnostics(o: Outcome, onlyErrors: boolean): string {
  const diags = (o.result?.diagnostics ?? []).filter((d) => !onlyErrors || d.severity === 'error');
  return diags
    .slice(0, 20)
    .map((d) => (tessera.formatDiagnostic ? tessera.formatDiagnostic(d, o.reader.read) : `${d.range.file}:${d.range.start.line}:${d.range.start.col}: ${d.severity}: ${d.message}`))
    .join('\n') + (diags.length > 20 ? `\n… ${diags.length - 20} more` : '');
}

/** The linked image, or a failure explaining why there is none. */
function imageOf(entry: CorpusEntry): { image: Image; reader: SourceReader } {
  const o = build(entry);
  if (o.error) throw new Error(`assemble() threw: ${(o.error as Error).stack ?? String(o.error)}`);
  if (!o.result?.image) throw new Error(`assemble() produced no image:\n${formatDiagnostics(o, true) || '(no diagnostics)'}`);
  return { image: o.result.image, reader: o.reader };
}

function decodeStdout(buf: Buffer): { stdout?: string; stdoutHex?: string } {
  return buf.every((b) => b < 0x80) ? { stdout: buf.toString('latin1') } : { stdoutHex: buf.toString('hex') };
}

describe.each(corpus.map((e) => [e.name, e] as const))('%s', (_name, entry) => {
  const { ref } = entry;

  it('assembles and links without errors', (ctx) => {
    needAssemble(ctx);
    const o = build(entry);
    if (o.error) throw o.error;
    const errors = formatDiagnostics(o, true);
    expect(errors, 'Tessera reported errors').toBe('');
    expect(o.result?.image, 'assemble() returned no image').toBeDefined();
  });

  it('entry point and allocated sections match GNU byte for byte', (ctx) => {
    needAssemble(ctx);
    const { image, reader } = imageOf(entry);
    const problems = compareImage(ref, image, reader);
    if (problems.length) expect.fail(report(`${entry.name} differs from GNU (${ref.command})`, problems, 12));
  });

  it('symbol values match GNU', (ctx) => {
    needAssemble(ctx);
    const { image } = imageOf(entry);
    const problems = compareSymbolValues(ref.symbols.filter((s) => !isMappingSymbol(s.name)), image);
    if (problems.length) expect.fail(report(`${entry.name}: symbol values`, problems));
  });

  it('mapping symbols ($x, $d) match GNU', (ctx) => {
    needAssemble(ctx);
    const mapping = ref.symbols.filter((s) => isMappingSymbol(s.name));
    if (!mapping.length) ctx.skip('the reference has no mapping symbols');
    const { image } = imageOf(entry);
    const problems = compareSymbolValues(mapping, image);
    if (problems.length) expect.fail(report(`${entry.name}: mapping symbols`, problems));
  });

  it('symbol sizes, types, bindings and sections match GNU', (ctx) => {
    needAssemble(ctx);
    const { image } = imageOf(entry);
    const problems = compareSymbolAttributes(ref.symbols, image);
    if (problems.length) expect.fail(report(`${entry.name}: symbol attributes`, problems));
  });

  it('objdump reads the ELF Tessera writes', (ctx) => {
    needAssemble(ctx);
    if (!tessera.writeElf) ctx.skip(tessera.writeElfMissing);
    if (!hasTool(OBJDUMP)) ctx.skip(`${OBJDUMP} is not installed`);
    const { image } = imageOf(entry);
    const elf = writeScratch(entry.name.replace(/\.s$/, '.elf'), tessera.writeElf!(image));
    const r = runTool(OBJDUMP, ['-h', '-d', '-t', elf]);
    expect(r.status, `${OBJDUMP} failed on ${elf}:\n${r.stderr}`).toBe(0);
    expect(r.stderr.trim(), `${OBJDUMP} complained about ${elf}`).toBe('');
    expect(r.stdout.toString('utf8')).toContain('file format elf32-littleriscv');
  });

  it('runs in qemu like the GNU build', (ctx) => {
    needAssemble(ctx);
    if (!ref.run) ctx.skip(ref.runNote ?? 'the reference was not run');
    if (!tessera.writeElf) ctx.skip(tessera.writeElfMissing);
    if (!hasTool(QEMU)) ctx.skip(`${QEMU} is not installed`);
    const { image } = imageOf(entry);
    const elf = writeScratch(entry.name.replace(/\.s$/, '.run.elf'), tessera.writeElf!(image));
    const r = runTool(QEMU, [elf], 10_000);
    expect(r.timedOut, `${QEMU} ${elf} timed out`).toBe(false);
    expect(r.signal, `${QEMU} ${elf} was killed by ${r.signal}\n${r.stderr}`).toBeNull();
    const want = ref.run!;
    expect({ ...decodeStdout(r.stdout), exitCode: r.status }, `${QEMU} ${elf}${r.stderr ? `\nstderr: ${r.stderr}` : ''}`).toEqual({
      ...(want.stdout !== undefined ? { stdout: want.stdout } : { stdoutHex: want.stdoutHex }),
      exitCode: want.exitCode,
    });
  });
});
