// The file system calls of the linux environment: read, write, openat, open, close, lseek, fstat.
// fds 0, 1, 2 are the host's stdin, stdout and stderr; fds from 3 are files of io.fs (files below
// --fs-root), and without one every file call fails as on a machine with no such file.
// Results follow Linux: a count or fd in a0, or -errno. A pointer outside guest memory faults the
// guest (as the load or store would) instead of answering -EFAULT, which is easier to debug.

import type { EnvCallContext, GuestFileSystem, HostFunction } from './types.js';
import { AT_FDCWD, ERRNO, LINUX_O, NEWLIB_O, S_IF, SEEK, newlibToLinuxFlags } from './errno.js';
import { StructBytes, forEachChunk, readCStringBytes } from './guest-data.js';
import { stdinOf } from './stdin.js';

const A0 = 10, A1 = 11, A2 = 12, A3 = 13, A4 = 14;
/** Bytes moved per host call; larger requests are partial reads (as Linux allows) or looped writes. */
const IO_CHUNK = 1 << 16;
const MAX_READ = 1 << 20;
/** PATH_MAX, terminating NUL included. */
const PATH_MAX = 4096;
const CLOSED_STDIO = 'linux.closed-stdio';

function closedStdio(ctx: EnvCallContext): Set<number> {
  const s = ctx.state.get(CLOSED_STDIO);
  if (s instanceof Set) return s as Set<number>;
  const created = new Set<number>();
  ctx.state.set(CLOSED_STDIO, created);
  return created;
}

/** 0, 1 or 2 while the guest has not closed it; undefined for other fds. */
function stdio(ctx: EnvCallContext, fd: number): number | undefined {
  return fd >= 0 && fd <= 2 && !closedStdio(ctx).has(fd) ? fd : undefined;
}

const ret = (ctx: EnvCallContext, value: number): void => ctx.setReg(A0, value);
const fsOf = (ctx: EnvCallContext): GuestFileSystem | undefined => ctx.io.fs;

function read(ctx: EnvCallContext): void {
  const fd = ctx.reg(A0);
  const buf = ctx.reg(A1) >>> 0;
  const count = Math.min(ctx.reg(A2) >>> 0, MAX_READ);
  const std = stdio(ctx, fd);
  if (std !== undefined) {
    if (std !== 0) return ret(ctx, -ERRNO.EBADF);
    const bytes = stdinOf(ctx).read(count);
    ctx.writeBytes(buf, bytes);
    return ret(ctx, bytes.length);
  }
  const fs = fsOf(ctx);
  if (!fs || fd < 3) return ret(ctx, -ERRNO.EBADF);
  const got = fs.read(fd, count);
  if (typeof got === 'number') return ret(ctx, got);
  ctx.writeBytes(buf, got);
  ret(ctx, got.length);
}

function write(ctx: EnvCallContext): void {
  const fd = ctx.reg(A0);
  const buf = ctx.reg(A1) >>> 0;
  const count = Math.min(ctx.reg(A2) >>> 0, 0x7ffff000); // Linux's MAX_RW_COUNT
  const std = stdio(ctx, fd);
  let sink: ((b: Uint8Array) => number) | undefined;
  if (std === 1) sink = (b) => (ctx.io.writeStdout(b), b.length);
  else if (std === 2) sink = (b) => (ctx.io.writeStderr(b), b.length);
  else if (std === undefined && fd >= 3 && fsOf(ctx)) {
    const fs = fsOf(ctx)!;
    sink = (b) => fs.write(fd, b);
  }
  if (!sink) return ret(ctx, -ERRNO.EBADF);
  let written = 0;
  let error = 0;
  forEachChunk(ctx, buf, count, IO_CHUNK, (bytes) => {
    const n = sink(bytes);
    if (n < 0) error = n;
    else written += n;
    return n === bytes.length;
  });
  ret(ctx, written === 0 && error < 0 ? error : written);
}

/** Opens a guest path with Linux flags; answers the fd or -errno. */
function openPath(ctx: EnvCallContext, dirfd: number, pathAddr: number, flags: number, mode: number): number {
  const bytes = readCStringBytes(ctx, pathAddr, PATH_MAX);
  if (bytes === undefined) return -ERRNO.ENAMETOOLONG;
  if (bytes.length === 0) return -ERRNO.ENOENT;
  const path = new TextDecoder().decode(bytes);
  if (!path.startsWith('/') && dirfd !== AT_FDCWD) {
    // Directory fds do not exist here: an open non-directory is ENOTDIR, anything else EBADF.
    const open = stdio(ctx, dirfd) !== undefined || (dirfd >= 3 && typeof fsOf(ctx)?.fstat(dirfd) === 'object');
    return open ? -ERRNO.ENOTDIR : -ERRNO.EBADF;
  }
  const fs = fsOf(ctx);
  if (!fs) return flags & LINUX_O.CREAT ? -ERRNO.EACCES : -ERRNO.ENOENT;
  return fs.open(path, flags, mode);
}

function openat(ctx: EnvCallContext): void {
  ret(ctx, openPath(ctx, ctx.reg(A0), ctx.reg(A1) >>> 0, ctx.reg(A2), ctx.reg(A3)));
}

/**
 * libgloss's open (riscv-pk's number 1024), whose flags are newlib's. RARS's open service has the
 * same number and newlib's flag values, but its 1 (write-only) and 9 (write-only, append) create
 * the file, and 1 truncates it, as RARS does.
 */
function openLegacy(ctx: EnvCallContext): void {
  const raw = ctx.reg(A1);
  let flags = newlibToLinuxFlags(raw);
  if (raw === NEWLIB_O.WRONLY) flags |= LINUX_O.CREAT | LINUX_O.TRUNC;
  else if (raw === (NEWLIB_O.WRONLY | NEWLIB_O.APPEND)) flags |= LINUX_O.CREAT;
  ret(ctx, openPath(ctx, AT_FDCWD, ctx.reg(A0) >>> 0, flags, ctx.reg(A2) || 0o644));
}

function close(ctx: EnvCallContext): void {
  const fd = ctx.reg(A0);
  if (stdio(ctx, fd) !== undefined) {
    closedStdio(ctx).add(fd);
    return ret(ctx, 0);
  }
  const fs = fsOf(ctx);
  ret(ctx, fs && fd >= 3 ? fs.close(fd) : -ERRNO.EBADF);
}

/**
 * Number 62 is lseek(fd, offset, whence) for libgloss (and riscv64 Linux), and _llseek(fd,
 * offset_high, offset_low, loff_t *result, whence) on riscv32 Linux. libgloss passes a3 = 0, which
 * _llseek would refuse (EFAULT), so a non-zero a3 means _llseek.
 */
function lseek(ctx: EnvCallContext): void {
  const fd = ctx.reg(A0);
  const llseek = ctx.reg(A3) !== 0;
  const offset = llseek ? ctx.reg(A1) * 0x1_0000_0000 + (ctx.reg(A2) >>> 0) : ctx.reg(A1);
  const whence = llseek ? ctx.reg(A4) : ctx.reg(A2);
  if (stdio(ctx, fd) !== undefined) return ret(ctx, -ERRNO.ESPIPE);
  const fs = fsOf(ctx);
  if (!fs || fd < 3) return ret(ctx, -ERRNO.EBADF);
  if (whence !== SEEK.SET && whence !== SEEK.CUR && whence !== SEEK.END) return ret(ctx, -ERRNO.EINVAL);
  const pos = fs.lseek(fd, offset, whence);
  if (pos < 0) return ret(ctx, pos);
  if (llseek) {
    ctx.writeBytes(ctx.reg(A3) >>> 0, new StructBytes(8).i64(0, pos).bytes);
    return ret(ctx, 0);
  }
  ret(ctx, pos > 0x7fffffff ? -75 /* EOVERFLOW */ : pos);
}

/**
 * libgloss's struct kernel_stat (libgloss/riscv/kernel_stat.h), 128 bytes on riscv32 and riscv64
 * alike, and the layout of riscv64 Linux's struct stat: st_dev u64 @0, st_ino u64 @8, st_mode u32
 * @16, st_nlink @20, st_uid @24, st_gid @28, st_rdev u64 @32, st_size i64 @48, st_blksize i32 @56,
 * st_blocks i64 @64, st_atim/st_mtim/st_ctim at 72/88/104 as { i64 tv_sec; tv_nsec } (newlib's
 * time_t is 64-bit on riscv32).
 */
export const KERNEL_STAT_SIZE = 128;

export function kernelStat(s: { size: number; mode: number; blksize: number; mtimeMs?: number; rdev?: number }): Uint8Array {
  const st = new StructBytes(KERNEL_STAT_SIZE)
    .u32(16, s.mode).u32(20, 1)
    .i64(32, s.rdev ?? 0)
    .i64(48, s.size).u32(56, s.blksize).i64(64, Math.ceil(s.size / 512));
  if (s.mtimeMs !== undefined) {
    const sec = Math.floor(s.mtimeMs / 1000);
    const nsec = Math.floor((s.mtimeMs - sec * 1000) * 1e6);
    for (const at of [72, 88, 104]) st.i64(at, sec).i64(at + 8, nsec);
  }
  return st.bytes;
}

function fstat(ctx: EnvCallContext): void {
  const fd = ctx.reg(A0);
  const buf = ctx.reg(A1) >>> 0;
  if (stdio(ctx, fd) !== undefined) {
    // A terminal: character device, rw--w----, as a tty shows (and newlib then line-buffers stdout).
    ctx.writeBytes(buf, kernelStat({ size: 0, mode: S_IF.CHR | 0o620, blksize: 1024, rdev: 0x8800 }));
    return ret(ctx, 0);
  }
  const fs = fsOf(ctx);
  if (!fs || fd < 3) return ret(ctx, -ERRNO.EBADF);
  const st = fs.fstat(fd);
  if (typeof st === 'number') return ret(ctx, st);
  ctx.writeBytes(buf, kernelStat({ ...st, blksize: 4096 }));
  ret(ctx, 0);
}

export const LINUX_FILE_CALLS: readonly HostFunction[] = [
  { name: 'openat', number: 56, arity: 4, args: ['dirfd', 'path', 'flags', 'mode'], call: openat,
    doc: 'openat(dirfd, path, flags, mode) → fd or -errno. Paths are below the --fs-root; dirfd must be AT_FDCWD (-100) for relative paths. Linux flags: O_WRONLY 1, O_RDWR 2, O_CREAT 0x40, O_EXCL 0x80, O_TRUNC 0x200, O_APPEND 0x400.' },
  { name: 'close', number: 57, arity: 1, args: ['fd'], call: close, doc: 'close(fd) → 0 or -errno.' },
  { name: 'lseek', number: 62, arity: 3, args: ['fd', 'offset', 'whence'], call: lseek,
    doc: 'lseek(fd, offset, whence) → new offset or -errno (whence: 0 SEEK_SET, 1 SEEK_CUR, 2 SEEK_END). With a3 ≠ 0 it is riscv32 Linux\'s _llseek(fd, offset_hi, offset_lo, result*, whence) → 0.' },
  { name: 'read', number: 63, arity: 3, args: ['fd', 'buf', 'count'], call: read,
    doc: 'read(fd, buf, count) → bytes read (0 at end of file) or -errno. fd 0 is standard input.' },
  { name: 'write', number: 64, arity: 3, args: ['fd', 'buf', 'count'], call: write,
    doc: 'write(fd, buf, count) → bytes written or -errno. fd 1 is standard output, 2 standard error.' },
  { name: 'fstat', number: 80, arity: 2, args: ['fd', 'statbuf'], call: fstat,
    doc: 'fstat(fd, statbuf) → 0 or -errno; fills the 128-byte struct stat libgloss reads (st_mode at +16, st_size at +48).' },
  { name: 'open', number: 1024, arity: 3, args: ['path', 'flags', 'mode'], call: openLegacy,
    doc: 'open(path, flags, mode) → fd or -errno: libgloss\'s open and RARS\'s (flags as newlib: O_WRONLY 1, O_RDWR 2, O_APPEND 8, O_CREAT 0x200, O_TRUNC 0x400; RARS\'s 1 and 9 create the file).' },
];
