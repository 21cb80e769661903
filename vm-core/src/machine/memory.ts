// Guest memory: a sparse, paged 32-bit space. Pages are 4 KiB and carry read/write/execute
// permissions; a page's bytes are allocated on first touch, within the memory limit. The fast
// loop reads `pages` and the two ready-maps directly; everything unusual (first touch,
// misalignment, faults, stores into decoded code) goes through the slow paths here.

import { fault } from './chip.js';

export const PAGE_SHIFT = 12;
export const PAGE_SIZE = 1 << PAGE_SHIFT;
export const PAGE_MASK = PAGE_SIZE - 1;
const PAGE_COUNT = 1 << (32 - PAGE_SHIFT);

export const PERM = { R: 1, W: 2, X: 4 } as const;

export class Page {
  readonly u8: Uint8Array;
  readonly i32: Int32Array;
  readonly u16: Uint16Array;
  constructor() {
    const buffer = new ArrayBuffer(PAGE_SIZE);
    this.u8 = new Uint8Array(buffer);
    this.i32 = new Int32Array(buffer);
    this.u16 = new Uint16Array(buffer);
  }
}

/** Told when a store lands on a page that holds decoded instructions, so it can forget them. */
export type CodeWriteListener = (page: number, offset: number, size: number) => void;

/** Told of each access to a watched page: before a store, `previous` is what the bytes held. */
export type WatchListener = (addr: number, size: number, write: boolean, value: number, previous: number) => void;

export class Memory {
  /** Allocated pages by page number; undefined where nothing was touched yet. */
  readonly pages: (Page | undefined)[];
  readonly perm = new Uint8Array(PAGE_COUNT);
  /** 1 where loads may go straight to `pages`: allocated and readable. */
  readonly readReady = new Uint8Array(PAGE_COUNT);
  /** 1 where stores may go straight to `pages`: allocated, writable, and holding no decoded code. */
  readonly writeReady = new Uint8Array(PAGE_COUNT);
  /** Pages with decoded instructions (see Machine's decode cache). */
  readonly codePages = new Uint8Array(PAGE_COUNT);
  allocatedBytes = 0;
  strictAlign = false;
  onCodeWrite: CodeWriteListener | undefined;
  /**
   * Debugger watchpoints: pages flagged here are never ready, so every access to them takes the
   * slow paths below, which tell `onWatch` about it (fast mode is untouched while it is unset).
   */
  watchedPages: Uint8Array | undefined;
  onWatch: WatchListener | undefined;
  /**
   * Dirty-page tracking for snapshots (see snapshot.ts): while set, a page flagged 1 here is
   * clean (unchanged since the last snapshot) and not write-ready, so the first store to it
   * takes the slow path, which flags it dirty and lists it in `dirtyList`.
   */
  cleanPages: Uint8Array | undefined;
  readonly dirtyList: number[] = [];
  /** Numbers of the allocated pages. */
  readonly allocatedPages = new Set<number>();
  /** Bumped whenever permissions change (map, unmap). */
  permVersion = 0;

  constructor(readonly maxBytes: number) {
    // A packed array of a million slots: holey `new Array(n)` of this size would be a dictionary.
    this.pages = new Array<Page | undefined>(PAGE_COUNT).fill(undefined);
  }

  /** Grants permissions on [start, end); pages are allocated lazily. Overlapping grants add up. */
  map(start: number, end: number, perm: number): void {
    if (end <= start) return;
    const first = start >>> PAGE_SHIFT;
    const last = (end - 1) >>> PAGE_SHIFT;
    for (let p = first; p <= last; p++) {
      this.perm[p] = this.perm[p]! | perm;
      this.refresh(p);
    }
    this.permVersion++;
  }

  /** Removes every permission on [start, end) and frees the pages (brk shrinking). */
  unmap(start: number, end: number): void {
    if (end <= start) return;
    for (let p = start >>> PAGE_SHIFT; p <= (end - 1) >>> PAGE_SHIFT; p++) {
      this.perm[p] = 0;
      if (this.pages[p]) {
        this.pages[p] = undefined;
        this.allocatedPages.delete(p);
        this.allocatedBytes -= PAGE_SIZE;
        this.markDirty(p);
      }
      this.refresh(p);
    }
    this.permVersion++;
  }

  /** Flags page p as changed since the last snapshot (see cleanPages). */
  markDirty(p: number): void {
    const clean = this.cleanPages;
    if (clean === undefined || !clean[p]) return;
    clean[p] = 0;
    this.dirtyList.push(p);
    this.refresh(p);
  }

  isMapped(addr: number): boolean {
    return this.perm[addr >>> PAGE_SHIFT]! !== 0;
  }

  permissions(addr: number): number {
    return this.perm[addr >>> PAGE_SHIFT]!;
  }

  refresh(p: number): void {
    const page = this.pages[p];
    const perm = this.perm[p]!;
    const watched = this.watchedPages?.[p] === 1;
    this.readReady[p] = page && perm & PERM.R && !watched ? 1 : 0;
    this.writeReady[p] = page && perm & PERM.W && !this.codePages[p] && !watched && this.cleanPages?.[p] !== 1 ? 1 : 0;
  }

  markCode(p: number): void {
    if (this.codePages[p]) return;
    this.codePages[p] = 1;
    this.refresh(p);
  }

  /** The page holding `addr`, allocated if its permissions allow (any), or undefined when unmapped. */
  page(p: number): Page | undefined {
    let page = this.pages[p];
    if (page) return page;
    if (!this.perm[p]) return undefined;
    if (this.allocatedBytes + PAGE_SIZE > this.maxBytes) {
      throw fault('memory-limit', `guest memory limit of ${this.maxBytes} bytes reached`, p << PAGE_SHIFT);
    }
    page = new Page();
    this.pages[p] = page;
    this.allocatedPages.add(p);
    this.allocatedBytes += PAGE_SIZE;
    if (this.cleanPages !== undefined) {
      // A page born after a snapshot is not in it: list it so the next snapshot copies it.
      this.cleanPages[p] = 1;
      this.markDirty(p);
    }
    this.refresh(p);
    return page;
  }

  /** Copies bytes in at load time, ignoring permissions. */
  poke(addr: number, bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; ) {
      const a = (addr + i) >>> 0;
      const page = this.page(a >>> PAGE_SHIFT);
      if (!page) throw new Error(`poke into unmapped memory at 0x${a.toString(16)}`);
      const off = a & PAGE_MASK;
      const n = Math.min(PAGE_SIZE - off, bytes.length - i);
      this.markDirty(a >>> PAGE_SHIFT);
      page.u8.set(bytes.subarray(i, i + n), off);
      i += n;
    }
  }

  /** Reads bytes ignoring permissions (debugger views, error messages); unmapped bytes read as undefined. */
  peek(addr: number, length: number): Uint8Array | undefined {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      const a = (addr + i) >>> 0;
      const p = a >>> PAGE_SHIFT;
      if (!this.perm[p]) return undefined;
      out[i] = this.pages[p]?.u8[a & PAGE_MASK] ?? 0;
    }
    return out;
  }

  peekWord(addr: number): number | undefined {
    const b = this.peek(addr, 4);
    return b ? (b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) >>> 0 : undefined;
  }

  /** A checked guest load: zero-extended for 1 and 2 bytes, the signed word for 4. */
  load(addr: number, size: 1 | 2 | 4): number {
    addr >>>= 0;
    if (this.watchedPages !== undefined && this.watches(addr, size)) {
      const v = this.loadUnwatched(addr, size);
      this.onWatch?.(addr, size, false, size === 4 ? v >>> 0 : v, size === 4 ? v >>> 0 : v);
      return v;
    }
    return this.loadUnwatched(addr, size);
  }

  private watches(addr: number, size: number): boolean {
    return this.watchedPages![addr >>> PAGE_SHIFT] === 1 || this.watchedPages![((addr + size - 1) >>> 0) >>> PAGE_SHIFT] === 1;
  }

  private loadUnwatched(addr: number, size: 1 | 2 | 4): number {
    const off = addr & PAGE_MASK;
    if ((addr & (size - 1)) === 0) {
      const page = this.readablePage(addr);
      return size === 4 ? page.i32[off >> 2]! : size === 2 ? page.u16[off >> 1]! : page.u8[off]!;
    }
    if (this.strictAlign) throw fault('misaligned-load', `misaligned ${size}-byte load from 0x${hex(addr)}`, addr);
    // Linux user mode emulates misaligned accesses; each byte is checked on its own page.
    let v = 0;
    for (let i = 0; i < size; i++) {
      const a = (addr + i) >>> 0;
      v |= this.readablePage(a).u8[a & PAGE_MASK]! << (8 * i);
    }
    return size === 4 ? v | 0 : v >>> 0;
  }

  store(addr: number, size: 1 | 2 | 4, value: number): void {
    addr >>>= 0;
    if (this.watchedPages !== undefined && this.watches(addr, size)) {
      const before = this.peek(addr, size);
      this.storeUnwatched(addr, size, value);
      let previous = 0;
      for (let i = 0; i < size; i++) previous |= before![i]! << (8 * i);
      const mask = size === 4 ? 0xffffffff : size === 2 ? 0xffff : 0xff;
      this.onWatch?.(addr, size, true, (value & mask) >>> 0, previous >>> 0);
      return;
    }
    this.storeUnwatched(addr, size, value);
  }

  private storeUnwatched(addr: number, size: 1 | 2 | 4, value: number): void {
    const off = addr & PAGE_MASK;
    if ((addr & (size - 1)) === 0) {
      const p = addr >>> PAGE_SHIFT;
      const page = this.writablePage(addr);
      if (size === 4) page.i32[off >> 2] = value;
      else if (size === 2) page.u16[off >> 1] = value;
      else page.u8[off] = value;
      if (this.codePages[p]) this.onCodeWrite?.(p, off, size);
      return;
    }
    if (this.strictAlign) throw fault('misaligned-store', `misaligned ${size}-byte store to 0x${hex(addr)}`, addr);
    // Check every byte before writing any, so a faulting store changes nothing.
    for (let i = 0; i < size; i++) this.writablePage((addr + i) >>> 0);
    for (let i = 0; i < size; i++) {
      const a = (addr + i) >>> 0;
      const p = a >>> PAGE_SHIFT;
      this.pages[p]!.u8[a & PAGE_MASK] = value >>> (8 * i);
      if (this.codePages[p]) this.onCodeWrite?.(p, a & PAGE_MASK, 1);
    }
  }

  private readablePage(addr: number): Page {
    const p = addr >>> PAGE_SHIFT;
    const perm = this.perm[p]!;
    if (!(perm & PERM.R)) {
      throw fault('load-fault', perm ? `load from 0x${hex(addr)}: page is not readable` : `load from unmapped address 0x${hex(addr)}`, addr);
    }
    return this.page(p)!;
  }

  private writablePage(addr: number): Page {
    const p = addr >>> PAGE_SHIFT;
    const perm = this.perm[p]!;
    if (!(perm & PERM.W)) {
      const why = !perm ? 'unmapped address' : perm & PERM.X ? 'read-only memory (code segment) at' : 'read-only memory at';
      throw fault('store-fault', `store to ${why} 0x${hex(addr)}`, addr);
    }
    const page = this.page(p)!;
    if (this.cleanPages?.[p] === 1) this.markDirty(p);
    return page;
  }
}

export function hex(v: number): string {
  return (v >>> 0).toString(16).padStart(8, '0');
}
