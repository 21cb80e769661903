// Fuzzing assemble() and assembleFile(): generated and mutated sources must never make the
// assembler throw or hang, and every diagnostic must be well-formed (see check.ts).
//
//   npx vitest run vm-core/test/fuzz                       # default seed, 10,000 inputs + the pathological cases
//   FUZZ_SEED=1234 npx vitest run vm-core/test/fuzz        # another seed (FUZZ_SEED=random picks one and prints it)
//   FUZZ_COUNT=100000 npx vitest run vm-core/test/fuzz     # more inputs (spread over the campaigns as by default)
//   FUZZ_HANG_MS=2000 FUZZ_KILL_MS=2500                    # slow-input limit, and when a running input is stopped
//   FUZZ_JOBS=2                                            # child processes running inputs side by side
//
// Inputs run in a child process (the assembler sources bundled with esbuild; it survives V8 aborts),
// so an input that hangs or runs out of memory is stopped and reported instead of stalling the
// run. Every input is regenerated from (seed, campaign, index); failures are grouped by kind, the
// smallest input of each kind is minimized, and all are written to $TMPDIR/tessera-fuzz-SEED/.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FuzzInput, Problem } from './check.js';
import { genBytes, genCorpus, genSoup, genStructured, loadCorpus, type CorpusFile } from './generators.js';
import { bundleWorker, HANG_MS, minimize, Pool, problemsOf, Runner, saveFailures, type Failure } from './harness.js';
import { PATHOLOGICAL } from './pathological.js';
import { hash32, Rng } from './prng.js';

const SEED = process.env.FUZZ_SEED === 'random' ? (Math.random() * 2 ** 32) >>> 0 : Number(process.env.FUZZ_SEED ?? 20261123) >>> 0;
const COUNT = Number(process.env.FUZZ_COUNT ?? 10_000);
/** Kinds of failure reported per campaign, and the time spent minimizing their inputs. */
const MAX_KINDS = 15;
const MINIMIZE_MS = 15_000;

/** Child processes running inputs side by side (the machines have 2 cores). */
const JOBS = Math.max(1, Number(process.env.FUZZ_JOBS ?? 2));

const corpus: CorpusFile[] = loadCorpus();
let pool: Pool;
let bundle: ReturnType<typeof bundleWorker>;

beforeAll(() => {
  bundle = bundleWorker();
  const files = Object.fromEntries(corpus.map((f) => [f.path, f.text]));
  pool = new Pool(Array.from({ length: JOBS }, () => new Runner(bundle.path, files)));
});
afterAll(async () => {
  await pool?.close();
  bundle?.dispose();
});

function preview(text: string, max = 400): string {
  const s = JSON.stringify(text);
  return s.length <= max ? s : `${s.slice(0, max)}… (${text.length} chars)`;
}

/** Groups failures by signature, minimizes one input per group and writes them out. */
async function report(campaign: string, failures: Failure[]): Promise<string[]> {
  if (failures.length === 0) return [];
  const groups = new Map<string, Failure[]>();
  for (const f of failures) groups.set(f.problem.sig, [...(groups.get(f.problem.sig) ?? []), f]);
  const items: Array<{ input: FuzzInput; minimal: FuzzInput; problem: Problem; count: number }> = [];
  // The most frequent kinds first; minimizing shares one time budget.
  const deadline = performance.now() + MINIMIZE_MS;
  for (const [, list] of [...groups].sort((a, b) => b[1].length - a[1].length).slice(0, MAX_KINDS)) {
    const smallest = list.reduce((a, b) => (b.input.text.length < a.input.text.length || (b.input.text.length === a.input.text.length && b.input.name < a.input.name) ? b : a));
    const minimal = await minimize(pool, smallest, Math.max(0, Math.min(5000, deadline - performance.now())));
    items.push({ input: smallest.input, minimal, problem: smallest.problem, count: list.length });
  }
  const dir = saveFailures(SEED, campaign, items);
  const lines = items.map(
    (it) => `[${it.problem.sig}] ×${it.count}: ${it.problem.detail}\n    input ${it.input.name} (${it.input.path}): ${preview(it.input.text, 200)}\n    minimal: ${preview(it.minimal.text)}`,
  );
  const others = [...groups].sort((a, b) => b[1].length - a[1].length).slice(MAX_KINDS).map(([sig, list]) => `${sig} ×${list.length}`);
  if (others.length) lines.push(`  other kinds: ${others.join(', ')}`);
  const header = `FUZZ_SEED=${SEED} campaign ${campaign}: ${failures.length} failures in ${new Set(failures.map((f) => f.input)).size} inputs, ${groups.size} kinds${groups.size > items.length ? ` (the ${items.length} most frequent shown)` : ''}; inputs in ${dir}`;
  console.log(`${header}\n${lines.join('\n')}`);
  return [header, ...lines];
}

async function campaign(name: string, count: number, gen: (rng: Rng) => FuzzInput): Promise<void> {
  const failures: Failure[] = [];
  let slowest = 0;
  let withImage = 0;
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    pool.runners.map(async () => {
      for (let i = next++; i < count; i = next++) {
        const input = gen(new Rng(hash32(SEED, name, i)));
        input.name = `${name} #${i}${input.name.startsWith('corpus:') ? ` (${input.name.slice(7)})` : ''}`;
        const r = await pool.with((runner) => runner.run(input));
        if (r.kind === 'done') {
          slowest = Math.max(slowest, r.outcome.ms);
          if (r.outcome.image) withImage++;
        }
        for (const problem of problemsOf(r)) failures.push({ input, problem, ms: r.kind === 'done' ? r.outcome.ms : r.ms });
      }
    }),
  );
  console.log(`fuzz ${name}: ${count} inputs in ${Math.round(performance.now() - t0)} ms (slowest ${Math.round(slowest)} ms, ${withImage} linked), seed ${SEED}`);
  expect(await report(name, failures)).toEqual([]);
}

// Shares of FUZZ_COUNT per campaign.
const SHARES = { bytes: 0.2, soup: 0.3, structured: 0.3, corpus: 0.2 };
/** Generous: a campaign normally takes seconds, but inputs that hang each cost the kill limit. */
const TIMEOUT = 600_000;
const n = (share: number): number => Math.max(1, Math.round(COUNT * share));

describe(`assembler fuzz (FUZZ_SEED=${SEED})`, () => {
  it(`random bytes (${n(SHARES.bytes)} inputs)`, () => campaign('bytes', n(SHARES.bytes), genBytes), TIMEOUT);
  it(`token soup (${n(SHARES.soup)} inputs)`, () => campaign('soup', n(SHARES.soup), genSoup), TIMEOUT);
  it(`structured programs (${n(SHARES.structured)} inputs)`, () => campaign('structured', n(SHARES.structured), genStructured), TIMEOUT);
  it(`mutated corpus programs (${n(SHARES.corpus)} inputs)`, () => campaign('corpus', n(SHARES.corpus), (rng) => genCorpus(rng, corpus)), TIMEOUT);
});

describe('assembler pathological inputs', () => {
  // All cases run first, side by side on the pool; each test then checks its own case.
  const results = new Map<FuzzInput, { problems: Problem[]; ms: number }>();
  beforeAll(async () => {
    const t0 = performance.now();
    await Promise.all(
      PATHOLOGICAL.map((input) =>
        pool.with(async (runner) => {
          const r = await runner.run(input);
          results.set(input, { problems: problemsOf(r), ms: r.kind === 'done' ? r.outcome.ms : r.ms });
        }),
      ),
    );
    console.log(`pathological: ${PATHOLOGICAL.length} inputs in ${Math.round(performance.now() - t0)} ms`);
  }, TIMEOUT);

  for (const input of PATHOLOGICAL) {
    it(input.name, () => {
      const { problems, ms } = results.get(input)!;
      const detail = problems.map((p) => `[${p.sig}] ${p.detail}`);
      if (problems.length) console.log(`pathological '${input.name}' (${Math.round(ms)} ms, limit ${HANG_MS} ms):\n  ${detail.join('\n  ')}`);
      expect(detail).toEqual([]);
    });
  }
});
