// The CLI's HostIO: the process's stdin, stdout and stderr, read and written synchronously (the
// machine runs in one synchronous loop), and the guest's files confined to the --fs-root folder.

import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { GuestFileSystem, HostIO } from '../env/types.js';
import { ERRNO, LINUX_O, SEEK } from '../env/errno.js';
import { normalizeGuestPath } from '../env/guest-path.js';

export interface NodeHostIOOptions {
  /** The folder the guest sees as `/`; without it the guest can open no files. */
  fsRoot?: string;
  /** File descriptors of the process to use (tests pass others); default 0, 1, 2. */
  stdinFd?: number;
  stdoutFd?: number;
  stderrFd?: number;
}

/** Blocks the thread for a few milliseconds (stdin or stdout in non-blocking mode said EAGAIN). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function codeOf(e: unknown): string | undefined {
  return e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
}

/** Reads up to max bytes from fd, waiting while it has none yet; empty at end of input or on a read error. */
export function readFdSync(fd: number, max: number): Uint8Array {
  const buf = new Uint8Array(Math.max(0, max));
  for (;;) {
    try {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      return buf.subarray(0, n);
    } catch (e) {
      if (codeOf(e) === 'EAGAIN') {
        pause(10);
        continue;
      }
      return new Uint8Array(0); // EOF (Windows), EIO, a closed descriptor: the guest sees end of input
    }
  }
}

/** Writes all of bytes to fd; output the host refuses (a closed pipe) is dropped. */
export function writeFdSync(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) {
    try {
      done += fs.writeSync(fd, bytes, done, bytes.length - done);
    } catch (e) {
      if (codeOf(e) === 'EAGAIN') {
        pause(5);
        continue;
      }
      return;
    }
  }
}

export function nodeHostIO(options: NodeHostIOOptions = {}): HostIO {
  const stdinFd = options.stdinFd ?? 0;
  const stdoutFd = options.stdoutFd ?? 1;
  const stderrFd = options.stderrFd ?? 2;
  const io: HostIO = {
    readStdin: (max) => readFdSync(stdinFd, max),
    writeStdout: (bytes) => writeFdSync(stdoutFd, bytes),
    writeStderr: (bytes) => writeFdSync(stderrFd, bytes),
  };
  if (options.fsRoot !== undefined) io.fs = new RootedFileSystem(options.fsRoot);
  return io;
}

// ---- files below a root ------------------------------------------------------------------------

const HOST_ERRNO: Readonly<Record<string, number>> = {
  EPERM: ERRNO.EPERM, ENOENT: ERRNO.ENOENT, EIO: ERRNO.EIO, EBADF: ERRNO.EBADF, ENOMEM: ERRNO.ENOMEM,
  EACCES: ERRNO.EACCES, EEXIST: ERRNO.EEXIST, ENOTDIR: ERRNO.ENOTDIR, EISDIR: ERRNO.EISDIR,
  EINVAL: ERRNO.EINVAL, ENFILE: ERRNO.ENFILE, EMFILE: ERRNO.EMFILE, EFBIG: ERRNO.EFBIG,
  ENOSPC: ERRNO.ENOSPC, ESPIPE: ERRNO.ESPIPE, EROFS: ERRNO.EROFS, ENAMETOOLONG: ERRNO.ENAMETOOLONG, ELOOP: ERRNO.ELOOP,
};

/** A host error as a negative Linux errno (EIO for anything unexpected). */
function errnoOf(e: unknown): number {
  return -(HOST_ERRNO[codeOf(e) ?? ''] ?? ERRNO.EIO);
}

interface OpenFile {
  hostFd: number;
  pos: number;
  readable: boolean;
  writable: boolean;
  append: boolean;
}

const MAX_OPEN = 64;

/**
 * Guest files below one host folder. Guest paths are normalized first (`/` and the current
 * directory are the root; `..` may not climb above it), then symbolic links are resolved with
 * realpath and the result must still lie inside the root, so no path or link leads out of it.
 */
export class RootedFileSystem implements GuestFileSystem {
  readonly root: string;
  private readonly files = new Map<number, OpenFile>();

  constructor(root: string) {
    this.root = fs.realpathSync(nodePath.resolve(root));
    if (!fs.statSync(this.root).isDirectory()) throw new Error(`${root} is not a directory`);
  }

  private inside(p: string): boolean {
    return p === this.root || p.startsWith(this.root.endsWith(nodePath.sep) ? this.root : this.root + nodePath.sep);
  }

  /** The host path a guest path names, or a negative errno (EACCES for anything leading out of the root). */
  resolve(guestPath: string, creating: boolean): string | number {
    const rel = normalizeGuestPath(guestPath);
    if (rel === undefined || rel.includes('\0')) return -ERRNO.EACCES;
    const candidate = nodePath.join(this.root, ...rel.split('/').filter(Boolean));
    try {
      const real = fs.realpathSync(candidate);
      return this.inside(real) ? real : -ERRNO.EACCES;
    } catch (e) {
      if (codeOf(e) !== 'ENOENT' || !creating) return errnoOf(e);
    }
    // Creating: the folder must exist inside the root, and the name must not be a dangling link.
    try {
      if (fs.lstatSync(candidate, { throwIfNoEntry: false })?.isSymbolicLink()) return -ERRNO.EACCES;
      const parent = fs.realpathSync(nodePath.dirname(candidate));
      if (!this.inside(parent)) return -ERRNO.EACCES;
      return nodePath.join(parent, nodePath.basename(candidate));
    } catch (e) {
      return errnoOf(e);
    }
  }

  open(path: string, flags: number, mode: number): number {
    const acc = flags & LINUX_O.ACCMODE;
    if (acc === 3) return -ERRNO.EINVAL;
    const host = this.resolve(path, (flags & LINUX_O.CREAT) !== 0);
    if (typeof host === 'number') return host;
    if (this.files.size >= MAX_OPEN) return -ERRNO.EMFILE;
    const C = fs.constants;
    let hostFlags = acc === LINUX_O.WRONLY ? C.O_WRONLY : acc === LINUX_O.RDWR ? C.O_RDWR : C.O_RDONLY;
    if (flags & LINUX_O.CREAT) hostFlags |= C.O_CREAT;
    if (flags & LINUX_O.EXCL) hostFlags |= C.O_EXCL;
    if (flags & LINUX_O.TRUNC) hostFlags |= C.O_TRUNC;
    if (flags & LINUX_O.DIRECTORY && C.O_DIRECTORY !== undefined) hostFlags |= C.O_DIRECTORY;
    // The path is already resolved: a link appearing there since is refused, not followed.
    if (C.O_NOFOLLOW !== undefined) hostFlags |= C.O_NOFOLLOW;
    let hostFd: number;
    try {
      hostFd = fs.openSync(host, hostFlags, mode & 0o7777);
    } catch (e) {
      return errnoOf(e);
    }
    let fd = 3;
    while (this.files.has(fd)) fd++;
    // O_APPEND is applied here (at each write) rather than by the host, whose positioned writes ignore it on Linux.
    this.files.set(fd, { hostFd, pos: 0, readable: acc !== LINUX_O.WRONLY, writable: acc !== LINUX_O.RDONLY, append: (flags & LINUX_O.APPEND) !== 0 });
    return fd;
  }

  read(fd: number, max: number): Uint8Array | number {
    const f = this.files.get(fd);
    if (!f || !f.readable) return -ERRNO.EBADF;
    const buf = new Uint8Array(Math.max(0, max));
    try {
      const n = fs.readSync(f.hostFd, buf, 0, buf.length, f.pos);
      f.pos += n;
      return buf.subarray(0, n);
    } catch (e) {
      return errnoOf(e);
    }
  }

  write(fd: number, bytes: Uint8Array): number {
    const f = this.files.get(fd);
    if (!f || !f.writable) return -ERRNO.EBADF;
    try {
      if (f.append) f.pos = fs.fstatSync(f.hostFd).size;
      let done = 0;
      while (done < bytes.length) done += fs.writeSync(f.hostFd, bytes, done, bytes.length - done, f.pos + done);
      f.pos += done;
      return done;
    } catch (e) {
      return errnoOf(e);
    }
  }

  close(fd: number): number {
    const f = this.files.get(fd);
    if (!f) return -ERRNO.EBADF;
    this.files.delete(fd);
    try {
      fs.closeSync(f.hostFd);
      return 0;
    } catch (e) {
      return errnoOf(e);
    }
  }

  lseek(fd: number, offset: number, whence: number): number {
    const f = this.files.get(fd);
    if (!f) return -ERRNO.EBADF;
    let base: number;
    try {
      base = whence === SEEK.SET ? 0 : whence === SEEK.CUR ? f.pos : whence === SEEK.END ? fs.fstatSync(f.hostFd).size : NaN;
    } catch (e) {
      return errnoOf(e);
    }
    const pos = base + offset;
    if (!(pos >= 0) || !Number.isSafeInteger(pos)) return -ERRNO.EINVAL;
    f.pos = pos;
    return pos;
  }

  fstat(fd: number): { size: number; mode: number; mtimeMs: number } | number {
    const f = this.files.get(fd);
    if (!f) return -ERRNO.EBADF;
    try {
      const st = fs.fstatSync(f.hostFd);
      return { size: st.size, mode: st.mode, mtimeMs: st.mtimeMs };
    } catch (e) {
      return errnoOf(e);
    }
  }

  closeAll(): void {
    for (const fd of [...this.files.keys()]) this.close(fd);
  }
}
