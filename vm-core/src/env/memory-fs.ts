// A GuestFileSystem over an in-memory map of files, for tests and the debugger: the same fd and
// flag semantics as the CLI's file system below --fs-root, without touching the disk. Directories
// are implicit: any path below the root may be created.

import type { GuestFileSystem } from './types.js';
import { ERRNO, LINUX_O, S_IF, SEEK } from './errno.js';
import { concat, utf8 } from './guest-data.js';
import { normalizeGuestPath } from './guest-path.js';

interface OpenFile {
  path: string;
  pos: number;
  readable: boolean;
  writable: boolean;
  append: boolean;
}

export interface MemoryFileSystem extends GuestFileSystem {
  /** The file's bytes now, or undefined when it does not exist. */
  file(path: string): Uint8Array | undefined;
  /** Guest fds still open. */
  openFds(): number[];
}

const MAX_OPEN = 64;

export function memoryFileSystem(initial: Record<string, Uint8Array | string> = {}): MemoryFileSystem {
  const files = new Map<string, Uint8Array>();
  for (const [p, data] of Object.entries(initial)) {
    const key = normalizeGuestPath(p);
    if (key) files.set(key, typeof data === 'string' ? utf8(data) : data.slice());
  }
  const fds = new Map<number, OpenFile>();
  const get = (fd: number): OpenFile | undefined => fds.get(fd);

  return {
    open(path, flags, _mode) {
      const key = normalizeGuestPath(path);
      if (key === undefined) return -ERRNO.EACCES;
      if (key === '') return -ERRNO.EISDIR;
      const acc = flags & LINUX_O.ACCMODE;
      if (acc === 3) return -ERRNO.EINVAL;
      const exists = files.has(key);
      if (exists && flags & LINUX_O.CREAT && flags & LINUX_O.EXCL) return -ERRNO.EEXIST;
      if (!exists && !(flags & LINUX_O.CREAT)) return -ERRNO.ENOENT;
      if (fds.size >= MAX_OPEN) return -ERRNO.EMFILE;
      const writable = acc !== LINUX_O.RDONLY;
      if (!exists || (flags & LINUX_O.TRUNC && writable)) files.set(key, new Uint8Array(0));
      let fd = 3;
      while (fds.has(fd)) fd++;
      fds.set(fd, { path: key, pos: 0, readable: acc !== LINUX_O.WRONLY, writable, append: (flags & LINUX_O.APPEND) !== 0 });
      return fd;
    },
    read(fd, max) {
      const f = get(fd);
      if (!f || !f.readable) return -ERRNO.EBADF;
      const data = files.get(f.path) ?? new Uint8Array(0);
      const chunk = data.slice(f.pos, f.pos + max);
      f.pos += chunk.length;
      return chunk;
    },
    write(fd, bytes) {
      const f = get(fd);
      if (!f || !f.writable) return -ERRNO.EBADF;
      let data = files.get(f.path) ?? new Uint8Array(0);
      if (f.append) f.pos = data.length;
      if (f.pos + bytes.length > data.length) data = concat([data, new Uint8Array(f.pos + bytes.length - data.length)]);
      data.set(bytes, f.pos);
      files.set(f.path, data);
      f.pos += bytes.length;
      return bytes.length;
    },
    close(fd) {
      return fds.delete(fd) ? 0 : -ERRNO.EBADF;
    },
    lseek(fd, offset, whence) {
      const f = get(fd);
      if (!f) return -ERRNO.EBADF;
      const size = files.get(f.path)?.length ?? 0;
      const base = whence === SEEK.SET ? 0 : whence === SEEK.CUR ? f.pos : whence === SEEK.END ? size : NaN;
      const pos = base + offset;
      if (!(pos >= 0)) return -ERRNO.EINVAL;
      f.pos = pos;
      return pos;
    },
    fstat(fd) {
      const f = get(fd);
      if (!f) return -ERRNO.EBADF;
      return { size: files.get(f.path)?.length ?? 0, mode: S_IF.REG | 0o644 };
    },
    closeAll() {
      fds.clear();
    },
    file: (path) => {
      const key = normalizeGuestPath(path);
      return key === undefined ? undefined : files.get(key)?.slice();
    },
    openFds: () => [...fds.keys()].sort((a, b) => a - b),
  };
}
