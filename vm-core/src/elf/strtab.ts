// String tables the way GNU ld writes them, so that a linked file matches ld's byte for byte.

/**
 * .strtab of an executable: strings in the order first added, each one that is a suffix of
 * another kept string stored only as that tail (bfd/elf-strtab.c `_bfd_elf_strtab_finalize`).
 */
export class SuffixStrtab {
  private readonly order: string[] = [];
  private readonly seen = new Set<string>();
  private offsets: Map<string, number> | undefined;
  private bytes: Uint8Array | undefined;

  add(s: string): void {
    if (s === '' || this.seen.has(s)) return;
    this.seen.add(s);
    this.order.push(s);
    this.offsets = undefined;
  }

  offset(s: string): number {
    if (s === '') return 0;
    this.finalize();
    const o = this.offsets!.get(s);
    if (o === undefined) throw new Error(`string not in table: ${s}`);
    return o;
  }

  data(): Uint8Array {
    this.finalize();
    return this.bytes!;
  }

  private finalize(): void {
    if (this.offsets) return;
    const enc = new TextEncoder();
    const raw = this.order.map((s) => enc.encode(s));
    const idx = raw.map((_, i) => i);
    // Comparing from the last byte backwards puts every string right before the strings it is a suffix of.
    idx.sort((a, b) => revcmp(raw[a]!, raw[b]!));
    const parent = new Array<number>(raw.length).fill(-1);
    if (idx.length) {
      let e = idx[idx.length - 1]!;
      for (let k = idx.length - 2; k >= 0; k--) {
        const c = idx[k]!;
        if (isSuffix(raw[e]!, raw[c]!)) parent[c] = e;
        else e = c;
      }
    }
    const offsets = new Map<string, number>();
    const at = new Array<number>(raw.length).fill(0);
    let size = 1;
    for (let i = 0; i < raw.length; i++) {
      if (parent[i] !== -1) continue;
      at[i] = size;
      size += raw[i]!.length + 1;
    }
    for (let i = 0; i < raw.length; i++) {
      const p = parent[i]!;
      if (p !== -1) at[i] = at[p]! + raw[p]!.length - raw[i]!.length;
      offsets.set(this.order[i]!, at[i]!);
    }
    const out = new Uint8Array(size);
    for (let i = 0; i < raw.length; i++) if (parent[i] === -1) out.set(raw[i]!, at[i]!);
    this.offsets = offsets;
    this.bytes = out;
  }
}

function revcmp(a: Uint8Array, b: Uint8Array): number {
  let i = a.length - 1;
  let j = b.length - 1;
  for (let l = Math.min(a.length, b.length); l > 0; l--, i--, j--) {
    if (a[i] !== b[j]) return a[i]! - b[j]!;
  }
  return a.length - b.length;
}

function isSuffix(long: Uint8Array, short: Uint8Array): boolean {
  if (long.length <= short.length) return false;
  const d = long.length - short.length;
  for (let i = 0; i < short.length; i++) if (long[d + i] !== short[i]) return false;
  return true;
}

/** .shstrtab as ld writes it: names in order of first use, duplicates shared, no tail sharing. */
export class PlainStrtab {
  private readonly offsets = new Map<string, number>();
  private readonly parts: Uint8Array[] = [new Uint8Array(1)];
  private size = 1;

  add(s: string): number {
    if (s === '') return 0;
    const known = this.offsets.get(s);
    if (known !== undefined) return known;
    const b = new TextEncoder().encode(s + '\0');
    this.offsets.set(s, this.size);
    this.parts.push(b);
    this.size += b.length;
    return this.size - b.length;
  }

  data(): Uint8Array {
    const out = new Uint8Array(this.size);
    let o = 0;
    for (const p of this.parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  }
}
