// Execution benchmark: the bench/run kernels (C programs compiled by GNU gcc, committed as ELFs)
// run by qemu-riscv32 and by Tessera's engine in fast and traced mode, side by side.
//
//   node bench/run/run.mjs [--runs N] [--no-build] [--no-traced] [KERNEL…]
//
// 1. builds vm-core (tsc -b vm-core; `--no-build` skips it);
// 2. long runs, N each (default 3), interleaved so that drift hits all alike: `qemu-riscv32 ELF
//    SCALE` (when installed; wall time around the process) and Tessera fast mode in a fresh node
//    process per run (bench/run/child.mjs: execute()'s own wall time, cold JIT);
// 3. short runs at the traced scale (about 10^7 instructions): Tessera traced once (wall time,
//    bytes of trace per instruction, peak RSS of its process), and qemu and fast once more, for
//    the output check;
// 4. checks that every run of a kernel at a scale printed the same stdout with the same exit code,
//    and that fast and traced retired the same instructions with the same rows per chip; exits 1
//    when they do not (the numbers would not compare the same work);
// 5. prints two tables and writes bench/results/run.json.
//
// Ratios and goals are reported, never asserted: nothing fails because of a time.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { numberOption, median, progress, table, buildProject } from '../support.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = import.meta.dirname;
const RESULTS = join(ROOT, 'bench/results');
const QEMU = 'qemu-riscv32';
const GOAL_MIPS = 100;
const GOAL_QEMU_RATIO = 4;
const GOAL_BYTES = 64;
const GOAL_TRACED_INSNS = 1e7;
const GOAL_TRACED_RSS_MB = 1024;

/**
 * scale: the argument of the long runs (qemu and fast, about 1.5·10^8 instructions);
 * tracedScale: that of the short runs (traced, and the three-way output check), ≥ 10^7 instructions.
 */
const KERNELS = [
  { name: 'sha256', what: 'SHA-256 of N 64-byte blocks', scale: 30000, tracedScale: 2000 },
  { name: 'sieve', what: 'sieve of Eratosthenes over 2^18, N passes', scale: 32, tracedScale: 3 },
  { name: 'sort', what: 'quick, merge and heap sort of N words', scale: 200000, tracedScale: 16000 },
  { name: 'interp', what: 'bytecode interpreter: Collatz 1..N', scale: 10000, tracedScale: 1200 },
  { name: 'matmul', what: 'N×N int32 matrix product, mulhu/remu checksum', scale: 256, tracedScale: 112 },
];

const argv = process.argv.slice(2);
const RUNS = numberOption(argv, '--runs', 3);
const BUILD = !argv.includes('--no-build');
const TRACED = !argv.includes('--no-traced');
// Other words are other benches' options (bench/run.mjs passes every argument on): ignored.
const named = argv.filter((a) => KERNELS.some((k) => k.name === a));
const kernels = KERNELS.filter((k) => named.length === 0 || named.includes(k.name));

const geomean = (xs) => Math.exp(xs.reduce((n, x) => n + Math.log(x), 0) / xs.length);
const hasQemu = spawnSync(QEMU, ['--version'], { stdio: 'ignore' }).status === 0;

function qemu(elf, scale) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(QEMU, [elf, String(scale)], { encoding: 'latin1', maxBuffer: 1 << 24 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  return { ms, stdout: r.stdout, exitCode: r.status ?? -1 };
}

function tessera(elf, mode, scale) {
  const r = spawnSync(process.execPath, [join(DIR, 'child.mjs'), elf, mode, String(scale)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`bench/run/child.mjs ${relative(ROOT, elf)} ${mode} ${scale} failed (status ${r.status ?? r.signal}):\n${r.stderr.slice(0, 2000)}`);
  return JSON.parse(r.stdout);
}


// ---- 1. build ----

mkdirSync(RESULTS, { recursive: true });
if (BUILD) {
  console.log('building vm-core (tsc -b vm-core) …');
  buildProject('vm-core');
}
for (const k of kernels) {
  k.elf = join(DIR, 'kernels', `${k.name}.elf`);
  if (!existsSync(k.elf)) throw new Error(`${relative(ROOT, k.elf)} is missing: node bench/run/kernels/build.mjs makes it`);
}
if (!hasQemu) console.log(`${QEMU} not found: Tessera only, outputs checked between fast and traced`);

// ---- 2. long runs ----

for (const k of kernels) k.long = { qemu: [], fast: [] };
for (let i = 0; i < RUNS; i++) {
  for (const k of kernels) {
    progress(`run ${i + 1}/${RUNS}: ${k.name} …`, 40);
    if (hasQemu) k.long.qemu.push(qemu(k.elf, k.scale));
    k.long.fast.push(tessera(k.elf, 'fast', k.scale));
  }
}

// ---- 3. short runs ----

for (const k of kernels) {
  progress(`short runs: ${k.name} …`, 40);
  k.short = {
    qemu: hasQemu ? qemu(k.elf, k.tracedScale) : undefined,
    fast: tessera(k.elf, 'fast', k.tracedScale),
    traced: TRACED ? tessera(k.elf, 'traced', k.tracedScale) : undefined,
  };
}
progress('', 40);

// ---- 4. same work? ----

const problems = [];
const same = (k, scale, a, aName, b, bName) => {
  if (!a || !b) return;
  if (a.stdout !== b.stdout || a.exitCode !== b.exitCode) {
    problems.push(`${k.name} ${scale}: ${aName} printed ${JSON.stringify(a.stdout.slice(0, 120))} (exit ${a.exitCode}), ${bName} ${JSON.stringify(b.stdout.slice(0, 120))} (exit ${b.exitCode})`);
  }
};
for (const k of kernels) {
  const [f0] = k.long.fast;
  if (f0.status !== 'exited') problems.push(`${k.name} ${k.scale}: fast run ended with ${f0.status}${f0.fault ? `: ${f0.fault}` : ''}`);
  for (const f of k.long.fast.slice(1)) same(k, k.scale, f0, 'fast', f, 'another fast run');
  for (const q of k.long.qemu) same(k, k.scale, q, 'qemu', f0, 'fast');
  const { qemu: q, fast: f, traced: t } = k.short;
  same(k, k.tracedScale, q, 'qemu', f, 'fast');
  same(k, k.tracedScale, f, 'fast', t, 'traced');
  if (t && (t.instret !== f.instret || JSON.stringify(t.chipRows) !== JSON.stringify(f.chipRows) || t.segments !== f.segments)) {
    problems.push(`${k.name} ${k.tracedScale}: fast retired ${f.instret} (${JSON.stringify(f.chipRows)}, ${f.segments} segments), traced ${t.instret} (${JSON.stringify(t.chipRows)}, ${t.segments} segments)`);
  }
  k.outputsAgree = !problems.some((p) => p.startsWith(`${k.name} `));
}

// ---- 5. report ----

const mips = (insns, ms) => insns / ms / 1000;
const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const fmtM = (n) => `${(n / 1e6).toFixed(1)} M`;
const results = kernels.map((k) => {
  const instructions = k.long.fast[0].instret;
  const fastMs = median(k.long.fast.map((r) => r.wallMs));
  const qemuMs = hasQemu ? median(k.long.qemu.map((r) => r.ms)) : undefined;
  const t = k.short.traced;
  return {
    kernel: k.name,
    what: k.what,
    scale: k.scale,
    instructions,
    qemu: qemuMs === undefined ? undefined : { medianMs: qemuMs, mips: mips(instructions, qemuMs), times: k.long.qemu.map((r) => r.ms) },
    fast: {
      medianMs: fastMs, mips: mips(instructions, fastMs), cpuMedianMs: median(k.long.fast.map((r) => r.cpuMs)),
      // By CPU time: steadier than wall time on a shared or virtual machine (steal time).
      cpuMips: mips(instructions, median(k.long.fast.map((r) => r.cpuMs))),
      vsQemu: qemuMs === undefined ? undefined : fastMs / qemuMs,
      times: k.long.fast.map((r) => r.wallMs), maxRssMb: Math.max(...k.long.fast.map((r) => r.maxRssKb)) / 1024,
    },
    traced: t && {
      scale: k.tracedScale,
      instructions: t.instret,
      wallMs: t.wallMs,
      mips: mips(t.instret, t.wallMs),
      bytesPerInstruction: t.trace.bytes / t.trace.rows,
      recordsPerInstruction: t.trace.records / t.trace.rows,
      traceMb: t.trace.bytes / 2 ** 20,
      peakRssMb: t.maxRssKb / 1024,
      // Fast mode's speed on the same short run: how much tracing costs without the warm-up difference.
      fastShortMips: mips(k.short.fast.instret, k.short.fast.wallMs),
    },
    outputsAgree: k.outputsAgree,
    stdout: k.long.fast[0].stdout.trim(),
  };
});

console.log(`\n${RUNS} runs each, node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(`\nlong runs (medians): qemu-riscv32 against Tessera fast mode\n`);
const rows1 = [['kernel', 'scale', 'instructions', 'qemu', 'qemu MIPS', 'fast', 'fast MIPS', 'MIPS by CPU', 'fast vs qemu']];
for (const r of results) {
  rows1.push([
    r.kernel, r.scale, fmtM(r.instructions),
    r.qemu ? fmtMs(r.qemu.medianMs) : 'n/a', r.qemu ? r.qemu.mips.toFixed(0) : 'n/a',
    fmtMs(r.fast.medianMs), r.fast.mips.toFixed(1), r.fast.cpuMips.toFixed(1), r.fast.vsQemu === undefined ? 'n/a' : `${r.fast.vsQemu.toFixed(1)}×`,
  ]);
}
console.log(table(rows1));
if (TRACED) {
  console.log(`\nshort runs: Tessera traced mode (fast mode on the same run for comparison)\n`);
  const rows2 = [['kernel', 'scale', 'instructions', 'traced', 'MIPS', 'fast MIPS', 'bytes/instr', 'records/instr', 'trace', 'peak RSS', 'outputs']];
  for (const r of results) {
    const t = r.traced;
    rows2.push([
      r.kernel, t.scale, fmtM(t.instructions), fmtMs(t.wallMs), t.mips.toFixed(2), t.fastShortMips.toFixed(1),
      t.bytesPerInstruction.toFixed(1), t.recordsPerInstruction.toFixed(2), `${t.traceMb.toFixed(0)} MB`, `${t.peakRssMb.toFixed(0)} MB`,
      r.outputsAgree ? (hasQemu ? 'qemu = fast = traced' : 'fast = traced') : 'DIFFER',
    ]);
  }
  console.log(table(rows2));
}

const goals = [];
const minBy = (xs, f) => xs.reduce((a, b) => (f(b) < f(a) ? b : a));
const maxBy = (xs, f) => xs.reduce((a, b) => (f(b) > f(a) ? b : a));
const slowest = minBy(results, (r) => r.fast.mips);
goals.push({
  goal: `fast mode ≥ ${GOAL_MIPS} MIPS on every kernel`,
  value: `slowest ${slowest.fast.mips.toFixed(1)} (${slowest.kernel}), geometric mean ${geomean(results.map((r) => r.fast.mips)).toFixed(1)}; by CPU time slowest ${Math.min(...results.map((r) => r.fast.cpuMips)).toFixed(1)}, geometric mean ${geomean(results.map((r) => r.fast.cpuMips)).toFixed(1)}`,
  met: slowest.fast.mips >= GOAL_MIPS,
});
if (hasQemu) {
  const worst = maxBy(results, (r) => r.fast.vsQemu);
  goals.push({
    goal: `fast mode within ${GOAL_QEMU_RATIO}× of qemu's wall time (long-run goal)`,
    value: `worst ${worst.fast.vsQemu.toFixed(1)}× (${worst.kernel}), geometric mean ${geomean(results.map((r) => r.fast.vsQemu)).toFixed(1)}×`,
    met: worst.fast.vsQemu <= GOAL_QEMU_RATIO,
  });
}
if (TRACED) {
  const fattest = maxBy(results, (r) => r.traced.bytesPerInstruction);
  goals.push({
    goal: `≤ ${GOAL_BYTES} bytes of trace per traced instruction`,
    value: `largest ${fattest.traced.bytesPerInstruction.toFixed(1)} (${fattest.kernel})`,
    met: fattest.traced.bytesPerInstruction <= GOAL_BYTES,
  });
  const big = results.filter((r) => r.traced.instructions >= GOAL_TRACED_INSNS);
  const heaviest = big.length ? maxBy(big, (r) => r.traced.peakRssMb) : undefined;
  goals.push({
    goal: `a traced run of 10^7 instructions fits in memory (peak RSS under ${GOAL_TRACED_RSS_MB} MB)`,
    value: heaviest ? `${big.length} runs of ≥ 10^7, largest peak ${heaviest.traced.peakRssMb.toFixed(0)} MB (${heaviest.kernel}, ${fmtM(heaviest.traced.instructions)} instructions)` : 'no traced run reached 10^7 instructions',
    met: !!heaviest && heaviest.traced.peakRssMb < GOAL_TRACED_RSS_MB,
  });
}
console.log('\ngoals:');
for (const g of goals) console.log(`  ${g.met ? 'met   ' : 'MISSED'}  ${g.goal}: ${g.value}`);
if (problems.length) {
  console.log('\noutputs differ — the runs did not do the same work:');
  for (const p of problems) console.log(`  ${p}`);
}

writeFileSync(join(RESULTS, 'run.json'), JSON.stringify({
  date: new Date().toISOString(),
  node: process.version,
  machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30) },
  loadAverage: loadavg(),
  runs: RUNS,
  qemu: hasQemu,
  results,
  goals,
  problems,
}, null, 2) + '\n');
console.log('\nwrote bench/results/run.json');
process.exitCode = problems.length ? 1 : 0;
