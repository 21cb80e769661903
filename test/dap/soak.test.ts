// Soak: 10,000 random steps forward and back (by instruction and by line, into and over calls) on
// a corpus program, checking the registers against an undebugged run as it goes; then continue to
// the end: the output and exit code equal the undebugged run (qemu's reference).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, ensureBuilt, launch, registers, startClient, stopped, take, type Client } from './harness.js';
import { referenceRegisters } from './reference.js';

beforeAll(() => ensureBuilt());

let dc: Client;
afterEach(async () => {
  await dc?.stop();
});

const STEPS = Number(process.env.TESSERA_SOAK_STEPS ?? 10_000);
const NAME = 'strings.O0';
const PROGRAM = join(CORPUS, `${NAME}.s`);
const REF = JSON.parse(readFileSync(join(CORPUS, `${NAME}.ref.json`), 'utf8')) as { stdout: string; exitCode: number; args: string[]; programName: string };

/** A small deterministic generator, so a failure replays. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('soak', () => {
  it(`${STEPS} random steps forward and back, then the run ends as an undebugged one`, async () => {
    dc = await startClient(60_000);
    await launch(dc, { program: PROGRAM, args: REF.args, stopOnEntry: true });
    await stopped(dc, 'entry');
    const random = rng(0x7e55e7a);
    const instret = async (): Promise<number> => (await dc.customRequest('tessera/chipMetrics', {})).body.instret as number;
    let at = 0;
    let back = 0;
    for (let i = 0; i < STEPS; i++) {
      const r = random();
      // Keep well inside the run (instret is looked at every 250 steps): near its end, only go back.
      const goBack = at > 30_000 || r < 0.45;
      const granularity: DebugProtocol.SteppingGranularity = random() < 0.7 ? 'instruction' : 'line';
      const args = { threadId: 1, granularity };
      const req = goBack ? dc.stepBackRequest(args) : r < 0.85 ? dc.stepInRequest(args) : dc.nextRequest(args);
      const [, s] = await Promise.all([req, stopped(dc)]);
      expect(s.reason, s.body.text).toMatch(/^(step|breakpoint)$/);
      if (goBack) back++;
      if (i % 250 === 249) at = await instret();
      if (i % 1000 === 999) expect(await registers(dc), `registers after ${at} instructions (step ${i + 1})`).toEqual(referenceRegisters(PROGRAM, at, { args: REF.args, programName: PROGRAM }));
    }
    expect(back).toBeGreaterThan(STEPS / 3);
    const exited = take(dc, 'exited', 60_000);
    await dc.continueRequest({ threadId: 1 });
    expect(((await exited) as DebugProtocol.ExitedEvent).body.exitCode).toBe(REF.exitCode);
    await take(dc, 'terminated');
    expect(dc.outputs.get('stdout')).toBe(REF.stdout);
  }, 300_000);
});
