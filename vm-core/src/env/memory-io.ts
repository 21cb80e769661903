// A HostIO over buffers, for tests and the debugger: stdin given up front (more may be pushed
// later), stdout and stderr collected.

import type { GuestFileSystem, HostIO } from './types.js';
import { concat, utf8 } from './guest-data.js';

export interface MemoryHostIOOptions {
  stdin?: Uint8Array | string;
  fs?: GuestFileSystem;
  now?: () => number;
  random?: () => number;
}

export interface MemoryHostIO extends HostIO {
  stdoutBytes(): Uint8Array;
  stderrBytes(): Uint8Array;
  /** Output decoded as UTF-8. */
  stdoutText(): string;
  stderrText(): string;
  /** Appends to standard input (a debugger's console). */
  pushStdin(data: Uint8Array | string): void;
  /** Forgets the output collected so far. */
  clearOutput(): void;
}

export function memoryHostIO(options: MemoryHostIOOptions = {}): MemoryHostIO {
  const toBytes = (d: Uint8Array | string): Uint8Array => (typeof d === 'string' ? utf8(d) : d.slice());
  let stdin = toBytes(options.stdin ?? '');
  let out: Uint8Array[] = [];
  let err: Uint8Array[] = [];
  const decoder = new TextDecoder();
  const io: MemoryHostIO = {
    readStdin(max) {
      const n = Math.max(0, Math.min(max, stdin.length));
      const chunk = stdin.slice(0, n);
      stdin = stdin.subarray(n);
      return chunk;
    },
    writeStdout: (bytes) => void out.push(bytes.slice()),
    writeStderr: (bytes) => void err.push(bytes.slice()),
    stdoutBytes: () => concat(out),
    stderrBytes: () => concat(err),
    stdoutText: () => decoder.decode(concat(out)),
    stderrText: () => decoder.decode(concat(err)),
    pushStdin(data) {
      stdin = concat([stdin, toBytes(data)]);
    },
    clearOutput() {
      out = [];
      err = [];
    },
  };
  if (options.fs) io.fs = options.fs;
  if (options.now) io.now = options.now;
  if (options.random) io.random = options.random;
  return io;
}
