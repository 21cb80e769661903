// The openvm environment through the protocol: a hint file, printstr as stdout, public values and
// hints left in the Environment scope, terminate's exit code.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, exitCode, launch, lineOf, program, scopeVariables, startClient, stopped, take, type Client } from './harness.js';

beforeAll(() => ensureBuilt());

let dc: Client;
afterEach(async () => {
  await dc?.stop();
});

describe('openvm', () => {
  it('hints in, printstr out, public values and hints left in the Environment scope', async () => {
    const path = program('openvm.s');
    dc = await startClient();
    await launch(dc, { program: path, environment: 'openvm', hints: [program('hint.bin')] }, () =>
      dc.setBreakpointsRequest({ source: { path }, breakpoints: [{ line: lineOf(path, 'reveal') }] }));
    await stopped(dc, 'breakpoint');
    let env = await scopeVariables(dc, 'Environment');
    expect(env.get('environment')!.value).toBe('openvm');
    // hintstorew took the stream's first word (its length): the 8 bytes of the file are left.
    expect(env.get('hints left')!.value).toBe('0 inputs, 8 bytes in the stream');
    expect(env.get('public values')!.value).toBe('(none)');
    await Promise.all([dc.nextRequest({ threadId: 1, granularity: 'instruction' }), stopped(dc, 'step')]);
    env = await scopeVariables(dc, 'Environment');
    expect(env.get('public values')!.value).toBe('08000000');
    const code = exitCode(dc);
    await dc.continueRequest({ threadId: 1 });
    expect(await code).toBe(7);
    await take(dc, 'terminated');
    expect(dc.outputs.get('stdout')).toBe('hi from openvm\n');
  });

  it('refuses a hint file that cannot be read', async () => {
    dc = await startClient();
    await dc.initializeRequest();
    await expect(dc.launchRequest({ program: program('openvm.s'), environment: 'openvm', hints: [program('no-hint.bin')] } as never)).rejects.toThrow(/cannot read hint file .*no-hint\.bin/);
  });
});
