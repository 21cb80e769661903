// The two ways adapters reach machine state. DirectIO goes straight to registers and memory (fast
// mode, for chips the fast loop does not specialize). MemoryController is OpenVM's: every access
// advances the global timestamp and is recorded with the value and timestamp it replaces.

import { GuestTrap, SPACE, type AdapterIO, type Insn } from './chip.js';
import { PAGE_MASK, PAGE_SHIFT, type Memory } from './memory.js';
import type { Trace } from './trace.js';

/** What both IO flavours delegate to the machine. */
export interface MachineHooks {
  envCall(io: AdapterIO, kind: string, selector: number, pc: number, insn?: Insn): void;
  counter(which: 'cycle' | 'time' | 'instret'): bigint;
  reveal(index: number, byte: number): void;
  publicByte(index: number): number;
}

export class DirectIO implements AdapterIO {
  constructor(
    private readonly x: Int32Array,
    private readonly memory: Memory,
    private readonly hooks: MachineHooks,
  ) {}
  readReg(index: number): number {
    return this.x[index]!;
  }
  writeReg(index: number, value: number): void {
    if (index !== 0) this.x[index] = value;
  }
  load(addr: number, size: 1 | 2 | 4): number {
    return this.memory.load(addr, size);
  }
  store(addr: number, size: 1 | 2 | 4, value: number): void {
    this.memory.store(addr, size, value);
  }
  reveal(index: number, byte: number): void {
    this.hooks.reveal(index, byte);
  }
  envCall(kind: string, selector: number, pc: number, insn?: Insn): void {
    this.hooks.envCall(this, kind, selector, pc, insn);
  }
  counter(which: 'cycle' | 'time' | 'instret'): bigint {
    return this.hooks.counter(which);
  }
  terminate(code: number): void {
    throw new GuestTrap('terminate', undefined, `terminated with code ${code}`, undefined, code);
  }
}

export class MemoryController implements AdapterIO {
  /** Timestamp of the last access to each register, and to each aligned memory word (per page). */
  private readonly regTs = new Uint32Array(32);
  private readonly memTs: (Uint32Array | undefined)[] = [];
  private readonly pubTs = new Map<number, number>();

  constructor(
    private readonly x: Int32Array,
    private readonly memory: Memory,
    private readonly hooks: MachineHooks,
    readonly trace: Trace,
  ) {}

  get timestamp(): number {
    return this.trace.recordCount;
  }

  readReg(index: number): number {
    const v = this.x[index]!;
    this.regTs[index] = this.trace.record(SPACE.REGISTER, 4, false, index * 4, v >>> 0, v >>> 0, this.regTs[index]!);
    return v;
  }

  writeReg(index: number, value: number): void {
    if (index === 0) return;
    const prev = this.x[index]!;
    this.x[index] = value;
    this.regTs[index] = this.trace.record(SPACE.REGISTER, 4, true, index * 4, value >>> 0, prev >>> 0, this.regTs[index]!);
  }

  load(addr: number, size: 1 | 2 | 4): number {
    addr >>>= 0;
    if (addr & (size - 1) && !this.memory.strictAlign) {
      // A misaligned access is recorded byte by byte: each byte may lie in another word (or page).
      let v = 0;
      for (let i = 0; i < size; i++) v |= this.load((addr + i) >>> 0, 1) << (8 * i);
      return size === 4 ? v | 0 : v >>> 0;
    }
    const v = this.memory.load(addr, size);
    const u = size === 4 ? v >>> 0 : v;
    this.stamp(addr, this.trace.record(SPACE.MEMORY, size, false, addr, u, u, this.lastStamp(addr)));
    return v;
  }

  store(addr: number, size: 1 | 2 | 4, value: number): void {
    addr >>>= 0;
    if (addr & (size - 1) && !this.memory.strictAlign) {
      // Check the whole access first so that a fault leaves memory (and the trace) untouched.
      const before: number[] = [];
      for (let i = 0; i < size; i++) before.push(this.peek((addr + i) >>> 0, 1));
      this.memory.store(addr, size, value);
      for (let i = 0; i < size; i++) {
        const a = (addr + i) >>> 0;
        this.stamp(a, this.trace.record(SPACE.MEMORY, 1, true, a, (value >>> (8 * i)) & 0xff, before[i]!, this.lastStamp(a)));
      }
      return;
    }
    const prev = this.peek(addr, size);
    this.memory.store(addr, size, value);
    const mask = size === 4 ? 0xffffffff : size === 2 ? 0xffff : 0xff;
    this.stamp(addr, this.trace.record(SPACE.MEMORY, size, true, addr, (value & mask) >>> 0, prev, this.lastStamp(addr)));
  }

  reveal(index: number, byte: number): void {
    const prev = this.hooks.publicByte(index);
    this.hooks.reveal(index, byte);
    this.pubTs.set(index, this.trace.record(SPACE.PUBLIC, 1, true, index, byte & 0xff, prev, this.pubTs.get(index) ?? 0));
  }

  envCall(kind: string, selector: number, pc: number, insn?: Insn): void {
    this.hooks.envCall(this, kind, selector, pc, insn);
  }

  counter(which: 'cycle' | 'time' | 'instret'): bigint {
    return this.hooks.counter(which);
  }

  terminate(code: number): void {
    throw new GuestTrap('terminate', undefined, `terminated with code ${code}`, undefined, code);
  }

  private peek(addr: number, size: number): number {
    let v = 0;
    for (let i = 0; i < size; i++) {
      const a = (addr + i) >>> 0;
      v |= (this.memory.pages[a >>> PAGE_SHIFT]?.u8[a & PAGE_MASK] ?? 0) << (8 * i);
    }
    return v >>> 0;
  }

  private lastStamp(addr: number): number {
    return this.memTs[addr >>> PAGE_SHIFT]?.[(addr & PAGE_MASK) >>> 2] ?? 0;
  }

  private stamp(addr: number, ts: number): void {
    const p = addr >>> PAGE_SHIFT;
    let t = this.memTs[p];
    if (!t) this.memTs[p] = t = new Uint32Array(1 << (PAGE_SHIFT - 2));
    t[(addr & PAGE_MASK) >>> 2] = ts;
  }
}
