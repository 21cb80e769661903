// Assemble to ELF, Disassemble ELF and Run File's statistics, checked against the CLI the
// extension bundles: same bytes, same listing, same numbers.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleToElf, disassemblyText, formatDiagnostic, programLookup } from '../src/elf/program.js';
import { parseRunStats, runArguments, summaryLine, traceArguments } from '../src/run/stats.js';
import { cli, cliBytes, ROOT, readText } from './support.js';

const hello = join(ROOT, 'examples/hello.s');
const macros = join(ROOT, 'test/corpus/hand/macros.s');

describe('Assemble to ELF', () => {
  it.each([hello, macros, join(ROOT, 'test/corpus/c/sort.O2.s')])('%s: the bytes `tessera asm` writes', (file) => {
    const r = assembleToElf(file, readFileSync(file, 'utf8'), { readText });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const tmp = join(mkdtempSync(join(tmpdir(), 'tessera-client-')), 'out.elf');
    cliBytes(['asm', file, '-o', tmp]);
    expect(Buffer.from(r.bytes!)).toEqual(readFileSync(tmp));
  });

  it('reports errors with their locations and writes nothing', () => {
    const r = assembleToElf('/w/bad.s', '\t.text\n_start:\n\tadi a0, a0, 1\n\tlw a0, (\n', { readText: () => undefined });
    expect(r.bytes).toBeUndefined();
    const lines = r.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    expect(lines[0]).toMatch(/^\/w\/bad\.s:3:2: error: unknown instruction 'adi'/);
    expect(lines.length).toBeGreaterThanOrEqual(2);
  });
});

describe('Disassemble ELF', () => {
  it('interleaves the source of a Tessera-built ELF from the .s beside it that assembles to the same bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-client-'));
    const src = join(dir, 'hello.s');
    writeFileSync(src, readFileSync(hello));
    const elf = join(dir, 'hello.elf');
    cliBytes(['asm', src, '-o', elf]);
    const text = disassemblyText(elf, readFileSync(elf), { readText });
    // Without the source beside it: the plain listing, and a note saying why.
    const plain = cli(['disasm', elf]).stdout;
    expect(text).not.toBe(plain);
    expect(text).toMatch(/<_start>:\n.*li\s+a0, STDOUT.*\n\s+10074:\t00100513\s+\tli\ta0,1/s);
    expect(text).toMatch(/la\s+a1, message/);
    // Once the source changes, the listing says the ELF is stale instead of showing wrong lines.
    writeFileSync(src, `${readFileSync(hello, 'utf8')}\n\tnop\n`);
    const stale = disassemblyText(elf, readFileSync(elf), { readText });
    expect(stale).toMatch(/does not assemble to this file any more/);
    expect(stale.split('\n').slice(1).join('\n')).toBe(plain);
  });

  it('lists a gcc-built ELF as objdump does, saying why there are no source lines', () => {
    // gcc linked crt code and libraries into it, so its .s beside it is not the whole program.
    const elf = join(ROOT, 'test/run-corpus/args.O2.elf');
    const text = disassemblyText(elf, readFileSync(elf), { readText });
    expect(text.split('\n')[0]).toMatch(/^# .*args\.O2\.s does not assemble to this file/);
    expect(text.split('\n').slice(1).join('\n')).toBe(cli(['disasm', elf]).stdout);
  });

  it('says what is wrong with a file that is not an ELF, or a broken one', () => {
    expect(disassemblyText('/x/notes.txt', new TextEncoder().encode('hello'), { readText })).toMatch(/not an ELF file/);
    const broken = new Uint8Array(64);
    broken.set([0x7f, 0x45, 0x4c, 0x46, 1, 1, 1]);
    const out = disassemblyText('/x/broken.elf', broken, { readText });
    expect(out).toMatch(/broken\.elf: error:/);
  });

  it('maps pcs to labels and lines for an ELF as for its source', () => {
    const elf = join(ROOT, 'examples', 'hello.elf');
    cliBytes(['asm', hello, '-o', elf]);
    const fromElf = programLookup(elf, readFileSync(elf), { readText })!;
    const fromSource = programLookup(hello, readFileSync(hello), { readText })!;
    for (const pc of [0x10074, 0x10078, 0x10080]) {
      expect(fromElf.label(pc)).toBe(fromSource.label(pc));
      expect(fromElf.locate(pc)?.line).toBe(fromSource.locate(pc)?.line);
    }
    expect(fromSource.label(0x10078)).toBe('_start+0x4');
  });
});

describe('Run File statistics', () => {
  it.each([
    [hello, 0],
    [join(ROOT, 'test/corpus/hand/fib.s'), undefined],
  ])('%s: parsed from `tessera run --stats`', (file, code) => {
    const r = cli(runArguments(file, { environment: 'linux', includePaths: [], march: 'rv32im', args: [] }));
    const s = parseRunStats(r.stderr)!;
    expect(s).toBeDefined();
    expect(s.status).toBe('exited');
    expect(s.exitCode).toBe(r.status);
    if (code !== undefined) expect(s.exitCode).toBe(code);
    expect(s.instret).toBeGreaterThan(0);
    expect(s.gas).toBeGreaterThanOrEqual(s.instret);
    expect(summaryLine(s, r.status ?? undefined)).toMatch(/^tessera: exited, exit code \d+, [\d,]+ instructions, gas [\d,]+$/);
  });

  it('reads hello.s exactly', () => {
    expect(parseRunStats(cli(['run', '--stats', hello]).stderr)).toEqual({ status: 'exited', exitCode: 0, instret: 9, gas: 27, segments: 1 });
  });

  it('reads a fault and big numbers', () => {
    const text = 'prog.s:7:2: fault: …\nstatus        fault (load-fault)\nexit code     0\ninstructions  1,234,567\nwall time     0.1 s\ngas used      2,000,001\nsegments      2\n';
    expect(parseRunStats(text)).toEqual({ status: 'fault (load-fault)', exitCode: 0, instret: 1234567, gas: 2000001, segments: 2 });
    expect(parseRunStats('no stats here')).toBeUndefined();
    expect(summaryLine(undefined, 2)).toBe('tessera: process ended with status 2');
  });

  it('puts options before the program and guest arguments after it', () => {
    expect(runArguments('/p.s', { environment: 'openvm', includePaths: ['/inc'], march: 'rv32im_zicsr', args: ['-x', 'y'] }))
      .toEqual(['run', '--stats', '--env', 'openvm', '-I', '/inc', '-march=rv32im_zicsr', '/p.s', '-x', 'y']);
    expect(traceArguments('/p.s', '/t.jsonl', { environment: 'linux', includePaths: [], march: 'rv32im', args: ['a'], maxSteps: 10 }))
      .toEqual(['trace', '--format', 'jsonl', '--out', '/t.jsonl', '--env', 'linux', '--max-steps', '10', '/p.s', '--', 'a']);
  });
});
