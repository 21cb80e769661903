// The environments under the real engine: programs assembled from text, run by execute().
import { describe, expect, it } from 'vitest';
import { assemble } from '../../src/asm/assemble.js';
import type { Image } from '../../src/image.js';
import { execute } from '../../src/machine/execute.js';
import { memoryHostIO } from '../../src/env/memory-io.js';
import { memoryFileSystem } from '../../src/env/memory-fs.js';
import { environmentByName, installEnvironment } from '../../src/env/registry.js';

// openvm's instructions are known to the assembler once the environment is installed.
installEnvironment(environmentByName('openvm')!);

function image(text: string): Image {
  const r = assemble({ path: 'env.s', text }, {});
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (!r.image || errors.length) throw new Error(errors.map((d) => d.message).join('\n'));
  return r.image;
}

describe('linux environment under the engine', () => {
  it('RARS console services and a Linux write in one program', () => {
    const io = memoryHostIO({ stdin: '41\nworld\n' });
    const r = execute(image(`
      .data
msg:  .asciz "n+1="
buf:  .space 16
      .text
      .globl _start
_start:
      li a7, 5
      ecall
      addi s0, a0, 1
      la a0, msg
      li a7, 4
      ecall
      mv a0, s0
      li a7, 1
      ecall
      li a0, 10
      li a7, 11
      ecall
      la a0, buf
      li a1, 16
      li a7, 8
      ecall
      li a0, 1
      la a1, buf
      li a2, 6
      li a7, 64
      ecall
      li a0, -5
      li a7, 34
      ecall
      li a7, 10
      ecall
`), { io });
    expect(r.status).toBe('exited');
    expect(r.exitCode).toBe(0);
    expect(io.stdoutText()).toBe('n+1=42\nworld\n0xfffffffb');
  });

  it('files through openat/write/close with a memory file system', () => {
    const fs = memoryFileSystem();
    const io = memoryHostIO({ fs });
    const r = execute(image(`
      .data
path: .asciz "/out.txt"
text: .ascii "saved"
      .text
      .globl _start
_start:
      li a0, -100
      la a1, path
      li a2, 0x241
      li a3, 0644
      li a7, 56
      ecall
      mv s0, a0
      la a1, text
      li a2, 5
      li a7, 64
      ecall
      mv a0, s0
      li a7, 57
      ecall
      mv a0, s0
      li a7, 93
      ecall
`), { io });
    expect(r.status).toBe('exited');
    expect(r.exitCode).toBe(3);
    expect(new TextDecoder().decode(fs.file('out.txt'))).toBe('saved');
  });
});

describe('openvm environment under the engine', () => {
  const program = `
      .data
buf:  .space 16
hello: .ascii "hi from openvm\\n"
      .text
      .globl _start
_start:
      phantom zero, zero, 0        # hintinput
      la a0, buf
      hintstore a0, zero, 0        # hintstorew: the length
      lw s0, 0(a0)
      li a1, 2
      hintstore a0, a1, 1          # hintbuffer: 2 words of data
      la a0, hello
      li a1, 15
      phantom a0, a1, 1            # printstr
      la a0, buf
      lw a1, 0(a0)
      li t0, 0
      reveal t0, s0, 0             # public[0..4] = length
      reveal t0, a1, 4             # public[4..8] = first data word
      terminate 0
`;

  it('hints in, printstr out, public values revealed, terminate', () => {
    const io = memoryHostIO();
    const r = execute(image(program), { env: 'openvm', io, hints: [Uint8Array.of(0x11, 0x22, 0x33, 0x44, 0x55)] });
    expect(r.fault).toBeUndefined();
    expect(r.status).toBe('terminated');
    expect(r.exitCode).toBe(0);
    expect(io.stdoutText()).toBe('hi from openvm\n');
    expect([...r.publicValues]).toEqual([5, 0, 0, 0, 0x11, 0x22, 0x33, 0x44]);
    expect(r.chipRows).toMatchObject({ Phantom: 2, HintStore: 2, Reveal: 2, Terminate: 1 });
  });

  it('the same program traced gives the same result', () => {
    const io = memoryHostIO();
    const r = execute(image(program), { env: 'openvm', io, mode: 'traced', hints: [Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8)] });
    expect(r.status).toBe('terminated');
    expect([...r.publicValues]).toEqual([8, 0, 0, 0, 1, 2, 3, 4]);
  });

  it('no hints left is an environment-call fault', () => {
    const r = execute(image(program), { env: 'openvm', io: memoryHostIO() });
    expect(r.status).toBe('fault');
    expect(r.fault?.kind).toBe('environment-call');
    expect(r.fault?.message).toMatch(/EndOfInputStream/);
  });

  it('ecall is illegal under openvm, and the openvm instructions under linux', () => {
    const ecall = execute(image('.globl _start\n_start: li a7, 93\n ecall\n'), { env: 'openvm', io: memoryHostIO() });
    expect(ecall.fault?.kind).toBe('illegal-instruction');
    const term = execute(image('.globl _start\n_start: terminate 0\n'), { env: 'linux', io: memoryHostIO() });
    expect(term.fault?.kind).toBe('illegal-instruction');
  });
});
