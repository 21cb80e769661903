// A readable failure for long listings: the first line that differs, with a little context.

export function firstDifference(actual: string, expected: string): string | undefined {
  if (actual === expected) return undefined;
  const a = actual.split('\n');
  const e = expected.split('\n');
  let i = 0;
  while (i < a.length && i < e.length && a[i] === e[i]) i++;
  const context = e.slice(Math.max(0, i - 3), i).map((l) => `  ${JSON.stringify(l)}`);
  return [
    `line ${i + 1} differs (${a.length} lines vs ${e.length} expected)`,
    ...context,
    `- expected ${JSON.stringify(e[i])}`,
    `+ actual   ${JSON.stringify(a[i])}`,
  ].join('\n');
}
