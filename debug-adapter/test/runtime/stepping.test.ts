// Stepping in every direction: in/over/out by line and by instruction, the shadow stack on
// recursion, step back and reverse continue, edits in the past. States are compared with an
// undebugged fast run stepped to the same instruction count.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { execute, memoryHostIO } from '@tessera/vm-core';
import { corpusFile, launch, lineOf, programOf, referenceAt, stateOf } from './support.js';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'programs');
const read = (name: string) => readFileSync(resolve(DIR, name), 'utf8');
const COUNT = read('count.s');
const BUMP = read('bump.s');
const FACT = read('fact.s');
const FILES = { 'count.s': COUNT, 'bump.s': BUMP, 'fact.s': FACT };

const lineNow = (s: Awaited<ReturnType<typeof launch>>) => s.rt.sourceOf(s.rt.registers()[32]!.value)?.line;

describe('stepping forward', () => {
  it('over a call, into it, out of it; by instruction', async () => {
    const s = await launch(FILES, 'count.s', { stopOnEntry: true });
    await s.rt.start();
    expect(lineNow(s)).toBe(lineOf(COUNT, '# init'));
    await s.rt.stepOver();
    expect(lineNow(s)).toBe(lineOf(COUNT, 'call-bump'));
    await s.rt.stepOver();
    expect(lineNow(s)).toBe(lineOf(COUNT, 'after-call'));
    expect(s.rt.evaluate('*count', 'watch').value).toBe(3);
    expect(s.last()).toMatchObject({ reason: 'step' });
    // Registers the step changed are marked.
    const changed = s.rt.registers().filter((r) => r.changed).map((r) => r.name);
    expect(changed).toEqual(expect.arrayContaining(['ra', 't2', 't3', 'pc']));
    expect(changed).not.toContain('s0');
    await s.rt.stepOver(); // addi
    await s.rt.stepOver(); // la
    await s.rt.stepOver(); // lw
    await s.rt.stepOver(); // blt → loop
    expect(lineNow(s)).toBe(lineOf(COUNT, 'call-bump'));
    await s.rt.stepIn();
    expect(s.rt.sourceOf(s.rt.registers()[32]!.value)).toMatchObject({ file: 'bump.s', line: lineOf(BUMP, 'la t2') });
    expect(s.rt.callStack().map((f) => [f.name, f.source?.file, f.source?.line])).toEqual([
      ['bump', 'bump.s', lineOf(BUMP, 'la t2')],
      ['_start', 'count.s', lineOf(COUNT, 'call-bump')],
    ]);
    await s.rt.stepIn();
    expect(lineNow(s)).toBe(lineOf(BUMP, 'bump-load'));
    await s.rt.stepOut();
    expect(lineNow(s)).toBe(lineOf(COUNT, 'after-call'));
    expect(s.rt.callStack().length).toBe(1);
    const before = s.rt.counters().instret;
    await s.rt.stepIn('instruction');
    await s.rt.stepIn('instruction');
    expect(s.rt.counters().instret).toBe(before + 2);
    // `la` is two instructions on one line: instruction steps stop inside it.
    expect(lineNow(s)).toBe(lineOf(COUNT, 'la t0, limit'));
    await s.rt.stepOver('instruction');
    expect(lineNow(s)).toBe(lineOf(COUNT, 'la t0, limit') + 1);
  });

  it('a breakpoint inside a stepped-over call stops the step', async () => {
    const s = await launch(FILES, 'count.s', { stopOnEntry: true });
    await s.rt.start();
    await s.rt.stepOver();
    const [b] = s.rt.setLineBreakpoints('bump.s', [{ line: lineOf(BUMP, 'bump-store') }]);
    await s.rt.stepOver();
    expect(s.last()).toMatchObject({ reason: 'breakpoint', hitBreakpointIds: [b!.id] });
  });

  it('the shadow stack follows recursion: one frame per active call, each with its call site', async () => {
    const s = await launch({ 'fact.s': FACT }, 'fact.s');
    s.rt.setLineBreakpoints('fact.s', [{ line: lineOf(FACT, 'fact-base') }]);
    await s.rt.start();
    const frames = s.rt.callStack();
    expect(frames.map((f) => f.name)).toEqual(['fact', 'fact', 'fact', 'fact', 'fact', '_start']);
    expect(frames.map((f) => f.source?.line)).toEqual([lineOf(FACT, 'fact-base'), ...Array(4).fill(lineOf(FACT, 'fact-call')), lineOf(FACT, 'main-call')]);
    // Each caller frame's sp is the sp at its call: 16 bytes apart.
    const sps = frames.slice(1, 5).map((f) => f.sp);
    expect(sps.slice(1).map((sp, i) => sps[i]! - sp)).toEqual([-16, -16, -16]);
    await s.rt.stepOut();
    expect(lineNow(s)).toBe(lineOf(FACT, 'fact-call') + 1);
    expect(s.rt.callStack().length).toBe(5);
    s.rt.setLineBreakpoints('fact.s', []);
    await s.rt.continue();
    expect(s.exited).toEqual([{ exitCode: 120, status: 'exited' }]);
  });
});

describe('stepping back', () => {
  it('N steps forward then N back is the state N before, exactly (corpus program)', async () => {
    const files = { 'heap.O2.s': readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/run-corpus/heap.O2.s'), 'utf8') };
    const program = programOf(files, 'heap.O2.s');
    const s = await launch(files, 'heap.O2.s', { traceHistory: 50_000 });
    s.rt.setFunctionBreakpoints([{ name: 'main' }]);
    await s.rt.start();
    s.rt.setFunctionBreakpoints([]);
    const m = s.rt.machine!;
    const check = () => expect(stateOf(m)).toBe(stateOf(referenceAt(program, m.instret, { programName: 'heap.O2.s' })));
    check();
    const start = m.instret;
    const states: string[] = [stateOf(m)];
    for (let i = 0; i < 40; i++) {
      await s.rt.stepIn(i % 3 === 0 ? 'line' : 'instruction');
      states.push(stateOf(m));
    }
    check();
    for (let i = 39; i >= 0; i--) {
      // Back by instruction to exactly the recorded states, each equal to the undebugged run.
      const target = JSON.parse(states[i]!).instret as number;
      while (m.instret > target) await s.rt.stepBack('instruction');
      expect(stateOf(m)).toBe(states[i]);
    }
    expect(m.instret).toBe(start);
    check();
    // Far forward (crossing checkpoints), back again, and on to the end: output as undebugged.
    for (let i = 0; i < 3; i++) await s.rt.stepOver();
    await s.rt.goto(start);
    check();
    const ref = execute(program, { io: memoryHostIO(), programName: 'heap.O2.s' });
    await s.rt.continue();
    const refOut = new TextDecoder().decode(((): Uint8Array => {
      const io = memoryHostIO();
      execute(program, { io, programName: 'heap.O2.s' });
      return io.stdoutBytes();
    })());
    expect(s.stdout()).toBe(refOut);
    expect(s.exited[0]!.exitCode).toBe(ref.exitCode);
  });

  it('step back by line goes to the start of the previous line, over calls', async () => {
    const s = await launch(FILES, 'count.s', { stopOnEntry: true });
    await s.rt.start();
    await s.rt.stepOver();
    await s.rt.stepOver();
    expect(lineNow(s)).toBe(lineOf(COUNT, 'after-call'));
    await s.rt.stepBack();
    expect(lineNow(s)).toBe(lineOf(COUNT, 'call-bump'));
    expect(s.rt.evaluate('*count', 'watch').value).toBe(0);
    expect(s.rt.callStack().length).toBe(1);
    await s.rt.stepBack();
    expect(lineNow(s)).toBe(lineOf(COUNT, '# init'));
    expect(s.rt.counters().instret).toBe(0);
    await s.rt.stepBack();
    expect(s.last().description).toBe('at the start of the recorded history');
  });

  it('reverse continue stops at breakpoints and watchpoints hit on the way back', async () => {
    const s = await launch(FILES, 'count.s');
    s.rt.setLineBreakpoints('bump.s', [{ line: lineOf(BUMP, 'bump-add') }]);
    await s.rt.start();
    await s.rt.continue();
    await s.rt.continue();
    expect(s.rt.evaluate('t3', 'watch').value).toBe(6);
    await s.rt.reverseContinue();
    expect(s.last().reason).toBe('breakpoint');
    expect(s.rt.evaluate('t3', 'watch').value).toBe(3);
    await s.rt.reverseContinue();
    expect(s.rt.evaluate('t3', 'watch').value).toBe(0);
    await s.rt.reverseContinue();
    expect(s.last()).toMatchObject({ reason: 'entry' });
    expect(s.rt.counters().instret).toBe(0);
    // Forward again replays the same run: no output twice.
    s.rt.setLineBreakpoints('bump.s', []);
    s.rt.setDataBreakpoints([{ dataId: 'count', accessType: 'write' }]);
    await s.rt.continue();
    await s.rt.continue();
    await s.rt.continue();
    expect(s.last().dataHits![0]).toMatchObject({ oldValue: 6, newValue: 9 });
    await s.rt.reverseContinue();
    expect(s.last()).toMatchObject({ reason: 'data-breakpoint', dataHits: [{ oldValue: 3, newValue: 6 }] });
    expect(s.rt.evaluate('*count', 'watch').value).toBe(6);
    s.rt.setDataBreakpoints([]);
    await s.rt.continue();
    expect(s.stdout()).toBe('done\n');
    expect(s.exited[0]!.exitCode).toBe(15);
  });

  it('an edit made in the past is a new timeline, replayed when stepping back across it', async () => {
    const s = await launch(FILES, 'count.s');
    s.rt.setLineBreakpoints('bump.s', [{ line: lineOf(BUMP, 'bump-add') }]);
    await s.rt.start();
    s.rt.setRegister('t3', 100);
    expect(s.rt.registers()[28]!.value).toBe(100);
    await s.rt.continue();
    expect(s.rt.evaluate('t3', 'watch').value).toBe(103);
    for (let i = 0; i < 12; i++) await s.rt.stepBack('instruction');
    await s.rt.continue();
    expect(s.rt.evaluate('t3', 'watch').value).toBe(103);
    // Memory too: one more time round the loop.
    expect(s.rt.writeMemory(s.rt.evaluate('limit', 'repl').memoryReference!, new Uint8Array([6, 0, 0, 0]))).toBe(4);
    expect(s.rt.evaluate('*limit', 'watch').value).toBe(6);
    s.rt.setLineBreakpoints('bump.s', []);
    await s.rt.continue();
    expect(s.exited[0]!.exitCode).toBe(103 + 3 * 5);
  });
});

describe('corpus programs under the debugger', () => {
  for (const name of ['sort.O2.elf', 'calc.O0.elf']) {
    it(`${name}: stepping and continuing give the undebugged output`, async () => {
      const refPath = resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/run-corpus', name.replace('.elf', '.ref.json'));
      const ref = JSON.parse(readFileSync(refPath, 'utf8')) as { args: string[]; stdin: string; stdout: string; exitCode: number; programName: string };
      const s = await launch({ [name]: corpusFile(name) }, name, { stopOnEntry: true, args: ref.args, stdin: ref.stdin });
      await s.rt.start();
      for (let i = 0; i < 50; i++) await s.rt.stepIn('instruction');
      for (let i = 0; i < 20; i++) await s.rt.stepBack('instruction');
      await s.rt.continue();
      expect(s.stdout()).toBe(ref.stdout);
      expect(s.exited[0]!.exitCode).toBe(ref.exitCode);
    });
  }
});

describe('code that rewrites itself', () => {
  // `patch` runs as `li a0, 1`, then the program stores `li a0, 2` over it and runs it again.
  const source = `
  .section .rwx, "awx"
  .globl _start
_start:
  li s0, 0
  li s1, 0
again:
patch:
  li a0, 1
  add s0, s0, a0       # sum
  bnez s1, done
  li s1, 1
  la t0, patch
  la t1, template
  lw t2, 0(t1)
  sw t2, 0(t0)         # rewrite
  fence.i
  j again
done:
  mv a0, s0
  li a7, 93
  ecall
template:
  li a0, 2
`;
  it('stepping back across the store that rewrote code runs the old code again, then the new', async () => {
    const s = await launch({ 'smc.s': source }, 'smc.s');
    const sum = lineOf(source, '# sum');
    s.rt.setLineBreakpoints('smc.s', [{ line: sum }]);
    await s.rt.start();
    expect(s.rt.evaluate('a0', 'watch').value).toBe(1);
    await s.rt.continue();
    expect(s.rt.evaluate('a0', 'watch').value).toBe(2);
    await s.rt.reverseContinue();
    expect(s.rt.evaluate('a0', 'watch').value).toBe(1);
    expect(s.rt.disassemble(s.rt.evaluate('patch', 'repl').value!, 1)[0]!.text).toBe('li a0,1');
    await s.rt.continue();
    expect(s.rt.evaluate('a0', 'watch').value).toBe(2);
    expect(s.rt.disassemble(s.rt.evaluate('patch', 'repl').value!, 1)[0]!.text).toBe('li a0,2');
    s.rt.setLineBreakpoints('smc.s', []);
    await s.rt.continue();
    expect(s.exited[0]!.exitCode).toBe(3);
  });
});
