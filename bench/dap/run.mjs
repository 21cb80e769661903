// Debug adapter benchmark: what a user feels in a debugging session, through the protocol, against
// the built adapter (debug-adapter/bin/tessera-dap.js over stdio, driven by DebugClient).
//
//   node bench/dap/run.mjs [--runs N] [--steps N] [--no-build] [KERNEL…]
//
// 1. builds the adapter (tsc -b debug-adapter; `--no-build` skips it);
// 2. run to a breakpoint: launch a bench/run kernel, a function breakpoint on a label reached only
//    after the kernel's work, `continue` → `stopped`, timed from the request to the event; the same
//    number of instructions in vm-core's fast mode (bench/dap/fast-child.mjs, a fresh process,
//    execute()'s own time). Speed ratio = fast time / debugger time (the issue's goal: ≥ 0.5);
//    N runs each (default 3), medians;
// 3. step round trip: `--steps` (default 300) steps of each kind from a stop inside the kernel —
//    stepIn by instruction, next by line, stepBack by instruction — each timed from the request to
//    the stopped event and the stackTrace answer that a client then asks for; median and p95;
// 4. the Counters scope (its trace timestamp is found by traced replays of the history, see
//    debug-adapter/README.md): test/dap/programs/spin.s stopped after 262,144 instructions, the
//    scopes + variables round trip of Counters at once after the stop, after a step, after a step
//    back; N runs, medians;
// 5. prints a table and writes bench/results/dap.json.
//
// Times are reported, never asserted.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import { numberOption, median, p95, progress, table, buildProject } from '../support.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = import.meta.dirname;
const BIN = join(ROOT, 'debug-adapter/bin/tessera-dap.js');
const RESULTS = join(ROOT, 'bench/results');
const GOAL_RATIO = 0.5;

/** scale: about 10^7 instructions before the breakpoint; stopAt: a label reached after the work. */
const KERNELS = [
  { name: 'sieve', scale: 3, stopAt: 'put_uint' },
  { name: 'sha256', scale: 2000, stopAt: 'put_str' },
  { name: 'sort', scale: 16000, stopAt: 'put_str' },
];

const argv = process.argv.slice(2);
const RUNS = numberOption(argv, '--runs', 3);
const STEPS = numberOption(argv, '--steps', 300);
const BUILD = !argv.includes('--no-build');
const named = argv.filter((a) => KERNELS.some((k) => k.name === a));
const kernels = KERNELS.filter((k) => named.length === 0 || named.includes(k.name));

const now = () => Number(process.hrtime.bigint()) / 1e6;


async function session(k) {
  const dc = new DebugClient('node', BIN, 'tessera', { cwd: ROOT });
  dc.defaultTimeout = 600_000;
  await dc.start();
  const initialized = dc.waitForEvent('initialized');
  const launched = dc.launch({ program: join(ROOT, 'bench/run/kernels', `${k.name}.elf`), args: [String(k.scale)], stopOnEntry: true });
  await initialized;
  const bp = await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: k.stopAt }] });
  if (!bp.body.breakpoints[0].verified) throw new Error(`${k.name}: no label ${k.stopAt}`);
  const entry = dc.waitForEvent('stopped');
  await dc.configurationDoneRequest();
  await launched;
  await entry;
  return dc;
}

async function runToBreakpoint(k) {
  const dc = await session(k);
  try {
    const stop = dc.waitForEvent('stopped');
    const t0 = now();
    await dc.continueRequest({ threadId: 1 });
    const e = await stop;
    const ms = now() - t0;
    if (e.body.reason !== 'function breakpoint') throw new Error(`${k.name}: stopped for ${e.body.reason} (${e.body.text ?? e.body.description ?? ''})`);
    const m = await dc.customRequest('tessera/chipMetrics', {});
    return { ms, instret: m.body.instret };
  } finally {
    await dc.stop();
  }
}

function fastRun(k, steps) {
  const r = spawnSync(process.execPath, [join(DIR, 'fast-child.mjs'), join(ROOT, 'bench/run/kernels', `${k.name}.elf`), String(k.scale), String(steps)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`fast-child ${k.name}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

async function stepLatency(k) {
  const dc = await session(k);
  const out = {};
  try {
    await dc.continueRequest({ threadId: 1 });
    await dc.waitForEvent('stopped');
    for (const [kind, req, granularity] of [['stepIn instruction', 'stepInRequest', 'instruction'], ['next line', 'nextRequest', 'line'], ['stepBack instruction', 'stepBackRequest', 'instruction']]) {
      const times = [];
      for (let i = 0; i < STEPS; i++) {
        const stop = dc.waitForEvent('stopped');
        const t0 = now();
        await dc[req]({ threadId: 1, granularity });
        await stop;
        await dc.stackTraceRequest({ threadId: 1 });
        times.push(now() - t0);
      }
      out[kind] = { medianMs: median(times), p95Ms: p95(times) };
    }
  } finally {
    await dc.stop();
  }
  return out;
}

/** Scopes + Counters variables, timed, as a client shows the scope; answers ms and the timestamp. */
async function countersRoundTrip(dc) {
  const t0 = now();
  const frame = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0];
  const scope = (await dc.scopesRequest({ frameId: frame.id })).body.scopes.find((x) => x.name === 'Counters');
  const vars = (await dc.variablesRequest({ variablesReference: scope.variablesReference })).body.variables;
  const ms = now() - t0;
  const ts = vars.find((v) => v.name === 'timestamp')?.value;
  if (!/^\d+$/.test(ts ?? '')) throw new Error(`counters: timestamp is ${ts}`);
  return ms;
}

async function countersLatency() {
  const spin = join(ROOT, 'test/dap/programs/spin.s');
  const line = 7; // `addi a0, a0, 1` (# @spin)
  const dc = new DebugClient('node', BIN, 'tessera', { cwd: ROOT });
  dc.defaultTimeout = 600_000;
  await dc.start();
  try {
    const initialized = dc.waitForEvent('initialized');
    const launched = dc.launch({ program: spin });
    await initialized;
    await dc.setBreakpointsRequest({ source: { path: spin }, breakpoints: [{ line, hitCondition: '131073' }] });
    const stop = dc.waitForEvent('stopped');
    await dc.configurationDoneRequest();
    await launched;
    await stop;
    const atStop = await countersRoundTrip(dc);
    await dc.setBreakpointsRequest({ source: { path: spin }, breakpoints: [] });
    let s = dc.waitForEvent('stopped');
    await dc.stepInRequest({ threadId: 1, granularity: 'instruction' });
    await s;
    const afterStep = await countersRoundTrip(dc);
    s = dc.waitForEvent('stopped');
    await dc.stepBackRequest({ threadId: 1, granularity: 'instruction' });
    await s;
    const afterStepBack = await countersRoundTrip(dc);
    return { atStop, afterStep, afterStepBack };
  } finally {
    await dc.stop();
  }
}

mkdirSync(RESULTS, { recursive: true });
if (BUILD) {
  console.log('building the adapter (tsc -b debug-adapter) …');
  buildProject('debug-adapter');
}

const results = [];
for (const k of kernels) {
  const debug = [];
  const fast = [];
  for (let i = 0; i < RUNS; i++) {
    progress(`${k.name}: run to breakpoint ${i + 1}/${RUNS} …`, 50);
    const d = await runToBreakpoint(k);
    debug.push(d);
    fast.push(fastRun(k, d.instret));
    if (fast.at(-1).instret !== d.instret) throw new Error(`${k.name}: fast mode ran ${fast.at(-1).instret} instructions, the debugger ${d.instret}`);
  }
  progress(`${k.name}: step latency …`, 50);
  const steps = await stepLatency(k);
  const debugMs = median(debug.map((d) => d.ms));
  const fastMs = median(fast.map((f) => f.wallMs));
  results.push({ kernel: k.name, scale: k.scale, stopAt: k.stopAt, instructions: debug[0].instret, debugMs, fastMs, ratio: fastMs / debugMs, debugMips: debug[0].instret / debugMs / 1000, fastMips: debug[0].instret / fastMs / 1000, debugTimes: debug.map((d) => d.ms), fastTimes: fast.map((f) => f.wallMs), steps });
}
progress('Counters scope …', 50);
const counterRuns = [];
for (let i = 0; i < RUNS; i++) counterRuns.push(await countersLatency());
const countersMs = Object.fromEntries(['atStop', 'afterStep', 'afterStepBack'].map((k) => [k, median(counterRuns.map((r) => r[k]))]));
progress('', 50);

console.log(`\n${RUNS} runs each, node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log('\nrun to a breakpoint (medians): the debugger against vm-core fast mode on the same instructions\n');
const rows = [['kernel', 'stop at', 'instructions', 'debugger', 'MIPS', 'fast', 'MIPS', 'speed vs fast']];
for (const r of results) rows.push([r.kernel, r.stopAt, `${(r.instructions / 1e6).toFixed(1)} M`, `${r.debugMs.toFixed(0)} ms`, r.debugMips.toFixed(1), `${r.fastMs.toFixed(0)} ms`, r.fastMips.toFixed(1), `${r.ratio.toFixed(2)}×`]);
console.log(table(rows));
console.log(`\nstep round trip (request → stopped event → stackTrace answer), ${STEPS} steps each\n`);
const rows2 = [['kernel', 'step', 'median', 'p95']];
for (const r of results) for (const [kind, s] of Object.entries(r.steps)) rows2.push([r.kernel, kind, `${s.medianMs.toFixed(2)} ms`, `${s.p95Ms.toFixed(2)} ms`]);
console.log(table(rows2));
console.log('\nCounters scope with its trace timestamp (scopes + variables), spin.s stopped after 262,144 instructions, medians\n');
console.log(table([['when', 'round trip'], ...Object.entries(countersMs).map(([k, ms]) => [k, `${ms.toFixed(1)} ms`])]));
const worst = Math.min(...results.map((r) => r.ratio));
console.log(`\ngoal: run to a breakpoint at ≥ ${GOAL_RATIO}× fast mode's speed: ${worst >= GOAL_RATIO ? 'met' : 'MISSED'} (worst ${worst.toFixed(2)}×)`);
writeFileSync(join(RESULTS, 'dap.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, loadavg: loadavg(), runs: RUNS, steps: STEPS, goalRatio: GOAL_RATIO, results, countersMs }, null, 2));
console.log('wrote bench/results/dap.json');
