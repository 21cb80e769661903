// OpenVM's two host-to-guest streams, per run (kept in the run's state):
// - the input stream: the hints given to the run (ExecuteOptions.hints), each a byte vector;
// - the hint stream: what hintstorew/hintbuffer pop, 4 bytes per word.
// hintinput pops the next input and resets the hint stream to its length as a little-endian u32
// followed by its bytes zero-padded to a multiple of 4 (Rv32HintInputSubEx in OpenVM's
// extensions/rv32im/circuit). hintrandom resets it to 4·n random bytes.

import type { EnvCallContext } from './types.js';

/** Where the engine puts ExecuteOptions.hints in the run's state (see machine/execute.ts). */
export const HINTS_KEY = 'hints';
const STREAM_KEY = 'openvm.hint-stream';

export class HintStreams {
  private nextInput = 0;
  private stream: Uint8Array = new Uint8Array(0);
  private pos = 0;

  constructor(private readonly inputs: readonly Uint8Array[]) {}

  /** Inputs not yet taken by hintinput. */
  get inputsLeft(): number {
    return this.inputs.length - this.nextInput;
  }

  /** Bytes left in the hint stream. */
  get available(): number {
    return this.stream.length - this.pos;
  }

  /** hintinput: false when the input stream is empty (OpenVM's EndOfInputStream). */
  takeInput(): boolean {
    const input = this.inputs[this.nextInput];
    if (!input) return false;
    this.nextInput++;
    const padded = Math.ceil(input.length / 4) * 4;
    const s = new Uint8Array(4 + padded);
    new DataView(s.buffer).setUint32(0, input.length, true);
    s.set(input, 4);
    this.reset(s);
    return true;
  }

  reset(bytes: Uint8Array): void {
    this.stream = bytes;
    this.pos = 0;
  }

  /** The next `n` bytes, or undefined (consuming nothing) when fewer are left (OpenVM's HintOutOfBounds). */
  pop(n: number): Uint8Array | undefined {
    if (n > this.available) return undefined;
    const out = this.stream.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
}

/** The run's hint streams, created on first use from the hints the engine stored. */
export function hintStreamsOf(ctx: EnvCallContext): HintStreams {
  const existing = ctx.state.get(STREAM_KEY);
  if (existing instanceof HintStreams) return existing;
  const given = ctx.state.get(HINTS_KEY);
  const inputs = Array.isArray(given) ? given.filter((h): h is Uint8Array => h instanceof Uint8Array) : [];
  const created = new HintStreams(inputs);
  ctx.state.set(STREAM_KEY, created);
  return created;
}
