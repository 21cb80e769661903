// The global offset table ld builds for a static executable once a GOT relocation (`la` under
// `.option pic`) appears: a .got.plt header of two words (-1, 0), then .got: one reserved word
// (the address of _DYNAMIC, 0 without one) where _GLOBAL_OFFSET_TABLE_ points, then one entry per
// symbol. Entries for a file's local symbols come first, file by file in symbol-table order, then
// those of global symbols in ld's hash-table order (elfnn-riscv.c: size_dynamic_sections).

import type { LinkObject } from './input.js';

export const GOT_ENTRY = 4;
/** .got.plt's header: the dynamic linker's two words. */
export const GOT_PLT_HEADER = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);

export interface GotPlan {
  /** Per object, its local symbols' slots by name. */
  locals: Array<Map<string, number>>;
  /** Global symbols' slots by name. */
  globals: Map<string, number>;
  /** Slots, the reserved first one included. */
  size: number;
  /** Slot by slot, what it holds: a local of an object, a global, or the reserved word. */
  slots: Array<{ obj: number; name: string } | { name: string } | undefined>;
  /** The first object with a GOT relocation: ld makes the GOT's sections part of it. */
  owner: number;
}

/**
 * Which symbols need entries. `isLocal(obj, name)` tells whether a reference from that object
 * finds a definition of its own; `hashOrder` puts global names in ld's hash traversal order.
 */
export function planGot(objects: readonly LinkObject[], isLocal: (obj: number, name: string) => boolean, hashOrder: (names: string[]) => string[]): GotPlan | undefined {
  let owner = -1;
  const localNames = objects.map(() => new Set<string>());
  const globalNames = new Set<string>();
  objects.forEach((obj, oi) => {
    for (const sec of obj.sections) for (const r of sec.relocs) {
      if (r.kind !== 'got_hi20' || r.target.kind !== 'symbol') continue;
      if (owner < 0) owner = oi;
      if (isLocal(oi, r.target.name)) localNames[oi]!.add(r.target.name);
      else globalNames.add(r.target.name);
    }
  });
  if (owner < 0) return undefined;
  const slots: GotPlan['slots'] = [undefined];
  const locals = objects.map((obj, oi) => {
    const m = new Map<string, number>();
    const wanted = localNames[oi]!;
    for (const s of obj.symbols) {
      if (s.binding !== 'local' || !wanted.has(s.name) || m.has(s.name)) continue;
      m.set(s.name, slots.length);
      slots.push({ obj: oi, name: s.name });
    }
    return m;
  });
  const globals = new Map<string, number>();
  for (const name of hashOrder([...globalNames])) {
    globals.set(name, slots.length);
    slots.push({ name });
  }
  return { locals, globals, size: slots.length, slots, owner };
}
