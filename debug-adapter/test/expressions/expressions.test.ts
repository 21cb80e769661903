// The expression language and the console commands, data-driven: cases.txt and commands.txt
// list inputs, the .golden.txt files what each gives over a fixed machine state (a stub scope).
// UPDATE_GOLDEN=1 rewrites the golden files; review the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ABI_NAMES, registerNumber } from '@tessera/vm-core';
import { evaluate, formatValue } from '../../src/expressions/evaluate.js';
import { runCommand, type CommandHost } from '../../src/expressions/commands.js';
import { parseHitCondition } from '../../src/expressions/hit-condition.js';
import { parseLogMessage, renderLogMessage } from '../../src/expressions/interpolate.js';

const DIR = dirname(fileURLToPath(import.meta.url));
const COUNT = 0x11000;
const MSG = 0x11010;
const CODE = 0x10074;

/** A small machine: registers, two labels and a page of memory at 0x11000. */
function host(): CommandHost {
  const x = new Int32Array(33);
  x[10] = 42;
  x[11] = -1;
  x[2] = 0x11020;
  let pc = CODE;
  const mem = new Uint8Array(4096);
  mem.set([3, 0, 0, 0, 0xff, 0x80, 0x12, 0x34], 0);
  mem.set(new TextEncoder().encode('done\n\0ok\0'), MSG - COUNT);
  mem.set([0x99, 0, 0, 0, 0x7b, 0, 0, 0], 0x28);
  const mapped = (a: number) => a >= COUNT && a < COUNT + 4096;
  const labels = new Map([['count', COUNT], ['msg', MSG], ['code', CODE]]);
  return {
    register: (name) => (name === 'pc' ? pc : registerNumber(name) === undefined ? undefined : x[registerNumber(name)!]),
    symbol: (name) => labels.get(name),
    load: (addr, size) => {
      if (!mapped(addr) || !mapped(addr + size - 1)) return addr >= CODE && addr < CODE + 16 ? 0x00000013 : undefined;
      let v = 0;
      for (let i = 0; i < size; i++) v |= mem[addr - COUNT + i]! << (8 * i);
      return size === 4 ? v | 0 : v >>> 0;
    },
    setRegister: (name, value) => {
      if (name === 'pc') pc = value;
      const i = registerNumber(name);
      if (i === undefined || i === 0) return false;
      x[i] = value;
      return true;
    },
    store: (addr, size, value) => {
      if (!mapped(addr)) return false;
      for (let i = 0; i < size; i++) mem[addr - COUNT + i] = (value >>> (8 * i)) & 0xff;
      return true;
    },
    labelOf: (a) => ([...labels].filter(([, v]) => v <= a).sort((p, q) => q[1] - p[1]).map(([n, v]) => (a === v ? n : `${n}+0x${(a - v).toString(16)}`))[0]),
    instructionAt: (a) => (a >= CODE && a < CODE + 16 ? 'nop' : undefined),
    chips: () => ({ chipRows: { BaseAlu: 120, LoadStore: 40, JalLui: 7, System: 1 }, segments: [{ index: 0, instructions: 168 }] }),
    registerLines: () => ABI_NAMES.slice(0, 4).map((n, i) => `${n} ${x[i]}`),
    info: (topic) => (topic === 'breakpoints' ? '#1 line count.s:12 hits 2' : undefined),
  };
}

function golden(name: string, lines: string[]): void {
  const path = resolve(DIR, name);
  const text = lines.join('\n') + '\n';
  if (process.env.UPDATE_GOLDEN || !existsSync(path)) writeFileSync(path, text);
  expect(text).toBe(readFileSync(path, 'utf8'));
}

function inputs(name: string): string[] {
  return readFileSync(resolve(DIR, name), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
}

describe('expressions', () => {
  it('evaluate as evaluate.golden.txt says', () => {
    const out = inputs('cases.txt').map((c) => {
      try {
        return `${c}  =>  ${formatValue(evaluate(c, host()))}`;
      } catch (e) {
        return `${c}  =>  error: ${(e as Error).message}`;
      }
    });
    golden('evaluate.golden.txt', out);
  });

  it('console commands answer as commands.golden.txt says', () => {
    const h = host();
    const out = inputs('commands.txt').map((c) => {
      try {
        return `> ${c}\n${runCommand(c, h).text}`;
      } catch (e) {
        return `> ${c}\nerror: ${(e as Error).message}`;
      }
    });
    golden('commands.golden.txt', out);
  });

  it('hit conditions', () => {
    const hits = (text: string) => [1, 2, 3, 4, 5, 6].filter(parseHitCondition(text));
    expect(hits('3')).toEqual([3]);
    expect(hits('==3')).toEqual([3]);
    expect(hits('>=5')).toEqual([5, 6]);
    expect(hits('>4')).toEqual([5, 6]);
    expect(hits('<3')).toEqual([1, 2]);
    expect(hits('%2')).toEqual([2, 4, 6]);
    expect(() => parseHitCondition('often')).toThrow(/expected a count/);
    expect(() => parseHitCondition('%0')).toThrow(/positive/);
  });

  it('log messages interpolate {expressions}, with {{ }} for braces', () => {
    expect(renderLogMessage(parseLogMessage('a0={a0} hex {a0 * 2} at {count} {{literal}}'), host())).toBe('a0=42 hex 84 at 0x00011000 {literal}');
    expect(renderLogMessage(parseLogMessage('{*0}'), host())).toBe('<error: cannot read 4 bytes at 0x00000000: unmapped>');
    expect(() => parseLogMessage('oops {a0')).toThrow(/unclosed/);
    expect(() => parseLogMessage('oops }')).toThrow(/unmatched/);
    expect(() => parseLogMessage('{a0 +}')).toThrow(/in \{a0 \+\}/);
  });
});
