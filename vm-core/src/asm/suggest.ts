// "Did you mean": the closest known name by edit distance, if it is close enough to be a typo.

function distance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      // A substitution weighs a little more than an insertion or deletion, so `adi` → `addi`, not `add`.
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost * 1.25);
    }
    prev = cur;
  }
  return prev[n]!;
}

// Spellings from other assemblers (MARS, NASM…) that edit distance alone would map elsewhere.
const FOREIGN: Record<string, string> = { '.asciiz': '.asciz', '.dw': '.word', '.db': '.byte', '.dh': '.half', '.globl_': '.globl' };

export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  if (FOREIGN[word]) return FOREIGN[word];
  const w = word.toLowerCase();
  const limit = w.length <= 3 ? 1.25 : w.length <= 6 ? 2.5 : 3.5;
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(w, c.toLowerCase());
    if (d < bestD || (d === bestD && best !== undefined && c.length < best.length)) {
      best = c;
      bestD = d;
    }
  }
  return bestD <= limit && bestD > 0 ? best : bestD === 0 && best !== word ? best : undefined;
}
