// Language-server benchmark: the real server over stdio (`node server/bin/tessera-lsp.js --stdio`),
// driven by a JSON-RPC client as an editor drives it, against the issue's goals and beside the
// assembler's own time on the same file.
//
//   node bench/lsp/run.mjs [--runs N] [--lines N] [--no-build]
//
// 1. builds the server (tsc -b server, then esbuild's bundle that tessera-lsp runs; `--no-build` skips it) and writes bench/results/lsp-LINES.s
//    (bench/asm/gen.mjs: a deterministic program in GNU syntax, default 10,000 lines);
// 2. reference: `assemble()` of that file in-process (bench/asm/inproc.mjs, warm) and `tessera asm`
//    (the CLI, source to ELF), and GNU `as` when installed — what an analysis can hardly beat;
// 3. edit → diagnostics: N edits (default 20) in the middle of the open file, each a didChange
//    timed to the publishDiagnostics of its version; with tessera.diagnosticsDelay 0 (the work)
//    and with the default delay (what a user waits for: the debounce plus the work);
// 4. completion and hover: N requests each at positions across the file (mnemonic slot, register
//    slot, label slot), after the analysis settled, and completion right after an edit (typing,
//    with the default diagnosticsDelay);
// 5. memory: a 100k-line workspace — ten 10,000-line files open at once — analysed; the server's
//    RSS (and peak) from /proc, then a workspace/symbol query over all of it;
// 6. prints the tables and goals (met / MISSED) and writes bench/results/lsp.json.
//
// Times are reported, never asserted: nothing fails because of a number.

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { generate } from '../asm/gen.mjs';
import { numberOption, median, p95, progress, table, buildProject } from '../support.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const RESULTS = join(ROOT, 'bench/results');
const SERVER = join(ROOT, 'server/bin/tessera-lsp.js');
const GOALS = { diagnosticsMs: 50, completionMs: 20, rssMb: 150 };

const argv = process.argv.slice(2);
const RUNS = numberOption(argv, '--runs', 20);
const LINES = numberOption(argv, '--lines', 10_000);
const BUILD = !argv.includes('--no-build');
const WORKSPACE_FILES = 10;

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

// ---- 1. build and input ----

mkdirSync(RESULTS, { recursive: true });
if (BUILD) {
  // The bundle is what runs for users (tessera-lsp and the extension): it starts with less memory
  // than the tsc output, and the bin prefers it when it is newer than the tsc build.
  console.log('building the server (tsc -b server, then the bundle) …');
  buildProject('server');
  execFileSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit' });
}
// Each server gets a folder of its own as its workspace: the server may index the workspace's .s
// files, and bench/results holds other benches' large inputs.
const SINGLE = join(RESULTS, 'lsp-single');
const WORKSPACE = join(RESULTS, 'lsp-workspace');
for (const d of [SINGLE, WORKSPACE]) {
  rmSync(d, { recursive: true, force: true });
  mkdirSync(d, { recursive: true });
}
const file = join(SINGLE, `lsp-${LINES}.s`);
const text = generate(LINES);
writeFileSync(file, text);
const lines = text.split('\n');

// ---- 2. reference: the assembler alone ----

progress('reference: assemble() in-process …', 60);
const inproc = JSON.parse(execFileSync(process.execPath, ['--expose-gc', join(ROOT, 'bench/asm/inproc.mjs'), file, String(5), '2'], { encoding: 'utf8' }).trim().split('\n').pop());
const cliTimes = [];
for (let i = 0; i < 3; i++) {
  progress(`reference: tessera asm ${i + 1}/3 …`, 60);
  const t0 = performance.now();
  execFileSync(process.execPath, [join(ROOT, 'vm-core/bin/tessera.js'), 'asm', file, '-o', join(tmpdir(), 'tessera-bench-lsp.elf')], { stdio: 'ignore' });
  cliTimes.push(performance.now() - t0);
}
let gnuAs;
if (spawnSync('riscv64-unknown-elf-as', ['--version'], { stdio: 'ignore' }).status === 0) {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    spawnSync('riscv64-unknown-elf-as', ['-march=rv32im', '-mabi=ilp32', file, '-o', join(tmpdir(), 'tessera-bench-lsp.o')], { stdio: 'ignore' });
    times.push(performance.now() - t0);
  }
  gnuAs = median(times);
}

// ---- the client ----

async function startServer(settings, folder) {
  // BENCH_LSP_NODE_ARGS: options for the server's node (e.g. --cpu-prof --cpu-prof-dir=DIR to profile it).
  const nodeArgs = process.env.BENCH_LSP_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { cwd: ROOT, stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = new Set();
  const latest = new Map(); // uri → { at, params }: a wait for a version already published ends at once
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    latest.set(p.uri, { at: performance.now(), params: p });
    for (const w of [...waiters]) {
      if (w.uri === p.uri && (w.version === undefined || (p.version ?? -1) >= w.version)) {
        waiters.delete(w);
        w.resolve({ at: performance.now(), params: p });
      }
    }
  });
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => settings));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.listen();
  const died = new Promise((_, reject) => child.on('exit', (code, signal) => reject(new Error(`server exited (${signal ?? code}):\n${stderr.slice(-3000)}`))));
  died.catch(() => {});
  const bounded = (promise, what, ms = 120_000) => Promise.race([promise, died, new Promise((_, rej) => setTimeout(() => rej(new Error(`${what}: no answer within ${ms} ms`)), ms).unref())]);
  const diagnostics = (uri, version) => {
    const seen = latest.get(uri);
    if (seen && (seen.params.version ?? -1) >= version) return Promise.resolve(seen);
    return bounded(new Promise((resolve) => waiters.add({ uri, version, resolve })), `diagnostics for ${uri} v${version}`);
  };
  const request = (method, params) => bounded(conn.sendRequest(method, params), method);
  const versions = new Map();
  const server = {
    child,
    request,
    diagnostics,
    async open(uri, body) {
      versions.set(uri, 1);
      const d = diagnostics(uri, 1);
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'riscv-asm', version: 1, text: body } });
      return d;
    },
    async change(uri, changes) {
      const version = versions.get(uri) + 1;
      versions.set(uri, version);
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
      return version;
    },
    /** The server's CPU time so far (user + system, ms; /proc ticks of 10 ms). */
    cpuMs() {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    },
    rss() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
      return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
    },
    async stop() {
      await request('shutdown', null);
      await conn.sendNotification('exit');
      await new Promise((r) => (child.exitCode !== null ? r() : child.on('exit', r)));
      conn.dispose();
    },
  };
  await request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true }, completion: { completionItem: { snippetSupport: true } }, hover: { contentFormat: ['markdown'] } } },
  });
  await conn.sendNotification('initialized', {});
  return server;
}

// A line in the middle holding `addi rd, rs, N`, whose immediate the edits change: the kind of
// edit typing makes, and one that keeps the file valid (so each analysis does the whole work).
const editLines = [];
for (let i = Math.floor(lines.length / 2); editLines.length < RUNS && i < lines.length; i++) {
  if (/^\s+addi\s+\w+,\s*\w+,\s*-?\d+\s*$/.test(lines[i])) editLines.push(i);
}
const editAt = (i, k) => {
  const m = /^(\s+addi\s+\w+,\s*\w+,\s*)(-?\d+)/.exec(lines[i]);
  return { range: { start: { line: i, character: m[1].length }, end: { line: i, character: m[1].length + m[2].length } }, text: String(k % 100) };
};

/** Positions for completion/hover: the mnemonic, the first register and a branch target. */
const positions = [];
for (let i = Math.floor(lines.length / 4); positions.length < RUNS * 3 && i < lines.length; i += 97) {
  const l = lines[i];
  const m = /^(\s+)(\w+)(\s+)(\w+)/.exec(l);
  if (!m) continue;
  positions.push({ kind: 'mnemonic', line: i, character: m[1].length + 1 });
  positions.push({ kind: 'register', line: i, character: m[1].length + m[2].length + m[3].length + 1 });
  const j = /^(\s+(?:j|bnez|beqz|call)\s+(?:\w+,\s*)?)(\S+)$/.exec(l);
  if (j) positions.push({ kind: 'label', line: i, character: j[1].length + 1 });
}

async function timeEdits(server, uri, runs, label, cpu = []) {
  const times = [];
  for (let k = 0; k < runs; k++) {
    progress(`${label}: edit ${k + 1}/${runs} …`, 60);
    const i = editLines[k % editLines.length];
    const c0 = server.cpuMs();
    const t0 = performance.now();
    const version = await server.change(uri, [editAt(i, k + 1)]);
    const { at, params } = await server.diagnostics(uri, version);
    cpu.push(server.cpuMs() - c0);
    if (params.diagnostics.some((d) => d.severity === 1)) throw new Error(`the edit made errors: ${JSON.stringify(params.diagnostics.slice(0, 3))}`);
    times.push(at - t0);
  }
  return times;
}

async function timeRequests(server, uri, method, extra = {}) {
  const times = [];
  let answered = 0;
  for (const p of positions.slice(0, RUNS * 2)) {
    const t0 = performance.now();
    const r = await server.request(method, { textDocument: { uri }, position: { line: p.line, character: p.character }, ...extra });
    times.push(performance.now() - t0);
    if (r && (!Array.isArray(r) || r.length) && (!r.items || r.items.length)) answered++;
  }
  return { times, answered, asked: times.length };
}

// ---- 3. and 4.: one 10k-line file ----

const uri = pathToFileURL(file).href;
const results = {};
{
  const server = await startServer({ diagnosticsDelay: 0 }, SINGLE);
  progress('open …', 60);
  const t0 = performance.now();
  const first = await server.open(uri, text);
  results.openMs = first.at - t0;
  results.openDiagnostics = first.params.diagnostics.length;
  results.editsCpu = [];
  results.edits = await timeEdits(server, uri, RUNS, 'diagnosticsDelay 0', results.editsCpu);
  results.completion = await timeRequests(server, uri, 'textDocument/completion', { context: { triggerKind: 1 } });
  results.hover = await timeRequests(server, uri, 'textDocument/hover');
  results.rss10k = server.rss();
  await server.stop();
}
{
  const server = await startServer({}, SINGLE);
  await server.open(uri, text);
  results.editsDefaultDelay = await timeEdits(server, uri, Math.min(RUNS, 10), 'default diagnosticsDelay');
  // Typing: an edit, and completion asked at once (before that edit's analysis), with the default
  // debounce a user has; with diagnosticsDelay 0 the analysis would start first and hold the server.
  const typing = [];
  for (let k = 0; k < RUNS; k++) {
    progress(`completion while typing ${k + 1}/${RUNS} …`, 60);
    const i = editLines[k % editLines.length];
    const version = await server.change(uri, [editAt(i, k + 50)]);
    const t1 = performance.now();
    await server.request('textDocument/completion', { textDocument: { uri }, position: { line: i + 1, character: 1 }, context: { triggerKind: 1 } });
    typing.push(performance.now() - t1);
    await server.diagnostics(uri, version);
  }
  results.completionTyping = typing;
  await server.stop();
}

// ---- 5. a 100k-line workspace ----

{
  // The files are on disk before the server starts, as in a checkout; then all of them are opened.
  const bodies = [];
  for (let f = 0; f < WORKSPACE_FILES; f++) {
    const body = generate(LINES, 0x1000 + f);
    const path = join(WORKSPACE, `lsp-ws-${f}.s`);
    writeFileSync(path, body);
    bodies.push({ path, body });
  }
  const server = await startServer({ diagnosticsDelay: 0 }, WORKSPACE);
  const before = server.rss();
  const t0 = performance.now();
  for (const [f, { path, body }] of bodies.entries()) {
    progress(`workspace: opening file ${f + 1}/${WORKSPACE_FILES} …`, 60);
    await server.open(pathToFileURL(path).href, body);
  }
  const openAll = performance.now() - t0;
  const after = server.rss();
  const t1 = performance.now();
  const symbols = await server.request('workspace/symbol', { query: 'f12' });
  results.workspace = {
    files: WORKSPACE_FILES, lines: WORKSPACE_FILES * LINES, openAllMs: openAll,
    rssBeforeMb: before.rssMb, rssMb: after.rssMb, peakMb: after.peakMb,
    workspaceSymbolMs: performance.now() - t1, workspaceSymbols: symbols?.length ?? 0,
  };
  await server.stop();
}
progress('', 60);

// ---- 6. report ----

const d0 = median(results.edits);
const d0Cpu = median(results.editsCpu);
const asmCpu = median(inproc.cpuTimes);
const dDefault = median(results.editsDefaultDelay);
const c = median(results.completion.times);
const ct = median(results.completionTyping);
const h = median(results.hover.times);
const ws = results.workspace;
console.log(`\nnode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(`file: ${LINES} lines (bench/asm/gen.mjs), ${RUNS} samples per row\n`);
console.log(table([
  ['what', 'median', 'p95', 'min', 'reference'],
  ['open → diagnostics', fmt(results.openMs), '', '', `assemble() ${fmt(median(inproc.times))} warm, tessera asm ${fmt(median(cliTimes))}${gnuAs ? `, GNU as ${fmt(gnuAs)}` : ''}`],
  ['didChange → diagnostics (delay 0)', fmt(d0), fmt(p95(results.edits)), fmt(Math.min(...results.edits)), `${(d0 / (median(inproc.times))).toFixed(2)}× assemble()`],
  ['  … the server\'s CPU time per edit', fmt(d0Cpu), fmt(p95(results.editsCpu)), fmt(Math.min(...results.editsCpu)), `${(d0Cpu / asmCpu).toFixed(2)}× assemble()'s CPU (${fmt(asmCpu)})`],
  ['didChange → diagnostics (default delay)', fmt(dDefault), fmt(p95(results.editsDefaultDelay)), fmt(Math.min(...results.editsDefaultDelay)), 'includes the debounce'],
  ['completion (settled)', fmt(c), fmt(p95(results.completion.times)), fmt(Math.min(...results.completion.times)), `${results.completion.answered}/${results.completion.asked} non-empty`],
  ['completion right after an edit (default delay)', fmt(ct), fmt(p95(results.completionTyping)), fmt(Math.min(...results.completionTyping)), ''],
  ['hover', fmt(h), fmt(p95(results.hover.times)), fmt(Math.min(...results.hover.times)), `${results.hover.answered}/${results.hover.asked} non-empty`],
  [`workspace/symbol over ${ws.lines} lines`, fmt(ws.workspaceSymbolMs), '', '', `${ws.workspaceSymbols} symbols`],
]));
console.log(`\nmemory: ${ws.files} files × ${LINES} lines open: RSS ${ws.rssMb.toFixed(0)} MB (peak ${ws.peakMb.toFixed(0)} MB; ${ws.rssBeforeMb.toFixed(0)} MB before opening), analysed in ${fmt(ws.openAllMs)}; one ${LINES}-line file: RSS ${results.rss10k.rssMb.toFixed(0)} MB`);
const goals = {
  diagnostics: { goalMs: GOALS.diagnosticsMs, medianMs: d0, serverCpuMedianMs: d0Cpu, medianDefaultDelayMs: dDefault, met: d0 <= GOALS.diagnosticsMs },
  completion: { goalMs: GOALS.completionMs, medianMs: c, typingMedianMs: ct, met: Math.max(c, ct) <= GOALS.completionMs },
  memory: { goalMb: GOALS.rssMb, rssMb: ws.rssMb, peakMb: ws.peakMb, met: ws.peakMb <= GOALS.rssMb },
};
console.log('\ngoals:');
console.log(`  diagnostics ≤ ${GOALS.diagnosticsMs} ms after an edit of a ${LINES}-line file: ${goals.diagnostics.met ? 'met' : 'MISSED'} (${fmt(d0)} with diagnosticsDelay 0, of which ${fmt(d0Cpu)} server CPU; ${fmt(dDefault)} with the default delay)`);
console.log(`  completion ≤ ${GOALS.completionMs} ms: ${goals.completion.met ? 'met' : 'MISSED'} (${fmt(c)} settled, ${fmt(ct)} right after an edit)`);
console.log(`  server memory ≤ ${GOALS.rssMb} MB with a ${ws.lines}-line workspace: ${goals.memory.met ? 'met' : 'MISSED'} (peak RSS ${ws.peakMb.toFixed(0)} MB)`);

writeFileSync(join(RESULTS, 'lsp.json'), `${JSON.stringify({
  date: new Date().toISOString(), node: process.version, cpus: cpus().length, loadavg: loadavg(), lines: LINES, runs: RUNS,
  reference: { assembleMs: inproc, cliMs: cliTimes, gnuAsMs: gnuAs },
  results, goals,
}, null, 2)}\n`);
console.log('\nresults: bench/results/lsp.json');
