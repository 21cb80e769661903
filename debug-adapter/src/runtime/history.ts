// The recorded past: machine snapshots every `interval` instructions (plus one wherever the user
// edited state), each with the shadow stack and the journal position at that point, kept while
// they are within `traceHistory` instructions of the furthest point reached. Going back to any
// instret in the history is: restore the last checkpoint at or before it, run forward.

import { restoreSnapshot, takeSnapshot, type Machine, type MachineSnapshot } from '@tessera/vm-core';
import type { ShadowFrame } from './shadow-stack.js';

export interface Checkpoint {
  instret: number;
  snapshot: MachineSnapshot;
  stack: ShadowFrame[];
  journal: number;
  /** Made by an edit (setRegister, writeMemory, skipping an ebreak): running forward across its instret must restore it. */
  edit: boolean;
}

export class History {
  readonly checkpoints: Checkpoint[] = [];
  /** The furthest instret reached: instructions below it ran before (their output was shown). */
  highWater = 0;
  readonly interval: number;

  constructor(readonly limit: number) {
    // About sixteen checkpoints over the history: going back one instruction replays at most
    // `interval` instructions in fast mode (well under a millisecond for the default).
    this.interval = Math.max(4096, Math.min(1 << 20, 2 ** Math.ceil(Math.log2(Math.max(1, limit / 16)))));
  }

  get enabled(): boolean {
    return this.limit > 0;
  }

  get start(): number {
    return this.checkpoints[0]?.instret ?? this.highWater;
  }

  /** The last checkpoint at or before instret. */
  at(instret: number): Checkpoint | undefined {
    let found: Checkpoint | undefined;
    for (const c of this.checkpoints) {
      if (c.instret > instret) break;
      found = c;
    }
    return found;
  }

  /** The first edit checkpoint after instret (running forward must stop there and restore it). */
  nextEdit(instret: number): Checkpoint | undefined {
    return this.checkpoints.find((c) => c.edit && c.instret > instret);
  }

  /** Takes a checkpoint of m now, unless one exists at this instret. */
  take(m: Machine, stack: readonly ShadowFrame[], journal: number, edit = false): void {
    if (!this.enabled) return;
    const i = this.checkpoints.findIndex((c) => c.instret >= m.instret);
    if (i >= 0 && this.checkpoints[i]!.instret === m.instret) {
      if (!edit) return;
      this.checkpoints.splice(i, 1);
    }
    const c: Checkpoint = { instret: m.instret, snapshot: takeSnapshot(m), stack: stack.map((f) => ({ ...f })), journal, edit };
    if (i < 0) this.checkpoints.push(c);
    else this.checkpoints.splice(i, 0, c);
    this.prune();
  }

  /** Restores a checkpoint into m; answers the shadow stack and journal position to resume with. */
  restore(m: Machine, c: Checkpoint): { stack: ShadowFrame[]; journal: number } {
    restoreSnapshot(m, c.snapshot);
    return { stack: c.stack.map((f) => ({ ...f })), journal: c.journal };
  }

  /** The user changed the state at instret: what came after it is another timeline. */
  forgetAfter(instret: number): void {
    while (this.checkpoints.length && this.checkpoints[this.checkpoints.length - 1]!.instret > instret) this.checkpoints.pop();
    this.highWater = instret;
  }

  /** Drops checkpoints no longer needed to reach `limit` instructions back from the high-water mark. */
  private prune(): void {
    const oldest = this.highWater - this.limit;
    while (this.checkpoints.length > 1 && this.checkpoints[1]!.instret <= oldest) this.checkpoints.shift();
  }
}
