// SHF_MERGE input sections merged the way GNU ld 2.40 does it (bfd/merge.c): sections of one
// output section with the same entity size, alignment and string-ness form a group whose
// contents are de-duplicated (strings also share tails with longer strings). Each entity stays
// in the member that brought it first, so a member keeps only what no earlier member had and
// one with nothing new drops out. Offsets into any member are remapped to where their entity went.

export interface MergeInput {
  data: Uint8Array;
  align: number;
  entsize: number;
  strings: boolean;
}

interface Entry {
  key: string;
  bytes: Uint8Array;
  /** Length including the terminator; 0 once a better-aligned copy replaced it. */
  len: number;
  alignment: number;
  index: number;
  /** The member that brought it (for a shared tail: the member of the string that holds it). */
  owner: number;
  suffixOf?: Entry;
}

export interface MergeResult {
  /** Each member's new contents; empty for a member that keeps nothing. */
  data: Uint8Array[];
  /** Whether the member keeps an entity (ld excludes the others from the output). */
  kept: boolean[];
  /** Where an offset in member `i` went: a member and an offset in its new contents. */
  map(member: number, offset: number): { member: number; offset: number };
}

const keyOf = (b: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
};

export function mergeSections(inputs: MergeInput[]): MergeResult {
  const first = inputs[0]!;
  const entsize = first.entsize;
  const strings = first.strings;
  const table = new Map<string, Entry>();
  const list: Entry[] = [];

  let owner = 0;
  const add = (bytes: Uint8Array, alignment: number): Entry => {
    const key = keyOf(bytes);
    const found = table.get(key);
    if (found && found.alignment >= alignment) return found;
    // A copy that needs more alignment than the one seen earlier replaces it at the end of the list.
    if (found) {
      found.len = 0;
      found.alignment = 0;
    }
    const e: Entry = { key, bytes, len: bytes.length, alignment, index: 0, owner };
    table.set(key, e);
    list.push(e);
    return e;
  };

  const isZero = (d: Uint8Array, p: number): boolean => {
    for (let i = 0; i < entsize; i++) if (d[p + i] !== 0) return false;
    return true;
  };
  const stringLen = (d: Uint8Array, p: number): number => {
    // Length of the string at p including its terminator; a missing terminator counts as present.
    let q = p;
    while (q + entsize <= d.length && !isZero(d, q)) q += entsize;
    return q - p + entsize;
  };
  const stringBytes = (d: Uint8Array, p: number, len: number): Uint8Array => {
    const b = new Uint8Array(len);
    b.set(d.subarray(p, Math.min(d.length, p + len)));
    return b;
  };

  for (const [member, inp] of inputs.entries()) {
    owner = member;
    const d = inp.data;
    const mask = inp.align - 1;
    if (strings) {
      let nul = false;
      let p = 0;
      while (p < d.length) {
        let eltalign = p === 0 ? 0 : p & -p;
        if (!eltalign || eltalign > mask) eltalign = mask + 1;
        const len = stringLen(d, p);
        add(stringBytes(d, p, len), eltalign);
        p += len;
        while (p + entsize <= d.length && isZero(d, p)) {
          if (!nul && !(p & mask)) {
            nul = true;
            add(new Uint8Array(entsize), mask + 1);
          }
          p += entsize;
        }
      }
    } else {
      for (let p = 0; p + entsize <= d.length; p += entsize) add(d.slice(p, p + entsize), 1);
    }
  }

  let live = list.filter((e) => e.alignment);
  if (strings && live.length) {
    // Tail sharing: sort by reversed contents so each string sits just before the strings ending in it.
    let alignment = 0;
    for (const e of live) {
      if (alignment !== e.alignment) alignment = alignment === 0 ? e.alignment : -1;
    }
    const body = (e: Entry): number => e.len - entsize;
    const cmp = alignment !== -1 && alignment > entsize
      ? (a: Entry, b: Entry): number => {
        const tail = (body(a) & (a.alignment - 1)) - (body(b) & (a.alignment - 1));
        return tail !== 0 ? tail : revcmp(a, b);
      }
      : revcmp;
    const sorted = live.slice().sort(cmp);
    let e = sorted[sorted.length - 1]!;
    for (let k = sorted.length - 2; k >= 0; k--) {
      const c = sorted[k]!;
      if (e.alignment >= c.alignment && !((e.len - c.len) & (c.alignment - 1)) && isSuffix(e, c)) {
        c.suffixOf = e;
        c.alignment = 0;
      } else e = c;
    }
  }

  // Offsets restart in each member that keeps something. A member's size is the running size when
  // the list moves on to the next member's entries, even a member with only dropped entries: that
  // one is excluded, but it is the one the final padding goes to when it comes last (as in ld).
  const sizes = inputs.map(() => 0);
  const kept = inputs.map(() => false);
  let size = 0;
  let cur = list[0]?.owner ?? 0;
  for (const e of list) {
    if (e.owner !== cur) {
      sizes[cur] = size;
      cur = e.owner;
    }
    if (!e.alignment) continue;
    if (!kept[e.owner]) {
      kept[e.owner] = true;
      size = 0;
    }
    size = Math.ceil(size / e.alignment) * e.alignment;
    e.index = size;
    size += e.len;
  }
  sizes[cur] = size;
  for (const e of list) {
    if (e.alignment || !e.len || !e.suffixOf) continue;
    e.index = e.suffixOf.index + (e.suffixOf.len - e.len);
    e.owner = e.suffixOf.owner;
  }
  live = list.filter((e) => e.alignment);

  // Pad the last member when every member's size was a multiple of the (common) alignment.
  const align = first.align;
  if (inputs.every((i) => i.data.length % align === 0)) sizes[cur] = Math.ceil(sizes[cur]! / align) * align;

  const data = inputs.map((_inp, i) => new Uint8Array(kept[i] ? sizes[i]! : 0));
  for (const e of live) data[e.owner]!.set(e.bytes, e.index);

  const map = (member: number, offset: number): { member: number; offset: number } => {
    const d = inputs[member]!.data;
    if (offset >= d.length || offset < 0) return { member, offset: kept[member] ? data[member]!.length : 0 };
    if (!strings) {
      const p = offset - (offset % entsize);
      const ent = table.get(keyOf(d.subarray(p, p + entsize)));
      return ent ? { member: ent.owner, offset: ent.index + (offset - p) } : { member, offset };
    }
    // The string containing the offset starts after the previous terminator.
    let p = offset - (offset % entsize);
    while (p - entsize >= 0 && !isZero(d, p - entsize)) p -= entsize;
    const ent = table.get(keyOf(stringBytes(d, p, stringLen(d, p))));
    if (ent && ent.len) return { member: ent.owner, offset: ent.index + (offset - p) };
    // Pointing into padding between strings: ld maps it relative to the next entity boundary.
    const firstLive = live[0];
    if (!firstLive) return { member, offset: 0 };
    return { member: firstLive.owner, offset: firstLive.index + offset - ((Math.floor(offset / entsize) + 1) * entsize - firstLive.len) };
  };
  return { data, kept, map };
}

function revcmp(a: Entry, b: Entry): number {
  const la = a.len;
  const lb = b.len;
  let i = la - 1;
  let j = lb - 1;
  for (let l = Math.min(la, lb); l > 0; l--, i--, j--) {
    if (a.bytes[i] !== b.bytes[j]) return a.bytes[i]! - b.bytes[j]!;
  }
  return la - lb;
}

function isSuffix(a: Entry, b: Entry): boolean {
  if (a.len <= b.len) return false;
  const d = a.len - b.len;
  for (let i = 0; i < b.len; i++) if (a.bytes[d + i] !== b.bytes[i]) return false;
  return true;
}
