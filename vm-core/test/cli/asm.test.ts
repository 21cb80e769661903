// `tessera asm` end to end: it writes an ELF equal to what assemble()+writeElf() give, reports
// every error GNU-style with the source line and a caret, and follows the exit-status rules:
// 0 success, 1 bad input, 2 bad usage. The last test runs the real bin as a user would.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { run, type CliIo } from '../../src/cli/main.js';
import { assemble } from '../../src/asm/assemble.js';
import { writeElf } from '../../src/elf/write.js';

async function tessera(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

const HELLO = `	.globl _start
_start:
	li a0, 0
	li a7, 93
	ecall
`;

const THREE_ERRORS = `	.globl _start
_start:
	addi a0, a0, 5000
	lw a1, 0(a9)
	mv a0
	ret
`;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tessera-asm-cli-'));
  writeFileSync(join(dir, 'hello.s'), HELLO);
  writeFileSync(join(dir, 'three.s'), THREE_ERRORS);
  mkdirSync(join(dir, 'inc'));
  writeFileSync(join(dir, 'inc', 'consts.inc'), '\t.equ EXIT, 93\n');
  writeFileSync(join(dir, 'uses-inc.s'), '\t.include "consts.inc"\n\t.globl _start\n_start:\n\tli a7, EXIT\n\tecall\n');
  writeFileSync(join(dir, 'warn.s'), '\t.globl _start\n_start:\n\t.warning "careful"\n\tnop\n');
});

describe('tessera asm', () => {
  it('writes the ELF assemble() and writeElf() make', async () => {
    const r = await tessera(['asm', 'hello.s', '-o', 'hello.elf'], dir);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    const expected = writeElf(assemble({ path: 'hello.s', text: HELLO }).image!);
    expect(new Uint8Array(readFileSync(join(dir, 'hello.elf')))).toEqual(expected);
  });

  it('names the output after the input by default', async () => {
    const r = await tessera(['asm', 'hello.s'], dir);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'hello.elf'))).toBe(true);
  });

  it('reports every error GNU-style and exits 1 without writing', async () => {
    const r = await tessera(['asm', 'three.s', '-o', 'three.elf'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n');
    expect(lines.filter((l) => /^three\.s:\d+:\d+: error: /.test(l))).toEqual([
      "three.s:3:15: error: 12-bit signed immediate out of range: 5000 is not in -2048..2047",
      "three.s:4:9: error: invalid operand 2 of 'lw': 'a9' is not a register (the base of offset(base) must be one); did you mean 'a0'? (forms: lw rd, load | lw rd, symbol)",
      "three.s:5:2: error: wrong number of operands for 'mv': got 1, expected mv rd, rs",
    ]);
    // The source line and a caret under the range follow each message.
    expect(r.stderr).toContain(' \taddi a0, a0, 5000\n \t             ^~~~\n');
    expect(r.stderr).toContain('tessera asm: 3 errors; no output written');
    expect(existsSync(join(dir, 'three.elf'))).toBe(false);
  });

  it('searches -I folders for .include', async () => {
    expect((await tessera(['asm', 'uses-inc.s', '-o', 'a.elf'], dir)).code).toBe(1);
    expect(await tessera(['asm', '-I', 'inc', 'uses-inc.s', '-o', 'a.elf'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('prints warnings but succeeds, unless they are fatal', async () => {
    const r = await tessera(['asm', 'warn.s', '-o', 'w.elf'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warn.s:3:2: warning: careful');
    expect((await tessera(['asm', '--fatal-warnings', 'warn.s', '-o', 'w.elf'], dir)).code).toBe(1);
    expect((await tessera(['asm', '-W', 'warn.s', '-o', 'w.elf'], dir)).stderr).toBe('');
  });

  it('exits 1 for a missing input file', async () => {
    const r = await tessera(['asm', 'nope.s'], dir);
    expect(r).toEqual({ code: 1, stdout: '', stderr: "tessera asm: error: cannot open 'nope.s': no such file\n" });
  });

  it('exits 2 for usage errors', async () => {
    expect((await tessera(['asm'], dir)).code).toBe(2);
    expect((await tessera(['asm', '--frobnicate', 'hello.s'], dir)).code).toBe(2);
    expect((await tessera(['asm', 'hello.s', '-o'], dir)).code).toBe(2);
    expect((await tessera(['nonsense'], dir)).code).toBe(2);
    expect((await tessera([], dir)).code).toBe(2);
  });

  it('runs as the installed bin, from the repository root', () => {
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'tessera.js');
    const ok = spawnSync(process.execPath, [bin, 'asm', join(dir, 'hello.s'), '-o', join(dir, 'bin.elf')], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, [bin, 'asm', join(dir, 'three.s')], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
