// RARS's console services (rars/riscv/syscalls/*.java), the numbers RISC-V course material uses.
// They behave as RARS does on the command line: input services read a whole line (as Java's
// readLine), output services print what RARS prints. Where RARS ends the program with an error
// (bad integer input, a negative sbrk), the run ends with an environment-call fault carrying
// RARS's message. RARS's 93 (Exit2), 57/62/63/64 (file calls) and 1024 (open) are the Linux
// calls of the same numbers, in linux.ts.

import type { EnvCallContext, HostFunction } from './types.js';
import { nowMs, randomWord, readCStringBytes, utf8 } from './guest-data.js';
import { stdinOf } from './stdin.js';

const A0 = 10, A1 = 11;
const decoder = new TextDecoder();

function print(ctx: EnvCallContext, text: string | Uint8Array): void {
  ctx.io.writeStdout(typeof text === 'string' ? utf8(text) : text);
}

/** The next input line as text (UTF-8 decoded); '' at end of input, as RARS's readLine fallback. */
function readLine(ctx: EnvCallContext): string {
  const line = stdinOf(ctx).readLine();
  return line ? decoder.decode(line) : '';
}

/** Java's String.trim: strips code units ≤ U+0020 at both ends. */
function javaTrim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 0x20) a++;
  while (b > a && s.charCodeAt(b - 1) <= 0x20) b--;
  return s.slice(a, b);
}

/** Java's Integer.parseInt for ASCII input: optional sign, decimal digits, within int32. */
export function parseJavaInt(s: string): number | undefined {
  if (!/^[+-]?[0-9]+$/.test(s)) return undefined;
  const v = Number(s);
  return v >= -0x80000000 && v <= 0x7fffffff ? v : undefined;
}

function readInt(ctx: EnvCallContext): void {
  const v = parseJavaInt(javaTrim(readLine(ctx)));
  if (v === undefined) ctx.fail('invalid integer input (syscall 5)');
  ctx.setReg(A0, v);
}

/**
 * RARS's ReadString: reads a line, keeps at most a1 - 1 characters of it (the rest of the line is
 * dropped), stores them, then a newline if there is room for one within a1 - 1 bytes, then a NUL.
 * With a1 = 1 only the NUL is stored; with a1 ≤ 0 nothing (the line is still consumed).
 */
function readString(ctx: EnvCallContext): void {
  const buf = ctx.reg(A0) >>> 0;
  let maxLength = ctx.reg(A1) - 1;
  let addNul = true;
  if (maxLength < 0) {
    maxLength = 0;
    addNul = false;
  }
  const line = readLine(ctx);
  const kept = utf8(line.length > maxLength ? line.slice(0, maxLength) : line);
  let n = Math.min(maxLength, kept.length);
  const out: number[] = Array.from(kept.subarray(0, n));
  if (n < maxLength) {
    out.push(10);
    n++;
  }
  if (addNul) out.push(0);
  ctx.writeBytes(buf, Uint8Array.from(out));
}

/** RARS's ReadChar reads a whole line and answers its first character (UTF-16 code unit); an empty line is an error. */
function readChar(ctx: EnvCallContext): void {
  const line = readLine(ctx);
  if (line.length === 0) ctx.fail('invalid char input (syscall 12)');
  ctx.setReg(A0, line.charCodeAt(0));
}

/**
 * RARS's Sbrk: answers the old heap end and moves it up by a0 rounded up to a multiple of 4.
 * A negative request, or one beyond the memory limit, ends the program as in RARS.
 */
function sbrk(ctx: EnvCallContext): void {
  const bytes = ctx.reg(A0);
  if (bytes < 0) ctx.fail(`request (${bytes}) is negative heap amount (syscall 9)`);
  const old = ctx.brk(0) >>> 0;
  let end = old + bytes;
  if (end % 4) end += 4 - (end % 4);
  if (end > 0xffffffff || ctx.brk(end) >>> 0 !== end) ctx.fail(`request (${bytes}) exceeds available heap storage (syscall 9)`);
  ctx.setReg(A0, old);
}

function time(ctx: EnvCallContext): void {
  const ms = Math.floor(nowMs(ctx));
  const high = Math.floor(ms / 0x1_0000_0000);
  ctx.setReg(A0, ms - high * 0x1_0000_0000);
  ctx.setReg(A1, high);
}

/** RARS's RandIntRange: uniform in [0, a1); a1 ≤ 0 is an error (Java's Random.nextInt(bound)). */
function randIntRange(ctx: EnvCallContext): void {
  const bound = ctx.reg(A1);
  if (bound <= 0) ctx.fail('Upper bound of range cannot be negative (syscall 42)');
  ctx.setReg(A0, Math.floor((randomWord(ctx) / 0x1_0000_0000) * bound));
}

const hex8 = (v: number): string => `0x${(v >>> 0).toString(16).padStart(8, '0')}`;
const bin32 = (v: number): string => (v >>> 0).toString(2).padStart(32, '0');

/** Formatting of the printing services, exported for tests and the debugger's console. */
export const RARS_FORMAT = { int: (v: number) => String(v | 0), hex: hex8, binary: bin32, unsigned: (v: number) => String(v >>> 0) };

export const RARS_CALLS: readonly HostFunction[] = [
  { name: 'PrintInt', number: 1, arity: 1, args: ['value'], call: (ctx) => print(ctx, RARS_FORMAT.int(ctx.reg(A0))),
    doc: 'RARS PrintInt: prints a0 as a signed decimal integer.' },
  { name: 'PrintString', number: 4, arity: 1, args: ['string'], call: (ctx) => print(ctx, readCStringBytes(ctx, ctx.reg(A0), Number.MAX_SAFE_INTEGER)!),
    doc: 'RARS PrintString: prints the NUL-terminated string at a0.' },
  { name: 'ReadInt', number: 5, arity: 0, args: [], call: readInt,
    doc: 'RARS ReadInt: reads a line and answers it in a0 as a decimal integer (surrounding blanks allowed; anything else ends the program with an error).' },
  { name: 'ReadString', number: 8, arity: 2, args: ['buffer', 'length'], call: readString,
    doc: 'RARS ReadString: reads a line into a0, like fgets with a1 bytes: at most a1 - 1 characters, then a newline if it fits, then a NUL. The rest of a longer line is dropped.' },
  { name: 'Sbrk', number: 9, arity: 1, args: ['bytes'], call: sbrk,
    doc: 'RARS Sbrk: allocates a0 bytes (rounded up to a multiple of 4) at the end of the heap; answers their address in a0.' },
  { name: 'Exit', number: 10, arity: 0, args: [], call: (ctx) => ctx.exit(0), doc: 'RARS Exit: ends the program with status 0.' },
  { name: 'PrintChar', number: 11, arity: 1, args: ['char'], call: (ctx) => print(ctx, Uint8Array.of(ctx.reg(A0) & 0xff)),
    doc: 'RARS PrintChar: prints the low byte of a0 (as the byte itself; RARS prints it as the code point U+00xx, which differs only above 0x7f).' },
  { name: 'ReadChar', number: 12, arity: 0, args: [], call: readChar,
    doc: 'RARS ReadChar: reads a line and answers its first character in a0 (an empty line ends the program with an error).' },
  { name: 'Time', number: 30, arity: 0, args: [], call: time,
    doc: 'RARS Time: milliseconds since 1 January 1970: low 32 bits in a0, high 32 bits in a1.' },
  { name: 'PrintIntHex', number: 34, arity: 1, args: ['value'], call: (ctx) => print(ctx, hex8(ctx.reg(A0))),
    doc: 'RARS PrintIntHex: prints a0 as 0x followed by 8 lowercase hex digits.' },
  { name: 'PrintIntBinary', number: 35, arity: 1, args: ['value'], call: (ctx) => print(ctx, bin32(ctx.reg(A0))),
    doc: 'RARS PrintIntBinary: prints a0 as 32 binary digits.' },
  { name: 'PrintIntUnsigned', number: 36, arity: 1, args: ['value'], call: (ctx) => print(ctx, RARS_FORMAT.unsigned(ctx.reg(A0))),
    doc: 'RARS PrintIntUnsigned: prints a0 as an unsigned decimal integer.' },
  { name: 'RandInt', number: 41, arity: 1, args: ['stream'], call: (ctx) => ctx.setReg(A0, randomWord(ctx) | 0),
    doc: 'RARS RandInt: a random 32-bit integer in a0 (a0 names RARS\'s generator; all share one here).' },
  { name: 'RandIntRange', number: 42, arity: 2, args: ['stream', 'bound'], call: randIntRange,
    doc: 'RARS RandIntRange: a random integer in [0, a1) in a0 (a1 must be positive).' },
];
