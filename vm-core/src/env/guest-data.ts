// Bytes between host functions and guest memory: little-endian structs to write back, strings to
// read, output to send. Everything goes through the EnvCallContext, so traced runs record it.

import type { EnvCallContext } from './types.js';

/** A little-endian struct being filled in, as the guest will read it. */
export class StructBytes {
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  constructor(size: number) {
    this.bytes = new Uint8Array(size);
    this.view = new DataView(this.bytes.buffer);
  }
  u32(offset: number, value: number): this {
    this.view.setUint32(offset, value >>> 0, true);
    return this;
  }
  /** A 64-bit field from a JS integer (exact up to 2^53; negative values in two's complement). */
  i64(offset: number, value: number): this {
    this.view.setBigInt64(offset, BigInt(Math.trunc(value)), true);
    return this;
  }
}

/** Guest memory is read in pieces that never cross a 256-byte boundary, so never a page boundary. */
const PIECE = 256;

/**
 * The bytes of the NUL-terminated string at addr (without the NUL), or undefined when no NUL comes
 * within `max` bytes. Reads stop at the NUL, so a string ending just before unmapped memory is fine.
 */
export function readCStringBytes(ctx: EnvCallContext, addr: number, max: number): Uint8Array | undefined {
  const parts: Uint8Array[] = [];
  let total = 0;
  let a = addr >>> 0;
  while (total < max) {
    const n = Math.min(PIECE - (a % PIECE), max - total);
    const piece = ctx.readBytes(a, n);
    const nul = piece.indexOf(0);
    if (nul >= 0) {
      parts.push(piece.subarray(0, nul));
      return concat(parts, total + nul);
    }
    parts.push(piece);
    total += n;
    a = (a + n) >>> 0;
  }
  return undefined;
}

/** Calls `each` with consecutive chunks of guest memory [addr, addr + length), at most `chunk` bytes each. Stops when `each` answers false. */
export function forEachChunk(ctx: EnvCallContext, addr: number, length: number, chunk: number, each: (bytes: Uint8Array) => boolean): void {
  for (let done = 0; done < length;) {
    const n = Math.min(chunk, length - done);
    if (!each(ctx.readBytes((addr + done) >>> 0, n))) return;
    done += n;
  }
}

export function concat(parts: readonly Uint8Array[], total = parts.reduce((n, p) => n + p.length, 0)): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const encoder = new TextEncoder();

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** A uniformly random unsigned 32-bit integer from the host, or from Math.random. */
export function randomWord(ctx: EnvCallContext): number {
  const r = ctx.io.random;
  return r ? r() >>> 0 : Math.floor(Math.random() * 0x1_0000_0000) >>> 0;
}

/** The host clock in milliseconds since the epoch. */
export function nowMs(ctx: EnvCallContext): number {
  return ctx.io.now ? ctx.io.now() : Date.now();
}

/** Stores a 32-bit word the way the guest's sw would when the context can, else as four bytes. */
export function storeWord(ctx: EnvCallContext, addr: number, value: number): void {
  if (ctx.store) ctx.store(addr >>> 0, 4, value | 0);
  else ctx.writeBytes(addr >>> 0, new StructBytes(4).u32(0, value).bytes);
}
