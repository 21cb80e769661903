// Decode once: a word is decoded the first time its address runs and the cached form is dropped
// when a store hits it — code in a writable+executable section can rewrite itself. validate()
// reports what an environment cannot run before anything runs.
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/machine/execute.js';
import { image, lineOf, run } from './support.js';

describe('decode cache', () => {
  // `patch` runs once as `li a0, 1`; then the program stores the word of `li a0, 2` over it and
  // runs it again. A stale cache would exit 1 + 1; a correct one exits 1 + 2.
  const source = `
  .section .rwx, "awx"
  .globl _start
_start:
  li s0, 0
  li s1, 0
again:
patch:
  li a0, 1
  add s0, s0, a0
  bnez s1, done
  li s1, 1
  la t0, patch
  la t1, template
  lw t2, 0(t1)
  sw t2, 0(t0)
  fence.i
  j again
done:
  mv a0, s0
  li a7, 93
  ecall
template:
  li a0, 2
`;
  for (const mode of ['fast', 'traced'] as const) {
    it(`sees stores into decoded code (${mode})`, () => {
      const r = run(source, { mode });
      expect(r.status, r.fault?.message).toBe('exited');
      expect(r.exitCode).toBe(3);
    });
  }
});

describe('validate', () => {
  const source = `
  .globl _start
_start:
  rdcycle a1
  li a7, 93
  ecall
  .insn 0x0000001b     # OP-IMM-32: RV64 only
  .insn i 0x0b, 0, x0, x0, 0
  .word 0xffffffff     # data in code: skipped
`;
  it('finds what linux cannot run: illegal words, other environments\' instructions', () => {
    const v = validate(image(source));
    expect(v.problems.map((p) => p.source?.start.line)).toEqual([lineOf(source, 'OP-IMM-32'), lineOf(source, '.insn i 0x0b')]);
    // "not installed by linux" once openvm's extension is known to the process, else "illegal".
    expect(v.problems[1]!.message).toMatch(/the linux environment does not install|illegal instruction 0x0000000b/);
  });
  it('finds what openvm cannot run: ecall, CSR reads, illegal words (and accepts its own)', () => {
    const v = validate(image(source), { env: 'openvm' });
    const lines = v.problems.map((p) => p.source?.start.line);
    expect(lines).toEqual([lineOf(source, 'rdcycle'), lineOf(source, 'ecall'), lineOf(source, 'OP-IMM-32')]);
    expect(v.problems[1]!.message).toMatch(/ecall is not supported by the openvm environment/);
    expect(v.ok).toBe(false);
  });
});
