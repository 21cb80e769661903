// Random walks forward and back through corpus programs: at every checkpoint of the walk the
// state equals an undebugged run stepped to the same instruction count, and continuing to the
// end prints what the undebugged run printed and exits the same way.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, corpusFile, launch, programOf, referenceAt, stateOf } from './support.js';

/** A small deterministic generator (xorshift), so a failure replays. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x1_0000_0000;
  };
}

describe('soak', () => {
  for (const [name, seed] of [['calc.O2.s', 7], ['heap.O0.elf', 11], ['recursion.O2.s', 5]] as const) {
    it(`${name}: 1,500 random steps forward and back, then to the end`, async () => {
      const ref = JSON.parse(readFileSync(resolve(CORPUS, name.replace(/\.(s|elf)$/, '.ref.json')), 'utf8')) as { args: string[]; stdin: string; stdout: string; exitCode: number };
      const files = { [name]: name.endsWith('.s') ? readFileSync(resolve(CORPUS, name), 'utf8') : corpusFile(name) };
      const program = programOf(files, name);
      const s = await launch(files, name, { stopOnEntry: true, args: ref.args, stdin: ref.stdin, traceHistory: 20_000 });
      await s.rt.start();
      const m = s.rt.machine!;
      const rnd = random(seed);
      for (let i = 0; i < 1500 && s.rt.state === 'stopped'; i++) {
        const r = rnd();
        if (r < 0.3) await s.rt.stepIn('instruction');
        else if (r < 0.45) await s.rt.stepOver('line');
        else if (r < 0.55) await s.rt.stepIn('line');
        else if (r < 0.6 && s.rt.callStack().length > 1) await s.rt.stepOut();
        else if (r < 0.85) await s.rt.stepBack('instruction');
        else if (r < 0.95) await s.rt.stepBack('line');
        else await s.rt.goto(s.rt.traceSummary().historyStart + Math.floor(rnd() * (s.rt.traceSummary().historyEnd - s.rt.traceSummary().historyStart)));
        if (i % 100 === 0 && s.rt.state === 'stopped') {
          expect(stateOf(m)).toBe(stateOf(referenceAt(program, m.instret, { stdin: ref.stdin, args: ref.args, programName: name })));
        }
      }
      if (s.rt.state === 'stopped') await s.rt.continue();
      expect(s.stdout()).toBe(ref.stdout);
      expect(s.exited[0]!.exitCode).toBe(ref.exitCode);
    });
  }
});
