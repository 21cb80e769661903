// Corpus programs (test/run-corpus: gcc output as assembly, and GNU-built ELFs) under the
// debugger: stop at main, step by instruction with the registers of an undebugged run, then run to
// the end with qemu's output and exit code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, counter, ensureBuilt, exitCode, launch, registers, startClient, stopped, take, type Client } from './harness.js';
import { referenceRegisters } from './reference.js';

beforeAll(() => ensureBuilt());

let dc: Client;
afterEach(async () => {
  await dc?.stop();
});

interface Ref { stdout: string; exitCode: number; args: string[]; stdin?: string }

const CASES = [
  { file: 'calc.O0.s', stdin: 'inline' },
  { file: 'wc.O2.s', stdin: 'file' },
  { file: 'structs.O2.elf' },
  { file: 'recursion.O0.elf' },
] as const;

describe('corpus programs under the debugger', () => {
  for (const c of CASES) {
    it(`${c.file}: main, 25 instructions like an undebugged run, then qemu's output and exit code`, async () => {
      const path = join(CORPUS, c.file);
      const name = c.file.replace(/\.(s|elf)$/, '');
      const ref = JSON.parse(readFileSync(join(CORPUS, `${name}.ref.json`), 'utf8')) as Ref;
      const input: Record<string, unknown> = {};
      if ('stdin' in c && c.stdin === 'file') input.stdinFile = join(CORPUS, `${name.split('.')[0]}.stdin`);
      else input.stdin = ref.stdin ?? '';
      dc = await startClient(60_000);
      await launch(dc, { program: path, args: ref.args, ...input }, () => dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'main' }] }));
      const s = await stopped(dc, 'function breakpoint');
      expect(s.frame.name).toMatch(/^main/);
      if (c.file.endsWith('.s')) expect(s.frame.source?.path).toBe(path);
      const stdin = typeof input.stdin === 'string' ? input.stdin : readFileSync(input.stdinFile as string, 'latin1');
      for (let i = 0; i < 25; i++) {
        await Promise.all([dc.stepInRequest({ threadId: 1, granularity: 'instruction' }), stopped(dc, 'step')]);
      }
      const n = await counter(dc, 'instret');
      expect(await registers(dc)).toEqual(referenceRegisters(path, n, { args: ref.args, stdin, programName: path }));
      await dc.setFunctionBreakpointsRequest({ breakpoints: [] });
      const code = exitCode(dc);
      await dc.continueRequest({ threadId: 1 });
      expect(await code).toBe(ref.exitCode);
      await take(dc, 'terminated');
      expect(dc.outputs.get('stdout')).toBe(ref.stdout);
    });
  }
});


describe('arguments and environment', () => {
  it('args and env reach the guest as on Linux (corpus args.O0)', async () => {
    const path = join(CORPUS, 'args.O0.elf');
    const ref = JSON.parse(readFileSync(join(CORPUS, 'args.O0.ref.json'), 'utf8')) as Ref & { env: string[]; programName: string };
    const env = Object.fromEntries(ref.env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
    dc = await startClient();
    const code = exitCode(dc);
    await launch(dc, { program: path, args: ref.args, env });
    expect(await code).toBe(ref.exitCode);
    await take(dc, 'terminated');
    // argv[0] is the program's path here, the ELF's name under qemu: every other line is qemu's.
    const want = ref.stdout.replace(`argv[0] = ${ref.programName}`, `argv[0] = ${path}`);
    expect(dc.outputs.get('stdout')).toBe(want);
  });

  it('maxSteps stops the guest with the limit exit code', async () => {
    dc = await startClient();
    const code = exitCode(dc);
    await launch(dc, { program: join(CORPUS, 'sort.O2.elf'), maxSteps: 1000 });
    expect(await code).toBe(124);
  });
});
