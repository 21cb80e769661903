// Child process of the benchmark: assembles FILE with the built vm-core's assemble() in-process,
// WARMUP untimed runs first, then RUNS timed ones; prints one JSON line with the times (ms), the
// CPU times (user + system, ms; the process's, so GC helper threads count), the peak RSS of this
// process (kB) and what came out.
//
//   node bench/asm/inproc.mjs FILE RUNS WARMUP [elf]
//
// With `elf`, each run also serializes the image with writeElf() (untimed; for the profile).
// Started with --expose-gc, it collects garbage before each timed run (untimed), so that every run
// starts from the same heap and the previous result is not kept alive during the next.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [file, runsText = '5', warmupText = '1', elfText] = process.argv.slice(2);
const { assemble, writeElf } = await import(new URL('../../vm-core/dist/index.js', import.meta.url).href);
const text = readFileSync(resolve(file), 'utf8');
const source = { path: file, text };

let last;
for (let i = 0; i < Number(warmupText); i++) last = assemble(source);
const times = [];
const cpuTimes = [];
for (let i = 0; i < Number(runsText); i++) {
  last = undefined;
  globalThis.gc?.();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  last = assemble(source);
  times.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpuTimes.push((c.user + c.system) / 1000);
  if (elfText === 'elf' && last.image) writeElf(last.image);
}
const errors = last.diagnostics.filter((d) => d.severity === 'error');
process.stdout.write(
  JSON.stringify({
    times,
    cpuTimes,
    maxRssKb: process.resourceUsage().maxRSS,
    errors: errors.length,
    firstError: errors[0]?.message,
    textBytes: last.image?.sections.find((s) => s.name === '.text')?.size ?? 0,
  }) + '\n',
);
