// Guest input and output through the protocol: stdout as output events as written, stdin from the
// launch configuration, and typed in the Debug Console when the guest reads without one.
import type { DebugProtocol } from '@vscode/debugprotocol';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, exitCode, launch, program, startClient, take, type Client } from './harness.js';

beforeAll(() => ensureBuilt());

let dc: Client;
afterEach(async () => {
  await dc?.stop();
});

/**
 * Launches echo.s with no stdin and waits until the adapter asks for input in the Debug Console.
 * The exit code comes wrapped: an async function's returned promise would be awaited with it.
 */
async function launchUntilAsked(): Promise<{ code: Promise<number> }> {
  dc = await startClient();
  const asked = new Promise<void>((resolve) => {
    dc.on('output', (e: DebugProtocol.OutputEvent) => {
      if (e.body.category === 'console' && /input/i.test(e.body.output)) resolve();
    });
  });
  const code = exitCode(dc);
  await launch(dc, { program: program('echo.s') });
  await asked;
  return { code };
}

describe('guest I/O', () => {
  it('stdout arrives as output events', async () => {
    dc = await startClient();
    const out = dc.assertOutput('stdout', 'sums\n');
    const code = exitCode(dc);
    await launch(dc, { program: program('loop.s') });
    await out;
    expect(await code).toBe(30);
  });

  it('stdin from the launch configuration', async () => {
    dc = await startClient();
    const code = exitCode(dc);
    await launch(dc, { program: program('echo.s'), stdin: 'hello\n' });
    expect(await code).toBe(6);
    await take(dc, 'terminated');
    expect(dc.outputs.get('stdout')).toBe('hello\n');
  });

  it('asks in the Debug Console and feeds what the user types', async () => {
    const { code } = await launchUntilAsked();
    const r = await dc.evaluateRequest({ expression: 'typed text', context: 'repl' });
    expect(r.body.result).toBe('');
    expect(await code).toBe(11);
    await take(dc, 'terminated');
    expect(dc.outputs.get('stdout')).toBe('typed text\n');
  });
});

describe('end of input typed in the console', () => {
  it('^D alone ends the guest\'s standard input', async () => {
    const { code } = await launchUntilAsked();
    await dc.evaluateRequest({ expression: '^D', context: 'repl' });
    expect(await code).toBe(0);
  });
});
