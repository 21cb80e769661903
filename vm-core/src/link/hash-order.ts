// The order GNU ld writes global symbols (and allocates common symbols) in: a walk over its
// symbol hash table (bfd/hash.c), bucket by bucket, the newest entry of a bucket first. The
// table starts with 4051 buckets and grows to the next prime of bfd's list past 3/4 load.

const DEFAULT_SIZE = 4051;
const MASK64 = (1n << 64n) - 1n;
const PRIMES = [
  31, 61, 127, 251, 509, 1021, 2039, 4093, 8191, 16381, 32749, 65521, 131071, 262139, 524287, 1048573, 2097143,
  4194301, 8388593, 16777213, 33554393, 67108859, 134217689, 268435399, 536870909, 1073741789, 2147483647,
];

/** bfd_hash_hash on a 64-bit host. */
export function bfdHash(name: string): bigint {
  const bytes = new TextEncoder().encode(name);
  let hash = 0n;
  for (const ch of bytes) {
    const c = BigInt(ch);
    hash = (hash + c + (c << 17n)) & MASK64;
    hash ^= hash >> 2n;
  }
  const len = BigInt(bytes.length);
  hash = (hash + len + (len << 17n)) & MASK64;
  hash ^= hash >> 2n;
  return hash;
}

interface Entry {
  name: string;
  hash: bigint;
  next: Entry | undefined;
}

/** Sorts names (given in the order they entered the table) into traversal order. */
export function hashTraversalOrder(names: readonly string[]): string[] {
  let size = DEFAULT_SIZE;
  let table: Array<Entry | undefined> = new Array(size).fill(undefined);
  let count = 0;
  for (const name of names) {
    const hash = bfdHash(name);
    const idx = Number(hash % BigInt(size));
    table[idx] = { name, hash, next: table[idx] };
    count++;
    if (count > Math.floor((size * 3) / 4)) {
      const newSize = PRIMES.find((p) => p > size);
      if (newSize === undefined) continue;
      const grown: Array<Entry | undefined> = new Array(newSize).fill(undefined);
      // bfd moves each run of equal-hash entries as a unit to the front of its new bucket.
      for (let hi = 0; hi < size; hi++) {
        while (table[hi]) {
          const chain = table[hi]!;
          let end = chain;
          while (end.next && end.next.hash === chain.hash) end = end.next;
          table[hi] = end.next;
          const ni = Number(chain.hash % BigInt(newSize));
          end.next = grown[ni];
          grown[ni] = chain;
        }
      }
      table = grown;
      size = newSize;
    }
  }
  const out: string[] = [];
  for (const head of table) for (let e = head; e; e = e.next) out.push(e.name);
  return out;
}
