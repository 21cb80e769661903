// Never down: at least 10,000 generated and mutated sources (corpus windows with byte flips,
// splices, truncation, random tokens, binary garbage; token soup; unbalanced blocks; .include
// chains, cycles and missing files; a 1 MB line; a 100k-line file), each sent to ONE long-lived
// server process over stdio and pushed through every request the server advertises — with
// positions inside, past the end and nonsensical, and now and then an unknown URI. Every request
// must answer (a result or a ResponseError) within a generous bound, with an answer an editor can
// use (support/fuzz-check.ts: ranges inside the document, edits that apply, tokens on the text;
// formatting keeps the assembled bytes), and the process must live.
//
//   LSP_FUZZ_SEED=n      replay a run (the seed is printed at the start)
//   LSP_FUZZ_COUNT=n     number of sources (default 10,000)
//   LSP_FUZZ_ONLY=i,j-k  only these iterations (with the seed of a failing run)
//   LSP_FUZZ_DUMP=dir   write the text, request and answer of each unusable answer there
//   LSP_FUZZ_NODE_ARGS   flags for the server's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ResponseError, type SemanticTokensOptions, type ServerCapabilities, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusSources, fuzzSource, includeFiles, rng, SPECIAL_COUNT, type Rng } from './support/fuzz-gen.js';
import { answerProblems, assembledBytes, hasLoneCr } from './support/fuzz-check.js';
import { requestsFor, UNKNOWN_URIS, unfuzzable, type FuzzRequest } from './support/fuzz-requests.js';
import { LspSession } from './support/session.js';
import { TempWorkspace } from './support/workspace.js';

const SEED = process.env.LSP_FUZZ_SEED !== undefined ? Number(process.env.LSP_FUZZ_SEED) >>> 0 : (Math.random() * 2 ** 32) >>> 0;
const COUNT = Number(process.env.LSP_FUZZ_COUNT ?? 10_000);
const ONLY = process.env.LSP_FUZZ_ONLY?.split(',').flatMap((part) => {
  const [a, b] = part.split('-').map(Number);
  return b === undefined ? [a!] : Array.from({ length: b - a! + 1 }, (_, k) => a! + k);
});
const DUMP = process.env.LSP_FUZZ_DUMP; // a folder: the texts, requests and answers found unusable go there
if (DUMP) mkdirSync(DUMP, { recursive: true });
const LANES = 4; // documents in flight at once: keeps the server busy while the client builds the next
const HANG_MS = 60_000; // a request on the 100k-line file on a loaded 2-core box stays far below this
console.log(`LSP fuzz: seed ${SEED} (replay with LSP_FUZZ_SEED=${SEED}), ${COUNT} sources`);

const ws = new TempWorkspace('tessera-lsp-fuzz-');
let s: LspSession;
const corpus = corpusSources();
const INCLUDES = ['chain0.inc', 'cycle0.inc', 'self.inc', 'missing.inc', 'garbage.inc', 'nope.inc', '../../../../etc/passwd', ws.dir];

beforeAll(async () => {
  const r = rng(SEED);
  for (const [kind, depth] of [['chain', 100], ['cycle', 7], ['self', 1], ['missing', 1], ['garbage', 1]] as const) {
    for (const [name, text] of includeFiles(r, kind, depth)) ws.write(name, text);
  }
  s = await LspSession.start({
    folders: [ws.dir],
    timeoutMs: HANG_MS,
    settings: { tessera: { includePaths: [ws.dir] } },
    nodeArgs: process.env.LSP_FUZZ_NODE_ARGS?.split(' ').filter(Boolean),
  });
});

afterAll(async () => {
  s?.dispose();
  ws.dispose();
});

/** user + system CPU seconds of a process (Linux /proc), for the summary line. */
function cpuSeconds(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 Hz)
  } catch {
    return undefined;
  }
}

interface Failure {
  iteration: number;
  method: string;
  error: string;
}

function withUnknownUri(r: Rng, req: FuzzRequest): FuzzRequest {
  const p = req.params as { textDocument?: { uri: string } };
  if (!p.textDocument || !r.chance(0.05)) return req;
  return { ...req, params: { ...p, textDocument: { uri: r.pick(UNKNOWN_URIS) } } };
}

describe('fuzz: the server stays up and answers', () => {
  it(`answers every request for ${COUNT} generated and mutated sources`, async () => {
    const caps: ServerCapabilities = s.capabilities;
    expect(unfuzzable(caps), 'capabilities the fuzz test does not know how to exercise').toEqual([]);

    const failures: Failure[] = [];
    const methods = new Map<string, number>();
    let requests = 0;
    const slow: string[] = [];
    const started = Date.now();

    const invalid: Failure[] = [];
    let formatChecks = 0;
    const legend = (caps.semanticTokensProvider as SemanticTokensOptions | undefined)?.legend;

    const ask = async (i: number, req: FuzzRequest, target: string): Promise<void> => {
      requests++;
      methods.set(req.method, (methods.get(req.method) ?? 0) + 1);
      try {
        const result = await s.request(req.method, req.params, HANG_MS);
        const about = (req.params as { textDocument?: { uri?: string } } | null)?.textDocument?.uri ?? target;
        const doc = about === target ? s.document(target) : undefined;
        const problems = answerProblems({ method: req.method, doc, legend }, result);
        if (problems.length && DUMP && doc) writeFileSync(join(DUMP, `${i}.s`), doc.getText());
        if (problems.length && DUMP) writeFileSync(join(DUMP, `${i}-${req.method.replace(/\//g, '_')}.json`), JSON.stringify({ params: req.params, result }, null, 1));
        for (const problem of problems) invalid.push({ iteration: i, method: req.method, error: `${problem} (asked ${JSON.stringify(req.params).slice(0, 300)})` });
        const next = req.then?.(result);
        if (next) await ask(i, next, target);
      } catch (e) {
        // A ResponseError is an answer; a timeout or a dead server is a failure.
        // (The top of the stack says whether it was the server — timeout, exit — or this test's checks.)
        if (!(e instanceof ResponseError)) failures.push({ iteration: i, method: req.method, error: String((e as Error).stack ?? e).split('\n').slice(0, 3).join(' | ') });
      }
    };

    const iterations = ONLY ?? Array.from({ length: COUNT }, (_, i) => i);
    /** One document slot: iteration i's source replaces (or edits, or reopens as) its document, then every request. */
    const lane = (id: number) => {
      let uri = ws.uri(`lane${id}-0.s`);
      let opened = false;
      let done = 0;
      return async (i: number): Promise<void> => {
        const r = rng((SEED ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
        const text = fuzzSource(r, i, corpus, INCLUDES);
        // Open a fresh document now and then (and close the old one), else replace the open one's
        // text; then, sometimes, a few incremental edits. The text depends on `i` alone, so
        // LSP_FUZZ_ONLY=i replays it exactly.
        const fresh = r.chance(0.05); // drawn whatever the lane's state, so a replay draws the same
        if (!opened || fresh) {
          if (opened) await s.close(uri);
          uri = ws.uri(`lane${id}-${i}.s`);
          await s.open(uri, text);
          opened = true;
        } else {
          await s.replaceAll(uri, text);
        }
        if (r.chance(0.3)) {
          for (let n = 1 + r.int(4); n > 0; n--) {
            const doc = s.document(uri);
            const a = r.int(doc.getText().length + 1);
            await s.change(uri, [{ range: { start: doc.positionAt(a), end: doc.positionAt(a + r.int(50)) }, text: text.slice(r.int(text.length), r.int(text.length)).slice(0, 200) }]);
          }
        }
        const target = { uri, text: s.text(uri), diagnostics: s.latestDiagnostics(uri)?.diagnostics ?? [] };
        const t0 = Date.now();
        await Promise.all(requestsFor(r, target, caps).map((req) => ask(i, withUnknownUri(r, req), uri)));
        // On half the sources (those that assemble without errors): formatting keeps the bytes.
        if (caps.documentFormattingProvider && r.chance(0.5) && !hasLoneCr(target.text)) {
          const before = assembledBytes(target.text);
          if (before !== undefined) {
            formatChecks++;
            const edits = await s.request<TextEdit[] | null>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 8, insertSpaces: true } }, HANG_MS).catch(() => null);
            let formatted: string | undefined;
            try {
              formatted = TextDocument.applyEdits(s.document(uri), edits ?? []);
            } catch {
              // Overlapping edits: answerProblems has reported them.
            }
            if (formatted !== undefined && assembledBytes(formatted) !== before) {
              invalid.push({ iteration: i, method: 'textDocument/formatting', error: `formatting changed what the text assembles to:\n${target.text.slice(0, 400)}\n--- formatted:\n${formatted.slice(0, 400)}` });
            }
          }
        }
        if (Date.now() - t0 > 2000) slow.push(`#${i} (${target.text.length} chars, ${target.text.split('\n').length} lines): ${Date.now() - t0} ms`);
        if (++done % 1000 === 0) console.log(`  lane ${id}: ${done} sources; ${requests} requests in all, ${((Date.now() - started) / 1000).toFixed(0)} s`);
      };
    };
    // The pathological sources one at a time (each may keep the server busy for seconds: queued
    // behind each other their requests would only measure the queue), then the rest in lanes.
    const special = lane(LANES);
    for (const i of iterations.filter((x) => x < SPECIAL_COUNT)) if (s.alive) await special(i);
    const rest = iterations.filter((x) => x >= SPECIAL_COUNT);
    let next = 0;
    await Promise.all(Array.from({ length: LANES }, async (_, id) => {
      const run = lane(id);
      while (next < rest.length && s.alive) await run(rest[next++]!);
    }));

    const seconds = (Date.now() - started) / 1000;
    const serverCpu = cpuSeconds(s.pid);
    const clientCpu = (process.cpuUsage().user + process.cpuUsage().system) / 1e6;
    const handlerErrors = s.logs.filter((l) => /failed/.test(l.message));
    console.log(`LSP fuzz: ${iterations.length} sources, ${requests} requests (${[...methods.keys()].length} methods) in ${seconds.toFixed(0)} s; ` +
      `${handlerErrors.length} handler failures caught by the server and answered empty; ${formatChecks} formattings checked to keep the bytes; CPU: server ${serverCpu?.toFixed(0) ?? '?'} s, test process ${clientCpu.toFixed(0)} s`);
    if (slow.length) console.log(`  sources whose requests took over 2 s: ${slow.join('; ')}`);
    for (const m of [...new Set(handlerErrors.map((l) => l.message.split('\n')[0]))].slice(0, 10)) console.log(`  caught: ${m}`);

    expect(s.alive, `server died (seed ${SEED})\n${s.stderrTail()}`).toBe(true);
    expect(s.protocolErrors, 'the server wrote something that is not an LSP message').toEqual([]);
    expect(failures.slice(0, 20), `seed ${SEED}: requests that did not answer (replay: LSP_FUZZ_SEED=${SEED} LSP_FUZZ_ONLY=${[...new Set(failures.map((f) => f.iteration))].slice(0, 10).join(',')})`).toEqual([]);
    expect(invalid.slice(0, 20), `seed ${SEED}: answers an editor could not use (replay: LSP_FUZZ_SEED=${SEED} LSP_FUZZ_ONLY=${[...new Set(invalid.map((f) => f.iteration))].slice(0, 10).join(',')})`).toEqual([]);
    expect(requests).toBeGreaterThanOrEqual(iterations.length * 10);

    // Still itself afterwards: a fresh document gets its exact diagnostics.
    const check = ws.uri('after-fuzz.s');
    await s.open(check, '\t.text\n\tadi a0, a0, 1\n');
    const p = await s.diagnostics(check, 1);
    expect(p.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character])).toEqual([['asm/unknown-mnemonic', 1, 1]]);
    expect(await s.shutdown()).toEqual({ code: 0, signal: null });
  }, 900_000);
});
