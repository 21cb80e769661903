// `tessera disasm` end to end: listings equal objdump's committed output; errors and usage
// follow the CLI rules (GNU-style `file: error: message`, exit 1 for bad input, 2 for bad usage,
// no stack traces). Error transcripts are golden files (UPDATE_GOLDEN=1 rewrites them).

import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type CliIo } from '../../src/cli/main.js';
import { expectGolden } from '../support/golden.js';

const programs = join(import.meta.dirname, 'fixtures', 'programs');
const goldens = join(import.meta.dirname, 'fixtures', 'cli');
const reference = (name: string): string => readFileSync(join(programs, name), 'utf8');

async function tessera(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

describe('tessera disasm lists like objdump', () => {
  const cases: Array<[string[], string]> = [
    [['disasm', 'hello.elf'], 'hello.d'],
    [['disasm', '--no-aliases', 'hello.elf'], 'hello.no-aliases.d'],
    [['disasm', '-M', 'no-aliases', 'insns.elf'], 'insns.no-aliases.d'],
    [['disasm', '-S', 'source.elf'], 'source.S.d'],
    [['disasm', '--section', '.data', '-j', '.rodata', '--section=.bss', '-j.sdata', 'hello.elf'], 'hello.data.d'],
    [['disasm', '-j', '.mytext', 'symbols.elf'], 'symbols.mytext.d'],
    [['disasm', 'reloc.o'], 'reloc.d'],
  ];
  for (const [args, ref] of cases) {
    it(`tessera ${args.join(' ')}`, async () => {
      const r = await tessera(args, programs);
      expect(r).toEqual({ code: 0, stdout: reference(ref), stderr: '' });
    });
  }

  it('lists several files one after the other', async () => {
    const r = await tessera(['disasm', 'hello.elf', 'alldata.elf'], programs);
    expect(r).toEqual({ code: 0, stdout: reference('hello.d') + reference('alldata.d'), stderr: '' });
  });
});

describe('tessera disasm errors', () => {
  let scratch = '';
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'tessera-disasm-cli-'));
    const hello = readFileSync(join(programs, 'hello.elf'));
    writeFileSync(join(scratch, 'truncated.elf'), hello.subarray(0, 100));
    writeFileSync(join(scratch, 'empty.elf'), new Uint8Array(0));
    const elf64 = Buffer.from(hello);
    elf64[4] = 2;
    writeFileSync(join(scratch, 'elf64.elf'), elf64);
    const badShoff = Buffer.from(hello);
    badShoff.writeUInt32LE(0x7fffffff, 32);
    writeFileSync(join(scratch, 'bad-shoff.elf'), badShoff);
    writeFileSync(join(scratch, 'prog.s'), '\tnop\n');
    writeFileSync(join(scratch, 'hello.elf'), hello);
    mkdirSync(join(scratch, 'dir.elf'));
  });

  const cases: Array<[string, string[]]> = [
    ['no-input', ['disasm']],
    ['unknown-option', ['disasm', '--frobnicate', 'hello.elf']],
    ['missing-section-name', ['disasm', 'hello.elf', '--section']],
    ['unsupported-M', ['disasm', '-M', 'numeric', 'hello.elf']],
    ['help', ['disasm', '--help']],
    ['missing-file', ['disasm', 'missing.elf']],
    ['directory', ['disasm', 'dir.elf']],
    ['not-elf', ['disasm', 'prog.s']],
    ['empty', ['disasm', 'empty.elf']],
    ['truncated', ['disasm', 'truncated.elf']],
    ['elf64', ['disasm', 'elf64.elf']],
    ['bad-section-table', ['disasm', 'bad-shoff.elf']],
    ['missing-section', ['disasm', '--section', '.nope', 'hello.elf']],
    ['one-bad-of-two', ['disasm', 'prog.s', 'hello.elf']],
  ];
  for (const [name, args] of cases) {
    it(`${name}: tessera ${args.join(' ')}`, async () => {
      const r = await tessera(args, scratch);
      expect(r.stderr).not.toMatch(/\n\s+at /); // never a stack trace
      const transcript = `$ tessera ${args.join(' ')}\n--- exit ${r.code}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
      expectGolden(join(goldens, `${name}.txt`), transcript);
    });
  }

  it('is a command of the dispatcher', async () => {
    const r = await tessera(['--help'], scratch);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}disasm {2}/m);
  });

  it('exit codes: 2 for usage, 1 for bad input', async () => {
    expect((await tessera(['disasm'], scratch)).code).toBe(2);
    expect((await tessera(['disasm', '-x'], scratch)).code).toBe(2);
    expect((await tessera(['disasm', 'prog.s'], scratch)).code).toBe(1);
    expect((await tessera(['disasm', 'truncated.elf'], scratch)).code).toBe(1);
    expect((await tessera(['disasm', '-j', '.nope', 'hello.elf'], scratch)).code).toBe(1);
  });
});
