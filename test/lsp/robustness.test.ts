// The fuzz test's promise, made deterministic for the cases the issue names: every request the
// server advertises, asked at positions past the end of the text (line 2^31-1, character
// 2^31-1), at the very start of an empty document, and about a URI that was never opened — each
// answers (a result or a ResponseError) with an answer an editor can use, and the server lives on.
import { ResponseError, type SemanticTokensOptions } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerProblems } from './support/fuzz-check.js';
import type { Rng } from './support/fuzz-gen.js';
import { requestsFor, type FuzzRequest } from './support/fuzz-requests.js';
import { LspSession } from './support/session.js';

/** An Rng that always takes the last choice: positions come out as (2^31-1, 2^31-1). */
const extreme: Rng = { next: () => 0.999, int: (n) => Math.max(0, n - 1), pick: (a) => a[a.length - 1]!, chance: () => false };
/** One that always takes the first: positions at 0:0. */
const first: Rng = { next: () => 0, int: () => 0, pick: (a) => a[0]!, chance: () => true };

const PROGRAM = '\t.text\n\t.globl _start\n_start:\n\tli a0, 1\n\tcall f\nf:\tret\n';
let s: LspSession;

beforeAll(async () => {
  s = await LspSession.start({ settings: { tessera: { diagnosticsDelay: 0 } } });
  await s.open('file:///tmp/robust-program.s', PROGRAM);
  await s.open('file:///tmp/robust-empty.s', '');
  await s.diagnostics('file:///tmp/robust-program.s', 1);
  await s.diagnostics('file:///tmp/robust-empty.s', 1);
});

afterAll(async () => {
  if (s?.alive) expect(await s.shutdown()).toEqual({ code: 0, signal: null });
  s?.dispose();
});

const cases: [what: string, uri: string, text: string, rng: Rng][] = [
  ['positions past the end', 'file:///tmp/robust-program.s', PROGRAM, extreme],
  ['an empty document at 0:0', 'file:///tmp/robust-empty.s', '', first],
  ['an unknown URI', 'file:///nonexistent/never-opened.s', PROGRAM, first],
  ['an unknown URI, positions past the end', 'untitled:Untitled-9', '', extreme],
];

describe.each(cases)('every advertised request: %s', (_what, uri, text, rng) => {
  it('answers each with a result or a ResponseError, usable by an editor', async () => {
    const legend = (s.capabilities.semanticTokensProvider as SemanticTokensOptions | undefined)?.legend;
    const reqs = requestsFor(rng, { uri, text, diagnostics: [] }, s.capabilities);
    expect(reqs.length).toBeGreaterThan(10);
    const outcomes: string[] = [];
    const ask = async (req: FuzzRequest): Promise<void> => {
      try {
        const result = await s.request(req.method, req.params);
        const doc = uri.startsWith('file:///tmp/robust-') ? s.document(uri) : undefined;
        const problems = answerProblems({ method: req.method, doc, legend }, result);
        outcomes.push(problems.length ? `${req.method}: ${problems.join('; ')}` : `${req.method}: ok`);
        const next = req.then?.(result);
        if (next) await ask(next);
      } catch (e) {
        outcomes.push(e instanceof ResponseError ? `${req.method}: ok` : `${req.method}: ${(e as Error).message.split('\n')[0]}`);
      }
    };
    await Promise.all(reqs.map(ask));
    expect(outcomes.filter((o) => !o.endsWith(': ok'))).toEqual([]);
    expect(s.alive).toBe(true);
  });
});
