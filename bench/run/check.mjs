// Correctness companion of the execution bench, for whoever changes the engine's hot path
// (fast.ts, memory.ts, the decode cache): quick, and strict where the fast loop takes shortcuts.
//
//   node bench/run/check.mjs [--no-build]
//
// 1. every test-corpus program with a recorded qemu run (test/corpus/**/NAME.ref.json `run`),
//    assembled by Tessera and run in fast and traced mode: stdout and exit code must be qemu's;
// 2. every corpus program and bench kernel (at a small scale), fast against traced, with odd
//    segment heights, small and larger than the fast loop's watch distance (segment boundaries
//    in odd places), then under a step limit and a
//    gas limit that stop it midway: same status, instret, pc, registers, rows per chip, and the
//    same segments, boundary for boundary;
// 3. the kernels' output against qemu's when qemu-riscv32 is installed.
//
// Exits 1 when anything differs. Programs whose ref names a known gap are reported, not failed.

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildProject } from '../support.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
if (!process.argv.includes('--no-build')) {
  buildProject('vm-core', 'inherit');
}
const { assemble } = await import('../../vm-core/dist/asm/assemble.js');
const { execute } = await import('../../vm-core/dist/machine/execute.js');

// Programs that use what the engine does not implement yet: expected to differ from qemu.
const KNOWN = new Map([['hand/insn', 'getpid (a7 = 172) is not in the linux environment yet']]);
// Smaller than the bench's short runs (a few million instructions at most): traced runs are slow.
const KERNEL_SCALES = { sha256: 300, sieve: 1, sort: 3000, interp: 300, matmul: 48 };

let failures = 0;
let runs = 0;
const fail = (msg) => {
  failures++;
  console.log(`FAIL ${msg}`);
};

function run(program, options) {
  let out = '';
  const io = { readStdin: () => new Uint8Array(0), writeStdout: (b) => { out += Buffer.from(b).toString('latin1'); }, writeStderr: () => {} };
  const r = execute(program, { io, ...options });
  runs++;
  return { ...r, stdout: out };
}

/** Fast and traced runs of one program under the same options must agree on everything observable. */
function agree(name, program, options) {
  const f = run(program, { ...options, mode: 'fast' });
  const t = run(program, { ...options, mode: 'traced' });
  const what = (r) => JSON.stringify({
    status: r.status, exitCode: r.exitCode, instret: r.instret, pc: r.pc, registers: [...r.registers], stdout: r.stdout,
    chipRows: r.chipRows, segments: r.segments, gasUsed: r.gasUsed, fault: r.fault && { kind: r.fault.kind, pc: r.fault.pc, address: r.fault.address },
  });
  const a = what(f);
  const b = what(t);
  if (a !== b) {
    let i = 0;
    while (a[i] === b[i]) i++;
    fail(`${name} ${JSON.stringify(options)}: fast and traced differ at …${a.slice(Math.max(0, i - 80), i + 80)}… vs …${b.slice(Math.max(0, i - 80), i + 80)}…`);
  }
  if (t.trace && t.trace.rowCount !== t.instret) fail(`${name}: ${t.trace.rowCount} trace rows for ${t.instret} instructions`);
  return f;
}

/** Stop limits placed midway through a run of `instret` instructions. */
function limits(instret) {
  const steps = Math.max(1, Math.floor(instret * 0.61));
  return [{ segmentHeight: 97 }, { segmentHeight: 6007 }, { segmentHeight: 1000, maxSteps: steps }, { gasLimit: Math.floor(instret * 0.43) + 7 }];
}

// ---- the corpus against qemu, and fast against traced ----

const corpus = join(ROOT, 'test/corpus');
let known = 0;
for (const dir of ['c', 'hand', 'forms']) {
  for (const f of readdirSync(join(corpus, dir)).sort()) {
    if (!f.endsWith('.ref.json')) continue;
    const ref = JSON.parse(readFileSync(join(corpus, dir, f), 'utf8'));
    const expected = ref.run;
    if (!expected) continue;
    const base = f.replace('.ref.json', '');
    const name = `${dir}/${base}`;
    const s = join(corpus, dir, `${base}.s`);
    const asm = assemble({ path: s, text: readFileSync(s, 'utf8') }, {
      readFile: (p) => { try { return readFileSync(join(dirname(s), p), 'utf8'); } catch { return undefined; } },
      march: ref.march,
    });
    if (!asm.image) {
      fail(`${name}: does not assemble`);
      continue;
    }
    for (const mode of ['fast', 'traced']) {
      const r = run(asm.image, { mode });
      if (r.stdout === expected.stdout && r.exitCode === expected.exitCode) continue;
      if (KNOWN.has(name)) {
        known++;
        console.log(`known ${name} ${mode}: ${KNOWN.get(name)} (${r.status}${r.fault ? `: ${r.fault.message}` : ''})`);
        continue;
      }
      fail(`${name} ${mode}: ${r.status} exit ${r.exitCode}${r.fault ? ` (${r.fault.message})` : ''}, stdout ${JSON.stringify(r.stdout.slice(0, 100))}; qemu: exit ${expected.exitCode}, ${JSON.stringify(String(expected.stdout).slice(0, 100))}`);
    }
    const full = agree(name, asm.image, {});
    for (const o of limits(full.instret)) agree(name, asm.image, o);
  }
}

// ---- the kernels ----

const hasQemu = spawnSync('qemu-riscv32', ['--version'], { stdio: 'ignore' }).status === 0;
for (const [k, scale] of Object.entries(KERNEL_SCALES)) {
  const elf = new Uint8Array(readFileSync(join(import.meta.dirname, 'kernels', `${k}.elf`)));
  const args = [String(scale)];
  const full = agree(`kernel ${k}`, elf, { args });
  for (const o of limits(full.instret)) agree(`kernel ${k}`, elf, { args, ...o });
  if (hasQemu) {
    const q = spawnSync('qemu-riscv32', [join(import.meta.dirname, 'kernels', `${k}.elf`), ...args], { encoding: 'latin1' });
    if (q.stdout !== full.stdout || q.status !== full.exitCode) fail(`kernel ${k}: qemu printed ${JSON.stringify(q.stdout)} (exit ${q.status}), Tessera ${JSON.stringify(full.stdout)} (exit ${full.exitCode})`);
  }
}

console.log(`${runs} runs, ${failures} failures${known ? `, ${known} known differences` : ''}`);
process.exitCode = failures ? 1 : 0;
