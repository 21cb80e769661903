// `tessera run` end to end, in process through run(argv, io) with the guest's streams in memory:
// output and exit codes pass through, faults name their kind, source line and instruction and
// exit 139, limits exit 124, bad input 1, bad usage 2. The last tests spawn the real bin.
import { beforeAll, describe, expect, it } from 'vitest';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { run, type CliIo } from '../../src/cli/main.js';
import { nodeHostIO } from '../../src/cli/host-io.js';
import { assemble } from '../../src/asm/assemble.js';
import { writeElf } from '../../src/elf/write.js';
import { parseBytes, parseCount } from '../../src/cli/run.js';
import { tessera } from './support.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

// Divides by zero (RISC-V does not trap: the quotient is -1), adds 1 and loads through the result.
const FAULT = `	.globl _start
_start:
	li	a0, 7
	li	a1, 0
	div	a2, a0, a1		# no trap: a2 = -1
	addi	a2, a2, 1		# a2 = 0
	lw	a3, 8(a2)		# load from 0x8: unmapped
	li	a7, 93
	ecall
`;

// Prints each argv string on a line, then copies stdin to stdout; exits with argc.
const ECHO = `	.equ	SYS_READ, 63
	.equ	SYS_WRITE, 64
	.equ	SYS_EXIT, 93
	.text
	.globl	_start
_start:
	lw	s0, 0(sp)
	addi	s1, sp, 4
	li	s2, 0
1:	bge	s2, s0, 3f
	slli	t0, s2, 2
	add	t0, s1, t0
	lw	a1, 0(t0)
	mv	a2, zero
2:	add	t1, a1, a2
	lbu	t1, 0(t1)
	beqz	t1, 4f
	addi	a2, a2, 1
	j	2b
4:	li	a0, 1
	li	a7, SYS_WRITE
	ecall
	li	a0, 1
	la	a1, newline
	li	a2, 1
	li	a7, SYS_WRITE
	ecall
	addi	s2, s2, 1
	j	1b
3:	li	a0, 0
	la	a1, buf
	li	a2, 64
	li	a7, SYS_READ
	ecall
	blez	a0, 5f
	mv	a2, a0
	li	a0, 1
	la	a1, buf
	li	a7, SYS_WRITE
	ecall
	j	3b
5:	mv	a0, s0
	li	a7, SYS_EXIT
	ecall
	.data
newline: .byte 10
	.bss
buf:	.space 64
`;

// Opens /data.txt, copies it to stdout; exits 3 when the open fails.
const CAT = `	.globl _start
_start:
	li	a0, -100
	la	a1, path
	li	a2, 0
	li	a3, 0
	li	a7, 56
	ecall
	bltz	a0, 9f
	mv	s0, a0
	mv	a0, s0
	la	a1, buf
	li	a2, 100
	li	a7, 63
	ecall
	mv	a2, a0
	li	a0, 1
	la	a1, buf
	li	a7, 64
	ecall
	li	a0, 0
	li	a7, 93
	ecall
9:	li	a0, 3
	li	a7, 93
	ecall
	.data
path:	.asciz "/data.txt"
	.bss
buf:	.space 100
`;

const EXIT42 = '\t.globl _start\n_start:\n\tli a0, 42\n\tli a7, 93\n\tecall\n';
const LOOP = '\t.globl _start\n_start:\n1:\taddi a0, a0, 1\n\tj 1b\n';
const OPENVM = `	.globl _start
_start:
	li	a0, 0x01020304
	.insn i 0x0b, 2, x0, a0, 0	# reveal a0 at public byte 0
	.insn i 0x0b, 0, x0, x0, 7	# terminate 7
`;
const BAD = '\t.globl _start\n_start:\n\tadi a0, a0, 1\n\tli a7, 93\n\tecall\n';

// A user's extension: madd rd, rs1, rs2 (custom-1) computes rd + rs1 * rs2.
const EXTENSION = `export default {
  name: 'madd-test',
  description: 'multiply-accumulate on custom-1',
  instructions: [{ mnemonic: 'madd', format: 'R', opcode: 0x2b, funct3: 0, funct7: 0, operands: ['rd', 'rs1', 'rs2'],
    chip: 'MulAdd', extension: 'I', description: 'rd += rs1 * rs2', semantics: 'rd = rd + rs1 * rs2' }],
  chips: [{ name: 'MulAdd', execute(io, insn, pc) {
    io.writeReg(insn.rd, (io.readReg(insn.rd) + Math.imul(io.readReg(insn.rs1), io.readReg(insn.rs2))) | 0);
    return pc + 4;
  } }],
};
`;
const MADD = '\t.globl _start\n_start:\n\tli a0, 2\n\tli a1, 5\n\tli a2, 8\n\tmadd a0, a1, a2\n\tli a7, 93\n\tecall\n';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tessera-run-cli-'));
  const files: Record<string, string> = {
    'fault.s': FAULT, 'echo.s': ECHO, 'cat.s': CAT, 'exit42.s': EXIT42, 'loop.s': LOOP, 'openvm.s': OPENVM, 'bad.s': BAD,
    'ext.mjs': EXTENSION, 'madd.s': MADD, 'not-an-extension.mjs': 'export const x = 1;\n', 'data.txt': 'file contents\n',
    'uses-inc.s': '\t.include "exit.inc"\n\t.globl _start\n_start:\n\tli a0, CODE\n\tli a7, 93\n\tecall\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'exit.inc'), '\t.equ CODE, 5\n');
  // An ELF with no line table: faults can only name pc and instruction.
  const image = assemble({ path: 'fault.s', text: FAULT }).image!;
  writeFileSync(join(dir, 'fault.elf'), writeElf({ ...image, sourceMap: [] }));
  writeFileSync(join(dir, 'truncated.elf'), new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 1, 1, 1]));
  writeFileSync(join(dir, 'noise.bin'), new Uint8Array([0x00, 0xff, 0x13, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'hint.bin'), new Uint8Array([1, 2, 3, 4]));
});

describe('tessera run', () => {
  it('runs hello world and exits 0', async () => {
    const r = await tessera(['run', 'examples/hello.s'], ROOT);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '', guestOut: 'Hello from Tessera!\n' });
    // No file access unless --fs-root says where.
    expect(r.hostOptions?.fsRoot).toBeUndefined();
  });

  it('propagates the exit code', async () => {
    expect(await tessera(['run', 'exit42.s'], dir)).toMatchObject({ code: 42, stderr: '' });
  });

  it('passes arguments after the program file and stdin to the guest', async () => {
    const r = await tessera(['run', 'echo.s', '-x', 'hello', '--', 'two words', '--stats'], dir, 'piped input\n');
    expect(r.guestOut).toBe('echo.s\n-x\nhello\n--\ntwo words\n--stats\npiped input\n');
    expect(r.code).toBe(6); // argc
    expect(r.stderr).toBe(''); // --stats was the guest's
    // '--' before the program file ends the options.
    const r2 = await tessera(['run', '--', 'echo.s', 'a'], dir);
    expect(r2).toMatchObject({ code: 2, guestOut: 'echo.s\na\n' });
  });

  it('reports a fault with its kind, source line, caret and instruction, and exits 139', async () => {
    const r = await tessera(['run', 'fault.s'], dir);
    expect(r.code).toBe(139);
    expect(r.stderr).toMatch(
      /^fault\.s:7:2: fault: load-fault: load from unmapped address 0x00000008\n \tlw\ta3, 8\(a2\)\t\t# load from 0x8: unmapped\n \t\^~+\n {2}pc 0x[0-9a-f]{8}: lw a3,8\(a2\)\n$/,
    );
  });

  it('reports a fault in an ELF without a line table by pc and instruction', async () => {
    const r = await tessera(['run', 'fault.elf'], dir);
    expect(r.code).toBe(139);
    expect(r.stderr).toMatch(/^fault\.elf: fault: load-fault: load from unmapped address 0x00000008\n {2}pc 0x[0-9a-f]{8}: lw a3,8\(a2\)\n$/);
  });

  it('prints --stats: status, instructions, MIPS, gas, segments and the chip table', async () => {
    const ref = JSON.parse(readFileSync(join(ROOT, 'test/run-corpus/sort.O2.ref.json'), 'utf8')) as { stdout: string; exitCode: number };
    const r = await tessera(['run', '--stats', 'test/run-corpus/sort.O2.elf'], ROOT);
    expect(r.code).toBe(ref.exitCode);
    expect(r.guestOut).toBe(ref.stdout);
    expect(r.stderr).toMatch(/^status +exited\n/);
    expect(r.stderr).toMatch(/\nexit code +0\n/);
    expect(r.stderr).toMatch(/\ninstructions +[\d,]+\n/);
    expect(r.stderr).toMatch(/\nwall time +[\d.]+ s \([\d.]+ MIPS\)\n/);
    expect(r.stderr).toMatch(/\ngas used +[\d,]+\n/);
    expect(r.stderr).toMatch(/\nsegments +1\n/);
    expect(r.stderr).toMatch(/\nchip +rows +% +gas +%\n/);
    expect(r.stderr).toMatch(/\nLoadStore +[\d,]+ +[\d.]+% +[\d,]+ +[\d.]+%\n/);
    expect(r.stderr).toMatch(/\ntotal +[\d,]+ +100\.0% +[\d,]+ +100\.0%\n/);
    // The table's rows add up to the instructions and its gas to the gas used.
    const num = (re: RegExp): number => Number(re.exec(r.stderr)![1]!.replace(/,/g, ''));
    expect(num(/\ntotal +([\d,]+)/)).toBe(num(/\ninstructions +([\d,]+)/));
    expect(num(/\ntotal +[\d,]+ +[\d.]+% +([\d,]+)/)).toBe(num(/\ngas used +([\d,]+)/));
  });

  it('stops at the step limit with status 124', async () => {
    const r = await tessera(['run', '--max-steps', '1000', 'loop.s'], dir);
    expect(r.code).toBe(124);
    expect(r.stderr).toMatch(/^tessera run: step limit of 1,000 instructions reached at pc 0x[0-9a-f]{8} \(loop\.s:\d+:\d+\)\n$/);
  });

  it('stops at the gas limit and the timeout with status 124', async () => {
    const gas = await tessera(['run', '--gas-limit', '500', '--stats', 'loop.s'], dir);
    expect(gas.code).toBe(124);
    expect(gas.stderr).toMatch(/tessera run: gas limit of 500 reached at pc/);
    expect(gas.stderr).toMatch(/\nstatus +gas-limit\n/);
    const slow = await tessera(['run', '--timeout', '0.05', 'loop.s'], dir);
    expect(slow.code).toBe(124);
    expect(slow.stderr).toMatch(/tessera run: timeout of 0\.05 s reached at pc/);
  });

  it('runs openvm programs: terminate sets the exit code, --stats shows the public values', async () => {
    const r = await tessera(['run', '--env', 'openvm', '--stats', 'openvm.s'], dir);
    expect(r.code).toBe(7);
    expect(r.stderr).toMatch(/^status +terminated\n/);
    expect(r.stderr).toMatch(/\npublic values +4 bytes\n {2}04030201\n/);
    // Under linux the same words are illegal; the report says where they belong.
    const linux = await tessera(['run', 'openvm.s'], dir);
    expect(linux.code).toBe(139);
    expect(linux.stderr).toContain('openvm.s:4:2: fault: illegal-instruction');
    expect(linux.stderr).toContain('run with --env openvm');
  });

  it('passes --hints only to openvm', async () => {
    expect((await tessera(['run', '--env', 'openvm', '--hints', 'hint.bin', 'openvm.s'], dir)).code).toBe(7);
    const r = await tessera(['run', '--hints', 'hint.bin', 'exit42.s'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--hints is for --env openvm');
    expect((await tessera(['run', '--env', 'openvm', '--hints', 'missing.bin', 'openvm.s'], dir)).code).toBe(1);
  });

  it('installs --extension modules before assembling', async () => {
    const r = await tessera(['run', '--extension', 'ext.mjs', '--stats', 'madd.s'], dir);
    expect(r.code).toBe(42);
    expect(r.stderr).toMatch(/\nMulAdd +1 /);
    const bad = await tessera(['run', '--extension', 'not-an-extension.mjs', 'madd.s'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("--extension 'not-an-extension.mjs': the module has no default export or export 'extension'");
    expect((await tessera(['run', '--extension', 'nowhere.mjs', 'madd.s'], dir)).code).toBe(1);
  });

  it('searches -I folders for .include', async () => {
    expect((await tessera(['run', 'uses-inc.s'], ROOT)).code).toBe(1);
    expect((await tessera(['run', '-I', dir, join(dir, 'uses-inc.s')], ROOT)).code).toBe(5);
  });

  it('gives the guest the files below --fs-root, through the real Node HostIO', async () => {
    const outPath = join(dir, 'cat.out');
    let stderr = '';
    const catRun = async (args: string[], fsRoot: string | undefined): Promise<number> => {
      const fds: number[] = [];
      const io: CliIo = {
        stdout: { write: () => true },
        stderr: { write: (s: string) => (stderr += s) },
        cwd: dir,
        hostIO: (options) => {
          expect(options.fsRoot).toBe(fsRoot);
          const stdoutFd = openSync(outPath, 'w');
          const stdinFd = openSync(join(dir, 'data.txt'), 'r');
          fds.push(stdoutFd, stdinFd);
          return nodeHostIO({ ...options, stdinFd, stdoutFd, stderrFd: stdoutFd });
        },
      };
      try {
        return await run(args, io);
      } finally {
        for (const fd of fds) closeSync(fd);
      }
    };
    expect(await catRun(['run', '--fs-root', '.', 'cat.s'], dir)).toBe(0);
    expect(readFileSync(outPath, 'utf8')).toBe('file contents\n');
    expect(await catRun(['run', 'cat.s'], undefined)).toBe(3); // no --fs-root: no files
    expect(stderr).toBe('');
    const missing = await tessera(['run', '--fs-root', 'no-such-folder', 'cat.s'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--fs-root: cannot open 'no-such-folder': no such file");
  });

  it('reports bad input with exit status 1, never a stack trace', async () => {
    const missing = await tessera(['run', 'nope.s'], dir);
    expect(missing).toMatchObject({ code: 1, stderr: "tessera run: error: cannot open 'nope.s': no such file\n" });
    const asm = await tessera(['run', 'bad.s'], dir);
    expect(asm.code).toBe(1);
    expect(asm.stderr).toContain("bad.s:3:2: error: unknown instruction 'adi'; did you mean 'addi'?\n \tadi a0, a0, 1\n \t^~~\n");
    expect(asm.stderr).toContain("tessera run: 1 error in 'bad.s'; not run");
    const elf = await tessera(['run', 'truncated.elf'], dir);
    expect(elf.code).toBe(1);
    expect(elf.stderr).toMatch(/^truncated\.elf: error: .*\ntessera run: cannot load 'truncated\.elf'\n$/);
    const noise = await tessera(['run', 'noise.bin'], dir);
    expect(noise.code).toBe(1);
    expect(noise.stderr).toContain('neither an ELF executable nor assembly source');
    expect((await tessera(['run', '.'], dir)).code).toBe(1);
    for (const r of [missing, asm, elf, noise]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for usage errors', async () => {
    for (const args of [
      ['run'],
      ['run', '--frobnicate', 'exit42.s'],
      ['run', '--env', 'windows', 'exit42.s'],
      ['run', '--max-steps', 'lots', 'exit42.s'],
      ['run', '--max-steps', '-5', 'exit42.s'],
      ['run', '--max-memory', '12Q', 'exit42.s'],
      ['run', '--timeout', '0', 'exit42.s'],
      ['run', '--segment-height', '0', 'exit42.s'],
      ['run', '--gas-limit'],
    ]) {
      const r = await tessera(args, dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^tessera run: /);
    }
    const help = await tessera(['run', '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('139');
    expect(help.stdout).toContain('124');
  });

  it('parses counts and sizes', () => {
    expect(parseCount('1000')).toBe(1000);
    expect(parseCount('1_000_000')).toBe(1e6);
    expect(parseCount('1e6')).toBe(1e6);
    expect(parseCount('0x100')).toBe(256);
    expect(parseCount('1.5')).toBeUndefined();
    expect(parseCount('-1')).toBeUndefined();
    expect(parseBytes('64M')).toBe(64 << 20);
    expect(parseBytes('4k')).toBe(4096);
    expect(parseBytes('1G')).toBe(1 << 30);
    expect(parseBytes('2MiB')).toBe(2 << 20);
    expect(parseBytes('1.5K')).toBe(1536);
    expect(parseBytes('65536')).toBe(65536);
    expect(parseBytes('12Q')).toBeUndefined();
  });
});

/** Newest modification time of the files under a folder. */
function newest(folder: string): number {
  let t = 0;
  for (const e of readdirSync(folder, { withFileTypes: true })) {
    const p = join(folder, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

describe('the tessera bin', () => {
  const bin = join(ROOT, 'vm-core', 'bin', 'tessera.js');
  beforeAll(() => {
    // The bin prefers the esbuild bundle `npm run build` makes; rebuild it when the sources are newer.
    const bundle = join(ROOT, 'vm-core', 'dist', 'tessera.mjs');
    if (!existsSync(bundle) || statSync(bundle).mtimeMs < newest(join(ROOT, 'vm-core', 'src'))) {
      const b = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
      expect(b.status, b.stderr).toBe(0);
    }
  });

  it('runs hello world as a new user would', () => {
    const r = spawnSync(process.execPath, [bin, 'run', 'examples/hello.s'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Hello from Tessera!\n');
    expect(r.status).toBe(0);
  });

  it('passes the real stdin, arguments and exit code through', () => {
    const r = spawnSync(process.execPath, [bin, 'run', join(dir, 'echo.s'), 'one', 'two'], { cwd: dir, encoding: 'utf8', input: 'from a pipe\n' });
    expect(r.stdout).toBe(`${join(dir, 'echo.s')}\none\ntwo\nfrom a pipe\n`);
    expect(r.status).toBe(3);
  });

  it('exits 139 on a fault and 124 at a limit, with messages and no stack trace', () => {
    const f = spawnSync(process.execPath, [bin, 'run', 'fault.s'], { cwd: dir, encoding: 'utf8' });
    expect(f.status).toBe(139);
    expect(f.stderr).toContain('fault.s:7:2: fault: load-fault');
    expect(f.stderr).not.toMatch(/\n\s+at /);
    const l = spawnSync(process.execPath, [bin, 'run', '--max-steps', '1e4', 'loop.s'], { cwd: dir, encoding: 'utf8' });
    expect(l.status).toBe(124);
    expect(l.stderr).toContain('step limit of 10,000 instructions');
  });
});
