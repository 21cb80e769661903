// The source map of an assembled program answers both ways: address → file:line:col and
// file:line → addresses, through pseudo-instruction expansion, macros and .include.
import { describe, expect, it } from 'vitest';
import { assemble } from '../../src/asm/assemble.js';
import { SourceMap } from '../../src/sourcemap.js';

const MAIN = `	.include "lib.inc"
	.globl _start
_start:
	li a0, 0x12345678   # two instructions
	# a comment line
	twice
	la a1, msg
	.data
msg:	.asciz "hi"
`;
const LIB = `	.macro twice
	addi a0, a0, 1
	addi a0, a0, 1
	.endm
`;

const files: Record<string, string> = { 'main.s': MAIN, 'lib.inc': LIB };
const result = assemble({ path: 'main.s', text: MAIN }, { readFile: (p) => files[p] });
const map = SourceMap.of(result.image!);
const text = result.image!.sections.find((s) => s.name === '.text')!;
const data = result.image!.sections.find((s) => s.name === '.data')!;

describe('source map', () => {
  it('maps every text address to the statement that made it', () => {
    const lines = [];
    for (let a = text.addr; a < text.addr + text.size; a += 4) {
      const r = map.locate(a)!;
      lines.push(`${r.file}:${r.start.line}:${r.start.col}`);
    }
    expect(lines).toEqual(['main.s:4:2', 'main.s:4:2', 'lib.inc:2:2', 'lib.inc:3:2', 'main.s:7:2', 'main.s:7:2']);
  });

  it('remembers where a macro was invoked', () => {
    const e = map.entryAt(text.addr + 8)!;
    expect(e.expandedFrom?.map((r) => `${r.file}:${r.start.line}`)).toEqual(['main.s:6']);
  });

  it('maps data too', () => {
    expect(map.entryAt(data.addr)).toMatchObject({ kind: 'data', range: { file: 'main.s', start: { line: 9 } } });
    expect(map.entryAt(data.addr + 2)?.range.start.line).toBe(9);
  });

  it('maps lines to addresses, macro invocations included', () => {
    expect(map.addressesOf('main.s', 4)).toEqual({ addrs: [text.addr, text.addr + 4], line: 4 });
    expect(map.addressesOf('main.s', 6)).toEqual({ addrs: [text.addr + 8, text.addr + 12], line: 6 });
    expect(map.addressesOf('lib.inc', 3)).toEqual({ addrs: [text.addr + 12], line: 3 });
  });

  it('moves a request for a line without code to the next line with some', () => {
    expect(map.addressesOf('main.s', 5)).toBeUndefined();
    expect(map.addressesOf('main.s', 5, true)).toEqual({ addrs: [text.addr + 8, text.addr + 12], line: 6 });
    expect(map.addressesOf('main.s', 3, true)?.line).toBe(4);
  });

  it('has nothing for addresses outside the program', () => {
    expect(map.locate(0)).toBeUndefined();
    expect(map.locate(text.addr + text.size)).toBeUndefined();
    expect(map.locate(0xfffffff0)).toBeUndefined();
  });
});
