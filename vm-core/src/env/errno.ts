// The numbers guests and hosts agree on: Linux errno values (returned negated in a0), the open(2)
// flags of the generic Linux ABI (riscv32/64) and of newlib, and the file-type bits of st_mode.

/** Linux errno values (include/uapi/asm-generic/errno-base.h), the same on every RISC-V. */
export const ERRNO = {
  EPERM: 1,
  ENOENT: 2,
  EIO: 5,
  EBADF: 9,
  ENOMEM: 12,
  EACCES: 13,
  EFAULT: 14,
  EEXIST: 17,
  ENOTDIR: 20,
  EISDIR: 21,
  EINVAL: 22,
  ENFILE: 23,
  EMFILE: 24,
  EFBIG: 27,
  ENOSPC: 28,
  ESPIPE: 29,
  EROFS: 30,
  ENAMETOOLONG: 36,
  ENOSYS: 38,
  ELOOP: 40,
} as const;

/** open(2) flags of the generic Linux ABI (include/uapi/asm-generic/fcntl.h), which riscv32 and riscv64 Linux use. */
export const LINUX_O = {
  RDONLY: 0,
  WRONLY: 1,
  RDWR: 2,
  ACCMODE: 3,
  CREAT: 0x40,
  EXCL: 0x80,
  NOCTTY: 0x100,
  TRUNC: 0x200,
  APPEND: 0x400,
  NONBLOCK: 0x800,
  DIRECTORY: 0x10000,
  NOFOLLOW: 0x20000,
  CLOEXEC: 0x80000,
} as const;

/**
 * open(2) flags as newlib defines them (sys/_default_fcntl.h), which riscv*-unknown-elf programs
 * pass to libgloss's `open` (syscall 1024) unchanged, and which RARS's open service also reads.
 */
export const NEWLIB_O = {
  RDONLY: 0,
  WRONLY: 1,
  RDWR: 2,
  APPEND: 0x8,
  CREAT: 0x200,
  TRUNC: 0x400,
  EXCL: 0x800,
} as const;

/** Converts newlib's open flags to Linux's (the access mode is the same; other bits move). */
export function newlibToLinuxFlags(flags: number): number {
  let out = flags & LINUX_O.ACCMODE;
  if (flags & NEWLIB_O.APPEND) out |= LINUX_O.APPEND;
  if (flags & NEWLIB_O.CREAT) out |= LINUX_O.CREAT;
  if (flags & NEWLIB_O.TRUNC) out |= LINUX_O.TRUNC;
  if (flags & NEWLIB_O.EXCL) out |= LINUX_O.EXCL;
  return out;
}

/** openat's "relative to the current directory" (the guest's current directory is the fs root). */
export const AT_FDCWD = -100;

export const SEEK = { SET: 0, CUR: 1, END: 2 } as const;

/** st_mode file types. */
export const S_IF = { MT: 0o170000, REG: 0o100000, DIR: 0o040000, CHR: 0o020000, FIFO: 0o010000, LNK: 0o120000 } as const;
