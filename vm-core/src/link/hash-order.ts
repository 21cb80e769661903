// The order GNU ld writes global symbols (and allocates common symbols) in: a walk over its
// symbol hash table (bfd/hash.c), bucket by bucket, the newest entry of a bucket first.

const DEFAULT_SIZE = 4051;
const MASK64 = (1n << 64n) - 1n;

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

/**
 * Sorts names (given in the order they entered the table) into traversal order. The table grows
 * past 3/4 load, which these small programs never reach; beyond that the order is approximate.
 */
export function hashTraversalOrder(names: readonly string[]): string[] {
  const size = BigInt(DEFAULT_SIZE);
  const keyed = names.map((n, i) => ({ n, i, b: Number(bfdHash(n) % size) }));
  keyed.sort((x, y) => x.b - y.b || y.i - x.i);
  return keyed.map((k) => k.n);
}
