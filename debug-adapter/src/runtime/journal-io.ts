// The guest's HostIO under the debugger, made replayable so that going back in time and running
// forward again gives the same run: every answer from the outside world (stdin bytes, the clock,
// random numbers) is journaled in order, and re-executed instructions get the journaled answers.
// Output is passed on only the first time an instruction runs (the instret it runs at is at or
// beyond the high-water mark); output already shown is never taken back.
// When the guest reads stdin, none was given at launch and nothing is buffered, the read is
// suspended (vm-core's GuestTrap 'suspend'): the machine stops before the ecall and the runtime
// asks the user.

import { suspend, type GuestFileSystem, type HostIO } from '@tessera/vm-core';

type Entry = { kind: 'stdin'; data: Uint8Array } | { kind: 'now'; value: number } | { kind: 'random'; value: number };

export interface JournalHooks {
  /** The instret of the instruction running now. */
  instret(): number;
  /** Instructions below this instret ran before: their output was shown already. */
  highWater(): number;
  stdout(bytes: Uint8Array): void;
  stderr(bytes: Uint8Array): void;
}

export class JournalIO implements HostIO {
  private readonly journal: Entry[] = [];
  /** The next journal entry a re-executed instruction takes. */
  cursor = 0;
  /** While set, nothing is shown and the journal is only read (replays for the trace view). */
  silent = false;
  private pending: Uint8Array = new Uint8Array(0);
  /** End of input reached (given stdin consumed, or the user sent end of input). */
  private eof: boolean;
  readonly fs?: GuestFileSystem;
  /** Fds the guest opened through fs, with their paths (for the Environment scope). */
  readonly openFiles = new Map<number, string>();

  constructor(private readonly hooks: JournalHooks, stdin: Uint8Array | undefined, fs: GuestFileSystem | undefined) {
    if (stdin) this.pending = stdin.slice();
    this.eof = stdin !== undefined;
    if (fs) this.fs = this.trackFiles(fs);
  }

  /** Bytes typed or given, not yet read by the guest. */
  get buffered(): number {
    return this.pending.length;
  }

  /** More input for the guest (a line typed in the console); an empty array is end of input. */
  push(data: Uint8Array): void {
    if (data.length === 0) {
      this.eof = true;
      return;
    }
    const merged = new Uint8Array(this.pending.length + data.length);
    merged.set(this.pending);
    merged.set(data, this.pending.length);
    this.pending = merged;
  }

  /** Forgets journaled answers from the cursor on (the user changed the past: a new timeline). */
  truncate(): void {
    this.journal.length = this.cursor;
  }

  private replay<K extends Entry['kind']>(kind: K): Extract<Entry, { kind: K }> | undefined {
    if (this.cursor >= this.journal.length) return undefined;
    const e = this.journal[this.cursor]!;
    if (e.kind !== kind) {
      // The run diverged from the journal (it cannot, unless the program reads the clock
      // differently): drop the rest and go live.
      this.journal.length = this.cursor;
      return undefined;
    }
    this.cursor++;
    return e as Extract<Entry, { kind: K }>;
  }

  private record(e: Entry): void {
    this.journal.push(e);
    this.cursor = this.journal.length;
  }

  readStdin(max: number): Uint8Array {
    const again = this.replay('stdin');
    if (again) return again.data;
    if (this.silent) return new Uint8Array(0);
    if (this.pending.length === 0 && !this.eof) throw suspend('waiting for standard input');
    const n = Math.min(max, this.pending.length);
    const data = this.pending.slice(0, n);
    this.pending = this.pending.subarray(n);
    this.record({ kind: 'stdin', data });
    return data;
  }

  writeStdout(bytes: Uint8Array): void {
    if (this.shows()) this.hooks.stdout(bytes.slice());
  }

  writeStderr(bytes: Uint8Array): void {
    if (this.shows()) this.hooks.stderr(bytes.slice());
  }

  now(): number {
    const again = this.replay('now');
    if (again) return again.value;
    const value = Date.now();
    if (!this.silent) this.record({ kind: 'now', value });
    return value;
  }

  random(): number {
    const again = this.replay('random');
    if (again) return again.value;
    const value = Math.floor(Math.random() * 0x1_0000_0000) >>> 0;
    if (!this.silent) this.record({ kind: 'random', value });
    return value;
  }

  private shows(): boolean {
    return !this.silent && this.hooks.instret() >= this.hooks.highWater();
  }

  private trackFiles(fs: GuestFileSystem): GuestFileSystem {
    const files = this.openFiles;
    return {
      open(path, flags, mode) {
        const fd = fs.open(path, flags, mode);
        if (fd >= 0) files.set(fd, path);
        return fd;
      },
      read: (fd, max) => fs.read(fd, max),
      write: (fd, bytes) => fs.write(fd, bytes),
      close(fd) {
        const r = fs.close(fd);
        if (r >= 0) files.delete(fd);
        return r;
      },
      lseek: (fd, offset, whence) => fs.lseek(fd, offset, whence),
      fstat: (fd) => fs.fstat(fd),
      closeAll() {
        fs.closeAll?.();
        files.clear();
      },
    };
  }
}
