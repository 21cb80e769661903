// Snapshots of a whole machine, for a debugger's step back: restore the nearest snapshot before a
// point, then run forward to it. Memory is saved incrementally: once tracking is on, pages are
// write-protected for the fast loop after each snapshot (Memory.cleanPages), the first store to
// each takes the slow path and lists the page as dirty, and the next snapshot copies only the
// dirty pages, sharing the copies of the others with the snapshot before it (its base: the last
// snapshot taken of, or restored into, the machine). Copies are never written after they are made.

import type { CpuState, Machine } from './machine.js';
import { Page, PAGE_SHIFT, type Memory } from './memory.js';

export interface MachineSnapshot {
  readonly instret: number;
  readonly cpu: CpuState;
  /** Page number → its bytes, for every allocated page. Shared between snapshots; never mutated. */
  readonly pages: ReadonlyMap<number, Uint8Array>;
  /** Permissions of every page, shared while they do not change. */
  readonly perm: Uint8Array;
  readonly permVersion: number;
  readonly allocatedBytes: number;
}

const PAGE_COUNT = 1 << (32 - PAGE_SHIFT);
/** The snapshot each tracked machine's clean pages are relative to. */
const bases = new WeakMap<Machine, MachineSnapshot>();

/** Takes a snapshot. The first one of a machine turns dirty-page tracking on and copies every allocated page. */
export function takeSnapshot(m: Machine): MachineSnapshot {
  const mem = m.memory;
  const base = bases.get(m);
  let pages: Map<number, Uint8Array>;
  if (!base || !mem.cleanPages) {
    pages = new Map();
    mem.cleanPages ??= new Uint8Array(PAGE_COUNT);
    for (const p of mem.allocatedPages) {
      pages.set(p, mem.pages[p]!.u8.slice());
      protect(mem, p);
    }
  } else {
    pages = new Map(base.pages);
    for (const p of mem.dirtyList) {
      const page = mem.pages[p];
      if (page) {
        pages.set(p, page.u8.slice());
        protect(mem, p);
      } else pages.delete(p);
    }
  }
  mem.dirtyList.length = 0;
  const perm = base && base.permVersion === mem.permVersion ? base.perm : mem.perm.slice();
  const s: MachineSnapshot = { instret: m.instret, cpu: m.captureCpu(), pages, perm, permVersion: mem.permVersion, allocatedBytes: mem.allocatedBytes };
  bases.set(m, s);
  return s;
}

/**
 * Puts the machine back in the state of `s` exactly: registers, pc, counters, segments, brk,
 * environment state, permissions and every byte of memory. Decoded code whose bytes changed is
 * forgotten. `s` may come from this machine or from another one running the same program.
 */
export function restoreSnapshot(m: Machine, s: MachineSnapshot): void {
  const mem = m.memory;
  const base = bases.get(m);
  const clean = (mem.cleanPages ??= new Uint8Array(PAGE_COUNT));
  let codeChanged = false;
  if (!equalBytes(mem.perm, s.perm)) mem.perm.set(s.perm);
  // A fresh permission version: this machine's later snapshots must not share `s`'s array unless equal.
  mem.permVersion = s.permVersion;
  const touched = new Set<number>(mem.allocatedPages);
  for (const p of s.pages.keys()) touched.add(p);
  for (const p of touched) {
    const saved = s.pages.get(p);
    const page = mem.pages[p];
    if (!saved) {
      mem.pages[p] = undefined;
      mem.allocatedPages.delete(p);
      clean[p] = 0;
      mem.refresh(p);
      continue;
    }
    if (!page) {
      const fresh = new Page();
      fresh.u8.set(saved);
      mem.pages[p] = fresh;
      mem.allocatedPages.add(p);
    } else if (base !== s || clean[p] !== 1) {
      // Not known to equal `s`: copy it back (comparing code first, to keep its decoding when it can).
      if (mem.codePages[p] && !equalBytes(page.u8, saved)) codeChanged = true;
      page.u8.set(saved);
    }
    protect(mem, p);
  }
  mem.allocatedBytes = s.allocatedBytes;
  mem.dirtyList.length = 0;
  m.restoreCpu(s.cpu);
  if (codeChanged) m.redecodeAll();
  bases.set(m, s);
}

/** Bytes of page copies a snapshot holds of its own, beyond those it shares with `base`. */
export function snapshotBytes(s: MachineSnapshot, base?: MachineSnapshot): number {
  let n = 0;
  for (const [p, bytes] of s.pages) if (base?.pages.get(p) !== bytes) n += bytes.byteLength;
  if (s.perm !== base?.perm) n += s.perm.byteLength;
  return n;
}

function protect(mem: Memory, p: number): void {
  mem.cleanPages![p] = 1;
  mem.refresh(p);
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  if (a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0 && a.length % 4 === 0) {
    const wa = new Int32Array(a.buffer, a.byteOffset, a.length / 4);
    const wb = new Int32Array(b.buffer, b.byteOffset, b.length / 4);
    for (let i = 0; i < wa.length; i++) if (wa[i] !== wb[i]) return false;
    return true;
  }
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
