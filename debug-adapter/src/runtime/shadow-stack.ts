// The shadow call stack: calls (jal/jalr writing ra) push a frame, returns (jalr x0, 0(ra)) pop
// back to the frame whose return address they jump to. Hand-written assembly has no frame
// records to unwind, so the stack is what the run did, not what memory says.

export interface ShadowFrame {
  /** The call instruction. */
  callPc: number;
  /** Where the callee returns (callPc + 4). */
  returnAddress: number;
  /** The callee's first instruction. */
  entry: number;
  /** sp at the call. */
  sp: number;
}

export class ShadowStack {
  frames: ShadowFrame[] = [];

  get depth(): number {
    return this.frames.length;
  }

  call(callPc: number, entry: number, sp: number): void {
    this.frames.push({ callPc, returnAddress: (callPc + 4) >>> 0, entry, sp });
    // A runaway recursion must not eat the host's memory: keep the innermost frames.
    if (this.frames.length > 100_000) this.frames.splice(0, this.frames.length - 100_000);
  }

  /** A return to `target`: pops to the frame it returns from (several, when callees tail-jumped away). */
  ret(target: number): void {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      if (this.frames[i]!.returnAddress === target) {
        this.frames.length = i;
        return;
      }
    }
    // A return to nowhere we called from (longjmp-like code): leave the stack as it is.
  }
}
