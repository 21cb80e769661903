// Standard input as the guest sees it: one stream shared by Linux read(0, …) and RARS's line-based
// services (read int, read string, read char), so a line RARS reads past is still there for read.
// It lives in the run's state, so each run starts with nothing buffered.

import type { EnvCallContext, HostIO } from './types.js';
import { concat } from './guest-data.js';

const KEY = 'stdin';
const HOST_READ = 4096;

export class StdinBuffer {
  private pending: Uint8Array = new Uint8Array(0);

  constructor(private readonly io: HostIO) {}

  /** Up to `max` bytes: what is buffered, else one read from the host. Empty at end of input. */
  read(max: number): Uint8Array {
    if (max <= 0) return new Uint8Array(0);
    if (this.pending.length) {
      const out = this.pending.slice(0, max);
      this.pending = this.pending.subarray(out.length);
      return out;
    }
    return this.io.readStdin(max);
  }

  /**
   * The next line without its terminator (`\n`, or `\r\n`), consuming the terminator; at end of
   * input what is left, or undefined when nothing is. Like Java's readLine, which RARS uses.
   */
  readLine(): Uint8Array | undefined {
    const parts: Uint8Array[] = [];
    for (;;) {
      const chunk = this.pending.length ? this.pending : this.io.readStdin(HOST_READ);
      this.pending = new Uint8Array(0);
      if (chunk.length === 0) {
        if (parts.length === 0) return undefined;
        return concat(parts);
      }
      const nl = chunk.indexOf(10);
      if (nl < 0) {
        parts.push(chunk.slice());
        continue;
      }
      parts.push(chunk.subarray(0, nl));
      this.pending = chunk.slice(nl + 1);
      const line = concat(parts);
      return line.length && line[line.length - 1] === 13 ? line.subarray(0, line.length - 1) : line;
    }
  }
}

/** The run's standard input buffer, created on first use. */
export function stdinOf(ctx: EnvCallContext): StdinBuffer {
  const existing = ctx.state.get(KEY);
  if (existing instanceof StdinBuffer) return existing;
  const created = new StdinBuffer(ctx.io);
  ctx.state.set(KEY, created);
  return created;
}
