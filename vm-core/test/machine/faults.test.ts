// Every fault kind and limit ends the run with the right status, pc, address and source line —
// never an exception. Each case marks its faulting line with `# <- here`.
import { describe, expect, it } from 'vitest';
import { image, lineOf, run } from './support.js';
import type { ExecuteOptions, FaultKind } from '../../src/machine/types.js';

interface Case {
  name: string;
  kind: FaultKind;
  source: string;
  options?: ExecuteOptions;
  /** Expected fault address, when the fault has one. */
  address?: (symbols: Map<string, number>) => number;
  message?: RegExp;
}

const prologue = '  .text\n  .globl _start\n_start:\n';

const CASES: Case[] = [
  { name: 'illegal word', kind: 'illegal-instruction', source: `${prologue}  nop\n  .word 0xffffffff  # <- here\n`, message: /illegal instruction 0xffffffff/ },
  { name: 'all-zero word', kind: 'illegal-instruction', source: `${prologue}  .word 0  # <- here\n` },
  { name: 'privileged instruction', kind: 'illegal-instruction', source: `${prologue}  mret  # <- here\n`, message: /privileged/ },
  { name: 'CSR write', kind: 'illegal-instruction', source: `${prologue}  csrw mstatus, a0  # <- here\n` },
  { name: 'load from null', kind: 'load-fault', source: `${prologue}  li a0, 0\n  lw a1, 8(a0)  # <- here\n`, address: () => 8, message: /unmapped address 0x00000008/ },
  { name: 'load byte past the stack top', kind: 'load-fault', source: `${prologue}  li a0, 0x80000000\n  lbu a1, 0(a0)  # <- here\n`, address: () => 0x80000000 },
  { name: 'store into text', kind: 'store-fault', source: `${prologue}  la a0, _start\n  sw zero, 0(a0)  # <- here\n`, address: (s) => s.get('_start')!, message: /read-only memory/ },
  { name: 'store into rodata', kind: 'store-fault', source: `${prologue}  la a0, msg\n  sb zero, 1(a0)  # <- here\n  .section .rodata\nmsg: .string "hi"\n`, address: (s) => s.get('msg')! + 1, message: /read-only memory/ },
  { name: 'jump into data', kind: 'fetch-fault', source: `${prologue}  la a0, buf\n  jr a0  # <- here\n  .data\nbuf: .word 0x13\n`, message: /without execute permission/ },
  { name: 'jump to unmapped', kind: 'fetch-fault', source: `${prologue}  li a0, 0x40000000\n  jalr a0  # <- here\n`, message: /unmapped/ },
  { name: 'jump to a halfword', kind: 'misaligned-fetch', source: `${prologue}  la a0, _start\n  jalr 2(a0)  # <- here\n`, address: (s) => s.get('_start')! + 2 },
  { name: 'misaligned load, strict', kind: 'misaligned-load', options: { strictAlign: true }, source: `${prologue}  la a0, buf\n  lw a1, 1(a0)  # <- here\n  .data\nbuf: .word 0, 0\n`, address: (s) => s.get('buf')! + 1 },
  { name: 'misaligned store, strict', kind: 'misaligned-store', options: { strictAlign: true }, source: `${prologue}  la a0, buf\n  sh a1, 3(a0)  # <- here\n  .data\nbuf: .word 0, 0\n`, address: (s) => s.get('buf')! + 3 },
  { name: 'ebreak', kind: 'breakpoint', source: `${prologue}  ebreak  # <- here\n` },
  { name: 'unknown ecall', kind: 'environment-call', source: `${prologue}  li a7, 4000\n  ecall  # <- here\n`, message: /a7 = 4000/ },
  { name: 'stack exhaustion beyond the memory limit', kind: 'memory-limit', options: { maxMemory: 64 * 1024 }, source: `${prologue}loop:\n  addi sp, sp, -1024\n  sw zero, 0(sp)  # <- here\n  j loop\n` },
];

describe('faults', () => {
  for (const c of CASES) {
    it(c.name, () => {
      for (const mode of ['fast', 'traced'] as const) {
        const r = run(c.source, { ...c.options, mode });
        expect(r.status, `${mode}: ${r.fault?.message}`).toBe('fault');
        expect(r.fault!.kind).toBe(c.kind);
        expect(r.fault!.source?.start.line, mode).toBe(lineOf(c.source, '# <- here'));
        expect(r.fault!.pc).toBe(r.pc);
        if (c.message) expect(r.fault!.message).toMatch(c.message);
        if (c.address) {
          const symbols = new Map(image(c.source).symbols.map((s) => [s.name, s.value]));
          expect(r.fault!.address).toBe(c.address(symbols) >>> 0);
        }
        // The faulting instruction is shown, except where pc itself is not code.
        if (c.kind !== 'fetch-fault') expect(r.fault!.instruction ?? '').not.toBe('');
        else expect(r.fault!.from).toBeDefined();
      }
    });
  }

  it('a faulting instruction does not retire and changes nothing', () => {
    const src = `${prologue}  li a1, 7\n  la a0, _start\n  lw a1, 0(zero)  # <- here\n`;
    const r = run(src);
    expect(r.instret).toBe(3); // li, auipc+addi
    expect(r.registers[11]).toBe(7);
  });
});

describe('limits', () => {
  const forever = `${prologue}loop:\n  addi a0, a0, 1\n  j loop\n`;
  it('step limit', () => {
    for (const mode of ['fast', 'traced'] as const) {
      const r = run(forever, { maxSteps: 1001, mode });
      expect(r.status).toBe('step-limit');
      expect(r.instret).toBe(1001);
    }
  });
  it('timeout', () => {
    const r = run(forever, { timeoutMs: 30 });
    expect(r.status).toBe('timeout');
    expect(r.wallMs).toBeLessThan(5000);
  });
  it('gas limit stops before gas used would exceed it', () => {
    for (const mode of ['fast', 'traced'] as const) {
      const r = run(forever, { gasLimit: 1000, mode });
      expect(r.status).toBe('gas-limit');
      expect(r.gasUsed).toBe(1000); // both instructions cost 1
      expect(r.instret).toBe(1000);
    }
    const weighted = run(forever, { gasLimit: 1001, costs: { BaseAlu: 2, JalLui: 3 } });
    expect(weighted.gasUsed).toBe(1000); // 200 iterations of 5; one more addi (2) would exceed 1001
  });
});
