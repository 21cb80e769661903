import { describe, expect, it } from 'vitest';
import { linux } from '../../src/env/linux.js';
import { memoryFileSystem } from '../../src/env/memory-fs.js';
import { memoryHostIO } from '../../src/env/memory-io.js';
import { AT_FDCWD, ERRNO, LINUX_O, NEWLIB_O, S_IF } from '../../src/env/errno.js';
import { KERNEL_STAT_SIZE } from '../../src/env/linux-files.js';
import { BRK_START, FakeContext, GuestExit, GuestFault, MEM_BASE, call, fake } from './fake-context.js';

const sys = (n: number) => linux.ecalls.get(n);
const SYS = { openat: 56, close: 57, lseek: 62, read: 63, write: 64, fstat: 80, exit: 93, exit_group: 94, clock_gettime: 113, gettimeofday: 169, brk: 214, clock_gettime64: 403, open: 1024 };
const BUF = MEM_BASE + 0x100;
const PATH = MEM_BASE + 0x800;
const STAT = MEM_BASE + 0x1000;

function withFs(files: Record<string, string> = {}) {
  const fs = memoryFileSystem(files);
  const io = memoryHostIO({ fs });
  return { ctx: new FakeContext(io), io, fs };
}

function exitCode(fn: () => void): number {
  try {
    fn();
  } catch (e) {
    if (e instanceof GuestExit) return e.code;
    throw e;
  }
  throw new Error('did not exit');
}

describe('linux: standard streams', () => {
  it('write(1) and write(2) go to stdout and stderr and answer the count', () => {
    const { ctx, io } = fake();
    ctx.poke(BUF, 'hello, world');
    expect(call(sys(SYS.write), ctx.set({ a0: 1, a1: BUF, a2: 5 }))).toBe(5);
    expect(call(sys(SYS.write), ctx.set({ a0: 2, a1: BUF + 7, a2: 5 }))).toBe(5);
    expect(io.stdoutText()).toBe('hello');
    expect(io.stderrText()).toBe('world');
  });

  it('write to stdin, to an fd that is not open, or with no file system is -EBADF', () => {
    const { ctx } = fake();
    for (const fd of [0, 3, 7, -1]) expect(call(sys(SYS.write), ctx.set({ a0: fd, a1: BUF, a2: 1 }))).toBe(-ERRNO.EBADF);
  });

  it('write of 0 bytes answers 0; a bad buffer faults the guest', () => {
    const { ctx } = fake();
    expect(call(sys(SYS.write), ctx.set({ a0: 1, a1: 0, a2: 0 }))).toBe(0);
    expect(() => call(sys(SYS.write), ctx.set({ a0: 1, a1: 0x10, a2: 4 }))).toThrow(GuestFault);
  });

  it('read(0) reads standard input, 0 at the end', () => {
    const { ctx } = fake({ stdin: 'abcdef' });
    expect(call(sys(SYS.read), ctx.set({ a0: 0, a1: BUF, a2: 4 }))).toBe(4);
    expect(new TextDecoder().decode(ctx.readBytes(BUF, 4))).toBe('abcd');
    expect(call(sys(SYS.read), ctx.set({ a0: 0, a1: BUF, a2: 100 }))).toBe(2);
    expect(call(sys(SYS.read), ctx.set({ a0: 0, a1: BUF, a2: 100 }))).toBe(0);
  });

  it('read from stdout or an unopened fd is -EBADF', () => {
    const { ctx } = fake({ stdin: 'x' });
    expect(call(sys(SYS.read), ctx.set({ a0: 1, a1: BUF, a2: 1 }))).toBe(-ERRNO.EBADF);
    expect(call(sys(SYS.read), ctx.set({ a0: 5, a1: BUF, a2: 1 }))).toBe(-ERRNO.EBADF);
  });

  it('close(1) closes stdout: later writes are -EBADF, a second close too', () => {
    const { ctx, io } = fake();
    expect(call(sys(SYS.close), ctx.set({ a0: 1 }))).toBe(0);
    expect(call(sys(SYS.write), ctx.set({ a0: 1, a1: BUF, a2: 1 }))).toBe(-ERRNO.EBADF);
    expect(call(sys(SYS.close), ctx.set({ a0: 1 }))).toBe(-ERRNO.EBADF);
    expect(io.stdoutText()).toBe('');
  });

  it('fstat(1) describes a character device in libgloss\'s 128-byte kernel_stat', () => {
    const { ctx } = fake();
    expect(KERNEL_STAT_SIZE).toBe(128);
    ctx.poke(STAT, new Uint8Array(KERNEL_STAT_SIZE).fill(0xee));
    expect(call(sys(SYS.fstat), ctx.set({ a0: 1, a1: STAT }))).toBe(0);
    expect(ctx.u32(STAT + 16) & S_IF.MT).toBe(S_IF.CHR);
    expect(ctx.i64(STAT + 48)).toBe(0n);
    expect(ctx.u32(STAT + 128)).toBe(0); // nothing written past the struct
  });

  it('lseek on a standard stream is -ESPIPE', () => {
    const { ctx } = fake();
    expect(call(sys(SYS.lseek), ctx.set({ a0: 0, a1: 0, a2: 0, a3: 0 }))).toBe(-ERRNO.ESPIPE);
  });
});

describe('linux: process and time', () => {
  it('exit (93) and exit_group (94) end the run with a0', () => {
    const { ctx } = fake();
    expect(exitCode(() => call(sys(SYS.exit), ctx.set({ a0: 3 })))).toBe(3);
    expect(exitCode(() => call(sys(SYS.exit_group), ctx.set({ a0: -1 })))).toBe(-1);
  });

  it('brk (214) answers the break, moving it when it can', () => {
    const { ctx } = fake();
    expect(call(sys(SYS.brk), ctx.set({ a0: 0 }))).toBe(BRK_START);
    expect(call(sys(SYS.brk), ctx.set({ a0: BRK_START + 100 }))).toBe(BRK_START + 100);
    expect(call(sys(SYS.brk), ctx.set({ a0: 0x7000_0000 }))).toBe(BRK_START + 100);
  });

  it('getpid (172) … gettid (178) answer fixed ids', () => {
    const { ctx } = fake();
    expect(call(sys(172), ctx)).toBe(1000);
    expect(call(sys(173), ctx)).toBe(1);
    expect(call(sys(174), ctx)).toBe(1000);
    expect(sys(178)?.name).toBe('gettid');
  });

  const NOW = 1_700_000_123_456.789;

  it('gettimeofday (169) writes { i64 sec; i64 usec } and zeros the timezone', () => {
    const { ctx } = fake({ now: () => NOW });
    ctx.poke(BUF, new Uint8Array(32).fill(0xff));
    expect(call(sys(SYS.gettimeofday), ctx.set({ a0: BUF, a1: BUF + 16 }))).toBe(0);
    expect(ctx.i64(BUF)).toBe(1_700_000_123n);
    expect(ctx.i64(BUF + 8)).toBe(456_789n);
    expect(ctx.i64(BUF + 16)).toBe(0n);
    expect(ctx.u32(BUF + 24)).toBe(0xffffffff);
    expect(call(sys(SYS.gettimeofday), ctx.set({ a0: 0, a1: 0 }))).toBe(0);
  });

  it('clock_gettime (113) and clock_gettime64 (403) write { i64 sec; i64 nsec }; unknown clocks are -EINVAL', () => {
    for (const n of [SYS.clock_gettime, SYS.clock_gettime64]) {
      const { ctx } = fake({ now: () => NOW });
      expect(call(sys(n), ctx.set({ a0: 1, a1: BUF }))).toBe(0);
      expect(ctx.i64(BUF)).toBe(1_700_000_123n);
      expect(Number(ctx.i64(BUF + 8))).toBeCloseTo(456_789_000, -3);
      expect(call(sys(n), ctx.set({ a0: 99, a1: BUF }))).toBe(-ERRNO.EINVAL);
    }
  });
});

describe('linux: files', () => {
  it('openat, write, lseek, read, fstat, close', () => {
    const { ctx, fs } = withFs();
    ctx.cstring(PATH, '/out.txt');
    const fd = call(sys(SYS.openat), ctx.set({ a0: AT_FDCWD, a1: PATH, a2: LINUX_O.RDWR | LINUX_O.CREAT, a3: 0o644 }));
    expect(fd).toBe(3);
    ctx.poke(BUF, 'data!');
    expect(call(sys(SYS.write), ctx.set({ a0: fd, a1: BUF, a2: 5 }))).toBe(5);
    expect(call(sys(SYS.lseek), ctx.set({ a0: fd, a1: 1, a2: 0, a3: 0 }))).toBe(1);
    expect(call(sys(SYS.read), ctx.set({ a0: fd, a1: BUF + 16, a2: 10 }))).toBe(4);
    expect(new TextDecoder().decode(ctx.readBytes(BUF + 16, 4))).toBe('ata!');
    expect(call(sys(SYS.read), ctx.set({ a0: fd, a1: BUF + 16, a2: 10 }))).toBe(0);
    expect(call(sys(SYS.fstat), ctx.set({ a0: fd, a1: STAT }))).toBe(0);
    expect(ctx.u32(STAT + 16) & S_IF.MT).toBe(S_IF.REG);
    expect(ctx.i64(STAT + 48)).toBe(5n);
    expect(call(sys(SYS.close), ctx.set({ a0: fd }))).toBe(0);
    expect(call(sys(SYS.close), ctx.set({ a0: fd }))).toBe(-ERRNO.EBADF);
    expect(new TextDecoder().decode(fs.file('out.txt'))).toBe('data!');
  });

  it('relative paths are relative to the root', () => {
    const { ctx } = withFs({ 'dir/in.txt': 'xyz' });
    ctx.cstring(PATH, 'dir/./in.txt');
    const fd = call(sys(SYS.openat), ctx.set({ a0: AT_FDCWD, a1: PATH, a2: LINUX_O.RDONLY }));
    expect(call(sys(SYS.read), ctx.set({ a0: fd, a1: BUF, a2: 3 }))).toBe(3);
  });

  it('errno paths: -ENOENT, -EEXIST, -EBADF for read on a write-only fd, -EACCES for ../', () => {
    const { ctx } = withFs({ 'a.txt': 'a' });
    ctx.cstring(PATH, 'missing.txt');
    expect(call(sys(SYS.openat), ctx.set({ a0: AT_FDCWD, a1: PATH, a2: LINUX_O.RDONLY }))).toBe(-ERRNO.ENOENT);
    ctx.cstring(PATH, 'a.txt');
    expect(call(sys(SYS.openat), ctx.set({ a0: AT_FDCWD, a1: PATH, a2: LINUX_O.WRONLY | LINUX_O.CREAT | LINUX_O.EXCL }))).toBe(-ERRNO.EEXIST);
    const fd = call(sys(SYS.openat), ctx.set({ a0: AT_FDCWD, a1: PATH, a2: LINUX_O.WRONLY }));
    expect(call(sys(SYS.read), ctx.set({ a0: fd, a1: BUF, a2: 1 }))).toBe(-ERRNO.EBADF);
    ctx.cstring(PATH, '../a.txt');
    expect(call(sys(SYS.openat), ctx.set({ a0: AT_FDCWD, a1: PATH, a2: LINUX_O.RDONLY }))).toBe(-ERRNO.EACCES);
    ctx.cstring(PATH, '');
    expect(call(sys(SYS.openat), ctx.set({ a0: AT_FDCWD, a1: PATH, a2: LINUX_O.RDONLY }))).toBe(-ERRNO.ENOENT);
  });

  it('a relative path with a dirfd other than AT_FDCWD: -ENOTDIR for an open file, -EBADF otherwise', () => {
    const { ctx } = withFs({ 'a.txt': 'a' });
    ctx.cstring(PATH, 'a.txt');
    expect(call(sys(SYS.openat), ctx.set({ a0: 1, a1: PATH, a2: 0 }))).toBe(-ERRNO.ENOTDIR);
    expect(call(sys(SYS.openat), ctx.set({ a0: 9, a1: PATH, a2: 0 }))).toBe(-ERRNO.EBADF);
    ctx.cstring(PATH, '/a.txt');
    expect(call(sys(SYS.openat), ctx.set({ a0: 9, a1: PATH, a2: 0 }))).toBe(3);
  });

  it('without a file system: open is -ENOENT (-EACCES to create), other calls -EBADF', () => {
    const { ctx } = fake();
    ctx.cstring(PATH, 'x');
    expect(call(sys(SYS.openat), ctx.set({ a0: AT_FDCWD, a1: PATH, a2: 0 }))).toBe(-ERRNO.ENOENT);
    expect(call(sys(SYS.openat), ctx.set({ a0: AT_FDCWD, a1: PATH, a2: LINUX_O.CREAT | LINUX_O.WRONLY }))).toBe(-ERRNO.EACCES);
    expect(call(sys(SYS.close), ctx.set({ a0: 3 }))).toBe(-ERRNO.EBADF);
    expect(call(sys(SYS.fstat), ctx.set({ a0: 3, a1: STAT }))).toBe(-ERRNO.EBADF);
    expect(call(sys(SYS.lseek), ctx.set({ a0: 3, a1: 0, a2: 0, a3: 0 }))).toBe(-ERRNO.EBADF);
  });

  it('a path without NUL within PATH_MAX is -ENAMETOOLONG', () => {
    const { ctx } = withFs();
    ctx.poke(BUF, new Uint8Array(5000).fill(0x61));
    expect(call(sys(SYS.openat), ctx.set({ a0: AT_FDCWD, a1: BUF, a2: 0 }))).toBe(-ERRNO.ENAMETOOLONG);
  });

  it('lseek: whence SEEK_END, bad whence -EINVAL, and riscv32 Linux\'s _llseek form when a3 is a pointer', () => {
    const { ctx } = withFs({ 'f': '0123456789' });
    ctx.cstring(PATH, 'f');
    const fd = call(sys(SYS.openat), ctx.set({ a0: AT_FDCWD, a1: PATH, a2: 0 }));
    expect(call(sys(SYS.lseek), ctx.set({ a0: fd, a1: -3, a2: 2, a3: 0 }))).toBe(7);
    expect(call(sys(SYS.lseek), ctx.set({ a0: fd, a1: 0, a2: 7, a3: 0 }))).toBe(-ERRNO.EINVAL);
    expect(call(sys(SYS.lseek), ctx.set({ a0: fd, a1: -20, a2: 0, a3: 0 }))).toBe(-ERRNO.EINVAL);
    expect(call(sys(SYS.lseek), ctx.set({ a0: fd, a1: 0, a2: 4, a3: BUF, a4: 0 }))).toBe(0);
    expect(ctx.i64(BUF)).toBe(4n);
    expect(call(sys(SYS.read), ctx.set({ a0: fd, a1: BUF, a2: 1 }))).toBe(1);
    expect(ctx.readBytes(BUF, 1)[0]).toBe(0x34);
  });

  it('open (1024) takes newlib\'s flags; RARS\'s 1 creates and truncates, 9 creates and appends', () => {
    const { ctx, fs } = withFs({ 'log': 'old' });
    ctx.cstring(PATH, 'new.txt');
    const w = call(sys(SYS.open), ctx.set({ a0: PATH, a1: NEWLIB_O.WRONLY | NEWLIB_O.CREAT | NEWLIB_O.TRUNC, a2: 0o644 }));
    expect(w).toBeGreaterThanOrEqual(3);
    ctx.cstring(PATH, 'rars.txt');
    const r1 = call(sys(SYS.open), ctx.set({ a0: PATH, a1: 1, a2: 0 }));
    expect(r1).toBeGreaterThanOrEqual(3);
    ctx.cstring(PATH, 'log');
    const r9 = call(sys(SYS.open), ctx.set({ a0: PATH, a1: 9, a2: 0 }));
    ctx.poke(BUF, '+new');
    call(sys(SYS.write), ctx.set({ a0: r9, a1: BUF, a2: 4 }));
    expect(new TextDecoder().decode(fs.file('log'))).toBe('old+new');
    expect(fs.file('rars.txt')).toEqual(new Uint8Array(0));
    ctx.cstring(PATH, 'nothere');
    expect(call(sys(SYS.open), ctx.set({ a0: PATH, a1: 0, a2: 0 }))).toBe(-ERRNO.ENOENT);
  });

  it('write to a read-only file is -EBADF', () => {
    const { ctx } = withFs({ 'r': 'x' });
    ctx.cstring(PATH, 'r');
    const fd = call(sys(SYS.openat), ctx.set({ a0: AT_FDCWD, a1: PATH, a2: LINUX_O.RDONLY }));
    expect(call(sys(SYS.write), ctx.set({ a0: fd, a1: BUF, a2: 1 }))).toBe(-ERRNO.EBADF);
  });
});

describe('the linux environment', () => {
  it('allows ecall and CSR reads, and misaligned accesses', () => {
    expect(linux.allowsEcall).toBe(true);
    expect(linux.allowsCsr).toBe(true);
    expect(linux.strictAlign).toBe(false);
    expect(linux.extensions ?? []).toEqual([]);
  });

  it('documents every call with its arguments', () => {
    for (const fn of linux.ecalls.values()) {
      expect(fn.doc.length).toBeGreaterThan(10);
      expect(fn.args?.length ?? 0).toBe(fn.arity);
    }
  });
});
