// A stand-in for the machine's EnvCallContext: 32 registers, a window of guest memory, a program
// break, and exits and faults as exceptions the tests can catch.

import type { EnvCallContext, HostFunction, HostIO } from '../../src/env/types.js';
import { memoryHostIO, type MemoryHostIO } from '../../src/env/memory-io.js';

export const MEM_BASE = 0x10000;
export const MEM_SIZE = 0x10000;
export const BRK_START = 0x18000;

export class GuestFault extends Error {}
export class GuestExit extends Error {
  constructor(readonly code: number) {
    super(`exit(${code})`);
  }
}
export class EnvFail extends Error {}

export const REG = { a0: 10, a1: 11, a2: 12, a3: 13, a4: 14, a5: 15, a7: 17, t0: 5, t1: 6 } as const;

export class FakeContext implements EnvCallContext {
  readonly regs = new Int32Array(32);
  readonly mem = new Uint8Array(MEM_SIZE);
  readonly state = new Map<string, unknown>();
  brkEnd = BRK_START;
  /** Stores made through store() (when enabled), for checking word-sized accesses. */
  readonly stores: Array<{ addr: number; size: number; value: number }> = [];
  store?: (addr: number, size: 1 | 2 | 4, value: number) => void;

  constructor(readonly io: HostIO = memoryHostIO(), readonly pc = 0x1000, withStore = false) {
    if (withStore) {
      this.store = (addr, size, value) => {
        if (addr % size) throw new GuestFault(`misaligned store at 0x${addr.toString(16)}`);
        this.stores.push({ addr, size, value });
        const b = new Uint8Array(size);
        for (let i = 0; i < size; i++) b[i] = (value >>> (8 * i)) & 0xff;
        this.writeBytes(addr, b);
      };
    }
  }

  reg(index: number): number {
    return index === 0 ? 0 : this.regs[index]!;
  }
  setReg(index: number, value: number): void {
    if (index !== 0) this.regs[index] = value | 0;
  }
  private offset(addr: number, length: number): number {
    const off = (addr >>> 0) - MEM_BASE;
    if (off < 0 || off + length > MEM_SIZE) throw new GuestFault(`access at 0x${(addr >>> 0).toString(16)} (+${length})`);
    return off;
  }
  readBytes(addr: number, length: number): Uint8Array {
    const off = this.offset(addr, length);
    return this.mem.slice(off, off + length);
  }
  writeBytes(addr: number, bytes: Uint8Array): void {
    this.mem.set(bytes, this.offset(addr, bytes.length));
  }
  readCString(addr: number, max = 1 << 20): string {
    let s = '';
    for (let i = 0; i < max; i++) {
      const b = this.readBytes(addr + i, 1)[0]!;
      if (b === 0) break;
      s += String.fromCharCode(b);
    }
    return s;
  }
  brk(addr: number): number {
    addr >>>= 0;
    if (addr >= BRK_START && addr <= MEM_BASE + MEM_SIZE) this.brkEnd = addr;
    return this.brkEnd;
  }
  exit(code: number): never {
    throw new GuestExit(code);
  }
  fail(message: string): never {
    throw new EnvFail(message);
  }

  // ---- helpers for tests ----
  poke(addr: number, data: Uint8Array | string): number {
    this.writeBytes(addr, typeof data === 'string' ? new TextEncoder().encode(data) : data);
    return addr;
  }
  cstring(addr: number, text: string): number {
    return this.poke(addr, new TextEncoder().encode(`${text}\0`));
  }
  u32(addr: number): number {
    return new DataView(this.mem.buffer).getUint32(addr - MEM_BASE, true);
  }
  i64(addr: number): bigint {
    return new DataView(this.mem.buffer).getBigInt64(addr - MEM_BASE, true);
  }
  set(values: Partial<Record<keyof typeof REG, number>>): this {
    for (const [k, v] of Object.entries(values)) this.setReg(REG[k as keyof typeof REG], v);
    return this;
  }
  get a0(): number {
    return this.reg(REG.a0);
  }
}

export function fake(options: { stdin?: string | Uint8Array; now?: () => number; random?: () => number; withStore?: boolean } = {}): { ctx: FakeContext; io: MemoryHostIO } {
  const io = memoryHostIO({ ...(options.stdin !== undefined ? { stdin: options.stdin } : {}), ...(options.now ? { now: options.now } : {}), ...(options.random ? { random: options.random } : {}) });
  return { ctx: new FakeContext(io, 0x1000, options.withStore ?? false), io };
}

/** Calls a host function; answers a0 afterwards. */
export function call(fn: HostFunction | undefined, ctx: FakeContext): number {
  if (!fn) throw new Error('no such host function');
  fn.call(ctx);
  return ctx.a0;
}
