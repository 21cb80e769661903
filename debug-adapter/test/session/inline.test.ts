// The session run inline, as the VS Code extension runs it: messages in through handleMessage,
// out through onDidSendMessage, with the real runtime.
import { join } from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { describe, expect, it } from 'vitest';
import { createInlineSession, EXCEPTION_FILTERS } from '../../src/index.js';
import { DebugRuntime } from '../../src/runtime/runtime.js';

const LOOP = join(import.meta.dirname, '../../../test/dap/programs/loop.s');

class InlineClient {
  private seq = 1;
  private readonly pending = new Map<number, (r: DebugProtocol.Response) => void>();
  private readonly waiting: { event: string; resolve: (e: DebugProtocol.Event) => void }[] = [];
  readonly events: DebugProtocol.Event[] = [];
  /** Every message out, in order: "response:stepIn", "event:stopped" … */
  readonly order: string[] = [];
  readonly session = createInlineSession();

  constructor() {
    this.session.onDidSendMessage((m) => {
      const msg = m as DebugProtocol.ProtocolMessage;
      this.order.push(msg.type === 'response' ? `response:${(msg as DebugProtocol.Response).command}` : msg.type === 'event' ? `event:${(msg as DebugProtocol.Event).event}` : msg.type);
      if (msg.type === 'response') {
        const r = msg as DebugProtocol.Response;
        this.pending.get(r.request_seq)?.(r);
        this.pending.delete(r.request_seq);
      } else if (msg.type === 'event') {
        const e = msg as DebugProtocol.Event;
        this.events.push(e);
        const i = this.waiting.findIndex((w) => w.event === e.event);
        if (i >= 0) this.waiting.splice(i, 1)[0]!.resolve(e);
      }
    });
  }

  request(command: string, args?: unknown): Promise<DebugProtocol.Response> {
    const seq = this.seq++;
    return new Promise((resolve) => {
      this.pending.set(seq, resolve);
      this.session.handleMessage({ seq, type: 'request', command, arguments: args } as DebugProtocol.Request);
    });
  }

  event(name: string): Promise<DebugProtocol.Event> {
    return new Promise((resolve) => this.waiting.push({ event: name, resolve }));
  }
}

describe('inline session', () => {
  it('advertises exactly the exception filters the runtime knows', () => {
    expect(EXCEPTION_FILTERS.map((f) => f.filter).sort()).toEqual(new DebugRuntime().exceptionFilters().map((f) => f.id).sort());
  });

  it('launches, stops at entry, steps and ends, without a process of its own', async () => {
    const c = new InlineClient();
    const init = await c.request('initialize', { adapterID: 'tessera', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
    expect(init.success).toBe(true);
    const initialized = c.event('initialized');
    expect((await c.request('launch', { program: LOOP, stopOnEntry: true })).success).toBe(true);
    await initialized;
    const entry = c.event('stopped');
    await c.request('configurationDone');
    expect(((await entry) as DebugProtocol.StoppedEvent).body.reason).toBe('entry');
    const step = c.event('stopped');
    await c.request('stepIn', { threadId: 1, granularity: 'instruction' });
    expect(((await step) as DebugProtocol.StoppedEvent).body.reason).toBe('step');
    // A one-instruction step stops before the handler returns; the client still gets the
    // response first, then the stop.
    const i = c.order.lastIndexOf('response:stepIn');
    expect(c.order.slice(i)).toEqual(['response:stepIn', 'event:stopped']);
    const exited = c.event('exited');
    const terminated = c.event('terminated');
    await c.request('continue', { threadId: 1 });
    expect(((await exited) as DebugProtocol.ExitedEvent).body.exitCode).toBe(30);
    await terminated;
    expect((await c.request('disconnect', {})).success).toBe(true);
  });

  it('answers a request with a thrown internal error as an error response, not a crash', async () => {
    const c = new InlineClient();
    await c.request('initialize', { adapterID: 'tessera', pathFormat: 'path' });
    const r = await c.request('setBreakpoints', 'not an object');
    expect(r.success).toBe(false);
    expect(r.message).toBe('setBreakpoints: the arguments must be an object');
  });
});
