// The openvm environment under the debugger (hints in, public values out, hints left in the
// Environment scope), and standard input typed in the console surviving a step back.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { launch, lineOf } from './support.js';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'programs');

const OPENVM = `
      .data
buf:  .space 16
hello: .ascii "hi from openvm\\n"
      .text
      .globl _start
_start:
      phantom zero, zero, 0        # hintinput
      la a0, buf
      hintstore a0, zero, 0        # hintstorew
      lw s0, 0(a0)
      li a1, 2
      hintstore a0, a1, 1          # hintbuffer
      la a0, hello
      li a1, 15
      phantom a0, a1, 1            # printstr
      la a0, buf
      lw a1, 0(a0)
      li t0, 0
      reveal t0, s0, 0             # reveal-length
      reveal t0, a1, 4             # reveal-data
      terminate 7
`;

describe('openvm', () => {
  it('hints, printstr, public values, terminate; the Environment scope follows', async () => {
    const s = await launch({ 'ovm.s': OPENVM }, 'ovm.s', { environment: 'openvm', hints: [Uint8Array.of(0x11, 0x22, 0x33, 0x44, 0x55)] });
    s.rt.setLineBreakpoints('ovm.s', [{ line: lineOf(OPENVM, 'reveal-data') }]);
    expect(s.rt.environmentState().hintsLeft).toEqual({ inputs: 1, streamBytes: 0 });
    await s.rt.start();
    const env = s.rt.environmentState();
    expect(env.environment).toBe('openvm');
    expect(env.hintsLeft).toEqual({ inputs: 0, streamBytes: 0 });
    expect([...env.publicValues]).toEqual([5, 0, 0, 0]);
    expect(s.rt.evaluate('info chips', 'repl').text).toMatch(/Phantom\s+2/);
    await s.rt.stepBack('instruction');
    expect([...s.rt.environmentState().publicValues]).toEqual([]);
    await s.rt.continue();
    await s.rt.continue();
    expect(s.stdout()).toBe('hi from openvm\n');
    expect(s.exited).toEqual([{ exitCode: 7, status: 'terminated' }]);
  });

  it('ecall is refused under openvm before it runs: an illegal-instruction exception', async () => {
    const s = await launch({ 'e.s': '.globl _start\n_start: li a7, 93\n ecall\n' }, 'e.s', { environment: 'openvm' });
    await s.rt.start();
    expect(s.last()).toMatchObject({ reason: 'exception', fault: { kind: 'illegal-instruction' } });
  });
});

describe('standard input from the console', () => {
  it('asks once, the guest gets the typed line, output follows', async () => {
    const echo = readFileSync(resolve(DIR, 'echo.s'), 'utf8');
    const s = await launch({ 'echo.s': echo }, 'echo.s');
    s.rt.setLineBreakpoints('echo.s', [{ line: lineOf(echo, 'mv s0, a0') + 4 }]);
    const asked = new Promise<void>((r) => s.rt.once('inputRequested', () => r()));
    const stopped = new Promise<void>((r) => s.rt.once('stopped', () => r()));
    void s.rt.start();
    await asked;
    s.rt.provideInput('abc');
    await stopped;
    expect(s.stdout()).toBe('');
    await s.rt.continue();
    const out1 = s.stdout();
    expect(out1).toBe('abc\nabc\n');
    expect(s.exited[0]!.exitCode).toBe(4);
    expect(s.inputRequests).toBe(1);
  });

  it('stepping back across the read and forward again takes the same input', async () => {
    const echo = readFileSync(resolve(DIR, 'echo.s'), 'utf8');
    const s = await launch({ 'echo.s': echo }, 'echo.s', { stopOnEntry: true });
    await s.rt.start();
    const asked = new Promise<void>((r) => s.rt.once('inputRequested', () => r()));
    for (let i = 0; i < 4; i++) await s.rt.stepOver();
    expect(s.rt.sourceOf(s.rt.registers()[32]!.value)?.line).toBe(lineOf(echo, '# read'));
    const reading = s.rt.stepOver();
    await asked;
    expect(s.rt.state).toBe('waiting-input');
    s.rt.provideInput('xy');
    await reading;
    expect(s.rt.evaluate('a0', 'watch').value).toBe(3);
    for (let i = 0; i < 3; i++) await s.rt.stepBack('instruction');
    expect(s.rt.evaluate('a0', 'watch').value).toBe(0);
    s.rt.setLineBreakpoints('echo.s', [{ line: lineOf(echo, 'mv s0, a0') }]);
    await s.rt.continue();
    expect(s.rt.evaluate('a0', 'watch').value).toBe(3);
    s.rt.setLineBreakpoints('echo.s', []);
    await s.rt.continue();
    expect(s.stdout()).toBe('xy\nxy\n');
    expect(s.inputRequests).toBe(1);
  });
});
