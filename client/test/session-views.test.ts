// The trace views fed by a real debug session, run inline as the extension runs it: at a stop the
// snapshot holds the rows executed so far (with accesses and source lines), rows and gas per chip,
// and the segments — the same rows the CLI's traced run of the same program starts with.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInlineSession } from '@tessera/debug-adapter';
import { describe, expect, it } from 'vitest';
import { programLookup } from '../src/elf/program.js';
import { parseCliTrace } from '../src/trace/model.js';
import { fetchSessionSnapshot } from '../src/trace/snapshot.js';
import { cli, ROOT, readText } from './support.js';

interface Message {
  type: string;
  seq?: number;
  request_seq?: number;
  success?: boolean;
  message?: string;
  event?: string;
  body?: unknown;
}

class InlineClient {
  private seq = 1;
  private readonly pending = new Map<number, (r: Message) => void>();
  private readonly waiting: Array<{ event: string; resolve: (e: Message) => void }> = [];
  readonly session = createInlineSession();

  constructor() {
    this.session.onDidSendMessage((m) => {
      const msg = m as Message;
      if (msg.type === 'response') {
        this.pending.get(msg.request_seq!)?.(msg);
        this.pending.delete(msg.request_seq!);
      } else if (msg.type === 'event') {
        const i = this.waiting.findIndex((w) => w.event === msg.event);
        if (i >= 0) this.waiting.splice(i, 1)[0]!.resolve(msg);
      }
    });
  }

  request(command: string, args?: unknown): Promise<Message> {
    const seq = this.seq++;
    return new Promise((resolve) => {
      this.pending.set(seq, resolve);
      this.session.handleMessage({ seq, type: 'request', command, arguments: args } as never);
    });
  }

  /** What vscode.DebugSession.customRequest does: the body, or a rejection with the message. */
  async custom(command: string, args: unknown): Promise<unknown> {
    const r = await this.request(command, args);
    if (!r.success) throw new Error(r.message);
    return r.body;
  }

  event(name: string): Promise<Message> {
    return new Promise((resolve) => this.waiting.push({ event: name, resolve }));
  }
}

const hello = join(ROOT, 'examples/hello.s');

describe('trace views over a debug session', () => {
  it('at a breakpoint: the rows so far, chips, gas, segments and hot lines', async () => {
    const c = new InlineClient();
    await c.request('initialize', { adapterID: 'tessera', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
    const initialized = c.event('initialized');
    expect((await c.request('launch', { program: hello })).success).toBe(true);
    await initialized;
    // Line 24 is `li a0, 0` after the write's ecall: six instructions run before it.
    const bp = await c.request('setBreakpoints', { source: { path: hello }, breakpoints: [{ line: 24 }] });
    expect(bp.success).toBe(true);
    const stopped = c.event('stopped');
    await c.request('configurationDone');
    expect((await stopped).body).toMatchObject({ reason: 'breakpoint' });

    const s = await fetchSessionSnapshot((cmd, args) => c.custom(cmd, args), 2000, hello);
    const lookup = programLookup(hello, readFileSync(hello), { readText });
    const cliRows = parseCliTrace(cli(['trace', '--out', '-', hello]).stdout, lookup).rows;
    expect(s.rows.map((r) => [r.instret, r.pc, r.chip, r.source?.line])).toEqual(cliRows.slice(0, 6).map((r) => [r.instret, r.pc, r.chip, r.source?.line]));
    expect(s.rows[0]!.writes.map((w) => w.name)).toEqual(['a0']);
    expect(s.instret).toBe(6);
    expect(s.chipRows).toEqual({ BaseAlu: 4, Auipc: 1, System: 1 });
    expect(s.gas).toBe(4 + 1 + 10);
    expect(s.segments).toHaveLength(1);
    expect(s.lineCounts.find((l) => l.line === 20)?.count).toBe(2);

    // A page size below the history still gets the latest rows.
    const two = await fetchSessionSnapshot((cmd, args) => c.custom(cmd, args), 2, hello);
    expect(two.rows.map((r) => r.instret)).toEqual([4, 5]);
    expect(two.omittedRows).toBe(4);
    await c.request('disconnect', {});
  });
});
