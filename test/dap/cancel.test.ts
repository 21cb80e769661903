// cancel reaches a long request: tessera/exportTrace replays the whole history a chunk per
// event-loop turn, so a cancel sent after it stops it (error 'cancelled', no partial file), and
// other requests are answered meanwhile.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, errorOf, launch, lineOf, program, startClient, stopped, type Client } from './harness.js';

beforeAll(() => ensureBuilt());

let dc: Client;
afterEach(async () => {
  await dc?.stop();
});

const SPIN = program('spin.s');

/** The seq the client gives its next request (DebugClient numbers them in order from 1). */
const nextSeq = (c: Client): number => (c as unknown as { sequence: number }).sequence;

describe('cancel', () => {
  it('stops a trace export in progress; the adapter answers meanwhile and after', async () => {
    dc = await startClient(60_000);
    // 400,000 instructions of history: an export takes many event-loop turns.
    await launch(dc, { program: SPIN }, () => dc.setBreakpointsRequest({ source: { path: SPIN }, breakpoints: [{ line: lineOf(SPIN, 'spin'), hitCondition: '200000' }] }));
    await stopped(dc, 'breakpoint');
    const dir = mkdtempSync(join(tmpdir(), 'tessera-dap-cancel-'));
    const path = join(dir, 'trace.jsonl');
    const seq = nextSeq(dc);
    const exporting = errorOf(dc.customRequest('tessera/exportTrace', { path }));
    // Answered while the export runs: the adapter is not blocked by it.
    expect((await dc.threadsRequest()).body.threads).toHaveLength(1);
    await dc.customRequest('cancel', { requestId: seq });
    expect(await exporting).toBe('cancelled');
    expect(existsSync(path)).toBe(false);
    const done = await dc.customRequest('tessera/exportTrace', { path, filter: { chips: ['JalLui'] } });
    // Stopped before the 200,000th addi: the `j` after it has run 199,999 times.
    expect(done.body).toMatchObject({ path, rows: 199_999 });
    expect(existsSync(path)).toBe(true);
  });
});
