// What every bench/NAME/run.mjs needs around its measurements: numeric options, medians, a
// plain-text table, a progress line on a terminal, and an up-to-date build of the package it runs.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** `--name N` among the arguments as a number, or `dflt`. */
export function numberOption(argv, name, dflt) {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : dflt;
}

/** The median (NaN for no samples). */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** The 95th percentile (the largest sample below 20 samples). */
export function p95(xs) {
  return [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
}

/** Rows of cells as aligned columns under a rule: the first `textColumns` left-aligned, numbers right. */
export function table(rows, textColumns = 1) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows
    .map((r, i) => r.map((x, c) => (c < textColumns ? String(x).padEnd(widths[c]) : String(x).padStart(widths[c]))).join('  ') + (i === 0 ? `\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : ''))
    .join('\n');
}

/** Overwrites the terminal's current line (nothing when stdout is not a terminal). */
export function progress(text, width) {
  if (process.stdout.isTTY) process.stdout.write(`${text.padEnd(width)}\r`);
}

/** `tsc -b project` (incremental), its output on the bench's stdout/stderr. */
export function buildProject(project, stdio = ['ignore', 'inherit', 'inherit']) {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', project], { cwd: ROOT, stdio });
}
