// Launch attributes that change what the guest sees: the file system below `fsRoot`, and a restart
// that brings an edited launch configuration (DAP's RestartArguments.arguments).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, errorOf, exitCode, launch, lineOf, program, registers, startClient, stopped, take, type Client } from './harness.js';

beforeAll(() => ensureBuilt());

let dc: Client;
afterEach(async () => {
  await dc?.stop();
});

const CAT = program('cat-file.s');
const LOOP = program('loop.s');

/** A folder holding data.txt with the text. */
function root(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-dap-fs-'));
  writeFileSync(join(dir, 'data.txt'), text);
  return dir;
}

async function run(args: Record<string, unknown>): Promise<{ code: number; stdout: string }> {
  dc = await startClient();
  const exited = exitCode(dc);
  await launch(dc, { program: CAT, ...args });
  const code = await exited;
  await take(dc, 'terminated');
  return { code, stdout: dc.outputs.get('stdout') ?? '' };
}

describe('fsRoot', () => {
  it('is the folder the guest sees as /', async () => {
    expect(await run({ fsRoot: root('hello, guest\n') })).toEqual({ code: 0, stdout: 'hello, guest\n' });
  });

  it('resolves against cwd', async () => {
    const dir = root('relative\n');
    mkdirSync(join(dir, 'inner'));
    writeFileSync(join(dir, 'inner', 'data.txt'), 'inner\n');
    expect(await run({ cwd: dir, fsRoot: 'inner' })).toEqual({ code: 0, stdout: 'inner\n' });
  });

  it('is none by default: the guest can open no files', async () => {
    expect(await run({})).toEqual({ code: 1, stdout: 'no file\n' });
  });

  it('refuses a launch whose fsRoot is missing or not a folder', async () => {
    dc = await startClient();
    await dc.initializeRequest();
    expect(await errorOf(dc.launchRequest({ program: CAT, fsRoot: join(tmpdir(), 'no-such-tessera-root') } as never))).toMatch(/fsRoot '.*no-such-tessera-root' does not exist/);
    const file = join(root('x'), 'data.txt');
    expect(await errorOf(dc.launchRequest({ program: CAT, fsRoot: file } as never))).toMatch(/fsRoot '.*data\.txt' is not a directory/);
  });
});

describe('restart with arguments', () => {
  it('relaunches with the changed configuration', async () => {
    dc = await startClient();
    await launch(dc, { program: CAT, stopOnEntry: true });
    await stopped(dc, 'entry');
    const exited = exitCode(dc);
    await dc.restartRequest({ arguments: { type: 'tessera', request: 'launch', name: 'cat', program: CAT, fsRoot: root('restarted\n') } } as never);
    expect(await exited).toBe(0);
    expect(dc.outputs.get('stdout')).toBe('restarted\n');
  });

  it('takes another program and its stopOnEntry; breakpoints bind again', async () => {
    dc = await startClient();
    await launch(dc, { program: CAT, stopOnEntry: true }, () => dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [{ line: lineOf(LOOP, 'square') }] }));
    await stopped(dc, 'entry');
    await Promise.all([dc.restartRequest({ arguments: { program: LOOP, stopOnEntry: false } } as never), stopped(dc, 'breakpoint')]);
    expect((await registers(dc))[10]).toBe(1);
  });

  it('without arguments keeps the last configuration', async () => {
    dc = await startClient();
    const dir = root('same\n');
    await launch(dc, { program: CAT, fsRoot: dir, stopOnEntry: true });
    await stopped(dc, 'entry');
    await Promise.all([dc.restartRequest({ arguments: { program: CAT, fsRoot: dir, stopOnEntry: true } } as never), stopped(dc, 'entry')]);
    await Promise.all([dc.restartRequest({}), stopped(dc, 'entry')]);
    const exited = exitCode(dc);
    await dc.continueRequest({ threadId: 1 });
    expect(await exited).toBe(0);
    expect(dc.outputs.get('stdout')).toBe('same\n');
  });

  it('refused arguments leave the program being debugged as it was', async () => {
    dc = await startClient();
    await launch(dc, { program: LOOP, stopOnEntry: true });
    await stopped(dc, 'entry');
    await Promise.all([dc.nextRequest({ threadId: 1 }), stopped(dc, 'step')]);
    const before = await registers(dc);
    expect(await errorOf(dc.restartRequest({ arguments: { program: 5 } } as never))).toMatch(/'program' must be a string/);
    expect(await errorOf(dc.restartRequest({ arguments: { program: program('broken.s') } } as never))).toMatch(/broken\.s:\d+:\d+: error/);
    expect(await errorOf(dc.restartRequest({ arguments: { program: LOOP, fsRoot: '/no/such/tessera/root' } } as never))).toMatch(/fsRoot/);
    expect(await registers(dc)).toEqual(before);
    const exited = exitCode(dc);
    await dc.continueRequest({ threadId: 1 });
    expect(await exited).toBe(30);
  });
});
