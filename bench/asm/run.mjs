// Assembler benchmark: Tessera against GNU as on one generated 200,000-line program.
//
//   node bench/asm/run.mjs [--runs N] [--lines N] [--no-build] [--no-profile]
//
// 1. builds vm-core (npm run build) and writes bench/results/asm-LINES.s (bench/asm/gen.mjs);
// 2. checks once that Tessera's executable and GNU's (gcc -nostdlib -Wl,--no-relax) have the same
//    .text bytes, so both sides do the same work (exits 1 if not);
// 3. times, N runs each, interleaved: Tessera's assemble() in-process after a warm-up, the
//    `tessera asm` CLI end to end, `riscv64-unknown-elf-as`, and `riscv64-unknown-elf-gcc` (as + ld);
//    peak RSS from /usr/bin/time -v when it exists (else process.resourceUsage() for Tessera only);
// 4. profiles one in-process Tessera run after a warm-up (node --cpu-prof; assemble() and
//    writeElf(), the warm-up included) and summarises it;
// 5. prints a table and writes bench/results/asm.json (and asm-profile.txt, the .cpuprofile).

import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { generate } from './gen.mjs';
import { summarize, formatSummary } from './profile.mjs';
import { numberOption, median, table } from '../support.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const RESULTS = join(ROOT, 'bench/results');
const GNU_AS = 'riscv64-unknown-elf-as';
const GNU_GCC = 'riscv64-unknown-elf-gcc';
const MARCH = ['-march=rv32im', '-mabi=ilp32'];
const GOAL_RATIO = 2;
const GOAL_RSS_MB = 300;

const argv = process.argv.slice(2);
const RUNS = numberOption(argv, '--runs', 5);
const LINES = numberOption(argv, '--lines', 200_000);
const BUILD = !argv.includes('--no-build');
const PROFILE = !argv.includes('--no-profile');

const has = (cmd, args = ['--version']) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const TIME = existsSync('/usr/bin/time') && has('/usr/bin/time', ['-v', 'true']) ? '/usr/bin/time' : undefined;

/** Runs a command, measuring wall time here and peak RSS through /usr/bin/time -v when possible. */
function measure(cmd, args) {
  const full = TIME ? [TIME, ['-v', cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr ?? '');
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr ?? '');
  const exit = TIME ? /Exit status: (\d+)/.exec(r.stderr ?? '')?.[1] : r.status;
  if (r.status !== 0 || (exit !== undefined && Number(exit) !== 0)) {
    throw new Error(`${cmd} ${args.join(' ')} failed (status ${r.status}):\n${(r.stderr ?? '').slice(0, 2000)}`);
  }
  return { ms, rssKb: m ? Number(m[1]) : undefined, cpuMs: user && sys ? (Number(user[1]) + Number(sys[1])) * 1000 : undefined };
}

/** Section name → { addr, bytes } of an ELF32 little-endian file. */
function elfSections(path) {
  const b = readFileSync(path);
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const shoff = dv.getUint32(0x20, true);
  const shentsize = dv.getUint16(0x2e, true);
  const shnum = dv.getUint16(0x30, true);
  const shstrndx = dv.getUint16(0x32, true);
  const sh = (i) => {
    const o = shoff + i * shentsize;
    return { name: dv.getUint32(o, true), type: dv.getUint32(o + 4, true), addr: dv.getUint32(o + 12, true), offset: dv.getUint32(o + 16, true), size: dv.getUint32(o + 20, true) };
  };
  const strtab = sh(shstrndx);
  const out = new Map();
  for (let i = 1; i < shnum; i++) {
    const s = sh(i);
    let end = strtab.offset + s.name;
    while (b[end]) end++;
    const name = b.toString('latin1', strtab.offset + s.name, end);
    out.set(name, { addr: s.addr, bytes: s.type === 8 ? Buffer.alloc(0) : b.subarray(s.offset, s.offset + s.size) });
  }
  return out;
}


// ---- 1. build and generate ----

mkdirSync(RESULTS, { recursive: true });
if (BUILD) {
  console.log('building vm-core (npm run build) …');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
const file = join(RESULTS, `asm-${LINES}.s`);
writeFileSync(file, generate(LINES));
const rel = relative(ROOT, file);
const bytes = readFileSync(file).length;
console.log(`input: ${rel} (${LINES} lines, ${(bytes / 1e6).toFixed(1)} MB)`);

const gnu = has(GNU_AS) && has(GNU_GCC);
if (!gnu) console.log(`${GNU_AS} / ${GNU_GCC} not found: measuring Tessera only`);
const outDir = join(RESULTS, 'asm-out');
mkdirSync(outDir, { recursive: true });
const tesOut = join(outDir, 'tessera.elf');
const asOut = join(outDir, 'gnu.o');
const gccOut = join(outDir, 'gnu.elf');

const commands = {
  tesseraCli: ['node', [join('vm-core/bin/tessera.js'), 'asm', rel, '-o', relative(ROOT, tesOut)]],
  gnuAs: [GNU_AS, [...MARCH, rel, '-o', relative(ROOT, asOut)]],
  gnuGcc: [GNU_GCC, [...MARCH, '-nostdlib', '-Wl,--no-relax', rel, '-o', relative(ROOT, gccOut)]],
};

// ---- 2. same work? ----

const check = { done: false };
if (gnu) {
  measure(...commands.tesseraCli);
  measure(...commands.gnuGcc);
  const t = elfSections(tesOut);
  const g = elfSections(gccOut);
  const tt = t.get('.text');
  const gt = g.get('.text');
  check.done = true;
  check.textBytes = gt?.bytes.length ?? 0;
  check.textEqual = !!tt && !!gt && tt.addr === gt.addr && Buffer.compare(tt.bytes, gt.bytes) === 0;
  check.dataEqual = Buffer.compare(t.get('.data')?.bytes ?? Buffer.alloc(0), g.get('.data')?.bytes ?? Buffer.alloc(0)) === 0;
  console.log(`check: .text ${check.textEqual ? 'identical' : 'DIFFERENT'} (${check.textBytes} bytes), .data ${check.dataEqual ? 'identical' : 'different'}`);
  if (!check.textEqual) {
    console.error('Tessera and GNU do not produce the same .text: the benchmark would not compare equal work.');
    process.exit(1);
  }
}

// ---- 3. timed runs ----

const samples = { tesseraCli: [], gnuAs: [], gnuGcc: [] };
const cpu = { tesseraCli: [], gnuAs: [], gnuGcc: [] };
const rss = { tesseraCli: [], gnuAs: [], gnuGcc: [] };
const order = gnu ? ['gnuAs', 'gnuGcc', 'tesseraCli'] : ['tesseraCli'];
for (let i = 0; i < RUNS; i++) {
  process.stdout.write(`run ${i + 1}/${RUNS} …\r`);
  for (const k of order) {
    const m = measure(...commands[k]);
    samples[k].push(m.ms);
    if (m.cpuMs !== undefined) cpu[k].push(m.cpuMs);
    if (m.rssKb !== undefined) rss[k].push(m.rssKb);
  }
}
const inproc = JSON.parse(execFileSync('node', ['--expose-gc', join(ROOT, 'bench/asm/inproc.mjs'), rel, String(RUNS), '1'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 }));
if (inproc.errors) throw new Error(`Tessera reported ${inproc.errors} errors: ${inproc.firstError}`);

const results = [];
const add = (key, tool, what, times, cpuTimes, rssKb, rssHow) => {
  if (!times.length) return;
  const med = median(times);
  const cpuMed = cpuTimes.length ? median(cpuTimes) : undefined;
  results.push({ key, tool, what, runs: times.length, medianMs: med, minMs: Math.min(...times), cpuMedianMs: cpuMed, linesPerSec: LINES / (med / 1000), peakRssMb: rssKb === undefined ? undefined : rssKb / 1024, rssHow, times, cpuTimes });
};
const maxOf = (xs) => (xs.length ? Math.max(...xs) : undefined);
add('gnuAs', 'GNU as', 'assemble to .o', samples.gnuAs, cpu.gnuAs, maxOf(rss.gnuAs), 'time -v');
add('gnuGcc', 'GNU gcc -nostdlib', 'assemble + link', samples.gnuGcc, cpu.gnuGcc, maxOf(rss.gnuGcc), 'time -v');
add('tesseraInproc', 'Tessera assemble()', 'in-process, warm', inproc.times, inproc.cpuTimes, inproc.maxRssKb, 'process.resourceUsage().maxRSS of the child (warm-up + runs, gc between)');
add('tesseraCli', 'Tessera CLI', 'assemble + link + ELF, end to end', samples.tesseraCli, cpu.tesseraCli, maxOf(rss.tesseraCli), TIME ? 'time -v' : undefined);

const byKey = Object.fromEntries(results.map((r) => [r.key, r]));
const ratio = (a, b, f = 'medianMs') => (byKey[a]?.[f] !== undefined && byKey[b]?.[f] > 0 ? byKey[a][f] / byKey[b][f] : undefined);
const ratios = {
  inprocVsAs: ratio('tesseraInproc', 'gnuAs'),
  cliVsAs: ratio('tesseraCli', 'gnuAs'),
  cliVsGcc: ratio('tesseraCli', 'gnuGcc'),
  // CPU time (user + system) resists other load on the machine better than wall time.
  cpu: {
    inprocVsAs: ratio('tesseraInproc', 'gnuAs', 'cpuMedianMs'),
    cliVsAs: ratio('tesseraCli', 'gnuAs', 'cpuMedianMs'),
    cliVsGcc: ratio('tesseraCli', 'gnuGcc', 'cpuMedianMs'),
  },
};

// ---- 4. profile ----

let profile;
if (PROFILE) {
  const dir = join(RESULTS, 'asm-prof');
  rmSync(dir, { recursive: true, force: true });
  execFileSync('node', ['--cpu-prof', `--cpu-prof-dir=${dir}`, join(ROOT, 'bench/asm/inproc.mjs'), rel, '1', '1', 'elf'], { cwd: ROOT, stdio: 'ignore' });
  const f = readdirSync(dir).find((n) => n.endsWith('.cpuprofile'));
  profile = summarize(JSON.parse(readFileSync(join(dir, f), 'utf8')), 30);
  profile.file = relative(ROOT, join(dir, f));
  writeFileSync(join(RESULTS, 'asm-profile.txt'), formatSummary(profile));
}

// ---- 5. report ----

const fmtS = (ms) => `${(ms / 1000).toFixed(2)} s`;
const fmtRate = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M/s` : `${(x / 1e3).toFixed(0)} k/s`);
const base = { tesseraInproc: 'gnuAs', tesseraCli: 'gnuGcc', gnuAs: 'gnuAs', gnuGcc: 'gnuGcc' };
const rows = [['tool', 'what', 'median', 'min', 'lines/s', 'CPU', 'peak RSS', 'vs GNU (wall)', 'vs GNU (CPU)']];
for (const r of results) {
  const b = byKey[base[r.key]];
  const name = b ? ` ${b.tool.replace(/ -nostdlib/, '')}` : '';
  rows.push([
    r.tool, r.what, fmtS(r.medianMs), fmtS(r.minMs), fmtRate(r.linesPerSec),
    r.cpuMedianMs === undefined ? 'n/a' : fmtS(r.cpuMedianMs),
    r.peakRssMb === undefined ? 'n/a' : `${r.peakRssMb.toFixed(0)} MB`,
    b ? `${(r.medianMs / b.medianMs).toFixed(2)}×${name}` : '',
    b && r.cpuMedianMs !== undefined && b.cpuMedianMs > 0 ? `${(r.cpuMedianMs / b.cpuMedianMs).toFixed(2)}×${name}` : 'n/a',
  ]);
}
console.log(`\n${LINES} lines, ${RUNS} runs each, node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
console.log(table(rows, 2));

const goals = [];
const both = (wall, c) => `${wall.toFixed(2)}× wall${c === undefined ? '' : `, ${c.toFixed(2)}× CPU`}`;
if (ratios.inprocVsAs !== undefined) goals.push({ goal: `assemble() within ${GOAL_RATIO}× of GNU as`, value: both(ratios.inprocVsAs, ratios.cpu.inprocVsAs), met: ratios.inprocVsAs <= GOAL_RATIO });
if (ratios.cliVsAs !== undefined) goals.push({ goal: `tessera asm (CLI, + link + ELF) within ${GOAL_RATIO}× of GNU as`, value: both(ratios.cliVsAs, ratios.cpu.cliVsAs), met: ratios.cliVsAs <= GOAL_RATIO });
if (ratios.cliVsGcc !== undefined) goals.push({ goal: `tessera asm (CLI) within ${GOAL_RATIO}× of GNU as + ld`, value: both(ratios.cliVsGcc, ratios.cpu.cliVsGcc), met: ratios.cliVsGcc <= GOAL_RATIO });
for (const r of results.filter((x) => x.key.startsWith('tessera') && x.peakRssMb !== undefined)) {
  goals.push({ goal: `${r.tool} peak RSS under ${GOAL_RSS_MB} MB`, value: `${r.peakRssMb.toFixed(0)} MB`, met: r.peakRssMb < GOAL_RSS_MB });
}
console.log('\ngoals:');
for (const g of goals) console.log(`  ${g.met ? 'met   ' : 'MISSED'}  ${g.goal}: ${g.value}`);
if (profile) console.log(`\n${formatSummary({ ...profile, functions: profile.functions.slice(0, 15) })}(full summary: bench/results/asm-profile.txt, profile: ${profile.file})`);

const json = {
  date: new Date().toISOString(),
  node: process.version,
  machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30) },
  input: { file: rel, lines: LINES, bytes },
  runs: RUNS,
  loadAverage: loadavg(),
  rssSource: TIME ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS (Tessera only)',
  check,
  results,
  ratios,
  goals,
  profile,
};
writeFileSync(join(RESULTS, 'asm.json'), JSON.stringify(json, null, 2) + '\n');
console.log('\nwrote bench/results/asm.json');
