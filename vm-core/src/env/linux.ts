// The `linux` environment: the system calls riscv*-unknown-elf programs make through newlib's
// libgloss (which uses Linux's generic syscall numbers, plus riscv-pk's 1024 for open), with Linux
// semantics and -errno results, merged with RARS's console services (rars.ts) that course material
// uses. The two tables do not share a number; module load checks it.

import type { EnvCallContext, Environment, HostFunction } from './types.js';
import { ERRNO } from './errno.js';
import { StructBytes, nowMs } from './guest-data.js';
import { LINUX_FILE_CALLS } from './linux-files.js';
import { RARS_CALLS } from './rars.js';

const A0 = 10, A1 = 11;

/** The 16 bytes of { i64 seconds; i64 fraction }. newlib's riscv32 timeval/timespec is { i64; i32; pad }, which reads the same. */
function timePair(seconds: number, fraction: number): Uint8Array {
  return new StructBytes(16).i64(0, seconds).i64(8, fraction).bytes;
}

function splitMs(ms: number): { sec: number; subMs: number } {
  const sec = Math.floor(ms / 1000);
  return { sec, subMs: ms - sec * 1000 };
}

function gettimeofday(ctx: EnvCallContext): void {
  const tv = ctx.reg(A0) >>> 0;
  const tz = ctx.reg(A1) >>> 0;
  const { sec, subMs } = splitMs(nowMs(ctx));
  if (tv) ctx.writeBytes(tv, timePair(sec, Math.floor(subMs * 1000)));
  if (tz) ctx.writeBytes(tz, new Uint8Array(8)); // UTC: tz_minuteswest = tz_dsttime = 0
  ctx.setReg(A0, 0);
}

/** CLOCK_REALTIME … CLOCK_BOOTTIME; all read the host clock. */
const KNOWN_CLOCKS = 8;

function clockGettime(ctx: EnvCallContext): void {
  const clock = ctx.reg(A0);
  if (clock < 0 || clock >= KNOWN_CLOCKS) return ctx.setReg(A0, -ERRNO.EINVAL);
  const { sec, subMs } = splitMs(nowMs(ctx));
  ctx.writeBytes(ctx.reg(A1) >>> 0, timePair(sec, Math.floor(subMs * 1e6)));
  ctx.setReg(A0, 0);
}

/** The ids the guest process sees: one process, run by an ordinary user. */
const IDS = { getpid: 1000, getppid: 1, getuid: 1000, geteuid: 1000, getgid: 1000, getegid: 1000, gettid: 1000 } as const;

const clockDoc = 'clock_gettime(clockid, tp) → 0 or -EINVAL; writes { i64 tv_sec; i64 tv_nsec } (newlib\'s riscv32 timespec { i64; i32; pad } reads the same). Clocks 0..7 all read the host clock.';

const PROCESS_CALLS: readonly HostFunction[] = [
  { name: 'exit', number: 93, arity: 1, args: ['status'], call: (ctx) => ctx.exit(ctx.reg(A0)),
    doc: 'exit(status): ends the program; the exit status is status & 0xff. Also RARS\'s Exit2.' },
  { name: 'exit_group', number: 94, arity: 1, args: ['status'], call: (ctx) => ctx.exit(ctx.reg(A0)),
    doc: 'exit_group(status): ends the program, like exit.' },
  { name: 'clock_gettime', number: 113, arity: 2, args: ['clockid', 'tp'], call: clockGettime, doc: clockDoc },
  { name: 'gettimeofday', number: 169, arity: 2, args: ['tv', 'tz'], call: gettimeofday,
    doc: 'gettimeofday(tv, tz) → 0; writes { i64 tv_sec; i64 tv_usec } at tv (newlib\'s riscv32 timeval reads the same) and zeros at tz when they are not NULL.' },
  ...(['getpid', 'getppid', 'getuid', 'geteuid', 'getgid', 'getegid', 'gettid'] as const).map((name, i): HostFunction => ({
    name, number: 172 + i, arity: 0, args: [], call: (ctx) => ctx.setReg(A0, IDS[name]),
    doc: `${name}() → ${IDS[name]}: the guest is process ${IDS.getpid} of user and group ${IDS.getuid}.`,
  })),
  { name: 'brk', number: 214, arity: 1, args: ['addr'], call: (ctx) => ctx.setReg(A0, ctx.brk(ctx.reg(A0))),
    doc: 'brk(addr) → the program break: moved to addr when possible, unchanged otherwise (brk(0) asks for it).' },
  { name: 'clock_gettime64', number: 403, arity: 2, args: ['clockid', 'tp'], call: clockGettime,
    doc: `${clockDoc} riscv32 Linux's number, which libgloss's gettimeofday uses on riscv32.` },
];

function table(...groups: ReadonlyArray<readonly HostFunction[]>): Map<number, HostFunction> {
  const out = new Map<number, HostFunction>();
  for (const group of groups) {
    for (const fn of group) {
      const taken = out.get(fn.number);
      if (taken) throw new Error(`environment call ${fn.number} is both ${taken.name} and ${fn.name}`);
      out.set(fn.number, fn);
    }
  }
  return out;
}

/** Linux/libgloss calls by number (RARS's excluded). */
export const LINUX_CALLS: ReadonlyMap<number, HostFunction> = table(LINUX_FILE_CALLS, PROCESS_CALLS);

export const linux: Environment = {
  name: 'linux',
  description: 'Linux user mode as riscv*-unknown-elf programs see it through newlib/libgloss (read, write, openat, close, lseek, fstat, brk, exit, gettimeofday, clock_gettime, getpid …), plus RARS\'s console services (a7 = 1, 4, 5, 8 … 42).',
  // Throws at module load if a RARS number were also a Linux one.
  ecalls: table(LINUX_FILE_CALLS, PROCESS_CALLS, RARS_CALLS),
  allowsEcall: true,
  allowsCsr: true,
  strictAlign: false,
};
