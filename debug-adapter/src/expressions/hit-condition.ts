// Hit conditions as editors write them: "5" or "==5" (the fifth hit), ">5", ">=5", "<5", "<=5",
// "%5" (every fifth). Parsed when the breakpoint is set, so a typo is reported on the breakpoint.

import { EvaluateError } from './parse.js';

export type HitCondition = (hits: number) => boolean;

export function parseHitCondition(text: string): HitCondition {
  const m = /^\s*(==|=|>=|<=|>|<|%)?\s*(\d+)\s*$/.exec(text);
  if (!m) throw new EvaluateError(`hit condition '${text}': expected a count such as 5, >=5 or %5`);
  const n = Number(m[2]);
  switch (m[1]) {
    case '>': return (h) => h > n;
    case '>=': return (h) => h >= n;
    case '<': return (h) => h < n;
    case '<=': return (h) => h <= n;
    case '%':
      if (n === 0) throw new EvaluateError('hit condition %0: the modulus must be positive');
      return (h) => h % n === 0;
    default: return (h) => h === n;
  }
}
