// Summarises a V8 .cpuprofile (from `node --cpu-prof`): top functions by self time, inclusive time
// of the assembler's stages, and self time grouped by where the code lives.
//
//   node bench/asm/profile.mjs FILE.cpuprofile [TOP]

import { readFileSync } from 'node:fs';

/** Stages, by a function name (and file) whose inclusive time is the stage's time. */
const STAGES = [
  ['read + decode source (cli)', 'readText', /cli\/io/],
  ['assemble (whole)', 'assemble', /asm\/assemble/],
  ['  one pass of a file', 'run', /asm\/assembler/],
  ['    lexing (chevrotain tokenize)', 'lex', /asm\/lexer/],
  ['    statement splitting', 'splitStatements', /asm\/statements/],
  ['    parsing (chevrotain CST)', 'parseStatement', /asm\/parser/],
  ['    CST → AST', 'buildStatement', /asm\/ast-builder/],
  ['    instructions (operands, encode, fixups)', 'assembleInstruction', /asm\/instructions/],
  ['    directives', 'runDirective', /asm\/directives/],
  ['    macro expansion', 'expandMacro', /asm\/macros/],
  ['    expression evaluation', 'evaluate', /asm\/assembler/],
  ['    fixups, relocations, object', 'finishObject', /asm\/fixups/],
  ['  long-branch check between passes', 'branchesNeedingLongForm', /asm\/fixups/],
  ['link', 'link', /link\/link/],
  ['ELF writing', 'writeElf', /elf\/write/],
  ['format diagnostics', 'formatDiagnostic', /diagnostics/],
];

function where(url) {
  if (!url) return '(native/runtime)';
  const m = /node_modules\/([^/]+)/.exec(url);
  if (m) return m[1];
  const s = /vm-core\/(?:dist|src)\/(.+?)\.(?:js|ts)$/.exec(url);
  if (s) return `vm-core/${s[1]}`;
  if (url.startsWith('node:')) return 'node internals';
  return url.replace(/^file:\/\//, '');
}

export function summarize(profile, top = 25) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map(); // node id → µs
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = deltas[i + 1] ?? 0;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  }
  let total = 0;
  for (const v of self.values()) total += v;
  const key = (n) => `${n.callFrame.functionName || '(anonymous)'} ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const byFn = new Map();
  const byPlace = new Map();
  const incl = new Map();
  for (const [id, t] of self) {
    const n = nodes.get(id);
    byFn.set(key(n), (byFn.get(key(n)) ?? 0) + t);
    const w = n.callFrame.functionName === '(garbage collector)' ? 'GC' : n.callFrame.functionName === '(idle)' ? 'idle' : n.callFrame.functionName === '(program)' ? '(program)' : where(n.callFrame.url);
    byPlace.set(w, (byPlace.get(w) ?? 0) + t);
    // Inclusive: every distinct function on the stack gets the sample once.
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const c = nodes.get(cur).callFrame;
      const k = `${c.functionName}|${c.url}`;
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + t);
    }
  }
  const pct = (t) => (100 * t) / total;
  const stages = STAGES.map(([label, fn, file]) => {
    let t = 0;
    for (const [k, v] of incl) {
      const [name, url] = k.split('|');
      if (name === fn && file.test(url)) t += v;
    }
    return { stage: label, ms: t / 1000, pct: pct(t) };
  });
  const functions = [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, t]) => ({ fn, ms: t / 1000, pct: pct(t) }));
  const places = [...byPlace].sort((a, b) => b[1] - a[1]).map(([place, t]) => ({ place, ms: t / 1000, pct: pct(t) }));
  return { totalMs: total / 1000, stages, functions, places };
}

export function formatSummary(s) {
  const f = (x) => `${x.ms.toFixed(0).padStart(7)} ms ${x.pct.toFixed(1).padStart(5)}%`;
  let out = `CPU profile: ${s.totalMs.toFixed(0)} ms sampled\n\nStages (inclusive time):\n`;
  for (const x of s.stages) out += `  ${f(x)}  ${x.stage}\n`;
  out += `\nSelf time by code location:\n`;
  for (const x of s.places.slice(0, 15)) out += `  ${f(x)}  ${x.place}\n`;
  out += `\nTop functions by self time:\n`;
  for (const x of s.functions) out += `  ${f(x)}  ${x.fn}\n`;
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const profile = JSON.parse(readFileSync(process.argv[2], 'utf8'));
  process.stdout.write(formatSummary(summarize(profile, Number(process.argv[3] ?? 25))));
}
